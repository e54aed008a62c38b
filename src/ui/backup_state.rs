//! What the settings page's backup section asks of the app: write the book into a file
//! and offer it for saving, or restore one. The steps are `book::backup`'s.

use crate::backup::reminder::{reminder, BackupReminder};
use crate::backup::{BackupReader, FILE_EXTENSION};
use crate::book::backup::Progress;
use crate::book::BookError;
use crate::i18n::Msg;
use crate::lock::KdfParams;
use crate::ui::platform;
use crate::ui::state::{AppState, Toast};
use leptos::prelude::*;

impl AppState {
    /// Whether Today should remind the owner to back up, and why.
    pub fn backup_reminder(&self) -> Option<BackupReminder> {
        let customers = self.with_directory(|d| d.len());
        reminder(self.last_backup.get(), platform::now_ms(), customers)
    }

    /// Writes the whole book into a backup file (protected by `passphrase` if given)
    /// and offers it for saving; `progress` shows how far it has got meanwhile.
    pub async fn download_backup(
        &self,
        passphrase: Option<String>,
        progress: RwSignal<Option<Progress>>,
    ) -> Result<(), BookError> {
        let book = self.open_book()?;
        progress.set(Some(Progress::default()));
        platform::yield_to_browser().await;
        let protect = passphrase.as_deref().map(|p| (p, KdfParams::recommended()));
        let written = book.write_backup(protect, &|p| progress.set(Some(p))).await;
        progress.set(None);
        let file = written?;
        let name = platform::dated_file_name("backup", FILE_EXTENSION);
        platform::download_parts(&name, "application/octet-stream", &file);
        platform::remember_backup(platform::now_ms());
        self.last_backup.set(platform::last_backup_ms());
        let text = self
            .lang
            .get_untracked()
            .tf(Msg::BackupSaved, &[("file", &name)]);
        self.toast.set(Some(Toast { text, undo: None }));
        Ok(())
    }

    /// Restores the backup `reader` holds (its passphrase already given), replacing the
    /// whole book only once every check has passed; every screen and tab rereads.
    pub async fn restore_backup(
        &self,
        reader: BackupReader,
        progress: RwSignal<Option<Progress>>,
    ) -> Result<(), BookError> {
        let book = self.open_book()?;
        progress.set(Some(Progress::default()));
        let restored = book
            .restore_backup(reader, &|p| progress.set(Some(p)))
            .await;
        progress.set(None);
        let changed = restored?;
        self.apply(&changed, true);
        self.say(Msg::RestoreDone);
        Ok(())
    }
}
