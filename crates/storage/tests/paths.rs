//! A workspace can only make Marsad read inside its corpus folder.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use marsad_storage::{
    ArticleRecord, Bookmark, CorpusRef, Error, PathProblemKind, Workspace, check_article_path,
    reconcile, resolve_article,
};

#[test]
fn article_paths_that_leave_the_corpus_are_refused_by_shape() {
    let cases: &[(&str, Option<PathProblemKind>)] = &[
        ("tunis/مقال.txt", None),
        ("./أخبار/مقال.md", None),
        ("a..b.txt", None),
        ("", Some(PathProblemKind::Empty)),
        ("../../etc/passwd", Some(PathProblemKind::ClimbsOut)),
        ("tunis/../../secret.txt", Some(PathProblemKind::ClimbsOut)),
        (
            "tunis\\..\\..\\secret.txt",
            Some(PathProblemKind::ClimbsOut),
        ),
        ("/etc/passwd", Some(PathProblemKind::Absolute)),
        ("\\\\server\\share\\a.txt", Some(PathProblemKind::Absolute)),
        ("C:\\Windows\\win.ini", Some(PathProblemKind::Absolute)),
        ("a\0.txt", Some(PathProblemKind::BadCharacter)),
        // Record N of a record file is `FILE#N`.
        ("exports/news.csv#12", None),
        ("feed.jsonl#1", None),
        ("../exports/news.csv#12", Some(PathProblemKind::ClimbsOut)),
    ];
    for (path, expected) in cases {
        assert_eq!(check_article_path(path).err(), *expected, "{path:?}");
    }
}

#[test]
fn a_workspace_naming_paths_outside_its_corpus_is_reported_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(corpus.join("good.txt"), "خبر").unwrap();
    let mut workspace = Workspace::default();
    for path in ["good.txt", "../../etc/passwd"] {
        workspace.articles.insert(
            path.into(),
            ArticleRecord {
                content_hash: String::new(),
            },
        );
    }
    workspace
        .notes
        .articles
        .insert("/etc/shadow".into(), "ملاحظة".into());
    workspace.bookmarks.push(Bookmark {
        article: "..\\..\\boot.ini".into(),
        span: None,
        label: String::new(),
    });
    workspace.selected_article = Some("../../etc/passwd".into());

    let problems = workspace.validate_paths(&corpus);
    let refused: Vec<_> = problems.iter().map(|p| p.article.as_str()).collect();
    assert_eq!(
        refused,
        ["../../etc/passwd", "..\\..\\boot.ini", "/etc/shadow"]
    );
    assert!(
        problems[0].to_string().contains("climbs out of the corpus"),
        "{}",
        problems[0]
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_leading_outside_the_corpus_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(corpus.join("tunis")).unwrap();
    std::fs::write(dir.path().join("secret.txt"), "سر").unwrap();
    std::fs::write(corpus.join("tunis/inside.txt"), "خبر").unwrap();
    std::os::unix::fs::symlink(dir.path().join("secret.txt"), corpus.join("leak.txt")).unwrap();
    std::os::unix::fs::symlink(dir.path(), corpus.join("up")).unwrap();
    std::os::unix::fs::symlink(corpus.join("tunis/inside.txt"), corpus.join("alias.txt")).unwrap();
    std::os::unix::fs::symlink(corpus.join("loop"), corpus.join("loop")).unwrap();

    assert!(matches!(
        resolve_article(&corpus, "leak.txt"),
        Err(PathProblemKind::ResolvesOutside(_))
    ));
    assert!(matches!(
        resolve_article(&corpus, "up/secret.txt"),
        Err(PathProblemKind::ResolvesOutside(_))
    ));
    assert!(matches!(
        resolve_article(&corpus, "loop"),
        Err(PathProblemKind::Unresolvable(_))
    ));
    let inside = resolve_article(&corpus, "alias.txt").unwrap();
    assert!(inside.ends_with("tunis/inside.txt"), "{}", inside.display());
    // A file that is gone is missing, not dangerous: reconcile reports it.
    assert_eq!(
        resolve_article(&corpus, "gone.txt").unwrap(),
        corpus.join("gone.txt")
    );
}

