//! The analyst's corrections to entities: the context menu shared by the
//! sidebar, the article view and the detail pane; the Rename, Merge and Add
//! entity dialogs; undo and redo keys.
//!
//! The panels only see the corpus read-only: a correction is pushed as an
//! [`AppCommand`] and the app makes it after the frame. egui's `TextEdit` has no
//! bidi, so every typed Arabic name is echoed through a cosmic-text label under it.

use egui::{
    Align, Context, Id, Key, KeyboardShortcut, Layout, Modifiers, Response, Role, Sense, Ui,
    UiBuilder, WidgetInfo, vec2,
};
use marsad_core::corpus::{Correction, Entity, EntityId};

use super::theme::{self, MENU_WIDTH};
use super::{PanelContext, PanelOut, Panels};
use crate::analysis::EntityType;
use crate::command::AppCommand;
use crate::model::Model;
use crate::search::fold_key;
use crate::shaping::{TextEngine, label_ui};

/// A dialog about entities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dialog {
    /// A new display name for `entity`.
    Rename {
        entity: EntityId,
        name: String,
        focused: bool,
    },
    /// Pick the entity `entity` is the same as.
    Merge {
        entity: EntityId,
        search: String,
        focused: bool,
        /// Candidates for `for_search` at `for_generation`.
        candidates: Vec<EntityId>,
        for_search: Option<(String, u64)>,
    },
    /// A form the recognizer missed, and its type.
    AddEntity {
        form: String,
        entity_type: EntityType,
        focused: bool,
    },
}

impl Dialog {
    /// The Rename dialog for `entity`.
    pub fn rename(entity: EntityId) -> Self {
        Self::Rename {
            entity,
            name: String::new(),
            focused: false,
        }
    }

    /// The Merge dialog for `entity`.
    pub fn merge(entity: EntityId) -> Self {
        Self::Merge {
            entity,
            search: String::new(),
            focused: false,
            candidates: Vec::new(),
            for_search: None,
        }
    }

    /// The Add entity dialog with `form` filled in.
    pub fn add_entity(form: &str) -> Self {
        Self::AddEntity {
            form: form.trim().to_owned(),
            entity_type: EntityType::Pers,
            focused: false,
        }
    }
}

pub use crate::i18n::{EntityLabels, entity_labels};

/// The singular name of an entity type, with its tag.
pub fn type_label(entity_type: EntityType, labels: &EntityLabels) -> String {
    let word = match entity_type {
        EntityType::Pers => labels.person,
        EntityType::Org => labels.organization,
        EntityType::Loc => labels.place,
        EntityType::Misc => labels.other,
    };
    format!("{word} ({entity_type})")
}

/// The corrections menu for one entity (a context menu's contents): what is chosen is
/// pushed as a command, or opens a dialog.
pub fn entity_menu_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>, id: &EntityId) {
    let labels = entity_labels(cx.language());
    let corpus = &cx.model.corpus;
    let Some(entity) = corpus.entities.get(id) else {
        return;
    };
    // Names through cosmic-text fill the width they are given: a menu gives them a fixed one.
    ui.set_min_width(200.0);
    ui.set_max_width(MENU_WIDTH);
    let color = super::entity_color(entity.entity_type, cx.dark());
    label_ui(ui, out.engine, &entity.name, theme::NAME, color);
    ui.separator();
    if !corpus.entities.is_resolved() {
        ui.weak(labels.not_loaded);
        return;
    }
    if ui.button(labels.rename).clicked() {
        out.panels.dialog = Some(Dialog::rename(id.clone()));
    }
    ui.menu_button(labels.change_type, |ui| {
        for entity_type in EntityType::ALL {
            let current = entity_type == entity.entity_type;
            if ui
                .add_enabled(!current, egui::Button::new(type_label(entity_type, labels)))
                .clicked()
            {
                out.push(AppCommand::Correct(Correction::ChangeType {
                    entity: id.clone(),
                    entity_type,
                }));
            }
        }
    });
    let (hide_label, hide) = if entity.hidden {
        (labels.unhide, Correction::Unhide { entity: id.clone() })
    } else {
        (labels.hide, Correction::Hide { entity: id.clone() })
    };
    if ui.button(hide_label).clicked() {
        out.push(AppCommand::Correct(hide));
    }
    ui.menu_button(labels.merge_into, |ui| merge_menu_ui(ui, cx, out, entity));
    ui.add_enabled_ui(!entity.aliases.is_empty(), |ui| {
        ui.menu_button(labels.split_alias, |ui| {
            ui.set_max_width(MENU_WIDTH);
            for alias in &entity.aliases {
                let clicked =
                    clickable_name_ui(ui, out.engine, alias, theme::BODY, color, Role::Button);
                if clicked.clicked() {
                    out.push(AppCommand::Correct(Correction::SplitAlias {
                        entity: id.clone(),
                        alias: alias.clone(),
                    }));
                    ui.close();
                }
            }
        });
    });
}

