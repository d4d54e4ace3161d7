//! The analyst's fixes to the machine's entities, kept as an ordered log.

use marsad_core::EntityType;
use serde::{Deserialize, Serialize};

/// One correction the analyst made to the recognized entities.
///
/// Entities are named by the ids the corpus analysis gives them. Corrections are replayed
/// in order on every open, so the log's order is part of the meaning (a rename after a
/// merge applies to the merged entity).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum EntityCorrection {
    /// `merged` is the same real-world entity as `into`: its mentions join `into`.
    Merge {
        /// The entity that stays.
        into: String,
        /// The entity that disappears into `into`.
        merged: String,
    },
    /// One spelling was wrongly resolved to `entity`: it becomes an entity of its own.
    SplitAlias {
        /// The entity that wrongly holds the alias.
        entity: String,
        /// The alias (as written) to split off.
        alias: String,
    },
    /// The entity's display name.
    Rename {
        /// The entity renamed.
        entity: String,
        /// The name the analyst chose.
        name: String,
    },
    /// The recognizer got the class wrong.
    ChangeType {
        /// The entity retyped.
        entity: String,
        /// Its right class.
        entity_type: EntityType,
    },
    /// A false entity (or one the analyst does not care about): hidden from lists and the timeline.
    Hide {
        /// The entity hidden.
        entity: String,
    },
    /// Undoes an earlier `Hide`.
    Unhide {
        /// The entity shown again.
        entity: String,
    },
    /// An entity the recognizer missed, found wherever one of its names occurs.
    AddEntity {
        /// The id the analyst's entity gets (unique among entities).
        id: String,
        /// Its display name.
        name: String,
        /// Its class.
        entity_type: EntityType,
        /// Other spellings to look for, besides `name`.
        aliases: Vec<String>,
    },
}

impl EntityCorrection {
    /// Every entity id this correction refers to, for checks and for dropping stale ones.
    pub fn entity_ids(&self) -> Vec<&str> {
        match self {
            Self::Merge { into, merged } => vec![into, merged],
            Self::SplitAlias { entity, .. }
            | Self::Rename { entity, .. }
            | Self::ChangeType { entity, .. }
            | Self::Hide { entity }
            | Self::Unhide { entity } => vec![entity],
            Self::AddEntity { id, .. } => vec![id],
        }
    }
}
