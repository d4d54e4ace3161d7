//! Clitic analysis: the stems a written Arabic word may hide.
//!
//! Arabic writes conjunctions (و ف), prepositions (ب ك ل), the article (ال),
//! the future marker (س) and object/possessive pronouns (ه ها هم …) as part
//! of the word: وبالحكومة = و + ب + ال + حكومة. Without a lexicon the split
//! is ambiguous (وزير is a word, not و + زير), so [`analyze_word`] returns
//! every plausible segmentation, most likely first, with spans into the
//! word as written. Letters are compared folded (أ = ا, ة = ه) but checked
//! against the original where folding would hide a difference: the article
//! needs a bare alef (ألمانيا is not ال + مانيا) and the pronoun ه is never
//! a ta marbuta (حكومة is not حكوم + ه).

use crate::model::Span;
use crate::text::chars::is_arabic_letter;
use crate::text::fold::{CharFold, fold_char};
use crate::text::proclitics::{self, ProcliticOptions};
use unicode_normalization::UnicodeNormalization;

/// One way to read a word: proclitics + stem + enclitic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StemCandidate {
    /// Byte span of the stem, relative to the analyzed word.
    pub stem: Span,
    /// The proclitics, folded (`""`, `"و"`, `"بال"`, `"لل"` …).
    pub proclitics: &'static str,
    /// The enclitic pronoun, folded (`""`, `"ه"`, `"ها"`, `"هم"` …).
    pub enclitic: &'static str,
    /// The article ال was split off (the stem is the bare noun).
    pub definite: bool,
    /// The stem ends in ت before a pronoun, which stands for a ta marbuta:
    /// حكومته → حكومت, written حكومة on its own.
    pub ta_marbuta: bool,
}

/// A proclitic chain as it is written, folded, and what reading it costs.
struct Proclitic {
    text: &'static str,
    definite: bool,
    future: bool,
    cost: u32,
}

const fn pro(text: &'static str, definite: bool, cost: u32) -> Proclitic {
    Proclitic {
        text,
        definite,
        future: false,
        cost,
    }
}

const fn fut(text: &'static str, cost: u32) -> Proclitic {
    Proclitic {
        text,
        definite: false,
        future: true,
        cost,
    }
}

/// Every proclitic chain, with costs: conjunctions and prepositions are
/// cheap, the article a little dearer (the unsegmented word usually keeps it
/// in dictionaries), and the future marker dear (many words start with س).
const PROCLITICS: &[Proclitic] = &[
    pro("و", false, 10),
    pro("ف", false, 12),
    pro("ب", false, 10),
    pro("ل", false, 10),
    pro("ك", false, 15),
    pro("وب", false, 20),
    pro("ول", false, 20),
    pro("وك", false, 25),
    pro("فب", false, 22),
    pro("فل", false, 22),
    pro("فك", false, 27),
    pro("ال", true, 15),
    pro("وال", true, 25),
    pro("فال", true, 27),
    pro("بال", true, 25),
    pro("كال", true, 30),
    pro("لل", true, 25),
    pro("وبال", true, 35),
    pro("وكال", true, 40),
    pro("ولل", true, 35),
    pro("فبال", true, 37),
    pro("فكال", true, 42),
    pro("فلل", true, 37),
    fut("س", 30),
    fut("وس", 40),
    fut("فس", 42),
];

/// Enclitic pronouns, longest first so هما is tried before ما-less readings.
const ENCLITICS: &[(&str, u32)] = &[
    ("هما", 12),
    ("كما", 12),
    ("ها", 12),
    ("هم", 12),
    ("هن", 14),
    ("كم", 12),
    ("كن", 14),
    ("نا", 12),
    ("ه", 12),
    ("ك", 16),
    // Mostly a nisba adjective (تونسي), rarely "my".
    ("ي", 25),
];

/// The unsegmented word, when a conjunction or preposition plus article is plain to see.
const IMPLAUSIBLE_WHOLE: u32 = 100;
/// A stem that itself starts with preposition + article (و + بالجزائر).
const PREFIXED_STEM: u32 = 50;
/// ل + a stem starting with ل (للبنان) is rarer than ل + ال written لل.
const LAM_LAM: u32 = 20;

