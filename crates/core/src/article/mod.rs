//! Article structure: blocks (title, dateline, byline, quotes…) and metadata.
//!
//! News files come in loose shapes: a section label, a title, a dek, a dateline
//! such as `2024-11-27 08:51 م`, a byline ending in `|`, headings without a
//! final period, `- ` lists, markdown images whose alt text holds a caption
//! and a bracketed credit, and "تعرف المزيد:" lines. The parser classifies
//! lines by their shape and position, never by the file name, and keeps byte
//! spans into the original text so the view can highlight inside any block.

mod bidi;
mod dateline;
mod english_date;
mod lines;
mod outlet;
mod stamp;

use serde::{Deserialize, Serialize};

pub use crate::attribution::Quote;
pub use bidi::{BidiWarning, check as check_bidi, control_name};
pub use dateline::{PublishedDate, parse_dateline, parse_text_dateline};
pub use outlet::{OutletLine, parse_outlet_line};
pub use stamp::{DateForm, Stamp, parse_stamp};

use crate::Span;
use crate::attribution::{self, Claim, Passage, PassageKind, Subject};

/// What a block of the article is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Title,
    Dek,
    Section,
    Dateline,
    Byline,
    Heading,
    Paragraph,
    ListItem,
    Quote,
    Caption,
    Related,
}

impl BlockKind {
    /// The name used in JSON output and the UI (`list_item`, `dateline`…).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Dek => "dek",
            Self::Section => "section",
            Self::Dateline => "dateline",
            Self::Byline => "byline",
            Self::Heading => "heading",
            Self::Paragraph => "paragraph",
            Self::ListItem => "list_item",
            Self::Quote => "quote",
            Self::Caption => "caption",
            Self::Related => "related",
        }
    }
}

/// One structural block: a span of the original text and its role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    /// The block's content: for list items without the bullet, for captions
    /// without the markdown syntax and the credit.
    pub span: Span,
    /// Who speaks, for quote blocks whose attribution was found.
    pub speaker: Option<String>,
    /// The photographer or agency credited, for captions.
    pub credit: Option<String>,
}

impl Block {
    fn new(kind: BlockKind, span: Span) -> Self {
        Self {
            kind,
            span,
            speaker: None,
            credit: None,
        }
    }
}

/// Where the publication date came from; a dateline beats an image path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// A dateline line such as `2024-11-27 08:51 م`.
    Dateline,
    /// A dateline in words (`الثلاثاء 12 آذار 2024`, a Hijri date with its Gregorian equivalent).
    DatelineText,
    /// A dated image path such as `/images/2025/11/25/…` (a weaker hint).
    ImagePath,
    /// A machine timestamp line: RFC 2822 (`Thu, 01 Mar 2018 09:53:40 +0400`) or ISO 8601
    /// with a time and offset, as feeds and scrapers write them.
    Machine,
    /// The file's own metadata: a meta tag, JSON-LD, a record field, a document property.
    Metadata,
}

impl DateSource {
    /// The name used in JSON output and tables (`dateline`, `dateline_text`, `machine` …).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Dateline => "dateline",
            Self::DatelineText => "dateline_text",
            Self::ImagePath => "image_path",
            Self::Machine => "machine",
            Self::Metadata => "metadata",
        }
    }
}

/// The article-level facts the text states.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    pub title: String,
    /// True when no title line was found and `title` was made from the first sentence.
    pub title_inferred: bool,
    pub section: Option<String>,
    pub byline: Option<String>,
    /// The place that opens the first paragraph (`المهدية :`, `دبي، الإمارات العربية المتحدة (CNN) –`).
    pub dateline_place: Option<String>,
    /// An outlet named in that opening (`CNN`, `وكالات`).
    pub dateline_outlet: Option<String>,
    pub published: Option<PublishedDate>,
    pub published_source: Option<DateSource>,
    /// When the article says it was last updated (`آخر تحديث:`, `Updated:`), kept apart
    /// from `published`.
    pub updated: Option<PublishedDate>,
    /// The outlet that published the article, from an outlet line under the title
    /// (`BBC Arabic`, `Al Arabiya - لوس أنجلوس - رويترز`).
    pub outlet: Option<String>,
    /// The news agency the outlet line credits (`رويترز`, `أ ف ب`).
    pub agency: Option<String>,
}

/// An article's blocks, quotes and metadata.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedArticle {
    pub blocks: Vec<Block>,
    pub quotes: Vec<Quote>,
    /// Where the body's reports name their speakers (`وقالت الناشطة ريم الأحمد إن …`).
    pub speakers: Vec<Span>,
    /// The reports of speech the text holds, before their sources are classified
    /// (`attribution::attribute` does that once the entities are known).
    #[serde(skip)]
    pub claims: Vec<Claim>,
    pub meta: Metadata,
}

/// Longest inferred title, in characters, before it is cut with an ellipsis.
const INFERRED_TITLE_CHARS: usize = 90;

