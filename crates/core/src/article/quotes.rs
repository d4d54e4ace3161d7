//! Quotations, who said them, and the outlets an article cites.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use super::{Block, BlockKind};
use crate::Span;
use crate::text::chars::is_alphabetic;
use crate::text::fold::{fold_key, fold_key_into};
use crate::text::words::{WordSet, words_with_offsets};

/// A quotation: the quoted words and, when the text says so, who said them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub span: Span,
    pub speaker: Option<String>,
    /// Where the speaker is named, when named in the same sentence.
    pub speaker_span: Option<Span>,
}

/// Verbs of saying (folded) that introduce a speaker: قال، أضاف، أوضح، أكد…
const SAYING_VERBS: &[&str] = &[
    "قال",
    "قالت",
    "اضاف",
    "اضافت",
    "اوضح",
    "اوضحت",
    "اكد",
    "اكدت",
    "ذكر",
    "ذكرت",
    "شدد",
    "شددت",
    "اشار",
    "اشارت",
    "صرح",
    "صرحت",
    "تابع",
    "تابعت",
    "اعتبر",
    "اعتبرت",
    "لفت",
    "لفتت",
    "كشف",
    "كشفت",
    "اردف",
    "اردفت",
    "ختم",
    "ختمت",
    "اعلن",
    "اعلنت",
    "افاد",
    "افادت",
    "يقول",
    "تقول",
    "اكدوا",
    "قالوا",
    "وصف",
    "وصفت",
    "نقل",
    "نقلت",
    "حذر",
    "حذرت",
    "دعا",
    "دعت",
    "يضيف",
    "تضيف",
];

/// Participles that continue the last speaker's words (مضيفا، مؤكدا…).
const CONTINUING_WORDS: &[&str] = &[
    "مضيفا",
    "مضيفه",
    "مؤكدا",
    "موكدا",
    "مشيرا",
    "مشيره",
    "متابعا",
    "قائلا",
    "قائله",
    "معتبرا",
    "لافتا",
    "موضحا",
    "موضحه",
];

/// Words that end the speaker's name after a verb of saying.
const SPEAKER_STOPS: &[&str] = &[
    "ان",
    "انه",
    "انها",
    "انهم",
    "بان",
    "بانه",
    "في",
    "خلال",
    "دون",
    "عبر",
    "امس",
    "اليوم",
    "يوم",
    "لدي",
    "لدى",
    "مساء",
    "صباح",
    "ايضا",
    "كذلك",
    "عن",
    "الي",
    "على",
    "علي",
    "مع",
    "لوكاله",
    "للموقع",
    "لموقع",
    "للصحيفه",
    "لصحيفه",
    "لقناه",
    "للقناه",
    "لوسائل",
    "للصحفيين",
    "للصحافيين",
];

/// Generic nouns that are not a cited source by themselves.
const GENERIC_SOURCES: &[&str] = &[
    "المصادر",
    "مصادر",
    "التقرير",
    "تقرير",
    "التقارير",
    "تقارير",
    "البيان",
    "بيان",
    "مسؤولين",
    "مسؤول",
    "المصدر",
    "مصدر",
    "ما",
    "وسائل",
    "من",
    "عن",
    "في",
    "مع",
    "بين",
    "احد",
    "بعض",
    "عدد",
    "اثنين",
    "ثلاثه",
    "اربعه",
    "خمسه",
    "سته",
    "سبعه",
    "ثمانيه",
    "تسعه",
    "عشره",
    "مصادره",
    "مسؤولي",
    "شهود",
];

/// Words after which a cited outlet is named.
const SOURCE_CUES: &[&str] = &[
    "بحسب",
    "حسب",
    "وبحسب",
    "وحسب",
    "وفقا",
    "ووفقا",
    "نقلا",
    "ونقلا",
    "لموقع",
    "موقع",
    "صحيفه",
    "لصحيفه",
    "وكاله",
    "لوكاله",
    "قناه",
    "لقناه",
    "مجله",
    "لمجله",
    "شبكه",
    "لشبكه",
];

