//! The app's log: a file per day in the user's state folder
//! (`$XDG_STATE_HOME/marsad/logs`, else `~/.local/state/marsad/logs`), the last
//! [`KEPT_FILES`] kept, and what reaches the analyst in the status bar logged with
//! the folder and workspace it happened in.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{Builder, Rotation};
use tracing_subscriber::EnvFilter;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

/// How many daily log files stay; older ones are deleted as new days begin.
pub const KEPT_FILES: usize = 7;

/// The log file names: `marsad.YYYY-MM-DD.log`.
const FILE_PREFIX: &str = "marsad";

/// The folder the log files go to, from the environment as `var` reads it; `None`
/// when neither `XDG_STATE_HOME` nor `HOME` is set.
pub fn log_dir_from(var: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    // The XDG spec says a relative value is invalid and must be ignored.
    let state = var("XDG_STATE_HOME")
        .map(PathBuf::from)
        .filter(|dir| dir.is_absolute())
        .or_else(|| var("HOME").map(|home| PathBuf::from(home).join(".local/state")))?;
    Some(state.join("marsad").join("logs"))
}

/// The folder this process logs to.
pub fn log_dir() -> Option<PathBuf> {
    log_dir_from(|name| std::env::var_os(name))
}

/// The filter: `RUST_LOG` when set, else info (`-v` debug, `-vv` trace) for Marsad's
/// own crates and warnings from the others.
pub fn filter(verbose: u8, rust_log: Option<&str>) -> EnvFilter {
    if let Some(directives) = rust_log.filter(|d| !d.is_empty())
        && let Ok(filter) = EnvFilter::try_new(directives)
    {
        return filter;
    }
    let level = match verbose {
        0 => "info",
        1 => "debug",
        _ => "trace",
    };
    EnvFilter::new(format!(
        "warn,marsad={level},marsad_core={level},marsad_storage={level}"
    ))
}

/// Where the log went; keep it alive until the process ends (it flushes the file).
pub struct LogHandle {
    /// The folder of the log files, or `None` when they could not be written.
    pub dir: Option<PathBuf>,
    _guard: Option<WorkerGuard>,
}

/// Starts logging to the daily file in `dir` (and to the terminal when `-v` or
/// `RUST_LOG` asks). When the folder cannot be made the log goes to the terminal and
/// the reason comes back as the second value, for the caller to say.
pub fn init(dir: Option<&Path>, verbose: u8) -> (LogHandle, Option<String>) {
    let rust_log = std::env::var("RUST_LOG").ok();
    let to_terminal = verbose > 0 || rust_log.is_some();
    let appender = match dir {
        Some(dir) => {
            daily_files(dir).map_err(|err| format!("no log file in {}: {err}", dir.display()))
        }
        None => Err("no log file: neither XDG_STATE_HOME nor HOME is set".to_owned()),
    };
    let (file_layer, guard, problem, dir) = match appender {
        Ok(appender) => {
            let (writer, guard) = tracing_appender::non_blocking(appender);
            let layer = tracing_subscriber::fmt::layer()
                .with_ansi(false)
                .with_writer(writer);
            (Some(layer), Some(guard), None, dir.map(Path::to_owned))
        }
        Err(problem) => (None, None, Some(problem), None),
    };
    let terminal = (to_terminal || file_layer.is_none())
        .then(|| tracing_subscriber::fmt::layer().with_writer(std::io::stderr));
    // A second init (tests starting the app twice) keeps the first subscriber.
    let _ = tracing_subscriber::registry()
        .with(filter(verbose, rust_log.as_deref()))
        .with(file_layer)
        .with(terminal)
        .try_init();
    log_panics();
    (LogHandle { dir, _guard: guard }, problem)
}

/// The daily files in `dir`, made first: the appender's pruning of old files
/// complains on stderr about a folder that is not there yet.
fn daily_files(dir: &Path) -> Result<tracing_appender::rolling::RollingFileAppender, String> {
    std::fs::create_dir_all(dir).map_err(|err| err.to_string())?;
    Builder::new()
        .rotation(Rotation::DAILY)
        .filename_prefix(FILE_PREFIX)
        .filename_suffix("log")
        .max_log_files(KEPT_FILES)
        .build(dir)
        .map_err(|err| err.to_string())
}

