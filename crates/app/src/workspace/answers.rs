//! The analyst's answers to the workspace's questions: unsaved changes on closing,
//! a newer autosave, a missing corpus folder.

use std::path::PathBuf;

use egui::{Context, ViewportCommand};

use super::open::{continue_open, locate_corpus};
use super::{FileTarget, Prompt, ask_path, save};
use crate::MarsadApp;

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

/// Acts on the analyst's answer to the prompt.
pub fn answer(app: &mut MarsadApp, ctx: &Context, answer: Answer) {
    match answer {
        Answer::Save => {
            app.work.prompt = None;
            app.work.close_after_save = true;
            save(app, ctx);
            if !app.work.dirty {
                close_if_asked(app, ctx);
            }
        }
        Answer::DontSave => {
            app.work.prompt = None;
            if let Some(path) = &app.work.path {
                let _ = marsad_storage::discard_autosave(path);
            }
            app.work.close_confirmed = true;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
        Answer::Cancel => app.work.prompt = None,
        Answer::Restore | Answer::Ignore => {
            if let Some(Prompt::RestoreAutosave {
                path,
                saved,
                autosaved,
            }) = app.work.prompt.take()
            {
                let current = if answer == Answer::Restore {
                    *autosaved
                } else {
                    let _ = marsad_storage::discard_autosave(&path);
                    (*saved).clone()
                };
                continue_open(app, ctx, path, *saved, current);
            }
        }
        Answer::Browse => ask_path(app, ctx, FileTarget::LocateCorpus),
        Answer::Located(folder) => locate_corpus(app, ctx, folder),
    }
}

pub(super) fn close_if_asked(app: &mut MarsadApp, ctx: &Context) {
    if std::mem::take(&mut app.work.close_after_save) {
        app.work.close_confirmed = true;
        ctx.send_viewport_cmd(ViewportCommand::Close);
    }
}
