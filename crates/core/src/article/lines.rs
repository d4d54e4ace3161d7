//! Classifying an article's lines by shape and position.

use super::BlockKind;
use super::dateline::{PublishedDate, days_in_month};
use super::outlet::{OutletLine, parse_outlet_line};
use super::stamp::{Stamp, parse_stamp};
use crate::Span;
use crate::text::chars::{is_arabic_indic_digit, is_standard_arabic};

/// What one non-blank line is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum LineKind {
    Section,
    Title,
    Dek,
    /// A publication stamp: published and/or updated dates.
    Dateline(Stamp),
    /// An outlet line under the title (`Al Arabiya - لوس أنجلوس - رويترز`), spans
    /// into the whole text.
    Outlet(OutletLine),
    Byline {
        name: Span,
    },
    Heading,
    Paragraph {
        place: Option<Span>,
        outlet: Option<Span>,
    },
    ListItem,
    Image {
        caption: Span,
        credit: Option<Span>,
        path_date: Option<PublishedDate>,
    },
    Related,
}

impl LineKind {
    pub(super) fn block_kind(&self) -> BlockKind {
        match self {
            Self::Section => BlockKind::Section,
            Self::Title => BlockKind::Title,
            Self::Dek => BlockKind::Dek,
            Self::Dateline(_) | Self::Outlet(_) => BlockKind::Dateline,
            Self::Byline { .. } => BlockKind::Byline,
            Self::Heading => BlockKind::Heading,
            Self::Paragraph { .. } => BlockKind::Paragraph,
            Self::ListItem => BlockKind::ListItem,
            Self::Image { .. } => BlockKind::Caption,
            Self::Related => BlockKind::Related,
        }
    }
}

/// A classified line; `span` is the line's content without surrounding space
/// (and without the bullet, for list items).
#[derive(Clone, Debug)]
pub(super) struct Line {
    pub kind: LineKind,
    pub span: Span,
}

/// Lines that point the reader to another article.
const RELATED_PREFIXES: &[&str] = &[
    "تعرف المزيد",
    "تعرّف المزيد",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "اقرأ ايضا",
    "إقرأ أيضا",
    "إقرأ أيضاً",
    "اقرأ المزيد",
    "للمزيد",
    "شاهد أيضا",
    "شاهد أيضاً",
    "ذات صلة",
    "مواضيع ذات صلة",
    "اقرأ كذلك",
];

/// Bylines that open with a word rather than ending in `|`.
const BYLINE_PREFIXES: &[&str] = &["بقلم", "كتب", "كتبت", "إعداد", "اعداد", "تقرير"];

/// Longest line, in characters, that can still be a title.
const MAX_TITLE_CHARS: usize = 150;
/// Longest line, in characters, that can be a dek between title and image or byline.
const MAX_DEK_CHARS: usize = 320;
/// Longest line that can be a section label or a heading.
const MAX_SECTION_CHARS: usize = 30;
const MAX_HEADING_CHARS: usize = 90;
const MAX_HEADING_WORDS: usize = 12;

/// Classifies every non-blank line of `text`.
pub(super) fn classify(text: &str) -> Vec<Line> {
    let raw = content_lines(text);
    let mut kinds: Vec<Option<LineKind>> =
        raw.iter().map(|&span| intrinsic_kind(text, span)).collect();
    classify_outlet_lines(text, &raw, &mut kinds);
    classify_header(text, &raw, &mut kinds);
    classify_body(text, &raw, &mut kinds);
    raw.into_iter()
        .zip(kinds)
        .map(|(span, kind)| {
            let kind = kind.unwrap_or(LineKind::Paragraph {
                place: None,
                outlet: None,
            });
            let span = if kind == LineKind::ListItem {
                strip_bullet(text, span)
            } else {
                span
            };
            Line { kind, span }
        })
        .collect()
}

/// The trimmed span of every non-blank line.
fn content_lines(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        let leading = line.len() - line.trim_start().len();
        let content = line.trim();
        if !content.is_empty() && !is_invisible_only(content) {
            let s = start + leading;
            spans.push(Span::new(s, s + content.len()));
        }
        start = end;
    }
    spans
}

/// Lines made only of format characters (RLM, ZWSP…) count as blank.
fn is_invisible_only(s: &str) -> bool {
    s.chars().all(|c| c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}'))
}

