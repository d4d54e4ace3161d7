//! The word lists the tagger's features consult: the gazetteer and the
//! person-name words.

use super::features::WordLists;
use super::gazetteer::{Gazetteer, WordRoles};
use super::names::{KnownNames, MinedNames, NameWord, NameWords};
use crate::{EntityType, Span};

/// The gazetteer and the name words behind one [`WordLists`].
#[derive(Clone, Debug)]
pub struct TaggerLists {
    gazetteer: Gazetteer,
    names: NameWords,
    full_names: KnownNames,
    places: KnownNames,
    mined: MinedNames,
}

impl TaggerLists {
    /// Lists from a gazetteer and name words.
    pub fn new(gazetteer: Gazetteer, names: NameWords) -> Self {
        Self {
            gazetteer,
            names,
            full_names: KnownNames::default(),
            places: KnownNames::default(),
            mined: MinedNames::default(),
        }
    }

    /// These lists with a list of people's full names.
    #[must_use]
    pub fn with_full_names(mut self, full_names: KnownNames) -> Self {
        self.full_names = full_names;
        self
    }

    /// These lists with a list of place names.
    #[must_use]
    pub fn with_places(mut self, places: KnownNames) -> Self {
        self.places = places;
        self
    }

    /// These lists with mined organization and MISC names.
    #[must_use]
    pub fn with_mined(mut self, mined: MinedNames) -> Self {
        self.mined = mined;
        self
    }

    /// The bundled gazetteer, name words, full names, place names and mined names.
    pub fn bundled() -> Self {
        Self::new(Gazetteer::bundled(), NameWords::bundled())
            .with_full_names(KnownNames::full_names())
            .with_places(KnownNames::places())
            .with_mined(MinedNames::bundled())
    }
}

impl WordLists for TaggerLists {
    fn word_type(&self, folded: &str) -> Option<EntityType> {
        self.gazetteer.word_type(folded)
    }

    fn is_title(&self, folded: &str) -> bool {
        self.gazetteer.is_title_word(folded)
    }

    fn roles(&self, folded: &str) -> WordRoles {
        self.gazetteer.word_roles(folded)
    }

    fn name_word(&self, folded: &str) -> NameWord {
        self.names.get(folded)
    }

    fn is_full_name(&self, folded: &str) -> bool {
        self.full_names.contains(folded)
    }

    fn is_place(&self, folded: &str) -> bool {
        self.places.contains(folded)
    }

    fn mined(&self, folded: &str) -> u8 {
        self.mined.code(folded)
    }

    fn mined_may_start(&self, first: &str) -> bool {
        self.mined.may_start(first)
    }

    fn is_demonym(&self, folded: &str) -> bool {
        self.gazetteer.demonym_country(folded).is_some()
    }

    fn phrases(&self, text: &str) -> Vec<(Span, EntityType, bool)> {
        self.gazetteer
            .find(text)
            .into_iter()
            .map(|m| (m.span, m.entity_type, m.is_title))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_from_the_gazetteer_and_the_name_words() {
        let gazetteer = Gazetteer::from_sources(&[
            (
                "organizations.tsv",
                "الوداد البيضاوي\tORG\tالوداد البيضاوي\n",
            ),
            ("countries.tsv", "تونس\tLOC\tتونس\n"),
            ("titles.tsv", "المدرب\tTITLE\t\n"),
            ("demonyms.tsv", "تونسي\tLOC\tتونس\n"),
        ])
        .unwrap();
        let lists = TaggerLists::new(gazetteer, NameWords::parse("خالد\t1222\t30\t1\n"));
        assert_eq!(lists.word_type("تونس"), Some(EntityType::Loc));
        let cases: &[(&str, Option<EntityType>, Option<EntityType>)] = &[
            ("الوداد", Some(EntityType::Org), None),
            ("البيضاوي", None, Some(EntityType::Org)),
            ("تونس", None, None),
        ];
        for &(word, begin, inside) in cases {
            let roles = lists.roles(word);
            assert_eq!((roles.begin, roles.inside), (begin, inside), "for {word}");
        }
        assert!(lists.is_title("المدرب"));
        assert!(lists.is_demonym("التونسيه"));
        assert!(!lists.is_demonym("تونس"));
        assert_eq!(lists.name_word("خالد").given, 1222);
        assert_eq!(lists.name_word("تونس"), NameWord::default());
    }
}
