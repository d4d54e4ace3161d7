//! The workspace's modal questions (unsaved changes, autosave, errors, a missing corpus)
//! and the path-entry window used where no file dialog is available.

use std::path::PathBuf;

use egui::{Context, Id, Modal, Ui};

use crate::i18n::WorkspaceLabels;
use crate::workspace::files::PathEntry;
use crate::workspace::{Answer, FileTarget, Prompt};

/// Shows the prompt; returns the analyst's answer in the frame they give it.
pub fn prompt_ui(ctx: &Context, labels: &WorkspaceLabels, prompt: &mut Prompt) -> Option<Answer> {
    let mut answer = None;
    Modal::new(Id::unique("workspace_prompt")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        match prompt {
            Prompt::ConfirmClose => {
                ui.heading(labels.unsaved_title);
                ui.label(labels.unsaved_question);
                buttons_ui(
                    ui,
                    &mut answer,
                    &[
                        (labels.save, Answer::Save),
                        (labels.dont_save, Answer::DontSave),
                        (labels.cancel, Answer::Cancel),
                    ],
                );
            }
            Prompt::RestoreAutosave { path, .. } => {
                ui.heading(labels.restore_title);
                ui.label(labels.restore_question);
                ui.monospace(path.display().to_string());
                buttons_ui(
                    ui,
                    &mut answer,
                    &[
                        (labels.restore, Answer::Restore),
                        (labels.ignore, Answer::Ignore),
                    ],
                );
            }
            Prompt::Error { opening, message } => {
                ui.heading(if *opening {
                    labels.open_failed
                } else {
                    labels.write_failed
                });
                ui.label(message.as_str());
                buttons_ui(ui, &mut answer, &[(labels.ok, Answer::Cancel)]);
            }
            Prompt::LocateCorpus { missing, typed, .. } => {
                ui.heading(labels.locate_title);
                ui.label(labels.locate_question);
                ui.monospace(missing.display().to_string());
                ui.add(
                    egui::TextEdit::singleline(typed)
                        .id_salt("locate_corpus")
                        .hint_text(labels.path_hint)
                        .desired_width(f32::INFINITY),
                );
                let located = Answer::Located(PathBuf::from(typed.trim()));
                buttons_ui(
                    ui,
                    &mut answer,
                    &[
                        (labels.use_folder, located),
                        (labels.browse, Answer::Browse),
                        (labels.cancel, Answer::Cancel),
                    ],
                );
            }
        }
    });
    answer
}

fn buttons_ui(ui: &mut Ui, answer: &mut Option<Answer>, choices: &[(&str, Answer)]) {
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        for (label, choice) in choices {
            if ui.button(*label).clicked() {
                *answer = Some(choice.clone());
            }
        }
    });
}

/// The path-entry window: a path typed by hand, for a save, an export or an open.
/// Returns the path when confirmed; `entry` is cleared when confirmed or cancelled.
pub fn path_entry_ui(
    ctx: &Context,
    labels: &WorkspaceLabels,
    entry: &mut Option<PathEntry>,
) -> Option<(FileTarget, PathBuf)> {
    let state = entry.as_mut()?;
    let mut result = None;
    let mut cancelled = false;
    let title = match state.target {
        FileTarget::OpenWorkspace => labels.open_workspace,
        FileTarget::SaveWorkspaceAs => labels.save_as,
        FileTarget::Export(..) => labels.export,
        FileTarget::LocateCorpus => labels.locate_title,
    };
    Modal::new(Id::unique("path_entry")).show(ctx, |ui| {
        ui.set_min_width(420.0);
        ui.heading(title);
        ui.label(labels.path_title);
        let response = ui.add(
            egui::TextEdit::singleline(&mut state.text)
                .id_salt("path_entry_text")
                .hint_text(labels.path_hint)
                .desired_width(f32::INFINITY),
        );
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.horizontal(|ui| {
            if (ui.button(labels.ok).clicked() || entered) && !state.text.trim().is_empty() {
                result = Some((state.target, PathBuf::from(state.text.trim())));
            }
            if ui.button(labels.cancel).clicked() {
                cancelled = true;
            }
        });
    });
    if result.is_some() || cancelled {
        *entry = None;
    }
    result
}