/// Stems shorter than this (in letters) are not split off a conjunction or preposition.
const MIN_STEM: usize = 3;
/// After the article, two letters are enough (الأب, الدم).
const MIN_DEFINITE_STEM: usize = 2;

/// One folded letter of the word and where it sits in the original.
#[derive(Clone, Copy, Debug)]
struct Letter {
    folded: char,
    /// The letter before folding, presentation forms already decomposed.
    original: char,
    start: usize,
}

fn letters(word: &str) -> Vec<Letter> {
    let mut out = Vec::with_capacity(word.len() / 2);
    for (start, c) in word.char_indices() {
        match fold_char(c) {
            CharFold::Keep => out.push(Letter {
                folded: c,
                original: c,
                start,
            }),
            CharFold::Replace(r) => out.push(Letter {
                folded: r,
                original: c,
                start,
            }),
            CharFold::Remove { .. } => {}
            CharFold::Compat => {
                for d in std::iter::once(c).nfkc() {
                    let folded = match fold_char(d) {
                        CharFold::Keep | CharFold::Compat => d,
                        CharFold::Replace(r) => r,
                        CharFold::Remove { .. } => continue,
                    };
                    if !folded.is_whitespace() {
                        out.push(Letter {
                            folded,
                            original: d,
                            start,
                        });
                    }
                }
            }
        }
    }
    out
}

fn starts_with(letters: &[Letter], prefix: &str) -> bool {
    let mut it = letters.iter();
    prefix
        .chars()
        .all(|p| it.next().is_some_and(|l| l.folded == p))
}

fn ends_with(letters: &[Letter], suffix: &str) -> bool {
    let mut it = letters.iter().rev();
    suffix
        .chars()
        .rev()
        .all(|p| it.next().is_some_and(|l| l.folded == p))
}

/// The article's alef must be written bare: ألمانيا and إلى do not start with ال.
fn bare_article(letters: &[Letter], proclitic: &str) -> bool {
    let alef_at = proclitic.chars().count() - 2;
    letters
        .get(alef_at)
        .is_some_and(|l| !matches!(l.original, 'أ' | 'إ' | 'آ'))
}

/// بال, كال or لل followed by a stem of its own.
fn starts_with_preposition_and_article(stem: &[Letter]) -> bool {
    ["بال", "كال", "لل"].iter().any(|chain| {
        let n = chain.chars().count();
        starts_with(stem, chain)
            && stem.len() >= n + MIN_DEFINITE_STEM
            && (*chain == "لل" || bare_article(stem, chain))
    })
}

/// ه and ي as pronouns are written as such, never as ة or ى/ئ.
fn true_enclitic(letters: &[Letter], enclitic: &str) -> bool {
    let n = enclitic.chars().count();
    letters[letters.len() - n..]
        .iter()
        .all(|l| !matches!((l.folded, l.original), ('ه', 'ة') | ('ي', 'ى' | 'ئ' | 'ی')))
}

