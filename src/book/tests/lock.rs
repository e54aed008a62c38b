//! The app lock on `MemoryStore`: turned on over a book with data, nothing readable in
//! the raw bytes; unlocked by the right passphrase only; passphrase changed without
//! touching a record; turned off again with everything intact.

use super::{add, book, host, run, sale};
use crate::book::{Book, BookError};
use crate::domain::{InteractionDraft, InteractionKind};
use crate::lock::{KdfParams, LockError, LockState};
use crate::store::memory::MemoryStore;
use crate::store::{Store, StoreError};
use std::rc::Rc;

/// Argon2id at a test's cost: the parameters are the record's, so this changes nothing
/// but the time taken.
fn cheap() -> KdfParams {
    KdfParams::with_cost(64, 1)
}

const SECRETS: [&str; 4] = ["Wanjiru Kamau", "712345678", "chapati order", "Oyelaran"];

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// A book holding each of `SECRETS`: names, a phone, a note, with a sale and points.
fn book_with_secrets() -> (Book<Rc<MemoryStore>>, crate::domain::CustomerId) {
    let b = book();
    let id = add(&b, "Wanjiru Kamau");
    add(&b, "Tunde Oyelaran");
    let note = InteractionDraft {
        kind: Some(InteractionKind::Note),
        text: "Weekly chapati order, Fridays".into(),
        due: "2099-01-01".into(),
        ..InteractionDraft::default()
    };
    run(b.add_interaction(&id, &note)).unwrap();
    run(b.record_sale(Some(id.clone()), &sale("450"))).unwrap();
    let dump = b.store().raw_dump();
    assert!(
        SECRETS.iter().all(|s| contains(&dump, s)),
        "the test data is there to find"
    );
    (b, id)
}

#[test]
fn with_the_lock_on_no_personal_data_is_readable_and_everything_still_works() {
    let (b, id) = book_with_secrets();
    let mut steps = Vec::new();
    run(b.turn_lock_on("chai na mandazi", cheap(), &mut |c| steps.push(c))).unwrap();
    assert!(steps.last().unwrap().finished);
    let dump = b.store().raw_dump();
    for secret in SECRETS {
        assert!(
            !contains(&dump, secret),
            "{secret} is readable with the lock on"
        );
    }
    assert!(
        !contains(&dump, id.as_str()),
        "a customer id is readable in a key"
    );
    assert!(
        !contains(&dump, "2099-01-01"),
        "a due date is readable in a key"
    );
    assert_eq!(run(b.lock_record()).unwrap().unwrap().state, LockState::On);

    // The same tab carries on, sealing what it writes.
    run(b.record_sale(Some(id.clone()), &sale("100"))).unwrap();
    assert_eq!(run(b.timeline(&id)).unwrap().len(), 1);
    let due = chrono::NaiveDate::from_ymd_opt(2099, 1, 1).unwrap();
    assert_eq!(run(b.follow_ups_until(due)).unwrap().len(), 1);
    let before = chrono::NaiveDate::from_ymd_opt(2098, 12, 31).unwrap();
    assert!(run(b.follow_ups_until(before)).unwrap().is_empty());
    assert!(!contains(&b.store().raw_dump(), "Wanjiru"));

    // A new tab, locked, reads nothing until the right passphrase.
    let store = b.store().clone();
    store.use_envelope(crate::lock::Envelope::plain());
    let tab = Book::new(store.clone(), host());
    assert_eq!(
        run(tab.open(&mut |_| {})).err(),
        Some(BookError::Store(StoreError::Locked))
    );
    let before = store.raw_dump();
    assert_eq!(
        run(tab.unlock("chai na maandazi")).err(),
        Some(BookError::Lock(LockError::WrongPassphrase))
    );
    assert_eq!(
        store.raw_dump(),
        before,
        "a wrong passphrase changed stored bytes"
    );
    run(tab.unlock("chai na mandazi")).unwrap();
    run(tab.open(&mut |_| {})).unwrap();
    run(tab.load_sales()).unwrap();
    assert_eq!(tab.directory().len(), 2);
    assert!(run(tab.loyalty_of(&id)).unwrap().account.balance() > 0);
}

#[test]
fn a_new_passphrase_rewraps_the_key_and_touches_no_record() {
    let (b, _) = book_with_secrets();
    run(b.turn_lock_on("first passphrase", cheap(), &mut |_| {})).unwrap();
    let records = b.store().raw_dump();
    assert!(matches!(
        run(b.change_passphrase("wrong passphrase", "second passphrase", cheap())),
        Err(BookError::Lock(LockError::WrongPassphrase))
    ));
    run(b.change_passphrase("first passphrase", "second passphrase", cheap())).unwrap();
    assert_eq!(b.store().raw_dump(), records);
    assert!(run(b.unlock("first passphrase")).is_err());
    run(b.unlock("second passphrase")).unwrap();
}

