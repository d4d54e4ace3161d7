//! The entity sidebar: entities grouped by type, sorted by mentions,
//! filterable; right-click for corrections; the selected entity's detail
//! pane below the list.
//!
//! While a folder loads the rows come from the provisional streaming index;
//! once it has loaded they are the resolved entities with the analyst's
//! corrections (aliases folded in, hidden ones left out unless asked for).
//! The rows themselves are [`crate::derived::sidebar`]'s.

use egui::{Role, Ui};
use marsad_core::corpus::Entity;

use super::entity_menu::{entity_labels, entity_menu_ui};
use super::name_row::{NameRow, ROW_HEIGHT, name_row_ui};
use super::{PanelContext, PanelOut, theme};
use crate::analysis::EntityType;
use crate::command::AppCommand;
use crate::derived::sidebar::{LIKELY_WRONG_BELOW, Row};
use crate::shaping::{RichText, rich_text_ui};

/// An entity row is a button (it selects the entity), a little wider-set and
/// larger than the detail pane's links, with room for two counts.
const ENTITY_ROW: NameRow = NameRow {
    role: Role::Button,
    margin: 6.0,
    name_size: theme::NAME,
    counts_width: 130.0,
    counts_share: 0.45,
};

/// The share of the panel the list keeps at most, at first, when the detail pane is
/// open below it (a long list squeezed the detail pane into a few lines).
const LIST_SHARE: f32 = 0.25;

/// The entity sidebar panel.
pub fn sidebar_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let labels = cx.labels();
    let words = entity_labels(cx.language());
    let rtl = cx.rtl();
    let sidebar = &cx.derived.sidebar.value;
    super::row_ui(ui, rtl, |ui| {
        let mut filter = cx.model.entity_filter.clone();
        let edit = egui::TextEdit::singleline(&mut filter)
            .hint_text(labels.filter_entities_hint)
            .align(if rtl {
                egui::Align2::RIGHT_CENTER
            } else {
                egui::Align2::LEFT_CENTER
            })
            .desired_width(f32::INFINITY);
        if ui.add(edit).changed() {
            out.push(AppCommand::SetEntityFilter(filter));
        }
    });
    super::row_ui(ui, rtl, |ui| show_hidden_ui(ui, cx, out, words.show_hidden));
    super::row_ui(ui, rtl, |ui| likely_wrong_ui(ui, cx, out));
    ui.separator();
    let rows = &sidebar.rows;
    if cx.model.selected_entity().is_some() {
        detail_pane_ui(ui, cx, out, rows.len());
    }
    let mut scroll = egui::ScrollArea::vertical()
        .auto_shrink(false)
        .id_salt("entity_rows");
    if let Some(offset) = offset_to_selected(ui, cx, out) {
        scroll = scroll.vertical_scroll_offset(offset);
    }
    let output = scroll.show_rows(ui, ROW_HEIGHT, rows.len(), |ui, range| {
        for row in rows.get(range).unwrap_or_default() {
            match row {
                Row::Group(entity_type, count) => group_row_ui(ui, cx, out, *entity_type, *count),
                Row::Entity(id) => {
                    if let Some(entity) = cx.model.corpus.entities.get(id) {
                        entity_row_ui(ui, cx, out, entity);
                    }
                }
            }
        }
    });
    out.panels.sidebar_scroll.1 = output.state.clamped_offset().y;
}

/// Where to scroll the list to so that a newly selected entity's row is in view
/// (selected in the article view, added, or clicked in a list about to shrink under
/// the detail pane); `None` when it is in view already or not listed.
fn offset_to_selected(ui: &Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) -> Option<f32> {
    let selected = cx.model.settings.filters.entity.as_ref();
    let (seen, current) = &mut out.panels.sidebar_scroll;
    if seen.as_ref() == selected {
        return None;
    }
    seen.clone_from(&selected.cloned());
    let rows = &cx.derived.sidebar.value.rows;
    let index = rows
        .iter()
        .position(|row| matches!(row, Row::Entity(id) if Some(id) == selected))?;
    let offset = index as f32 * (ROW_HEIGHT + ui.spacing().item_spacing.y);
    let viewport = ui.available_height();
    let in_view = *current <= offset && offset + ROW_HEIGHT <= *current + viewport;
    (!in_view).then(|| (offset - viewport / 2.0).max(0.0))
}

