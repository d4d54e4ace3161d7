//! Starts the Marsad window: `marsad [--lang en|ar] [--no-cache] [FOLDER | WORKSPACE.ron]`
//! (default: English, the analysis cache, and the bundled sample corpus).

use std::path::PathBuf;

use marsad::i18n::Language;
use marsad::workspace::is_workspace_file;
use marsad::{AppOptions, MarsadApp, sample_corpus_dir};

fn main() -> anyhow::Result<()> {
    let mut target = None;
    let mut language = Language::English;
    let mut cache_dir = marsad_storage::cache::default_dir();
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--lang" {
            language = match args.next().as_ref().and_then(|a| a.to_str()) {
                Some("ar") => Language::Arabic,
                Some("en") => Language::English,
                other => anyhow::bail!("--lang takes `en` or `ar`, not {other:?}"),
            };
        } else if arg == "--no-cache" {
            cache_dir = None;
        } else {
            target = Some(PathBuf::from(arg));
        }
    }
    // A `.ron` file is a workspace, which names its own corpus folder.
    let (folder, workspace) = match target {
        Some(path) if is_workspace_file(&path) && !path.is_dir() => (None, Some(path)),
        Some(folder) => (Some(folder), None),
        None => (Some(sample_corpus_dir()), None),
    };
    let options = AppOptions {
        folder,
        load_synchronously: false,
        remember_recent: true,
        language,
        workspace,
        typed_paths_only: false,
        cache_dir,
    };
    let native_options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Marsad — مرصد")
            .with_inner_size([1280.0, 800.0])
            // Below this the three panels leave the article no room to read.
            .with_min_inner_size([720.0, 480.0])
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
