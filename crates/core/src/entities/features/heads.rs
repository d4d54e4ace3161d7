//! Head nouns that introduce a name of a kind (شركة، حزب، بطولة، مسلسل،
//! ملعب…), and the reach of a head or an opening quote over the words after
//! it. A word seen two places after وكالة or inside « » after مسلسل is
//! likely part of an organization's or a programme's name, whatever the
//! word itself; the classes let the tagger learn that once for all heads,
//! rare ones included, and the reach carries it past the first word
//! (المنظمة العالمية للملكية الفكرية).

use std::sync::OnceLock;

use super::super::hashing::{HashKeyMap, hash_str};
use super::super::normalize::fold;
use super::{PAD, WordInfo};

/// Class of a head noun: what kind of name tends to follow it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(super) enum HeadClass {
    /// Organizations of every kind: companies, agencies, parties, bodies.
    Organization = 1,
    /// Sports clubs and teams (their names are often a city or an everyday word).
    Team = 2,
    /// Events, competitions, agreements, operations.
    Event = 3,
    /// Works and products: programmes, films, books, cars.
    Work = 4,
    /// Places and facilities: cities, provinces, stadiums, airports, mosques.
    Place = 5,
    /// Peoples, tribes and sects.
    People = 6,
}

/// Head nouns by class, written as the press writes them (folded on load).
const HEADS: &[(HeadClass, &[&str])] = &[
    (
        HeadClass::Organization,
        &[
            "شركة",
            "شركات",
            "وكالة",
            "صحيفة",
            "جريدة",
            "مجلة",
            "قناة",
            "إذاعة",
            "تلفزيون",
            "حزب",
            "جامعة",
            "كلية",
            "معهد",
            "أكاديمية",
            "وزارة",
            "هيئة",
            "مجلس",
            "جبهة",
            "حركة",
            "تنظيم",
            "جماعة",
            "منظمة",
            "اتحاد",
            "بنك",
            "مصرف",
            "مؤسسة",
            "مجموعة",
            "لجنة",
            "محكمة",
            "مكتب",
            "جمعية",
            "مركز",
            "تيار",
            "كتلة",
            "ائتلاف",
            "تحالف",
            "صندوق",
            "سرايا",
            "كتائب",
            "لواء",
            "مجمع",
            "دار",
            "مطبعة",
            "مختبر",
            "معمل",
            "مستشفى",
            "رابطة",
            "نقابة",
            "غرفة",
            "بورصة",
            "سوق",
            "مصنع",
            "فندق",
            "مطعم",
            "متحف",
            "مكتبة",
            "مدرسة",
            "إدارة",
            "مديرية",
            "دائرة",
            "سلطة",
            "مفوضية",
            "برلمان",
            "ميليشيا",
            "جيش",
            "قوات",
            "شرطة",
        ],
    ),
    (
        HeadClass::Team,
        &["نادي", "فريق", "منتخب", "أندية", "فريقي"],
    ),
    (
        HeadClass::Event,
        &[
            "بطولة",
            "كأس",
            "جائزة",
            "مهرجان",
            "اتفاقية",
            "اتفاق",
            "معاهدة",
            "عملية",
            "معرض",
            "مسابقة",
            "دوري",
            "دورة",
            "مؤتمر",
            "قمة",
            "منتدى",
            "ملتقى",
            "حرب",
            "غزوة",
            "ثورة",
            "انتفاضة",
            "مونديال",
            "أولمبياد",
            "ماراثون",
            "رالي",
            "خطة",
            "مبادرة",
            "إعلان",
            "ميثاق",
            "قانون",
            "قرار",
        ],
    ),
    (
        HeadClass::Work,
        &[
            "مسلسل",
            "فيلم",
            "فيلمي",
            "برنامج",
            "رواية",
            "كتاب",
            "مسرحية",
            "أغنية",
            "ألبوم",
            "قصيدة",
            "ديوان",
            "سيارة",
            "طراز",
            "طائرة",
            "طائرات",
            "صاروخ",
            "صواريخ",
            "سفينة",
            "حاملة",
            "دبابة",
            "قذيفة",
            "لعبة",
            "موقع",
            "تطبيق",
            "نظام",
            "مشروع",
            "ماركة",
            "علامة",
            "مركبة",
            "هاتف",
            "جهاز",
        ],
    ),
    (
        HeadClass::Place,
        &[
            "مدينة",
            "محافظة",
            "ولاية",
            "منطقة",
            "إقليم",
            "جزيرة",
            "جزر",
            "بلدة",
            "قرية",
            "مخيم",
            "حي",
            "شارع",
            "ميدان",
            "ساحة",
            "ملعب",
            "استاد",
            "مطار",
            "ميناء",
            "مسجد",
            "جامع",
            "كنيسة",
            "معبد",
            "قصر",
            "برج",
            "سجن",
            "جبل",
            "نهر",
            "بحيرة",
            "بحر",
            "خليج",
            "صحراء",
            "وادي",
            "سد",
            "قاعدة",
            "معبر",
            "مضيق",
            "قناة",
        ],
    ),
    (
        HeadClass::People,
        &[
            "شعب",
            "قبيلة",
            "قبائل",
            "طائفة",
            "سلالة",
            "أسرة",
            "عشيرة",
            "قومية",
        ],
    ),
];

