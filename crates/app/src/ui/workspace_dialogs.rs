//! The workspace's modal questions (unsaved changes, autosave, errors, a missing corpus)
//! and the path-entry window used where no file dialog is available. The answers are
//! pushed as commands; what is typed stays here until then.

use std::path::PathBuf;

use egui::{Context, Id, Modal, Ui};

use super::{PanelContext, PanelOut};
use crate::command::AppCommand;
use crate::workspace::{Answer, FileTarget, Prompt};

/// Text typed into a workspace window, with the text it started from (a new window,
/// or the same window asked again with other text, starts over).
#[derive(Debug, Default)]
pub struct Typed {
    started_from: String,
    /// The text as typed so far.
    pub text: String,
}

impl Typed {
    /// The text being typed into a window that offered `initial`.
    fn for_initial(&mut self, initial: &str) -> &mut String {
        if self.started_from != initial {
            initial.clone_into(&mut self.started_from);
            initial.clone_into(&mut self.text);
        }
        &mut self.text
    }
}

/// Shows the workspace's question, if any; the answer is pushed in the frame it is given.
pub fn prompt_ui(ctx: &Context, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let Some(prompt) = &cx.work.prompt else {
        return;
    };
    let labels = cx.language().workspace_labels();
    let mut answer = None;
    Modal::new(Id::unique("workspace_prompt")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        let (title, question, choices) = match prompt {
            Prompt::ConfirmClose => (
                labels.unsaved_title,
                labels.unsaved_question,
                vec![
                    (labels.save, Answer::Save),
                    (labels.dont_save, Answer::DontSave),
                    (labels.cancel, Answer::Cancel),
                ],
            ),
            Prompt::RestoreAutosave { path, .. } => {
                ui.heading(labels.restore_title);
                ui.label(labels.restore_question);
                ui.monospace(path.display().to_string());
                let choices = [
                    (labels.restore, Answer::Restore),
                    (labels.ignore, Answer::Ignore),
                ];
                buttons_ui(ui, &mut answer, &choices);
                return;
            }
            Prompt::Error { opening, message } => {
                let title = if *opening {
                    labels.open_failed
                } else {
                    labels.write_failed
                };
                (title, message.as_str(), vec![(labels.ok, Answer::Cancel)])
            }
            Prompt::LocateCorpus { missing, typed, .. } => {
                ui.heading(labels.locate_title);
                ui.label(labels.locate_question);
                ui.monospace(missing.display().to_string());
                let text = out.panels.typed_folder.for_initial(typed);
                ui.add(
                    egui::TextEdit::singleline(text)
                        .id_salt("locate_corpus")
                        .hint_text(labels.path_hint)
                        .desired_width(f32::INFINITY),
                );
                let located = Answer::Located(PathBuf::from(text.trim()));
                let choices = [
                    (labels.use_folder, located),
                    (labels.browse, Answer::Browse),
                    (labels.cancel, Answer::Cancel),
                ];
                buttons_ui(ui, &mut answer, &choices);
                return;
            }
        };
        ui.heading(title);
        ui.label(question);
        buttons_ui(ui, &mut answer, &choices);
    });
    if let Some(answer) = answer {
        out.push(AppCommand::Answer(answer));
    }
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
pub fn path_entry_ui(ctx: &Context, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let Some(entry) = &cx.work.files.entry else {
        return;
    };
    let labels = cx.language().workspace_labels();
    let title = match entry.target {
        FileTarget::OpenWorkspace => labels.open_workspace,
        FileTarget::SaveWorkspaceAs => labels.save_as,
        FileTarget::Export(..) => labels.export,
        FileTarget::LocateCorpus => labels.locate_title,
    };
    let mut chosen = None;
    let mut cancelled = false;
    let text = out.panels.typed_path.for_initial(&entry.text);
    Modal::new(Id::unique("path_entry")).show(ctx, |ui| {
        ui.set_min_width(420.0);
        ui.heading(title);
        ui.label(labels.path_title);
        let response = ui.add(
            egui::TextEdit::singleline(text)
                .id_salt("path_entry_text")
                .hint_text(labels.path_hint)
                .desired_width(f32::INFINITY),
        );
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.horizontal(|ui| {
            if (ui.button(labels.ok).clicked() || entered) && !text.trim().is_empty() {
                chosen = Some(PathBuf::from(text.trim()));
            }
            if ui.button(labels.cancel).clicked() {
                cancelled = true;
            }
        });
    });
    if let Some(path) = chosen {
        out.panels.typed_path = Typed::default();
        out.push(AppCommand::UsePath(entry.target, path));
    } else if cancelled {
        out.panels.typed_path = Typed::default();
        out.push(AppCommand::ClosePathEntry);
    }
}
