//! Opening a workspace file: the autosave offer, a missing corpus folder, paths that
//! point outside the corpus, and files changed or missing since the save.

use std::path::PathBuf;

use marsad_storage::{CorpusRef, Error, PathProblemKind, Workspace};

use super::{ProblemKind, Prompt, Session, WorkspaceProblem};
use crate::model::Model;

/// A workspace whose corpus is loading; applied once it has.
#[derive(Debug)]
pub(super) struct PendingOpen {
    pub(super) folder: PathBuf,
    saved: Workspace,
    current: Workspace,
    problems: Vec<WorkspaceProblem>,
}

impl Session {
    /// Opens the workspace file at `path`: its corpus loads, then its work is applied.
    ///
    /// A file that cannot be read or parsed is left untouched and the current work stays.
    pub fn open_workspace(&mut self, model: &mut Model, path: PathBuf) {
        let saved = match marsad_storage::load(&path) {
            Ok(workspace) => workspace,
            Err(error) => {
                self.show_error(model, &error);
                return;
            }
        };
        if marsad_storage::autosave_newer_than_saved(&path)
            && let Ok(autosaved) = marsad_storage::load_autosave(&path)
        {
            self.prompt = Some(Prompt::RestoreAutosave {
                path,
                saved: Box::new(saved),
                autosaved: Box::new(autosaved),
            });
            return;
        }
        let current = saved.clone();
        self.continue_open(model, path, saved, current);
    }

    /// Goes on opening once the autosave question is settled: finds the corpus folder.
    pub(super) fn continue_open(
        &mut self,
        model: &mut Model,
        path: PathBuf,
        saved: Workspace,
        current: Workspace,
    ) {
        match current.corpus_root(&path) {
            Ok(root) => self.load_corpus(model, path, (saved, current), root),
            Err(Error::CorpusMissing { path: missing }) => {
                self.prompt = Some(Prompt::LocateCorpus {
                    path,
                    saved: Box::new(saved),
                    current: Box::new(current),
                    typed: missing.display().to_string(),
                    missing,
                });
            }
            Err(error) => self.show_error(model, &error),
        }
    }

    /// Asks for the corpus of a workspace to be loaded; its work (`saved` as the file
    /// has it, `current` with a restored autosave or a relocated corpus) is applied
    /// when the load is done.
    fn load_corpus(
        &mut self,
        model: &mut Model,
        path: PathBuf,
        (saved, current): (Workspace, Workspace),
        root: PathBuf,
    ) {
        // The work of the workspace being left, if unsaved, goes to its autosave sidecar.
        self.autosave(model);
        let problems = current
            .validate_paths(&root)
            .into_iter()
            .map(|problem| WorkspaceProblem {
                article: problem.article,
                kind: ProblemKind::Refused(refusal_reason(&problem.kind)),
            })
            .collect();
        if let Err(error) = self.recent.push(&path) {
            model.message = Some(format!(
                "Could not save the recent-workspaces list: {error}"
            ));
        }
        self.start_untitled(Some(root.clone()));
        self.path = Some(path);
        self.pending = Some(PendingOpen {
            folder: root.clone(),
            saved,
            current,
            problems,
        });
        self.folder_request = Some(root);
    }

    /// Applies a pending workspace once its corpus has loaded.
    pub fn finish_open_when_loaded(&mut self, model: &mut Model) {
        let loaded = self.folder_request.is_none()
            && self
                .pending
                .as_ref()
                .is_some_and(|p| model.folder.as_deref() == Some(&p.folder) && !model.loading);
        if !loaded {
            return;
        }
        let Some(pending) = self.pending.take() else {
            return;
        };
        let PendingOpen {
            folder,
            saved,
            current,
            mut problems,
        } = pending;
        let refused: Vec<String> = problems.iter().map(|p| p.article.clone()).collect();
        let report = marsad_storage::reconcile(&current, &model.corpus.files());
        problems.extend(report.changed.into_iter().map(|article| WorkspaceProblem {
            article,
            kind: ProblemKind::Changed,
        }));
        problems.extend(
            report
                .missing
                .into_iter()
                .filter(|article| !refused.contains(article))
                .map(|article| WorkspaceProblem {
                    article,
                    kind: ProblemKind::Missing,
                }),
        );
        problems.sort_by(|a, b| a.article.cmp(&b.article));
        let restored_or_moved = current != saved;
        self.recorded.clone_from(&current.articles);
        self.apply_workspace(model, current);
        self.folder = Some(folder);
        self.problems = problems;
        self.sync_articles(model);
        self.sync_corpus_ref(model);
        if restored_or_moved {
            // A restored autosave or a relocated corpus is work the file does not hold yet.
            self.saved_settings =
                crate::model::Settings::from_workspace(&saved, &model.corpus, &model.settings);
            self.saved = saved;
            self.saved_articles = std::mem::take(&mut self.saved.articles);
            self.changed();
        } else {
            self.mark_saved(model);
        }
    }

    /// The analyst located the missing corpus folder: remember it (the workspace is then
    /// unsaved until they save) and go on opening.
    pub(super) fn locate_corpus(&mut self, model: &mut Model, folder: PathBuf) {
        let Some(Prompt::LocateCorpus {
            path,
            saved,
            mut current,
            ..
        }) = self.prompt.take()
        else {
            return;
        };
        if !folder.is_dir() {
            self.prompt = Some(Prompt::LocateCorpus {
                path,
                saved,
                current,
                typed: folder.display().to_string(),
                missing: folder,
            });
            return;
        }
        current.corpus = CorpusRef::from_paths(&folder, &path);
        self.load_corpus(model, path, (*saved, *current), folder);
    }
}

fn refusal_reason(kind: &PathProblemKind) -> String {
    format!("refused, never read: {kind}")
}
