use super::*;
use crate::lock::KdfParams;
use crate::sales::CHUNK_ROWS;
use crate::store::contract_whole_book::demo_content;

const NOW: i64 = 1_790_000_000_000;

fn content(customers: usize, purchases: usize) -> BookContent {
    demo_content(7, customers, purchases, "KE")
}

fn cheap() -> KdfParams {
    KdfParams::with_cost(256, 1)
}

fn file(content: &BookContent, passphrase: Option<&str>) -> Vec<u8> {
    let mut finishing = BackupWriter::with_content(content)
        .finish(NOW, passphrase.map(|p| (p, cheap())))
        .unwrap();
    let mut steps = 0;
    while finishing.step() {
        steps += 1;
        assert!(finishing.progress().0 <= finishing.progress().1);
    }
    assert!(steps >= 1);
    finishing.into_bytes()
}

fn read(bytes: Vec<u8>, passphrase: Option<&str>) -> Result<BookContent, BackupError> {
    let mut reader = BackupReader::new(bytes)?;
    if let Some(p) = passphrase {
        reader.unlock(p)?;
    }
    let mut last = 0;
    while reader.step()? {
        let (done, total) = reader.progress();
        assert!(
            done >= last && done <= total,
            "{done} of {total} after {last}"
        );
        last = done;
    }
    reader.into_content()
}

#[test]
fn a_backup_gives_back_exactly_the_book() {
    let book = content(300, 3 * CHUNK_ROWS + 17);
    assert!(book.interactions.len() > 100 && book.ledgers.len() > 100);
    let bytes = file(&book, None);
    let reader = BackupReader::new(bytes.clone()).unwrap();
    assert_eq!(reader.header().counts, book.counts());
    assert_eq!(reader.header().made_at_ms, NOW);
    assert!(!reader.is_protected());
    assert_eq!(read(bytes, None).unwrap(), book);
    // An empty book too.
    let empty = BookContent::default();
    assert_eq!(read(file(&empty, None), None).unwrap(), empty);
}

#[test]
fn a_protected_backup_hides_everything_and_opens_only_with_its_passphrase() {
    let book = content(200, 2_000);
    let bytes = file(&book, Some("chai na mandazi"));
    let name = book.customers[0].name.shown();
    assert!(!bytes.windows(name.len()).any(|w| w == name.as_bytes()));
    let reader = BackupReader::new(bytes.clone()).unwrap();
    assert!(reader.is_protected());
    assert_eq!(reader.header().counts, book.counts());
    assert_eq!(read(bytes.clone(), None), Err(BackupError::NeedsPassphrase));
    assert_eq!(
        read(bytes.clone(), Some("chai na maandazi")),
        Err(BackupError::WrongPassphrase)
    );
    assert_eq!(read(bytes, Some("chai na mandazi")).unwrap(), book);
    let too_short = BackupWriter::with_content(&book).finish(NOW, Some(("chai", cheap())));
    assert!(matches!(too_short, Err(BackupError::PassphraseTooShort(8))));
}

#[test]
fn a_protected_backup_spans_many_segments_in_order() {
    // Over two mebibytes: three segments, each checked for its place.
    let book = content(6_000, 20_000);
    let bytes = file(&book, Some("chai na mandazi"));
    assert_eq!(read(bytes, Some("chai na mandazi")).unwrap(), book);
}

#[test]
fn a_damaged_or_cut_off_backup_is_refused_never_misread() {
    let book = content(20, 200);
    for passphrase in [None, Some("chai na mandazi")] {
        let bytes = file(&book, passphrase);
        let header_end = bytes.len() - BackupReader::new(bytes.clone()).unwrap().body().len();
        for at in (0..bytes.len()).step_by(7) {
            let mut bad = bytes.clone();
            bad[at] ^= 0x20;
            match read(bad, passphrase) {
                Err(_) => {}
                // A header byte that still parses (when it was made) changes no record.
                Ok(read) => assert!(at < header_end && read == book, "byte {at} unnoticed"),
            }
        }
        for len in (0..bytes.len()).step_by(5) {
            assert!(
                read(bytes[..len].to_vec(), passphrase).is_err(),
                "cut at {len}"
            );
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(read(longer, passphrase).is_err());
    }
}

#[test]
fn other_files_and_newer_formats_are_named_as_such() {
    assert_eq!(
        BackupReader::new(b"name,phone\nAmina,0712".to_vec()).err(),
        Some(BackupError::NotABackup)
    );
    let mut bytes = file(&content(3, 10), None);
    let at = bytes
        .windows(10)
        .position(|w| w == b"\"format\":1")
        .unwrap();
    bytes[at + 9] = b'9';
    assert_eq!(
        BackupReader::new(bytes).err(),
        Some(BackupError::NewerFormat(9))
    );
}

#[test]
fn a_backup_holding_a_customer_twice_is_refused() {
    let mut book = content(5, 20);
    book.customers.push(book.customers[0].clone());
    let refused = read(file(&book, None), None);
    assert!(
        matches!(refused, Err(BackupError::Damaged(_))),
        "{refused:?}"
    );
}
