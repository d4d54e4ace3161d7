//! Keys and dropped files: each becomes a command (or focuses a widget).

use std::path::Path;

use egui::{Context, Key, KeyboardShortcut, Modifiers};

use super::Panels;
use crate::command::AppCommand;
use crate::model::Model;
use crate::workspace::{WorkspaceAction, is_workspace_file};

/// The app's shortcuts: open, find, save, zoom, Escape, and moving through the list.
pub fn app_keys(ctx: &Context, model: &Model, commands: &mut Vec<AppCommand>) {
    let shortcut = |key| KeyboardShortcut::new(Modifiers::COMMAND, key);
    let pressed = |s: &KeyboardShortcut| ctx.input_mut(|i| i.consume_shortcut(s));
    if pressed(&shortcut(Key::O)) {
        commands.push(AppCommand::OpenFolderDialog);
    }
    if pressed(&shortcut(Key::S)) {
        commands.push(AppCommand::Workspace(WorkspaceAction::Save));
    }
    if pressed(&shortcut(Key::F)) {
        ctx.memory_mut(|m| m.request_focus(super::article_list::search_id()));
    }
    let zoom_in = pressed(&shortcut(Key::Plus)) || pressed(&shortcut(Key::Equals));
    for (step, wanted) in [
        (1, zoom_in),
        (-1, pressed(&shortcut(Key::Minus))),
        (0, pressed(&shortcut(Key::Num0))),
    ] {
        if wanted {
            commands.push(super::menu::zoomed(&model.settings, step));
        }
    }
    if ctx.input(|i| i.key_pressed(Key::Escape)) {
        commands.push(AppCommand::ClearFilters);
        ctx.memory_mut(|m| m.surrender_focus(super::article_list::search_id()));
    }
    if ctx.text_edit_focused() {
        return;
    }
    let down = ctx.input(|i| i.key_pressed(Key::ArrowDown) || i.key_pressed(Key::J));
    let up = ctx.input(|i| i.key_pressed(Key::ArrowUp) || i.key_pressed(Key::K));
    if down {
        commands.push(AppCommand::MoveSelection(1));
    }
    if up {
        commands.push(AppCommand::MoveSelection(-1));
    }
}

/// A dropped workspace file opens it; a dropped folder (or a file in one) opens the folder.
pub fn dropped_files(ctx: &Context, commands: &mut Vec<AppCommand>) {
    let workspace = ctx.input_mut(|input| {
        let files = &mut input.raw.dropped_files;
        let index = files.iter().position(|f| is_workspace_file(f.path()))?;
        Some(files.remove(index).path().to_owned())
    });
    if let Some(path) = workspace {
        commands.push(AppCommand::Workspace(WorkspaceAction::OpenRecent(path)));
    }
    let dropped = ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_owned())
            .find(|p| !p.as_os_str().is_empty())
    });
    if let Some(path) = dropped {
        let folder = if path.is_dir() {
            path
        } else {
            path.parent().map_or(path.clone(), Path::to_owned)
        };
        commands.push(AppCommand::OpenFolder(folder));
    }
}

/// The panels' keys (dialogs, undo and redo) and then the app's.
pub fn keys(ctx: &Context, panels: &mut Panels, model: &Model, commands: &mut Vec<AppCommand>) {
    super::entity_menu::entity_keys(ctx, panels, model, commands);
    app_keys(ctx, model, commands);
}