static SAYING: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SAYING_VERBS));
static CONTINUING: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(CONTINUING_WORDS));
static STOPS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SPEAKER_STOPS));
static GENERIC: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(GENERIC_SOURCES));
static CUES: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SOURCE_CUES));
static NOT_ATTRIBUTING_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOT_ATTRIBUTING));

/// Opening and closing quotation marks, straight quotes pairing with themselves.
const QUOTE_PAIRS: &[(char, char)] = &[('“', '”'), ('«', '»'), ('"', '"'), ('„', '“')];

/// Finds the quotations of the prose blocks, with speakers where attributed.
///
/// A speaker is the noun phrase after a verb of saying in the same sentence
/// (`قال الخبير العسكري يحيى محمد علي، …: "…"`); a pronoun verb (`وأضاف أن "…"`)
/// or a participle (`مضيفاً: "…"`) continues the last named speaker.
pub fn find_quotes(text: &str, blocks: &[Block]) -> Vec<Quote> {
    quotes_and_speakers(text, blocks).0
}

/// [`find_quotes`] and [`indirect_speakers`] in one pass: both need each
/// paragraph's attribution, the costliest part of parsing.
pub(super) fn quotes_and_speakers(text: &str, blocks: &[Block]) -> (Vec<Quote>, Vec<Span>) {
    let mut quotes = Vec::new();
    let mut speakers = Vec::new();
    let mut last_speaker: Option<String> = None;
    for block in blocks.iter().filter(|b| {
        matches!(
            b.kind,
            BlockKind::Paragraph | BlockKind::Dek | BlockKind::ListItem | BlockKind::Quote
        )
    }) {
        for (open_at, close_at) in quote_marks(text, block.span) {
            let inner = Span::new(open_at.1, close_at);
            let quoted = &text[inner.start..inner.end];
            let sentence_start = sentence_start_before(text, block.span.start, open_at.0);
            let before = &text[sentence_start..open_at.0];
            let attribution = attribution_in(before).map(|(offset, len, continues)| {
                (
                    Span::new(sentence_start + offset, sentence_start + offset + len),
                    continues,
                )
            });
            let attribution = attribution.or_else(|| {
                let after_end = sentence_end_after(text, block.span.end, close_at);
                speaker_after(&text[close_at..after_end]).map(|(offset, len)| {
                    (Span::new(close_at + offset, close_at + offset + len), false)
                })
            });
            // Short quoted phrases are names or scare quotes (“أكسيوس”, "حسم المعركة"), not speech.
            let words = quoted.split_whitespace().count();
            if words < 3 || (attribution.is_none() && words < 4) {
                continue;
            }
            let (speaker, speaker_span) = match attribution {
                Some((span, _)) if !span.is_empty() => {
                    let name = text[span.start..span.end].to_owned();
                    last_speaker = Some(name.clone());
                    (Some(name), Some(span))
                }
                Some((_, true)) => (last_speaker.clone(), None),
                _ => (None, None),
            };
            quotes.push(Quote {
                span: inner,
                speaker,
                speaker_span,
            });
        }
        // A named speaker of indirect speech (`وقال روبيو إن …`) is who a later `وأضاف` refers to.
        if let Some((offset, len, _)) = attribution_in(&text[block.span.start..block.span.end])
            && len > 0
        {
            let s = block.span.start + offset;
            last_speaker = Some(text[s..s + len].to_owned());
            if is_speech_block(block.kind) {
                speakers.push(Span::new(s, s + len));
            }
        }
    }
    (quotes, speakers)
}

/// Blocks whose attribution names a speaker of indirect speech (a dek does not).
fn is_speech_block(kind: BlockKind) -> bool {
    matches!(
        kind,
        BlockKind::Paragraph | BlockKind::Quote | BlockKind::ListItem
    )
}

/// Where paragraphs name who speaks in indirect speech (`وقالت الناشطة ريم الأحمد إن …`):
/// the speaker phrases, as spans of the original text.
pub fn indirect_speakers(text: &str, blocks: &[Block]) -> Vec<Span> {
    blocks
        .iter()
        .filter(|b| is_speech_block(b.kind))
        .filter_map(|b| {
            let (offset, len, _) = attribution_in(b.span.slice(text)?)?;
            (len > 0).then(|| Span::new(b.span.start + offset, b.span.start + offset + len))
        })
        .collect()
}

