//! Marsad's desktop app: an egui workbench for reading Arabic news.
//!
//! The app is a library so tests can drive it through `egui_kittest`;
//! `main.rs` only starts eframe. Its layers, bottom up: [`model`] (the corpus,
//! the settings and the selection; no egui), [`derived`] (what is computed from
//! the model, cached by key; no egui), [`workspace`] (the open workspace file),
//! [`command`] (what the panels ask for) and [`ui`] (the panels, which read the
//! model and push commands). [`MarsadApp::apply`] is the one place commands
//! change the model.

pub mod analysis;
pub mod cli_args;
pub mod command;
pub mod derived;
pub mod i18n;
pub mod loader;
pub mod logging;
pub mod model;
pub mod preferences;
pub mod recent;
pub mod report;
pub mod search;
pub mod shaping;
pub mod ui;
pub mod workspace;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::{Context, FontData, FontDefinitions, FontFamily};
use marsad_core::corpus::Correction;

use crate::command::AppCommand;
use crate::derived::Derived;
use crate::derived::list::ListKey;
use crate::loader::{
    DialogAnswer, FolderDialog, LoadJob, LoadMessage, LoadedArticle, LoadedFolder,
};
use crate::model::{Edit, Model, follow_selection};
use crate::recent::RecentFolders;
use crate::shaping::TextEngine;
use crate::workspace::{FileTarget, Session};
use marsad_storage::export::ExportKind;

/// How the app starts.
#[derive(Clone, Debug, Default)]
pub struct AppOptions {
    /// The folder to open first.
    pub folder: Option<PathBuf>,
    /// Load folders on the UI thread (tests), instead of in the background.
    pub load_synchronously: bool,
    /// Keep the recent-folders list in the user's config folder.
    pub remember_recent: bool,
    /// The interface language to start with.
    pub language: i18n::Language,
    /// A workspace file to open first (instead of `folder`).
    pub workspace: Option<PathBuf>,
    /// Ask for file names in a path-entry window instead of the desktop's dialogs (tests).
    pub typed_paths_only: bool,
    /// The analysis cache's folder (`marsad_storage::cache::default_dir`); `None` runs
    /// without a cache (`--no-cache`, tests).
    pub cache_dir: Option<PathBuf>,
    /// The theme asked for on the command line (dark when `Some(true)`).
    pub dark: Option<bool>,
    /// The folder the log files go to (Help ▸ Open log folder, the About box).
    pub log_dir: Option<PathBuf>,
    /// The article text size kept from the last run.
    pub text_size: Option<f32>,
}

impl AppOptions {
    /// Fills in what the command line left open from the preferences kept last run.
    #[must_use]
    pub fn with_preferences(
        mut self,
        prefs: &preferences::Preferences,
        language_given: bool,
    ) -> Self {
        if !language_given {
            self.language = prefs.language();
        }
        self.dark = self.dark.or(Some(prefs.dark));
        self.text_size = Some(prefs.text_size);
        self
    }
}

/// The bundled sample corpus: next to the workspace this binary was built from, or,
/// for an installed binary (`/usr/bin/marsad`), in `../share/marsad/sample-corpus`.
pub fn sample_corpus_dir() -> PathBuf {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/sample-corpus");
    if source.is_dir() {
        return source;
    }
    std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.join("share/marsad/sample-corpus")))
        .filter(|dir| dir.is_dir())
        .unwrap_or(source)
}

/// How many loader messages one frame takes in, so a fast loader never stalls a frame.
const MESSAGES_PER_FRAME: usize = 2_000;

/// The Marsad app: the model, the views derived from it, the workspace, the panels.
pub struct MarsadApp {
    /// The loaded corpus, the settings and the selection.
    pub model: Model,
    /// What the panels show that is computed from the model.
    pub derived: Derived,
    /// The panels' own state.
    pub panels: ui::Panels,
    /// The open workspace: its file, the analyst's notes and tags, unsaved changes.
    pub work: Session,
    pub recent: RecentFolders,
    /// Bumped by every edit: corrections, undo, redo, notes, tags, reference dates.
    pub edit_generation: u64,
    engine: TextEngine,
    /// Commands pushed this frame, applied after the panels are drawn.
    commands: Vec<AppCommand>,
    job: Option<LoadJob>,
    pending_open: Option<PathBuf>,
    folder_dialog: FolderDialog,
    options: AppOptions,
    message_log: logging::MessageLog,
}