/// Folded head nouns (without the article) to their class; the first class
/// listed wins for a word listed twice (قناة: a channel before a canal).
fn heads() -> &'static HashKeyMap<HeadClass> {
    static HEADS_BY_HASH: OnceLock<HashKeyMap<HeadClass>> = OnceLock::new();
    HEADS_BY_HASH.get_or_init(|| {
        let mut map = HashKeyMap::default();
        for &(class, words) in HEADS {
            for word in words {
                map.entry(hash_str(&fold(word))).or_insert(class);
            }
        }
        map
    })
}

/// The head code of a folded, article-free stem: its [`HeadClass`], plus 8
/// when the word carries the article (البنك opens a name, بنك introduces one).
/// A bare و ف ب ل ك the lexicon left on the stem is tried off too (لوكالة).
pub(super) fn head_code(stem: &str, article: bool) -> u8 {
    let heads = heads();
    let class = heads.get(&hash_str(stem)).or_else(|| {
        stem.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك'])
            .filter(|rest| rest.chars().count() >= 2)
            .and_then(|rest| heads.get(&hash_str(rest)))
    });
    class.map_or(0, |&class| class as u8 | if article { 8 } else { 0 })
}

/// What a token is as punctuation, for the reach of heads and quotes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[repr(u8)]
pub(super) enum Punct {
    /// A word (or a number).
    #[default]
    Word = 0,
    /// « ( “ [ : opens a quoted or bracketed run.
    Open = 1,
    /// » ) ” ] : closes one.
    Close = 2,
    /// " ' '' : opens or closes, by parity.
    Either = 3,
    /// Any other punctuation: ends a head's reach.
    Break = 4,
}

/// The punctuation class of a token as written.
pub(super) fn punct_of(token: &str) -> Punct {
    if token.is_empty() || token.chars().any(char::is_alphanumeric) {
        return Punct::Word;
    }
    if token
        .chars()
        .all(|c| matches!(c, '«' | '(' | '“' | '[' | '{'))
    {
        Punct::Open
    } else if token
        .chars()
        .all(|c| matches!(c, '»' | ')' | '”' | ']' | '}'))
    {
        Punct::Close
    } else if token
        .chars()
        .all(|c| matches!(c, '"' | '\'' | '`' | '‘' | '’'))
    {
        Punct::Either
    } else {
        Punct::Break
    }
}

/// Words a head reaches over after it (وكالة الأنباء المصرية الرسمية).
const HEAD_REACH: usize = 4;
/// Words an opening quote reaches over.
const QUOTE_REACH: usize = 5;