/// Pairs of (opening mark start, content start) and content end for quotations in a span.
fn quote_marks(text: &str, span: Span) -> Vec<((usize, usize), usize)> {
    let body = &text[span.start..span.end];
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < body.len() {
        let Some((at, open, close)) = body[pos..].char_indices().find_map(|(i, c)| {
            QUOTE_PAIRS
                .iter()
                .find(|(o, _)| *o == c)
                .map(|&(o, cl)| (pos + i, o, cl))
        }) else {
            break;
        };
        let content_start = at + open.len_utf8();
        let Some(rel_close) = body[content_start..].find(close) else {
            pos = content_start;
            continue;
        };
        let content_end = content_start + rel_close;
        if content_end > content_start {
            out.push((
                (span.start + at, span.start + content_start),
                span.start + content_end,
            ));
        }
        pos = content_end + close.len_utf8();
    }
    out
}

/// The end of the sentence that contains `at`, not after `ceiling`.
fn sentence_end_after(text: &str, ceiling: usize, at: usize) -> usize {
    text[at..ceiling]
        .char_indices()
        .find(|&(_, c)| matches!(c, '.' | '؟' | '?' | '!' | '؛'))
        .map_or(ceiling, |(i, _)| at + i)
}

/// Verbs that name the speaker after the quotation: `"…"، قال أبو سامي`.
const AFTER_QUOTE_VERBS: &[&str] = &[
    "قال",
    "قالت",
    "يقول",
    "تقول",
    "اضاف",
    "اضافت",
    "يضيف",
    "تضيف",
    "اكد",
    "اكدت",
    "بحسب",
    "حسب",
    "وفق",
    "ختم",
    "ختمت",
    "تابع",
    "تابعت",
];

/// The speaker named by a verb right after a quotation's closing mark.
fn speaker_after(after: &str) -> Option<(usize, usize)> {
    let words = words_with_offsets(after);
    // Skip the closing punctuation (`"،`, `»,`) to reach the verb.
    let verb_index = words
        .iter()
        .position(|(_, w)| w.chars().any(is_alphabetic))?;
    let verb = fold_key(
        words[verb_index]
            .1
            .trim_start_matches(|c: char| !is_alphabetic(c)),
    );
    let verb = verb
        .strip_prefix('و')
        .filter(|v| AFTER_QUOTE_VERBS.contains(v))
        .unwrap_or(&verb);
    if !AFTER_QUOTE_VERBS.contains(&verb) {
        return None;
    }
    let (start, end) = speaker_phrase(&words[verb_index + 1..])?;
    Some((start, end - start))
}

/// The start of the sentence that contains `at`, not before `floor`.
fn sentence_start_before(text: &str, floor: usize, at: usize) -> usize {
    text[floor..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '.' | '؟' | '?' | '!' | '؛'))
        .map_or(floor, |(i, c)| floor + i + c.len_utf8())
}

/// In the words before a quotation, the last verb of saying and the speaker it
/// names: (offset, length) of the speaker in `before` (length 0 when the verb has
/// no named subject) and whether the attribution continues an earlier speaker.
fn attribution_in(before: &str) -> Option<(usize, usize, bool)> {
    let words = words_with_offsets(before);
    let (mut key, mut previous) = (String::new(), String::new());
    let verb_at = words.iter().enumerate().rposition(|(i, (_, w))| {
        if !SAYING.may_hold_fold_of(w) && !CONTINUING.may_hold_fold_of(w) {
            return false;
        }
        fold_key_into(w, &mut key);
        let key = key
            .strip_prefix('و')
            .filter(|k| SAYING.contains(k))
            .unwrap_or(&key);
        if SAYING.contains(key) {
            // `عدم كشف اسمه`, `بعد أن أعلن`: a verbal noun or a subordinate clause, not the attribution.
            let governed = i > 0 && {
                fold_key_into(words[i - 1].1, &mut previous);
                NOT_ATTRIBUTING_SET.contains(&previous)
            };
            if !governed {
                return true;
            }
        }
        CONTINUING.contains(key.trim_end_matches(':'))
    })?;
    let verb_key = fold_key(words[verb_at].1);
    if CONTINUING_WORDS
        .iter()
        .any(|w| verb_key.trim_start_matches('و').starts_with(w))
    {
        return Some((0, 0, true));
    }
    match speaker_phrase(&words[verb_at + 1..]) {
        Some((start, end)) => Some((start, end - start, false)),
        None => Some((0, 0, true)),
    }
}

