//! The entity sidebar's rows: entities grouped by type, most mentioned first, kept by
//! the typed filter, hidden ones left out unless asked for; or, in the "likely wrong"
//! view, only the entities the recognizer doubted, least sure first.

use std::collections::HashMap;

use marsad_core::corpus::{Entity, EntityId};

use crate::analysis::EntityType;
use crate::model::Model;
use crate::search::fold_key;

/// One row of the flattened sidebar: a group header or an entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Row {
    Group(EntityType, usize),
    Entity(EntityId),
}

/// An entity whose surest mention the recognizer gave less than this is likely
/// wrong: a common word read as a place (مشهد "a scene", كرفانات "caravans"), a word
/// the document made a name of. List entries and the analyst's own are certain. On
/// the real-news dev set three in four entities under it are wrong, and it finds more
/// than twice the wrong ones 0.6 does (docs/likely-wrong.md).
pub const LIKELY_WRONG_BELOW: f32 = 0.8;

/// The sidebar's rows.
#[derive(Debug, Default)]
pub struct SidebarRows {
    pub rows: Vec<Row>,
    /// Entities listed (before folding groups away).
    pub listed: usize,
    /// The confidence of each listed entity, kept only in the "likely wrong" view.
    pub confidence: HashMap<EntityId, f32>,
}

/// What the rows were built for: entities generation, filter, folded groups, hidden
/// shown, only the likely wrong.
pub type SidebarKey = (u64, String, [bool; 4], bool, bool);

/// The key of the rows `model` asks for, with the groups folded away in `collapsed`
/// (by `EntityType::ALL` index).
pub fn key(model: &Model, collapsed: [bool; 4]) -> SidebarKey {
    (
        model.corpus.entities.generation(),
        model.entity_filter.clone(),
        collapsed,
        model.settings.filters.show_hidden,
        model.likely_wrong,
    )
}

/// True when the folded filter is part of the entity's name or one of its aliases.
pub fn matches_filter(entity: &Entity, needle: &str) -> bool {
    needle.is_empty()
        || std::iter::once(&entity.name)
            .chain(&entity.aliases)
            .any(|name| fold_key(name).contains(needle))
}

/// The confidence of each entity the recognizer doubted (below [`LIKELY_WRONG_BELOW`]).
fn doubted(model: &Model) -> HashMap<EntityId, f32> {
    model
        .corpus
        .entities
        .resolution()
        .confidences()
        .into_iter()
        .map(|(id, c)| (id.clone(), c.probability()))
        .filter(|&(_, p)| p < LIKELY_WRONG_BELOW)
        .collect()
}

/// The rows for `key`.
pub fn compute(model: &Model, key: &SidebarKey) -> SidebarRows {
    let (_, filter, collapsed, show_hidden, likely_wrong) = key;
    let confidence = if *likely_wrong {
        doubted(model)
    } else {
        HashMap::new()
    };
    let sureness = |e: &Entity| confidence.get(&e.id).copied().unwrap_or(1.0);
    let needle = fold_key(filter.trim());
    let mut rows = Vec::new();
    let mut listed = 0;
    for (group, entity_type) in EntityType::ALL.into_iter().enumerate() {
        let mut entities: Vec<&Entity> = model
            .corpus
            .entities
            .list()
            .iter()
            .filter(|e| {
                e.entity_type == entity_type
                    && (*show_hidden || !e.hidden)
                    && (!likely_wrong || confidence.contains_key(&e.id))
                    && matches_filter(e, &needle)
            })
            .collect();
        if entities.is_empty() {
            continue;
        }
        entities.sort_by(|a, b| {
            sureness(a)
                .total_cmp(&sureness(b))
                .then_with(|| b.mention_count.cmp(&a.mention_count))
                .then_with(|| b.article_count.cmp(&a.article_count))
                .then_with(|| a.name.cmp(&b.name))
                .then_with(|| a.id.cmp(&b.id))
        });
        listed += entities.len();
        rows.push(Row::Group(entity_type, entities.len()));
        if !collapsed[group] {
            rows.extend(entities.into_iter().map(|e| Row::Entity(e.id.clone())));
        }
    }
    SidebarRows {
        rows,
        listed,
        confidence,
    }
}
