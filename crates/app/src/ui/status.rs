//! The status bar: load progress with Cancel, counts and messages.

use std::path::Path;

use egui::{Color32, Context, Ui};

use crate::loader::LoadJob;
use crate::shaping::{TextEngine, label_ui};
use crate::state::{BottomPanel, Corpus, ViewState};

/// What the status bar reports.
#[derive(Debug)]
pub struct Status<'a> {
    pub job: Option<&'a LoadJob>,
    pub corpus: &'a Corpus,
    pub message: Option<&'a str>,
    pub folder: Option<&'a Path>,
}

/// Draws the status bar; returns true when Cancel was clicked.
pub fn status_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    view: &mut ViewState,
    status: &Status<'_>,
) -> bool {
    let labels = view.language.labels();
    let mut cancel = false;
    super::row_ui(ui, view.language.is_rtl(), |ui| {
        if let Some(job) = status.job {
            let progress = &job.progress;
            let fraction = if progress.total == 0 {
                0.0
            } else {
                progress.done as f32 / progress.total as f32
            };
            let text = format!(
                "{} {}/{}  {}",
                labels.loading, progress.done, progress.total, progress.current
            );
            ui.add(
                egui::ProgressBar::new(fraction)
                    .desired_width(380.0)
                    .text(text),
            );
            if ui.button(labels.cancel).clicked() {
                cancel = true;
            }
        } else {
            let color = ui.visuals().text_color();
            let loaded = view
                .language
                .count(status.corpus.articles.len(), labels.loaded);
            label_ui(ui, engine, &loaded, 14.0, color);
        }
        if !status.corpus.problems.is_empty() {
            let text = format!("! {} {}", status.corpus.problems.len(), labels.problems);
            if ui
                .button(egui::RichText::new(text).color(Color32::from_rgb(0xd0, 0x70, 0x00)))
                .clicked()
            {
                view.bottom = BottomPanel::Problems;
            }
        }
        if let Some(message) = status.message {
            ui.colored_label(ui.visuals().warn_fg_color, message);
        }
        if let Some(folder) = status.folder {
            ui.weak(folder.display().to_string());
        }
    });
    cancel
}

/// A veil over the window while files are dragged over it.
pub fn drop_overlay_ui(ctx: &Context, hint: &str) {
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop_overlay"),
    ));
    painter.rect_filled(screen, 0.0, Color32::from_black_alpha(160));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        hint,
        egui::FontId::proportional(28.0),
        Color32::WHITE,
    );
}
