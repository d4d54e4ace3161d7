//! The HTML report an analyst hands a colleague: one self-contained right-to-left file
//! (no network: the Arabic font is embedded, the timeline is an inline SVG) holding the
//! chosen articles with their entities highlighted and dates marked, the entity table
//! with counts and aliases, the analyst's notes and tags, and the timeline.
//!
//! Counts are over the chosen articles only; entities the analyst hid are left out, as
//! the sidebar leaves them out.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::Path;

use base64::Engine as _;
use marsad_core::corpus::{EntityId, ResolvedMention};
use marsad_core::pipeline::ArticleAnalysis;
use marsad_core::{EntityType, Span};

use super::report_svg::timeline_svg;
use super::{ExportSource, event_rows};
use crate::error::Error;
use crate::save::write_file_atomically;

/// The font the report's Arabic is set in, embedded so every reader sees it joined.
const NASKH: &[u8] = include_bytes!("../../../../assets/fonts/NotoNaskhArabic-Regular.ttf");

/// Which articles go in and what the report is called.
#[derive(Clone, Debug, Default)]
pub struct ReportOptions {
    /// The report's heading (and the page's title).
    pub title: String,
    /// Article paths to include, in the order given; `None`: every article, by path.
    pub articles: Option<Vec<String>>,
}

/// One entity's line in the report: counts over the chosen articles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportEntity {
    pub id: String,
    pub name: String,
    pub entity_type: EntityType,
    pub aliases: Vec<String>,
    pub mentions: usize,
    pub articles: usize,
}

/// Writes the report to `path` (atomically); returns how many articles it holds.
pub fn write_report(
    path: &Path,
    source: &ExportSource<'_>,
    options: &ReportOptions,
) -> Result<usize, Error> {
    let chosen = chosen_articles(source, options);
    let html = report_html(source, options);
    write_file_atomically(path, html.as_bytes()).map_err(|err| Error::Write {
        path: path.to_owned(),
        source: err,
    })?;
    Ok(chosen.len())
}

/// The positions in `source.articles` of the articles the report holds, in its order.
pub fn chosen_articles(source: &ExportSource<'_>, options: &ReportOptions) -> Vec<usize> {
    match &options.articles {
        Some(paths) => {
            let by_path: HashMap<&str, usize> = source
                .articles
                .iter()
                .enumerate()
                .map(|(i, a)| (a.path.as_str(), i))
                .collect();
            paths
                .iter()
                .filter_map(|p| by_path.get(p.as_str()).copied())
                .collect()
        }
        None => source.by_path(),
    }
}

