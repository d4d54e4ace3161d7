//! Marsad end to end, each test through the front door a person or a script uses: the
//! command line's arguments, the app's window (through `egui_kittest` and the
//! accessibility tree) and the files they write.

mod app;
mod cli;
mod exports;

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marsad::{AppOptions, MarsadApp};

/// Runs `marsad-cli` with `args` in this process; panics unless it succeeds.
fn marsad_cli(args: &[&std::ffi::OsStr]) {
    let mut all = vec![std::ffi::OsStr::new("marsad-cli")];
    all.extend_from_slice(args);
    let code = marsad_cli::run_from(all);
    assert_eq!(code, std::process::ExitCode::SUCCESS, "marsad-cli {args:?}");
}

/// The app as a person starts it, in a window the size of a laptop's: folders load
/// synchronously, no recent-files list is kept, file names are typed into the app's
/// path entry (no desktop dialog answers in a test).
fn app_with(options: AppOptions) -> Harness<'static, MarsadApp> {
    let app = MarsadApp::with_options(AppOptions {
        load_synchronously: true,
        remember_recent: false,
        typed_paths_only: true,
        ..options
    });
    let mut harness = Harness::builder()
        .with_size([1280.0, 900.0])
        .build_ui_state(|ui, app: &mut MarsadApp| app.show(ui), app);
    harness.run();
    harness
}

/// Clicks the widget labelled `label` and lets the app settle.
fn click(harness: &mut Harness<'static, MarsadApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// Answers the path entry: replaces the suggested path, which ends with `suggested`,
/// by `path`, and confirms.
fn enter_path(harness: &mut Harness<'static, MarsadApp>, suggested: &str, path: &Path) {
    harness
        .get_by(|node| node.is_text_input() && node.value().is_some_and(|v| v.ends_with(suggested)))
        .set_text_value_accesskit(path.to_str().expect("a UTF-8 path"));
    harness.run();
    click(harness, "OK");
}

/// Types `text` into the text field whose hint is `placeholder` (the first such).
fn fill(harness: &mut Harness<'static, MarsadApp>, placeholder: &str, text: &str) {
    harness
        .query_all_by(|node| node.placeholder() == Some(placeholder))
        .next()
        .unwrap_or_else(|| panic!("no text field hinted {placeholder:?}"))
        .set_text_value_accesskit(text);
    harness.run();
}
