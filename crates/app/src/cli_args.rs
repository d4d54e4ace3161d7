//! The app's command line: `marsad [FOLDER | WORKSPACE.ron] [--lang en|ar] [--theme light|dark]`.
//!
//! Parsed before any window exists, so `--help`, `--version` and a mistyped argument
//! answer on a machine with no display.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Parser, ValueEnum};

use crate::i18n::Language;
use crate::workspace::is_workspace_file;

/// The version line: the crate's version and the commit it was built from.
pub const LONG_VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("MARSAD_GIT_COMMIT"),
    ")"
);

/// The app's arguments, as typed.
#[derive(Debug, Parser)]
#[command(
    name = "marsad",
    version,
    long_version = LONG_VERSION,
    about = "Marsad, the desktop workbench for reading Arabic news",
    after_help = "With no FOLDER the bundled sample corpus opens. Logs go to the folder \
                  Help ▸ Open log folder shows ($XDG_STATE_HOME/marsad/logs)."
)]
pub struct Args {
    /// A folder of articles, or a workspace file (`NAME.marsad.ron`, any `.ron`).
    pub target: Option<PathBuf>,
    /// The interface language.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// The colour theme.
    #[arg(long, value_enum)]
    pub theme: Option<ThemeArg>,
    /// Analyse every file again, without reading or filling the analysis cache.
    #[arg(long)]
    pub no_cache: bool,
    /// More detail in the log: `-v` debug, `-vv` trace (RUST_LOG overrides).
    #[arg(short, long, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

/// `--lang`'s values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Ar,
}

/// `--theme`'s values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    Light,
    Dark,
}

/// What the command line asks the app to open first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Folder(PathBuf),
    Workspace(PathBuf),
    /// Nothing named: the bundled sample corpus.
    Sample,
}

/// Why a command line cannot start the app.
#[derive(Debug, thiserror::Error)]
pub enum ArgsError {
    #[error("{0}: no such file or folder")]
    Missing(PathBuf),
    #[error("{0}: not a folder of articles nor a workspace file (.ron)")]
    NotFolderOrWorkspace(PathBuf),
}

impl Args {
    /// Parses `args` (the program name first); `--help`, `--version` and clap's usage
    /// errors come back as [`clap::Error`], which prints and exits as clap does.
    pub fn parse_from_os(args: impl IntoIterator<Item = OsString>) -> Result<Self, clap::Error> {
        Self::try_parse_from(args)
    }

    /// The interface language asked for, if any.
    pub fn language(&self) -> Option<Language> {
        self.lang.map(|lang| match lang {
            LangArg::En => Language::English,
            LangArg::Ar => Language::Arabic,
        })
    }

    /// Dark theme asked for (`Some(true)`), light (`Some(false)`) or neither.
    pub fn dark(&self) -> Option<bool> {
        self.theme.map(|theme| theme == ThemeArg::Dark)
    }

    /// What to open: a `.ron` file is a workspace, which names its own corpus folder;
    /// a path that does not exist is an error before any window opens.
    pub fn target(&self) -> Result<Target, ArgsError> {
        let Some(path) = &self.target else {
            return Ok(Target::Sample);
        };
        if path.is_dir() {
            Ok(Target::Folder(path.clone()))
        } else if !path.exists() {
            Err(ArgsError::Missing(path.clone()))
        } else if is_workspace_file(path) {
            Ok(Target::Workspace(path.clone()))
        } else {
            Err(ArgsError::NotFolderOrWorkspace(path.clone()))
        }
    }
}

/// True when a window can be asked for: an X or Wayland display is named (Linux and
/// the BSDs; elsewhere the system always has one).
pub fn has_display(var: impl Fn(&str) -> Option<OsString>) -> bool {
    if !cfg!(all(unix, not(target_os = "macos"))) {
        return true;
    }
    ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"]
        .iter()
        .any(|name| var(name).is_some_and(|value| !value.is_empty()))
}

