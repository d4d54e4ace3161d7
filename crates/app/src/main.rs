//! Starts the Marsad window: `marsad [--lang en|ar] [FOLDER]`
//! (default: English and the bundled sample corpus).

use std::path::PathBuf;

use marsad::i18n::Language;
use marsad::{AppOptions, MarsadApp, sample_corpus_dir};

fn main() -> anyhow::Result<()> {
    let mut folder = None;
    let mut language = Language::English;
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--lang" {
            language = match args.next().as_ref().and_then(|a| a.to_str()) {
                Some("ar") => Language::Arabic,
                Some("en") => Language::English,
                other => anyhow::bail!("--lang takes `en` or `ar`, not {other:?}"),
            };
        } else {
            folder = Some(PathBuf::from(arg));
        }
    }
    let folder = folder.unwrap_or_else(sample_corpus_dir);
    let options = AppOptions {
        folder: Some(folder),
        load_synchronously: false,
        remember_recent: true,
        language,
    };
    let native_options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Marsad — مرصد")
            .with_inner_size([1280.0, 800.0])
            .with_drag_and_drop(true),
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        "Marsad",
        native_options,
        Box::new(|cc| Ok(Box::new(MarsadApp::new(cc, options)))),
    )
    .map_err(|err| anyhow::anyhow!("the window could not start: {err}"))
}
