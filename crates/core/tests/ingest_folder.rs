//! Ingest of real folders on disk: encodings, broken files, order, progress, cancel.

#![cfg(unix)]

use std::fs;
use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use encoding_rs::{ISO_8859_6, WINDOWS_1256};
use marsad_core::ingest::{
    self, Document, IngestErrorKind, IngestOptions, IngestProgress, Problem, read_document,
    read_folder,
};

const STORY: &str = "أعلنت وزارة الخارجية التونسية يوم الاثنين عن زيارة مرتقبة لوفد رسمي إلى الجزائر، \
وقال المتحدث باسم الوزارة إن المحادثات ستتناول التعاون الاقتصادي والأمن على الحدود المشتركة.\n";

fn write(root: &Path, rel: &str, bytes: &[u8]) {
    let path = root.join(rel);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("create folders");
    }
    fs::write(path, bytes).expect("write fixture");
}

fn encode(encoding: &'static encoding_rs::Encoding, text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

fn utf16le_with_bom(text: &str) -> Vec<u8> {
    let mut out = vec![0xff, 0xfe];
    for unit in text.encode_utf16() {
        out.extend_from_slice(&unit.to_le_bytes());
    }
    out
}

fn read_all(root: &Path, options: &IngestOptions) -> ingest::IngestReport {
    read_folder(root, options, &|_| {}, &AtomicBool::new(false))
}

fn problem_for<'a>(problems: &'a [Problem], path: &str) -> &'a Problem {
    let matching: Vec<&Problem> = problems.iter().filter(|p| p.path == path).collect();
    assert_eq!(
        matching.len(),
        1,
        "exactly one problem for {path}: {problems:#?}"
    );
    matching[0]
}

/// Makes a file unreadable; false when this process can read it anyway (root).
fn make_unreadable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o000)).expect("chmod");
    fs::File::open(path).is_err()
}

#[test]
fn good_files_load_and_each_bad_one_yields_one_clear_problem() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    let mut utf8_bom = b"\xef\xbb\xbf".to_vec();
    utf8_bom.extend_from_slice(STORY.as_bytes());
    write(root, "a-utf8.txt", STORY.as_bytes());
    write(root, "b-utf8-bom.md", &utf8_bom);
    write(root, "c-utf16.txt", &utf16le_with_bom(STORY));
    write(root, "d-cp1256.TXT", &encode(WINDOWS_1256, STORY));
    write(root, "e-iso8859-6.txt", &encode(ISO_8859_6, STORY));
    write(root, "nested/deeper/f.md", STORY.as_bytes());
    write(root, "nested/g.txt", STORY.as_bytes());
    write(
        root,
        "bad/binary.txt",
        b"\x00\x01\x02\x03binary\x00\xff\xfe\x00",
    );
    write(root, "bad/empty.txt", b"");
    write(root, "bad/blank.md", b"  \n\t\r\n  ");
    write(root, "bad/big.txt", STORY.repeat(40).as_bytes());
    write(root, "bad/report.txt", b"%PDF-1.4\n1 0 obj\n");
    write(root, "ignored/photo.jpg", b"\xff\xd8\xff\xe0");
    write(root, "bad/notes.docx", b"PK\x03\x04");
    write(root, ".hidden/secret.txt", STORY.as_bytes());
    write(root, "._resource-fork.txt", b"\x00\x05\x16\x07");
    let options = IngestOptions {
        max_file_bytes: 4096,
        ..IngestOptions::default()
    };

    let report = read_all(root, &options);

    let loaded: Vec<(&str, &str)> = report
        .documents
        .iter()
        .map(|d| (d.rel_path.as_str(), d.encoding))
        .collect();
    assert_eq!(
        loaded,
        [
            ("a-utf8.txt", "UTF-8"),
            ("b-utf8-bom.md", "UTF-8"),
            ("c-utf16.txt", "UTF-16LE"),
            ("d-cp1256.TXT", "windows-1256"),
            ("e-iso8859-6.txt", "ISO-8859-6"),
            ("nested/deeper/f.md", "UTF-8"),
            ("nested/g.txt", "UTF-8"),
        ]
    );
    for document in &report.documents {
        assert_eq!(document.text, STORY, "{}", document.rel_path);
        assert_eq!(document.content_hash.len(), 64);
    }
    assert_eq!(report.problems.len(), 6, "{:#?}", report.problems);
    let expectations = [
        ("bad/binary.txt", "not a text file"),
        ("bad/empty.txt", "empty"),
        ("bad/blank.md", "only blank space"),
        ("bad/big.txt", "larger than the 4.0 KB limit"),
        ("bad/report.txt", "PDF document"),
        ("bad/notes.docx", "zip container cannot be read"),
    ];
    for (path, words) in expectations {
        let problem = problem_for(&report.problems, path);
        assert!(problem.error.contains(words), "{path}: {}", problem.error);
    }
    assert!(!report.cancelled);
}

#[test]
fn an_unreadable_file_is_a_problem_unless_we_run_as_root() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "locked.txt", STORY.as_bytes());
    write(dir.path(), "open.txt", STORY.as_bytes());
    let locked = dir.path().join("locked.txt");
    if !make_unreadable(&locked) {
        eprintln!("skipped: this process can read a mode-000 file (running as root)");
        return;
    }
    let report = read_all(dir.path(), &IngestOptions::default());
    assert_eq!(report.documents.len(), 1);
    let problem = problem_for(&report.problems, "locked.txt");
    assert!(
        problem.error.contains("permission denied"),
        "{}",
        problem.error
    );
}

