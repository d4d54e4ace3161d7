//! The open workspace: the file the analyst's work lives in, that work (notes, tags,
//! reference dates, filters, view), and whether it changed since the last save.
//!
//! [`build_workspace`] turns the app into a [`Workspace`] and [`apply_workspace`] does the
//! reverse; everything else here is the flow around them: opening (autosave offer, missing
//! corpus, refused paths, changed files), saving, autosaving, exports and the window title.

mod answers;
mod dirty;
pub mod exports;
pub mod files;
mod mapping;
mod open;
pub mod references;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::{Context, Key, KeyboardShortcut, Modifiers, ViewportCommand};
use marsad_storage::{ArticleRecord, CorpusRef, Error, Workspace};

use self::answers::close_if_asked;
pub use self::answers::{Answer, answer};
use self::dirty::{DirtyCheck, update_dirty};
pub use self::exports::ExportKind;
pub use self::files::{FileDialogs, FileTarget};
pub use self::mapping::{apply_workspace, build_workspace, entity_key};
pub use self::open::open_workspace;
use self::open::{PendingOpen, current_files, finish_open_when_loaded, locate_corpus};
use self::references::{AppliedReferences, CorpusStamp, corpus_stamp, sync_references};
use crate::MarsadApp;
use crate::recent::RecentFolders;
use crate::ui::annotations::AnnotationState;
use crate::ui::menu::WorkspaceAction;
use crate::ui::workspace_dialogs;

/// Tags on items, by item id (as in the workspace file).
type TagAssignments = BTreeMap<String, BTreeSet<String>>;

/// How often unsaved work is written to the autosave sidecar.
pub const AUTOSAVE_EVERY: Duration = Duration::from_mins(1);

/// Why an article the workspace names is listed in the Problems panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file's content is not what the workspace recorded.
    Changed,
    /// The file is gone.
    Missing,
    /// The path points outside the corpus and was never read.
    Refused(String),
}

/// An article of the workspace that is not as it was saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkspaceProblem {
    /// The article path as the workspace names it.
    pub article: String,
    /// What is wrong with it.
    pub kind: ProblemKind,
}

/// A question the app waits on before going on.
#[derive(Debug)]
pub enum Prompt {
    /// Closing with unsaved changes: Save / Don't save / Cancel.
    ConfirmClose,
    /// The autosave is newer than the file: Restore / Ignore.
    RestoreAutosave {
        path: PathBuf,
        saved: Box<Workspace>,
        autosaved: Box<Workspace>,
    },
    /// Something failed; the message says what and where. `opening` tells an open that
    /// failed from a save or an export.
    Error { opening: bool, message: String },
    /// The corpus folder is gone: locate it (dialog or typed path).
    LocateCorpus {
        path: PathBuf,
        saved: Box<Workspace>,
        current: Box<Workspace>,
        missing: PathBuf,
        typed: String,
    },
}

/// The workspace session of the app.
#[derive(Debug)]
pub struct Session {
    /// The workspace file; `None` until the work is first saved.
    pub path: Option<PathBuf>,
    /// The analyst's work and what the app does not show (bookmarks, lanes, corrections),
    /// kept as loaded so a save never drops it. Its `articles` stay empty: see `articles`.
    /// Whatever edits it calls [`Session::count_edit`].
    pub doc: Workspace,
    /// Every article recorded: the loaded files' hashes, and missing ones kept.
    pub articles: BTreeMap<String, ArticleRecord>,
    /// Articles the file recorded, before the current files were added.
    recorded: BTreeMap<String, ArticleRecord>,
    saved: Workspace,
    saved_articles: BTreeMap<String, ArticleRecord>,
    /// Refused, changed and missing articles, for the Problems panel.
    pub problems: Vec<WorkspaceProblem>,
    /// The question on screen, if any.
    pub prompt: Option<Prompt>,
    /// Save, open and export dialogs.
    pub files: FileDialogs,
    /// Recently opened workspace files.
    pub recent: RecentFolders,
    /// Note editors and tag inputs.
    pub editing: AnnotationState,
    /// A workspace file to open on the first frame.
    startup: Option<PathBuf>,
    pending: Option<PendingOpen>,
    folder: Option<PathBuf>,
    corpus_for: Option<(PathBuf, Option<PathBuf>)>,
    articles_for: Option<CorpusStamp>,
    references: AppliedReferences,
    /// Counts changes to `doc`, `articles` and the saved copies (see [`Session::count_edit`]).
    edits: u64,
    dirty_check: DirtyCheck,
    dirty: bool,
    dirty_since: Option<Instant>,
    title: String,
    close_confirmed: bool,
    close_after_save: bool,
    tag_filter_for: Option<(BTreeSet<String>, TagAssignments)>,
}