/// The Merge into submenu: the selected entity, or a dialog to choose one.
fn merge_menu_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>, entity: &Entity) {
    let labels = entity_labels(cx.language());
    ui.set_max_width(MENU_WIDTH + 60.0);
    let target = cx
        .model
        .selected_entity()
        .filter(|target| target.id != entity.id);
    if let Some(target) = target {
        let color = super::entity_color(target.entity_type, cx.dark());
        let row = name_button_ui(
            ui,
            out.engine,
            labels.merge_into_selected,
            &target.name,
            color,
        );
        if row.clicked() {
            out.push(AppCommand::Correct(Correction::Merge {
                into: target.id.clone(),
                merged: entity.id.clone(),
            }));
            ui.close();
        }
    }
    if ui.button(labels.choose).clicked() {
        out.panels.dialog = Some(Dialog::merge(entity.id.clone()));
    }
}

/// A clickable row `height` points high, `label` and `role` to screen readers, shaded
/// while hovered; returns its response and a child to draw into (laid out in `layout`).
fn clickable_row(
    ui: &mut Ui,
    height: f32,
    (label, role): (&str, Role),
    layout: Layout,
) -> (Response, Ui) {
    let (rect, response) =
        ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::click());
    response.widget_info(|| WidgetInfo::labeled(role, true, label));
    if response.hovered() {
        ui.painter()
            .rect_filled(rect, 3.0, ui.visuals().widgets.hovered.weak_bg_fill);
    }
    let mut child = ui.new_child(
        UiBuilder::new()
            .max_rect(rect.shrink2(vec2(4.0, 0.0)))
            .layout(layout),
    );
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    (response, child)
}

/// A menu row: egui's words, then a name through cosmic-text; one button to screen readers.
fn name_button_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    prefix: &str,
    name: &str,
    color: egui::Color32,
) -> Response {
    let height = ui.spacing().interact_size.y.max(22.0);
    let label = format!("{prefix} {name}");
    let layout = Layout::left_to_right(Align::Center);
    let (response, mut child) = clickable_row(ui, height, (&label, Role::Button), layout);
    child.style_mut().interaction.selectable_labels = false;
    child.label(prefix);
    label_ui(&mut child, engine, name, theme::BODY, color);
    response
}

/// A clickable name drawn through cosmic-text, reported to screen readers with `role`.
pub fn clickable_name_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    name: &str,
    size: f32,
    color: egui::Color32,
    role: Role,
) -> Response {
    let height = (size * 1.6).max(ui.spacing().interact_size.y);
    let layout = Layout::right_to_left(Align::Center);
    let (response, mut child) = clickable_row(ui, height, (name, role), layout);
    label_ui(&mut child, engine, name, size, color);
    response
}

/// Undo and redo keys, and Escape for an open dialog. Runs before the app's
/// own keys so Escape closes a dialog without clearing the filters.
pub fn entity_keys(
    ctx: &Context,
    panels: &mut Panels,
    model: &Model,
    commands: &mut Vec<AppCommand>,
) {
    if panels.dialog.is_some() {
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            panels.dialog = None;
        }
        return;
    }
    if ctx.text_edit_focused() {
        // The text field undoes its own typing.
        return;
    }
    let redo = [
        KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z),
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Y),
    ];
    let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
    let corpus = &model.corpus;
    // Ctrl+Shift+Z first: the plain Ctrl+Z shortcut would also match it.
    if ctx.input_mut(|i| redo.iter().any(|s| i.consume_shortcut(s))) {
        if corpus.can_redo() {
            commands.push(AppCommand::Redo);
        }
    } else if ctx.input_mut(|i| i.consume_shortcut(&undo)) && corpus.can_undo() {
        commands.push(AppCommand::Undo);
    }
}

/// Whether Arabic letters are in `text` (its echo is then worth showing).
fn has_arabic(text: &str) -> bool {
    text.chars().any(marsad_core::text::chars::is_arabic_block)
}

