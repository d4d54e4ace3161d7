//! Marsad's desktop app: an egui workbench for reading Arabic news.
//!
//! The app is a library so tests can drive it through `egui_kittest`;
//! `main.rs` only starts eframe.

pub mod analysis;
pub mod entities;
pub mod i18n;
pub mod loader;
pub mod recent;
pub mod search;
pub mod shaping;
pub mod state;
pub mod timeline_model;
pub mod ui;
pub mod workspace;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use egui::{Context, FontData, FontDefinitions, FontFamily, Key, KeyboardShortcut, Modifiers};

use crate::loader::{LoadJob, LoadMessage, LoadedArticle, LoadedFolder};
use crate::recent::RecentFolders;
use crate::shaping::TextEngine;
use crate::state::{BottomPanel, Corpus, ViewState};
use crate::ui::menu::MenuAction;

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
}

/// The bundled sample corpus, next to the workspace this binary was built from.
pub fn sample_corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/sample-corpus")
}

/// How many loader messages one frame takes in, so a fast loader never stalls a frame.
const MESSAGES_PER_FRAME: usize = 2_000;

/// A folder dialog running on its own thread.
#[derive(Debug)]
struct PendingDialog {
    receiver: Receiver<Option<PathBuf>>,
    started: Instant,
}

