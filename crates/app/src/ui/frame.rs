//! One frame of the app: the workspace's and the loader's news, the derived views, the
//! panels (which push commands), then the commands applied.

use std::collections::BTreeMap;

use egui::Context;

use super::{PanelContext, PanelOut, Panels};
use crate::MarsadApp;
use crate::command::AppCommand;
use crate::derived::Inputs;
use crate::model::BottomPanel;

/// The resizable panels whose size a workspace keeps: (id, measured across the window).
const SAVED_PANELS: [(&str, bool); 3] = [
    ("article_list", true),
    ("entities", true),
    ("bottom_panel", false),
];

/// The bottom panel's default and smallest heights, the side panels' default widths.
const BOTTOM_PANEL: (f32, f32) = (260.0, 140.0);
const LIST_WIDTH: f32 = 340.0;
const SIDEBAR_WIDTH: f32 = 240.0;

/// Draws the whole app into `ui` (the root of the window).
pub fn show_ui(app: &mut MarsadApp, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    apply_style(&ctx, &mut app.panels, &app.model);
    app.begin_frame(&ctx);
    super::keys::dropped_files(&ctx, &mut app.commands);
    super::keys::keys(&ctx, &mut app.panels, &app.model, &mut app.commands);
    app.run_commands(&ctx);
    refresh_derived(app, &ctx);
    if app.panels.restored_seen != app.model.settings_restored {
        app.panels.restored_seen = app.model.settings_restored;
        app.panels.scroll_list_to_selected = true;
        restore_panel_sizes(ui, &app.model.settings.panels);
    }
    panels_ui(app, ui, &ctx);
    app.panels.panel_sizes = panel_sizes(ui);
    if let Some((name, size)) = resized_panel(ui, &app.panels.panel_sizes) {
        app.commands.push(AppCommand::PanelResized(name, size));
    }
    if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
        let hint = app.model.settings.language.labels().drop_hint;
        super::status::drop_overlay_ui(&ctx, hint);
    }
    if !app.commands.is_empty() {
        app.run_commands(&ctx);
        ctx.request_repaint();
    }
    app.end_frame(&ctx);
}

/// Brings the derived views up to date; a timeline waiting for a loading folder asks
/// for a later frame.
fn refresh_derived(app: &mut MarsadApp, ctx: &Context) {
    let inputs = Inputs {
        work: &app.work.doc,
        edits: app.edit_generation,
        collapsed: app.panels.collapsed,
        complete: !app.model.loading,
        timeline: app.model.bottom == BottomPanel::Timeline,
        sources: app.panels.side == super::sources::SideView::Sources,
    };
    if let Some(wait) = app.derived.refresh(&app.model, inputs) {
        ctx.request_repaint_after(wait);
    }
}

/// The menu bar, the status bar, the bottom panel, the list, the sidebar, the article
/// view, and the dialogs over them.
fn panels_ui(app: &mut MarsadApp, ui: &mut egui::Ui, ctx: &Context) {
    let MarsadApp {
        model,
        derived,
        panels,
        work,
        recent,
        engine,
        commands,
        job,
        options,
        ..
    } = app;
    let cx = PanelContext {
        model,
        derived,
        work,
        recent,
        job: job.as_ref(),
        cache_dir: options.cache_dir.as_deref(),
        log_dir: options.log_dir.as_deref(),
    };
    let out = &mut PanelOut {
        engine,
        panels,
        commands,
    };
    let rtl = cx.rtl();
    egui::Panel::top("menu_bar").show(ui, |ui| super::menu::menu_bar_ui(ui, &cx, out));
    egui::Panel::bottom("status_bar").show(ui, |ui| super::status::status_ui(ui, &cx, out));
    if model.bottom != BottomPanel::Hidden {
        egui::Panel::bottom("bottom_panel")
            .resizable(true)
            .default_size(BOTTOM_PANEL.0)
            .min_size(BOTTOM_PANEL.1)
            .show(ui, |ui| match model.bottom {
                BottomPanel::Timeline => super::timeline::timeline_ui(ui, &cx, out),
                BottomPanel::Problems => super::problems::problems_ui(ui, &cx, out),
                BottomPanel::Hidden => {}
            });
    }
    let (list_panel, entity_panel) = if rtl {
        (
            egui::Panel::right("article_list"),
            egui::Panel::left("entities"),
        )
    } else {
        (
            egui::Panel::left("article_list"),
            egui::Panel::right("entities"),
        )
    };
    list_panel
        .resizable(true)
        .default_size(LIST_WIDTH)
        .show(ui, |ui| super::article_list::article_list_ui(ui, &cx, out));
    entity_panel
        .resizable(true)
        .default_size(SIDEBAR_WIDTH)
        .show(ui, |ui| {
            let sources = out.panels.side == super::sources::SideView::Sources;
            if !sources && model.selected_entity().is_some() {
                egui::Panel::bottom("entity_annotations").show(ui, |ui| {
                    super::annotations::entity_annotations_ui(ui, &cx, out);
                });
            }
            super::sources::side_tabs_ui(ui, &cx, out);
            if sources {
                super::sources::sources_ui(ui, &cx, out);
            } else {
                super::sidebar::sidebar_ui(ui, &cx, out);
            }
        });
    egui::CentralPanel::default().show(ui, |ui| {
        super::article_view::article_view_ui(ui, &cx, out);
    });
    super::entity_menu::dialogs_ui(ctx, &cx, out);
    super::statements::source_dialog_ui(ctx, &cx, out);
    super::workspace_dialogs::prompt_ui(ctx, &cx, out);
    super::workspace_dialogs::path_entry_ui(ctx, &cx, out);
    super::annotations::tag_manager_ui(ctx, &cx, out);
    super::about::help_windows_ui(ctx, &cx, out);
}

/// Sets egui up for the theme and the language when they change.
fn apply_style(ctx: &Context, panels: &mut Panels, model: &crate::model::Model) {
    let wanted = (model.settings.dark, model.settings.language);
    if panels.applied_style == Some(wanted) {
        return;
    }
    if panels.applied_style.is_none() {
        // Ctrl +/− sizes the article text, not the whole interface.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
    }
    if panels.applied_style.map(|(_, language)| language) != Some(wanted.1) {
        crate::install_fonts(ctx, wanted.1);
    }
    ctx.set_theme(if wanted.0 {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    });
    panels.applied_style = Some(wanted);
}

/// The sizes the panels were drawn at, in whole points (a panel not shown yet has none).
fn panel_sizes(root: &egui::Ui) -> BTreeMap<String, f32> {
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

/// The panel whose splitter the analyst let go of in this frame, and its size.
fn resized_panel(root: &egui::Ui, drawn: &BTreeMap<String, f32>) -> Option<(String, f32)> {
    let released = root.ctx().drag_stopped_id()?;
    SAVED_PANELS.iter().find_map(|&(name, _)| {
        // egui names a panel's splitter after the panel: `id.with("__resize")`.
        (released == root.scope_id().with(name).with("__resize"))
            .then(|| Some((name.to_owned(), *drawn.get(name)?)))
            .flatten()
    })
}

/// Puts saved panel sizes where the panels read them; egui keeps them within each
/// panel's limits and the window.
fn restore_panel_sizes(root: &egui::Ui, sizes: &BTreeMap<String, f32>) {
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
