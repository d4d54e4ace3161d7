//! The open workspace: the file the analyst's work lives in, that work (notes, tags,
//! reference dates, corrections, settings), and whether it changed since the last save.
//!
//! [`Session::build_workspace`] turns the model and the work into a [`Workspace`] and
//! [`Session::apply_workspace`] does the reverse; the rest is the flow around them:
//! opening (autosave offer, missing corpus, refused paths, changed files), saving,
//! autosaving, exports and the window title. The session never opens a folder itself:
//! it asks for one ([`Session::take_folder_request`]) and the app opens it.

mod answers;
mod dirty;
mod edits;
pub mod files;
mod open;
pub mod references;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::{Context, ViewportCommand};
use marsad_storage::export::{ExportKind, ExportSource};
use marsad_storage::{ArticleRecord, CorpusRef, Error, FORMAT_VERSION, Workspace};

pub use self::answers::Answer;
use self::dirty::DirtyCheck;
pub use self::edits::Annotated;
pub use self::files::{FileDialogs, FileTarget};
use self::open::PendingOpen;
use self::references::AppliedReferences;
use crate::model::{CorpusStamp, Model, Settings};
use crate::recent::RecentFolders;

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

/// The File menu's workspace commands.
#[derive(Clone, Debug, PartialEq, Eq)]
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

