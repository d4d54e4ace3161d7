//! Hostile folders and texts: every case loads or yields one clear problem,
//! and the text toolkit stays linear. Sizes are scaled down from the issue
//! (100,000 files → 10,000) so the suite stays fast; the benchmarks measure speed.

#![cfg(unix)]

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use marsad_core::Span;
use marsad_core::ingest::{self, IngestOptions, IngestReport, read_folder};
use marsad_core::text::{TokenKind, fold, split_sentences, tokenize};

const LINE: &str = "قال وزير الخارجية إن المحادثات مع الجزائر ستستمر الأسبوع المقبل.\n";

fn write(path: &Path, bytes: &[u8]) {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("create folders");
    }
    fs::write(path, bytes).expect("write fixture");
}

fn read_all(root: &Path) -> IngestReport {
    read_folder(
        root,
        &IngestOptions::default(),
        &|_| {},
        &AtomicBool::new(false),
    )
}

#[test]
fn a_symlink_loop_is_reported_once_and_the_rest_loads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(&root.join("a/story.txt"), LINE.as_bytes());
    std::os::unix::fs::symlink(root.join("a"), root.join("a/loop")).expect("symlink");
    std::os::unix::fs::symlink(root, root.join("a/up")).expect("symlink");
    std::os::unix::fs::symlink(root.join("x.txt"), root.join("y.txt")).expect("symlink");
    std::os::unix::fs::symlink(root.join("y.txt"), root.join("x.txt")).expect("symlink");
    let report = read_all(root);
    let paths: Vec<&str> = report
        .documents
        .iter()
        .map(|d| d.rel_path.as_str())
        .collect();
    assert_eq!(paths, ["a/story.txt"]);
    let problems: Vec<(&str, bool)> = report
        .problems
        .iter()
        .map(|p| {
            (
                p.path.as_str(),
                p.error.contains("loop") || p.error.contains("broken link"),
            )
        })
        .collect();
    assert_eq!(
        problems,
        [
            ("a/loop", true),
            ("a/up", true),
            ("x.txt", true),
            ("y.txt", true)
        ]
    );
}

#[test]
fn links_out_of_the_folder_are_not_followed() {
    let outside = tempfile::tempdir().expect("tempdir");
    write(&outside.path().join("secret.txt"), LINE.as_bytes());
    let dir = tempfile::tempdir().expect("tempdir");
    write(&dir.path().join("inside.txt"), LINE.as_bytes());
    std::os::unix::fs::symlink(
        outside.path().join("secret.txt"),
        dir.path().join("link.txt"),
    )
    .expect("symlink");
    std::os::unix::fs::symlink(outside.path(), dir.path().join("elsewhere")).expect("symlink");
    std::os::unix::fs::symlink(dir.path().join("inside.txt"), dir.path().join("alias.txt"))
        .expect("symlink");
    let report = read_all(dir.path());
    let paths: Vec<&str> = report
        .documents
        .iter()
        .map(|d| d.rel_path.as_str())
        .collect();
    assert_eq!(paths, ["alias.txt", "inside.txt"]);
    assert_eq!(report.problems.len(), 2);
    assert!(
        report
            .problems
            .iter()
            .all(|p| p.error.contains("outside the chosen folder"))
    );
}

#[test]
fn a_pipe_named_like_an_article_does_not_hang_the_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    write(&dir.path().join("ok.txt"), LINE.as_bytes());
    let report = read_all(dir.path());
    assert_eq!(report.documents.len(), 1);
    assert_eq!(report.problems.len(), 1);
    assert!(report.problems[0].error.contains("not a regular file"));
}

#[test]
fn file_names_in_arabic_and_in_no_valid_encoding_are_read() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().expect("tempdir");
    write(&dir.path().join("أخبار/تونس ٢٠٢٤.txt"), LINE.as_bytes());
    let raw = std::ffi::OsStr::from_bytes(b"caf\xe9-\xff.txt");
    write(&dir.path().join(raw), LINE.as_bytes());
    let report = read_all(dir.path());
    let paths: Vec<&str> = report
        .documents
        .iter()
        .map(|d| d.rel_path.as_str())
        .collect();
    assert_eq!(paths, ["caf\u{fffd}-\u{fffd}.txt", "أخبار/تونس ٢٠٢٤.txt"]);
    assert!(report.problems.is_empty());
}