/// The line for a window that could not open: winit's message without the source
/// file and line it names (`os error at …/linux/mod.rs:788: Failed to open…`).
pub fn window_error_line(message: &str) -> String {
    let Some(at) = message.find("os error at ") else {
        return message.to_owned();
    };
    let after = &message[at..];
    match after
        .find(".rs:")
        .and_then(|rs| after[rs..].find(": ").map(|c| rs + c + 2))
    {
        Some(start) => format!("{}{}", &message[..at], &after[start..]),
        None => message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Args, clap::Error> {
        Args::parse_from_os(
            std::iter::once("marsad")
                .chain(args.iter().copied())
                .map(OsString::from),
        )
    }

    /// Arguments, then the language, dark theme and target they ask for.
    type Case<'a> = (
        &'a [&'a str],
        Option<Language>,
        Option<bool>,
        Option<&'a str>,
    );

    #[test]
    fn options_are_read_in_any_order() {
        let cases: &[Case<'_>] = &[
            (&[], None, None, None),
            (&["--lang", "ar"], Some(Language::Arabic), None, None),
            (
                &["--lang=en", "--theme", "dark"],
                Some(Language::English),
                Some(true),
                None,
            ),
            (
                &["أخبار", "--theme", "light"],
                None,
                Some(false),
                Some("أخبار"),
            ),
            (
                &["--lang", "ar", "غزة.marsad.ron"],
                Some(Language::Arabic),
                None,
                Some("غزة.marsad.ron"),
            ),
        ];
        for (args, language, dark, target) in cases {
            let parsed = parse(args).unwrap();
            assert_eq!(parsed.language(), *language, "{args:?}");
            assert_eq!(parsed.dark(), *dark, "{args:?}");
            assert_eq!(
                parsed.target.as_deref(),
                target.map(std::path::Path::new),
                "{args:?}"
            );
        }
    }

    #[test]
    fn help_version_and_mistakes_come_back_as_clap_answers() {
        use clap::error::ErrorKind;
        let cases: &[(&[&str], ErrorKind)] = &[
            (&["--help"], ErrorKind::DisplayHelp),
            (&["--version"], ErrorKind::DisplayVersion),
            (&["--lang", "fr"], ErrorKind::InvalidValue),
            (&["--theme", "blue"], ErrorKind::InvalidValue),
            (&["--colour"], ErrorKind::UnknownArgument),
            (&["a", "b"], ErrorKind::UnknownArgument),
        ];
        for (args, kind) in cases {
            let err = parse(args).unwrap_err();
            assert_eq!(err.kind(), *kind, "{args:?}");
        }
        let version = parse(&["--version"]).unwrap_err().to_string();
        assert!(version.contains(env!("CARGO_PKG_VERSION")), "{version}");
        assert!(version.contains("commit"), "{version}");
    }

    #[test]
    fn the_target_is_a_folder_a_workspace_or_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let workspace = dir.path().join("غزة.marsad.ron");
        std::fs::write(&workspace, "()").unwrap();
        let article = dir.path().join("خبر.txt");
        std::fs::write(&article, "نص").unwrap();
        let missing = dir.path().join("لا-يوجد");
        let with = |path: &std::path::Path| Args {
            target: Some(path.to_owned()),
            lang: None,
            theme: None,
            no_cache: false,
            verbose: 0,
        };
        assert_eq!(
            with(dir.path()).target().unwrap(),
            Target::Folder(dir.path().to_owned())
        );
        assert_eq!(
            with(&workspace).target().unwrap(),
            Target::Workspace(workspace.clone())
        );
        let err = with(&missing).target().unwrap_err().to_string();
        assert_eq!(
            err,
            format!("{}: no such file or folder", missing.display())
        );
        assert!(matches!(
            with(&article).target(),
            Err(ArgsError::NotFolderOrWorkspace(_))
        ));
        assert_eq!(parse(&[]).unwrap().target().unwrap(), Target::Sample);
    }

    #[test]
    fn window_errors_lose_the_source_location_and_keep_the_reason() {
        let winit = "winit EventLoopError: os error at /home/u/.cargo/registry/src/winit-0.30.13/src/platform_impl/linux/mod.rs:788: Failed to open connection to X server";
        assert_eq!(
            window_error_line(winit),
            "winit EventLoopError: Failed to open connection to X server"
        );
        let plain = "Found no glutin configs matching the template";
        assert_eq!(window_error_line(plain), plain);
    }

    #[test]
    fn a_display_is_read_from_the_environment() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(key, _)| *key == name)
                    .map(|(_, value)| OsString::from(value))
            }
        };
        assert!(!has_display(env(&[])));
        assert!(!has_display(env(&[("DISPLAY", "")])));
        assert!(has_display(env(&[("DISPLAY", ":0")])));
        assert!(has_display(env(&[("WAYLAND_DISPLAY", "wayland-0")])));
    }
}
