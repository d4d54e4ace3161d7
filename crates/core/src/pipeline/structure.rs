//! People the article's structure names: the byline, and the speakers of quotes.
//!
//! The tagger reads words; the parser knows that `نور الدين عمر |` is a byline
//! and that `وقالت الصحافية والناشطة الفلسطينية ابتسام السعدي` introduces a
//! speaker. Once titles and descriptive adjectives are peeled off, what remains
//! of such a phrase is a person's name, which the tagger may have missed.

use crate::article::{Block, BlockKind, Quote};
use crate::entities::gazetteer::Gazetteer;
use crate::entities::names::NameWords;
use crate::text::fold::fold_key;
use crate::{EntityType, Mention, MentionSource, Span};

/// Longest name, in words, taken from a byline or a speaker phrase.
const MAX_NAME_WORDS: usize = 4;

/// Prepositions and the like, which a person's name never contains (folded).
const NOT_NAME_WORDS: &[&str] = &[
    "باسم",
    "في",
    "من",
    "عن",
    "لدي",
    "بين",
    "مع",
    "علي",
    "الي",
    "ضمن",
    "داخل",
    "بعد",
    "قبل",
    "منذ",
    "كبير",
    "مسؤول",
];

/// Adds PERS mentions for the byline and named quote speakers that no mention covers yet.
pub fn add_structural_people(
    text: &str,
    blocks: &[Block],
    quotes: &[Quote],
    speakers: &[Span],
    gazetteer: &Gazetteer,
    mentions: &mut Vec<Mention>,
) {
    let mut found: Vec<Span> = Vec::new();
    for block in blocks.iter().filter(|b| b.kind == BlockKind::Byline) {
        if let Some(name) = byline_name(text, block.span) {
            found.push(name);
        }
    }
    for span in quotes
        .iter()
        .filter_map(|q| q.speaker_span)
        .chain(speakers.iter().copied())
    {
        if let Some(name) = name_in_phrase(text, span, gazetteer) {
            found.push(name);
        }
    }
    for span in found {
        // A shorter PERS mention inside the name (السعدي in ابتسام السعدي) gives way to the full name.
        let overlapping: Vec<&Mention> =
            mentions.iter().filter(|m| m.span.overlaps(span)).collect();
        if overlapping
            .iter()
            .any(|m| m.entity_type != EntityType::Pers || !span.contains(m.span))
        {
            continue;
        }
        mentions.retain(|m| !m.span.overlaps(span));
        let Some(name) = span.slice(text) else {
            continue;
        };
        mentions.push(Mention {
            span,
            text: name.to_owned(),
            entity_type: EntityType::Pers,
            source: MentionSource::Tagger,
            confidence: crate::model::Confidence::CERTAIN,
        });
    }
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    mentions.dedup_by_key(|m| m.span);
}

/// The name in a byline line (`نور الدين عمر |`, `بقلم: سلمى الحداد`).
fn byline_name(text: &str, line: Span) -> Option<Span> {
    let body = line.slice(text)?;
    let trimmed_end = body.trim_end_matches(['|', ' ']);
    let start = ["بقلم", "كتب", "كتبت", "إعداد", "اعداد", "تقرير"]
        .iter()
        .find_map(|p| trimmed_end.strip_prefix(p))
        .map_or(0, |rest| {
            trimmed_end.len() - rest.trim_start_matches([':', ' ', '-', '–']).len()
        });
    let name = &trimmed_end[start..];
    let words = name.split_whitespace().count();
    (1..=MAX_NAME_WORDS)
        .contains(&words)
        .then(|| Span::new(line.start + start, line.start + trimmed_end.len()))
}