impl MarsadApp {
    /// The app for eframe; fonts and theme are applied on the first frame.
    pub fn new(_cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        Self::with_options(options)
    }

    /// The app without a creation context (tests).
    pub fn with_options(options: AppOptions) -> Self {
        let recent = if options.remember_recent {
            RecentFolders::load_default()
        } else {
            RecentFolders::default()
        };
        let mut app = Self {
            model: Model::default(),
            derived: Derived::default(),
            panels: ui::Panels::default(),
            work: Session::new(
                options.workspace.clone(),
                options.remember_recent,
                options.typed_paths_only,
            ),
            recent,
            edit_generation: 0,
            engine: TextEngine::new(),
            commands: Vec::new(),
            job: None,
            pending_open: options.folder.clone(),
            folder_dialog: FolderDialog::default(),
            options,
            message_log: logging::MessageLog::default(),
        };
        app.model.settings.language = app.options.language;
        if let Some(dark) = app.options.dark {
            app.model.settings.dark = dark;
        }
        if let Some(size) = app.options.text_size {
            app.model.settings.text_size = size;
        }
        if app.options.load_synchronously
            && let Some(folder) = app.pending_open.take()
        {
            app.load_folder_now(&folder);
        }
        app
    }

    /// True while a folder is loading in the background.
    pub fn is_loading(&self) -> bool {
        self.job.is_some()
    }

    /// The analyst's corrections in effect, oldest first (what a workspace saves).
    pub fn corrections(&self) -> &[Correction] {
        self.model.corpus.entities.corrections()
    }

    /// Replays a saved list of corrections on the loaded corpus (a workspace
    /// opening). Call it after opening the folder: while the folder is still
    /// loading the list is kept and applied when loading finishes. Replacing
    /// is not an edit: it leaves [`MarsadApp::edit_generation`] alone, clears
    /// redo, and undo stops at the replayed list (as in a reopened document).
    pub fn replace_corrections(&mut self, corrections: Vec<Correction>) {
        self.model.corpus.replace_corrections(corrections);
        let entities = &self.model.corpus.entities;
        follow_selection(&mut self.model.settings.filters.entity, entities, None);
    }

    /// Starts opening `folder` (in the background unless loading synchronously).
    pub fn open_folder(&mut self, ctx: &Context, folder: PathBuf) {
        if let Some(job) = self.job.take() {
            job.cancel();
        }
        tracing::info!(folder = %folder.display(), "opening the folder");
        self.reset_for(&folder);
        if self.options.load_synchronously {
            self.load_folder_now(&folder);
            return;
        }
        let wake_ctx = ctx.clone();
        let cache_dir = self.options.cache_dir.clone();
        match LoadJob::spawn(folder, cache_dir, move || wake_ctx.request_repaint()) {
            Ok(job) => {
                self.job = Some(job);
                self.model.loading = true;
            }
            Err(err) => self.model.message = Some(format!("Could not start loading: {err}")),
        }
    }

    fn reset_for(&mut self, folder: &Path) {
        self.model.reset_for(folder.to_owned());
        self.panels.shown_article = None;
        if let Err(err) = self.recent.push(folder) {
            self.model.message = Some(format!("Could not save the recent-folders list: {err}"));
        }
    }

    fn load_folder_now(&mut self, folder: &Path) {
        self.reset_for(folder);
        let LoadedFolder {
            articles,
            problems,
            entities,
            notes,
        } = loader::load_now_cached(folder, self.options.cache_dir.as_deref());
        if !notes.is_empty() {
            self.model.message = Some(notes.join(" "));
        }
        log_loaded(articles.len(), &problems, false);
        for LoadedArticle { analysis, folded } in articles {
            self.model.corpus.add_article(analysis, folded);
        }
        self.model.corpus.problems = problems;
        self.model.corpus.set_resolved(entities);
        self.open_first_listed();
    }

