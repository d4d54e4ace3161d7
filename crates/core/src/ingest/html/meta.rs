//! What a page says about its article outside the text: JSON-LD (`NewsArticle` and its
//! kin, inside `@graph` too), `<meta>` tags (Open Graph, `article:*`, `itemprop`, Dublin
//! Core, Parse.ly), `<time datetime>` and the `<title>`.

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

use crate::article::PublishedDate;
use crate::ingest::reader::Hint;
use crate::ingest::records::parse_date_value;

/// What the page's markup states, each with what stated it.
#[derive(Debug, Default)]
pub struct PageMeta {
    pub headline: Option<Hint<String>>,
    pub published: Option<Hint<PublishedDate>>,
    pub updated: Option<Hint<PublishedDate>>,
    pub outlet: Option<Hint<String>>,
    pub byline: Option<Hint<String>>,
    pub section: Option<Hint<String>>,
    pub url: Option<String>,
    /// `articleBody` from JSON-LD, for pages whose markup hides the text.
    pub article_body: Option<String>,
    /// The `<title>` element's text.
    pub document_title: Option<String>,
}

/// JSON-LD types that describe an article.
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
];

/// Largest JSON-LD script parsed, in bytes.
const MAX_JSON_LD_BYTES: usize = 2 * 1024 * 1024;

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

/// Reads the page's metadata.
pub fn read(doc: &Html) -> PageMeta {
    let mut meta = PageMeta::default();
    json_ld(doc, &mut meta);
    meta_tags(doc, &mut meta);
    if meta.published.is_none() {
        meta.published = time_element(doc);
    }
    meta.document_title = selector("title")
        .and_then(|s| doc.select(&s).next())
        .map(|t| collapse(&t.text().collect::<String>()))
        .filter(|t| !t.is_empty());
    meta
}

fn json_ld(doc: &Html, meta: &mut PageMeta) {
    let Some(scripts) = selector(r#"script[type="application/ld+json"]"#) else {
        return;
    };
    for script in doc.select(&scripts) {
        let raw: String = script.text().collect();
        if raw.len() > MAX_JSON_LD_BYTES {
            continue;
        }
        let Ok(value) = serde_json::from_str::<Value>(raw.trim()) else {
            continue;
        };
        if let Some(article) = find_article(&value, 0) {
            take_article(article, meta);
            return;
        }
    }
}

/// The first article object in a JSON-LD value, looking through arrays and `@graph`.
fn find_article(value: &Value, depth: usize) -> Option<&Value> {
    if depth > 6 {
        return None;
    }
    match value {
        Value::Array(items) => items.iter().find_map(|v| find_article(v, depth + 1)),
        Value::Object(map) => {
            let is_article = match map.get("@type") {
                Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                Some(Value::Array(types)) => types
                    .iter()
                    .any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
                _ => false,
            };
            if is_article {
                return Some(value);
            }
            map.get("@graph")
                .or_else(|| map.get("mainEntity"))
                .and_then(|v| find_article(v, depth + 1))
        }
        _ => None,
    }
}

fn take_article(article: &Value, meta: &mut PageMeta) {
    let text = |key: &str| ld_text(article.get(key)?);
    let from = |key: &str| format!("JSON-LD {key}");
    meta.headline = text("headline")
        .or_else(|| text("name"))
        .map(|h| Hint::strong(collapse(&h), from("headline")));
    meta.published = text("datePublished")
        .and_then(|d| parse_date_value(&d))
        .map(|d| Hint::strong(d, from("datePublished")));
    meta.updated = text("dateModified")
        .and_then(|d| parse_date_value(&d))
        .map(|d| Hint::strong(d, from("dateModified")));
    meta.byline = text("author").map(|a| Hint::strong(collapse(&a), from("author")));
    meta.outlet = text("publisher").map(|p| Hint::strong(collapse(&p), from("publisher")));
    meta.section =
        text("articleSection").map(|s| Hint::strong(collapse(&s), from("articleSection")));
    meta.url = text("url").or_else(|| text("mainEntityOfPage"));
    meta.article_body = text("articleBody");
}

