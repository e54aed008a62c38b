//! The import pages' shared state: the chosen file (read again a slice at a time
//! when the encoding or separator changes), the mapping, the preview and progress of
//! a customers or a purchases import.

use crate::book::import::{ImportOutcome, ImportPreview, ImportProgress};
use crate::book::import_purchases::{PurchaseImportOutcome, PurchaseImportPreview};
use crate::exchange::import::decode::TextEncoding;
use crate::exchange::import::duplicates::DuplicateChoice;
use crate::exchange::import::file::{FileReading, ImportFile};
use crate::exchange::import::journal::ImportKind;
use crate::exchange::import::mapping::Mapping;
use crate::exchange::import::purchases::SaleMapping;
use crate::exchange::import::table::TableProblem;
use crate::ui::platform;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::rc::Rc;

/// A chosen file as picked: its name and bytes, kept to read again with another
/// encoding or separator.
pub struct Chosen {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The page's state, shared by its sections.
#[derive(Clone, Copy)]
pub struct ImportFlow {
    /// What this page imports: customers (`/import`) or purchases (`/import/purchases`).
    pub kind: ImportKind,
    pub chosen: RwSignal<Option<Rc<Chosen>>, LocalStorage>,
    pub encoding: RwSignal<Option<TextEncoding>>,
    pub separator: RwSignal<Option<u8>>,
    pub file: RwSignal<Option<Result<Rc<ImportFile>, TableProblem>>, LocalStorage>,
    /// How far reading the chosen file has got (0 to 1), while it is read.
    pub reading: RwSignal<Option<f64>>,
    /// Moves on with every read, so a read overtaken by another choice is dropped.
    read_generation: StoredValue<u64>,
    pub mapping: RwSignal<Mapping>,
    pub country: RwSignal<Option<String>>,
    pub mapping_problem: RwSignal<Option<String>>,
    pub preview: RwSignal<Option<Rc<ImportPreview>>, LocalStorage>,
    pub sale_mapping: RwSignal<SaleMapping>,
    pub sale_preview: RwSignal<Option<Rc<PurchaseImportPreview>>, LocalStorage>,
    pub sale_outcome: RwSignal<Option<PurchaseImportOutcome>>,
    pub choices: RwSignal<Vec<DuplicateChoice>>,
    /// Progress, and when the stage began (for the rate).
    pub progress: RwSignal<Option<(ImportProgress, f64)>>,
    pub outcome: RwSignal<Option<ImportOutcome>>,
    /// An import is writing: nothing may drop its preview or start another.
    pub running: RwSignal<bool>,
    /// Moves on whenever the preview is dropped, so a check that ends after the
    /// choices changed is not shown for them.
    pub generation: StoredValue<u64>,
}

impl ImportFlow {
    pub fn new(country: Option<String>, kind: ImportKind) -> Self {
        Self {
            kind,
            chosen: RwSignal::new_local(None),
            encoding: RwSignal::new(None),
            separator: RwSignal::new(None),
            file: RwSignal::new_local(None),
            reading: RwSignal::new(None),
            read_generation: StoredValue::new(0),
            mapping: RwSignal::new(Mapping::default()),
            country: RwSignal::new(country),
            mapping_problem: RwSignal::new(None),
            preview: RwSignal::new_local(None),
            sale_mapping: RwSignal::new(SaleMapping::default()),
            sale_preview: RwSignal::new_local(None),
            sale_outcome: RwSignal::new(None),
            choices: RwSignal::new(Vec::new()),
            progress: RwSignal::new(None),
            outcome: RwSignal::new(None),
            running: RwSignal::new(false),
            generation: StoredValue::new(0),
        }
    }

    /// Shows progress; the rate is measured from the start of each stage.
    pub fn report(&self, p: ImportProgress) {
        let now = platform::performance_now();
        self.progress.update(|current| {
            let started = match current {
                Some((old, started)) if old.stage == p.stage => *started,
                _ => now,
            };
            *current = Some((p, started));
        });
    }

    pub fn busy(&self) -> bool {
        self.running.get_untracked()
    }

    /// Reads the chosen file again with the encoding and separator chosen, a slice at
    /// a time with pauses (a million rows take seconds); the mapping starts from the
    /// remembered or guessed one; any preview is dropped.
    pub async fn read(self, state: AppState) {
        if self.busy() {
            return;
        }
        let Some(chosen) = self.chosen.get_untracked() else {
            return;
        };
        self.read_generation.update_value(|g| *g += 1);
        let generation = self.read_generation.get_value();
        self.file.set(None);
        self.forget_preview();
        let mut reading = FileReading::new(
            &chosen.name,
            &chosen.bytes,
            self.encoding.get_untracked(),
            self.separator.get_untracked(),
        );
        let read = loop {
            self.reading.try_set(Some(reading.share()));
            // Let "Reading the file…" paint, then one slice per turn.
            platform::yield_to_browser().await;
            if self.read_generation.try_get_value() != Some(generation) {
                return;
            }
            match reading.step() {
                Ok(None) => continue,
                Ok(Some(file)) => break Ok(Rc::new(file)),
                Err(problem) => break Err(problem),
            }
        };
        self.reading.try_set(None);
        if let Ok(file) = &read {
            match self.kind {
                ImportKind::Customers => self.mapping.set(state.import_mapping(file)),
                ImportKind::Purchases => self.sale_mapping.set(state.purchase_import_mapping(file)),
            }
        }
        self.file.set(Some(read));
        self.forget_preview();
    }

    pub fn forget_preview(&self) {
        if self.busy() {
            return;
        }
        self.generation.update_value(|g| *g += 1);
        self.preview.set(None);
        self.sale_preview.set(None);
        self.choices.set(Vec::new());
        self.mapping_problem.set(None);
    }

    pub fn start_again(&self) {
        if self.busy() {
            return;
        }
        self.read_generation.update_value(|g| *g += 1);
        self.reading.set(None);
        self.chosen.set(None);
        self.file.set(None);
        self.encoding.set(None);
        self.separator.set(None);
        self.forget_preview();
        platform::clear_file_input("import-file");
        platform::focus_element("import-file");
    }

    pub fn ok_file(&self) -> Option<Rc<ImportFile>> {
        self.file
            .with(|f| f.as_ref().and_then(|f| f.as_ref().ok().cloned()))
    }
}
