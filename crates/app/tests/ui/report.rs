//! File ▸ Export ▸ Report (HTML…) writes the listed articles only, as the storage
//! crate's report: right to left, entities marked, the analyst's note in it.

use egui_kittest::kittest::Queryable;

use crate::common::{
    CAIRO_TITLE, SUDAN_TITLE, WHEAT_TITLE, click, enter_path, harness_for, write_corpus,
};

#[test]
fn the_report_holds_the_listed_articles_with_their_marks() {
    let dir = tempfile::tempdir().unwrap();
    write_corpus(dir.path()).unwrap();
    let mut harness = harness_for(dir.path());
    harness
        .get_by(|node| {
            node.placeholder()
                .is_some_and(|p| p.starts_with("Search articles"))
        })
        .set_text_value_accesskit("السودان");
    harness.run();
    click(&mut harness, "File");
    click(&mut harness, "Export");
    click(&mut harness, "Report (HTML)…");
    let out = dir.path().join("تقرير.html");
    enter_path(&mut harness, "report.html", &out);

    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"));
    assert!(page.contains(SUDAN_TITLE));
    assert!(
        !page.contains(CAIRO_TITLE) && !page.contains(WHEAT_TITLE),
        "only the listed article"
    );
    assert!(page.contains("<p class=\"summary\">مقالة واحدة · "));
    assert!(page.contains("<mark class=\"LOC\" title=\"الخرطوم\">الخرطوم</mark>"));
    let message = harness.state().model.message.clone().unwrap_or_default();
    assert!(
        message.starts_with("Report of the listed articles written (1)"),
        "{message}"
    );
}
