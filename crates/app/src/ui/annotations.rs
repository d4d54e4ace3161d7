//! The analyst's notes, tags and reference dates on articles and entities, and the tag
//! manager. Notes are shown through the cosmic-text bridge (Arabic in the right order) and
//! edited in a plain `TextEdit`.

use std::collections::{BTreeMap, BTreeSet};

use egui::{Color32, Context, Margin, Sense, Ui};
use marsad_core::time::Resolution;
use marsad_storage::{TagDef, Tags};

use crate::i18n::WorkspaceLabels;
use crate::shaping::{Direction, LabelOptions, RichText, TextEngine, label_ui, label_ui_with};
use crate::state::{ArticleEntry, Corpus, ViewState};
use crate::workspace::references::parse_day;
use crate::workspace::{Session, entity_key};

/// Colours offered, in turn, to each new tag.
const TAG_PALETTE: [[u8; 3]; 6] = [
    [0xd9, 0x48, 0x3b],
    [0x2e, 0x86, 0xc1],
    [0x27, 0xae, 0x60],
    [0xf3, 0x9c, 0x12],
    [0x8e, 0x44, 0xad],
    [0x16, 0xa0, 0x85],
];

/// Whose note is open in the editor.
#[derive(Clone, Debug, PartialEq, Eq)]
enum NoteTarget {
    Article(String),
    Entity(String),
}

/// Editors and inputs of the annotation widgets, between frames.
#[derive(Debug, Default)]
pub struct AnnotationState {
    editing_note: Option<NoteTarget>,
    /// The tag manager window is open.
    pub tag_manager_open: bool,
    new_tag: String,
    new_tag_colour: Option<[u8; 3]>,
    /// The article whose reference-date editor is open.
    reference_for: Option<String>,
    reference_text: String,
    folder_reference_text: String,
    reference_error: bool,
}

/// Tags, note and reference date of the open article, under its metadata line.
pub fn article_annotations_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    view: &ViewState,
    entry: &ArticleEntry,
    work: &mut Session,
) {
    let labels = view.language.workspace_labels();
    let rtl = view.language.is_rtl();
    let path = entry.analysis.path.as_str();
    let small = (view.text_size * 0.8).max(12.0);
    let mut edited = super::row_ui(ui, rtl, |ui| {
        let tags = &mut work.doc.tags;
        let retagged = tag_chips_ui(
            ui,
            engine,
            labels,
            &tags.definitions,
            &mut tags.articles,
            path,
            &mut work.editing.tag_manager_open,
        );
        let has_note = work.doc.notes.articles.contains_key(path);
        let note_label = if has_note {
            labels.edit_note
        } else {
            labels.add_note
        };
        if ui.small_button(note_label).clicked() {
            work.editing.editing_note = Some(NoteTarget::Article(path.to_owned()));
        }
        if ui.small_button(labels.set_reference).clicked() {
            let editing = &mut work.editing;
            if editing.reference_for.as_deref() == Some(path) {
                editing.reference_for = None;
            } else {
                editing.reference_for = Some(path.to_owned());
                editing.reference_text = work
                    .doc
                    .reference_dates
                    .get(path)
                    .cloned()
                    .unwrap_or_default();
                editing.folder_reference_text =
                    work.doc.folder_reference_date.clone().unwrap_or_default();
                editing.reference_error = false;
            }
        }
        retagged
    });
    reference_status_ui(ui, view, entry, work, small);
    if work.editing.reference_for.as_deref() == Some(path) {
        edited |= reference_editor_ui(ui, labels, rtl, path, work);
    }
    let editing = work.editing.editing_note.as_ref() == Some(&NoteTarget::Article(path.into()));
    edited |= note_ui(
        ui,
        engine,
        labels,
        &mut work.doc.notes.articles,
        path,
        editing,
        &mut work.editing.editing_note,
        view.text_size * 0.9,
    );
    if edited {
        work.count_edit();
    }
}