    /// Opens the first article of the list when none is open: the first article is
    /// readable while the rest load, and a folder opens on it.
    fn open_first_listed(&mut self) {
        if self.model.selected_article.is_some() || self.model.corpus.articles.is_empty() {
            return;
        }
        let key = ListKey::of(&self.model, self.edit_generation);
        let listed = self.derived.list.get(key.clone(), || {
            derived::list::compute(&key, &self.model, &self.work.doc.tags.articles)
        });
        let first = listed.visible.first().copied();
        self.model.select_article(first);
    }

    fn poll_loader(&mut self) {
        let Some(job) = &mut self.job else { return };
        let corpus = &mut self.model.corpus;
        for message in job.drain(MESSAGES_PER_FRAME) {
            match message {
                LoadMessage::Article(LoadedArticle { analysis, folded }) => {
                    corpus.add_article(analysis, folded);
                }
                LoadMessage::Progress(_) => {}
                LoadMessage::Finished {
                    problems,
                    cancelled,
                    entities,
                    notes,
                } => {
                    if !notes.is_empty() {
                        self.model.message = Some(notes.join(" "));
                    }
                    log_loaded(corpus.articles.len(), &problems, cancelled);
                    corpus.problems = problems;
                    corpus.set_resolved(entities);
                    let filter = &mut self.model.settings.filters.entity;
                    follow_selection(filter, &corpus.entities, None);
                    if cancelled {
                        let labels = self.model.settings.language.labels();
                        self.model.message = Some(labels.cancelled.to_owned());
                    }
                    self.job = None;
                    self.model.loading = false;
                    return;
                }
            }
        }
    }

    /// Work done before the panels: a folder to open, the loader's and the dialogs'
    /// news, and the workspace's.
    fn begin_frame(&mut self, ctx: &Context) {
        if let Some(folder) = self.pending_open.take() {
            self.open_folder(ctx, folder);
        }
        self.poll_loader();
        self.open_first_listed();
        match self.folder_dialog.poll() {
            Some(DialogAnswer::Folder(folder)) => self.open_folder(ctx, folder),
            Some(DialogAnswer::Unavailable) => {
                let labels = self.model.settings.language.labels();
                self.model.message = Some(labels.no_dialog.to_owned());
            }
            None => {}
        }
        self.work
            .begin_frame(&mut self.model, ctx, self.edit_generation);
        self.follow_session(ctx);
    }

    /// Work done after the panels: the workspace's title, closing and autosave.
    fn end_frame(&mut self, ctx: &Context) {
        self.work.end_frame(&mut self.model, ctx);
    }

    /// Opens the folder the workspace asked for, and applies its work at once when the
    /// folder loaded at once.
    fn follow_session(&mut self, ctx: &Context) {
        if let Some(folder) = self.work.take_folder_request() {
            self.open_folder(ctx, folder);
            self.work.finish_open_when_loaded(&mut self.model);
        }
    }

    /// Deletes the analysis cache (File ▸ Clear analysis cache) and says so.
    fn clear_analysis_cache(&mut self) {
        let Some(dir) = &self.options.cache_dir else {
            return;
        };
        let labels = i18n::cache_labels(self.model.settings.language);
        self.model.message = Some(match marsad_storage::cache::clear(dir) {
            Ok(()) => labels.cleared.to_owned(),
            Err(err) => format!("{}: {err}", labels.not_cleared),
        });
    }

    /// The analysis cache's folder, when the app uses one.
    pub fn cache_dir(&self) -> Option<&Path> {
        self.options.cache_dir.as_deref()
    }

    /// Applies the commands pushed so far, in order.
    fn run_commands(&mut self, ctx: &Context) {
        let commands = std::mem::take(&mut self.commands);
        for command in commands {
            self.apply(ctx, command);
        }
    }