fn nested(root: &Path, depth: usize) -> PathBuf {
    let mut path = root.to_path_buf();
    for _ in 0..depth {
        path.push("d");
    }
    path
}

#[test]
fn a_folder_nested_500_deep_stops_at_the_limit_with_one_problem() {
    let dir = tempfile::tempdir().expect("tempdir");
    let deepest = nested(dir.path(), 500);
    fs::create_dir_all(&deepest).expect("deep folders");
    write(&deepest.join("bottom.txt"), LINE.as_bytes());
    write(&nested(dir.path(), 100).join("middle.txt"), LINE.as_bytes());
    let report = read_all(dir.path());
    assert_eq!(report.documents.len(), 1);
    assert!(report.documents[0].rel_path.ends_with("/d/middle.txt"));
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    assert!(report.problems[0].error.contains("more than 256 levels"));
    assert_eq!(report.problems[0].path.matches('d').count(), 257);
}

#[test]
fn ten_thousand_tiny_files_all_load_in_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    for i in 0..10_000 {
        let path = dir.path().join(format!("{:02}/{i:05}.txt", i % 100));
        write(&path, format!("خبر رقم {i}\n").as_bytes());
    }
    let report = read_all(dir.path());
    assert_eq!(report.documents.len(), 10_000);
    assert!(report.problems.is_empty());
    assert_eq!(report.documents[0].rel_path, "00/00000.txt");
    assert_eq!(report.documents[1].rel_path, "00/00100.txt");
    assert_eq!(report.documents[9_999].text, "خبر رقم 9999\n");
}

#[test]
fn a_ten_megabyte_single_line_loads_folds_and_tokenizes() {
    let line = LINE
        .trim_end()
        .replace('.', "،")
        .repeat(10 * 1024 * 1024 / LINE.len());
    let dir = tempfile::tempdir().expect("tempdir");
    write(&dir.path().join("line.txt"), line.as_bytes());
    let report = read_all(dir.path());
    assert_eq!(report.documents.len(), 1, "{:?}", report.problems);
    let text = &report.documents[0].text;
    let folded = fold(text);
    let needle = "الجزاير";
    let at = folded.text.rfind(needle).expect("found");
    let span = folded.original_span(Span::new(at, at + needle.len()));
    assert_eq!(span.slice(text), Some("الجزائر"));
    let tokens = tokenize(text);
    assert_eq!(tokens.len(), 11 * (10 * 1024 * 1024 / LINE.len()));
    assert_eq!(split_sentences(text).len(), 1);
}

#[test]
fn a_file_over_the_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = fs::File::create(dir.path().join("huge.txt")).expect("create");
    // A sparse 11 MB file: no disk used, and ingest must not read it.
    file.set_len(11 * 1024 * 1024).expect("set_len");
    let report = read_all(dir.path());
    assert!(report.documents.is_empty());
    assert_eq!(report.problems.len(), 1);
    assert!(
        report.problems[0]
            .error
            .contains("11.0 MB, larger than the 10.0 MB limit")
    );
}

/// The texts of the hostile-text cases: each must load, fold and tokenize sanely.
fn hostile_texts() -> Vec<(&'static str, String)> {
    let flood_controls: String = "\u{202e}\u{2066}\u{200b}\u{200f}\u{feff}\u{2069}".repeat(20_000);
    vec![
        (
            "10,000 diacritics on one letter",
            format!("ب{} تونس", "\u{651}".repeat(10_000)),
        ),
        (
            "mixed mark flood",
            format!(
                "م{}حمد",
                "\u{64b}\u{650}\u{652}\u{670}\u{6e1}\u{301}".repeat(2_000)
            ),
        ),
        ("zero-width and bidi flood", format!("تو{flood_controls}نس")),
        ("100,000-letter word", "ب".repeat(100_000)),
        (
            "mixed scripts",
            "زار Netanyahu القدس (ירושלים) 🇵🇸👍🏽 يوم ٢٠٢٤/١١/٢٧ 😀".to_owned(),
        ),
    ]
}

