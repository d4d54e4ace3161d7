//! The analyst's notes, tags and reference dates on articles and entities, and the tag
//! manager. Notes are shown through the cosmic-text bridge (Arabic in the right order) and
//! edited in a plain `TextEdit`; every change is pushed as a command.

use std::collections::{BTreeMap, BTreeSet};

use egui::{Color32, Context, Margin, Sense, Ui};
use marsad_core::time::Resolution;
use marsad_storage::TagDef;

use super::theme::{self, TAG_PALETTE, scale};
use super::{PanelContext, PanelOut};
use crate::command::AppCommand;
use crate::i18n::WorkspaceLabels;
use crate::model::{ArticleEntry, parse_day};
use crate::shaping::{Direction, LabelOptions, RichText, label_ui, label_ui_with};
use crate::workspace::Annotated;

/// Editors and inputs of the annotation widgets, between frames.
#[derive(Debug, Default)]
pub struct AnnotationState {
    /// Whose note is open in the editor.
    editing_note: Option<Annotated>,
    /// The tag manager window is open.
    pub tag_manager_open: bool,
    new_tag: String,
    new_tag_colour: Option<[u8; 3]>,
    /// The article whose date-reading editor (reference dates, directions) is open.
    reference_for: Option<String>,
    reference_text: String,
    folder_reference_text: String,
    reference_error: bool,
}

/// Tags, note and reference date of the open article, under its metadata line.
pub fn article_annotations_ui(
    ui: &mut Ui,
    cx: &PanelContext<'_>,
    out: &mut PanelOut<'_>,
    entry: &ArticleEntry,
) {
    let labels = cx.language().workspace_labels();
    let doc = &cx.work.doc;
    let path = entry.analysis.path.as_str();
    let target = Annotated::Article(path.to_owned());
    super::row_ui(ui, cx.rtl(), |ui| {
        tag_chips_ui(ui, cx, out, &target);
        let note_label = if doc.notes.articles.contains_key(path) {
            labels.edit_note
        } else {
            labels.add_note
        };
        if ui.small_button(note_label).clicked() {
            out.panels.editor.editing_note = Some(target.clone());
        }
        if ui
            .small_button(cx.language().date_labels().date_reading)
            .clicked()
        {
            toggle_reference_editor(&mut out.panels.editor, cx, path);
        }
    });
    let small = (cx.model.settings.text_size * scale::META).max(theme::MIN_META);
    reference_status_ui(ui, cx, out, entry, small);
    if out.panels.editor.reference_for.as_deref() == Some(path) {
        reference_editor_ui(ui, cx, out, path);
    }
    let size = cx.model.settings.text_size * scale::NOTE;
    note_ui(ui, cx, out, &target, size);
}

/// Opens the reference-date editor of `path` with the dates set so far, or closes it.
fn toggle_reference_editor(editor: &mut AnnotationState, cx: &PanelContext<'_>, path: &str) {
    if editor.reference_for.as_deref() == Some(path) {
        editor.reference_for = None;
        return;
    }
    let doc = &cx.work.doc;
    editor.reference_for = Some(path.to_owned());
    editor.reference_text = doc.reference_dates.get(path).cloned().unwrap_or_default();
    editor.folder_reference_text = doc.folder_reference_date.clone().unwrap_or_default();
    editor.reference_error = false;
}

/// The reference date in use, how many relative dates still wait for one, and how the
/// dates were read otherwise (a direction, an inferred reference). Shaped, since a date
/// beside Arabic words comes out reversed through egui's labels.
fn reference_status_ui(
    ui: &mut Ui,
    cx: &PanelContext<'_>,
    out: &mut PanelOut<'_>,
    entry: &ArticleEntry,
    size: f32,
) {
    let labels = cx.language().workspace_labels();
    let analysis = &entry.analysis;
    let set = cx
        .work
        .doc
        .reference_for(&analysis.path, analysis.published.is_some());
    let unresolved = analysis
        .dates
        .iter()
        .filter(|d| d.resolution == Resolution::Unresolved)
        .count();
    let reading = super::date_reading::reading_status(cx, entry, ui);
    if set.is_none() && unresolved == 0 && reading.is_empty() {
        return;
    }
    let mut parts = Vec::new();
    if let Some(day) = set {
        let text = format!("{}: {day}", labels.reference_date);
        parts.push((text, ui.visuals().hyperlink_color));
    }
    if unresolved > 0 {
        let text = format!("! {}", cx.language().unresolved_dates(unresolved));
        parts.push((text, ui.visuals().warn_fg_color));
    }
    parts.extend(reading);
    super::row_ui(ui, cx.rtl(), |ui| {
        for (text, color) in &parts {
            label_ui(ui, out.engine, text, size, *color);
        }
    });
}

