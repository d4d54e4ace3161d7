//! Person-name words: how often a folded word is a given name or a surname
//! of people in Wikidata, and whether it is a known transliterated name.
//!
//! The list (`assets/gazetteer/name-words.tsv`, built by
//! `scripts/build_name_words.py`) holds many words that are also common
//! vocabulary (علي is "on" as well as Ali), so it is never matched as
//! entities: the tagger reads it as features and learns how far to trust it.

use std::ops::RangeInclusive;
use std::sync::{Arc, OnceLock};

use super::hashing::{HashKeyMap, HashKeySet, hash_str};
use super::normalize::fold;

const BUNDLED: &str = include_str!("../../../../assets/gazetteer/name-words.tsv");
const BUNDLED_FULL: &str = include_str!("../../../../assets/gazetteer/full-names.tsv");
const BUNDLED_PLACES_TEXT: &str = include_str!("../../../../assets/gazetteer/places.tsv");
const BUNDLED_MINED_ORG: &str = include_str!("../../../../assets/gazetteer/mined-org.tsv");
const BUNDLED_MINED_MISC: &str = include_str!("../../../../assets/gazetteer/mined-misc.tsv");

/// What the name list says about one word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NameWord {
    /// People known with this word in their given name.
    pub given: u32,
    /// People known with this word in their surname.
    pub family: u32,
    /// The word is a transliteration of a (often foreign) personal name.
    pub transliterated: bool,
}

impl NameWord {
    /// A small code for features: given-name and surname strength in four
    /// steps each, plus the transliteration flag.
    pub(crate) fn code(self) -> u8 {
        fn bucket(count: u32) -> u8 {
            match count {
                0 => 0,
                1..10 => 1,
                10..100 => 2,
                _ => 3,
            }
        }
        bucket(self.given) | (bucket(self.family) << 2) | (u8::from(self.transliterated) << 4)
    }
}

/// Person-name words by folded form.
#[derive(Clone, Debug, Default)]
pub struct NameWords {
    words: Arc<HashKeyMap<NameWord>>,
}

impl NameWords {
    /// The bundled list, parsed once per process.
    pub fn bundled() -> NameWords {
        static BUNDLED_NAMES: OnceLock<NameWords> = OnceLock::new();
        BUNDLED_NAMES.get_or_init(|| Self::parse(BUNDLED)).clone()
    }

    /// Reads `word<TAB>given<TAB>family<TAB>0|1` lines; `#` lines and lines
    /// that do not have that shape are skipped.
    pub fn parse(text: &str) -> NameWords {
        let mut words = HashKeyMap::default();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let mut fields = line.split('\t');
            let (Some(word), Some(given), Some(family), Some(flag)) =
                (fields.next(), fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            let (Ok(given), Ok(family)) = (given.parse(), family.parse()) else {
                continue;
            };
            words.insert(
                hash_str(&fold(word)),
                NameWord {
                    given,
                    family,
                    transliterated: flag == "1",
                },
            );
        }
        NameWords {
            words: Arc::new(words),
        }
    }

    /// What the list knows about a folded word (all zero when it is absent).
    pub fn get(&self, folded: &str) -> NameWord {
        self.words
            .get(&hash_str(folded))
            .copied()
            .unwrap_or_default()
    }

    /// True when `word` (as written; a leading و is tried off too) is a
    /// listed given name, surname or transliterated name.
    pub fn knows(&self, word: &str) -> bool {
        let folded = fold(word);
        let bare = folded.strip_prefix('و').unwrap_or(&folded);
        [folded.as_str(), bare]
            .iter()
            .any(|w| self.get(w) != NameWord::default())
    }

