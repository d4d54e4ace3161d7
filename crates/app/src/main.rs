//! Starts the Marsad window: `marsad [FOLDER]` (default: the bundled sample corpus).

use std::path::PathBuf;

use marsad::{AppOptions, MarsadApp, sample_corpus_dir};

fn main() -> anyhow::Result<()> {
    let folder = std::env::args_os().nth(1).map_or_else(sample_corpus_dir, PathBuf::from);
    let options = AppOptions { folder: Some(folder), load_synchronously: false, remember_recent: true };
    let native_options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_title("Marsad — مرصد").with_inner_size([1280.0, 800.0]).with_drag_and_drop(true),
        ..eframe::NativeOptions::default()
    };
    eframe::run_native("Marsad", native_options, Box::new(|cc| Ok(Box::new(MarsadApp::new(cc, options)))))
        .map_err(|err| anyhow::anyhow!("the window could not start: {err}"))
}