/// Panics go to the log too (with where they happened), then to the terminal as usual.
fn log_panics() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("(no message)");
        let location = info.location().map(ToString::to_string).unwrap_or_default();
        tracing::error!(%location, "panic: {message}");
        previous(info);
    }));
}

/// Logs each new status-bar message once, with the folder and workspace it is about.
#[derive(Debug, Default)]
pub struct MessageLog {
    last: Option<String>,
}

impl MessageLog {
    /// Logs `message` if it is not the one logged last.
    pub fn follow(
        &mut self,
        message: Option<&str>,
        folder: Option<&Path>,
        workspace: Option<&Path>,
    ) {
        if message == self.last.as_deref() {
            return;
        }
        self.last = message.map(str::to_owned);
        let Some(message) = message else { return };
        let folder = folder.map(|f| f.display().to_string()).unwrap_or_default();
        let workspace = workspace
            .map(|w| w.display().to_string())
            .unwrap_or_default();
        tracing::warn!(%folder, %workspace, "shown to the analyst: {message}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The environment as a table of names and values.
    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<OsString> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| OsString::from(value))
        }
    }

    #[test]
    fn the_log_folder_follows_xdg_state_home_then_home() {
        type Vars<'a> = &'a [(&'a str, &'a str)];
        let cases: &[(Vars<'_>, Option<&str>)] = &[
            (
                &[("XDG_STATE_HOME", "/s"), ("HOME", "/h")],
                Some("/s/marsad/logs"),
            ),
            (
                &[("HOME", "/home/salma")],
                Some("/home/salma/.local/state/marsad/logs"),
            ),
            (
                &[("XDG_STATE_HOME", "relative"), ("HOME", "/h")],
                Some("/h/.local/state/marsad/logs"),
            ),
            (&[], None),
        ];
        for (vars, expected) in cases {
            assert_eq!(
                log_dir_from(env(vars)),
                expected.map(PathBuf::from),
                "{vars:?}"
            );
        }
    }

    #[test]
    fn verbosity_picks_the_level_and_rust_log_wins() {
        let cases: &[(u8, Option<&str>, &str)] = &[
            (0, None, "marsad=info"),
            (1, None, "marsad=debug"),
            (2, None, "marsad=trace"),
            (0, Some("marsad_core=trace"), "marsad_core=trace"),
            (0, Some(""), "marsad=info"),
        ];
        for (verbose, rust_log, expected) in cases {
            let shown = filter(*verbose, *rust_log).to_string();
            assert!(shown.contains(expected), "{verbose} {rust_log:?}: {shown}");
        }
    }

    #[test]
    fn the_daily_file_is_written_in_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let logs = dir.path().join("marsad").join("logs");
        let appender = daily_files(&logs).unwrap();
        let subscriber = tracing_subscriber::fmt()
            .with_ansi(false)
            .with_writer(std::sync::Mutex::new(appender))
            .finish();
        tracing::subscriber::with_default(subscriber, || {
            MessageLog::default().follow(
                Some("تعذر حفظ مساحة العمل"),
                Some(Path::new("/أخبار")),
                Some(Path::new("/غزة.marsad.ron")),
            );
        });
        let files: Vec<_> = std::fs::read_dir(&logs).unwrap().flatten().collect();
        assert_eq!(files.len(), 1);
        let name = files[0].file_name().to_string_lossy().into_owned();
        assert!(
            name.starts_with("marsad.") && Path::new(&name).extension() == Some("log".as_ref()),
            "{name}"
        );
        let text = std::fs::read_to_string(files[0].path()).unwrap();
        assert!(text.contains("تعذر حفظ مساحة العمل"), "{text}");
        assert!(
            text.contains("folder=/أخبار") && text.contains("workspace=/غزة.marsad.ron"),
            "{text}"
        );
    }

    #[test]
    fn a_message_is_logged_once_until_it_changes() {
        let mut log = MessageLog::default();
        log.follow(Some("a"), None, None);
        assert_eq!(log.last.as_deref(), Some("a"));
        log.follow(None, None, None);
        assert_eq!(log.last, None);
    }
}
