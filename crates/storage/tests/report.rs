//! The HTML report: right to left, self-contained, escaped, with highlights around the
//! right words, dates marked, the entity table over the chosen articles, the analyst's
//! notes and tags, and the timeline.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers, like the tests, fail loudly"
)]

use std::sync::Arc;

use marsad_core::pipeline::{self, Analyzer, ArticleAnalysis, DateReading};
use marsad_storage::Workspace;
use marsad_storage::export::{ExportSource, ReportOptions, first_day, report_html, write_report};

/// Two articles written for these tests.
const ARTICLES: &[(&str, &str)] = &[
    (
        "cairo.txt",
        "وفد أمريكي يصل إلى القاهرة لبحث الهدنة\n\n\
         القاهرة - وصل وفد من الولايات المتحدة إلى القاهرة يوم الأحد 12 مايو 2024 لبحث الهدنة مع المسؤولين في مصر.\n\n\
         وقال وزير الخارجية المصري سامح شكري إن المحادثات ستستمر ثلاثة أيام <script>alert(1)</script> & \"أكثر\".\n",
    ),
    (
        "sudan.txt",
        "الأمم المتحدة تدعو إلى حماية المدنيين في السودان\n\n\
         دعت الأمم المتحدة يوم الخميس 3 أكتوبر 2024 إلى حماية المدنيين في السودان بعد تجدد القتال في الخرطوم.\n",
    ),
];

fn analysed() -> Vec<Arc<ArticleAnalysis>> {
    let analyzer = Analyzer::new().unwrap();
    ARTICLES
        .iter()
        .map(|(path, text)| {
            Arc::new(analyzer.analyze_text(
                (*path).to_owned(),
                (*text).to_owned(),
                String::new(),
                "UTF-8".to_owned(),
                DateReading::default(),
            ))
        })
        .collect()
}

fn workspace() -> Workspace {
    let mut workspace = Workspace::default();
    workspace
        .notes
        .articles
        .insert("cairo.txt".into(), "تحقق من <مصدر> الوفد".into());
    workspace
        .tags
        .articles
        .insert("cairo.txt".into(), ["هدنة".to_owned()].into());
    workspace
}

fn html(only: Option<&[&str]>) -> String {
    let articles = analysed();
    let resolution = pipeline::resolve(&articles);
    let workspace = workspace();
    let source = ExportSource {
        articles: articles.iter().map(AsRef::as_ref).collect(),
        resolution: &resolution,
        workspace: &workspace,
    };
    let options = ReportOptions {
        title: "تقرير <الهدنة>".into(),
        articles: only.map(|paths| paths.iter().map(|p| (*p).to_owned()).collect()),
    };
    report_html(&source, &options)
}

#[test]
fn the_page_is_arabic_right_to_left_and_needs_no_network() {
    let page = html(None);
    assert!(
        page.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"),
        "{}",
        &page[..80]
    );
    assert!(page.contains("<meta charset=\"utf-8\">"));
    assert!(
        page.contains("src: url(data:font/ttf;base64,"),
        "the font is embedded"
    );
    for remote in ["http://", "https://", "<link", "<script", "<img"] {
        assert!(!page.contains(remote), "{remote} in the report");
    }
    assert!(
        page.contains("<svg dir=\"ltr\""),
        "the timeline is drawn inline"
    );
}

#[test]
fn text_notes_and_title_are_escaped() {
    let page = html(None);
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;أكثر&quot;"));
    assert!(page.contains("<div class=\"note\">تحقق من &lt;مصدر&gt; الوفد</div>"));
    assert!(page.contains("<title>تقرير &lt;الهدنة&gt;</title>"));
    assert!(page.contains("<span class=\"tag\">هدنة</span>"));
}

#[test]
fn highlights_and_dates_sit_around_the_right_words() {
    let page = html(None);
    let cases = [
        "<mark class=\"LOC\" title=\"القاهرة\">القاهرة</mark>",
        "<mark class=\"LOC\" title=\"مصر\">مصر</mark>",
        "<mark class=\"PERS\" title=\"سامح شكري\">سامح شكري</mark>",
        "<mark class=\"LOC\" title=\"الخرطوم\">الخرطوم</mark>",
    ];
    for mark in cases {
        assert!(page.contains(mark), "{mark} missing");
    }
    assert!(
        page.contains("<time class=\"date\" datetime=\"2024-05-12\"")
            && page.contains("12 مايو 2024</time>"),
        "the Cairo date is marked"
    );
    assert!(page.contains(">3 أكتوبر 2024</time>") || page.contains("الخميس 3 أكتوبر 2024</time>"));
    // No mark opens inside a word: each opening tag follows a space, a newline or a tag.
    for (at, _) in page.match_indices("<mark class=") {
        let before = page[..at].chars().next_back().unwrap();
        assert!(
            before.is_whitespace() || before == '>' || "(«\"-".contains(before),
            "mark after {before:?}"
        );
    }
}

#[test]
fn the_entity_table_counts_only_the_chosen_articles() {
    let all = html(None);
    let cairo_only = html(Some(&["cairo.txt"]));
    assert!(all.contains("<p class=\"summary\">مقالتان · "));
    assert!(cairo_only.contains("<p class=\"summary\">مقالة واحدة · "));
    assert!(all.contains("الخرطوم") && !cairo_only.contains("الخرطوم"));
    // القاهرة is named three times in the Cairo article: 3 mentions in 1 article.
    let row = cairo_only
        .lines()
        .find(|l| l.starts_with("<tr><td><mark class=\"LOC\">القاهرة</mark>"))
        .unwrap();
    assert!(row.contains("<td>مكان</td><td>3</td><td>1</td>"), "{row}");
}

#[test]
fn counts_agree_with_their_noun() {
    use marsad_storage::export::counted;
    const EVENT: [&str; 5] = ["حدث واحد", "حدثان", "أحداث", "حدثًا", "حدث"];
    let cases = [
        (1, "حدث واحد"),
        (2, "حدثان"),
        (8, "8 أحداث"),
        (11, "11 حدثًا"),
        (100, "100 حدث"),
        (103, "103 أحداث"),
        (0, "0 حدث"),
    ];
    for (n, expected) in cases {
        assert_eq!(counted(n, EVENT), expected);
    }
}

#[test]
fn the_timeline_places_events_by_their_first_day() {
    let cases = [
        ("2024-05-12", Some(19855)),
        ("2024-05", Some(19844)),
        ("2024", Some(19723)),
        ("2024-05-12/2024-05-14", Some(19855)),
        ("قريبا", None),
    ];
    for (value, day) in cases {
        assert_eq!(first_day(value), day, "{value}");
    }
    let page = html(None);
    assert!(page.contains("<section id=\"timeline\">"));
    assert!(page.contains("<circle"), "the dated events are drawn");
    assert!(page.contains(">2024-05</text>"));
}

#[test]
fn the_report_file_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("تقرير.html");
    let articles = analysed();
    let resolution = pipeline::resolve(&articles);
    let workspace = workspace();
    let source = ExportSource {
        articles: articles.iter().map(AsRef::as_ref).collect(),
        resolution: &resolution,
        workspace: &workspace,
    };
    let written = write_report(&out, &source, &ReportOptions::default()).unwrap();
    assert_eq!(written, 2);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("<h1>تقرير مرصد</h1>") && text.ends_with("</html>\n"));
}
