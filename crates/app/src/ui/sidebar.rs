//! The entity sidebar: entities grouped by type, sorted by mentions,
//! filterable; right-click for corrections; the selected entity's detail
//! pane below the list.
//!
//! While a folder loads the rows come from the provisional streaming index;
//! once it has loaded they are the resolved entities with the analyst's
//! corrections (aliases folded in, hidden ones left out unless asked for).

use egui::{Role, Ui};
use marsad_core::corpus::{Entity, EntityId};

use crate::analysis::EntityType;
use crate::search::fold_key;
use crate::shaping::TextEngine;
use crate::state::{Corpus, ViewState};

use super::entity_menu::{EntityAction, entity_labels, entity_menu_ui};
use super::name_row::{NameRow, ROW_HEIGHT, name_row_ui};

/// One row of the flattened sidebar: a group header or an entity.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Row {
    Group(EntityType, usize),
    Entity(EntityId),
}

/// What the rows were built for: entities generation, filter, folded groups, hidden shown.
type RowsKey = (u64, String, [bool; 4], bool);

/// The sorted rows, rebuilt only when the entities or the filter change.
#[derive(Debug, Default)]
pub struct SidebarCache {
    key: Option<RowsKey>,
    rows: Vec<Row>,
    /// Entities listed (before folding groups away).
    listed: usize,
    /// Groups the analyst folded away, by `EntityType::ALL` index.
    pub collapsed: [bool; 4],
}

/// An entity row is a button (it selects the entity), a little wider-set and
/// larger than the detail pane's links, with room for two counts.
const ENTITY_ROW: NameRow = NameRow {
    role: Role::Button,
    margin: 6.0,
    name_size: 15.0,
    counts_width: 130.0,
    counts_share: 0.45,
};

/// The entity sidebar panel.
pub fn sidebar_ui(ui: &mut Ui, engine: &mut TextEngine, view: &mut ViewState, corpus: &Corpus) {
    let labels = view.language.labels();
    let words = entity_labels(view.language);
    let rtl = view.language.is_rtl();
    refresh_rows(
        &mut view.sidebar,
        corpus,
        &view.entity_filter_text,
        view.show_hidden,
    );
    super::row_ui(ui, rtl, |ui| {
        ui.heading(labels.entities);
        ui.weak(view.sidebar.listed.to_string());
    });
    super::row_ui(ui, rtl, |ui| {
        let edit = egui::TextEdit::singleline(&mut view.entity_filter_text)
            .hint_text(labels.filter_entities_hint)
            .align(if rtl {
                egui::Align2::RIGHT_CENTER
            } else {
                egui::Align2::LEFT_CENTER
            })
            .desired_width(f32::INFINITY);
        ui.add(edit);
    });
    super::row_ui(ui, rtl, |ui| {
        ui.checkbox(&mut view.show_hidden, words.show_hidden);
    });
    ui.separator();
    let selected = view
        .selected_entity
        .as_ref()
        .is_some_and(|id| corpus.entities.get(id).is_some());
    let rows = std::mem::take(&mut view.sidebar.rows);
    let mut scroll = egui::ScrollArea::vertical()
        .auto_shrink(false)
        .id_salt("entity_rows");
    if selected {
        // The detail pane takes the lower part of the panel.
        scroll = scroll.max_height((ui.available_height() * 0.4).max(ROW_HEIGHT * 4.0));
    }
    let mut action = None;
    scroll.show_rows(ui, ROW_HEIGHT, rows.len(), |ui, range| {
        for row in rows.get(range).unwrap_or_default() {
            match row {
                Row::Group(entity_type, count) => group_row_ui(ui, view, *entity_type, *count),
                Row::Entity(id) => {
                    if let Some(entity) = corpus.entities.get(id)
                        && let Some(a) = entity_row_ui(ui, engine, view, corpus, entity)
                    {
                        action = Some(a);
                    }
                }
            }
        }
    });
    view.sidebar.rows = rows;
    if selected {
        ui.separator();
        super::entity_detail::detail_ui(ui, engine, view, corpus);
    }
    if let Some(action) = action {
        action.apply(view);
    }
}

/// True when the folded filter is part of the entity's name or one of its aliases.
fn matches_filter(entity: &Entity, needle: &str) -> bool {
    needle.is_empty()
        || std::iter::once(&entity.name)
            .chain(&entity.aliases)
            .any(|name| fold_key(name).contains(needle))
}

fn refresh_rows(cache: &mut SidebarCache, corpus: &Corpus, filter: &str, show_hidden: bool) {
    let key = (
        corpus.entities.generation(),
        filter.to_owned(),
        cache.collapsed,
        show_hidden,
    );
    if cache.key.as_ref() == Some(&key) {
        return;
    }
    let needle = fold_key(filter.trim());
    let mut rows = Vec::new();
    let mut listed = 0;
    for (group, entity_type) in EntityType::ALL.into_iter().enumerate() {
        let mut entities: Vec<&Entity> = corpus
            .entities
            .list()
            .iter()
            .filter(|e| {
                e.entity_type == entity_type
                    && (show_hidden || !e.hidden)
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
        if !cache.collapsed[group] {
            rows.extend(entities.into_iter().map(|e| Row::Entity(e.id.clone())));
        }
    }
    cache.rows = rows;
    cache.listed = listed;
    cache.key = Some(key);
}

fn group_row_ui(ui: &mut Ui, view: &mut ViewState, entity_type: EntityType, count: usize) {
    let labels = view.language.labels();
    let group = EntityType::ALL
        .iter()
        .position(|&t| t == entity_type)
        .unwrap_or(0);
    let collapsed = view.sidebar.collapsed[group];
    let arrow = if collapsed { "+" } else { "−" };
    let text = egui::RichText::new(format!(
        "{arrow} {} ({count})",
        super::group_label(entity_type, labels)
    ))
    .strong()
    .color(super::entity_color(entity_type, view.dark));
    let clicked = super::row_ui(ui, view.language.is_rtl(), |ui| {
        ui.set_height(ROW_HEIGHT - ui.spacing().item_spacing.y);
        ui.add(egui::Button::new(text).frame(false)).clicked()
    });
    if clicked {
        view.sidebar.collapsed[group] = !collapsed;
    }
}

/// One entity row: click selects it (again: unselects), right-click offers corrections.
fn entity_row_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    view: &ViewState,
    corpus: &Corpus,
    entity: &Entity,
) -> Option<EntityAction> {
    let labels = view.language.labels();
    let words = entity_labels(view.language);
    let selected = view.selected_entity.as_ref() == Some(&entity.id);
    let mut color = super::entity_color(entity.entity_type, view.dark);
    if entity.hidden {
        color = color.gamma_multiply(0.45);
    }
    let mut counts = format!(
        "{} · {}",
        view.language.count(entity.mention_count, labels.mentions),
        view.language
            .count(entity.article_count, labels.in_articles)
    );
    if entity.hidden {
        counts = format!("{counts} · {}", words.hidden);
    }
    let response = name_row_ui(
        ui,
        engine,
        &ENTITY_ROW,
        &entity.name,
        &counts,
        color,
        selected,
    );
    let response = response.on_hover_text(format!(
        "{} · {}",
        entity.entity_type,
        super::group_label(entity.entity_type, labels)
    ));
    let mut action = None;
    response.context_menu(|ui| {
        action = entity_menu_ui(ui, engine, view, corpus, &entity.id);
    });
    if response.clicked() {
        let next = (!selected).then(|| entity.id.clone());
        action = Some(EntityAction::Select(next));
    }
    action
}
