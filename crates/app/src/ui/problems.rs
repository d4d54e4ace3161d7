//! The problems panel: files that could not be read, each with its reason.

use egui::Ui;

use crate::shaping::{TextEngine, label_ui};
use crate::state::{Corpus, ViewState};

/// Lists the files that could not be read.
pub fn problems_ui(ui: &mut Ui, engine: &mut TextEngine, view: &ViewState, corpus: &Corpus) {
    let labels = view.language.labels();
    let rtl = view.language.is_rtl();
    super::row_ui(ui, rtl, |ui| {
        ui.heading(labels.problems);
        ui.label(format!("({})", corpus.problems.len()));
    });
    ui.separator();
    if corpus.problems.is_empty() {
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
                    for problem in &corpus.problems {
                        // Paths may hold Arabic file names, so they go through the shaping path too.
                        label_ui(
                            ui,
                            engine,
                            &problem.path,
                            14.0,
                            ui.visuals().strong_text_color(),
                        );
                        ui.label(&problem.error);
                        ui.end_row();
                    }
                });
        });
}