#[cfg(unix)]
#[test]
fn a_record_path_resolves_to_its_record_file_and_its_links_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(corpus.join("exports")).unwrap();
    std::fs::write(corpus.join("exports/news.csv"), "title,text\n").unwrap();
    std::fs::write(dir.path().join("outside.csv"), "title,text\n").unwrap();
    std::os::unix::fs::symlink(dir.path().join("outside.csv"), corpus.join("leak.csv")).unwrap();
    let inside = resolve_article(&corpus, "exports/news.csv#12").unwrap();
    assert!(inside.ends_with("exports/news.csv"), "{}", inside.display());
    assert!(matches!(
        resolve_article(&corpus, "leak.csv#3"),
        Err(PathProblemKind::ResolvesOutside(_))
    ));
    // `#` in a plain file's name is part of the name.
    assert_eq!(
        resolve_article(&corpus, "notes#2.txt").unwrap(),
        corpus.join("notes#2.txt")
    );
}

#[test]
fn the_corpus_is_stored_relative_when_below_the_workspace_file() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("أخبار").join("تونس");
    std::fs::create_dir_all(&corpus).unwrap();
    let file = dir.path().join("work.ron");

    let below = CorpusRef::from_paths(&corpus, &file);
    assert_eq!(below.path, "أخبار/تونس");
    assert_eq!(
        std::fs::canonicalize(below.resolve(&file)).unwrap(),
        std::fs::canonicalize(&corpus).unwrap()
    );
    assert_eq!(CorpusRef::from_paths(dir.path(), &file).path, ".");

    let elsewhere = dir.path().join("elsewhere").join("work.ron");
    let absolute = CorpusRef::from_paths(&corpus, &elsewhere);
    assert!(Path::new(&absolute.path).is_absolute(), "{}", absolute.path);
    assert_eq!(
        std::fs::canonicalize(absolute.resolve(&elsewhere)).unwrap(),
        std::fs::canonicalize(&corpus).unwrap()
    );
}

#[test]
fn a_missing_corpus_folder_is_its_own_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("work.ron");
    let workspace = Workspace::new(CorpusRef {
        path: "moved-away".into(),
    });
    let error = workspace.corpus_root(&file).unwrap_err();
    assert!(
        matches!(&error, Error::CorpusMissing { path } if path.ends_with("moved-away")),
        "{error}"
    );
    std::fs::create_dir(dir.path().join("moved-away")).unwrap();
    assert!(workspace.corpus_root(&file).is_ok());
}

#[test]
fn changed_missing_and_new_files_are_listed_and_missing_ones_keep_their_work() {
    let mut workspace = common::sample();
    let kept = "tunis/2024-03-01-majlis.txt";
    workspace.articles.insert(
        "tunis/changed.txt".into(),
        ArticleRecord {
            content_hash: "old".into(),
        },
    );
    let current = BTreeMap::from([
        ("tunis/changed.txt".to_owned(), "new".to_owned()),
        ("tunis/fresh.txt".to_owned(), "cafe".to_owned()),
    ]);

    let report = reconcile(&workspace, &current);
    assert_eq!(report.changed, ["tunis/changed.txt"]);
    assert_eq!(report.missing, [kept]);
    assert_eq!(report.new, ["tunis/fresh.txt"]);
    assert!(!report.is_clean());

    workspace.record_articles(&current);
    assert!(workspace.articles.contains_key(kept));
    assert!(workspace.notes.articles.contains_key(kept));
    assert_eq!(workspace.article_tags(kept).count(), 1);
    assert_eq!(workspace.articles["tunis/changed.txt"].content_hash, "new");
    let again = reconcile(&workspace, &current);
    assert_eq!(again.missing, [kept]);
    assert!(again.changed.is_empty() && again.new.is_empty());

    workspace.forget_article(kept);
    assert!(reconcile(&workspace, &current).is_clean());
    assert!(workspace.notes.articles.is_empty());
    assert!(workspace.bookmarks.is_empty());
    assert_eq!(workspace.selected_article, None);
}
