//! Dated events: sentences holding a resolved date, with their participants.
//!
//! An event is a clause (a sentence, or the part of it between commas when a
//! sentence holds several dates) with a resolved date expression that places
//! something in time (not a duration or a recurrence). Its participants are
//! the entity mentions of the sentence, and its label is the first verb or
//! verbal noun of the clause with the word after it (وصول القوات، افتتاح
//! المركز), found by shape since there is no morphological analyzer here.
//! [`cluster`] merges events of different articles that share a date and a
//! participant or a label.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::model::{Mention, Span};
use crate::text::chars::is_alphanumeric;
use crate::text::fold::{fold_key, fold_key_into};
use crate::text::words::{WordSet, words_with_offsets};
use crate::time::{Calendar, CivilDate, DateExpr, Grain};

/// One dated event in an article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// ISO 8601 value of the date (`YYYY-MM-DD`, `YYYY-MM`, `start/end`…).
    pub date: String,
    pub grain: Grain,
    pub calendar: Calendar,
    /// First and last day the date covers, for plotting and clustering.
    pub first_day: CivilDate,
    pub last_day: CivilDate,
    /// The date expression's span.
    pub date_span: Span,
    /// The sentence holding the event.
    pub sentence: Span,
    /// Short label: the clause's main verb or verbal noun and the word after it.
    pub label: String,
    /// Names of the participants (entity mentions in the sentence), as written, without repeats.
    pub entities: Vec<String>,
    /// The participants' mentions.
    pub mentions: Vec<Mention>,
}

/// Words that never head a label: particles, pronouns, auxiliaries, date words (folded).
#[rustfmt::skip]
const SKIP: &[&str] = &[
    "في", "من", "الي", "علي", "عن", "ان", "قد", "لقد", "كما", "حيث", "التي", "الذي", "الذين", "هذا",
    "هذه", "ذلك", "تلك", "ما", "لا", "لم", "لن", "مع", "بين", "عند", "حتي", "منذ", "بعد", "قبل",
    "خلال", "يوم", "اليوم", "امس", "غدا", "او", "ثم", "بل", "كل", "اي", "هو", "هي", "هم", "انه",
    "انها", "الا", "اذا", "لدي", "وفق", "وفقا", "حسب", "بحسب", "نحو", "حوالي", "اكثر", "اقل", "عدد",
    "كان", "كانت", "يكون", "تكون", "ليس", "ايضا", "فقط", "الموافق", "اطار", "ظل", "اثر", "بشان",
    "شان", "جانب", "تم", "يتم", "جري", "بدا", "بدات", "تاتي", "ياتي", "ياتي",
];

/// Reporting verbs: the event is what they report, after أن.
#[rustfmt::skip]
const REPORTING: &[&str] = &[
    "قال", "قالت", "افاد", "افادت", "اكد", "اكدت", "اوضح", "اوضحت", "اشار", "اشارت", "ذكر", "ذكرت",
    "صرح", "صرحت", "كشف", "كشفت", "نقل", "نقلت", "اضاف", "اضافت", "افادت", "اعتبر", "اعتبرت", "راي",
    "رات", "يري", "تري", "يقول", "تقول", "اعلن", "اعلنت",
];

static SKIP_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SKIP));
static REPORTING_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(REPORTING));

/// Builds the events of one article from its sentences, mentions and dates; mentions and
/// dates must be in text order, as `Recognizer::recognize` and `time::extract` return them.
pub fn extract(
    text: &str,
    sentences: &[Span],
    mentions: &[Mention],
    dates: &[DateExpr],
) -> Vec<Event> {
    let mut events = Vec::new();
    for &sentence in sentences {
        let Some(sentence_text) = sentence.slice(text) else {
            continue;
        };
        let inside: Vec<&DateExpr> = within(dates, sentence, |d| d.span)
            .iter()
            .filter(|d| sentence.contains(d.span) && d.is_dated() && d.value.is_some())
            .collect();
        if inside.is_empty() {
            continue;
        }
        let participants: Vec<Mention> = within(mentions, sentence, |m| m.span)
            .iter()
            .filter(|m| sentence.contains(m.span))
            .cloned()
            .collect();
        let entities = unique_names(&participants);
        for (clause, clause_dates) in clauses(text, sentence, sentence_text, &inside) {
            let Some(date) = most_precise(&clause_dates) else {
                continue;
            };
            let Some(value) = date.value else { continue };
            let Some((first_day, last_day)) = value.bounds() else {
                continue;
            };
            let Some(label) = label(text, clause, date.span, &inside, &participants) else {
                continue;
            };
            events.push(Event {
                date: value.iso(),
                grain: date.grain,
                calendar: date.calendar,
                first_day,
                last_day,
                date_span: date.span,
                sentence,
                label,
                entities: entities.clone(),
                mentions: participants.clone(),
            });
        }
    }
    events
}