impl Session {
    /// A session without a file; `startup` is opened on the first frame.
    pub fn new(startup: Option<PathBuf>, remember_recent: bool, typed_paths_only: bool) -> Self {
        let recent = if remember_recent {
            RecentFolders::load_config("recent-workspaces.txt")
        } else {
            RecentFolders::default()
        };
        Self {
            path: None,
            doc: Workspace::default(),
            articles: BTreeMap::new(),
            recorded: BTreeMap::new(),
            saved: Workspace::default(),
            saved_articles: BTreeMap::new(),
            problems: Vec::new(),
            prompt: None,
            files: FileDialogs::new(typed_paths_only),
            recent,
            editing: AnnotationState::default(),
            startup,
            pending: None,
            folder: None,
            corpus_for: None,
            articles_for: None,
            references: AppliedReferences::default(),
            edits: 0,
            dirty_check: DirtyCheck::default(),
            dirty: false,
            dirty_since: None,
            title: String::new(),
            close_confirmed: false,
            close_after_save: false,
            tag_filter_for: None,
        }
    }

    /// True when the workspace differs from the file (or, without a file, holds any work).
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Tells the dirty check that the work changed: `doc` (a note, a tag, a reference date,
    /// the tag filter), the article records or the saved copy. The check compares the work
    /// with the file only after something it reads changed, so whatever changes these calls it.
    pub fn count_edit(&mut self) {
        self.edits = self.edits.wrapping_add(1);
    }

    /// How many times the dirty check built the workspace's settings to compare them: only
    /// after a change, never on idle frames.
    pub fn settings_builds(&self) -> u64 {
        self.dirty_check.builds()
    }

    /// The window title: `Marsad — NAME.ron` with `•` while unsaved.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The workspace file's name, or "untitled".
    fn name(&self, untitled: &str) -> String {
        self.path
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(|| untitled.to_owned(), |n| n.to_string_lossy().into_owned())
    }

    /// True when the analyst did anything worth keeping (for a workspace without a file).
    fn has_work(&self) -> bool {
        let doc = &self.doc;
        doc.notes != marsad_storage::Notes::default()
            || doc.tags != marsad_storage::Tags::default()
            || !doc.reference_dates.is_empty()
            || doc.folder_reference_date.is_some()
            || !doc.corrections.is_empty()
            || !doc.bookmarks.is_empty()
    }

    /// A fresh workspace without a file over `folder`.
    fn start_untitled(&mut self, folder: Option<PathBuf>) {
        self.path = None;
        self.doc = Workspace::default();
        self.articles.clear();
        self.recorded.clear();
        self.saved = Workspace::default();
        self.saved_articles.clear();
        self.problems.clear();
        self.folder = folder;
        self.corpus_for = None;
        self.articles_for = None;
        self.references.reset();
        self.dirty_since = None;
        self.count_edit();
    }
}

/// Rebuilds the article records when the loaded corpus changed.
fn sync_articles(app: &mut MarsadApp) {
    if app.is_loading() {
        return;
    }
    let stamp = corpus_stamp(&app.corpus);
    if app.work.articles_for == Some(stamp) {
        return;
    }
    let files = current_files(app);
    let mut records = Workspace {
        articles: app.work.recorded.clone(),
        ..Workspace::default()
    };
    records.record_articles(&files);
    app.work.articles = records.articles;
    app.work.articles_for = Some(stamp);
    app.work.count_edit();
}

/// Keeps the corpus reference right for the folder and the file: an opened file's own
/// spelling when it still names the folder, else relative when the corpus is below the file.
fn sync_corpus_ref(app: &mut MarsadApp) {
    let Some(folder) = app.folder.clone() else {
        return;
    };
    let key = (folder.clone(), app.work.path.clone());
    if app.work.corpus_for.as_ref() == Some(&key) {
        return;
    }
    let work = &mut app.work;
    // Only a file just opened has a spelling of its own to keep.
    let just_opened = work.corpus_for.is_none();
    work.doc.corpus = match &work.path {
        Some(path) => {
            let same = just_opened
                && std::fs::canonicalize(work.doc.corpus.resolve(path)).ok()
                    == std::fs::canonicalize(&folder).ok();
            if same {
                work.doc.corpus.clone()
            } else {
                CorpusRef::from_paths(&folder, path)
            }
        }
        None => CorpusRef {
            path: std::path::absolute(&folder)
                .unwrap_or(folder)
                .to_string_lossy()
                .into_owned(),
        },
    };
    work.corpus_for = Some(key);
    work.count_edit();
}

/// The current state becomes the saved one.
fn mark_saved(app: &mut MarsadApp) {
    app.work.saved = mapping::settings_of(app);
    app.work.saved_articles = app.work.articles.clone();
    app.work.recorded = app.work.articles.clone();
    app.work.dirty = false;
    app.work.dirty_since = None;
    app.work.count_edit();
}

/// Saves the workspace to `path` (which becomes its file); the status bar says how it went.
pub fn save_workspace_to(app: &mut MarsadApp, path: &Path) -> Result<(), Error> {
    let previous = app.work.path.replace(path.to_owned());
    sync_corpus_ref(app);
    let workspace = build_workspace(app);
    match marsad_storage::save(path, &workspace) {
        Ok(()) => {
            mark_saved(app);
            update_dirty(app);
            if previous.as_deref() != Some(path)
                && let Err(error) = app.work.recent.push(path)
            {
                app.message = Some(format!(
                    "Could not save the recent-workspaces list: {error}"
                ));
                return Ok(());
            }
            let labels = app.view.language.workspace_labels();
            app.message = Some(format!("{}: {}", labels.saved, path.display()));
            Ok(())
        }
        Err(error) => {
            app.work.path = previous;
            sync_corpus_ref(app);
            app.message = Some(error.to_string());
            Err(error)
        }
    }
}

/// Save: to the file, or asks for one.
pub fn save(app: &mut MarsadApp, ctx: &Context) {
    match app.work.path.clone() {
        Some(path) => {
            if let Err(error) = save_workspace_to(app, &path) {
                show_error(app, &error);
            }
        }
        None => ask_path(app, ctx, FileTarget::SaveWorkspaceAs),
    }
}

/// Asks for a path for `target`, starting beside the workspace or in the corpus.
pub fn ask_path(app: &mut MarsadApp, ctx: &Context, target: FileTarget) {
    let folder = app
        .work
        .path
        .as_ref()
        .and_then(|p| p.parent().map(Path::to_owned))
        .or_else(|| app.folder.clone());
    app.work.files.ask(ctx, target, folder);
}

/// Starts a new workspace without a file over the open folder.
pub fn new_workspace(app: &mut MarsadApp) {
    let folder = app.folder.clone();
    app.work.start_untitled(folder);
    app.work.articles_for = None;
    sync_articles(app);
    sync_corpus_ref(app);
    mark_saved(app);
}

/// Does what a chosen path was asked for.
pub fn use_path(app: &mut MarsadApp, ctx: &Context, target: FileTarget, path: PathBuf) {
    match target {
        FileTarget::OpenWorkspace => open_workspace(app, ctx, path),
        FileTarget::SaveWorkspaceAs => {
            if save_workspace_to(app, &path).is_ok() {
                close_if_asked(app, ctx);
            } else {
                app.work.close_after_save = false;
            }
        }
        FileTarget::Export(kind, _) => {
            let workspace = build_workspace(app);
            match exports::export(kind, &path, &app.corpus, &workspace) {
                Ok(rows) => {
                    let labels = app.view.language.workspace_labels();
                    app.message = Some(format!("{}: {} ({rows})", labels.exported, path.display()));
                }
                Err(error) => show_error(app, &error),
            }
        }
        FileTarget::LocateCorpus => locate_corpus(app, ctx, path),
    }
}

/// Shows a failure in a dialog and the status bar; nothing on disk changed.
fn show_error(app: &mut MarsadApp, error: &Error) {
    let opening = matches!(
        error,
        Error::Read { .. }
            | Error::Parse { .. }
            | Error::NewerVersion { .. }
            | Error::UnknownVersion { .. }
            | Error::CorpusMissing { .. }
    );
    let labels = app.view.language.workspace_labels();
    let message = match error {
        Error::Parse { .. } | Error::NewerVersion { .. } | Error::UnknownVersion { .. } => {
            format!("{error}\n{}", labels.file_untouched)
        }
        _ => error.to_string(),
    };
    app.message = Some(message.replace('\n', " "));
    app.work.prompt = Some(Prompt::Error { opening, message });
}

/// Work done before the panels: the startup file, dropped workspaces, Ctrl+S, dialogs,
/// a corpus that finished loading, reference dates and the dirty flag.
pub fn begin_frame(app: &mut MarsadApp, ctx: &Context) {
    if let Some(path) = app.work.startup.take() {
        open_workspace(app, ctx, path);
    }
    let dropped = ctx.input_mut(|input| {
        let files = &mut input.raw.dropped_files;
        let index = files.iter().position(|f| is_workspace_file(f.path()))?;
        Some(files.remove(index).path().to_owned())
    });
    if let Some(path) = dropped {
        open_workspace(app, ctx, path);
    }
    let save_key = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
    if ctx.input_mut(|i| i.consume_shortcut(&save_key)) {
        save(app, ctx);
    }
    if let Some((target, path)) = app.work.files.poll() {
        use_path(app, ctx, target, path);
    }
    finish_open_when_loaded(app);
    if app.work.pending.is_none() && app.work.folder != app.folder {
        // A folder opened outside a workspace starts a workspace of its own; work not yet
        // saved goes to the autosave sidecar first, where reopening offers it back.
        autosave(app);
        let folder = app.folder.clone();
        app.work.start_untitled(folder);
        mark_saved(app);
    }
    if app.work.pending.is_none() && !app.is_loading() {
        sync_articles(app);
        sync_corpus_ref(app);
        sync_references(&mut app.corpus, &app.work.doc, &mut app.work.references);
    }
    update_dirty(app);
}

/// Work done after the panels: prompts, the path entry, the tag manager, the window
/// title, closing, and the autosave timer.
pub fn end_frame(app: &mut MarsadApp, ctx: &Context) {
    let labels = app.view.language.workspace_labels();
    if let Some(prompt) = &mut app.work.prompt
        && let Some(reply) = workspace_dialogs::prompt_ui(ctx, labels, prompt)
    {
        answer(app, ctx, reply);
    }
    if let Some((target, path)) =
        workspace_dialogs::path_entry_ui(ctx, labels, &mut app.work.files.entry)
    {
        use_path(app, ctx, target, path);
    }
    if !app.work.files.is_open() && app.work.prompt.is_none() {
        // The name for a save before closing was not given: closing is off.
        app.work.close_after_save = false;
    }
    crate::ui::annotations::tag_manager_ui(ctx, &mut app.engine, &app.view, &mut app.work);
    let mark = if app.work.dirty { " •" } else { "" };
    let title = format!("Marsad — {}{mark}", app.work.name(labels.untitled));
    if title != app.work.title {
        ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
        app.work.title = title;
    }
    let close_requested = ctx.input(|i| i.viewport().close_requested());
    if close_requested && app.work.dirty && !app.work.close_confirmed {
        ctx.send_viewport_cmd(ViewportCommand::CancelClose);
        app.work.prompt = Some(Prompt::ConfirmClose);
    }
    if let Some(since) = app.work.dirty_since {
        let due = since + AUTOSAVE_EVERY;
        let now = Instant::now();
        if now >= due {
            autosave(app);
            app.work.dirty_since = Some(now);
        } else {
            ctx.request_repaint_after(due - now);
        }
    }
}

/// Writes unsaved work to the autosave sidecar of the workspace file, if it has one.
pub fn autosave(app: &mut MarsadApp) {
    let Some(path) = app.work.path.clone() else {
        return;
    };
    if !app.work.dirty {
        return;
    }
    let workspace = build_workspace(app);
    if let Err(error) = marsad_storage::save_autosave(&path, &workspace) {
        app.message = Some(error.to_string());
    }
}

/// The last chance before the window goes: unsaved work the analyst did not decline goes
/// to the autosave sidecar.
pub fn on_exit(app: &mut MarsadApp) {
    if !app.work.close_confirmed {
        autosave(app);
    }
}

/// Keeps only articles carrying one of the filter's tags in the list (after the list's own
/// search and entity filters); the list is rebuilt when the filter or the tags change.
pub fn filter_visible(app: &mut MarsadApp) {
    let doc = &app.work.doc;
    let key = (&doc.filters.tags, &doc.tags.articles);
    let same = app
        .work
        .tag_filter_for
        .as_ref()
        .is_some_and(|(filter, tags)| (filter, tags) == key);
    if !same {
        app.work.tag_filter_for = Some((key.0.clone(), key.1.clone()));
        app.view.invalidate();
        app.view.refresh_visible(&app.corpus);
    }
    let filter = &app.work.doc.filters.tags;
    if filter.is_empty() {
        return;
    }
    let tagged = &app.work.doc.tags.articles;
    let corpus = &app.corpus;
    let keep = |index: &usize| {
        corpus.articles.get(*index).is_some_and(|entry| {
            tagged
                .get(&entry.analysis.path)
                .is_some_and(|tags| !tags.is_disjoint(filter))
        })
    };
    app.view.visible.retain(keep);
    app.view.listed.retain(keep);
}

/// True for a path that names a workspace file (`.ron`).
pub fn is_workspace_file(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
}

/// Does what the File menu asked.
pub fn menu_action(app: &mut MarsadApp, ctx: &Context, action: WorkspaceAction) {
    match action {
        WorkspaceAction::New => {
            autosave(app);
            new_workspace(app);
        }
        WorkspaceAction::Open => ask_path(app, ctx, FileTarget::OpenWorkspace),
        WorkspaceAction::OpenRecent(path) => open_workspace(app, ctx, path),
        WorkspaceAction::Save => save(app, ctx),
        WorkspaceAction::SaveAs => ask_path(app, ctx, FileTarget::SaveWorkspaceAs),
        WorkspaceAction::Export(kind, extension) => {
            ask_path(app, ctx, FileTarget::Export(kind, extension));
        }
    }
}

#[cfg(test)]
mod tests;
