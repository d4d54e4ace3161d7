//! The analyst's answers to the workspace's questions: unsaved changes on closing,
//! a newer autosave, a missing corpus folder.

use std::path::PathBuf;

use egui::{Context, ViewportCommand};

use super::{FileTarget, Prompt, Session};
use crate::model::Model;

/// What the analyst answered to the prompt on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Save, then close.
    Save,
    /// Close without saving.
    DontSave,
    /// Keep things as they are.
    Cancel,
    /// Take the autosave.
    Restore,
    /// Keep the saved file and drop the autosave.
    Ignore,
    /// Open the folder dialog to locate the corpus.
    Browse,
    /// The corpus is at this typed path.
    Located(PathBuf),
}

impl Session {
    /// Acts on the analyst's answer to the prompt.
    pub fn answer(&mut self, model: &mut Model, ctx: &Context, answer: Answer) {
        match answer {
            Answer::Save => {
                self.prompt = None;
                self.close_after_save = true;
                self.save(model, ctx);
                if !self.dirty {
                    self.close_if_asked(ctx);
                }
            }
            Answer::DontSave => {
                self.prompt = None;
                if let Some(path) = &self.path {
                    let _ = marsad_storage::discard_autosave(path);
                }
                self.close_confirmed = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
            Answer::Cancel => self.prompt = None,
            Answer::Restore | Answer::Ignore => {
                if let Some(Prompt::RestoreAutosave {
                    path,
                    saved,
                    autosaved,
                }) = self.prompt.take()
                {
                    let current = if answer == Answer::Restore {
                        *autosaved
                    } else {
                        let _ = marsad_storage::discard_autosave(&path);
                        (*saved).clone()
                    };
                    self.continue_open(model, path, *saved, current);
                }
            }
            Answer::Browse => self.ask_path(model, ctx, FileTarget::LocateCorpus),
            Answer::Located(folder) => self.locate_corpus(model, folder),
        }
    }

    pub(super) fn close_if_asked(&mut self, ctx: &Context) {
        if std::mem::take(&mut self.close_after_save) {
            self.close_confirmed = true;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
    }
}