/// The reference date in use and how many relative dates still wait for one.
fn reference_status_ui(
    ui: &mut Ui,
    view: &ViewState,
    entry: &ArticleEntry,
    work: &Session,
    size: f32,
) {
    let labels = view.language.workspace_labels();
    let path = entry.analysis.path.as_str();
    let set = work.doc.reference_dates.get(path).or_else(|| {
        entry
            .analysis
            .published
            .is_none()
            .then_some(work.doc.folder_reference_date.as_ref())
            .flatten()
    });
    let unresolved = entry
        .analysis
        .dates
        .iter()
        .filter(|d| d.resolution == Resolution::Unresolved)
        .count();
    if set.is_none() && unresolved == 0 {
        return;
    }
    super::row_ui(ui, view.language.is_rtl(), |ui| {
        if let Some(day) = set {
            ui.label(
                egui::RichText::new(format!("{}: {day}", labels.reference_date))
                    .size(size)
                    .color(ui.visuals().hyperlink_color),
            );
        }
        if unresolved > 0 {
            ui.label(
                egui::RichText::new(format!("! {unresolved} {}", labels.unresolved_dates))
                    .size(size)
                    .color(ui.visuals().warn_fg_color),
            );
        }
    });
}

/// The `YYYY-MM-DD` inputs for the article's and the folder's reference dates; true
/// when a date was set or cleared.
fn reference_editor_ui(
    ui: &mut Ui,
    labels: &WorkspaceLabels,
    rtl: bool,
    path: &str,
    work: &mut Session,
) -> bool {
    let editing = &mut work.editing;
    let doc = &mut work.doc;
    let row = |ui: &mut Ui, caption: &str, text: &mut String, id: &str| {
        let mut answer = None;
        super::row_ui(ui, rtl, |ui| {
            ui.label(caption);
            ui.add(
                egui::TextEdit::singleline(text)
                    .id_salt(id)
                    .hint_text(labels.date_hint)
                    .desired_width(110.0),
            );
            if ui.small_button(labels.set).clicked() {
                answer = Some(true);
            }
            if ui.small_button(labels.clear).clicked() {
                answer = Some(false);
            }
        });
        answer
    };
    let article = row(
        ui,
        labels.reference_date,
        &mut editing.reference_text,
        "reference_date",
    );
    let folder = row(
        ui,
        labels.folder_reference,
        &mut editing.folder_reference_text,
        "folder_reference_date",
    );
    let mut edited = false;
    match article {
        Some(true) => match parse_day(&editing.reference_text) {
            Some(_) => {
                let day = editing.reference_text.trim().to_owned();
                doc.reference_dates.insert(path.to_owned(), day);
                editing.reference_error = false;
                edited = true;
            }
            None => editing.reference_error = true,
        },
        Some(false) => {
            doc.reference_dates.remove(path);
            editing.reference_text.clear();
            editing.reference_error = false;
            edited = true;
        }
        None => {}
    }
    match folder {
        Some(true) => match parse_day(&editing.folder_reference_text) {
            Some(_) => {
                doc.folder_reference_date = Some(editing.folder_reference_text.trim().to_owned());
                editing.reference_error = false;
                edited = true;
            }
            None => editing.reference_error = true,
        },
        Some(false) => {
            doc.folder_reference_date = None;
            editing.folder_reference_text.clear();
            editing.reference_error = false;
            edited = true;
        }
        None => {}
    }
    if editing.reference_error {
        ui.colored_label(ui.visuals().error_fg_color, labels.invalid_date);
    }
    edited
}

/// Tags and note of the entity selected in the sidebar.
pub fn entity_annotations_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    view: &ViewState,
    corpus: &Corpus,
    work: &mut Session,
) {
    let Some(entity) = view
        .selected_entity
        .as_ref()
        .and_then(|e| corpus.entities.get(e))
    else {
        return;
    };
    let labels = view.language.workspace_labels();
    let rtl = view.language.is_rtl();
    let key = entity_key(entity);
    super::row_ui(ui, rtl, |ui| {
        ui.strong(labels.entity_notes);
        label_ui(
            ui,
            engine,
            &entity.name,
            14.0,
            ui.visuals().strong_text_color(),
        );
    });
    let mut edited = super::row_ui(ui, rtl, |ui| {
        let tags = &mut work.doc.tags;
        let retagged = tag_chips_ui(
            ui,
            engine,
            labels,
            &tags.definitions,
            &mut tags.entities,
            &key,
            &mut work.editing.tag_manager_open,
        );
        let note_label = if work.doc.notes.entities.contains_key(&key) {
            labels.edit_note
        } else {
            labels.add_note
        };
        if ui.small_button(note_label).clicked() {
            work.editing.editing_note = Some(NoteTarget::Entity(key.clone()));
        }
        retagged
    });
    let editing = work.editing.editing_note.as_ref() == Some(&NoteTarget::Entity(key.clone()));
    edited |= note_ui(
        ui,
        engine,
        labels,
        &mut work.doc.notes.entities,
        &key,
        editing,
        &mut work.editing.editing_note,
        14.0,
    );
    if edited {
        work.count_edit();
    }
}