    /// Makes the change `command` asks for. Every command that changes the analyst's
    /// work, and did change it, bumps [`MarsadApp::edit_generation`].
    pub fn apply(&mut self, ctx: &Context, command: AppCommand) {
        let edit = command.is_edit();
        let changed = match command {
            AppCommand::Correct(correction) => self.correct(&correction),
            AppCommand::CorrectAttribution(fix) => {
                self.model.corpus.correct_attribution(fix);
                true
            }
            AppCommand::Undo => {
                let undone = self.model.corpus.undo();
                self.follow_edit(undone)
            }
            AppCommand::Redo => {
                let redone = self.model.corpus.redo();
                self.follow_edit(redone)
            }
            AppCommand::SetNote(target, text) => {
                self.work.set_note(&target, text);
                true
            }
            AppCommand::Tag(target, tag, on) => {
                self.work.tag(&target, &tag, on);
                true
            }
            AppCommand::DefineTag(name, colour) => {
                self.work.define_tag(&name, colour);
                true
            }
            AppCommand::DeleteTag(name) => {
                self.work.delete_tag(&mut self.model, &name);
                true
            }
            AppCommand::SetReference { article, date } => {
                self.work.set_reference(article.as_deref(), date.as_deref())
            }
            AppCommand::SetReadingDirection { article, prefer } => {
                self.work.set_reading_direction(article.as_deref(), prefer)
            }
            other => {
                self.apply_view(ctx, other);
                false
            }
        };
        if edit && changed {
            self.edit_generation += 1;
        }
    }

    /// Makes a correction (once the folder has loaded); true when it was made.
    fn correct(&mut self, correction: &Correction) -> bool {
        if !self.model.corpus.entities.is_resolved() {
            return false;
        }
        if let Correction::AddEntity { id, .. } = correction {
            // The new entity is what the analyst wants to look at next.
            self.model.settings.filters.entity = Some(id.clone());
        }
        self.model.corpus.correct(correction.clone());
        self.follow_correction(Some(correction));
        true
    }

    /// Keeps the selection meaningful after an edit was undone or redone; true when
    /// there was one.
    fn follow_edit(&mut self, edit: Option<Edit>) -> bool {
        match edit {
            Some(Edit::Entity(correction)) => self.follow_correction(Some(&correction)),
            Some(Edit::Attribution(_)) => true,
            None => false,
        }
    }

    /// Keeps the selected entity meaningful after a correction; true when there was one.
    fn follow_correction(&mut self, done: Option<&Correction>) -> bool {
        let Some(correction) = done else {
            return false;
        };
        let entities = &self.model.corpus.entities;
        follow_selection(
            &mut self.model.settings.filters.entity,
            entities,
            Some(correction),
        );
        true
    }

    /// The commands that change what is shown, not the analyst's work.
    fn apply_view(&mut self, ctx: &Context, command: AppCommand) {
        let model = &mut self.model;
        let filters = &mut model.settings.filters;
        match command {
            AppCommand::SelectArticle(article) => model.select_article(article),
            AppCommand::MoveSelection(delta) => {
                let next = model.article_after(&self.derived.list.value.visible, delta);
                model.select_article(next);
                self.panels.scroll_list_to_selected = true;
            }
            AppCommand::SelectEntity(entity) => filters.entity = entity,
            AppCommand::SelectSource(source) => model.source = source,
            AppCommand::SetSearch(text) => filters.search = text,
            AppCommand::SetEntityFilter(text) => model.entity_filter = text,
            AppCommand::ShowLikelyWrong(on) => model.likely_wrong = on,
            AppCommand::SetDateRange(range) => filters.date_range = range,
            AppCommand::ClearFilters => model.clear_filters(),
            AppCommand::SetSort(key, descending) => {
                model.sort = key;
                model.sort_descending = descending;
            }
            AppCommand::SetSettings(settings) => model.settings = *settings,
            AppCommand::ShowBottom(bottom) => model.bottom = bottom,
            AppCommand::ShowControls(show) => model.show_controls = show,
            AppCommand::TimelineShown(range) => model.settings.timeline.range = range,
            AppCommand::PanelResized(name, size) => {
                model.settings.panels.insert(name, size);
            }
            AppCommand::OpenFolder(folder) => self.open_folder(ctx, folder),
            AppCommand::OpenFolderDialog => {
                let wake = ctx.clone();
                self.folder_dialog.open(move || wake.request_repaint());
            }
            AppCommand::CancelLoad => {
                if let Some(job) = &self.job {
                    job.cancel();
                }
            }
            AppCommand::OpenLogFolder => self.open_log_folder(),
            AppCommand::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            AppCommand::ClearAnalysisCache => self.clear_analysis_cache(),
            other => self.apply_workspace_command(ctx, other),
        }
    }