/// The workspace session of the app.
#[derive(Debug)]
pub struct Session {
    /// The workspace file; `None` until the work is first saved.
    pub path: Option<PathBuf>,
    /// The analyst's work and what the app does not show (bookmarks, lanes), kept as
    /// loaded so a save never drops it. Its settings are the model's (written on
    /// save) and its `articles` stay empty: see `articles`.
    pub doc: Workspace,
    /// Every article recorded: the loaded files' hashes, and missing ones kept.
    pub articles: BTreeMap<String, ArticleRecord>,
    /// Articles the file recorded, before the current files were added.
    recorded: BTreeMap<String, ArticleRecord>,
    /// The work as last saved (settings and articles apart).
    saved: Workspace,
    saved_settings: Settings,
    saved_articles: BTreeMap<String, ArticleRecord>,
    /// Refused, changed and missing articles, for the Problems panel.
    pub problems: Vec<WorkspaceProblem>,
    /// The question on screen, if any.
    pub prompt: Option<Prompt>,
    /// Save, open and export dialogs.
    pub files: FileDialogs,
    /// Recently opened workspace files.
    pub recent: RecentFolders,
    /// A workspace file to open on the first frame.
    startup: Option<PathBuf>,
    pending: Option<PendingOpen>,
    folder: Option<PathBuf>,
    /// A folder the session wants the app to open.
    folder_request: Option<PathBuf>,
    corpus_for: Option<(PathBuf, Option<PathBuf>)>,
    articles_for: Option<CorpusStamp>,
    references: AppliedReferences,
    /// Counts the session's own changes to `doc`, `articles` and the saved copies.
    changes: u64,
    /// The analyst's edit counter as the last frame began.
    edits: u64,
    dirty_check: DirtyCheck,
    dirty: bool,
    dirty_since: Option<Instant>,
    title: String,
    close_confirmed: bool,
    close_after_save: bool,
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
            saved_settings: Settings::default(),
            saved_articles: BTreeMap::new(),
            problems: Vec::new(),
            prompt: None,
            files: FileDialogs::new(typed_paths_only),
            recent,
            startup,
            pending: None,
            folder: None,
            folder_request: None,
            corpus_for: None,
            articles_for: None,
            references: AppliedReferences::default(),
            changes: 0,
            edits: 0,
            dirty_check: DirtyCheck::default(),
            dirty: false,
            dirty_since: None,
            title: String::new(),
            close_confirmed: false,
            close_after_save: false,
        }
    }

    /// True when the workspace differs from the file (or, without a file, holds any work).
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// True while articles are analysed again for a new reference date or direction.
    pub fn rereading_dates(&self) -> bool {
        self.references.is_running()
    }

    /// How many times the dirty check compared the work with the saved file: only after
    /// a change, never on idle frames.
    pub fn settings_builds(&self) -> u64 {
        self.dirty_check.builds()
    }

    /// The window title: `Marsad — NAME.ron` with `•` while unsaved.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The folder the session asked the app to open, once.
    pub fn take_folder_request(&mut self) -> Option<PathBuf> {
        self.folder_request.take()
    }

    /// Tells the dirty check that the session's own copies changed.
    fn changed(&mut self) {
        self.changes = self.changes.wrapping_add(1);
    }

    /// The workspace file's name, or "untitled".
    fn name(&self, untitled: &str) -> String {
        self.path
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(|| untitled.to_owned(), |n| n.to_string_lossy().into_owned())
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
        self.changed();
    }

    /// The workspace the app holds now, article records included (what a save writes).
    pub fn build_workspace(&self, model: &Model) -> Workspace {
        let mut workspace = self.doc.clone();
        workspace.format_version = FORMAT_VERSION;
        // The loaded list stays until the folder is resolved, so a save while loading keeps it.
        if model.corpus.entities.is_resolved() {
            workspace.corrections = model
                .corpus
                .entities
                .corrections()
                .iter()
                .map(Into::into)
                .collect();
            workspace.attribution_corrections = model.corpus.attributions.log().to_vec();
        }
        model.settings.write_into(&mut workspace, &model.corpus);
        workspace.articles.clone_from(&self.articles);
        workspace
    }

    /// Puts a loaded workspace into the model and the session (after its corpus folder
    /// has loaded).
    pub fn apply_workspace(&mut self, model: &mut Model, mut workspace: Workspace) {
        model
            .corpus
            .replace_corrections(workspace.core_corrections());
        model
            .corpus
            .replace_attribution_fixes(workspace.attribution_corrections.clone());
        let settings = Settings::from_workspace(&workspace, &model.corpus, &model.settings);
        let article = settings
            .selected_article
            .as_deref()
            .and_then(|path| model.corpus.position_of(path));
        model.settings = settings;
        // An article the file does not name (or no longer has) leaves the open one open.
        model.select_article(article.or(model.selected_article));
        model.settings_restored += 1;
        self.articles = std::mem::take(&mut workspace.articles);
        self.doc = workspace;
        self.changed();
    }

    /// Rebuilds the article records when the loaded corpus changed.
    fn sync_articles(&mut self, model: &Model) {
        if model.loading {
            return;
        }
        let stamp = model.corpus.stamp();
        if self.articles_for == Some(stamp) {
            return;
        }
        let mut records = Workspace {
            articles: self.recorded.clone(),
            ..Workspace::default()
        };
        records.record_articles(&model.corpus.files());
        self.articles = records.articles;
        self.articles_for = Some(stamp);
        self.changed();
    }

    /// Keeps the corpus reference right for the folder and the file: an opened file's own
    /// spelling when it still names the folder, else relative when the corpus is below the file.
    fn sync_corpus_ref(&mut self, model: &Model) {
        let Some(folder) = model.folder.clone() else {
            return;
        };
        let key = (folder.clone(), self.path.clone());
        if self.corpus_for.as_ref() == Some(&key) {
            return;
        }
        // Only a file just opened has a spelling of its own to keep.
        let just_opened = self.corpus_for.is_none();
        self.doc.corpus = match &self.path {
            Some(path) => {
                let same = just_opened
                    && std::fs::canonicalize(self.doc.corpus.resolve(path)).ok()
                        == std::fs::canonicalize(&folder).ok();
                if same {
                    self.doc.corpus.clone()
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
        self.corpus_for = Some(key);
        self.changed();
    }

    /// The current state becomes the saved one.
    fn mark_saved(&mut self, model: &Model) {
        self.saved = self.build_workspace(model);
        self.saved.articles.clear();
        self.saved_settings = model.settings.clone();
        self.saved_articles = self.articles.clone();
        self.recorded = self.articles.clone();
        self.dirty = false;
        self.dirty_since = None;
        self.changed();
    }

    /// Saves the workspace to `path` (which becomes its file); the status bar says how it went.
    pub fn save_to(&mut self, model: &mut Model, path: &Path) -> Result<(), Error> {
        let previous = self.path.replace(path.to_owned());
        self.sync_corpus_ref(model);
        let workspace = self.build_workspace(model);
        match marsad_storage::save(path, &workspace) {
            Ok(()) => {
                self.mark_saved(model);
                self.update_dirty(model);
                if previous.as_deref() != Some(path)
                    && let Err(error) = self.recent.push(path)
                {
                    model.message = Some(format!(
                        "Could not save the recent-workspaces list: {error}"
                    ));
                    return Ok(());
                }
                let labels = model.settings.language.workspace_labels();
                model.message = Some(format!("{}: {}", labels.saved, path.display()));
                Ok(())
            }
            Err(error) => {
                self.path = previous;
                self.sync_corpus_ref(model);
                model.message = Some(error.to_string());
                Err(error)
            }
        }
    }

    /// Save: to the file, or asks for one.
    pub fn save(&mut self, model: &mut Model, ctx: &Context) {
        match self.path.clone() {
            Some(path) => {
                if let Err(error) = self.save_to(model, &path) {
                    self.show_error(model, &error);
                }
            }
            None => self.ask_path(model, ctx, FileTarget::SaveWorkspaceAs),
        }
    }

    /// Asks for a path for `target`, starting beside the workspace or in the corpus.
    pub fn ask_path(&mut self, model: &Model, ctx: &Context, target: FileTarget) {
        let folder = self
            .path
            .as_ref()
            .and_then(|p| p.parent().map(Path::to_owned))
            .or_else(|| model.folder.clone());
        self.files.ask(ctx, target, folder);
    }

    /// Starts a new workspace without a file over the open folder.
    pub fn new_workspace(&mut self, model: &Model) {
        self.start_untitled(model.folder.clone());
        self.articles_for = None;
        self.sync_articles(model);
        self.sync_corpus_ref(model);
        self.mark_saved(model);
    }

    /// Does what a chosen path was asked for.
    pub fn use_path(
        &mut self,
        model: &mut Model,
        ctx: &Context,
        target: FileTarget,
        path: PathBuf,
    ) {
        match target {
            FileTarget::OpenWorkspace => self.open_workspace(model, path),
            FileTarget::SaveWorkspaceAs => {
                let path = with_workspace_suffix(path);
                if self.save_to(model, &path).is_ok() {
                    self.close_if_asked(ctx);
                } else {
                    self.close_after_save = false;
                }
            }
            FileTarget::Export(kind, _) => {
                let workspace = self.build_workspace(model);
                let source = export_source(model, &workspace);
                match marsad_storage::export::export(kind, &path, &source) {
                    Ok(rows) => {
                        let labels = model.settings.language.workspace_labels();
                        model.message =
                            Some(format!("{}: {} ({rows})", labels.exported, path.display()));
                    }
                    Err(error) => self.show_error(model, &error),
                }
            }
            FileTarget::LocateCorpus => self.locate_corpus(model, path),
        }
    }

    /// Shows a failure in a dialog and the status bar; nothing on disk changed.
    fn show_error(&mut self, model: &mut Model, error: &Error) {
        let opening = matches!(
            error,
            Error::Read { .. }
                | Error::Parse { .. }
                | Error::NewerVersion { .. }
                | Error::UnknownVersion { .. }
                | Error::CorpusMissing { .. }
        );
        let labels = model.settings.language.workspace_labels();
        let message = match error {
            Error::Parse { .. } | Error::NewerVersion { .. } | Error::UnknownVersion { .. } => {
                format!("{error}\n{}", labels.file_untouched)
            }
            _ => error.to_string(),
        };
        model.message = Some(message.replace('\n', " "));
        self.prompt = Some(Prompt::Error { opening, message });
    }

    /// Work done before the panels: the startup file, dialogs, a corpus that finished
    /// loading, reference dates and the dirty flag. `edits` counts the analyst's edits.
    pub fn begin_frame(&mut self, model: &mut Model, ctx: &Context, edits: u64) {
        self.edits = edits;
        if let Some(path) = self.startup.take() {
            self.open_workspace(model, path);
        }
        if let Some((target, path)) = self.files.poll() {
            self.use_path(model, ctx, target, path);
        }
        self.finish_open_when_loaded(model);
        if self.pending.is_none() && self.folder != model.folder {
            // A folder opened outside a workspace starts a workspace of its own; work not yet
            // saved goes to the autosave sidecar first, where reopening offers it back.
            self.autosave(model);
            self.start_untitled(model.folder.clone());
            self.mark_saved(model);
        }
        if self.pending.is_none() && !model.loading {
            self.sync_articles(model);
            self.sync_corpus_ref(model);
            references::sync_references(&mut model.corpus, &self.doc, &mut self.references);
            if self.references.is_running() {
                ctx.request_repaint_after(Duration::from_millis(100));
            }
        }
        self.update_dirty(model);
    }

    /// Work done after the panels: the window title, closing, and the autosave timer.
    pub fn end_frame(&mut self, model: &mut Model, ctx: &Context) {
        let labels = model.settings.language.workspace_labels();
        if !self.files.is_open() && self.prompt.is_none() {
            // The name for a save before closing was not given: closing is off.
            self.close_after_save = false;
        }
        let mark = if self.dirty { " •" } else { "" };
        let title = format!("Marsad — {}{mark}", self.name(labels.untitled));
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        let close_requested = ctx.input(|i| i.viewport().close_requested());
        if close_requested && self.dirty && !self.close_confirmed {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.prompt = Some(Prompt::ConfirmClose);
        }
        if let Some(since) = self.dirty_since {
            let due = since + AUTOSAVE_EVERY;
            let now = Instant::now();
            if now >= due {
                self.autosave(model);
                self.dirty_since = Some(now);
            } else {
                ctx.request_repaint_after(due - now);
            }
        }
    }

    /// Writes unsaved work to the autosave sidecar of the workspace file, if it has one.
    pub fn autosave(&self, model: &mut Model) {
        let Some(path) = &self.path else {
            return;
        };
        if !self.dirty {
            return;
        }
        let workspace = self.build_workspace(model);
        if let Err(error) = marsad_storage::save_autosave(path, &workspace) {
            model.message = Some(error.to_string());
        }
    }

    /// The last chance before the window goes: unsaved work the analyst did not decline goes
    /// to the autosave sidecar.
    pub fn on_exit(&self, model: &mut Model) {
        if !self.close_confirmed {
            self.autosave(model);
        }
    }

    /// Does what the File menu asked.
    pub fn menu_action(&mut self, model: &mut Model, ctx: &Context, action: WorkspaceAction) {
        match action {
            WorkspaceAction::New => {
                self.autosave(model);
                self.new_workspace(model);
            }
            WorkspaceAction::Open => self.ask_path(model, ctx, FileTarget::OpenWorkspace),
            WorkspaceAction::OpenRecent(path) => self.open_workspace(model, path),
            WorkspaceAction::Save => self.save(model, ctx),
            WorkspaceAction::SaveAs => self.ask_path(model, ctx, FileTarget::SaveWorkspaceAs),
            WorkspaceAction::Export(kind, extension) => {
                self.ask_path(model, ctx, FileTarget::Export(kind, extension));
            }
        }
    }
}

/// The loaded articles and entities as an export reads them.
pub(crate) fn export_source<'a>(model: &'a Model, workspace: &'a Workspace) -> ExportSource<'a> {
    ExportSource {
        articles: model
            .corpus
            .articles
            .iter()
            .map(|entry| entry.analysis.as_ref())
            .collect(),
        resolution: model.corpus.entities.resolution(),
        workspace,
    }
}

/// How new workspace files are named (`gaza.marsad.ron`): the desktop knows them by it.
pub const WORKSPACE_SUFFIX: &str = ".marsad.ron";

/// `path` as a workspace file name: a name typed without `.ron` gets
/// [`WORKSPACE_SUFFIX`]; any `.ron` name is kept as typed.
pub fn with_workspace_suffix(path: PathBuf) -> PathBuf {
    if is_workspace_file(&path) {
        return path;
    }
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(WORKSPACE_SUFFIX);
    path.with_file_name(name)
}

/// True for a path that names a workspace file (`.ron`).
pub fn is_workspace_file(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
}

#[cfg(test)]
mod tests;
