//! Asking for a file or folder name: the desktop's dialog on its own thread, or a small
//! path-entry window where no dialog is available (no portal, tests).

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use egui::Context;

use marsad_storage::export::ExportKind;

/// What a chosen path is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileTarget {
    /// A workspace file to open.
    OpenWorkspace,
    /// Where to save the workspace.
    SaveWorkspaceAs,
    /// Where to write an export (the extension picks CSV or JSON).
    Export(ExportKind, &'static str),
    /// Where the corpus folder went.
    LocateCorpus,
}

impl FileTarget {
    /// The file name the dialog suggests.
    fn suggested_name(self) -> Option<String> {
        match self {
            Self::SaveWorkspaceAs => Some(format!("workspace{}", super::WORKSPACE_SUFFIX)),
            Self::Export(kind, extension) => Some(format!("{}.{extension}", kind.stem())),
            Self::OpenWorkspace | Self::LocateCorpus => None,
        }
    }

    /// Runs the desktop dialog for this target (blocking: call it off the UI thread).
    fn run_dialog(self, folder: Option<PathBuf>) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new();
        if let Some(folder) = folder {
            dialog = dialog.set_directory(folder);
        }
        if let Some(name) = self.suggested_name() {
            dialog = dialog.set_file_name(name);
        }
        match self {
            Self::OpenWorkspace => dialog.add_filter("Marsad workspace", &["ron"]).pick_file(),
            Self::SaveWorkspaceAs => dialog.add_filter("Marsad workspace", &["ron"]).save_file(),
            Self::Export(_, extension) => dialog.add_filter(extension, &[extension]).save_file(),
            Self::LocateCorpus => dialog.pick_folder(),
        }
    }
}

/// A dialog running on its own thread.
#[derive(Debug)]
struct Pending {
    target: FileTarget,
    receiver: Receiver<Option<PathBuf>>,
    started: Instant,
}

/// The path-entry window's state.
#[derive(Debug)]
pub struct PathEntry {
    /// What the path is for.
    pub target: FileTarget,
    /// The path as typed so far.
    pub text: String,
}

/// File dialogs of the workspace commands.
#[derive(Debug, Default)]
pub struct FileDialogs {
    pending: Option<Pending>,
    /// The path-entry window, when open.
    pub entry: Option<PathEntry>,
    /// Use the path-entry window instead of the desktop's dialogs.
    pub typed_paths_only: bool,
}

impl FileDialogs {
    /// Dialogs that use the path-entry window only when `typed_paths_only`.
    pub fn new(typed_paths_only: bool) -> Self {
        Self {
            typed_paths_only,
            ..Self::default()
        }
    }

    /// True while a dialog or the path-entry window waits for an answer.
    pub fn is_open(&self) -> bool {
        self.pending.is_some() || self.entry.is_some()
    }

    /// Asks for a path for `target`, starting in `folder` when given.
    pub fn ask(&mut self, ctx: &Context, target: FileTarget, folder: Option<PathBuf>) {
        if self.is_open() {
            return;
        }
        if self.typed_paths_only {
            self.open_entry(target, folder);
            return;
        }
        let (sender, receiver) = channel();
        let wake_ctx = ctx.clone();
        let entry_folder = folder.clone();
        let spawned = std::thread::Builder::new()
            .name("marsad-file-dialog".into())
            .spawn(move || {
                let picked = target.run_dialog(folder);
                let _ = sender.send(picked);
                wake_ctx.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.pending = Some(Pending {
                    target,
                    receiver,
                    started: Instant::now(),
                });
            }
            Err(_) => self.open_entry(target, entry_folder),
        }
    }

    fn open_entry(&mut self, target: FileTarget, folder: Option<PathBuf>) {
        let mut text = folder.map_or_else(String::new, |f| f.display().to_string());
        if let Some(name) = target.suggested_name() {
            if !text.is_empty() && !text.ends_with(std::path::MAIN_SEPARATOR) {
                text.push(std::path::MAIN_SEPARATOR);
            }
            text.push_str(&name);
        }
        self.entry = Some(PathEntry { target, text });
    }

    /// The path the desktop dialog answered with, once it has.
    ///
    /// Without a desktop portal the dialog answers "nothing chosen" at once; a person takes
    /// longer to cancel, so such a fast answer opens the path-entry window instead.
    pub fn poll(&mut self) -> Option<(FileTarget, PathBuf)> {
        let pending = self.pending.as_ref()?;
        let picked = pending.receiver.try_recv().ok()?;
        let too_fast_for_a_person = pending.started.elapsed() < Duration::from_millis(700);
        let target = pending.target;
        self.pending = None;
        match picked {
            Some(path) => Some((target, path)),
            None if too_fast_for_a_person => {
                self.open_entry(target, None);
                None
            }
            None => None,
        }
    }
}