/// Kinds a line has whatever its position: datelines, images, bylines, lists, related links.
fn intrinsic_kind(text: &str, span: Span) -> Option<LineKind> {
    let line = &text[span.start..span.end];
    if let Some(stamp) = parse_stamp(line) {
        return Some(LineKind::Dateline(stamp));
    }
    if let Some(image) = parse_image(text, span) {
        return Some(image);
    }
    if let Some(name) = parse_byline(line) {
        let start = span.start + name.0;
        return Some(LineKind::Byline {
            name: Span::new(start, start + name.1.len()),
        });
    }
    if bullet_len(line).is_some() {
        return Some(LineKind::ListItem);
    }
    if RELATED_PREFIXES.iter().any(|p| line.starts_with(p)) {
        return Some(LineKind::Related);
    }
    None
}

/// How many lines from the top an outlet line may sit.
const OUTLET_LINE_WINDOW: usize = 6;

/// Outlet lines in the header: directly under the first line (the title) or beside a
/// stamp line. Further down, `BBC Arabic` or `باريس - وكالات` is body text.
fn classify_outlet_lines(text: &str, raw: &[Span], kinds: &mut [Option<LineKind>]) {
    let first_open = (0..raw.len()).find(|&i| kinds[i].is_none());
    for i in 0..raw.len().min(OUTLET_LINE_WINDOW) {
        if kinds[i].is_some() || Some(i) == first_open {
            continue;
        }
        let is_stamp = |j: usize| matches!(kinds.get(j), Some(Some(LineKind::Dateline(_))));
        let under_title = first_open.is_some_and(|f| i == f + 1);
        if !(under_title || is_stamp(i + 1) || (i > 0 && is_stamp(i - 1))) {
            continue;
        }
        let span = raw[i];
        if let Some(parts) = parse_outlet_line(&text[span.start..span.end]) {
            let shift =
                |s: Option<Span>| s.map(|s| Span::new(span.start + s.start, span.start + s.end));
            kinds[i] = Some(LineKind::Outlet(OutletLine {
                outlet: shift(parts.outlet),
                place: shift(parts.place),
                agency: shift(parts.agency),
            }));
        }
    }
}

/// Section label, title and dek: decided by position at the top of the article.
fn classify_header(text: &str, raw: &[Span], kinds: &mut [Option<LineKind>]) {
    let open: Vec<usize> = (0..raw.len())
        .filter(|&i| kinds[i].is_none())
        .take(3)
        .collect();
    let Some(&first) = open.first() else {
        return;
    };
    let line_of = |i: usize| &text[raw[i].start..raw[i].end];
    let mut title_at = first;
    if let Some(&second) = open.get(1) {
        // Only lines before the body count: a section label sits among the
        // header lines, directly above the title.
        let label = line_of(first);
        let title = line_of(second);
        if is_section_label(label)
            && char_len(title) > char_len(label)
            && looks_like_title(title)
            && !title.ends_with('.')
            && second <= first + 2
        {
            kinds[first] = Some(LineKind::Section);
            title_at = second;
        }
    }
    if !looks_like_title(line_of(title_at)) {
        return;
    }
    kinds[title_at] = Some(LineKind::Title);
    let Some(dek_at) = (title_at + 1..raw.len()).find(|&i| kinds[i].is_none()) else {
        return;
    };
    let dek = line_of(dek_at);
    let next_is_furniture = raw
        .get(dek_at + 1)
        .and(kinds.get(dek_at + 1))
        .is_some_and(|k| {
            matches!(
                k,
                Some(
                    LineKind::Image { .. }
                        | LineKind::Byline { .. }
                        | LineKind::Dateline(_)
                        | LineKind::Outlet(_)
                )
            )
        });
    if next_is_furniture && char_len(dek) <= MAX_DEK_CHARS && dek_at == title_at + 1 {
        kinds[dek_at] = Some(LineKind::Dek);
    }
}

