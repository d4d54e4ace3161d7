//! The analyst's fixes to the machine's entities, kept as an ordered log.

use marsad_core::EntityType;
use marsad_core::corpus::{Correction, EntityId};
use serde::{Deserialize, Serialize};

/// One correction the analyst made to the recognized entities.
///
/// The file-format twin of `marsad_core::corpus::Correction` (convert with `From` both
/// ways): kept separate so a change in the core's type cannot silently change what old
/// workspace files mean.
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

impl From<&EntityCorrection> for Correction {
    fn from(correction: &EntityCorrection) -> Self {
        let id = |s: &String| EntityId(s.clone());
        match correction {
            EntityCorrection::Merge { into, merged } => Self::Merge {
                into: id(into),
                merged: id(merged),
            },
            EntityCorrection::SplitAlias { entity, alias } => Self::SplitAlias {
                entity: id(entity),
                alias: alias.clone(),
            },
            EntityCorrection::Rename { entity, name } => Self::Rename {
                entity: id(entity),
                name: name.clone(),
            },
            EntityCorrection::ChangeType {
                entity,
                entity_type,
            } => Self::ChangeType {
                entity: id(entity),
                entity_type: *entity_type,
            },
            EntityCorrection::Hide { entity } => Self::Hide { entity: id(entity) },
            EntityCorrection::Unhide { entity } => Self::Unhide { entity: id(entity) },
            EntityCorrection::AddEntity {
                id: entity,
                name,
                entity_type,
                aliases,
            } => Self::AddEntity {
                id: id(entity),
                name: name.clone(),
                entity_type: *entity_type,
                aliases: aliases.clone(),
            },
        }
    }
}

impl From<&Correction> for EntityCorrection {
    fn from(correction: &Correction) -> Self {
        let id = |entity: &EntityId| entity.0.clone();
        match correction {
            Correction::Merge { into, merged } => Self::Merge {
                into: id(into),
                merged: id(merged),
            },
            Correction::SplitAlias { entity, alias } => Self::SplitAlias {
                entity: id(entity),
                alias: alias.clone(),
            },
            Correction::Rename { entity, name } => Self::Rename {
                entity: id(entity),
                name: name.clone(),
            },
            Correction::ChangeType {
                entity,
                entity_type,
            } => Self::ChangeType {
                entity: id(entity),
                entity_type: *entity_type,
            },
            Correction::Hide { entity } => Self::Hide { entity: id(entity) },
            Correction::Unhide { entity } => Self::Unhide { entity: id(entity) },
            Correction::AddEntity {
                id: entity,
                name,
                entity_type,
                aliases,
            } => Self::AddEntity {
                id: id(entity),
                name: name.clone(),
                entity_type: *entity_type,
                aliases: aliases.clone(),
            },
        }
    }
}