    /// The commands the workspace session carries out.
    fn apply_workspace_command(&mut self, ctx: &Context, command: AppCommand) {
        let (work, model) = (&mut self.work, &mut self.model);
        match command {
            AppCommand::Workspace(action) => work.menu_action(model, ctx, action),
            AppCommand::Answer(answer) => work.answer(model, ctx, answer),
            AppCommand::UsePath(FileTarget::Export(ExportKind::Report, _), path) => {
                work.files.entry = None;
                report::export_report(model, work, &self.derived, &path);
            }
            AppCommand::UsePath(target, path) => {
                work.files.entry = None;
                work.use_path(model, ctx, target, path);
            }
            AppCommand::ClosePathEntry => work.files.entry = None,
            _ => {}
        }
        self.follow_session(ctx);
    }

    /// Draws the whole app into `ui` (the root of the window).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        ui::frame::show_ui(self, ui);
        let model = &self.model;
        self.message_log.follow(
            model.message.as_deref(),
            model.folder.as_deref(),
            self.work.path.as_deref(),
        );
    }

    /// Shows the log folder in the file manager, or says where it is when none opens.
    fn open_log_folder(&mut self) {
        let Some(dir) = self.options.log_dir.clone() else {
            return;
        };
        if let Err(err) = ui::about::open_in_file_manager(&dir) {
            let labels = i18n::help_labels(self.model.settings.language);
            tracing::warn!(dir = %dir.display(), "no file manager: {err}");
            self.model.message = Some(format!("{} {}", labels.no_file_manager, dir.display()));
        }
    }

    /// The folder the log files go to, if the app logs to files.
    pub fn log_dir(&self) -> Option<&Path> {
        self.options.log_dir.as_deref()
    }
}

impl eframe::App for MarsadApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        preferences::Preferences::of(&self.model.settings).save(storage);
    }

    /// egui's own memory (panel sizes, scroll offsets) is not kept: the workspace
    /// keeps the panel sizes, and a stale offset would fight it.
    fn persist_egui_memory(&self) -> bool {
        false
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.work.on_exit(&mut self.model);
    }
}

/// Logs a finished load: how much was read, and each file skipped with its reason.
fn log_loaded(articles: usize, problems: &[marsad_core::ingest::Problem], cancelled: bool) {
    tracing::info!(
        articles,
        problems = problems.len(),
        cancelled,
        "the folder loaded"
    );
    for problem in problems {
        tracing::warn!(file = %problem.path, "skipped: {}", problem.error);
    }
}

/// The font family of Latin text that must not take the Arabic font's punctuation and
/// digits in the Arabic interface.
pub const LATIN_FAMILY: &str = "latin";

/// Adds the bundled Arabic font to egui's own text (menus, buttons, labels).
///
/// With the Arabic interface Naskh goes first in the proportional family, so an
/// all-Arabic label, spaces included, is one run that egui's shaper lays out
/// right to left (Latin letters fall back to egui's font). With the English
/// interface it goes last, so Latin text and digits keep one font and baseline.
pub fn install_fonts(ctx: &Context, language: i18n::Language) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "naskh".into(),
        Arc::new(FontData::from_static(include_bytes!(
            "../../../assets/fonts/NotoNaskhArabic-Regular.ttf"
        ))),
    );
    // Latin text kept whole in Latin fonts (the licences in the About box), whatever
    // the interface language puts first.
    let mut latin = fonts.families[&FontFamily::Proportional].clone();
    latin.push("naskh".into());
    fonts
        .families
        .insert(FontFamily::Name(LATIN_FAMILY.into()), latin);
    let proportional = fonts.families.entry(FontFamily::Proportional).or_default();
    if language.is_rtl() {
        proportional.insert(0, "naskh".into());
    } else {
        proportional.push("naskh".into());
    }
    fonts
        .families
        .entry(FontFamily::Monospace)
        .or_default()
        .push("naskh".into());
    ctx.set_fonts(fonts);
}
