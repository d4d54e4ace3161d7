//! The word lists the tagger's features consult: the gazetteer and the
//! person-name words.

use super::features::WordLists;
use super::gazetteer::{Gazetteer, WordRoles};
use super::names::{NameWord, NameWords};
use crate::EntityType;

/// The gazetteer and the name words behind one [`WordLists`].
#[derive(Clone, Debug)]
pub struct TaggerLists {
    gazetteer: Gazetteer,
    names: NameWords,
}

impl TaggerLists {
    /// Lists from a gazetteer and name words.
    pub fn new(gazetteer: Gazetteer, names: NameWords) -> Self {
        Self { gazetteer, names }
    }

    /// The bundled gazetteer and name words.
    pub fn bundled() -> Self {
        Self::new(Gazetteer::bundled(), NameWords::bundled())
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

    fn is_demonym(&self, folded: &str) -> bool {
        self.gazetteer.demonym_country(folded).is_some()
    }
}