/// The items (sorted by span start) that start inside `span`, found by binary search.
fn within<T>(items: &[T], span: Span, span_of: impl Fn(&T) -> Span) -> &[T] {
    let from = items.partition_point(|x| span_of(x).start < span.start);
    let to = items.partition_point(|x| span_of(x).start < span.end);
    items.get(from..to.max(from)).unwrap_or(&[])
}

fn unique_names(mentions: &[Mention]) -> Vec<String> {
    let mut seen = Vec::new();
    let mut names = Vec::new();
    for m in mentions {
        let key = fold_key(&m.text);
        if !seen.contains(&key) {
            seen.push(key);
            names.push(m.text.clone());
        }
    }
    names
}

/// The finest-grained date of a clause (a day beats a month), the first on ties.
fn most_precise<'a>(dates: &[&'a DateExpr]) -> Option<&'a DateExpr> {
    dates
        .iter()
        .copied()
        .fold(None, |best: Option<&DateExpr>, d| match best {
            Some(b) if b.grain >= d.grain => Some(b),
            _ => Some(d),
        })
}

/// Splits a sentence holding several dates at commas and semicolons, so each date gets
/// its own clause; a sentence with one date is one clause. Clauses without a date are
/// merged into the clause before them.
fn clauses<'a>(
    text: &str,
    sentence: Span,
    sentence_text: &str,
    dates: &[&'a DateExpr],
) -> Vec<(Span, Vec<&'a DateExpr>)> {
    if dates.len() <= 1 {
        return vec![(sentence, dates.to_vec())];
    }
    let mut cuts: Vec<usize> = sentence_text
        .char_indices()
        .filter(|&(_, c)| matches!(c, '،' | ',' | '؛' | ';'))
        .map(|(i, c)| sentence.start + i + c.len_utf8())
        .filter(|&cut| {
            !dates
                .iter()
                .any(|d| d.span.start < cut && cut <= d.span.end)
        })
        .collect();
    cuts.push(sentence.end);
    let mut out: Vec<(Span, Vec<&DateExpr>)> = Vec::new();
    let mut start = sentence.start;
    for cut in cuts {
        let span = Span::new(start, cut);
        let here: Vec<&DateExpr> = dates
            .iter()
            .copied()
            .filter(|d| span.contains(d.span))
            .collect();
        match out.last_mut() {
            Some(last) if here.is_empty() => last.0.end = cut,
            _ if here.is_empty() => {}
            _ => out.push((span, here)),
        }
        start = cut;
    }
    if let Some(first) = out.first_mut() {
        first.0.start = sentence.start;
    }
    debug_assert!(out.iter().all(|(s, _)| s.slice(text).is_some()));
    out
}

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
    "وفر", "وفي", "وكل",
];

/// The word without a leading و/ف conjunction.
fn without_conjunction(key: &str) -> &str {
    if WAW_ROOTS.iter().any(|r| key.starts_with(r)) {
        return key;
    }
    key.strip_prefix('و')
        .or_else(|| key.strip_prefix('ف'))
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(key)
}