/// A `YYYY-MM-DD` input with Set and Clear; what was clicked.
fn date_row_ui(
    ui: &mut Ui,
    labels: &WorkspaceLabels,
    rtl: bool,
    (caption, id): (&str, &str),
    text: &mut String,
) -> Option<bool> {
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
}

/// The inputs for the article's and the folder's reference dates.
fn reference_editor_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>, path: &str) {
    let labels = cx.language().workspace_labels();
    let rtl = cx.rtl();
    let editor = &mut out.panels.editor;
    let article = date_row_ui(
        ui,
        labels,
        rtl,
        (labels.reference_date, "reference_date"),
        &mut editor.reference_text,
    );
    let folder = date_row_ui(
        ui,
        labels,
        rtl,
        (labels.folder_reference, "folder_reference_date"),
        &mut editor.folder_reference_text,
    );
    for (answer, article, text) in [
        (article, Some(path.to_owned()), &mut editor.reference_text),
        (folder, None, &mut editor.folder_reference_text),
    ] {
        let date = match answer {
            None => continue,
            Some(true) if parse_day(text).is_none() => {
                editor.reference_error = true;
                continue;
            }
            Some(true) => Some(text.trim().to_owned()),
            Some(false) => {
                text.clear();
                None
            }
        };
        editor.reference_error = false;
        out.commands
            .push(AppCommand::SetReference { article, date });
    }
    if out.panels.editor.reference_error {
        ui.colored_label(ui.visuals().error_fg_color, labels.invalid_date);
    }
    super::date_reading::reading_direction_rows_ui(ui, cx, out, path);
}

/// Tags and note of the entity selected in the sidebar.
pub fn entity_annotations_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let Some(entity) = cx.model.selected_entity() else {
        return;
    };
    let labels = cx.language().workspace_labels();
    let rtl = cx.rtl();
    let key = entity.id.as_str().to_owned();
    super::row_ui(ui, rtl, |ui| {
        ui.strong(labels.entity_notes);
        let color = ui.visuals().strong_text_color();
        label_ui(ui, out.engine, &entity.name, theme::BODY, color);
    });
    let target = Annotated::Entity(key.clone());
    super::row_ui(ui, rtl, |ui| {
        tag_chips_ui(ui, cx, out, &target);
        let note_label = if cx.work.doc.notes.entities.contains_key(&key) {
            labels.edit_note
        } else {
            labels.add_note
        };
        if ui.small_button(note_label).clicked() {
            out.panels.editor.editing_note = Some(target.clone());
        }
    });
    note_ui(ui, cx, out, &target, theme::BODY);
}

/// The notes and tags of whichever `target` names.
fn notes_and_tags<'a>(
    cx: &PanelContext<'a>,
    target: &'a Annotated,
) -> (Option<&'a String>, Option<&'a BTreeSet<String>>) {
    let doc = &cx.work.doc;
    match target {
        Annotated::Article(path) => (doc.notes.articles.get(path), doc.tags.articles.get(path)),
        Annotated::Entity(id) => (doc.notes.entities.get(id), doc.tags.entities.get(id)),
    }
}

/// A note: the editor while it is being edited, else the text (if any).
fn note_ui(
    ui: &mut Ui,
    cx: &PanelContext<'_>,
    out: &mut PanelOut<'_>,
    target: &Annotated,
    size: f32,
) {
    let labels = cx.language().workspace_labels();
    let (note, _) = notes_and_tags(cx, target);
    if out.panels.editor.editing_note.as_ref() == Some(target) {
        let mut text = note.cloned().unwrap_or_default();
        let edit = egui::TextEdit::multiline(&mut text)
            .id_salt(("note", target_key(target)))
            .hint_text(labels.note)
            .desired_rows(3)
            .desired_width(f32::INFINITY);
        if ui.add(edit).changed() {
            out.push(AppCommand::SetNote(target.clone(), text));
        }
        if ui.small_button(labels.done).clicked() {
            out.panels.editor.editing_note = None;
        }
        return;
    }
    let Some(note) = note else {
        return;
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
        crate::shaping::rich_text_ui(ui, out.engine, &rich);
    });
}

/// The id an annotation's widgets are salted with.
fn target_key(target: &Annotated) -> &str {
    match target {
        Annotated::Article(key) | Annotated::Entity(key) => key,
    }
}