/// The text of a JSON-LD value: a string, a `{"name": …}` or `{"@id": …}` object, or the
/// first of a list (authors are often a list of people).
fn ld_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()).filter(|s| !s.trim().is_empty()),
        Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(ld_text).collect();
            (!names.is_empty()).then(|| names.join("، "))
        }
        Value::Object(map) => ["name", "@id", "url"]
            .iter()
            .find_map(|k| map.get(*k).and_then(|v| v.as_str().map(str::to_owned))),
        _ => None,
    }
}

/// `<meta>` names and properties per fact, best first.
const TITLE_META: &[&str] = &["og:title", "twitter:title", "headline", "dc.title"];
const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "datepublished",
    "og:article:published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.date",
    "dc.date",
    "date",
];
const UPDATED_META: &[&str] = &[
    "article:modified_time",
    "datemodified",
    "og:updated_time",
    "last-modified",
];
const OUTLET_META: &[&str] = &[
    "og:site_name",
    "application-name",
    "publisher",
    "dc.publisher",
];
const AUTHOR_META: &[&str] = &[
    "author",
    "article:author",
    "dc.creator",
    "parsely-author",
    "byl",
];
const SECTION_META: &[&str] = &["article:section", "parsely-section", "section", "category"];

fn meta_tags(doc: &Html, meta: &mut PageMeta) {
    let Some(metas) = selector("meta") else {
        return;
    };
    let mut found: Vec<(String, String)> = Vec::new();
    for tag in doc.select(&metas) {
        let el = tag.value();
        let Some(content) = el.attr("content").map(collapse).filter(|c| !c.is_empty()) else {
            continue;
        };
        for key in ["property", "name", "itemprop"] {
            if let Some(name) = el.attr(key) {
                found.push((name.trim().to_ascii_lowercase(), content.clone()));
            }
        }
    }
    let first = |names: &[&str]| {
        names.iter().find_map(|n| {
            found
                .iter()
                .find(|(k, _)| k == n)
                .map(|(k, v)| (k.clone(), v.clone()))
        })
    };
    let date = |names: &[&str]| {
        names.iter().find_map(|n| {
            found.iter().filter(|(k, _)| k == n).find_map(|(k, v)| {
                parse_date_value(v).map(|d| Hint::strong(d, format!("meta {k}")))
            })
        })
    };
    let hint = |(k, v): (String, String)| Hint::strong(v, format!("meta {k}"));
    meta.headline = meta.headline.take().or_else(|| first(TITLE_META).map(hint));
    meta.published = meta.published.take().or_else(|| date(PUBLISHED_META));
    meta.updated = meta.updated.take().or_else(|| date(UPDATED_META));
    meta.outlet = meta.outlet.take().or_else(|| first(OUTLET_META).map(hint));
    meta.byline = meta.byline.take().or_else(|| {
        first(AUTHOR_META)
            .filter(|(_, v)| !v.starts_with("http"))
            .map(hint)
    });
    meta.section = meta
        .section
        .take()
        .or_else(|| first(SECTION_META).map(hint));
    if meta.url.is_none() {
        meta.url = first(&["og:url"])
            .map(|(_, v)| v)
            .or_else(|| canonical(doc));
    }
}

fn canonical(doc: &Html) -> Option<String> {
    let links = selector(r#"link[rel="canonical"]"#)?;
    doc.select(&links)
        .find_map(|l| l.value().attr("href").map(str::to_owned))
}

/// The first `<time datetime>` (a `pubdate` one first) that reads as a date.
fn time_element(doc: &Html) -> Option<Hint<PublishedDate>> {
    let times = selector("time[datetime]")?;
    let all: Vec<ElementRef<'_>> = doc.select(&times).collect();
    let ordered = all
        .iter()
        .filter(|t| t.value().attr("pubdate").is_some())
        .chain(all.iter());
    ordered.take(8).find_map(|t| {
        let value = t.value().attr("datetime")?;
        parse_date_value(value).map(|d| Hint::strong(d, "<time datetime>"))
    })
}

/// Whitespace runs as one space, trimmed.
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