/// A note: the editor while it is being edited, else the text (if any). True when
/// the note was edited.
#[allow(clippy::too_many_arguments)]
fn note_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    labels: &WorkspaceLabels,
    notes: &mut BTreeMap<String, String>,
    key: &str,
    editing: bool,
    editing_note: &mut Option<NoteTarget>,
    size: f32,
) -> bool {
    if editing {
        let mut text = notes.get(key).cloned().unwrap_or_default();
        let edit = egui::TextEdit::multiline(&mut text)
            .id_salt(("note", key))
            .hint_text(labels.note)
            .desired_rows(3)
            .desired_width(f32::INFINITY);
        let edited = ui.add(edit).changed();
        if edited {
            set_note(notes, key, text);
        }
        if ui.small_button(labels.done).clicked() {
            *editing_note = None;
        }
        return edited;
    }
    let Some(note) = notes.get(key) else {
        return false;
    };
    let frame = egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .inner_margin(Margin::same(6))
        .corner_radius(4);
    frame.show(ui, |ui| {
        let rich = RichText {
            size,
            direction: Direction::Auto,
            ..RichText::new(note)
        };
        crate::shaping::rich_text_ui(ui, engine, &rich);
    });
    false
}

/// Stores a note; an empty one is no note at all.
fn set_note(notes: &mut BTreeMap<String, String>, key: &str, text: String) {
    if text.trim().is_empty() {
        notes.remove(key);
    } else {
        notes.insert(key.to_owned(), text);
    }
}

/// The tags on `key` as coloured chips (each removable), and a menu to add one; true
/// when a tag was put on or taken off.
fn tag_chips_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    labels: &WorkspaceLabels,
    definitions: &BTreeMap<String, TagDef>,
    assigned: &mut BTreeMap<String, BTreeSet<String>>,
    key: &str,
    open_manager: &mut bool,
) -> bool {
    let mut removed = None;
    for tag in assigned.get(key).into_iter().flatten() {
        let frame = tag_frame(tag_colour(definitions, tag), 8, Margin::symmetric(6, 1));
        frame.show(ui, |ui| {
            ui.horizontal(|ui| {
                label_ui(ui, engine, tag, 13.0, ui.visuals().strong_text_color());
                if ui
                    .small_button("×")
                    .on_hover_text(labels.remove_tag)
                    .clicked()
                {
                    removed = Some(tag.clone());
                }
            });
        });
    }
    let mut edited = false;
    if let Some(tag) = removed {
        unassign(assigned, key, &tag);
        edited = true;
    }
    ui.menu_button(labels.add_tag, |ui| {
        let on = assigned.get(key);
        let mut offered = definitions
            .keys()
            .filter(|tag| !on.is_some_and(|set| set.contains(*tag)))
            .peekable();
        if offered.peek().is_none() && definitions.is_empty() {
            ui.weak(labels.no_tags);
        }
        let mut chosen = None;
        for tag in offered {
            let colour = tag_colour(definitions, tag);
            let options = LabelOptions {
                sense: Sense::click(),
                ..LabelOptions::default()
            };
            if label_ui_with(ui, engine, tag, 14.0, colour, &options).clicked() {
                chosen = Some(tag.clone());
            }
        }
        if let Some(tag) = chosen {
            assigned.entry(key.to_owned()).or_default().insert(tag);
            edited = true;
            ui.close();
        }
        ui.separator();
        if ui.button(labels.manage_tags).clicked() {
            *open_manager = true;
            ui.close();
        }
    });
    edited
}

