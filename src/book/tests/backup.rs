//! Backup and restore through the book: the same book comes back; a damaged file, a
//! wrong passphrase or a full disk change nothing; other tabs catch up.

use super::{draft, host, run, tab_on};
use crate::backup::{BackupError, BackupReader};
use crate::book::{Book, BookError, DemoOptions};
use crate::lock::KdfParams;
use crate::store::contract_whole_book::read_whole_book;
use crate::store::faulty::FaultyStore;
use crate::store::memory::MemoryStore;
use crate::store::StoreError;
use std::rc::Rc;

fn cheap() -> KdfParams {
    KdfParams::with_cost(256, 1)
}

fn demo_book() -> Book<Rc<MemoryStore>> {
    let store = Rc::new(MemoryStore::new());
    let b = tab_on(&store);
    run(b.load_demo(300, DemoOptions::default(), &|_| {})).unwrap();
    b
}

#[test]
fn a_backup_restored_gives_back_exactly_the_book_it_was() {
    let b = demo_book();
    let before = run(read_whole_book(b.store()));
    let progress = std::cell::RefCell::new(Vec::new());
    let file = run(b.write_backup(None, &|p| progress.borrow_mut().push(p)))
        .unwrap()
        .concat();
    let seen = progress.into_inner();
    assert!(seen.len() > 2 && seen.windows(2).all(|w| w[0].done <= w[1].done));
    assert!(seen.iter().all(|p| p.done <= p.total));

    // Work goes on after the backup: a new customer, a deletion.
    run(b.save_customer(&draft("Neema Mollel"), None)).unwrap();
    let gone = before.customers[5].id.clone();
    run(b.delete_customers(std::slice::from_ref(&gone))).unwrap();

    let other_tab = tab_on(&b.store().clone());
    let reader = BackupReader::new(file).unwrap();
    assert_eq!(reader.header().counts.customers, 300);
    let changed = run(b.restore_backup(reader, &|_| {})).unwrap();
    assert!(changed.everything && changed.sales && changed.settings);
    let mut after = run(read_whole_book(b.store()));
    after.settings.revision = before.settings.revision;
    assert_eq!(after, before);
    // The book's memory rereads too: the deleted customer is back, the new one gone.
    assert_eq!(b.directory().len(), 300);
    assert!(b.directory().get(&gone).is_some());
    assert_eq!(
        b.sales().table.len(),
        run(read_whole_book(b.store())).counts().purchases
    );
    // Another tab told "book replaced" catches up with it.
    for message in changed.tab_messages() {
        run(other_tab.on_tab_message(&message)).unwrap();
    }
    assert_eq!(other_tab.directory().len(), 300);
    assert!(other_tab.directory().get(&gone).is_some());
}

#[test]
fn a_protected_backup_needs_its_passphrase_and_a_wrong_one_changes_nothing() {
    let b = demo_book();
    let file = run(b.write_backup(Some(("maandazi ya asubuhi", cheap())), &|_| {}))
        .unwrap()
        .concat();
    run(b.save_customer(&draft("Neema Mollel"), None)).unwrap();
    let now = run(read_whole_book(b.store()));

    let mut reader = BackupReader::new(file.clone()).unwrap();
    assert!(reader.is_protected());
    assert_eq!(
        reader.unlock("maandazi ya jioni"),
        Err(BackupError::WrongPassphrase)
    );
    let refused = run(b.restore_backup(reader, &|_| {}));
    assert!(matches!(
        refused,
        Err(BookError::Backup(BackupError::NeedsPassphrase))
    ));
    assert_eq!(run(read_whole_book(b.store())), now, "nothing changed");

    let mut reader = BackupReader::new(file).unwrap();
    reader.unlock("maandazi ya asubuhi").unwrap();
    run(b.restore_backup(reader, &|_| {})).unwrap();
    assert_eq!(b.directory().len(), 300);
}

#[test]
fn a_damaged_backup_is_refused_whole_and_nothing_is_replaced() {
    let b = demo_book();
    let mut file = run(b.write_backup(None, &|_| {})).unwrap().concat();
    let now = run(read_whole_book(b.store()));
    let at = file.len() - 100;
    file[at] ^= 0xff;
    let refused = run(b.restore_backup(BackupReader::new(file).unwrap(), &|_| {}));
    assert!(matches!(
        refused,
        Err(BookError::Backup(BackupError::Damaged(_)))
    ));
    assert_eq!(run(read_whole_book(b.store())), now);
}

#[test]
fn a_full_disk_during_a_restore_leaves_the_book_as_it_was() {
    let b = Book::new(FaultyStore::new(MemoryStore::new()), host());
    run(b.open(&mut |_| {})).unwrap();
    run(b.load_demo(120, DemoOptions::default(), &|_| {})).unwrap();
    let file = run(b.write_backup(None, &|_| {})).unwrap().concat();
    run(b.save_customer(&draft("Neema Mollel"), None)).unwrap();
    let now = run(read_whole_book(b.store()));
    b.store()
        .fail_write(0, StoreError::QuotaExceeded("test: disk full".into()));
    let refused = run(b.restore_backup(BackupReader::new(file).unwrap(), &|_| {}));
    assert!(matches!(
        refused,
        Err(BookError::Store(StoreError::QuotaExceeded(_)))
    ));
    assert_eq!(run(read_whole_book(b.store())), now);
    assert_eq!(b.directory().len(), 121);
}

#[test]
fn a_locked_book_backs_up_and_restores_through_its_key() {
    let b = demo_book();
    run(b.turn_lock_on("chai ya tangawizi", cheap(), &mut |_| {})).unwrap();
    let before = run(read_whole_book(b.store()));
    let file = run(b.write_backup(None, &|_| {})).unwrap().concat();
    run(b.save_customer(&draft("Neema Mollel"), None)).unwrap();
    run(b.restore_backup(BackupReader::new(file).unwrap(), &|_| {})).unwrap();
    let mut after = run(read_whole_book(b.store()));
    after.settings.revision = before.settings.revision;
    assert_eq!(after, before);
    // Still sealed: no stored value names anyone.
    let name = before.customers[0].name.shown();
    let dump = b.store().raw_dump();
    assert!(!dump.windows(name.len()).any(|w| w == name.as_bytes()));
}