/// The entities the chosen articles mention (hidden ones left out), most mentioned first.
pub fn report_entities(source: &ExportSource<'_>, chosen: &[usize]) -> Vec<ReportEntity> {
    let mut counts: HashMap<&EntityId, (usize, BTreeSet<usize>)> = HashMap::new();
    for &index in chosen {
        for resolved in source.resolution.articles.get(index).into_iter().flatten() {
            let entry = counts.entry(&resolved.entity).or_default();
            entry.0 += 1;
            entry.1.insert(index);
        }
    }
    let mut rows: Vec<ReportEntity> = source
        .resolution
        .entities
        .iter()
        .filter(|entity| !entity.hidden)
        .filter_map(|entity| {
            let (mentions, articles) = counts.get(&entity.id)?;
            Some(ReportEntity {
                id: entity.id.as_str().to_owned(),
                name: entity.name.clone(),
                entity_type: entity.entity_type,
                aliases: entity
                    .aliases
                    .iter()
                    .filter(|a| **a != entity.name)
                    .cloned()
                    .collect(),
                mentions: *mentions,
                articles: articles.len(),
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        b.mentions
            .cmp(&a.mentions)
            .then_with(|| a.name.cmp(&b.name))
    });
    rows
}

/// The whole report as one HTML document.
pub fn report_html(source: &ExportSource<'_>, options: &ReportOptions) -> String {
    let chosen = chosen_articles(source, options);
    let entities = report_entities(source, &chosen);
    let paths: BTreeSet<&str> = chosen
        .iter()
        .map(|&i| source.articles[i].path.as_str())
        .collect();
    let events: Vec<_> = event_rows(source)
        .into_iter()
        .filter(|row| row.articles.iter().any(|a| paths.contains(a.as_str())))
        .collect();
    let title = if options.title.is_empty() {
        "تقرير مرصد"
    } else {
        &options.title
    };
    let mut html = String::with_capacity(400_000);
    head(&mut html, title);
    let _ = writeln!(
        html,
        "<header><h1>{}</h1><p class=\"summary\">{} · {} · {}</p></header>",
        escape(title),
        counted(chosen.len(), ARTICLE),
        counted(entities.len(), ENTITY),
        counted(events.len(), EVENT)
    );
    html.push_str("<section id=\"timeline\"><h2>الخط الزمني</h2>\n");
    html.push_str(&timeline_svg(&events));
    html.push_str("</section>\n");
    entity_table(&mut html, &entities, source);
    html.push_str("<section id=\"articles\"><h2>المقالات</h2>\n");
    let names: Names<'_> = source
        .resolution
        .entities
        .iter()
        .filter(|e| !e.hidden)
        .map(|e| (e.id.as_str(), (e.name.as_str(), e.entity_type)))
        .collect();
    for &index in &chosen {
        let mentions = source
            .resolution
            .articles
            .get(index)
            .map_or(&[][..], Vec::as_slice);
        article_html(&mut html, source, source.articles[index], mentions, &names);
    }
    html.push_str("</section>\n</body>\n</html>\n");
    html
}

/// Shown entities by id: their name and type after the analyst's corrections.
pub type Names<'a> = HashMap<&'a str, (&'a str, EntityType)>;

/// The document's head: language, direction, the embedded font and the styles.
fn head(html: &mut String, title: &str) {
    let font = base64::engine::general_purpose::STANDARD.encode(NASKH);
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"generator\" content=\"Marsad {}\">\n<title>{}</title>\n<style>\n\
         @font-face {{ font-family: \"Marsad Naskh\"; src: url(data:font/ttf;base64,{font}) format(\"truetype\"); }}\n{}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION"),
        escape(title),
        STYLE
    );
}

/// The page's styles: one colour per entity type, as in the app.
const STYLE: &str = "body { font-family: \"Marsad Naskh\", \"Noto Naskh Arabic\", \"Noto Sans Arabic\", serif; margin: 2em auto; max-width: 60em; line-height: 1.9; color: #222; }
h1, h2, h3 { line-height: 1.4; }
.summary, .meta { color: #666; }
.text { white-space: pre-wrap; }
mark { padding: 0 .1em; border-radius: .2em; color: inherit; }
mark.PERS { background: #d6e4fa; } mark.ORG { background: #d4f0dc; }
mark.LOC { background: #fbe3c9; } mark.MISC { background: #eadcf5; }
time.date { border-bottom: 2px dotted #b35c00; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #ccc; padding: .2em .5em; text-align: start; }
.tag { display: inline-block; background: #eee; border-radius: .6em; padding: 0 .5em; margin-inline-end: .3em; }
.note { background: #fffbe6; border-inline-start: 3px solid #e0c050; padding: .3em .8em; white-space: pre-wrap; }
article { border-top: 1px solid #ccc; margin-top: 2em; }
bdi { unicode-bidi: isolate; }
svg text { font-family: \"Marsad Naskh\", sans-serif; font-size: 11px; }
";

/// A noun's forms after a number: one, two, 3–10, 11–99, and 100 or 0.
type Forms = [&'static str; 5];
const ARTICLE: Forms = ["مقالة واحدة", "مقالتان", "مقالات", "مقالةً", "مقالة"];
const ENTITY: Forms = ["كيان واحد", "كيانان", "كيانات", "كيانًا", "كيان"];
const EVENT: Forms = ["حدث واحد", "حدثان", "أحداث", "حدثًا", "حدث"];

/// `n` and its noun agreeing in number (`مقالتان`, `8 أحداث`, `12 كيانًا`).
pub fn counted(n: usize, forms: Forms) -> String {
    match (n, n % 100) {
        (1, _) => forms[0].to_owned(),
        (2, _) => forms[1].to_owned(),
        (_, 3..=10) => format!("{n} {}", forms[2]),
        (_, 11..=99) => format!("{n} {}", forms[3]),
        _ => format!("{n} {}", forms[4]),
    }
}

/// The Arabic name of an entity type.
fn type_name(entity_type: EntityType) -> &'static str {
    match entity_type {
        EntityType::Pers => "شخص",
        EntityType::Org => "منظمة",
        EntityType::Loc => "مكان",
        EntityType::Misc => "أخرى",
    }
}

/// The entity table: name, type, counts, aliases, the analyst's tags and note.
fn entity_table(html: &mut String, entities: &[ReportEntity], source: &ExportSource<'_>) {
    html.push_str(
        "<section id=\"entities\"><h2>الكيانات</h2>\n<table>\n<thead><tr><th>الاسم</th><th>النوع</th>\
         <th>الإشارات</th><th>المقالات</th><th>أسماء أخرى</th><th>الوسوم والملاحظات</th></tr></thead>\n<tbody>\n",
    );
    for entity in entities {
        let aliases: Vec<String> = entity.aliases.iter().map(|a| escape(a)).collect();
        let _ = write!(
            html,
            "<tr><td><mark class=\"{}\">{}</mark></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>",
            entity.entity_type.as_str(),
            escape(&entity.name),
            type_name(entity.entity_type),
            entity.mentions,
            entity.articles,
            aliases.join("، ")
        );
        let tags: Vec<&str> = source.workspace.entity_tags(&entity.id).collect();
        let note = source.workspace.notes.entities.get(&entity.id);
        annotations(html, &tags, note.map(String::as_str));
        html.push_str("</td></tr>\n");
    }
    html.push_str("</tbody>\n</table>\n</section>\n");
}

/// The analyst's tags and note.
fn annotations(html: &mut String, tags: &[&str], note: Option<&str>) {
    for tag in tags {
        let _ = write!(html, "<span class=\"tag\">{}</span>", escape(tag));
    }
    if let Some(note) = note.filter(|n| !n.trim().is_empty()) {
        let _ = write!(html, "<div class=\"note\">{}</div>", escape(note));
    }
}

/// One article: its title, where it came from, its tags and note, then its text.
fn article_html(
    html: &mut String,
    source: &ExportSource<'_>,
    article: &ArticleAnalysis,
    mentions: &[ResolvedMention],
    names: &Names<'_>,
) {
    let _ = write!(
        html,
        "<article>\n<h3>{}</h3>\n<p class=\"meta\"><bdi dir=\"ltr\">{}</bdi>",
        escape(&article.title),
        escape(&article.path)
    );
    if let Some(date) = &article.published {
        let _ = write!(
            html,
            " · <bdi dir=\"ltr\">{:04}-{:02}-{:02}</bdi>",
            date.year, date.month, date.day
        );
    }
    if let Some(outlet) = &article.outlet {
        let _ = write!(html, " · {}", escape(outlet));
    }
    html.push_str("</p>\n");
    let tags: Vec<&str> = source.workspace.article_tags(&article.path).collect();
    let note = source.workspace.notes.articles.get(&article.path);
    annotations(html, &tags, note.map(String::as_str));
    html.push_str("<div class=\"text\">");
    html.push_str(&marked_text(article, mentions, names));
    html.push_str("</div>\n</article>\n");
}

/// What a stretch of the text is marked as.
#[derive(Clone, Debug)]
enum Mark {
    /// An entity mention: its type and the entity's name (for the hover).
    Entity(EntityType, String),
    /// A date expression and the ISO value it was read as.
    Date(Option<String>),
}

/// The article's text, escaped, with `<mark>` around entity mentions and `<time>`
/// around dates. Where a date and a mention overlap the mention wins; marks that
/// would cut a character or cross another are left out.
pub fn marked_text(
    article: &ArticleAnalysis,
    mentions: &[ResolvedMention],
    names: &Names<'_>,
) -> String {
    let mut marks: Vec<(Span, Mark)> = Vec::new();
    for resolved in mentions {
        // A hidden entity's mentions stay unmarked.
        if let Some((name, entity_type)) = names.get(resolved.entity.as_str()) {
            let mark = Mark::Entity(*entity_type, (*name).to_owned());
            marks.push((resolved.mention.span, mark));
        }
    }
    for date in &article.dates {
        marks.push((date.span, Mark::Date(date.value_iso())));
    }
    // Entities first at equal starts, then longer first: a later overlapping mark is dropped.
    marks.sort_by_key(|(span, mark)| {
        (
            span.start,
            matches!(mark, Mark::Date(_)),
            usize::MAX - span.end,
        )
    });
    let text = &article.text;
    let mut out = String::with_capacity(text.len() * 2);
    let mut at = 0;
    for (span, mark) in marks {
        if span.start < at || span.end <= span.start || span.end > text.len() {
            continue;
        }
        let (Some(before), Some(inside)) =
            (text.get(at..span.start), text.get(span.start..span.end))
        else {
            continue;
        };
        out.push_str(&escape(before));
        match mark {
            Mark::Entity(entity_type, name) => {
                let _ = write!(
                    out,
                    "<mark class=\"{}\" title=\"{}\">{}</mark>",
                    entity_type.as_str(),
                    escape(&name),
                    escape(inside)
                );
            }
            Mark::Date(value) => {
                let value = value.unwrap_or_default();
                let _ = write!(
                    out,
                    "<time class=\"date\" datetime=\"{}\" title=\"{}\">{}</time>",
                    escape(&value),
                    escape(&value),
                    escape(inside)
                );
            }
        }
        at = span.end;
    }
    out.push_str(&escape(text.get(at..).unwrap_or_default()));
    out
}

/// The report's heading for a workspace or folder named `name` (`gaza` for
/// `gaza.marsad.ron`).
pub fn report_title(name: &str) -> String {
    let stem = name
        .strip_suffix(".marsad.ron")
        .or_else(|| name.strip_suffix(".ron"))
        .unwrap_or(name);
    format!("تقرير مرصد: {stem}")
}

/// `text` safe inside HTML text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