#[test]
fn turning_the_lock_off_gives_back_every_record_as_it_was() {
    let (b, id) = book_with_secrets();
    let customers_before = b.directory().len();
    let timeline_before = run(b.timeline(&id)).unwrap();
    let ledger_before = run(b.loyalty_of(&id)).unwrap().account;
    run(b.turn_lock_on("a passphrase", cheap(), &mut |_| {})).unwrap();
    assert!(matches!(
        run(b.turn_lock_off("not it at all", &mut |_| {})),
        Err(BookError::Lock(LockError::WrongPassphrase))
    ));
    run(b.turn_lock_off("a passphrase", &mut |_| {})).unwrap();
    assert_eq!(run(b.lock_record()).unwrap(), None);
    let dump = b.store().raw_dump();
    assert!(SECRETS.iter().all(|s| contains(&dump, s)));
    let tab = super::tab_on(b.store());
    assert_eq!(tab.directory().len(), customers_before);
    assert_eq!(run(tab.timeline(&id)).unwrap(), timeline_before);
    assert_eq!(run(tab.loyalty_of(&id)).unwrap().account, ledger_before);
}

#[test]
fn a_tab_that_missed_the_lock_cannot_write_plain_values_into_it() {
    let (b, id) = book_with_secrets();
    let note = run(b.timeline(&id)).unwrap().remove(0);
    run(b.turn_lock_on("a passphrase", cheap(), &mut |_| {})).unwrap();
    // As a tab that opened before the lock went on still seals nothing:
    b.store().use_envelope(crate::lock::Envelope::plain());
    let before = b.store().raw_dump();
    assert_eq!(
        run(b.store().save_interaction(&note)).err(),
        Some(StoreError::LockChanged)
    );
    assert_eq!(b.store().raw_dump(), before);
}

#[test]
fn a_tab_told_the_lock_changed_follows_it_with_the_key_it_holds_or_asks_for_one() {
    let (b, id) = book_with_secrets();
    let note = run(b.timeline(&id)).unwrap().remove(0);
    run(b.turn_lock_on("a passphrase", cheap(), &mut |_| {})).unwrap();
    let (key, key_id) = b
        .held_key()
        .expect("the tab that turned the lock on holds the key");
    b.store().use_envelope(crate::lock::Envelope::plain());
    assert!(matches!(
        run(b.follow_lock()),
        Ok(crate::book::LockFollowed::Unlocked(_))
    ));
    run(b.store().save_interaction(&note)).unwrap();

    // A tab without the key is told to ask for it, and can use the one handed over.
    let stranger = Book::new(b.store().clone(), host());
    assert!(matches!(
        run(stranger.follow_lock()),
        Ok(crate::book::LockFollowed::NeedsKey(_))
    ));
    assert!(run(stranger.unlock_with_key(&key, key_id.wrapping_add(1))).is_err());
    run(stranger.unlock_with_key(&key, key_id)).unwrap();

    run(b.turn_lock_off("a passphrase", &mut |_| {})).unwrap();
    assert_eq!(
        run(stranger.follow_lock()),
        Ok(crate::book::LockFollowed::Plain)
    );
    assert!(stranger.held_key().is_none());
    let note = run(stranger.timeline(&id)).unwrap().remove(0);
    run(stranger.store().save_interaction(&note)).unwrap();
}

#[test]
fn the_passphrase_cannot_change_nor_the_lock_go_in_the_middle_of_a_conversion() {
    let (b, _) = book_with_secrets();
    run(b.begin_lock_on("a passphrase", cheap())).unwrap();
    assert_eq!(
        run(b.change_passphrase("a passphrase", "another passphrase", cheap())).err(),
        Some(BookError::Lock(LockError::Converting))
    );
    assert_eq!(
        run(b.begin_lock_off("a passphrase")).err(),
        Some(BookError::Lock(LockError::Converting))
    );
    // The idle time may change meanwhile, and finishing keeps it.
    run(b.set_idle_minutes(30)).unwrap();
    run(b.finish_conversion(&mut |_| {})).unwrap();
    let record = run(b.lock_record()).unwrap().unwrap();
    assert_eq!((record.state, record.idle_minutes), (LockState::On, 30));
    // A second "tab" turning the lock on is refused, keeping the first key.
    assert_eq!(
        run(b.begin_lock_on("another passphrase", cheap())).err(),
        Some(BookError::Lock(LockError::AlreadyOn))
    );
    run(b.unlock("a passphrase")).unwrap();
}

#[test]
fn a_key_with_the_right_id_but_the_wrong_bytes_unlocks_nothing() {
    let (b, _) = book_with_secrets();
    let (_, key_id) = {
        run(b.turn_lock_on("a passphrase", cheap(), &mut |_| {})).unwrap();
        b.held_key().unwrap()
    };
    let stranger = Book::new(b.store().clone(), host());
    assert_eq!(
        run(stranger.unlock_with_key(&crate::lock::DataKey::generate(), key_id)).err(),
        Some(BookError::Lock(LockError::WrongPassphrase))
    );
    assert!(stranger.held_key().is_none());
}

#[test]
fn turning_the_lock_off_drops_the_key_so_a_later_lock_asks_for_its_own() {
    let (b, _) = book_with_secrets();
    run(b.turn_lock_on("a passphrase", cheap(), &mut |_| {})).unwrap();
    run(b.turn_lock_off("a passphrase", &mut |_| {})).unwrap();
    assert!(b.held_key().is_none());
}
