//! Event labels a reader understands: the clause's main predicate (a verb or a
//! verbal noun, found by shape since there is no morphological analyzer here)
//! with its subject or object, up to six words (دخل وقف إطلاق النار حيز التنفيذ،
//! وصلت القوات الأمريكية إلى إسرائيل), not the verb and the next word.

use std::sync::LazyLock;

use crate::model::{Mention, Span};
use crate::text::chars::is_alphanumeric;
use crate::text::fold::fold_key_into;
use crate::text::words::{WordSet, words_with_offsets};
use crate::time::DateExpr;

use super::{REPORTING, SKIP};

static SKIP_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SKIP));
static REPORTING_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(REPORTING));

/// A word of the clause: its span and its folded form.
struct Word<'k> {
    span: Span,
    key: &'k str,
}

/// The Arabic words of a clause: their spans and where their folded forms
/// sit in `keys` (one buffer for the clause, not a string per word).
fn words_of(text: &str, clause: Span, keys: &mut String) -> Vec<(Span, std::ops::Range<usize>)> {
    let Some(body) = clause.slice(text) else {
        return Vec::new();
    };
    let mut words = Vec::new();
    let mut folded = String::new();
    for (start, raw) in words_with_offsets(body) {
        let not_word = |c: char| !is_alphanumeric(c);
        let trimmed = raw.trim_matches(not_word);
        if trimmed.is_empty() || !trimmed.chars().any(crate::text::chars::is_standard_arabic) {
            continue;
        }
        let lead = raw.len() - raw.trim_start_matches(not_word).len();
        let span = Span::new(
            clause.start + start + lead,
            clause.start + start + lead + trimmed.len(),
        );
        fold_key_into(trimmed, &mut folded);
        let from = keys.len();
        keys.push_str(&folded);
        words.push((span, from..keys.len()));
    }
    words
}

/// Roots that begin with و, so a leading و on them is no conjunction (وصل، وقع، وافق).
#[rustfmt::skip]
const WAW_ROOTS: &[&str] = &[
    "وصل", "وقع", "وجد", "وافق", "وضع", "ورد", "وعد", "وقف", "ولد", "وجه", "وزع", "وسع", "وثق",
    "وفر", "وفي", "وكل", "وزير", "وزار", "وطن", "وكال", "وسط", "وقت", "وحد", "ورق", "ولاي", "وفاه",
    "وفد", "واشنطن",
];

/// The word without a leading و/ف conjunction.
fn without_conjunction(key: &str) -> &str {
    if !key.starts_with(['و', 'ف'])
        || key.starts_with('و') && WAW_ROOTS.iter().any(|r| key.starts_with(r))
    {
        return key;
    }
    key.strip_prefix('و')
        .or_else(|| key.strip_prefix('ف'))
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(key)
}

/// The stem without و/ف, ب/ل and ال, for matching shapes.
pub(super) fn stem(key: &str) -> &str {
    let k = without_conjunction(key);
    if let Some(rest) = k.strip_prefix("لل").filter(|r| r.chars().count() >= 3) {
        return rest;
    }
    let k = k
        .strip_prefix('ب')
        .or_else(|| k.strip_prefix('ل'))
        .filter(|r| r.chars().count() >= 4)
        .unwrap_or(k);
    k.strip_prefix("ال")
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(k)
}

/// True for shapes of verbal nouns (وصول، افتتاح، انسحاب، استئناف، تنظيم، مشاركة، إطلاق).
fn is_masdar(stem: &str) -> bool {
    if EVENT_NOUN_SET.contains(stem) {
        return true;
    }
    let c: Vec<char> = stem.chars().collect();
    matches!(
        c.as_slice(),
        [_, _, 'و', _]
            | ['ا', _, 'ت', _, 'ا', _]
            | ['ا', 'ن', _, _, 'ا', _]
            | ['ا', _, _, 'ا', _]
            | ['ا', 'س', 'ت', _, _, 'ا', _]
            | ['ت', _, _, 'ي', _]
            | ['ت', _, 'ا', _, _]
            | ['م', _, 'ا', _, _, 'ه']
    )
}

