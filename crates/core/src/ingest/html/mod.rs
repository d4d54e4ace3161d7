//! Saved web pages (`.html`, `.htm`): charset, metadata, and the article's own text.
//!
//! The page is decoded ([`charset`]), flattened past the depth limit ([`depth`]),
//! parsed by html5ever through `scraper`, its metadata read ([`meta`]), and the
//! element holding the article walked into lines ([`extract`]). The text handed on
//! is the title line, then the article's lines in the light Markdown the article
//! parser reads (`- ` list items, `![caption [credit]](src)` figures); the dates,
//! outlet and byline the markup states travel as hints with what stated them.

mod boilerplate;
mod charset;
mod depth;
mod extract;
mod meta;

use scraper::{ElementRef, Html, Selector};

use extract::{Extractor, Line, LineKind};
use meta::{PageMeta, collapse};

use super::error::IngestErrorKind;
use super::reader::{DocumentSink, Extracted, Hint, Hints, Limits, Reader, SourceFile};
use crate::article::{PublishedDate, parse_stamp};

/// Reads saved web pages.
pub struct HtmlReader;

impl Reader for HtmlReader {
    fn read(
        &self,
        file: &SourceFile<'_>,
        limits: &Limits,
        sink: &mut dyn DocumentSink,
    ) -> Result<(), IngestErrorKind> {
        let decoded = charset::decode_page(file.bytes)?;
        let page = depth::flatten(&decoded.text, limits.max_markup_depth);
        let doc = Html::parse_document(&page);
        let mut article =
            read_page(&doc, limits.max_markup_depth).ok_or(IngestErrorKind::NoArticleText)?;
        if article.1.url.is_none() {
            article.1.url = saved_from(&decoded.text);
        }
        sink.article(Extracted {
            record: None,
            text: article.0,
            encoding: decoded.encoding,
            hints: article.1,
            source_bytes: None,
        });
        Ok(())
    }
}

/// The address a browser notes when it saves a page: `<!-- saved from url=(0042)https://… -->`.
fn saved_from(page: &str) -> Option<String> {
    let head = page.get(..page.len().min(4096)).unwrap_or(page);
    let at = head.find("saved from url=(")?;
    let rest = &head[at + "saved from url=(".len()..];
    let rest = &rest[rest.find(')')? + 1..];
    let end = rest
        .find(char::is_whitespace)
        .into_iter()
        .chain(rest.find("-->"))
        .min()
        .unwrap_or(rest.len());
    let url = rest[..end].trim();
    url.starts_with("http").then(|| url.to_owned())
}

/// The text of an HTML fragment (a record's body stored as markup), as paragraphs.
pub fn fragment_text(html: &str) -> String {
    let limit = super::Limits::default().max_markup_depth;
    let flat = depth::flatten(html, limit);
    let doc = Html::parse_fragment(&flat);
    let extractor = Extractor::new(&doc, limit);
    render(&extractor.lines(doc.root_element()))
}

/// The page's text and hints, or `None` when it holds no article text.
fn read_page(doc: &Html, max_depth: usize) -> Option<(String, Hints)> {
    let meta = meta::read(doc);
    let extractor = Extractor::new(doc, max_depth);
    let root = extractor.content_root();
    let mut lines = root.map(|r| extractor.lines(r)).unwrap_or_default();
    let body_chars: usize = lines.iter().map(|l| l.text.chars().count()).sum();
    if body_chars < 140
        && let Some(body) = meta
            .article_body
            .as_deref()
            .filter(|b| b.chars().count() > body_chars)
    {
        lines = body
            .split('\n')
            .map(collapse)
            .filter(|p| !p.is_empty())
            .map(|text| Line {
                kind: LineKind::Paragraph,
                text,
            })
            .collect();
    }
    let (title, title_from) = match title(doc, root, &meta) {
        Some(found) => found,
        None => first_line_title(&mut lines)?,
    };
    lines.retain(|l| l.text != title);
    if lines.is_empty() {
        return None;
    }
    let mut text = String::with_capacity(body_chars + title.len() + 64);
    text.push_str(&title);
    text.push_str("\n\n");
    text.push_str(&render(&lines));
    let hints = hints(doc, meta, title, title_from);
    Some((text, hints))
}

/// Lines in the article parser's light Markdown, a blank line between blocks.
fn render(lines: &[Line]) -> String {
    let mut out = String::new();
    for line in lines {
        match &line.kind {
            LineKind::ListItem => {
                out.push_str("- ");
                out.push_str(&line.text);
            }
            LineKind::Caption { src } => {
                out.push_str("![");
                out.push_str(&line.text);
                out.push_str("](");
                out.push_str(&src.replace([' ', ')'], ""));
                out.push(')');
            }
            LineKind::Heading | LineKind::Paragraph => out.push_str(&line.text),
        }
        out.push_str("\n\n");
    }
    out
}