/// The candidate readings of `word`, most likely first (see the module docs).
///
/// The unsegmented word comes first unless a conjunction or preposition plus
/// article is plain to see (والرئيس), and is always somewhere in the list.
/// A word that is not Arabic gives only itself.
///
/// ```
/// use marsad_core::text::clitics::analyze_word;
///
/// let word = "وبالجزائر";
/// let best = &analyze_word(word)[0];
/// assert_eq!((best.proclitics, &word[best.stem.start..best.stem.end]), ("وب", "الجزائر"));
/// ```
pub fn analyze_word(word: &str) -> Vec<StemCandidate> {
    let whole = StemCandidate {
        stem: Span::new(0, word.len()),
        proclitics: "",
        enclitic: "",
        definite: false,
        ta_marbuta: false,
    };
    if !word.chars().any(is_arabic_letter) {
        return vec![whole];
    }
    let letters = letters(word);
    let boundary = |i: usize| letters.get(i).map_or(word.len(), |l| l.start);
    // A split must not fall inside a ligature that folded to two letters (ﻻ).
    let clean_split =
        |i: usize| i == 0 || i >= letters.len() || letters[i].start != letters[i - 1].start;

    let mut scored: Vec<(u32, StemCandidate)> = Vec::new();
    let mut strongly_prefixed = false;
    let proclitic_options = std::iter::once(None).chain(PROCLITICS.iter().map(Some));
    for proclitic in proclitic_options {
        let (p_text, p_len, p_cost, definite) = match proclitic {
            None => ("", 0, 0, false),
            Some(p) => {
                if !starts_with(&letters, p.text)
                    || p.definite && !p.text.ends_with("لل") && !bare_article(&letters, p.text)
                {
                    continue;
                }
                if p.future
                    && !letters
                        .get(p.text.chars().count())
                        .is_some_and(|l| matches!(l.folded, 'ي' | 'ت' | 'ن' | 'ا'))
                {
                    continue;
                }
                (p.text, p.text.chars().count(), p.cost, p.definite)
            }
        };
        let enclitic_options = std::iter::once(None).chain(ENCLITICS.iter().map(Some));
        for enclitic in enclitic_options {
            let (e_text, e_len, e_cost) = match enclitic {
                None => ("", 0, 0),
                Some(&(text, cost)) => {
                    if definite || !ends_with(&letters, text) || !true_enclitic(&letters, text) {
                        continue;
                    }
                    (text, text.chars().count(), cost)
                }
            };
            let Some(stem_len) = letters.len().checked_sub(p_len + e_len) else {
                continue;
            };
            // The article and a pronoun never go together (التونسي is not التونس + ي).
            if e_len > 0
                && starts_with(&letters[p_len..], "ال")
                && bare_article(&letters[p_len..], "ال")
            {
                continue;
            }
            let min = if definite {
                MIN_DEFINITE_STEM
            } else {
                MIN_STEM
            };
            let segmented = p_len + e_len > 0;
            if segmented && stem_len < min || !clean_split(p_len) || !clean_split(p_len + stem_len)
            {
                continue;
            }
            let mut cost = p_cost + e_cost;
            if p_text.ends_with('ل')
                && !definite
                && letters.get(p_len).is_some_and(|l| l.folded == 'ل')
            {
                cost += LAM_LAM;
            }
            if starts_with_preposition_and_article(&letters[p_len..p_len + stem_len]) {
                cost += PREFIXED_STEM;
            }
            if definite && p_text != "ال" && e_len == 0 {
                strongly_prefixed = true;
            }
            let stem = Span::new(boundary(p_len), boundary(p_len + stem_len));
            let ta_marbuta = e_len > 0
                && letters
                    .get(p_len + stem_len - 1)
                    .is_some_and(|l| l.folded == 'ت');
            scored.push((
                cost,
                StemCandidate {
                    stem,
                    proclitics: p_text,
                    enclitic: e_text,
                    definite,
                    ta_marbuta,
                },
            ));
        }
    }
    if strongly_prefixed
        && let Some(entry) = scored
            .iter_mut()
            .find(|(_, c)| c.proclitics.is_empty() && c.enclitic.is_empty())
    {
        entry.0 = IMPLAUSIBLE_WHOLE;
    }
    scored.sort_by_key(|&(cost, _)| cost);
    scored.into_iter().map(|(_, candidate)| candidate).collect()
}

/// Strips a proclitic chain that ends in the article from a folded word:
/// والرئيس → رئيس, بالحكومه → حكومه, للرييس → رييس, الجزاير → جزاير.
///
/// Chains without the article (و, ب, ل alone) are left on, since they are
/// too often part of the word (بلجيكا, وزير). For matching keys: apply it to
/// both sides. لل is always read as ل + ال, so للبنان gives بنان.
pub fn strip_proclitics(folded_word: &str) -> &str {
    let options = ProcliticOptions {
        article_only: true,
        min_stem: MIN_DEFINITE_STEM,
    };
    proclitics::strip(folded_word, options)
}

/// Strips a leading article ال from a folded word when two letters or more remain.
pub fn strip_article(folded_word: &str) -> &str {
    match folded_word.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= MIN_DEFINITE_STEM => rest,
        _ => folded_word,
    }
}

#[cfg(test)]
mod tests;