/// Beginnings of nouns that look like a future verb (سيارة، سيطرة، سينما، ستار، سنوات).
const SIN_NOUNS: &[&str] = &[
    "سيا", "سيد", "سيط", "سين", "سير", "سيف", "سيل", "سيو", "ستا", "ستو", "ستر", "سني", "سنو",
    "سنا",
];

/// Nouns of events news report whose shape says nothing (مقتل، وفاة، هجوم، غارة).
#[rustfmt::skip]
const EVENT_NOUNS: &[&str] = &[
    "مقتل", "مصرع", "وفاه", "اصابه", "اقاله", "استقاله", "زياره", "عوده", "ولاده", "هجوم", "حريق",
    "زلزال", "غرق", "قصف", "غاره", "هدنه", "معركه", "انتخابات", "فوز", "هزيمه", "قمه", "حفل",
];

static EVENT_NOUN_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(EVENT_NOUNS));

/// True for shapes of finite verbs (دخل، وصلت، أعلنت، استأنفت، تنطلق، يعقد، اجتمعوا).
fn is_verb(key: &str) -> bool {
    let k = without_conjunction(key);
    if k.starts_with("ال") {
        return false;
    }
    // سيعقد، ستنطلق: the future particle on an imperfect verb.
    if let Some(rest) = k.strip_prefix('س')
        && rest.starts_with(['ي', 'ت', 'ن'])
        && (4..=6).contains(&rest.chars().count())
        && !k.ends_with('ه')
        && !k.ends_with("ات")
        && !SIN_NOUNS.iter().any(|n| k.starts_with(n))
    {
        return true;
    }
    let n = k.chars().count();
    let first = k.chars().next();
    (n == 3 && !k.ends_with('ه'))
        || (n == 4 && k.ends_with('ت'))
        || ((4..=6).contains(&n) && k.ends_with("وا"))
        || ((4..=6).contains(&n)
            && matches!(first, Some('ي' | 'ت'))
            && !k.ends_with('ه')
            && !k.ends_with("ات"))
        || ((4..=6).contains(&n) && first == Some('ا') && !k.ends_with('ه') && !is_masdar(k))
        // أعلنت، انسحبت، استأنفت: perfect verbs of the derived forms, feminine.
        || ((5..=7).contains(&n) && first == Some('ا') && k.ends_with('ت') && !k.ends_with("ات"))
        || ((5..=8).contains(&n) && matches!(first, Some('ي' | 'ت')) && k.ends_with("ون"))
}

/// True when only spaces separate two words (no comma, stop, bracket or dash).
fn adjacent(text: &str, a: &Word<'_>, b: &Word<'_>) -> bool {
    text.get(a.span.end..b.span.start)
        .is_some_and(|gap| gap.len() <= 3 && gap.chars().all(char::is_whitespace))
}

/// True for a four-letter word of the shape فاعل (غادر، شارك، قاتل), a verb when it
/// opens a sentence.
fn opens_like_a_verb(key: &str) -> bool {
    let k = without_conjunction(key);
    let c: Vec<char> = k.chars().collect();
    matches!(c.as_slice(), [_, 'ا', _, _])
}

/// Prepositions a label may run through (الوصول إلى إسرائيل).
const PREPOSITIONS: &[&str] = &["الي", "علي", "من", "في", "عن", "مع"];

/// How many words before the date the label's verb or verbal noun is looked for first.
const NEAR_DATE: usize = 9;

/// True when `key` (or the word without its و/ف) is a skipped function word.
fn skipped(key: &str) -> bool {
    let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    SKIP_SET.contains(key)
        || SKIP_SET.contains(bare)
        || REPORTING_SET.contains(without_conjunction(key))
}