/// Per padded position, the code of the nearest head before it within
/// [`HEAD_REACH`] words with no punctuation between (its class and article
/// bit, plus 16 × the distance), and the code of the quote the word is in
/// (16 × its distance from the opening mark, plus the head code of the word
/// before that mark). Zero where there is none.
pub(super) fn fill_reach(infos: &[WordInfo], heads_out: &mut Vec<u8>, quotes_out: &mut Vec<u8>) {
    let n = infos.len();
    heads_out.clear();
    heads_out.resize(n, 0);
    quotes_out.clear();
    quotes_out.resize(n, 0);
    let mut head: Option<(usize, u8)> = None;
    let mut quote: Option<(usize, u8)> = None;
    let mut open_either = false;
    for i in PAD..n.saturating_sub(PAD) {
        let w = &infos[i];
        match w.punct {
            Punct::Word => {
                if let Some((at, code)) = head {
                    let distance = i - at;
                    if distance <= HEAD_REACH {
                        heads_out[i] = code | (distance as u8) << 4;
                    } else {
                        head = None;
                    }
                }
                if let Some((at, code)) = quote {
                    let distance = i - at;
                    if distance <= QUOTE_REACH {
                        quotes_out[i] = code | (distance as u8) << 4;
                    } else {
                        quote = None;
                    }
                }
                if w.head != 0 {
                    head = Some((i, w.head));
                }
            }
            Punct::Open => {
                quote = Some((i, infos[i - 1].head));
                head = None;
            }
            Punct::Either if !open_either => {
                open_either = true;
                quote = Some((i, infos[i - 1].head));
                head = None;
            }
            Punct::Either | Punct::Close => {
                open_either = false;
                quote = None;
                head = None;
            }
            Punct::Break => {
                quote = None;
                head = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::lexicon::Lexicon;
    use super::super::{FeatureExtractor, Scratch};
    use super::*;

    #[test]
    fn heads_are_found_with_and_without_article_and_proclitic() {
        // (word as written, class, with the article)
        let cases = [
            ("وكالة", Some(HeadClass::Organization), false),
            ("لوكالة", Some(HeadClass::Organization), false),
            ("الوكالة", Some(HeadClass::Organization), true),
            ("للمنظمة", Some(HeadClass::Organization), true),
            ("نادي", Some(HeadClass::Team), false),
            ("ببطولة", Some(HeadClass::Event), false),
            ("مسلسل", Some(HeadClass::Work), false),
            ("ملعب", Some(HeadClass::Place), false),
            ("قبائل", Some(HeadClass::People), false),
            ("قال", None, false),
            ("رويترز", None, false),
        ];
        let lexicon = Lexicon::default();
        let extractor = FeatureExtractor::new(&lexicon, None);
        let mut folded = String::new();
        for (word, class, article) in cases {
            let info = extractor.word_info(word, &mut folded);
            let expected = class.map_or(0, |c| c as u8 | if article { 8 } else { 0 });
            assert_eq!(info.head, expected, "{word}");
        }
    }

    #[test]
    fn punctuation_is_told_apart_from_words() {
        let cases = [
            ("«", Punct::Open),
            ("(", Punct::Open),
            ("»", Punct::Close),
            (")", Punct::Close),
            ("\"", Punct::Either),
            ("''", Punct::Either),
            ("،", Punct::Break),
            (".", Punct::Break),
            ("-", Punct::Break),
            ("(د", Punct::Word),
            ("2006", Punct::Word),
            ("الويبو", Punct::Word),
        ];
        for (token, expected) in cases {
            assert_eq!(punct_of(token), expected, "{token}");
        }
    }

    /// (distance, class) of the head reach and of the quote reach over each token.
    fn reaches(tokens: &[&str]) -> Vec<((u8, u8), (u8, u8))> {
        let lexicon = Lexicon::default();
        let extractor = FeatureExtractor::new(&lexicon, None);
        let mut scratch = Scratch::default();
        extractor.fill_infos(tokens, &mut scratch);
        let (mut heads, mut quotes) = (Vec::new(), Vec::new());
        fill_reach(&scratch.infos, &mut heads, &mut quotes);
        (PAD..PAD + tokens.len())
            .map(|i| {
                let split = |code: u8| (code >> 4, code & 7);
                (split(heads[i]), split(quotes[i]))
            })
            .collect()
    }

    #[test]
    fn a_head_reaches_four_words_and_stops_at_punctuation() {
        let org = HeadClass::Organization as u8;
        let none = (0, 0);
        let sentence = [
            "وقالت",
            "الوكالة",
            "الوطنية",
            "للتنسيق",
            "في",
            "الكوارث",
            "بإندونيسيا",
            "،",
            "إن",
        ];
        let heads: Vec<(u8, u8)> = reaches(&sentence).iter().map(|r| r.0).collect();
        assert_eq!(
            heads,
            [
                none,
                none,
                (1, org),
                (2, org),
                (3, org),
                (4, org),
                none,
                none,
                none
            ]
        );
        let heads: Vec<(u8, u8)> = reaches(&["شركة", "نستله", "،", "السويسرية"])
            .iter()
            .map(|r| r.0)
            .collect();
        assert_eq!(heads, [none, (1, org), none, none]);
    }

    /// Tokens, then the quote's (distance, head class) over each.
    type QuoteCase<'a> = (&'a [&'a str], &'a [(u8, u8)]);

    #[test]
    fn a_quote_reaches_the_words_inside_with_the_head_before_it() {
        let work = HeadClass::Work as u8;
        let none = (0, 0);
        let cases: &[QuoteCase<'_>] = &[
            (
                &["مسلسل", "«", "قلب", "الدنيا", "»", "الجديد"],
                &[none, none, (1, work), (2, work), none, none],
            ),
            (
                &[
                    "رواية",
                    "\"",
                    "خان",
                    "الخليلي",
                    "\"",
                    "ثم",
                    "\"",
                    "زقاق",
                    "\"",
                ],
                &[
                    none,
                    none,
                    (1, work),
                    (2, work),
                    none,
                    none,
                    none,
                    (1, 0),
                    none,
                ],
            ),
            (&["قال", "(", "رويترز", ")"], &[none, none, (1, 0), none]),
        ];
        for &(tokens, expected) in cases {
            let quotes: Vec<(u8, u8)> = reaches(tokens).iter().map(|r| r.1).collect();
            assert_eq!(quotes, expected, "{tokens:?}");
        }
    }
}
