//! The menu bar: File, Edit, View, panels and the interface language.

use egui::Ui;
use marsad_storage::export::ExportKind;

use super::entity_menu::{Dialog, entity_labels};
use super::{PanelContext, PanelOut};
use crate::command::AppCommand;
use crate::i18n::Language;
use crate::model::{BottomPanel, Settings};
use crate::workspace::WorkspaceAction;

/// The menu bar; what is chosen is pushed as a command.
pub fn menu_bar_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let labels = cx.labels();
    let rtl = cx.rtl();
    egui::MenuBar::new().ui(ui, |ui| {
        super::row_ui(ui, rtl, |ui| {
            ui.menu_button(labels.file, |ui| file_menu_ui(ui, cx, out));
            edit_menu_ui(ui, cx, out);
            ui.menu_button(labels.view, |ui| view_menu_ui(ui, cx, out));
            super::about::help_menu_ui(ui, cx, out);
            ui.separator();
            for (panel, label) in [
                (BottomPanel::Timeline, labels.timeline),
                (BottomPanel::Problems, labels.problems),
            ] {
                let open = cx.model.bottom == panel;
                if ui.selectable_label(open, label).clicked() {
                    let bottom = if open { BottomPanel::Hidden } else { panel };
                    out.push(AppCommand::ShowBottom(bottom));
                }
            }
            ui.separator();
            if ui.button(labels.language).clicked() {
                let mut settings = cx.model.settings.clone();
                settings.language = match settings.language {
                    Language::English => Language::Arabic,
                    Language::Arabic => Language::English,
                };
                out.push(AppCommand::SetSettings(Box::new(settings)));
            }
        });
    });
}

/// The File menu: folders, the workspace's commands, Quit.
fn file_menu_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let labels = cx.labels();
    if ui
        .button(format!("{}  (Ctrl+O)", labels.open_folder))
        .clicked()
    {
        out.push(AppCommand::OpenFolderDialog);
    }
    ui.menu_button(labels.recent_folders, |ui| {
        if cx.recent.folders.is_empty() {
            ui.weak(labels.no_recent);
        }
        for folder in &cx.recent.folders {
            if ui.button(folder.display().to_string()).clicked() {
                out.push(AppCommand::OpenFolder(folder.clone()));
            }
        }
    });
    ui.separator();
    if let Some(chosen) = workspace_items_ui(ui, cx) {
        out.push(AppCommand::Workspace(chosen));
    }
    ui.separator();
    clear_cache_ui(ui, cx, out);
    ui.separator();
    if ui.button(labels.quit).clicked() {
        out.push(AppCommand::Quit);
    }
}

/// File ▸ Clear analysis cache, with the cache's size on disk.
fn clear_cache_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let labels = crate::i18n::cache_labels(cx.language());
    let Some(dir) = cx.cache_dir else {
        ui.add_enabled(false, egui::Button::new(labels.clear))
            .on_disabled_hover_text(labels.off);
        return;
    };
    let megabytes = marsad_storage::cache::size_on_disk(dir) as f64 / 1_000_000.0;
    if ui
        .button(format!("{} ({megabytes:.1} MB)", labels.clear))
        .clicked()
    {
        out.push(AppCommand::ClearAnalysisCache);
    }
}

/// The View menu: theme, bidi controls, text size.
fn view_menu_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let labels = cx.labels();
    let mut settings = cx.model.settings.clone();
    let mut changed = ui.checkbox(&mut settings.dark, labels.dark_theme).changed();
    let mut controls = cx.model.show_controls;
    if ui
        .checkbox(&mut controls, labels.show_bidi_controls)
        .changed()
    {
        out.push(AppCommand::ShowControls(controls));
    }
    ui.separator();
    if ui.button(format!("{}  (Ctrl +)", labels.zoom_in)).clicked() {
        settings.zoom(1);
        changed = true;
    }
    if ui
        .button(format!("{}  (Ctrl −)", labels.zoom_out))
        .clicked()
    {
        settings.zoom(-1);
        changed = true;
    }
    if ui.button(labels.zoom_reset).clicked() {
        settings.zoom(0);
        changed = true;
    }
    if changed {
        out.push(AppCommand::SetSettings(Box::new(settings)));
    }
}

/// The settings with the article text zoomed one step (`1`, `-1`) or reset (`0`).
pub fn zoomed(settings: &Settings, step: i32) -> AppCommand {
    let mut settings = settings.clone();
    settings.zoom(step);
    AppCommand::SetSettings(Box::new(settings))
}

/// The File menu's workspace part: new, open, recent, save, save as, export.
fn workspace_items_ui(ui: &mut Ui, cx: &PanelContext<'_>) -> Option<WorkspaceAction> {
    let labels = cx.language().workspace_labels();
    let sources = crate::i18n::source_labels(cx.language());
    let help = crate::i18n::help_labels(cx.language());
    let mut action = None;
    if ui.button(labels.new_workspace).clicked() {
        action = Some(WorkspaceAction::New);
    }
    if ui.button(labels.open_workspace).clicked() {
        action = Some(WorkspaceAction::Open);
    }
    ui.menu_button(labels.recent_workspaces, |ui| {
        let recent = &cx.work.recent;
        if recent.folders.is_empty() {
            ui.weak(labels.no_recent_workspaces);
        }
        for file in &recent.folders {
            if ui.button(file.display().to_string()).clicked() {
                action = Some(WorkspaceAction::OpenRecent(file.clone()));
            }
        }
    });
    if ui.button(format!("{}  (Ctrl+S)", labels.save)).clicked() {
        action = Some(WorkspaceAction::Save);
    }
    if ui.button(labels.save_as).clicked() {
        action = Some(WorkspaceAction::SaveAs);
    }
    ui.menu_button(labels.export, |ui| {
        for (label, kind, extension) in [
            (labels.entities_csv, ExportKind::Entities, "csv"),
            (labels.entities_json, ExportKind::Entities, "json"),
            (labels.mentions_csv, ExportKind::Mentions, "csv"),
            (labels.events_csv, ExportKind::Events, "csv"),
            (labels.events_json, ExportKind::Events, "json"),
            (sources.attributions_csv, ExportKind::Attributions, "csv"),
            (sources.attributions_json, ExportKind::Attributions, "json"),
            (help.report_html, ExportKind::Report, "html"),
        ] {
            if ui.button(label).clicked() {
                action = Some(WorkspaceAction::Export(kind, extension));
            }
        }
    });
    action
}

/// The Edit menu: undo and redo of corrections and fixes, adding an entity, hidden entities.
fn edit_menu_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let words = entity_labels(cx.language());
    let entities = &cx.model.corpus.entities;
    ui.menu_button(words.edit, |ui| {
        let undo = egui::Button::new(format!("{}  (Ctrl+Z)", words.undo));
        if ui.add_enabled(cx.model.corpus.can_undo(), undo).clicked() {
            out.push(AppCommand::Undo);
        }
        let redo = egui::Button::new(format!("{}  (Ctrl+Shift+Z)", words.redo));
        if ui.add_enabled(cx.model.corpus.can_redo(), redo).clicked() {
            out.push(AppCommand::Redo);
        }
        ui.separator();
        let add = egui::Button::new(words.add_entity);
        if ui.add_enabled(entities.is_resolved(), add).clicked() {
            out.panels.dialog = Some(Dialog::add_entity(""));
        }
        super::sidebar::show_hidden_ui(ui, cx, out, words.show_hidden);
    });
}
