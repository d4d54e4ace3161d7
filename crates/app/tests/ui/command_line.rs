//! The built `marsad` binary on machines with no display: help, version and errors
//! answer in the terminal, one line each, with or without `RUST_BACKTRACE`.

use std::process::{Command, Output};

/// Runs the app binary with no display and `RUST_BACKTRACE` as given (`None`: unset).
fn marsad(args: &[&str], backtrace: Option<&str>) -> Output {
    let config = tempfile::tempdir().expect("a temporary folder");
    let mut command = Command::new(env!("CARGO_BIN_EXE_marsad"));
    command
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .env_remove("RUST_LIB_BACKTRACE")
        .env("XDG_CONFIG_HOME", config.path())
        .env("XDG_STATE_HOME", config.path())
        .env("XDG_DATA_HOME", config.path());
    match backtrace {
        Some(value) => command.env("RUST_BACKTRACE", value),
        None => command.env_remove("RUST_BACKTRACE"),
    };
    command.output().expect("the marsad binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn help_and_version_need_no_display() {
    for backtrace in [None, Some("1")] {
        let help = marsad(&["--help"], backtrace);
        assert!(help.status.success(), "{}", text(&help.stderr));
        let out = text(&help.stdout);
        for needle in [
            "Usage: marsad",
            "--lang",
            "--theme",
            "[possible values: en, ar]",
        ] {
            assert!(out.contains(needle), "{needle} missing from {out}");
        }
        let version = marsad(&["--version"], backtrace);
        assert!(version.status.success());
        let out = text(&version.stdout);
        assert!(
            out.starts_with(&format!("marsad {} (commit ", env!("CARGO_PKG_VERSION"))),
            "{out}"
        );
    }
}

#[test]
fn errors_are_one_line_with_or_without_rust_backtrace() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let missing = dir.path().join("أرشيف-غير-موجود");
    let missing = missing.to_str().expect("a UTF-8 path");
    let cases: &[(&[&str], &str)] = &[
        (&[missing], "no such file or folder"),
        (&[], "no display to open the window on"),
        (
            &["--lang", "ar", dir.path().to_str().expect("UTF-8")],
            "no display",
        ),
    ];
    for backtrace in [None, Some("1"), Some("full")] {
        for (args, expected) in cases {
            let run = marsad(args, backtrace);
            let err = text(&run.stderr);
            assert_eq!(run.status.code(), Some(1), "{args:?}: {err}");
            assert_eq!(err.lines().count(), 1, "{args:?} with {backtrace:?}: {err}");
            assert!(
                err.starts_with("marsad: ") && err.contains(expected),
                "{err}"
            );
            assert!(
                !err.contains("panicked") && !err.contains("backtrace"),
                "{err}"
            );
        }
    }
}

#[test]
fn usage_mistakes_exit_with_clap_s_code_and_say_what_is_wrong() {
    let run = marsad(&["--theme", "blue"], None);
    assert_eq!(run.status.code(), Some(2));
    let err = text(&run.stderr);
    assert!(
        err.contains("invalid value 'blue' for '--theme <THEME>'"),
        "{err}"
    );
}