/// The Marsad app: the loaded corpus, the view state and the panels.
pub struct MarsadApp {
    pub corpus: Corpus,
    pub view: ViewState,
    pub recent: RecentFolders,
    /// The open folder.
    pub folder: Option<PathBuf>,
    /// A message for the status bar (errors, a missing dialog).
    pub message: Option<String>,
    /// The open workspace: its file, the analyst's notes and tags, unsaved changes.
    pub work: workspace::Session,
    /// Bumped by every entity correction, undo and redo (unsaved-change tracking).
    pub edit_generation: u64,
    engine: TextEngine,
    job: Option<LoadJob>,
    pending_open: Option<PathBuf>,
    dialog: Option<PendingDialog>,
    options: AppOptions,
    applied_style: Option<(bool, i18n::Language)>,
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
            corpus: Corpus::default(),
            view: ViewState::default(),
            recent,
            folder: None,
            message: None,
            work: workspace::Session::new(
                options.workspace.clone(),
                options.remember_recent,
                options.typed_paths_only,
            ),
            edit_generation: 0,
            engine: TextEngine::new(),
            job: None,
            pending_open: options.folder.clone(),
            dialog: None,
            options,
            applied_style: None,
        };
        app.view.language = app.options.language;
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

    /// Starts opening `folder` (in the background unless loading synchronously).
    pub fn open_folder(&mut self, ctx: &Context, folder: PathBuf) {
        if let Some(job) = self.job.take() {
            job.cancel();
        }
        self.reset_for(&folder);
        if self.options.load_synchronously {
            self.load_folder_now(&folder);
            return;
        }
        let wake_ctx = ctx.clone();
        match LoadJob::spawn(folder, move || wake_ctx.request_repaint()) {
            Ok(job) => self.job = Some(job),
            Err(err) => self.message = Some(format!("Could not start loading: {err}")),
        }
    }

    fn reset_for(&mut self, folder: &Path) {
        self.corpus = Corpus::default();
        self.view = self.view.fresh();
        self.folder = Some(folder.to_owned());
        self.message = None;
        if let Err(err) = self.recent.push(folder) {
            self.message = Some(format!("Could not save the recent-folders list: {err}"));
        }
    }

    fn load_folder_now(&mut self, folder: &Path) {
        self.reset_for(folder);
        let LoadedFolder {
            articles,
            problems,
            entities,
        } = loader::load_now(folder);
        for LoadedArticle { analysis, folded } in articles {
            self.corpus.add_article(analysis, folded);
        }
        self.corpus.problems = problems;
        self.corpus.set_resolved(entities);
        self.after_load();
    }

    fn after_load(&mut self) {
        self.view.invalidate();
        self.view.refresh_visible(&self.corpus);
        if self.view.selected_article.is_none() {
            self.view.select_article(self.view.visible.first().copied());
        }
    }

    fn poll_loader(&mut self) {
        let Some(job) = &mut self.job else { return };
        let mut finished = false;
        for message in job.drain(MESSAGES_PER_FRAME) {
            match message {
                LoadMessage::Article(LoadedArticle { analysis, folded }) => {
                    self.corpus.add_article(analysis, folded);
                }
                LoadMessage::Progress(_) => {}
                LoadMessage::Finished {
                    problems,
                    cancelled,
                    entities,
                } => {
                    self.corpus.problems = problems;
                    self.corpus.set_resolved(entities);
                    crate::entities::follow_selection(&mut self.view, &self.corpus, None);
                    if cancelled {
                        self.message = Some(self.view.language.labels().cancelled.to_owned());
                    }
                    finished = true;
                }
            }
        }
        if finished {
            self.job = None;
            self.after_load();
        } else if self.view.selected_article.is_none() && !self.corpus.articles.is_empty() {
            // The first article is readable while the rest load.
            self.after_load();
        }
    }

    /// Opens the folder dialog on a background thread so the frame never waits on it.
    pub fn start_folder_dialog(&mut self, ctx: &Context) {
        if self.dialog.is_some() {
            return;
        }
        let (sender, receiver) = channel();
        let wake_ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("marsad-folder-dialog".into())
            .spawn(move || {
                let picked = rfd::FileDialog::new().pick_folder();
                let _ = sender.send(picked);
                wake_ctx.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.dialog = Some(PendingDialog {
                    receiver,
                    started: Instant::now(),
                });
            }
            Err(_) => self.message = Some(self.view.language.labels().no_dialog.to_owned()),
        }
    }

    fn poll_dialog(&mut self, ctx: &Context) {
        let Some(dialog) = &self.dialog else { return };
        let Ok(picked) = dialog.receiver.try_recv() else {
            return;
        };
        // Without a desktop portal rfd answers `None` at once; a person takes longer to cancel.
        let too_fast_for_a_person = dialog.started.elapsed() < Duration::from_millis(700);
        self.dialog = None;
        match picked {
            Some(folder) => self.open_folder(ctx, folder),
            None if too_fast_for_a_person => {
                self.message = Some(self.view.language.labels().no_dialog.to_owned());
            }
            None => {}
        }
    }

    fn handle_dropped_files(&mut self, ctx: &Context) {
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
            self.open_folder(ctx, folder);
        }
    }

    fn handle_keys(&mut self, ctx: &Context) {
        let open = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
        let find = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
        let zoom_in = [
            KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus),
            KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals),
        ];
        let zoom_out = KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus);
        let zoom_reset = KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0);
        if ctx.input_mut(|i| i.consume_shortcut(&open)) {
            self.start_folder_dialog(ctx);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&find)) {
            ctx.memory_mut(|m| m.request_focus(ui::article_list::search_id()));
        }
        if ctx.input_mut(|i| zoom_in.iter().any(|s| i.consume_shortcut(s))) {
            self.view.zoom(1);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&zoom_out)) {
            self.view.zoom(-1);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&zoom_reset)) {
            self.view.zoom(0);
        }
        if ctx.input(|i| i.key_pressed(Key::Escape)) {
            self.view.clear_filters();
            ctx.memory_mut(|m| m.surrender_focus(ui::article_list::search_id()));
        }
        if ctx.text_edit_focused() {
            return;
        }
        let down = ctx.input(|i| i.key_pressed(Key::ArrowDown) || i.key_pressed(Key::J));
        let up = ctx.input(|i| i.key_pressed(Key::ArrowUp) || i.key_pressed(Key::K));
        if down {
            self.view.move_selection(1);
        }
        if up {
            self.view.move_selection(-1);
        }
    }

    fn apply_style(&mut self, ctx: &Context) {
        let wanted = (self.view.dark, self.view.language);
        if self.applied_style == Some(wanted) {
            return;
        }
        if self.applied_style.is_none() {
            // Ctrl +/− sizes the article text, not the whole interface.
            ctx.options_mut(|o| o.zoom_with_keyboard = false);
        }
        if self.applied_style.map(|(_, language)| language) != Some(self.view.language) {
            install_fonts(ctx, self.view.language);
        }
        ctx.set_theme(if self.view.dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        self.applied_style = Some(wanted);
    }

    /// Draws the whole app into `ui` (the root of the window).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.apply_style(&ctx);
        if let Some(folder) = self.pending_open.take() {
            self.open_folder(&ctx, folder);
        }
        self.poll_loader();
        self.poll_dialog(&ctx);
        workspace::begin_frame(self, &ctx);
        self.handle_dropped_files(&ctx);
        ui::entity_menu::entity_keys(&ctx, &mut self.view, &self.corpus);
        self.handle_keys(&ctx);
        self.view.refresh_visible(&self.corpus);
        workspace::filter_visible(self);
        if let Some(sizes) = self.view.restore_panels.take() {
            restore_panel_sizes(ui, &sizes);
        }

        let rtl = self.view.language.is_rtl();
        egui::Panel::top("menu_bar").show(ui, |ui| {
            match ui::menu::menu_bar_ui(
                ui,
                &mut self.view,
                &self.recent,
                &self.work.recent,
                &self.corpus,
            ) {
                Some(MenuAction::OpenDialog) => self.start_folder_dialog(&ctx),
                Some(MenuAction::Workspace(action)) => {
                    workspace::menu_action(self, &ctx, action);
                }
                Some(MenuAction::OpenFolder(folder)) => self.open_folder(&ctx, folder),
                Some(MenuAction::Quit) => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
                None => {}
            }
        });
        egui::Panel::bottom("status_bar").show(ui, |ui| {
            let status = ui::status::Status {
                job: self.job.as_ref(),
                corpus: &self.corpus,
                message: self.message.as_deref(),
                folder: self.folder.as_deref(),
            };
            if ui::status::status_ui(ui, &mut self.engine, &mut self.view, &status)
                && let Some(job) = &self.job
            {
                job.cancel();
            }
        });
        if self.view.bottom != BottomPanel::Hidden {
            egui::Panel::bottom("bottom_panel")
                .resizable(true)
                .default_size(260.0)
                .min_size(140.0)
                .show(ui, |ui| match self.view.bottom {
                    BottomPanel::Timeline => ui::timeline::timeline_ui(
                        ui,
                        &mut self.engine,
                        &mut self.view,
                        &self.corpus,
                        self.job.is_none(),
                    ),
                    BottomPanel::Problems => {
                        ui::problems::problems_ui(
                            ui,
                            &mut self.engine,
                            &self.view,
                            &self.corpus,
                            &self.work.problems,
                        );
                    }
                    BottomPanel::Hidden => {}
                });
        }
        let list_panel = if rtl {
            egui::Panel::right("article_list")
        } else {
            egui::Panel::left("article_list")
        };
        list_panel
            .resizable(true)
            .default_size(340.0)
            .show(ui, |ui| {
                ui::article_list::article_list_ui(
                    ui,
                    &mut self.engine,
                    &mut self.view,
                    &self.corpus,
                    &self.work.doc.tags,
                );
            });
        let entity_panel = if rtl {
            egui::Panel::left("entities")
        } else {
            egui::Panel::right("entities")
        };
        entity_panel
            .resizable(true)
            .default_size(240.0)
            .show(ui, |ui| {
                if self.view.selected_entity.is_some() {
                    egui::Panel::bottom("entity_annotations").show(ui, |ui| {
                        ui::annotations::entity_annotations_ui(
                            ui,
                            &mut self.engine,
                            &self.view,
                            &self.corpus,
                            &mut self.work,
                        );
                    });
                }
                ui::sidebar::sidebar_ui(ui, &mut self.engine, &mut self.view, &self.corpus);
            });
        egui::CentralPanel::default().show(ui, |ui| {
            ui::article_view::article_view_ui(
                ui,
                &mut self.engine,
                &mut self.view,
                &self.corpus,
                &mut self.work,
            );
        });
        ui::entity_menu::dialogs_ui(&ctx, &mut self.engine, &mut self.view, &self.corpus);
        self.view.panel_sizes = panel_sizes(ui);
        record_resized_panels(ui, &self.view.panel_sizes, &mut self.view.resized_panels);
        workspace::end_frame(self, &ctx);
        if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
            ui::status::drop_overlay_ui(&ctx, self.view.language.labels().drop_hint);
        }
        if !self.view.entity_ui.commands.is_empty() {
            self.run_entity_commands();
            ctx.request_repaint();
        }
    }
}