/// Words before a verb of saying that make it something other than an attribution.
const NOT_ATTRIBUTING: &[&str] = &[
    "عدم", "دون", "بدون", "بعد", "قبل", "رفض", "رفضت", "يرفض", "ما",
];

/// The noun phrase that names a speaker, from the words after a verb of saying:
/// byte range in the words' source. Ends at a comma, `إن/أن`, a preposition, or a
/// `لل…` word that closes the phrase (`للفاصل،` names the outlet spoken to).
fn speaker_phrase(words: &[(usize, &str)]) -> Option<(usize, usize)> {
    let mut end = None;
    let (mut key, mut next_key) = (String::new(), String::new());
    for (i, &(offset, word)) in words.iter().enumerate().take(10) {
        let bare = word.trim_end_matches(['،', ',', ':', '؛', '.']);
        fold_key_into(bare, &mut key);
        if STOPS.contains(&key) || bare.is_empty() || bare.starts_with(['"', '“', '«']) {
            break;
        }
        let closes_phrase = bare.len() != word.len()
            || words.get(i + 1).is_none_or(|(_, next)| {
                fold_key_into(next.trim_end_matches(['،', ',', ':']), &mut next_key);
                STOPS.contains(&next_key)
            });
        if key.starts_with("لل") && closes_phrase {
            break;
        }
        end = Some(offset + bare.len());
        if bare.len() != word.len() {
            break;
        }
    }
    end.map(|end| (words[0].0, end))
}

/// Outlets and reports the prose cites: `بحسب أكسيوس`, `تقرير لموقع "بوليتيكو"`.
pub fn find_sources(text: &str, blocks: &[Block]) -> Vec<String> {
    let mut sources: Vec<String> = Vec::new();
    for block in blocks.iter().filter(|b| {
        matches!(
            b.kind,
            BlockKind::Paragraph | BlockKind::Dek | BlockKind::Quote
        )
    }) {
        let body = &text[block.span.start..block.span.end];
        let words = words_with_offsets(body);
        let mut key = String::new();
        for (i, &(_, word)) in words.iter().enumerate() {
            if !CUES.may_hold_fold_of(word) {
                continue;
            }
            fold_key_into(word, &mut key);
            if !CUES.contains(&key) {
                continue;
            }
            let Some(name) = source_after(&words[i + 1..]) else {
                continue;
            };
            if !sources.iter().any(|s| fold_key(s) == fold_key(&name)) {
                sources.push(name);
            }
        }
    }
    sources
}

/// A quoted name, or a single capitalised-by-position word, right after a source cue.
fn source_after(words: &[(usize, &str)]) -> Option<String> {
    let mut iter = words.iter().map(|&(_, w)| w);
    let mut first = iter.next()?;
    // `وفقًا لـ`, `نقلاً عن`: skip the particle to reach the name.
    while matches!(fold_key(first).as_str(), "ل" | "لـ" | "عن" | "لما")
        || CUES.contains(&fold_key(first))
    {
        first = iter.next()?;
    }
    let opens = ['"', '“', '«'];
    if first.starts_with(opens) {
        let joined = std::iter::once(first)
            .chain(iter.take(5))
            .collect::<Vec<_>>()
            .join(" ");
        let inner = joined.trim_start_matches(opens);
        let name = inner[..inner.find(['"', '”', '»'])?].trim();
        return (!name.is_empty() && name.split_whitespace().count() <= 4).then(|| name.to_owned());
    }
    let bare = first.trim_end_matches(['،', ',', '.', ':', '؛']);
    let key = fold_key(bare);
    let is_name = !bare.is_empty()
        && !GENERIC.contains(&key)
        && !STOPS.contains(&key)
        && !key.starts_with("ال")
        && !bare.chars().any(|c| c.is_ascii_digit());
    is_name.then(|| bare.to_owned())
}
