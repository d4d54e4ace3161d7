//! The status bar: load progress with Cancel, counts and messages.

use egui::{Color32, Context, Ui};

use super::{PanelContext, PanelOut, theme};
use crate::command::AppCommand;
use crate::model::BottomPanel;
use crate::shaping::label_ui;

/// Draws the status bar: progress with Cancel while loading, counts, problems, messages.
pub fn status_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let labels = cx.labels();
    let model = cx.model;
    super::row_ui(ui, cx.rtl(), |ui| {
        if let Some(job) = cx.job {
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
                out.push(AppCommand::CancelLoad);
            }
        } else {
            let color = ui.visuals().text_color();
            let loaded = cx
                .language()
                .count(model.corpus.articles.len(), labels.loaded);
            label_ui(ui, out.engine, &loaded, theme::BODY, color);
        }
        let problems = &model.corpus.problems;
        if !problems.is_empty() {
            let text = format!("! {} {}", problems.len(), labels.problems);
            if ui
                .button(egui::RichText::new(text).color(theme::PROBLEMS))
                .clicked()
            {
                out.push(AppCommand::ShowBottom(BottomPanel::Problems));
            }
        }
        if cx.work.rereading_dates() {
            ui.spinner();
            ui.label(cx.language().date_labels().rereading);
        }
        if let Some(message) = &model.message {
            ui.colored_label(ui.visuals().warn_fg_color, message);
        }
        if let Some(folder) = &model.folder {
            ui.weak(folder.display().to_string());
        }
    });
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
        egui::FontId::proportional(super::theme::OVERLAY),
        Color32::WHITE,
    );
}
