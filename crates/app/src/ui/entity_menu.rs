//! The analyst's corrections to entities: the context menu shared by the
//! sidebar, the article view and the detail pane; the Rename, Merge and Add
//! entity dialogs; undo and redo keys.
//!
//! The panels only see the corpus read-only: what they ask for is queued in
//! [`EntityUi::commands`] and the app runs it at the end of the frame
//! ([`crate::entities::EntityCommand`]). egui's `TextEdit` has no bidi, so
//! every typed Arabic name is echoed through a cosmic-text label under it.

use egui::{
    Align, Context, Id, Key, KeyboardShortcut, Layout, Modifiers, Response, Role, Sense, Ui,
    UiBuilder, WidgetInfo, vec2,
};
use marsad_core::corpus::{Correction, Entity, EntityId};

use crate::analysis::EntityType;
use crate::entities::EntityCommand;
use crate::search::fold_key;
use crate::shaping::{TextEngine, label_ui};
use crate::state::{Corpus, ViewState};

/// The entity dialogs and what the panels asked for this frame.
#[derive(Debug, Default)]
pub struct EntityUi {
    /// Corrections, undos and redos to run at the end of the frame.
    pub commands: Vec<EntityCommand>,
    /// The open dialog, if any.
    pub dialog: Option<Dialog>,
}

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

/// What a menu or pane asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntityAction {
    Correct(Correction),
    Undo,
    Redo,
    /// Open the Rename dialog for an entity.
    Rename(EntityId),
    /// Open the Merge dialog for an entity.
    ChooseMerge(EntityId),
    /// Open the Add entity dialog with a form filled in.
    AddEntity(String),
    /// Select an entity (filter the list, mark it in the view, show its details).
    Select(Option<EntityId>),
}

