//! Tokens of the folded text and the date vocabulary they are looked up in.
//!
//! All keys are in folded form (أ/إ/آ → ا, ى → ي, ة → ه, no diacritics).

use super::civil::Weekday;
use super::value::{DayPart, Grain};
use super::vocab::{SINGLE, g, h};

/// A token of the folded text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    Word,
    Num,
    Punct,
    Other,
}

/// A token: byte range in the folded text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: TokKind,
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{0671}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}')
}

/// Splits folded text into words, digit runs and single punctuation marks (newlines included).
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let class = |c: char| {
            if is_arabic_letter(c) {
                Some(TokKind::Word)
            } else if c.is_ascii_digit() {
                Some(TokKind::Num)
            } else if crate::text::chars::is_alphanumeric(c) {
                Some(TokKind::Other)
            } else {
                None
            }
        };
        match class(c) {
            Some(kind) => {
                let mut end = i + c.len_utf8();
                while let Some(&(j, d)) = iter.peek() {
                    if class(d) != Some(kind) {
                        break;
                    }
                    end = j + d.len_utf8();
                    iter.next();
                }
                toks.push(Tok {
                    start: i,
                    end,
                    kind,
                });
            }
            None if c == '\n' || !c.is_whitespace() => {
                toks.push(Tok {
                    start: i,
                    end: i + c.len_utf8(),
                    kind: TokKind::Punct,
                });
            }
            None => {}
        }
    }
    toks
}

/// Which naming system a Gregorian month word belongs to (kept for diagnostics).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MonthCal {
    Gregorian,
    Hijri,
}

/// Grammatical number of a time-unit word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Count {
    /// يوم، عام
    Singular,
    /// يوما، عاما (after numbers 11 and up)
    Accusative,
    /// يومين، عامين
    Dual,
    /// عامي، سنتي (construct dual: بين عامي 2014 و2017)
    DualConstruct,
    /// أيام، أعوام
    Plural,
}

/// Direction a modifier points (الماضي، المقبل، الحالي).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dir {
    Past,
    Next,
    Current,
}

/// Part of a month or year (أوائل، منتصف، أواخر).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Third {
    Early,
    Mid,
    Late,
}

/// Seasons, meteorological.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

/// Keywords with a role in date grammar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kw {
    Today,
    Yesterday,
    Tomorrow,
    /// غد (needs بعد، يوم or a weekday)
    Ghad,
    First,
    Before,
    After,
    Since,
    During,
    In,
    From,
    To,
    Until,
    Between,
    And,
    ForDuration,
    Within,
    Over,
    Extent,
    This,
    Every,
    Hour,
    Corresponding,
    HijriMark,
    GregorianMark,
    Am,
    Tamam,
    Around,
    Half,
    Quarter,
    Except,
    Noon,
    Night,
    Period,
    /// الآن، هلق، الحين، دلوقتي، توا، دابا: the reference moment.
    Now,
    /// والثلث، وثلث: twenty minutes past.
    ThirdHour,
    /// A word that opens a holiday's name (عيد، رأس، المولد، عاشوراء…).
    Feast,
    /// صلاة (صلاة المغرب is an evening time).
    Prayer,
    /// وقت، موعد (وقت الإفطار).
    AtTime,
    /// القرن
    Century,
    /// النصف (النصف الأول من 2023)
    HalfOf,
    /// الربع (الربع الثالث من العام)
    QuarterOf,
    /// الثلاثي (a quarter in Tunisian usage)
    TrimesterOf,
    /// السداسي (a half year in Tunisian usage)
    SemesterOf,
}

/// What a token (or a two-token month name) means.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Lex {
    Month {
        n: u8,
        cal: MonthCal,
        ambiguous: bool,
    },
    Weekday(Weekday),
    Unit {
        unit: Grain,
        count: Count,
        definite: bool,
    },
    NumWord(u32),
    Ordinal(u32),
    Mod(Dir),
    Part(DayPart),
    Season(Season),
    Third(Third),
    Periodic(Grain),
    Kw(Kw),
    /// An ordinal without the article, before a bare weekday (ثالث ثلاثاء): 2–5.
    Nth(u8),
    /// A decade by its tens (الثمانينيات = 80, الألفينيات = 0).
    Decade(u8),
    /// هالأسبوع، هالشهر، هالسنة: "this" glued to a unit.
    ThisUnit(Grain),
}

/// A looked-up token: meaning, proclitic bytes to skip and how many tokens it spans.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Lexed {
    pub(crate) lex: Lex,
    pub(crate) clitic: usize,
    pub(crate) width: usize,
}

/// Words longer than this (in bytes) cannot be in the vocabulary, even with clitics.
const MAX_WORD_BYTES: usize = 32;

/// First words of two-word month names and modifiers.
const PAIR_FIRSTS: &[&str] = &["كانون", "تشرين", "ربيع", "جمادي", "ذو", "ذي", "ذا", "اللي"];