/// Parses an article's decoded text into blocks and metadata.
pub fn parse(text: &str) -> ParsedArticle {
    let classified = lines::classify(text);
    let mut meta = Metadata::default();
    let mut blocks = Vec::with_capacity(classified.len());

    for line in classified {
        let span = line.span;
        let line_text = &text[span.start..span.end];
        match line.kind {
            lines::LineKind::Section => meta.section = Some(line_text.to_owned()),
            lines::LineKind::Title => line_text.clone_into(&mut meta.title),
            lines::LineKind::Dateline(stamp) => take_stamp(&mut meta, &stamp),
            lines::LineKind::Outlet(parts) => {
                let text_of = |s: Option<Span>| s.map(|s| text[s.start..s.end].to_owned());
                meta.outlet = meta.outlet.take().or_else(|| text_of(parts.outlet));
                meta.agency = meta.agency.take().or_else(|| text_of(parts.agency));
                meta.dateline_place = meta.dateline_place.take().or_else(|| text_of(parts.place));
            }
            lines::LineKind::Byline { name } => {
                meta.byline = Some(text[name.start..name.end].to_owned());
            }
            lines::LineKind::Image {
                caption,
                credit,
                path_date,
            } => {
                if meta.published.is_none()
                    && let Some(date) = path_date
                {
                    meta.published = Some(date);
                    meta.published_source = Some(DateSource::ImagePath);
                }
                let mut block = Block::new(BlockKind::Caption, caption);
                block.credit = credit.map(|c| text[c.start..c.end].to_owned());
                blocks.push(block);
                continue;
            }
            lines::LineKind::Paragraph { place, outlet } => {
                if meta.dateline_place.is_none() {
                    meta.dateline_place = place.map(|p| text[p.start..p.end].to_owned());
                }
                if meta.dateline_outlet.is_none() {
                    meta.dateline_outlet = outlet.map(|o| text[o.start..o.end].to_owned());
                }
            }
            _ => {}
        }
        let kind = line.kind.block_kind();
        blocks.push(Block::new(kind, span));
    }

    let found = attribution::find(text, &passages(&blocks));
    let quotes = found.quotes;
    promote_quote_blocks(&mut blocks, &quotes);
    let speakers = found
        .claims
        .iter()
        .filter(|c| c.passage == PassageKind::Prose && !c.frame)
        .filter_map(|c| match c.subject {
            Subject::Named(span) if attribution::may_name_a_person(text, span) => Some(span),
            _ => None,
        })
        .collect();

    if meta.title.is_empty() {
        meta.title = infer_title(text, &blocks);
        meta.title_inferred = true;
    }

    ParsedArticle {
        blocks,
        quotes,
        speakers,
        claims: found.claims,
        meta,
    }
}

/// Takes a stamp line's dates: the first published date wins over a later one and over
/// an image path; the first updated date is kept apart.
fn take_stamp(meta: &mut Metadata, stamp: &Stamp) {
    if let Some(date) = stamp.published
        && (meta.published.is_none() || meta.published_source == Some(DateSource::ImagePath))
    {
        meta.published = Some(date);
        meta.published_source = Some(match stamp.form {
            DateForm::Numeric => DateSource::Dateline,
            DateForm::Worded => DateSource::DatelineText,
            DateForm::Machine => DateSource::Machine,
        });
    }
    if meta.updated.is_none() {
        meta.updated = stamp.updated;
    }
}

/// The blocks that can report speech, as passages for [`attribution::find`].
fn passages(blocks: &[Block]) -> Vec<Passage> {
    blocks
        .iter()
        .filter_map(|b| {
            let kind = match b.kind {
                BlockKind::Paragraph | BlockKind::ListItem | BlockKind::Quote => PassageKind::Prose,
                BlockKind::Dek => PassageKind::Dek,
                BlockKind::Title | BlockKind::Heading => PassageKind::Title,
                _ => return None,
            };
            Some(Passage { span: b.span, kind })
        })
        .collect()
}

/// A paragraph that is mostly one attributed quotation reads as a quote block.
fn promote_quote_blocks(blocks: &mut [Block], quotes: &[Quote]) {
    for block in blocks.iter_mut().filter(|b| b.kind == BlockKind::Paragraph) {
        let inside: Vec<&Quote> = quotes
            .iter()
            .filter(|q| block.span.contains(q.span))
            .collect();
        let quoted: usize = inside.iter().map(|q| q.span.len()).sum();
        if !inside.is_empty() && quoted * 2 >= block.span.len() {
            block.kind = BlockKind::Quote;
            block.speaker = inside.iter().find_map(|q| q.speaker.clone());
        }
    }
}

/// The first sentence of the first paragraph, cut at a word boundary.
fn infer_title(text: &str, blocks: &[Block]) -> String {
    let Some(first) = blocks.iter().find(|b| {
        matches!(
            b.kind,
            BlockKind::Paragraph | BlockKind::Dek | BlockKind::Quote | BlockKind::Heading
        )
    }) else {
        return String::new();
    };
    let body = &text[first.span.start..first.span.end];
    let sentence_end = body
        .char_indices()
        .find(|&(_, c)| matches!(c, '.' | '؟' | '?' | '!' | '؛' | '\u{2026}'))
        .map_or(body.len(), |(i, _)| i);
    let sentence = body[..sentence_end].trim();
    shorten(sentence, INFERRED_TITLE_CHARS)
}

/// Cuts `s` to at most `max_chars` characters at a word boundary, adding `…`.
fn shorten(s: &str, max_chars: usize) -> String {
    if s.chars().count() <= max_chars {
        return s.to_owned();
    }
    let cut = s.char_indices().nth(max_chars).map_or(s.len(), |(i, _)| i);
    let head = &s[..cut];
    let head = head.rfind(' ').map_or(head, |space| &head[..space]);
    format!("{}…", head.trim_end_matches(['،', ',', ' ']))
}

#[cfg(test)]
mod tests;
