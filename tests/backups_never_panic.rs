//! Whatever file the owner picks to restore, reading it never panics: a backup reader
//! fed arbitrary bytes, or a well-formed header (right length and checksum) over
//! arbitrary parts, returns an error saying what is wrong. For a long run set
//! `PROPTEST_CASES`, as for `decoders_never_panic`.
#![cfg(not(target_arch = "wasm32"))]

use karibu::backup::{BackupHeader, BackupReader, BackupWriter, BookContent};
use karibu::store::Settings;
use proptest::prelude::*;
use sha2::{Digest, Sha256};

const MAGIC: &[u8] = b"KARIBU-BACKUP\n";

fn read(bytes: Vec<u8>, passphrase: Option<&str>) {
    let Ok(mut reader) = BackupReader::new(bytes) else {
        return;
    };
    if let Some(p) = passphrase {
        let _ = reader.unlock(p);
    }
    let _ = reader.into_content();
}

/// A file with a well-formed header whose length and checksum fit `body`.
fn framed(body: &[u8], protected: bool) -> Vec<u8> {
    let passphrase =
        protected.then_some(("chai na mandazi", karibu::lock::KdfParams::with_cost(8, 1)));
    let good = BackupWriter::new(&Settings::default())
        .finish(0, passphrase)
        .unwrap()
        .into_bytes();
    let header_len = u32::from_le_bytes(good[MAGIC.len()..MAGIC.len() + 4].try_into().unwrap());
    let at = MAGIC.len() + 4;
    let header: BackupHeader = serde_json::from_slice(&good[at..at + header_len as usize]).unwrap();
    let digest = Sha256::digest(body);
    let header = BackupHeader {
        body_bytes: body.len() as u64,
        body_sha256: digest.iter().map(|b| format!("{b:02x}")).collect(),
        ..header
    };
    let json = serde_json::to_vec(&header).unwrap();
    let mut bytes = MAGIC.to_vec();
    bytes.extend((json.len() as u32).to_le_bytes());
    bytes.extend(json);
    bytes.extend(body);
    bytes
}

proptest! {
    #[test]
    fn whatever_the_bytes(tail in proptest::collection::vec(any::<u8>(), 0..600)) {
        let mut bytes = MAGIC.to_vec();
        bytes.extend(tail);
        read(bytes, Some("chai na mandazi"));
    }

    #[test]
    fn whatever_the_parts(body in proptest::collection::vec(any::<u8>(), 0..600)) {
        read(framed(&body, false), None);
    }

    #[test]
    fn whatever_the_parts_look_like(kinds in proptest::collection::vec((0u8..7, 0u32..40, any::<u8>()), 0..20)) {
        // Frames of every kind, with lengths that fit, fall short or run over.
        let mut body = Vec::new();
        for (kind, len, fill) in kinds {
            body.push(kind);
            body.extend(len.to_le_bytes());
            body.extend(std::iter::repeat_n(fill, (len as usize).saturating_sub(usize::from(fill % 3))));
        }
        read(framed(&body, false), None);
    }

    #[test]
    fn whatever_the_segments(body in proptest::collection::vec(any::<u8>(), 0..600)) {
        read(framed(&body, true), Some("chai na mandazi"));
    }
}

#[test]
fn an_empty_book_round_trips() {
    let bytes = BackupWriter::with_content(&BookContent::default())
        .finish(0, None)
        .unwrap()
        .into_bytes();
    let content = BackupReader::new(bytes).unwrap().into_content().unwrap();
    assert_eq!(content, BookContent::default());
}
