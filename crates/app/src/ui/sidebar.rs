//! The entity sidebar: entities grouped by type, sorted by mentions, filterable.

use egui::{Align, Layout, Role, Sense, Ui, UiBuilder, WidgetInfo, vec2};

use crate::analysis::EntityType;
use crate::search::fold_key;
use crate::shaping::{TextEngine, label_ui};
use crate::state::{Corpus, ViewState};

/// One row of the flattened sidebar: a group header or an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Row {
    Group(EntityType, usize),
    Entity(usize),
}

/// The sorted rows, rebuilt only when the entities or the filter change.
#[derive(Debug, Default)]
pub struct SidebarCache {
    key: Option<(usize, usize, String, [bool; 4])>,
    rows: Vec<Row>,
    /// Groups the analyst folded away, by `EntityType::ALL` index.
    pub collapsed: [bool; 4],
}

const ROW_HEIGHT: f32 = 24.0;

/// The entity sidebar panel.
pub fn sidebar_ui(ui: &mut Ui, engine: &mut TextEngine, view: &mut ViewState, corpus: &Corpus) {
    let labels = view.language.labels();
    let rtl = view.language.is_rtl();
    super::row_ui(ui, rtl, |ui| {
        ui.heading(labels.entities);
        ui.weak(corpus.entities.len().to_string());
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
    ui.separator();
    refresh_rows(&mut view.sidebar, corpus, &view.entity_filter_text);
    let rows = std::mem::take(&mut view.sidebar.rows);
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .id_salt("entity_rows")
        .show_rows(ui, ROW_HEIGHT, rows.len(), |ui, range| {
            for row in rows.get(range).unwrap_or_default() {
                match *row {
                    Row::Group(entity_type, count) => group_row_ui(ui, view, entity_type, count),
                    Row::Entity(entity_id) => entity_row_ui(ui, engine, view, corpus, entity_id),
                }
            }
        });
    view.sidebar.rows = rows;
}

fn refresh_rows(cache: &mut SidebarCache, corpus: &Corpus, filter: &str) {
    let total_mentions: usize = corpus.entities.iter().map(|e| e.mentions).sum();
    let key = (
        corpus.entities.len(),
        total_mentions,
        filter.to_owned(),
        cache.collapsed,
    );
    if cache.key.as_ref() == Some(&key) {
        return;
    }
    let needle = fold_key(filter.trim());
    let mut rows = Vec::new();
    for (group, entity_type) in EntityType::ALL.into_iter().enumerate() {
        let mut ids: Vec<usize> = corpus
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.entity_type == entity_type
                    && (needle.is_empty() || fold_key(&e.name).contains(&needle))
            })
            .map(|(id, _)| id)
            .collect();
        if ids.is_empty() {
            continue;
        }
        ids.sort_by_key(|&id| {
            let e = &corpus.entities[id];
            (
                std::cmp::Reverse(e.mentions),
                std::cmp::Reverse(e.articles),
                id,
            )
        });
        rows.push(Row::Group(entity_type, ids.len()));
        if !cache.collapsed[group] {
            rows.extend(ids.into_iter().map(Row::Entity));
        }
    }
    cache.rows = rows;
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

fn entity_row_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    view: &mut ViewState,
    corpus: &Corpus,
    entity_id: usize,
) {
    let Some(entity) = corpus.entities.get(entity_id) else {
        return;
    };
    let labels = view.language.labels();
    let selected = view.selected_entity == Some(entity_id);
    let height = ROW_HEIGHT - ui.spacing().item_spacing.y;
    let (rect, response) =
        ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::click());
    response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &entity.name));
    let visuals = ui.visuals();
    if selected {
        ui.painter()
            .rect_filled(rect, 3.0, visuals.selection.bg_fill);
    } else if response.hovered() {
        ui.painter()
            .rect_filled(rect, 3.0, visuals.widgets.hovered.weak_bg_fill);
    }
    let color = super::entity_color(entity.entity_type, view.dark);
    let weak = visuals.weak_text_color();
    let mut child = ui.new_child(
        UiBuilder::new()
            .max_rect(rect.shrink2(vec2(6.0, 0.0)))
            .layout(Layout::right_to_left(Align::Center)),
    );
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    child.style_mut().interaction.selectable_labels = false;
    let counts = format!(
        "{} · {}",
        view.language.count(entity.mentions, labels.mentions),
        view.language.count(entity.articles, labels.in_articles)
    );
    // Names are Arabic: they sit on the right; the counts sit on the left.
    // The name gets what the counts leave, and is cut with … when longer.
    let counts_width = 130.0_f32.min(rect.width() * 0.45);
    let name_size = vec2(child.available_width() - counts_width, height);
    child.allocate_ui_with_layout(name_size, Layout::right_to_left(Align::Center), |ui| {
        label_ui(ui, engine, &entity.name, 15.0, color)
    });
    child.with_layout(Layout::left_to_right(Align::Center), |ui| {
        label_ui(ui, engine, &counts, 11.0, weak)
    });
    let response = response.on_hover_text(format!(
        "{} · {}",
        entity.entity_type,
        super::group_label(entity.entity_type, labels)
    ));
    if response.clicked() {
        view.selected_entity = if selected { None } else { Some(entity_id) };
    }
}