/// The trailing person name of a speaker phrase, after titles and adjectives.
fn name_in_phrase(text: &str, phrase: Span, gazetteer: &Gazetteer) -> Option<Span> {
    let body = phrase.slice(text)?;
    let words: Vec<(usize, &str)> = body
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - body.as_ptr() as usize, w))
        .collect();
    // Skip the description: title words (الصحافية، الوزير), the conjunction-joined
    // titles (والناشطة) and nisba adjectives (الفلسطينية, which start with ال).
    let first_name = words.iter().position(|(_, w)| {
        let key = fold_key(w);
        let bare = key.strip_prefix('و').unwrap_or(&key);
        !(gazetteer.is_title_word(&key)
            || gazetteer.is_title_word(bare)
            || key.starts_with("ال")
            || bare.starts_with("ال"))
    })?;
    let name_words = &words[first_name..];
    // A name needs at least two words unless a title introduced it (الوزير روبيو).
    if name_words.is_empty()
        || name_words.len() > MAX_NAME_WORDS
        || (name_words.len() < 2 && first_name == 0)
    {
        return None;
    }
    // `المتحدث باسم الوزارة`, `مسؤول في الإدارة`: a description, not a name.
    if name_words
        .iter()
        .any(|(_, w)| NOT_NAME_WORDS.contains(&fold_key(w).as_str()))
    {
        return None;
    }
    // `كشف تقرير نشره موقع …`, `قال دبلوماسي عربي`: a report, an outlet or an
    // unnamed source speaks, not a person. A name starts with a word the
    // person-name list knows (a given name, or أبو/أم of a kunya).
    if !NameWords::bundled().knows(name_words[0].1) {
        return None;
    }
    // Places and organizations are not speakers' names (قالت مصر، أعلنت حماس).
    if name_words.iter().any(|(_, w)| {
        gazetteer
            .word_type(&fold_key(w))
            .is_some_and(|t| t != EntityType::Pers)
    }) {
        return None;
    }
    let (first_offset, _) = name_words[0];
    let (last_offset, last) = name_words[name_words.len() - 1];
    Some(Span::new(
        phrase.start + first_offset,
        phrase.start + last_offset + last.len(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::parse;

    fn people(text: &str) -> Vec<String> {
        let parsed = parse(text);
        let mut mentions = Vec::new();
        add_structural_people(
            text,
            &parsed.blocks,
            &parsed.quotes,
            &parsed.speakers,
            &Gazetteer::bundled(),
            &mut mentions,
        );
        mentions.into_iter().map(|m| m.text).collect()
    }

    #[test]
    fn bylines_and_speakers_become_people() {
        let cases: &[(&str, &[&str])] = &[
            (
                "عنوان الخبر هنا\nسلمى الحداد |\nنص الخبر.\n",
                &["سلمى الحداد"],
            ),
            (
                "عنوان الخبر هنا\nوقالت الصحافية والناشطة الفلسطينية ريم الأحمد للموقع، إن \"الجهود تنسق مع الجمعيات المحلية بشكل يومي\".\n",
                &["ريم الأحمد"],
            ),
            (
                "عنوان الخبر هنا\nوقالت مصر في بيان إن \"المعبر سيبقى مفتوحا طوال أيام الأسبوع\".\n",
                &[],
            ),
            (
                "عنوان الخبر هنا\nوقال المتحدث باسم الوزارة إن \"الوفد سيصل غدا إلى العاصمة\".\n",
                &[],
            ),
            (
                "عنوان الخبر هنا\nكشف تقرير نشره موقع “نبض العواصم” أن المشاورات بلغت مرحلتها الأخيرة.\n",
                &[],
            ),
            (
                "عنوان الخبر هنا\nوأكد المبعوث ستيف ويتكوف أن \"الاتفاق صامد\".\n",
                &["ستيف ويتكوف"],
            ),
            (
                "عنوان الخبر هنا\nوقال دبلوماسي غربي يعمل في المركز إن \"الوضع هش\".\n",
                &[],
            ),
            (
                "عنوان الخبر هنا\nوكشفت هشاشة الهدنة وأظهرت الحاجة إلى طرف ثالث أن \"الوقت ينفد\".\n",
                &[],
            ),
            (
                "عنوان الخبر هنا\nوقال أبو سامي، صاحب متجر في السوق: \"لم نر شيئا\".\n",
                &["أبو سامي"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(people(text), *expected, "{text}");
        }
    }
}