/// The stem without و/ف, ب/ل and ال, for matching shapes.
fn stem(key: &str) -> &str {
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

/// True for shapes of finite verbs (دخل، وصلت، أعلنت، تنطلق، يعقد، اجتمعوا).
fn is_verb(key: &str) -> bool {
    let k = without_conjunction(key);
    if k.starts_with("ال") {
        return false;
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
        || ((5..=8).contains(&n) && matches!(first, Some('ي' | 'ت')) && k.ends_with("ون"))
}

/// Prepositions a label may run through (الوصول إلى إسرائيل).
const PREPOSITIONS: &[&str] = &["الي", "علي", "من", "في", "عن", "مع"];

/// How many words before the date the label's verb or verbal noun is looked for first.
const NEAR_DATE: usize = 6;

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
fn label(
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
    let head = nearest(&|w: &Word<'_>| content(w) && is_verb(w.key) && !weak(w))
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
    let adjacent = |a: &Word<'_>, b: &Word<'_>| b.span.start.saturating_sub(a.span.end) <= 2;
    let mut last = head_word;
    if let Some(next) = candidates.get(head + 1).filter(|w| adjacent(last, w)) {
        if PREPOSITIONS.contains(&next.key) {
            if let Some(object) = candidates
                .get(head + 2)
                .filter(|w| adjacent(next, w) && !skipped(w.key))
            {
                last = object;
            }
        } else if !skipped(next.key) {
            last = next;
        }
    }
    let label = text.get(head_word.span.start..last.span.end)?;
    // Drop a conjunction (ودخل → دخل, وصلت stays) and a preposition glued before ال (بالوصول → الوصول).
    let conjunction = head_word.key.len() != without_conjunction(head_word.key).len();
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

/// Events of several articles that report the same thing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventCluster {
    /// The shared date value.
    pub date: String,
    pub grain: Grain,
    /// The label of the first member.
    pub label: String,
    /// (article index, event index) of every member, articles in input order.
    pub members: Vec<(usize, usize)>,
    /// Distinct article indices reporting it.
    pub articles: Vec<usize>,
    /// Participants across the members, without repeats.
    pub entities: Vec<String>,
}

/// Merges events (one slice per article) that share a date value and either a participant
/// or the label's head word; single events come back as clusters of one.
pub fn cluster(articles: &[&[Event]]) -> Vec<EventCluster> {
    let all: Vec<(usize, usize, &Event)> = articles
        .iter()
        .enumerate()
        .flat_map(|(a, evs)| evs.iter().enumerate().map(move |(e, ev)| (a, e, ev)))
        .collect();
    let mut parent: Vec<usize> = (0..all.len()).collect();
    // Events meet through keys: (date, participant) and (date, label head).
    let mut first_with: HashMap<(String, String), usize> = HashMap::new();
    for (i, (_, _, ev)) in all.iter().enumerate() {
        let head = ev
            .label
            .split_whitespace()
            .next()
            .map(|w| stem(&fold_key(w)).to_owned())
            .unwrap_or_default();
        let keys = ev
            .entities
            .iter()
            .map(|e| format!("e:{}", fold_key(e)))
            .chain(std::iter::once(format!("l:{head}")));
        for key in keys {
            match first_with.get(&(ev.date.clone(), key.clone())) {
                Some(&j) => union(&mut parent, i, j),
                None => {
                    first_with.insert((ev.date.clone(), key), i);
                }
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: HashMap<usize, usize> = HashMap::new();
    for i in 0..all.len() {
        let root = find(&mut parent, i);
        let g = *group_of.entry(root).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        if let Some(group) = groups.get_mut(g) {
            group.push(i);
        }
    }
    groups
        .into_iter()
        .filter_map(|members| {
            let &(_, _, first) = all.get(*members.first()?)?;
            let mut articles_seen: Vec<usize> = members
                .iter()
                .filter_map(|&m| all.get(m).map(|x| x.0))
                .collect();
            articles_seen.dedup();
            let mut entities: Vec<String> = Vec::new();
            for &m in &members {
                for e in all.get(m).map(|x| &x.2.entities).into_iter().flatten() {
                    if !entities.iter().any(|x| fold_key(x) == fold_key(e)) {
                        entities.push(e.clone());
                    }
                }
            }
            Some(EventCluster {
                date: first.date.clone(),
                grain: first.grain,
                label: first.label.clone(),
                members: members
                    .iter()
                    .filter_map(|&m| all.get(m).map(|x| (x.0, x.1)))
                    .collect(),
                articles: articles_seen,
                entities,
            })
        })
        .collect()
}

fn find(parent: &mut [usize], i: usize) -> usize {
    let mut root = i;
    while let Some(&p) = parent.get(root) {
        if p == root {
            break;
        }
        root = p;
    }
    let mut node = i;
    while let Some(&p) = parent.get(node) {
        if p == root {
            break;
        }
        if let Some(slot) = parent.get_mut(node) {
            *slot = root;
        }
        node = p;
    }
    root
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if let Some(slot) = parent.get_mut(ra.max(rb)) {
        *slot = ra.min(rb);
    }
}
