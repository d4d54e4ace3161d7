//! Starts the Marsad window: `marsad [FOLDER | WORKSPACE.ron] [--lang en|ar] [--theme light|dark] [--no-cache]`
//! (default: the bundled sample corpus). See [`marsad::cli_args`].

use std::path::PathBuf;
use std::process::ExitCode;

use marsad::cli_args::{Args, LONG_VERSION, Target, has_display, window_error_line};
use marsad::logging;
use marsad::preferences::Preferences;
use marsad::{AppOptions, MarsadApp, sample_corpus_dir};

fn main() -> ExitCode {
    let args = match Args::parse_from_os(std::env::args_os()) {
        Ok(args) => args,
        // --help, --version, or a usage mistake: clap prints it and picks the exit code.
        Err(err) => err.exit(),
    };
    let (log, problem) = logging::init(logging::log_dir().as_deref(), args.verbose);
    if let Some(problem) = problem {
        eprintln!("marsad: {problem}");
    }
    tracing::info!(version = LONG_VERSION, "marsad starts");
    match run(&args, log.dir.clone()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("{err:#}");
            report(&err);
            ExitCode::FAILURE
        }
    }
}

/// One line for the user, also on a developer's machine that sets `RUST_BACKTRACE`:
/// these are the user's mistakes or the system's refusals, not bugs (a bug panics,
/// and a panic shows its backtrace when `RUST_BACKTRACE` asks).
fn report(err: &anyhow::Error) {
    eprintln!("marsad: {err:#}");
}

fn run(args: &Args, log_dir: Option<PathBuf>) -> anyhow::Result<()> {
    let (folder, workspace) = match args.target()? {
        Target::Folder(folder) => (Some(folder), None),
        Target::Workspace(file) => (None, Some(file)),
        Target::Sample => (Some(sample_corpus_dir()), None),
    };
    let language_given = args.language().is_some();
    let options = AppOptions {
        folder,
        load_synchronously: false,
        remember_recent: true,
        language: args.language().unwrap_or_default(),
        workspace,
        typed_paths_only: false,
        dark: args.dark(),
        cache_dir: if args.no_cache {
            None
        } else {
            marsad_storage::cache::default_dir()
        },
        log_dir,
        text_size: None,
    };
    if !has_display(|name| std::env::var_os(name)) {
        anyhow::bail!(
            "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); \
             marsad-cli works without one"
        );
    }
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
        Box::new(move |cc| {
            let options = match cc.storage.and_then(Preferences::load) {
                Some(prefs) => options.with_preferences(&prefs, language_given),
                None => options,
            };
            Ok(Box::new(MarsadApp::new(cc, options)))
        }),
    )
    .map_err(|err| {
        let reason = window_error_line(&err.to_string());
        anyhow::anyhow!("the window could not open: {reason}")
    })
}