/// A text field with the typed text echoed through cosmic-text under it.
pub(super) fn text_field_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    text: &mut String,
    hint: &str,
    rtl: bool,
    focus: bool,
    id: Id,
) -> Response {
    let align = if rtl || has_arabic(text) {
        egui::Align2::RIGHT_CENTER
    } else {
        egui::Align2::LEFT_CENTER
    };
    let edit = egui::TextEdit::singleline(text)
        .id(id)
        .hint_text(hint)
        .align(align)
        .desired_width(f32::INFINITY);
    let response = ui.add(edit);
    if focus {
        response.request_focus();
    }
    if !text.trim().is_empty() {
        ui.with_layout(Layout::top_down(Align::Max), |ui| {
            let color = ui.visuals().strong_text_color();
            label_ui(ui, engine, text, theme::EMPHASIS, color);
        });
    }
    response
}

/// A dialog's title and the entity it is about, its name through cosmic-text.
fn dialog_heading_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    title: &str,
    entity: &Entity,
    dark: bool,
) {
    ui.heading(title);
    ui.with_layout(Layout::top_down(Align::Max), |ui| {
        let color = super::entity_color(entity.entity_type, dark);
        label_ui(ui, engine, &entity.name, theme::EMPHASIS, color);
    });
}

/// True when Enter was pressed in the field this frame.
fn submitted(ui: &Ui, field: &Response) -> bool {
    field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter))
}

/// What a dialog's frame ended with: still open, closed, or a correction to make.
enum Outcome {
    Open,
    Closed,
    Correct(Correction),
}

/// What the dialogs draw with.
struct DialogCx<'a, 'b> {
    cx: &'a PanelContext<'b>,
    engine: &'a mut TextEngine,
}

/// The open entity dialog, as a modal over the window.
pub fn dialogs_ui(ctx: &Context, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let Some(mut dialog) = out.panels.dialog.take() else {
        return;
    };
    let mut outcome = Outcome::Open;
    let mut dcx = DialogCx {
        cx,
        engine: &mut *out.engine,
    };
    let modal = egui::Modal::new(Id::unique("marsad_entity_dialog")).show(ctx, |ui| {
        ui.set_width(theme::DIALOG_WIDTH);
        outcome = match dialog {
            Dialog::Rename { .. } => rename_ui(ui, &mut dcx, &mut dialog),
            Dialog::Merge { .. } => merge_ui(ui, &mut dcx, &mut dialog),
            Dialog::AddEntity { .. } => add_entity_ui(ui, &mut dcx, &mut dialog),
        };
    });
    if modal.backdrop_response.clicked() && matches!(outcome, Outcome::Open) {
        outcome = Outcome::Closed;
    }
    match outcome {
        Outcome::Open => out.panels.dialog = Some(dialog),
        Outcome::Closed => {}
        Outcome::Correct(correction) => out.push(AppCommand::Correct(correction)),
    }
}

/// The Rename dialog's contents.
fn rename_ui(ui: &mut Ui, dcx: &mut DialogCx<'_, '_>, dialog: &mut Dialog) -> Outcome {
    let Dialog::Rename {
        entity,
        name,
        focused,
    } = dialog
    else {
        return Outcome::Closed;
    };
    let cx = dcx.cx;
    let labels = entity_labels(cx.language());
    let rtl = cx.rtl();
    let Some(current) = cx.model.corpus.entities.get(entity) else {
        return Outcome::Closed;
    };
    dialog_heading_ui(ui, dcx.engine, labels.rename_title, current, cx.dark());
    let field = text_field_ui(
        ui,
        dcx.engine,
        name,
        labels.new_name_hint,
        rtl,
        !*focused,
        Id::unique("marsad_rename_field"),
    );
    *focused = true;
    let new_name = name.trim().to_owned();
    let valid = !new_name.is_empty() && new_name != current.name;
    let enter = submitted(ui, &field);
    let mut outcome = Outcome::Open;
    super::row_ui(ui, rtl, |ui| {
        let ok = ui
            .add_enabled(
                valid,
                egui::Button::new(labels.rename.trim_end_matches('…')),
            )
            .clicked();
        if (ok || enter) && valid {
            outcome = Outcome::Correct(Correction::Rename {
                entity: entity.clone(),
                name: new_name,
            });
        }
        if ui.button(labels.cancel).clicked() {
            outcome = Outcome::Closed;
        }
    });
    outcome
}

