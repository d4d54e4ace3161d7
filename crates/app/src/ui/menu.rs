//! The menu bar: File, Edit, View, panels and the interface language.

use std::path::PathBuf;

use egui::Ui;

use crate::i18n::Language;
use crate::recent::RecentFolders;
use crate::state::{BottomPanel, Corpus, ViewState};
use crate::workspace::ExportKind;

use super::entity_menu::{EntityAction, entity_labels};

/// What the menu asks the app to do.
#[derive(Debug, PartialEq, Eq)]
pub enum MenuAction {
    OpenDialog,
    OpenFolder(PathBuf),
    /// A workspace command from the File menu.
    Workspace(WorkspaceAction),
    Quit,
}

/// The File menu's workspace commands.
#[derive(Debug, PartialEq, Eq)]
pub enum WorkspaceAction {
    /// A new workspace over the open folder.
    New,
    /// Open a workspace file (asks which).
    Open,
    /// Open this workspace file.
    OpenRecent(PathBuf),
    /// Save to the workspace file (asks for one the first time).
    Save,
    /// Save to a new file.
    SaveAs,
    /// Export to a file; the suggested name gets the extension.
    Export(ExportKind, &'static str),
}

/// The menu bar; returns the action chosen this frame.
pub fn menu_bar_ui(
    ui: &mut Ui,
    view: &mut ViewState,
    recent: &RecentFolders,
    recent_workspaces: &RecentFolders,
    corpus: &Corpus,
) -> Option<MenuAction> {
    let labels = view.language.labels();
    let mut action = None;
    let rtl = view.language.is_rtl();
    egui::MenuBar::new().ui(ui, |ui| {
        super::row_ui(ui, rtl, |ui| {
            ui.menu_button(labels.file, |ui| {
                if ui
                    .button(format!("{}  (Ctrl+O)", labels.open_folder))
                    .clicked()
                {
                    action = Some(MenuAction::OpenDialog);
                }
                ui.menu_button(labels.recent_folders, |ui| {
                    if recent.folders.is_empty() {
                        ui.weak(labels.no_recent);
                    }
                    for folder in &recent.folders {
                        if ui.button(folder.display().to_string()).clicked() {
                            action = Some(MenuAction::OpenFolder(folder.clone()));
                        }
                    }
                });
                ui.separator();
                if let Some(chosen) = workspace_items_ui(ui, view, recent_workspaces) {
                    action = Some(MenuAction::Workspace(chosen));
                }
                ui.separator();
                if ui.button(labels.quit).clicked() {
                    action = Some(MenuAction::Quit);
                }
            });
            edit_menu_ui(ui, view, corpus);
            ui.menu_button(labels.view, |ui| {
                ui.checkbox(&mut view.dark, labels.dark_theme);
                ui.checkbox(&mut view.show_controls, labels.show_bidi_controls);
                ui.separator();
                if ui.button(format!("{}  (Ctrl +)", labels.zoom_in)).clicked() {
                    view.zoom(1);
                }
                if ui
                    .button(format!("{}  (Ctrl −)", labels.zoom_out))
                    .clicked()
                {
                    view.zoom(-1);
                }
                if ui.button(labels.zoom_reset).clicked() {
                    view.zoom(0);
                }
            });
            ui.separator();
            for (panel, label) in [
                (BottomPanel::Timeline, labels.timeline),
                (BottomPanel::Problems, labels.problems),
            ] {
                let open = view.bottom == panel;
                if ui.selectable_label(open, label).clicked() {
                    view.bottom = if open { BottomPanel::Hidden } else { panel };
                }
            }
            ui.separator();
            if ui.button(labels.language).clicked() {
                view.language = match view.language {
                    Language::English => Language::Arabic,
                    Language::Arabic => Language::English,
                };
            }
        });
    });
    action
}

/// The File menu's workspace part: new, open, recent, save, save as, export.
fn workspace_items_ui(
    ui: &mut Ui,
    view: &ViewState,
    recent: &RecentFolders,
) -> Option<WorkspaceAction> {
    let labels = view.language.workspace_labels();
    let mut action = None;
    if ui.button(labels.new_workspace).clicked() {
        action = Some(WorkspaceAction::New);
    }
    if ui.button(labels.open_workspace).clicked() {
        action = Some(WorkspaceAction::Open);
    }
    ui.menu_button(labels.recent_workspaces, |ui| {
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
        ] {
            if ui.button(label).clicked() {
                action = Some(WorkspaceAction::Export(kind, extension));
            }
        }
    });
    action
}

/// The Edit menu: undo and redo of entity corrections, adding an entity, hidden entities.
fn edit_menu_ui(ui: &mut Ui, view: &mut ViewState, corpus: &Corpus) {
    let words = entity_labels(view.language);
    ui.menu_button(words.edit, |ui| {
        let mut action = None;
        let undo = egui::Button::new(format!("{}  (Ctrl+Z)", words.undo));
        if ui.add_enabled(corpus.entities.can_undo(), undo).clicked() {
            action = Some(EntityAction::Undo);
        }
        let redo = egui::Button::new(format!("{}  (Ctrl+Shift+Z)", words.redo));
        if ui.add_enabled(corpus.entities.can_redo(), redo).clicked() {
            action = Some(EntityAction::Redo);
        }
        ui.separator();
        let add = egui::Button::new(words.add_entity);
        if ui.add_enabled(corpus.entities.is_resolved(), add).clicked() {
            action = Some(EntityAction::AddEntity(String::new()));
        }
        ui.checkbox(&mut view.show_hidden, words.show_hidden);
        if let Some(action) = action {
            action.apply(view);
        }
    });
}