/// The clause's label, or `None` when it holds no word besides dates and names: the verb or
/// verbal noun nearest before the date (ودخل حيز التنفيذ فجر الجمعة), else the first one of
/// the clause, else its first content word; with the word after it.
pub(super) fn label(
    text: &str,
    clause: Span,
    date: Span,
    dates: &[&DateExpr],
    mentions: &[Mention],
) -> Option<String> {
    let mut keys = String::new();
    let spans = words_of(text, clause, &mut keys);
    let words: Vec<Word<'_>> = spans
        .into_iter()
        .filter(|(span, _)| !dates.iter().any(|d| d.span.overlaps(*span)))
        .map(|(span, key)| Word {
            span,
            key: &keys[key],
        })
        .collect();
    // After a reporting verb, the event is the reported clause (قال … إن/أن …).
    let start = words
        .iter()
        .position(|w| REPORTING_SET.contains(without_conjunction(w.key)))
        .and_then(|r| {
            words
                .iter()
                .skip(r)
                .position(|w| matches!(w.key, "ان" | "بان" | "انه" | "انها"))
                .map(|p| r + p + 1)
        })
        .filter(|&s| s < words.len())
        .unwrap_or(0);
    let candidates = words.get(start..).unwrap_or(&[]);
    let content =
        |w: &Word<'_>| !skipped(w.key) && !mentions.iter().any(|m| m.span.overlaps(w.span));
    let eventive = |w: &Word<'_>| content(w) && (is_masdar(stem(w.key)) || is_verb(w.key));
    let before_date = candidates.partition_point(|w| w.span.end <= date.start);
    let window = before_date.saturating_sub(NEAR_DATE)..before_date;
    let nearest = |test: &dyn Fn(&Word<'_>) -> bool| {
        window
            .clone()
            .rev()
            .find(|&k| candidates.get(k).is_some_and(test))
    };
    // A finite verb of clear shape first (وصلت، انسحب، يعقدون); then a bare three-letter
    // word, which may be a verb or a noun, taking the farthest (دخل in "دخل حيز التنفيذ");
    // then a verbal noun, since a broken plural (الأشغال) shares its shape.
    let weak = |w: &Word<'_>| {
        without_conjunction(w.key).chars().count() == 3 && w.key.chars().count() == 3
    };
    // News sentences open on their verb: غادر الرئيس البلاد، دخل وقف إطلاق النار حيز التنفيذ.
    let opening_verb = || {
        candidates
            .first()
            .filter(|w| {
                before_date > 0 && content(w) && (is_verb(w.key) || opens_like_a_verb(w.key))
            })
            .map(|_| 0)
    };
    let head = nearest(&|w: &Word<'_>| content(w) && is_verb(w.key) && !weak(w))
        .or_else(opening_verb)
        .or_else(|| {
            window.clone().find(|&k| {
                candidates
                    .get(k)
                    .is_some_and(|w| content(w) && is_verb(w.key))
            })
        })
        .or_else(|| nearest(&eventive))
        .or_else(|| candidates.iter().position(eventive))
        .or_else(|| candidates.iter().position(content))?;
    let head_word = candidates.get(head)?;
    let last = extend(text, candidates, head)?;
    let first = subject_before(text, candidates, head).unwrap_or(head_word);
    let label = text.get(first.span.start..last.span.end)?;
    // Drop a conjunction (ودخل → دخل, وصلت stays) and a preposition glued before ال (بالوصول → الوصول).
    let conjunction = first.key.len() != without_conjunction(first.key).len();
    let label = if conjunction {
        label.strip_prefix(['و', 'ف']).unwrap_or(label)
    } else {
        label
    };
    let label = match label.strip_prefix(['ب', 'ل']) {
        Some(rest) if rest.starts_with("ال") => rest.to_owned(),
        // للحصول is ل + الحصول with the alef dropped.
        Some(rest) if label.starts_with("لل") => format!("ا{rest}"),
        _ => label.to_owned(),
    };
    Some(label).filter(|l| !l.is_empty())
}

/// The most words a label holds: enough for a predicate with its subject and object
/// (دخل وقف إطلاق النار حيز التنفيذ), not a whole clause.
const MAX_WORDS: usize = 6;

