//! The analysis cache in the window: a reopened folder comes from it, File ▸ Clear
//! analysis cache shows its size and empties it.

use egui_kittest::kittest::{NodeT as _, Queryable};
use marsad::AppOptions;
use marsad_storage::cache;

use crate::common::{CAIRO_TITLE, click, harness_with, listed_titles, write_corpus};

#[test]
fn clearing_the_analysis_cache_from_the_file_menu_empties_it_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    write_corpus(&articles).unwrap();
    let cache_dir = dir.path().join("cache");
    let options = AppOptions {
        folder: Some(articles.clone()),
        cache_dir: Some(cache_dir.clone()),
        ..AppOptions::default()
    };
    let first = harness_with(options.clone());
    assert!(listed_titles(&first).contains(&CAIRO_TITLE.to_owned()));
    let size = cache::size_on_disk(&cache_dir);
    assert!(size > 0, "the first open filled the cache");
    drop(first);

    // Reopened from the cache, the folder shows the same articles.
    let mut harness = harness_with(options);
    assert!(listed_titles(&harness).contains(&CAIRO_TITLE.to_owned()));
    assert_eq!(
        harness.state().model.message,
        None,
        "no cache note on a sound cache"
    );

    click(&mut harness, "File");
    let item = format!("Clear analysis cache ({:.1} MB)", size as f64 / 1_000_000.0);
    assert!(
        harness.query_by_label(&item).is_some(),
        "the menu shows the cache's size as {item:?}"
    );
    click(&mut harness, &item);
    assert_eq!(cache::size_on_disk(&cache_dir), 0);
    assert!(!cache_dir.join(cache::CACHE_FILE).exists());
    let message = harness.state().model.message.clone().unwrap_or_default();
    assert!(message.contains("analysis cache was cleared"), "{message}");
}

#[test]
fn without_a_cache_the_menu_item_is_there_but_disabled() {
    let dir = tempfile::tempdir().unwrap();
    write_corpus(dir.path()).unwrap();
    let mut harness = harness_with(AppOptions {
        folder: Some(dir.path().to_owned()),
        ..AppOptions::default()
    });
    click(&mut harness, "File");
    let item = harness.get_by_label("Clear analysis cache");
    assert!(item.accesskit_node().is_disabled());
}