fn unassign(assigned: &mut BTreeMap<String, BTreeSet<String>>, key: &str, tag: &str) {
    if let Some(set) = assigned.get_mut(key) {
        set.remove(tag);
        if set.is_empty() {
            assigned.remove(key);
        }
    }
}

/// A tag as a small coloured badge, to show without editing (the article list's rows).
pub fn tag_badge_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    definitions: &BTreeMap<String, TagDef>,
    tag: &str,
) {
    tag_frame(tag_colour(definitions, tag), 6, Margin::symmetric(4, 0)).show(ui, |ui| {
        label_ui(ui, engine, tag, 11.0, ui.visuals().strong_text_color());
    });
}

/// The tinted, outlined frame of a tag in its colour.
fn tag_frame(colour: Color32, corner_radius: u8, margin: Margin) -> egui::Frame {
    egui::Frame::new()
        .fill(colour.gamma_multiply(0.25))
        .stroke(egui::Stroke::new(1.0, colour))
        .corner_radius(corner_radius)
        .inner_margin(margin)
}

fn tag_colour(definitions: &BTreeMap<String, TagDef>, tag: &str) -> Color32 {
    definitions.get(tag).map_or(Color32::GRAY, |def| {
        let [r, g, b] = def.colour;
        Color32::from_rgb(r, g, b)
    })
}

/// The tag manager: every tag with its colour, a way to add one, and to delete one
/// (which takes it off everything it was on).
pub fn tag_manager_ui(
    ctx: &Context,
    engine: &mut TextEngine,
    view: &ViewState,
    work: &mut Session,
) {
    if !work.editing.tag_manager_open {
        return;
    }
    let labels = view.language.workspace_labels();
    let mut open = true;
    let mut edited = false;
    egui::Window::new(labels.tags)
        .id(egui::Id::unique("tag_manager"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .show(ctx, |ui| {
            let tags = &mut work.doc.tags;
            let filter = &mut work.doc.filters.tags;
            if tags.definitions.is_empty() {
                ui.weak(labels.no_tags);
            }
            let mut deleted = None;
            for (name, def) in &mut tags.definitions {
                ui.horizontal(|ui| {
                    edited |= ui.color_edit_button_srgb(&mut def.colour).changed();
                    label_ui(ui, engine, name, 14.0, ui.visuals().text_color());
                    let mut only = filter.contains(name);
                    if ui.checkbox(&mut only, labels.filter_by_tag).changed() {
                        if only {
                            filter.insert(name.clone());
                        } else {
                            filter.remove(name);
                        }
                        edited = true;
                    }
                    if ui.small_button(labels.delete).clicked() {
                        deleted = Some(name.clone());
                    }
                });
            }
            if let Some(name) = deleted {
                delete_tag(tags, &name);
                filter.remove(&name);
                edited = true;
            }
            ui.separator();
            let editing = &mut work.editing;
            let colour = editing
                .new_tag_colour
                .get_or_insert(TAG_PALETTE[tags.definitions.len() % TAG_PALETTE.len()]);
            let mut add = false;
            ui.horizontal(|ui| {
                ui.color_edit_button_srgb(colour);
                let response = ui.add(
                    egui::TextEdit::singleline(&mut editing.new_tag)
                        .id_salt("new_tag")
                        .hint_text(labels.new_tag_hint)
                        .desired_width(140.0),
                );
                let entered =
                    response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                add = ui.button(labels.add).clicked() || entered;
            });
            let name = editing.new_tag.trim().to_owned();
            if add && !name.is_empty() {
                tags.definitions.insert(name, TagDef { colour: *colour });
                editing.new_tag.clear();
                editing.new_tag_colour = None;
                edited = true;
            }
        });
    work.editing.tag_manager_open = open;
    if edited {
        work.count_edit();
    }
}

/// Removes a tag's definition and every use of it.
fn delete_tag(tags: &mut Tags, name: &str) {
    tags.definitions.remove(name);
    for assigned in [&mut tags.articles, &mut tags.entities, &mut tags.events] {
        assigned.retain(|_, set| {
            set.remove(name);
            !set.is_empty()
        });
    }
}