/// Words that end a label: they open another clause or an adverbial (أن، الذي، بعد، حيث).
#[rustfmt::skip]
const CLAUSE_BREAKS: &[&str] = &[
    "ان", "بان", "لان", "انه", "انها", "الذي", "التي", "الذين", "اللذين", "اللتين", "حيث", "بينما",
    "عندما", "حين", "بعد", "قبل", "خلال", "منذ", "عقب", "اثر", "وسط", "رغم", "بسبب", "وفق", "وفقا",
    "حسب", "بحسب", "لكن", "لكن", "غير", "كما", "وذلك", "ذلك", "او", "ثم", "اذ", "اذا", "لدي", "بشان",
    "اطار", "ظل", "اثناء", "اليوم", "امس", "غدا", "اي", "فيما", "مما", "ما",
];

static CLAUSE_BREAK_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(CLAUSE_BREAKS));

/// True for a word that opens another predicate: a future verb (سيكون، ستجري) or a verb
/// after و (وأضاف، واكتمل).
fn opens_predicate(key: &str) -> bool {
    let future = key
        .strip_prefix('س')
        .is_some_and(|r| r.starts_with(['ي', 'ت', 'ن']) && r.chars().count() >= 3);
    let joined_verb =
        key.starts_with('و') && key.len() != without_conjunction(key).len() && is_verb(key);
    future || joined_verb || REPORTING_SET.contains(without_conjunction(key))
}

/// The last word of the label that starts at `head`: the words after it, adjacent (no comma
/// or date between), up to [`MAX_WORDS`], stopping where another clause or predicate starts;
/// a preposition is followed only while the label is short, and never ends it.
fn extend<'a, 'k>(text: &str, words: &'a [Word<'k>], head: usize) -> Option<&'a Word<'k>> {
    let head_word = words.get(head)?;
    let adjacent = |a: &Word<'_>, b: &Word<'_>| adjacent(text, a, b);
    let mut last = head_word;
    let mut after_preposition = 0;
    let mut end_ok = head_word;
    for (count, next) in (1..).zip(words.iter().skip(head + 1)) {
        if count >= MAX_WORDS || !adjacent(last, next) {
            break;
        }
        let bare = next
            .key
            .strip_prefix(['و', 'ف'])
            .filter(|r| r.chars().count() >= 2);
        if CLAUSE_BREAK_SET.contains(next.key)
            || bare.is_some_and(|b| CLAUSE_BREAK_SET.contains(b))
            || opens_predicate(next.key)
        {
            break;
        }
        let preposition = PREPOSITIONS.contains(&next.key);
        if preposition {
            // A second preposition phrase, or one after a full subject and object, is too much.
            if after_preposition > 0 || count >= 4 {
                break;
            }
            after_preposition = 1;
        } else if after_preposition > 0 {
            after_preposition += 1;
            if after_preposition > 3 {
                break;
            }
        }
        last = next;
        if !preposition && !skipped(next.key) {
            end_ok = next;
        }
    }
    Some(end_ok)
}

/// The subject written just before a verb after أن or at the clause's start (أن الاتفاق
/// دخل حيز التنفيذ): one or two nouns with the article, adjacent to the verb.
fn subject_before<'a, 'k>(text: &str, words: &'a [Word<'k>], head: usize) -> Option<&'a Word<'k>> {
    let head_word = words.get(head)?;
    if !is_verb(head_word.key) || head_word.key.starts_with('و') {
        return None;
    }
    let adjacent = |a: &Word<'_>, b: &Word<'_>| adjacent(text, a, b);
    let mut first: Option<&Word<'_>> = None;
    let mut right = head_word;
    for k in (head.saturating_sub(2)..head).rev() {
        let w = words.get(k)?;
        let noun = w.key.starts_with("ال") && !skipped(w.key) && !is_verb(w.key);
        if !noun || !adjacent(w, right) {
            break;
        }
        first = Some(w);
        right = w;
    }
    let first = first?;
    let start = words.iter().position(|w| std::ptr::eq(w, first))?;
    // Only at the clause's start or right after أن/إن: otherwise the noun belongs to
    // what came before (… اتفاق لوقف إطلاق النار، وهو ما تم …).
    let opener = start
        .checked_sub(1)
        .and_then(|p| words.get(p))
        .is_none_or(|p| matches!(p.key, "ان" | "بان" | "انه" | "انها") || !adjacent(p, first));
    opener.then_some(first)
}