/// Second words of two-word month names and colloquial modifiers: (first, second, meaning).
const PAIRS: &[(&str, &str, Lex)] = &[
    ("اللي", "فات", Lex::Mod(Dir::Past)),
    ("اللي", "فاتت", Lex::Mod(Dir::Past)),
    ("اللي", "راح", Lex::Mod(Dir::Past)),
    ("اللي", "راحت", Lex::Mod(Dir::Past)),
    ("اللي", "مضي", Lex::Mod(Dir::Past)),
    ("اللي", "جاي", Lex::Mod(Dir::Next)),
    ("اللي", "جايه", Lex::Mod(Dir::Next)),
    ("كانون", "الثاني", g(1, false)),
    ("كانون", "ثاني", g(1, false)),
    ("كانون", "الاول", g(12, false)),
    ("كانون", "اول", g(12, false)),
    ("تشرين", "الاول", g(10, false)),
    ("تشرين", "اول", g(10, false)),
    ("تشرين", "الثاني", g(11, false)),
    ("تشرين", "ثاني", g(11, false)),
    ("ربيع", "الاول", h(3)),
    ("ربيع", "اول", h(3)),
    ("ربيع", "الثاني", h(4)),
    ("ربيع", "ثاني", h(4)),
    ("ربيع", "الاخر", h(4)),
    ("ربيع", "الاخير", h(4)),
    ("جمادي", "الاولي", h(5)),
    ("جمادي", "الاول", h(5)),
    ("جمادي", "اولي", h(5)),
    ("جمادي", "الاخره", h(6)),
    ("جمادي", "الاخر", h(6)),
    ("جمادي", "الثانيه", h(6)),
    ("جمادي", "الثاني", h(6)),
    ("جمادي", "ثاني", h(6)),
    ("ذو", "القعده", h(11)),
    ("ذي", "القعده", h(11)),
    ("ذا", "القعده", h(11)),
    ("ذو", "الحجه", h(12)),
    ("ذي", "الحجه", h(12)),
    ("ذا", "الحجه", h(12)),
];

/// Stems of a word after optional و/ف and ب/ل/ك proclitics, with the bytes stripped.
fn stems(word: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut out: [Option<(usize, &str)>; 4] = [Some((0, word)), None, None, None];
    let mut n = 1;
    let mut rest = word;
    let mut stripped = 0;
    if let Some(r) = rest.strip_prefix('و').or_else(|| rest.strip_prefix('ف')) {
        stripped += 2;
        rest = r;
        if rest.chars().count() >= 2 {
            out[n] = Some((stripped, rest));
            n += 1;
        }
    }
    if let Some(r) = rest
        .strip_prefix('ب')
        .or_else(|| rest.strip_prefix('ل'))
        .or_else(|| rest.strip_prefix('ك'))
        && r.chars().count() >= 2
    {
        out[n] = Some((stripped + 2, r));
    }
    out.into_iter().flatten()
}

/// Looks up the token at `i` (and a possible second word of a month name).
pub(crate) fn lex_at(text: &str, toks: &[Tok], i: usize) -> Option<Lexed> {
    let tok = toks.get(i)?;
    let word = text.get(tok.start..tok.end)?;
    if tok.kind == TokKind::Punct {
        return None;
    }
    if tok.kind != TokKind::Word {
        return None;
    }
    let next = toks
        .get(i + 1)
        .filter(|t| t.kind == TokKind::Word)
        .and_then(|t| text.get(t.start..t.end));
    if word.len() > MAX_WORD_BYTES {
        return None;
    }
    for (clitic, stem) in stems(word) {
        if let Some(second) = next
            && PAIR_FIRSTS.contains(&stem)
            && let Some(&(_, _, lex)) = PAIRS.iter().find(|(a, b, _)| *a == stem && *b == second)
        {
            return Some(Lexed {
                lex,
                clitic,
                width: 2,
            });
        }
        if let Some(&lex) = SINGLE.get(stem) {
            return Some(Lexed {
                lex,
                clitic,
                width: 1,
            });
        }
        // هالأسبوع، هالشهر: ها + the unit with its article.
        if let Some(unit) = stem.strip_prefix("ه").and_then(definite_unit) {
            return Some(Lexed {
                lex: Lex::ThisUnit(unit),
                clitic,
                width: 1,
            });
        }
        // لل + word is ل + ال + word with the alef dropped (للعام).
        if let Some(rest) = stem.strip_prefix("لل") {
            let mut buf = [0u8; MAX_WORD_BYTES + 2];
            let key = buf.get_mut(..rest.len() + 4).and_then(|slot| {
                let (al, tail) = slot.split_at_mut(4);
                al.copy_from_slice("ال".as_bytes());
                tail.copy_from_slice(rest.as_bytes());
                std::str::from_utf8(slot).ok()
            });
            if let Some(&lex) = key.and_then(|k| SINGLE.get(k)) {
                return Some(Lexed {
                    lex,
                    clitic,
                    width: 1,
                });
            }
        }
    }
    None
}

/// The unit of a definite singular unit word (الأسبوع، الشهر، السنة).
fn definite_unit(word: &str) -> Option<Grain> {
    match SINGLE.get(word)? {
        Lex::Unit {
            unit,
            count: Count::Singular,
            definite: true,
        } => Some(*unit),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex_first(s: &str) -> Option<(Lex, usize, usize)> {
        let toks = tokenize(s);
        lex_at(s, &toks, 0).map(|l| (l.lex, l.clitic, l.width))
    }

    #[test]
    fn months_with_clitics_and_pairs() {
        assert_eq!(lex_first("وفي"), Some((Lex::Kw(Kw::In), 2, 1)));
        assert_eq!(lex_first("بمايو"), Some((g(5, true), 2, 1)));
        assert_eq!(lex_first("تشرين الاول"), Some((g(10, false), 0, 2)));
        assert_eq!(lex_first("وربيع الاخر"), Some((h(4), 2, 2)));
        assert_eq!(lex_first("امسيه"), None);
    }

    #[test]
    fn tokens() {
        let t = tokenize("في 2024-11-27، الساعة");
        let kinds: Vec<_> = t.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [
                TokKind::Word,
                TokKind::Num,
                TokKind::Punct,
                TokKind::Num,
                TokKind::Punct,
                TokKind::Num,
                TokKind::Punct,
                TokKind::Word
            ]
        );
    }
}
