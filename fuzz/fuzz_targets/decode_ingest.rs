#![no_main]
//! Bytes → `ingest::decode` (encoding detection, NFC) and the same bytes read
//! from disk with `ingest::read_document`.

#[path = "common.rs"]
mod common;

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use marsad_core::ingest::{self, IngestOptions};
use unicode_normalization::is_nfc;

/// One scratch folder per process; the file in it is rewritten for every input.
fn scratch() -> &'static (PathBuf, PathBuf) {
    static DIR: OnceLock<(PathBuf, PathBuf)> = OnceLock::new();
    DIR.get_or_init(|| {
        let root = std::env::temp_dir().join(format!("marsad-fuzz-ingest-{}", std::process::id()));
        std::fs::create_dir_all(&root).expect("scratch folder");
        let file = root.join("مقال.txt");
        (root, file)
    })
}

fuzz_target!(|bytes: &[u8]| {
    if bytes.len() > common::MAX_INPUT {
        return;
    }
    let decoded = ingest::decode(bytes);
    if let Ok(decoded) = &decoded {
        assert!(
            is_nfc(&decoded.text),
            "decode returned text that is not NFC"
        );
        assert!(!decoded.encoding.is_empty());
        // Decoding is a pure function of the bytes.
        let again = ingest::decode(bytes).expect("second decode");
        assert_eq!(again.text, decoded.text);
    }

    let (root, file) = scratch();
    std::fs::write(file, bytes).expect("write scratch file");
    match ingest::read_document(root, file, &IngestOptions::default()) {
        Ok(doc) => {
            let decoded = decoded.expect("read_document accepted what decode refused");
            assert_eq!(doc.text, decoded.text, "read_document and decode disagree");
            assert_eq!(doc.byte_len, bytes.len() as u64);
            assert_eq!(doc.content_hash.len(), 64);
            assert_eq!(doc.rel_path, "مقال.txt");
            assert!(!doc.text.trim().is_empty());
        }
        Err(err) => {
            // A refusal must say why in words a person reads.
            assert!(
                !err.into_problem().error.trim().is_empty(),
                "empty problem message"
            );
        }
    }
});