/// Headings and paragraphs (with a place dateline on the first paragraph).
fn classify_body(text: &str, raw: &[Span], kinds: &mut [Option<LineKind>]) {
    let mut first_paragraph = true;
    for i in 0..raw.len() {
        if kinds[i].is_some() {
            continue;
        }
        let line = &text[raw[i].start..raw[i].end];
        let followed_by_text = kinds[i + 1..]
            .iter()
            .any(|k| k.is_none() || matches!(k, Some(LineKind::ListItem)));
        if looks_like_heading(line) && followed_by_text {
            kinds[i] = Some(LineKind::Heading);
            continue;
        }
        let (place, outlet) = if first_paragraph {
            place_dateline(text, raw[i])
        } else {
            (None, None)
        };
        first_paragraph = false;
        kinds[i] = Some(LineKind::Paragraph { place, outlet });
    }
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Punctuation that ends a sentence or introduces what follows; a heading or title has none.
fn ends_like_prose(s: &str) -> bool {
    s.ends_with(['.', ':', '،', ',', '؛', ';'])
}

fn is_section_label(s: &str) -> bool {
    char_len(s) <= MAX_SECTION_CHARS
        && word_count(s) <= 3
        && !ends_like_prose(s)
        && !s.ends_with(['؟', '?', '!'])
}

fn looks_like_title(s: &str) -> bool {
    // A long first line that ends like prose is a lead paragraph, not a title.
    let chars = char_len(s);
    chars <= MAX_TITLE_CHARS && !(s.ends_with('.') && chars > 120) && !s.ends_with([':', '،', ','])
}

fn looks_like_heading(s: &str) -> bool {
    char_len(s) <= MAX_HEADING_CHARS
        && word_count(s) <= MAX_HEADING_WORDS
        && !ends_like_prose(s)
        && !s.starts_with(['"', '“', '«', '(', '['])
}

/// The byte length of a list bullet and the space after it, if the line starts with one.
fn bullet_len(line: &str) -> Option<usize> {
    let mut chars = line.char_indices();
    let (_, first) = chars.next()?;
    let after_marker = if matches!(first, '-' | '•' | '*' | '·' | '▪' | '●' | '–') {
        first.len_utf8()
    } else {
        // Numbered items: `1. `, `١- `, `2) `.
        let digits_end = line
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_digit() || is_arabic_indic_digit(c)))
            .map(|(i, _)| i)?;
        if digits_end == 0 || digits_end > 6 {
            return None;
        }
        let marker = line[digits_end..].chars().next()?;
        if !matches!(marker, '.' | '-' | ')' | '–') {
            return None;
        }
        digits_end + marker.len_utf8()
    };
    let rest = &line[after_marker..];
    let trimmed = rest.trim_start();
    if trimmed.is_empty() {
        return None;
    }
    if trimmed.len() < rest.len() || bullet_needs_no_space(first, line, trimmed) {
        return Some(line.len() - trimmed.len());
    }
    None
}

/// Scraped lists often glue the bullet to the word (`*فضاء`, `•المطار`): a
/// typographic bullet never starts a word, and `*` or `-` directly before an
/// Arabic letter is a bullet too, unless `*…*` is markdown emphasis.
fn bullet_needs_no_space(marker: char, line: &str, rest: &str) -> bool {
    let arabic_next = rest.chars().next().is_some_and(is_standard_arabic);
    match marker {
        '•' | '▪' | '●' | '·' => true,
        '*' => arabic_next && !line.trim_end().ends_with('*'),
        '-' | '–' => arabic_next,
        _ => false,
    }
}

fn strip_bullet(text: &str, span: Span) -> Span {
    let line = &text[span.start..span.end];
    bullet_len(line).map_or(span, |n| Span::new(span.start + n, span.end))
}

/// `نور الدين عمر |` or `بقلم: سلمى الحداد` → (offset of the name in the line, name).
fn parse_byline(line: &str) -> Option<(usize, &str)> {
    if let Some(name) = line.strip_suffix('|') {
        let name = name.trim_end();
        if !name.is_empty() && word_count(name) <= 6 && !name.contains('|') {
            return Some((0, name));
        }
    }
    for prefix in BYLINE_PREFIXES {
        if let Some(rest) = line.strip_prefix(prefix) {
            if !rest.starts_with([':', ' ', '–', '-']) {
                continue;
            }
            let trimmed = rest.trim_start_matches([':', ' ', '–', '-']);
            let name = trimmed.trim_end();
            if !name.is_empty() && word_count(name) <= 5 && !ends_like_prose(name) {
                return Some((line.len() - trimmed.len(), name));
            }
        }
    }
    None
}

