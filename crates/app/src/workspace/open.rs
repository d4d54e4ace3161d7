//! Opening a workspace file: the autosave offer, a missing corpus folder, paths that
//! point outside the corpus, and files changed or missing since the save.

use std::collections::BTreeMap;
use std::path::PathBuf;

use egui::Context;
use marsad_storage::{CorpusRef, Error, PathProblemKind, Workspace};

use super::{
    ProblemKind, Prompt, WorkspaceProblem, apply_workspace, autosave, mark_saved, show_error,
    sync_articles, sync_corpus_ref,
};
use crate::MarsadApp;

/// A workspace whose corpus is loading; applied once it has.
#[derive(Debug)]
pub(super) struct PendingOpen {
    pub(super) folder: PathBuf,
    saved: Workspace,
    current: Workspace,
    problems: Vec<WorkspaceProblem>,
}

/// Opens the workspace file at `path`: its corpus loads, then its work is applied.
///
/// A file that cannot be read or parsed is left untouched and the current work stays.
pub fn open_workspace(app: &mut MarsadApp, ctx: &Context, path: PathBuf) {
    let saved = match marsad_storage::load(&path) {
        Ok(workspace) => workspace,
        Err(error) => {
            show_error(app, &error);
            return;
        }
    };
    if marsad_storage::autosave_newer_than_saved(&path)
        && let Ok(autosaved) = marsad_storage::load_autosave(&path)
    {
        app.work.prompt = Some(Prompt::RestoreAutosave {
            path,
            saved: Box::new(saved),
            autosaved: Box::new(autosaved),
        });
        return;
    }
    let current = saved.clone();
    continue_open(app, ctx, path, saved, current);
}

/// Goes on opening once the autosave question is settled: finds the corpus folder.
pub(super) fn continue_open(
    app: &mut MarsadApp,
    ctx: &Context,
    path: PathBuf,
    saved: Workspace,
    current: Workspace,
) {
    match current.corpus_root(&path) {
        Ok(root) => load_corpus(app, ctx, path, saved, current, root),
        Err(Error::CorpusMissing { path: missing }) => {
            app.work.prompt = Some(Prompt::LocateCorpus {
                path,
                saved: Box::new(saved),
                current: Box::new(current),
                typed: missing.display().to_string(),
                missing,
            });
        }
        Err(error) => show_error(app, &error),
    }
}

/// Loads the corpus of a workspace; its work is applied when the load is done.
fn load_corpus(
    app: &mut MarsadApp,
    ctx: &Context,
    path: PathBuf,
    saved: Workspace,
    current: Workspace,
    root: PathBuf,
) {
    // The work of the workspace being left, if unsaved, goes to its autosave sidecar.
    autosave(app);
    let problems = current
        .validate_paths(&root)
        .into_iter()
        .map(|problem| WorkspaceProblem {
            article: problem.article,
            kind: ProblemKind::Refused(refusal_reason(&problem.kind)),
        })
        .collect();
    if let Err(error) = app.work.recent.push(&path) {
        app.message = Some(format!(
            "Could not save the recent-workspaces list: {error}"
        ));
    }
    app.work.start_untitled(Some(root.clone()));
    app.work.path = Some(path);
    app.work.pending = Some(PendingOpen {
        folder: root.clone(),
        saved,
        current,
        problems,
    });
    app.open_folder(ctx, root);
    finish_open_when_loaded(app);
}

fn refusal_reason(kind: &PathProblemKind) -> String {
    format!("refused, never read: {kind}")
}

/// Applies a pending workspace once its corpus has loaded.
pub(super) fn finish_open_when_loaded(app: &mut MarsadApp) {
    let loaded = app
        .work
        .pending
        .as_ref()
        .is_some_and(|p| app.folder.as_deref() == Some(&p.folder) && !app.is_loading());
    if !loaded {
        return;
    }
    let Some(pending) = app.work.pending.take() else {
        return;
    };
    let PendingOpen {
        folder,
        saved,
        current,
        mut problems,
    } = pending;
    let refused: Vec<String> = problems.iter().map(|p| p.article.clone()).collect();
    let files = current_files(app);
    let report = marsad_storage::reconcile(&current, &files);
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
    app.work.recorded.clone_from(&current.articles);
    apply_workspace(app, current);
    let work = &mut app.work;
    work.folder = Some(folder);
    work.problems = problems;
    sync_articles(app);
    sync_corpus_ref(app);
    if restored_or_moved {
        // A restored autosave or a relocated corpus is work the file does not hold yet.
        app.work.saved = saved;
        app.work.saved_articles = std::mem::take(&mut app.work.saved.articles);
        app.work.count_edit();
    } else {
        mark_saved(app);
    }
}

/// The loaded files' paths and content hashes.
pub(super) fn current_files(app: &MarsadApp) -> BTreeMap<String, String> {
    app.corpus
        .articles
        .iter()
        .map(|entry| {
            (
                entry.analysis.path.clone(),
                entry.analysis.content_hash.clone(),
            )
        })
        .collect()
}

/// The analyst located the missing corpus folder: remember it (the workspace is then
/// unsaved until they save) and go on opening.
pub(super) fn locate_corpus(app: &mut MarsadApp, ctx: &Context, folder: PathBuf) {
    let Some(Prompt::LocateCorpus {
        path,
        saved,
        mut current,
        ..
    }) = app.work.prompt.take()
    else {
        return;
    };
    if !folder.is_dir() {
        app.work.prompt = Some(Prompt::LocateCorpus {
            path,
            saved,
            current,
            typed: folder.display().to_string(),
            missing: folder,
        });
        return;
    }
    current.corpus = CorpusRef::from_paths(&folder, &path);
    load_corpus(app, ctx, path, *saved, *current, folder);
}