/// The resizable panels whose size a workspace keeps: (id, measured across the window).
const SAVED_PANELS: [(&str, bool); 3] = [
    ("article_list", true),
    ("entities", true),
    ("bottom_panel", false),
];

/// The sizes the panels were drawn at, in whole points (a panel not shown yet has none).
fn panel_sizes(root: &egui::Ui) -> std::collections::BTreeMap<String, f32> {
    SAVED_PANELS
        .iter()
        .filter_map(|&(name, across)| {
            let state = egui::PanelState::load(root.ctx(), root.scope_id().with(name))?;
            let size = state.size();
            Some((
                name.to_owned(),
                if across { size.x } else { size.y }.round(),
            ))
        })
        .collect()
}

/// Keeps the size of a panel whose splitter the analyst let go of in this frame.
fn record_resized_panels(
    root: &egui::Ui,
    drawn: &std::collections::BTreeMap<String, f32>,
    resized: &mut std::collections::BTreeMap<String, f32>,
) {
    let Some(released) = root.ctx().drag_stopped_id() else {
        return;
    };
    for (name, _) in SAVED_PANELS {
        // egui names a panel's splitter after the panel: `id.with("__resize")`.
        if released == root.scope_id().with(name).with("__resize")
            && let Some(&size) = drawn.get(name)
        {
            resized.insert(name.to_owned(), size);
        }
    }
}

/// Puts saved panel sizes where the panels read them; egui keeps them within each
/// panel's limits and the window.
fn restore_panel_sizes(root: &egui::Ui, sizes: &std::collections::BTreeMap<String, f32>) {
    for (name, across) in SAVED_PANELS {
        let Some(&size) = sizes.get(name).filter(|s| s.is_finite() && **s > 0.0) else {
            continue;
        };
        let extent = if across {
            egui::vec2(size, 1.0)
        } else {
            egui::vec2(1.0, size)
        };
        let state = egui::PanelState {
            outer_rect: egui::Rect::from_min_size(egui::Pos2::ZERO, extent),
        };
        let id = root.scope_id().with(name);
        root.ctx().data_mut(|d| d.insert_persisted(id, state));
    }
}

impl eframe::App for MarsadApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        workspace::on_exit(self);
    }
}

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