/// The Merge dialog's contents: a search and the matching entities to merge into.
fn merge_ui(ui: &mut Ui, dcx: &mut DialogCx<'_, '_>, dialog: &mut Dialog) -> Outcome {
    let Dialog::Merge {
        entity,
        search,
        focused,
        candidates,
        for_search,
    } = dialog
    else {
        return Outcome::Closed;
    };
    let cx = dcx.cx;
    let labels = entity_labels(cx.language());
    let corpus = &cx.model.corpus;
    let Some(current) = corpus.entities.get(entity) else {
        return Outcome::Closed;
    };
    dialog_heading_ui(ui, dcx.engine, labels.merge_title, current, cx.dark());
    text_field_ui(
        ui,
        dcx.engine,
        search,
        labels.merge_hint,
        cx.rtl(),
        !*focused,
        Id::unique("marsad_merge_field"),
    );
    *focused = true;
    let key = (search.clone(), corpus.entities.generation());
    if for_search.as_ref() != Some(&key) {
        *candidates = merge_candidates(cx.model, entity, search);
        *for_search = Some(key);
    }
    ui.separator();
    let mut outcome = Outcome::Open;
    egui::ScrollArea::vertical()
        .max_height(320.0)
        .id_salt("merge_candidates")
        .show(ui, |ui| {
            if candidates.is_empty() {
                ui.weak(labels.no_candidates);
            }
            for target in candidates.iter().filter_map(|c| corpus.entities.get(c)) {
                if candidate_ui(ui, dcx, target).clicked() {
                    outcome = Outcome::Correct(Correction::Merge {
                        into: target.id.clone(),
                        merged: entity.clone(),
                    });
                }
            }
        });
    ui.separator();
    super::row_ui(ui, cx.rtl(), |ui| {
        if ui.button(labels.cancel).clicked() {
            outcome = Outcome::Closed;
        }
    });
    outcome
}

/// One entity to merge into, with its mention count on hover.
fn candidate_ui(ui: &mut Ui, dcx: &mut DialogCx<'_, '_>, target: &Entity) -> Response {
    let language = dcx.cx.language();
    let color = super::entity_color(target.entity_type, dcx.cx.dark());
    clickable_name_ui(
        ui,
        dcx.engine,
        &target.name,
        theme::NAME,
        color,
        Role::ListBoxOption,
    )
    .on_hover_text(language.count(target.mention_count, language.labels().mentions))
}

/// The Add entity dialog's contents: the form and its type.
fn add_entity_ui(ui: &mut Ui, dcx: &mut DialogCx<'_, '_>, dialog: &mut Dialog) -> Outcome {
    let Dialog::AddEntity {
        form,
        entity_type,
        focused,
    } = dialog
    else {
        return Outcome::Closed;
    };
    let labels = entity_labels(dcx.cx.language());
    let rtl = dcx.cx.rtl();
    ui.heading(labels.add_title);
    let field = text_field_ui(
        ui,
        dcx.engine,
        form,
        labels.form_hint,
        rtl,
        !*focused,
        Id::unique("marsad_add_entity_field"),
    );
    *focused = true;
    super::row_ui(ui, rtl, |ui| {
        for t in EntityType::ALL {
            ui.selectable_value(entity_type, t, type_label(t, labels));
        }
    });
    let valid = !form.trim().is_empty();
    let enter = submitted(ui, &field);
    let mut outcome = Outcome::Open;
    super::row_ui(ui, rtl, |ui| {
        let ok = ui
            .add_enabled(valid, egui::Button::new(labels.add))
            .clicked();
        if (ok || enter) && valid {
            outcome = Outcome::Correct(Correction::add_entity(form, *entity_type));
        }
        if ui.button(labels.cancel).clicked() {
            outcome = Outcome::Closed;
        }
    });
    outcome
}

/// Entities of the same type as `entity` whose name or an alias contains the
/// folded search, most mentioned first; at most a few hundred.
fn merge_candidates(model: &Model, entity: &EntityId, search: &str) -> Vec<EntityId> {
    const LIMIT: usize = 300;
    let corpus = &model.corpus;
    let Some(current) = corpus.entities.get(entity) else {
        return Vec::new();
    };
    let needle = fold_key(search.trim());
    let mut found: Vec<&Entity> = corpus
        .entities
        .list()
        .iter()
        .filter(|e| e.entity_type == current.entity_type && &e.id != entity && !e.hidden)
        .filter(|e| crate::derived::sidebar::matches_filter(e, &needle))
        .collect();
    found.sort_by(|a, b| {
        b.mention_count
            .cmp(&a.mention_count)
            .then_with(|| a.name.cmp(&b.name))
    });
    found
        .into_iter()
        .take(LIMIT)
        .map(|e| e.id.clone())
        .collect()
}