    /// Number of words listed.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when nothing is listed.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// Known multi-word names, folded: the whole names of known people (two to
/// four words) or the names of places (one to three). For the features
/// "these words together are somebody's full name" and "… are a place's
/// name": a run of name words is far more telling than each word alone,
/// yet the lists are never matched as entities, since many of their names
/// are also ordinary words or phrases somewhere.
#[derive(Clone, Debug, Default)]
pub struct KnownNames {
    names: Arc<HashKeySet>,
}

/// Most words a listed full name has.
pub(crate) const FULL_NAME_MAX_WORDS: usize = 4;
/// Most words a listed place name has.
pub(crate) const PLACE_MAX_WORDS: usize = 3;
/// Most words a mined organization or MISC name has.
pub(crate) const MINED_MAX_WORDS: usize = 4;

/// Organization and MISC names mined from unlabeled news after head nouns
/// (وكالة رويترز، حزب العمال الكردستاني، كأس العالم; `scripts/mine_heads.py`),
/// with and without their head: a feature, never matched as entities, since
/// the mining keeps some everyday phrases too.
#[derive(Clone, Debug, Default)]
pub struct MinedNames {
    /// Folded name → [`MinedNames::ORG`] or [`MinedNames::MISC`].
    names: Arc<HashKeyMap<u8>>,
    /// Folded first words of the names, so most words need no joined lookup.
    firsts: Arc<HashKeySet>,
}

impl MinedNames {
    /// Code of a mined organization name.
    pub const ORG: u8 = 1;
    /// Code of a mined MISC name.
    pub const MISC: u8 = 2;

    /// The bundled mined lists, parsed once per process.
    pub fn bundled() -> MinedNames {
        static BUNDLED_MINED: OnceLock<MinedNames> = OnceLock::new();
        BUNDLED_MINED
            .get_or_init(|| Self::parse(BUNDLED_MINED_ORG, BUNDLED_MINED_MISC))
            .clone()
    }

    /// Reads the organization and the MISC list (one name per line, `#`
    /// lines skipped); a name in both counts as an organization.
    pub fn parse(organizations: &str, misc: &str) -> MinedNames {
        let mut names = HashKeyMap::default();
        let mut firsts = HashKeySet::default();
        for (text, code) in [(misc, Self::MISC), (organizations, Self::ORG)] {
            for line in text.lines().filter(|l| !l.starts_with('#')) {
                let folded: Vec<String> = line.split_whitespace().map(fold).collect();
                let (Some(first), 1..=MINED_MAX_WORDS) = (folded.first(), folded.len()) else {
                    continue;
                };
                firsts.insert(hash_str(first));
                names.insert(hash_str(&folded.join(" ")), code);
            }
        }
        MinedNames {
            names: Arc::new(names),
            firsts: Arc::new(firsts),
        }
    }

    /// The code of `folded` (words joined by single spaces), 0 when unlisted.
    pub fn code(&self, folded: &str) -> u8 {
        self.names.get(&hash_str(folded)).copied().unwrap_or(0)
    }

    /// True when some listed name starts with the folded word `first`.
    pub fn may_start(&self, first: &str) -> bool {
        self.firsts.contains(&hash_str(first))
    }

    /// Number of names listed.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// True when nothing is listed.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

impl KnownNames {
    /// The bundled people's full names, parsed once per process.
    pub fn full_names() -> KnownNames {
        static BUNDLED_FULL_NAMES: OnceLock<KnownNames> = OnceLock::new();
        BUNDLED_FULL_NAMES
            .get_or_init(|| Self::parse(BUNDLED_FULL, 2..=FULL_NAME_MAX_WORDS))
            .clone()
    }

    /// The bundled place names, parsed once per process.
    pub fn places() -> KnownNames {
        static BUNDLED_PLACES: OnceLock<KnownNames> = OnceLock::new();
        BUNDLED_PLACES
            .get_or_init(|| Self::parse(BUNDLED_PLACES_TEXT, 1..=PLACE_MAX_WORDS))
            .clone()
    }

    /// Reads one name per line (words separated by single spaces); `#`
    /// lines and lines whose word count is outside `words` are skipped.
    pub fn parse(text: &str, words: RangeInclusive<usize>) -> KnownNames {
        let mut names = HashKeySet::default();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let folded: Vec<String> = line.split_whitespace().map(fold).collect();
            if words.contains(&folded.len()) {
                names.insert(hash_str(&folded.join(" ")));
            }
        }
        KnownNames {
            names: Arc::new(names),
        }
    }

    /// True when `folded`, words joined by single spaces, is a listed name.
    pub fn contains(&self, folded: &str) -> bool {
        self.names.contains(&hash_str(folded))
    }