/// The title: the article's `<h1>`, else the JSON-LD or Open Graph headline, else the
/// `<title>` without the site name; with what gave it.
fn title(doc: &Html, root: Option<ElementRef<'_>>, meta: &PageMeta) -> Option<(String, String)> {
    let h1s: Vec<String> = Selector::parse("h1")
        .ok()
        .map(|s| {
            doc.select(&s)
                .map(|h| collapse(&h.text().collect::<String>()))
                .collect()
        })
        .unwrap_or_default();
    let in_root = root.and_then(|r| {
        let s = Selector::parse("h1").ok()?;
        r.select(&s)
            .map(|h| collapse(&h.text().collect::<String>()))
            .find(|t| !t.is_empty())
    });
    let headline = meta.headline.as_ref().map(|h| strip_site(&h.value));
    let matching = h1s.iter().find(|h| {
        headline
            .as_deref()
            .is_some_and(|m| !h.is_empty() && (m.contains(h.as_str()) || h.contains(m)))
    });
    let wordy = h1s.iter().find(|h| h.split_whitespace().count() >= 3);
    if let Some(h1) = in_root
        .or_else(|| matching.cloned())
        .or_else(|| wordy.cloned())
    {
        return Some((h1, "<h1>".to_owned()));
    }
    if let (Some(headline), Some(hint)) = (headline, &meta.headline) {
        return Some((headline, hint.from.clone()));
    }
    // A `<title>` names the article only when the page's text repeats it; legacy pages
    // title every page with the site's name (`جريدة الأفق :: مقالات`).
    let in_text = |t: &str| {
        let words: Vec<&str> = t.split_whitespace().collect();
        let text: String = root.map(|r| r.text().collect()).unwrap_or_default();
        let shared = words.iter().filter(|w| text.contains(**w)).count();
        words.len() >= 3 && shared * 4 >= words.len() * 3
    };
    meta.document_title
        .as_deref()
        .map(|t| (strip_site(t), "<title>".to_owned()))
        .filter(|(t, _)| !t.is_empty() && in_text(t))
}

/// The text's first line as the title, when it is short and not a sentence.
fn first_line_title(lines: &mut Vec<Line>) -> Option<(String, String)> {
    let first = lines.first()?;
    let chars = first.text.chars().count();
    if chars > 150
        || first.text.ends_with(['.', ':', '،'])
        || first.kind != LineKind::Paragraph && first.kind != LineKind::Heading
    {
        return None;
    }
    let title = lines.remove(0).text;
    Some((title, "first line of the page's text".to_owned()))
}

/// `الخبر - اسم الموقع` → `الخبر`: the longest part of a title split at ` - `, ` | `, ` – `.
fn strip_site(title: &str) -> String {
    title_parts(title)
        .into_iter()
        .max_by_key(|p| p.chars().count())
        .map_or_else(|| title.trim().to_owned(), |p| p.trim().to_owned())
}

/// A `<title>` cut at the separators sites put between headline and site name.
fn title_parts(title: &str) -> Vec<&str> {
    let mut parts = vec![title];
    for separator in [" | ", " - ", " – ", " — ", " :: "] {
        parts = parts.into_iter().flat_map(|p| p.split(separator)).collect();
    }
    parts
}

/// The other side of a `<title>`'s separator, taken as the outlet's name.
fn site_from_title(title: &str) -> Option<String> {
    let main = strip_site(title);
    title_parts(title)
        .into_iter()
        .map(str::trim)
        .find(|p| *p != main && !p.is_empty() && p.split_whitespace().count() <= 4)
        .map(str::to_owned)
}

fn hints(doc: &Html, meta: PageMeta, title: String, title_from: String) -> Hints {
    let published = meta.published.or_else(|| date_near_title(doc));
    // The other side of the `<title>` is the site's name only when this side is the
    // article's title; a legacy page's `<title>` is all site (`جريدة الأفق :: مقالات`).
    let titled = |t: &&str| {
        let main = strip_site(t);
        main == title || title.contains(&main) || main.contains(&title)
    };
    let outlet = meta.outlet.or_else(|| {
        meta.document_title
            .as_deref()
            .filter(titled)
            .and_then(site_from_title)
            .map(|s| Hint::strong(s, "<title>"))
    });
    let byline = meta.byline.or_else(|| byline_element(doc));
    Hints {
        title: Some(Hint::strong(title, title_from)),
        published,
        updated: meta.updated,
        outlet,
        byline,
        section: meta.section,
        url: meta.url,
    }
}

/// Class and id words of the elements that show a page's date or author.
const DATE_WORDS: &[&str] = &[
    "date",
    "time",
    "published",
    "publish",
    "posted",
    "timestamp",
    "datetime",
    "pubdate",
];
const AUTHOR_WORDS: &[&str] = &["author", "byline", "writer", "by"];

fn named_elements<'a>(
    doc: &'a Html,
    words: &'a [&str],
) -> impl Iterator<Item = ElementRef<'a>> + 'a {
    doc.tree
        .root()
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(move |el| {
            el.value().name() == "time" && words == DATE_WORDS
                || el.value().classes().chain(el.value().id()).any(|name| {
                    name.to_ascii_lowercase()
                        .split(['-', '_'])
                        .any(|w| words.contains(&w))
                })
        })
}

/// A worded or numeric date in an element named for dates (`<span class="date">`).
fn date_near_title(doc: &Html) -> Option<Hint<PublishedDate>> {
    named_elements(doc, DATE_WORDS).take(40).find_map(|el| {
        let text = collapse(&el.text().collect::<String>());
        if text.chars().count() > 120 {
            return None;
        }
        let stamp = parse_stamp(&text)?;
        stamp
            .published
            .map(|d| Hint::strong(d, "date shown on the page"))
    })
}

/// A short author name in an element named for bylines.
fn byline_element(doc: &Html) -> Option<Hint<String>> {
    named_elements(doc, AUTHOR_WORDS).take(20).find_map(|el| {
        let text = collapse(&el.text().collect::<String>());
        let mut name = text.trim_start_matches(|c: char| !c.is_alphabetic());
        for prefix in ["بقلم", "كتب", "By ", "by "] {
            name = name.strip_prefix(prefix).unwrap_or(name);
        }
        let name = name.trim_start_matches([':', ' ', '-']).trim();
        let words = name.split_whitespace().count();
        ((1..=6).contains(&words)).then(|| Hint::strong(name.to_owned(), "byline on the page"))
    })
}

#[cfg(test)]
mod tests;
