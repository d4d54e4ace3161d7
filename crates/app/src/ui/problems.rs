//! The problems panel: files that could not be read, each with its reason, and the
//! workspace's articles that are not as saved (changed, missing, refused paths).

use egui::Ui;

use super::{PanelContext, PanelOut, theme};
use crate::shaping::label_ui;
use crate::workspace::ProblemKind;

/// Lists the files that could not be read and the workspace's problem articles.
pub fn problems_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let labels = cx.labels();
    let work_labels = cx.language().workspace_labels();
    let rtl = cx.rtl();
    let corpus = &cx.model.corpus;
    let workspace = &cx.work.problems;
    super::row_ui(ui, rtl, |ui| {
        ui.heading(labels.problems);
        ui.label(format!("({})", corpus.problems.len() + workspace.len()));
    });
    ui.separator();
    if corpus.problems.is_empty() && workspace.is_empty() {
        ui.weak(labels.no_problems);
        return;
    }
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            egui::Grid::new("problems_grid")
                .striped(true)
                .num_columns(2)
                .show(ui, |ui| {
                    let strong = ui.visuals().strong_text_color();
                    for problem in &corpus.problems {
                        // Paths may hold Arabic file names, so they go through the shaping path too.
                        label_ui(ui, out.engine, &problem.path, theme::BODY, strong);
                        ui.label(&problem.error);
                        ui.end_row();
                    }
                    for problem in workspace {
                        label_ui(ui, out.engine, &problem.article, theme::BODY, strong);
                        let reason = match &problem.kind {
                            ProblemKind::Changed => work_labels.changed_since_save,
                            ProblemKind::Missing => work_labels.missing_since_save,
                            ProblemKind::Refused(reason) => reason.as_str(),
                        };
                        ui.label(format!("{}: {reason}", work_labels.workspace_problems));
                        ui.end_row();
                    }
                });
        });
}