    /// Number of names listed.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// True when nothing is listed.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_counts_and_flags_of_folded_words() {
        let names = NameWords::parse("# header\nاحمد\t4928\t699\t1\nفينغر\t0\t0\t1\nسطر ناقص\t3\n");
        assert_eq!(names.len(), 2);
        let cases: &[(&str, NameWord)] = &[
            (
                "احمد",
                NameWord {
                    given: 4928,
                    family: 699,
                    transliterated: true,
                },
            ),
            (
                "فينغر",
                NameWord {
                    given: 0,
                    family: 0,
                    transliterated: true,
                },
            ),
            ("الحكومه", NameWord::default()),
        ];
        for (word, want) in cases {
            assert_eq!(names.get(word), *want, "for {word}");
        }
        assert_eq!(names.get("احمد").code(), 3 | (3 << 2) | (1 << 4));
        assert_eq!(names.get("الحكومه").code(), 0);
    }

    #[test]
    fn the_bundled_list_knows_common_given_and_foreign_names() {
        let names = NameWords::bundled();
        for word in ["محمد", "فاطمه", "خالد"] {
            assert!(names.get(word).given >= 100, "{word}");
        }
        for word in ["جورج", "ديفيد"] {
            assert!(names.get(word).given > 0, "{word}");
        }
        assert_eq!(names.get("الحكومه"), NameWord::default());
    }

    #[test]
    fn full_names_are_folded_whole_runs_of_words() {
        let names = KnownNames::parse(
            "# header\nأحمد الزهارنة\nعلي\nفايزة أبو النجا\n",
            2..=FULL_NAME_MAX_WORDS,
        );
        assert_eq!(names.len(), 2, "the one-word line is skipped");
        let cases: &[(&str, bool)] = &[
            ("احمد الزهارنه", true),
            ("فايزه ابو النجا", true),
            ("ابو النجا", false),
            ("احمد", false),
            ("علي", false),
        ];
        for &(name, want) in cases {
            assert_eq!(names.contains(name), want, "for {name}");
        }
    }

    #[test]
    fn the_bundled_full_names_hold_thousands_of_people() {
        let names = KnownNames::full_names();
        assert!(names.len() > 50_000, "{} names", names.len());
        assert!(!names.contains("وزير الخارجيه"));
    }

    #[test]
    fn mined_names_know_their_type_and_first_words() {
        let mined = MinedNames::parse(
            "# header\nوكالة رويترز\nرويترز\nحزب العمال الكردستاني\n",
            "كأس العالم\nرويترز\n",
        );
        assert_eq!(mined.len(), 4);
        let cases: &[(&str, u8)] = &[
            ("وكاله رويترز", MinedNames::ORG),
            ("رويترز", MinedNames::ORG),
            ("حزب العمال الكردستاني", MinedNames::ORG),
            ("كاس العالم", MinedNames::MISC),
            ("حزب العمال", 0),
            ("العالم", 0),
        ];
        for &(name, code) in cases {
            assert_eq!(mined.code(name), code, "for {name}");
        }
        assert!(mined.may_start("حزب") && mined.may_start("كاس"));
        assert!(!mined.may_start("العمال"));
    }

    #[test]
    fn the_bundled_mined_lists_hold_agencies_parties_and_competitions() {
        let mined = MinedNames::bundled();
        assert!(mined.len() > 1_000, "{} names", mined.len());
        for name in ["وكالة رويترز", "حزب العدالة والتنمية"] {
            assert_eq!(mined.code(&fold(name)), MinedNames::ORG, "{name}");
        }
        assert_eq!(mined.code(&fold("كأس العالم")), MinedNames::MISC);
        for phrase in ["في", "الولايات المتحدة", "وزير الخارجية"] {
            assert_eq!(mined.code(&fold(phrase)), 0, "{phrase}");
        }
    }

    #[test]
    fn the_bundled_places_know_foreign_and_arab_cities_by_their_folded_names() {
        let places = KnownNames::places();
        assert!(places.len() > 10_000, "{} places", places.len());
        for place in ["مانشستر", "هونغ كونغ", "كراتشي", "حلب"] {
            assert!(places.contains(&fold(place)), "{place}");
        }
        for phrase in ["في", "وزير الخارجيه", "محمد"] {
            assert!(!places.contains(phrase), "{phrase}");
        }
    }
}
