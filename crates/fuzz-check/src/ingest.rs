//! Decoding bytes to text, in memory and through a file on disk.

use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

use marsad_core::ingest::{self, IngestError, IngestOptions};
use unicode_normalization::is_nfc;

/// `ingest::decode`: text in NFC, the encoding named, the same text every time; a
/// refusal says why.
pub fn decode(bytes: &[u8]) {
    if bytes.len() > crate::MAX_INPUT {
        return;
    }
    match ingest::decode(bytes) {
        Ok(decoded) => {
            assert!(
                is_nfc(&decoded.text),
                "decode returned text that is not NFC"
            );
            assert!(!decoded.encoding.is_empty());
            let again = ingest::decode(bytes).expect("a second decode");
            assert_eq!(
                again.text, decoded.text,
                "decoding is not a function of the bytes"
            );
        }
        Err(kind) => {
            let problem = IngestError {
                path: "مقال.txt".into(),
                kind,
            }
            .into_problem();
            assert!(!problem.error.trim().is_empty(), "empty problem message");
        }
    }
}

/// One scratch folder per process, made and removed around every input so none is
/// left behind; used under the lock (tests may call from several threads).
fn scratch() -> &'static Mutex<(PathBuf, PathBuf)> {
    static DIR: OnceLock<Mutex<(PathBuf, PathBuf)>> = OnceLock::new();
    DIR.get_or_init(|| {
        let root = std::env::temp_dir().join(format!("marsad-fuzz-ingest-{}", std::process::id()));
        let file = root.join("مقال.txt");
        Mutex::new((root, file))
    })
}

/// The same bytes written to a text file and read with `ingest::read_document`: the
/// text `decode` gives, the size and hash of the bytes, or a problem with a message.
/// Slower than [`decode`]: the disk is what this one tests.
pub fn ingest_file(bytes: &[u8]) {
    if bytes.len() > crate::MAX_INPUT {
        return;
    }
    let scratch = scratch()
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let (root, file) = &*scratch;
    std::fs::create_dir_all(root).expect("the scratch folder");
    std::fs::write(file, bytes).expect("write the scratch file");
    let read = ingest::read_document(root, file, &IngestOptions::default());
    std::fs::remove_dir_all(root).expect("remove the scratch folder");
    match read {
        Ok(doc) => {
            let decoded =
                ingest::decode(bytes).expect("read_document accepted what decode refused");
            assert_eq!(doc.text, decoded.text, "read_document and decode disagree");
            assert_eq!(doc.byte_len, bytes.len() as u64);
            assert_eq!(doc.content_hash.len(), 64);
            assert_eq!(doc.rel_path, "مقال.txt");
            assert!(!doc.text.trim().is_empty());
        }
        Err(err) => {
            assert!(
                !err.into_problem().error.trim().is_empty(),
                "empty problem message"
            );
        }
    }
}