/// The selected entity's detail, under the list: the list keeps what its `rows` need
/// up to a share of the panel, the detail the rest, and the line between them drags.
fn detail_pane_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>, rows: usize) {
    let room = ui.available_height();
    let list = (rows as f32 * ROW_HEIGHT).min((room * LIST_SHARE).max(ROW_HEIGHT * 4.0));
    let smallest = ROW_HEIGHT * 6.0;
    egui::Panel::bottom("entity_detail_pane")
        .resizable(true)
        .size_range(smallest..=(room - ROW_HEIGHT * 3.0).max(smallest))
        .default_size(room - list)
        .show(ui, |ui| super::entity_detail::detail_ui(ui, cx, out));
}

/// The "show hidden entities" check box (here and in the Edit menu).
pub fn show_hidden_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>, label: &str) {
    let mut settings = cx.model.settings.clone();
    if ui
        .checkbox(&mut settings.filters.show_hidden, label)
        .changed()
    {
        out.push(AppCommand::SetSettings(Box::new(settings)));
    }
}

/// The "likely wrong only" check box: the sidebar lists only the entities the
/// recognizer doubted, least sure first.
fn likely_wrong_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let language = cx.language();
    let mut on = cx.model.likely_wrong;
    let tip = language.likely_wrong_tip((LIKELY_WRONG_BELOW * 100.0).round() as u32);
    let label = language.review_labels().likely_wrong;
    // Through cosmic-text: egui's own text reorders "80٪" in an Arabic line.
    let response = ui.checkbox(&mut on, label).on_hover_ui(|ui| {
        ui.set_max_width(360.0);
        let rich = RichText {
            size: theme::CAPTION,
            context_menu: false,
            ..RichText::new(&tip)
        };
        rich_text_ui(ui, out.engine, &rich);
    });
    if response.changed() {
        out.push(AppCommand::ShowLikelyWrong(on));
    }
}

fn group_row_ui(
    ui: &mut Ui,
    cx: &PanelContext<'_>,
    out: &mut PanelOut<'_>,
    entity_type: EntityType,
    count: usize,
) {
    let group = EntityType::ALL
        .iter()
        .position(|&t| t == entity_type)
        .unwrap_or(0);
    let collapsed = out.panels.collapsed[group];
    let arrow = if collapsed { "+" } else { "−" };
    let text = egui::RichText::new(format!(
        "{arrow} {} ({count})",
        super::group_label(entity_type, cx.labels())
    ))
    .strong()
    .color(super::entity_color(entity_type, cx.dark()));
    let clicked = super::row_ui(ui, cx.rtl(), |ui| {
        ui.set_height(ROW_HEIGHT - ui.spacing().item_spacing.y);
        ui.add(egui::Button::new(text).frame(false)).clicked()
    });
    if clicked {
        out.panels.collapsed[group] = !collapsed;
    }
}

/// One entity row: click selects it (again: unselects), right-click offers corrections.
fn entity_row_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>, entity: &Entity) {
    let labels = cx.labels();
    let language = cx.language();
    let words = entity_labels(language);
    let selected = cx.model.settings.filters.entity.as_ref() == Some(&entity.id);
    let mut color = super::entity_color(entity.entity_type, cx.dark());
    if entity.hidden {
        color = color.gamma_multiply(0.45);
    }
    let mut counts = format!(
        "{} · {}",
        language.count(entity.mention_count, labels.mentions),
        language.count(entity.article_count, labels.in_articles)
    );
    if entity.hidden {
        counts = format!("{counts} · {}", words.hidden);
    }
    // First, so a narrow sidebar cuts the counts rather than the figure the view is for.
    if let Some(&sure) = cx.derived.sidebar.value.confidence.get(&entity.id) {
        counts = format!("{} · {counts}", language.confidence(sure));
    }
    let response = name_row_ui(
        ui,
        out.engine,
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
    response.context_menu(|ui| entity_menu_ui(ui, cx, out, &entity.id));
    if response.clicked() {
        let next = (!selected).then(|| entity.id.clone());
        out.push(AppCommand::SelectEntity(next));
    }
}
