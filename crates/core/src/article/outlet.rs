//! Outlet lines under a title: `BBC Arabic`, `Al Arabiya - لوس أنجلوس - رويترز`,
//! `دبي - سكاي نيوز عربية`, `فرانس 24/ أ ف ب`: the outlet that published the article,
//! the dateline place and the news agency it credits, in any order.

use crate::Span;
use crate::text::fold::fold_key;

/// The parts of an outlet line, as byte spans into the line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OutletLine {
    pub outlet: Option<Span>,
    pub place: Option<Span>,
    pub agency: Option<Span>,
}

/// News agencies, folded (`text::fold::fold_key`), Arabic and Latin.
const AGENCIES: &[&str] = &[
    "رويترز",
    "فرانس برس",
    "وكاله فرانس برس",
    "ا ف ب",
    "اف ب",
    "ا.ف.ب",
    "ا ف ب.",
    "اسوشيتد برس",
    "اسوشيتدبرس",
    "ا ب",
    "د ب ا",
    "د.ب.ا",
    "الاناضول",
    "وكاله الاناضول",
    "وكالات",
    "وكالات الانباء",
    "سبوتنيك",
    "شينخوا",
    "واس",
    "وام",
    "قنا",
    "كونا",
    "سانا",
    "بنا",
    "وفا",
    "ومع",
    "تاس",
    "ايرنا",
    "يو بي اي",
    "افي",
    "وكاله الصحافه الفرنسيه",
    "الوكاله الفرنسيه",
    "وكاله رويترز",
    "وكاله الانباء الالمانيه",
    "الصحافه الفرنسيه",
    "reuters",
    "afp",
    "ap",
    "dpa",
    "xinhua",
    "anadolu",
    "agencies",
];

/// Arabic news outlets whose names are not Latin, folded. Latin names are recognised
/// by their shape, not listed.
const OUTLETS: &[&str] = &[
    "العربيه",
    "العربيه.نت",
    "العربيه نت",
    "الحدث",
    "الجزيره",
    "الجزيره نت",
    "الجزيره.نت",
    "سكاي نيوز عربيه",
    "سكاي نيوز",
    "بي بي سي عربي",
    "بي بي سي",
    "سي ان ان بالعربيه",
    "سي ان ان",
    "فرانس 24",
    "فرانس24",
    "دويتشه فيله",
    "الحره",
    "روسيا اليوم",
    "ار تي عربي",
    "الشرق الاوسط",
    "القدس العربي",
    "العربي الجديد",
    "الاهرام",
    "اليوم السابع",
    "المصري اليوم",
    "الشروق",
    "النهار",
    "الحياه",
    "عكاظ",
    "الرياض",
    "البيان",
    "الخليج",
    "الاتحاد",
    "الراي",
    "الغد",
    "هسبريس",
    "الصباح",
    "موزاييك اف ام",
    "الجوهره اف ام",
    "يورونيوز",
];

/// Longest segment, in words, that can be an outlet, place or agency.
const MAX_SEGMENT_WORDS: usize = 5;

/// What one part of an outlet line is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Outlet,
    Agency,
    /// A short run of Arabic words: a place, or an agency by its position.
    Other,
}

/// Reads a line as an outlet line; `None` when any part of it is something else.
///
/// A line needs an outlet or an agency; a place alone is a dateline of another kind.
/// Parts that are neither a known agency nor an outlet are, in order, the place and
/// (after an outlet) the agency: `Al Arabiya - لوس أنجلوس - وكالة الصحافة الفرنسية`.
pub fn parse_outlet_line(line: &str) -> Option<OutletLine> {
    if line.chars().nth(90).is_some() {
        return None;
    }
    let mut found: Vec<(Part, Span)> = Vec::new();
    for (start, segment) in segments_of(line) {
        for (offset, piece) in split_parenthesis(segment) {
            if found.len() >= 5 || piece.split_whitespace().nth(MAX_SEGMENT_WORDS).is_some() {
                return None;
            }
            let span = Span::new(start + offset, start + offset + piece.len());
            found.push((classify(piece)?, span));
        }
    }
    let mut parts = OutletLine::default();
    for &(kind, span) in &found {
        let slot = match kind {
            Part::Outlet => &mut parts.outlet,
            Part::Agency => &mut parts.agency,
            Part::Other => continue,
        };
        if slot.is_none() {
            *slot = Some(span);
        }
    }
    if parts.outlet.is_none() && parts.agency.is_none() {
        return None;
    }
    for &(_, span) in found.iter().filter(|(k, _)| *k == Part::Other) {
        if parts.place.is_none() {
            parts.place = Some(span);
        } else if parts.agency.is_none() {
            parts.agency = Some(span);
        } else {
            return None;
        }
    }
    Some(parts)
}

fn classify(piece: &str) -> Option<Part> {
    let folded = fold_key(piece).to_lowercase();
    let folded = folded.trim_end_matches('.');
    if AGENCIES.contains(&folded) || folded.starts_with("وكاله ") {
        Some(Part::Agency)
    } else if OUTLETS.contains(&folded) || is_latin_name(piece) {
        Some(Part::Outlet)
    } else if is_place_like(piece) {
        Some(Part::Other)
    } else {
        None
    }
}