#[test]
fn an_unreadable_subfolder_is_a_problem_unless_we_run_as_root() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "closed/a.txt", STORY.as_bytes());
    write(dir.path(), "b.txt", STORY.as_bytes());
    let closed = dir.path().join("closed");
    fs::set_permissions(&closed, fs::Permissions::from_mode(0o000)).expect("chmod");
    if fs::read_dir(&closed).is_ok() {
        eprintln!("skipped: this process can list a mode-000 folder (running as root)");
        return;
    }
    let report = read_all(dir.path(), &IngestOptions::default());
    fs::set_permissions(&closed, fs::Permissions::from_mode(0o755)).expect("chmod back");
    assert_eq!(report.documents.len(), 1);
    assert!(
        problem_for(&report.problems, "closed")
            .error
            .contains("could not be opened")
    );
}

#[test]
fn read_document_reports_the_specific_reason() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(root, "empty.md", b"");
    write(root, "big.txt", &[b'a'; 100]);
    let options = IngestOptions {
        max_file_bytes: 10,
        ..IngestOptions::default()
    };
    let cases = [
        ("empty.md", IngestErrorKind::Empty),
        (
            "big.txt",
            IngestErrorKind::Oversize {
                size: 100,
                limit: 10,
            },
        ),
        ("gone.txt", IngestErrorKind::Vanished),
    ];
    for (name, kind) in cases {
        let err = read_document(root, &root.join(name), &options).expect_err(name);
        assert_eq!(err.kind, kind, "{name}");
        assert_eq!(err.path, name);
    }
}

#[test]
fn a_document_records_its_bytes_and_hash() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "sub/خبر.txt", "تونس\n".as_bytes());
    let path = dir.path().join("sub/خبر.txt");
    let document: Document =
        read_document(dir.path(), &path, &IngestOptions::default()).expect("reads");
    assert_eq!(document.rel_path, "sub/خبر.txt");
    assert_eq!(document.byte_len, 9);
    // sha256 of the UTF-8 bytes "تونس\n", computed independently with sha256sum.
    assert_eq!(
        document.content_hash,
        "af86fe4f05fc8ab5ee88908856bdb3cbe72a1dc58f6610401eb4aa90ad0b3aff"
    );
}

#[test]
fn files_come_in_byte_wise_path_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in [
        "b.txt", "a/z.txt", "a-b.txt", "B.md", "ب.txt", "a/a.txt", "10.txt", "9.txt",
    ] {
        write(dir.path(), name, STORY.as_bytes());
    }
    let discovery = ingest::discover(dir.path());
    let names: Vec<String> = discovery
        .files
        .iter()
        .map(|p| ingest::display_path(dir.path(), p))
        .collect();
    assert_eq!(
        names,
        [
            "10.txt", "9.txt", "B.md", "a-b.txt", "a/a.txt", "a/z.txt", "b.txt", "ب.txt"
        ]
    );
    let report = read_all(dir.path(), &IngestOptions::default());
    let read: Vec<&str> = report
        .documents
        .iter()
        .map(|d| d.rel_path.as_str())
        .collect();
    assert_eq!(read, names);
}

#[test]
fn progress_counts_every_file_and_streaming_hands_each_one_over() {
    let dir = tempfile::tempdir().expect("tempdir");
    for i in 0..20 {
        write(dir.path(), &format!("{i:02}.txt"), STORY.as_bytes());
    }
    write(dir.path(), "broken.txt", b"");
    let seen = Mutex::new(Vec::new());
    let calls = AtomicUsize::new(0);
    let last_total = AtomicUsize::new(0);
    let progress = |p: IngestProgress| {
        calls.fetch_add(1, Ordering::Relaxed);
        last_total.store(p.total, Ordering::Relaxed);
        assert!(p.done <= p.total && !p.current.is_empty());
    };
    let summary = ingest::for_each_document(
        dir.path(),
        &IngestOptions::default(),
        &progress,
        &AtomicBool::new(false),
        &|index, result| seen.lock().expect("lock").push((index, result.is_ok())),
    );
    assert_eq!(summary.total, 21);
    assert!(!summary.cancelled && summary.problems.is_empty());
    assert_eq!(calls.load(Ordering::Relaxed), 21);
    assert_eq!(last_total.load(Ordering::Relaxed), 21);
    let mut seen = seen.into_inner().expect("lock");
    seen.sort_unstable();
    assert_eq!(seen.len(), 21);
    assert_eq!(seen[0], (0, true));
    assert_eq!(seen.iter().filter(|(_, ok)| !ok).count(), 1);
}

#[test]
fn a_cancelled_read_stops_and_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    for i in 0..50 {
        write(dir.path(), &format!("{i:02}.txt"), STORY.as_bytes());
    }
    let cancel = AtomicBool::new(false);
    let report = read_folder(
        dir.path(),
        &IngestOptions::default(),
        &|p: IngestProgress| {
            if p.done >= 5 {
                cancel.store(true, Ordering::Relaxed);
            }
        },
        &cancel,
    );
    assert!(report.cancelled);
    assert!(report.documents.len() < 50);
    // What was read is still in folder order.
    let paths: Vec<&String> = report.documents.iter().map(|d| &d.rel_path).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
}

#[test]
fn a_single_file_can_be_the_root() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "one.md", STORY.as_bytes());
    let report = read_all(&dir.path().join("one.md"), &IngestOptions::default());
    assert_eq!(report.documents.len(), 1);
    assert_eq!(report.documents[0].rel_path, "one.md");
    let missing = read_all(&dir.path().join("nowhere"), &IngestOptions::default());
    assert!(missing.documents.is_empty());
    assert_eq!(missing.problems.len(), 1);
}