impl EntityAction {
    /// Does what the action asks: dialogs and selection at once, corrections at the end of the frame.
    pub fn apply(self, view: &mut ViewState) {
        match self {
            Self::Correct(correction) => {
                if let Correction::AddEntity { id, .. } = &correction {
                    // The new entity is what the analyst wants to look at next.
                    view.selected_entity = Some(id.clone());
                }
                view.entity_ui
                    .commands
                    .push(EntityCommand::Correct(correction));
            }
            Self::Undo => view.entity_ui.commands.push(EntityCommand::Undo),
            Self::Redo => view.entity_ui.commands.push(EntityCommand::Redo),
            Self::Rename(entity) => {
                view.entity_ui.dialog = Some(Dialog::Rename {
                    entity,
                    name: String::new(),
                    focused: false,
                });
            }
            Self::ChooseMerge(entity) => {
                view.entity_ui.dialog = Some(Dialog::Merge {
                    entity,
                    search: String::new(),
                    focused: false,
                    candidates: Vec::new(),
                    for_search: None,
                });
            }
            Self::AddEntity(form) => {
                view.entity_ui.dialog = Some(Dialog::AddEntity {
                    form: form.trim().to_owned(),
                    entity_type: EntityType::Pers,
                    focused: false,
                });
            }
            Self::Select(entity) => view.selected_entity = entity,
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

/// The width of the entity menus.
const MENU_WIDTH: f32 = 240.0;

/// The corrections menu for one entity (a context menu's contents).
pub fn entity_menu_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    view: &ViewState,
    corpus: &Corpus,
    id: &EntityId,
) -> Option<EntityAction> {
    let labels = entity_labels(view.language);
    let entity = corpus.entities.get(id)?;
    let mut action = None;
    // Names through cosmic-text fill the width they are given: a menu gives them a fixed one.
    ui.set_min_width(200.0);
    ui.set_max_width(MENU_WIDTH);
    let color = super::entity_color(entity.entity_type, view.dark);
    label_ui(ui, engine, &entity.name, 15.0, color);
    ui.separator();
    if !corpus.entities.is_resolved() {
        ui.weak(labels.not_loaded);
        return None;
    }
    if ui.button(labels.rename).clicked() {
        action = Some(EntityAction::Rename(id.clone()));
    }
    ui.menu_button(labels.change_type, |ui| {
        for entity_type in EntityType::ALL {
            let current = entity_type == entity.entity_type;
            if ui
                .add_enabled(!current, egui::Button::new(type_label(entity_type, labels)))
                .clicked()
            {
                action = Some(EntityAction::Correct(Correction::ChangeType {
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
        action = Some(EntityAction::Correct(hide));
    }
    ui.menu_button(labels.merge_into, |ui| {
        ui.set_max_width(MENU_WIDTH + 60.0);
        let selected = view
            .selected_entity
            .as_ref()
            .filter(|s| *s != id)
            .and_then(|s| corpus.entities.get(s));
        if let Some(target) = selected {
            let color = super::entity_color(target.entity_type, view.dark);
            if name_button_ui(ui, engine, labels.merge_into_selected, &target.name, color).clicked()
            {
                action = Some(EntityAction::Correct(Correction::Merge {
                    into: target.id.clone(),
                    merged: id.clone(),
                }));
                ui.close();
            }
        }
        if ui.button(labels.choose).clicked() {
            action = Some(EntityAction::ChooseMerge(id.clone()));
        }
    });
    ui.add_enabled_ui(!entity.aliases.is_empty(), |ui| {
        ui.menu_button(labels.split_alias, |ui| {
            ui.set_max_width(MENU_WIDTH);
            for alias in &entity.aliases {
                let clicked = clickable_name_ui(ui, engine, alias, 14.0, color, Role::Button);
                if clicked.clicked() {
                    action = Some(EntityAction::Correct(Correction::SplitAlias {
                        entity: id.clone(),
                        alias: alias.clone(),
                    }));
                    ui.close();
                }
            }
        });
    });
    action
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
    let (rect, response) =
        ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::click());
    let label = format!("{prefix} {name}");
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
    if response.hovered() {
        ui.painter()
            .rect_filled(rect, 3.0, ui.visuals().widgets.hovered.weak_bg_fill);
    }
    let mut child = ui.new_child(
        UiBuilder::new()
            .max_rect(rect.shrink2(vec2(4.0, 0.0)))
            .layout(Layout::left_to_right(Align::Center)),
    );
    child.style_mut().interaction.selectable_labels = false;
    child.label(prefix);
    label_ui(&mut child, engine, name, 14.0, color);
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
    let (rect, response) =
        ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::click());
    response.widget_info(|| WidgetInfo::labeled(role, true, name));
    if response.hovered() {
        ui.painter()
            .rect_filled(rect, 3.0, ui.visuals().widgets.hovered.weak_bg_fill);
    }
    let mut child = ui.new_child(
        UiBuilder::new()
            .max_rect(rect.shrink2(vec2(4.0, 0.0)))
            .layout(Layout::right_to_left(Align::Center)),
    );
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    label_ui(&mut child, engine, name, size, color);
    response
}

/// Undo and redo keys, and Escape for an open dialog. Runs before the app's
/// own keys so Escape closes a dialog without clearing the filters.
pub fn entity_keys(ctx: &Context, view: &mut ViewState, corpus: &Corpus) {
    if view.entity_ui.dialog.is_some() {
        if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            view.entity_ui.dialog = None;
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
    // Ctrl+Shift+Z first: the plain Ctrl+Z shortcut would also match it.
    if ctx.input_mut(|i| redo.iter().any(|s| i.consume_shortcut(s))) {
        if corpus.entities.can_redo() {
            EntityAction::Redo.apply(view);
        }
    } else if ctx.input_mut(|i| i.consume_shortcut(&undo)) && corpus.entities.can_undo() {
        EntityAction::Undo.apply(view);
    }
}

/// Whether Arabic letters are in `text` (its echo is then worth showing).
fn has_arabic(text: &str) -> bool {
    text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

/// A text field with the typed text echoed through cosmic-text under it.
fn text_field_ui(
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
            label_ui(ui, engine, text, 16.0, color);
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
        label_ui(ui, engine, &entity.name, 16.0, color);
    });
}

/// True when Enter was pressed in the field this frame.
fn submitted(ui: &Ui, field: &Response) -> bool {
    field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter))
}

/// The open entity dialog, as a modal over the window.
pub fn dialogs_ui(ctx: &Context, engine: &mut TextEngine, view: &mut ViewState, corpus: &Corpus) {
    let Some(mut dialog) = view.entity_ui.dialog.take() else {
        return;
    };
    let labels = entity_labels(view.language);
    let rtl = view.language.is_rtl();
    let dark = view.dark;
    let mut done: Option<Option<Correction>> = None;
    let modal = egui::Modal::new(Id::unique("marsad_entity_dialog")).show(ctx, |ui| {
        ui.set_width(380.0);
        match &mut dialog {
            Dialog::Rename {
                entity,
                name,
                focused,
            } => {
                let Some(current) = corpus.entities.get(entity) else {
                    done = Some(None);
                    return;
                };
                dialog_heading_ui(ui, engine, labels.rename_title, current, dark);
                let field = text_field_ui(
                    ui,
                    engine,
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
                super::row_ui(ui, rtl, |ui| {
                    let ok = ui
                        .add_enabled(
                            valid,
                            egui::Button::new(labels.rename.trim_end_matches('…')),
                        )
                        .clicked();
                    if (ok || enter) && valid {
                        done = Some(Some(Correction::Rename {
                            entity: entity.clone(),
                            name: new_name,
                        }));
                    }
                    if ui.button(labels.cancel).clicked() {
                        done = Some(None);
                    }
                });
            }
            Dialog::Merge {
                entity,
                search,
                focused,
                candidates,
                for_search,
            } => {
                let Some(current) = corpus.entities.get(entity) else {
                    done = Some(None);
                    return;
                };
                dialog_heading_ui(ui, engine, labels.merge_title, current, dark);
                text_field_ui(
                    ui,
                    engine,
                    search,
                    labels.merge_hint,
                    rtl,
                    !*focused,
                    Id::unique("marsad_merge_field"),
                );
                *focused = true;
                let key = (search.clone(), corpus.entities.generation());
                if for_search.as_ref() != Some(&key) {
                    *candidates = merge_candidates(corpus, entity, search);
                    *for_search = Some(key);
                }
                ui.separator();
                egui::ScrollArea::vertical()
                    .max_height(320.0)
                    .id_salt("merge_candidates")
                    .show(ui, |ui| {
                        if candidates.is_empty() {
                            ui.weak(labels.no_candidates);
                        }
                        for candidate in candidates.iter() {
                            let Some(target) = corpus.entities.get(candidate) else {
                                continue;
                            };
                            let color = super::entity_color(target.entity_type, dark);
                            let response = clickable_name_ui(
                                ui,
                                engine,
                                &target.name,
                                15.0,
                                color,
                                Role::ListBoxOption,
                            )
                            .on_hover_text(
                                view.language
                                    .count(target.mention_count, view.language.labels().mentions),
                            );
                            if response.clicked() {
                                done = Some(Some(Correction::Merge {
                                    into: target.id.clone(),
                                    merged: entity.clone(),
                                }));
                            }
                        }
                    });
                ui.separator();
                super::row_ui(ui, rtl, |ui| {
                    if ui.button(labels.cancel).clicked() {
                        done = Some(None);
                    }
                });
            }
            Dialog::AddEntity {
                form,
                entity_type,
                focused,
            } => {
                ui.heading(labels.add_title);
                let field = text_field_ui(
                    ui,
                    engine,
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
                super::row_ui(ui, rtl, |ui| {
                    let ok = ui
                        .add_enabled(valid, egui::Button::new(labels.add))
                        .clicked();
                    if (ok || enter) && valid {
                        done = Some(Some(Correction::add_entity(form, *entity_type)));
                    }
                    if ui.button(labels.cancel).clicked() {
                        done = Some(None);
                    }
                });
            }
        }
    });
    if modal.backdrop_response.clicked() {
        done.get_or_insert(None);
    }
    match done {
        None => view.entity_ui.dialog = Some(dialog),
        Some(None) => {}
        Some(Some(correction)) => EntityAction::Correct(correction).apply(view),
    }
}

/// Entities of the same type as `entity` whose name or an alias contains the
/// folded search, most mentioned first; at most a few hundred.
fn merge_candidates(corpus: &Corpus, entity: &EntityId, search: &str) -> Vec<EntityId> {
    const LIMIT: usize = 300;
    let Some(current) = corpus.entities.get(entity) else {
        return Vec::new();
    };
    let needle = fold_key(search.trim());
    let mut found: Vec<&Entity> = corpus
        .entities
        .list()
        .iter()
        .filter(|e| e.entity_type == current.entity_type && &e.id != entity && !e.hidden)
        .filter(|e| {
            needle.is_empty()
                || std::iter::once(&e.name)
                    .chain(&e.aliases)
                    .any(|n| fold_key(n).contains(&needle))
        })
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