/// `دبي، الإمارات العربية المتحدة (CNN)` → the place and the name in parentheses,
/// with their offsets in the segment.
fn split_parenthesis(segment: &str) -> Vec<(usize, &str)> {
    let (Some(open), Some(close)) = (segment.find('('), segment.rfind(')')) else {
        return vec![(0, segment)];
    };
    if close < open || close + 1 != segment.len() {
        return vec![(0, segment)];
    }
    let mut out = Vec::with_capacity(2);
    let before = segment[..open].trim_end();
    if !before.is_empty() {
        out.push((0, before));
    }
    let inner = &segment[open + 1..close];
    let lead = inner.len() - inner.trim_start().len();
    if !inner.trim().is_empty() {
        out.push((open + 1 + lead, inner.trim()));
    }
    out
}

/// Segments between ` - `, `–`, `—`, `|` and `/`, trimmed, with their byte offsets.
fn segments_of(line: &str) -> Vec<(usize, &str)> {
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let bytes = line.as_bytes();
    for (i, c) in line.char_indices() {
        let spaced_hyphen =
            c == '-' && i > 0 && bytes.get(i - 1) == Some(&b' ') && bytes.get(i + 1) == Some(&b' ');
        if spaced_hyphen || matches!(c, '–' | '—' | '|' | '/') {
            cuts.push((i, i + c.len_utf8()));
        }
    }
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for (cut_start, cut_end) in cuts
        .into_iter()
        .chain(std::iter::once((line.len(), line.len())))
    {
        let raw = &line[start..cut_start];
        let lead = raw.len() - raw.trim_start().len();
        let piece = raw.trim();
        if !piece.is_empty() {
            out.push((start + lead, piece));
        }
        start = cut_end;
    }
    out
}

/// `BBC Arabic`, `CNN Arabic`, `Sky News Arabia`, `France 24`, `aljazeera.net`: a short
/// name in Latin letters with at least one capital or a domain.
fn is_latin_name(segment: &str) -> bool {
    let words: Vec<&str> = segment.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= MAX_SEGMENT_WORDS
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '&' | '\'' | '-'))
        })
        && segment.chars().any(|c| c.is_ascii_alphabetic())
        && (segment.chars().any(|c| c.is_ascii_uppercase()) || segment.contains('.'))
}

/// A short run of Arabic words (commas allowed) with no digits: a city or country.
fn is_place_like(segment: &str) -> bool {
    segment
        .split_whitespace()
        .map(|w| w.trim_end_matches(['،', ',']))
        .all(|w| !w.is_empty() && w.chars().all(crate::text::chars::is_arabic_letter))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (outlet, place, agency) as text.
    type Parts<'a> = (Option<&'a str>, Option<&'a str>, Option<&'a str>);

    fn parts(line: &str) -> Option<Parts<'_>> {
        let p = parse_outlet_line(line)?;
        let text = |s: Option<Span>| s.map(|s| &line[s.start..s.end]);
        Some((text(p.outlet), text(p.place), text(p.agency)))
    }

    #[test]
    fn outlet_place_and_agency_in_any_order() {
        let cases: &[(&str, Option<Parts<'_>>)] = &[
            ("BBC Arabic", Some((Some("BBC Arabic"), None, None))),
            ("CNN Arabic", Some((Some("CNN Arabic"), None, None))),
            (
                "Al Arabiya - لوس أنجلوس - رويترز",
                Some((Some("Al Arabiya"), Some("لوس أنجلوس"), Some("رويترز"))),
            ),
            (
                "Sky News Arabia - أبوظبي",
                Some((Some("Sky News Arabia"), Some("أبوظبي"), None)),
            ),
            (
                "دبي - العربية.نت",
                Some((Some("العربية.نت"), Some("دبي"), None)),
            ),
            (
                "فرانس 24/ أ ف ب",
                Some((Some("فرانس 24"), None, Some("أ ف ب"))),
            ),
            (
                "سكاي نيوز عربية – القاهرة",
                Some((Some("سكاي نيوز عربية"), Some("القاهرة"), None)),
            ),
            ("باريس - وكالات", Some((None, Some("باريس"), Some("وكالات")))),
            (
                "Al Arabiya - لوس أنجلوس - وكالة الصحافة الفرنسية",
                Some((
                    Some("Al Arabiya"),
                    Some("لوس أنجلوس"),
                    Some("وكالة الصحافة الفرنسية"),
                )),
            ),
            (
                "CNN Arabic - دبي، الإمارات العربية المتحدة (CNN)",
                Some((
                    Some("CNN Arabic"),
                    Some("دبي، الإمارات العربية المتحدة"),
                    None,
                )),
            ),
            (
                "France 24 - باريس (أ ف ب)",
                Some((Some("France 24"), Some("باريس"), Some("أ ف ب"))),
            ),
            // A place alone, a title and a sentence are not outlet lines.
            ("القاهرة", None),
            ("الأمم المتحدة تحذر من كارثة إنسانية في غزة", None),
            ("وقال المتحدث باسم الوزارة - في بيان - إن الوفد وصل", None),
            ("COVID-19 في تونس: 12 إصابة جديدة", None),
        ];
        for (line, want) in cases {
            assert_eq!(parts(line), *want, "{line}");
        }
    }
}