/// `![caption [credit]](/path/2025/11/25/x.webp)`.
fn parse_image(text: &str, span: Span) -> Option<LineKind> {
    let line = &text[span.start..span.end];
    let inner = line.strip_prefix("![")?;
    let close = inner.rfind("](")?;
    let path = inner[close + 2..].strip_suffix(')')?;
    let alt = &inner[..close];
    let alt_start = span.start + 2;
    let (caption, credit) = match alt
        .trim_end()
        .strip_suffix(']')
        .and_then(|a| a.rfind('[').map(|open| (a, open)))
    {
        Some((a, open)) => {
            let credit = Span::new(alt_start + open + 1, alt_start + a.len());
            let cap = alt[..open].trim_end();
            (
                Span::new(alt_start, alt_start + cap.len()),
                Some(credit).filter(|c| !c.is_empty()),
            )
        }
        None => (Span::new(alt_start, alt_start + alt.trim_end().len()), None),
    };
    Some(LineKind::Image {
        caption,
        credit,
        path_date: date_in_path(path),
    })
}

/// A `/YYYY/MM/DD/` run inside an image path.
fn date_in_path(path: &str) -> Option<PublishedDate> {
    let parts: Vec<&str> = path.split('/').collect();
    parts.windows(3).find_map(|w| {
        let numeric = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
        if !(numeric(w[0], 4) && numeric(w[1], 2) && numeric(w[2], 2)) {
            return None;
        }
        let (year, month, day) = (w[0].parse().ok()?, w[1].parse().ok()?, w[2].parse().ok()?);
        if !(1990..=2100).contains(&year) || day > days_in_month(year, month) {
            return None;
        }
        PublishedDate::from_ymd(year, month, day)
    })
}

/// Words that open a clause, not a place name, when they precede a colon.
const NOT_PLACE_WORDS: &[&str] = &[
    "قال",
    "وقال",
    "قالت",
    "وقالت",
    "أضاف",
    "وأضاف",
    "أكد",
    "وأكد",
    "المصدر",
    "مصدر",
    "ملاحظة",
    "تنويه",
    "تحديث",
    "عاجل",
];

/// A paragraph opening like `المهدية :`, `تونس – ` or `دبي، الإمارات العربية المتحدة (CNN) –`:
/// the place, and an outlet named in parentheses.
fn place_dateline(text: &str, span: Span) -> (Option<Span>, Option<Span>) {
    let line = &text[span.start..span.end];
    let Some((sep_at, _)) = line.char_indices().take(70).find(|&(i, c)| {
        c == ':'
            || c == '–'
            || c == '—'
            || (c == '-' && line[..i].ends_with(' ') && line[i + 1..].starts_with(' '))
    }) else {
        return (None, None);
    };
    let mut prefix = &line[..sep_at];
    // `القاهرة - (وكالات) -`: the outlet sits between two separators.
    let after_sep = line[sep_at..]
        .trim_start_matches(['-', '–', '—', ':'])
        .trim_start();
    let outlet_after = after_sep
        .strip_prefix('(')
        .and_then(|rest| rest.find(')').map(|close| (rest, close)))
        .filter(|(rest, close)| {
            rest[close + 1..]
                .trim_start()
                .starts_with(['-', '–', '—', ':'])
        })
        .map(|(rest, close)| {
            let start = span.start + (line.len() - rest.len());
            Span::new(start, start + close)
        });
    let (place_part, outlet) = match (prefix.find('('), prefix.rfind(')')) {
        (Some(open), Some(close)) if open < close => {
            let outlet = Span::new(span.start + open + 1, span.start + close);
            (&prefix[..open], Some(outlet))
        }
        _ => (prefix, outlet_after),
    };
    // `طرابلس 15 جوان 2025 (مراسلون) -`: the place comes before the date.
    if let Some(digit_word) = place_part.split_whitespace().position(|w| {
        w.chars()
            .any(|c| c.is_ascii_digit() || is_arabic_indic_digit(c))
    }) {
        let cut = place_part
            .split_whitespace()
            .nth(digit_word)
            .and_then(|w| place_part.find(w))
            .unwrap_or(0);
        prefix = &place_part[..cut];
    } else {
        prefix = place_part;
    }
    let place_part = prefix;
    let place = place_part
        .trim_end_matches([' ', '،', ',', '-', '–'])
        .trim_end();
    let words = word_count(place);
    if place.is_empty()
        || words > 5
        || place
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '"' | '“' | '«' | '.'))
        || place
            .split_whitespace()
            .next()
            .is_some_and(|w| NOT_PLACE_WORDS.contains(&w))
    {
        return (None, None);
    }
    (
        Some(Span::new(span.start, span.start + place.len())),
        outlet,
    )
}