#[test]
fn hostile_texts_load_and_stay_usable() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (i, (_, text)) in hostile_texts().iter().enumerate() {
        write(&dir.path().join(format!("{i}.txt")), text.as_bytes());
    }
    let report = read_all(dir.path());
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(report.documents.len(), hostile_texts().len());
    for (document, (name, _)) in report.documents.iter().zip(hostile_texts()) {
        let text = &document.text;
        let folded = fold(text);
        assert!(folded.text.len() <= text.len() + 64, "{name}");
        let whole = folded.original_span(Span::new(0, folded.text.len()));
        assert!(whole.slice(text).is_some(), "{name}");
        let tokens = tokenize(text);
        assert!(!tokens.is_empty(), "{name}");
        for token in &tokens {
            assert!(token.span.slice(text).is_some(), "{name}");
        }
        assert!(!split_sentences(text).is_empty(), "{name}");
    }
}

#[test]
fn hostile_texts_tokenize_into_the_expected_pieces() {
    use TokenKind::{Arabic, Latin, Number, Punct, Symbol};
    let texts = hostile_texts();
    let word_counts: Vec<Vec<TokenKind>> = texts
        .iter()
        .map(|(_, text)| tokenize(text).into_iter().map(|t| t.kind).collect())
        .collect();
    assert_eq!(word_counts[0], [Arabic, Arabic]);
    assert_eq!(word_counts[1], [Arabic]);
    // Bidi controls break a word; they are never inside a token.
    assert_eq!(word_counts[2], [Arabic, Arabic]);
    assert_eq!(word_counts[3], [Arabic]);
    assert_eq!(
        word_counts[4],
        [
            Arabic, Latin, Arabic, Punct, Latin, Punct, Symbol, Symbol, Arabic, Number, Punct,
            Number, Punct, Number, Symbol
        ]
    );
    assert_eq!(fold(&texts[2].1).text, "تونس");
}

#[test]
fn discovery_alone_reports_what_it_skips() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::os::unix::fs::symlink(
        dir.path().join("nothing.md"),
        dir.path().join("dangling.md"),
    )
    .expect("symlink");
    let discovery = ingest::discover(dir.path());
    assert!(discovery.files.is_empty());
    assert_eq!(discovery.problems.len(), 1);
    assert_eq!(discovery.problems[0].path, "dangling.md");
}

#[test]
fn files_that_vanish_or_grow_during_the_read_become_problems() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().to_path_buf();
    for name in ["a.txt", "b.txt", "c.txt"] {
        write(&root.join(name), LINE.as_bytes());
    }
    let options = IngestOptions {
        max_file_bytes: 1024,
        ..IngestOptions::default()
    };
    // One worker reads the files in order, so the changes land between reads.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("pool");
    let report = pool.install(|| {
        read_folder(
            &root,
            &options,
            &|progress| {
                if progress.current == "a.txt" {
                    fs::remove_file(root.join("b.txt")).expect("remove");
                    fs::write(root.join("c.txt"), LINE.repeat(50)).expect("grow");
                }
            },
            &AtomicBool::new(false),
        )
    });
    let paths: Vec<&str> = report
        .documents
        .iter()
        .map(|d| d.rel_path.as_str())
        .collect();
    assert_eq!(paths, ["a.txt"]);
    let problems: Vec<(&str, &str)> = report
        .problems
        .iter()
        .map(|p| (p.path.as_str(), p.error.as_str()))
        .collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(
        problems[0],
        ("b.txt", "The file disappeared before it could be read.")
    );
    assert_eq!(problems[1].0, "c.txt");
    assert!(problems[1].1.contains("larger than the 1.0 KB limit"));
}