/// The tags on `target` as coloured chips (each removable), and a menu to add one.
fn tag_chips_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>, target: &Annotated) {
    let labels = cx.language().workspace_labels();
    let definitions = &cx.work.doc.tags.definitions;
    let (_, on) = notes_and_tags(cx, target);
    for tag in on.into_iter().flatten() {
        let frame = tag_frame(tag_colour(definitions, tag), 8, Margin::symmetric(6, 1));
        frame.show(ui, |ui| {
            ui.horizontal(|ui| {
                let color = ui.visuals().strong_text_color();
                label_ui(ui, out.engine, tag, theme::CAPTION, color);
                let remove = ui.small_button("×").on_hover_text(labels.remove_tag);
                if remove.clicked() {
                    out.push(AppCommand::Tag(target.clone(), tag.clone(), false));
                }
            });
        });
    }
    ui.menu_button(labels.add_tag, |ui| {
        let mut offered = definitions
            .keys()
            .filter(|tag| !on.is_some_and(|set| set.contains(*tag)))
            .peekable();
        if offered.peek().is_none() && definitions.is_empty() {
            ui.weak(labels.no_tags);
        }
        for tag in offered {
            let colour = tag_colour(definitions, tag);
            let options = LabelOptions {
                sense: Sense::click(),
                ..LabelOptions::default()
            };
            if label_ui_with(ui, out.engine, tag, theme::BODY, colour, &options).clicked() {
                out.push(AppCommand::Tag(target.clone(), tag.clone(), true));
                ui.close();
            }
        }
        ui.separator();
        if ui.button(labels.manage_tags).clicked() {
            out.panels.editor.tag_manager_open = true;
            ui.close();
        }
    });
}

/// A tag as a small coloured badge, to show without editing (the article list's rows).
pub fn tag_badge_ui(
    ui: &mut Ui,
    engine: &mut crate::shaping::TextEngine,
    definitions: &BTreeMap<String, TagDef>,
    tag: &str,
) {
    tag_frame(tag_colour(definitions, tag), 6, Margin::symmetric(4, 0)).show(ui, |ui| {
        let color = ui.visuals().strong_text_color();
        label_ui(ui, engine, tag, theme::TINY, color);
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
pub fn tag_manager_ui(ctx: &Context, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    if !out.panels.editor.tag_manager_open {
        return;
    }
    let labels = cx.language().workspace_labels();
    let mut open = true;
    egui::Window::new(labels.tags)
        .id(egui::Id::unique("tag_manager"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .show(ctx, |ui| {
            let definitions = &cx.work.doc.tags.definitions;
            if definitions.is_empty() {
                ui.weak(labels.no_tags);
            }
            for (name, def) in definitions {
                ui.horizontal(|ui| tag_row_ui(ui, cx, out, name, def));
            }
            ui.separator();
            new_tag_ui(ui, cx, out);
        });
    out.panels.editor.tag_manager_open = open;
}

/// One tag of the manager: its colour, its name, the list filter on it, Delete.
fn tag_row_ui(
    ui: &mut Ui,
    cx: &PanelContext<'_>,
    out: &mut PanelOut<'_>,
    name: &str,
    def: &TagDef,
) {
    let labels = cx.language().workspace_labels();
    let mut colour = def.colour;
    if ui.color_edit_button_srgb(&mut colour).changed() {
        out.push(AppCommand::DefineTag(name.to_owned(), colour));
    }
    label_ui(ui, out.engine, name, theme::BODY, ui.visuals().text_color());
    let mut settings = cx.model.settings.clone();
    let mut only = settings.filters.tags.contains(name);
    if ui.checkbox(&mut only, labels.filter_by_tag).changed() {
        if only {
            settings.filters.tags.insert(name.to_owned());
        } else {
            settings.filters.tags.remove(name);
        }
        out.push(AppCommand::SetSettings(Box::new(settings)));
    }
    if ui.small_button(labels.delete).clicked() {
        out.push(AppCommand::DeleteTag(name.to_owned()));
    }
}

/// The new tag's colour, name and Add.
fn new_tag_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let labels = cx.language().workspace_labels();
    let count = cx.work.doc.tags.definitions.len();
    let editor = &mut out.panels.editor;
    let colour = editor
        .new_tag_colour
        .get_or_insert(TAG_PALETTE[count % TAG_PALETTE.len()]);
    let mut add = false;
    ui.horizontal(|ui| {
        ui.color_edit_button_srgb(colour);
        let response = ui.add(
            egui::TextEdit::singleline(&mut editor.new_tag)
                .id_salt("new_tag")
                .hint_text(labels.new_tag_hint)
                .desired_width(140.0),
        );
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        add = ui.button(labels.add).clicked() || entered;
    });
    let name = editor.new_tag.trim().to_owned();
    if add && !name.is_empty() {
        let colour = *colour;
        editor.new_tag.clear();
        editor.new_tag_colour = None;
        out.push(AppCommand::DefineTag(name, colour));
    }
}
