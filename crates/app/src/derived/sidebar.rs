//! The entity sidebar's rows: entities grouped by type, most mentioned first, kept by
//! the typed filter, hidden ones left out unless asked for.

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

/// The sidebar's rows.
#[derive(Debug, Default)]
pub struct SidebarRows {
    pub rows: Vec<Row>,
    /// Entities listed (before folding groups away).
    pub listed: usize,
}

/// What the rows were built for: entities generation, filter, folded groups, hidden shown.
pub type SidebarKey = (u64, String, [bool; 4], bool);

/// The key of the rows `model` asks for, with the groups folded away in `collapsed`
/// (by `EntityType::ALL` index).
pub fn key(model: &Model, collapsed: [bool; 4]) -> SidebarKey {
    (
        model.corpus.entities.generation(),
        model.entity_filter.clone(),
        collapsed,
        model.settings.filters.show_hidden,
    )
}

/// True when the folded filter is part of the entity's name or one of its aliases.
pub fn matches_filter(entity: &Entity, needle: &str) -> bool {
    needle.is_empty()
        || std::iter::once(&entity.name)
            .chain(&entity.aliases)
            .any(|name| fold_key(name).contains(needle))
}

/// The rows for `key`.
pub fn compute(model: &Model, key: &SidebarKey) -> SidebarRows {
    let (_, filter, collapsed, show_hidden) = key;
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
                    && matches_filter(e, &needle)
            })
            .collect();
        if entities.is_empty() {
            continue;
        }
        entities.sort_by(|a, b| {
            b.mention_count
                .cmp(&a.mention_count)
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
    SidebarRows { rows, listed }
}
