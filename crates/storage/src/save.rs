//! Reading and writing workspace files without ever losing the previous version.
//!
//! A save writes the new text to a temporary file in the same folder, flushes it to the
//! disk, copies the old file to `NAME.ron.bak`, renames the temporary file over the old one
//! and flushes the folder. A crash or a full disk at any step leaves either the old file or
//! the new one, never half of one.

use std::fs::{self, File};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::error::Error;
use crate::format::{from_ron_bytes, to_ron_string};
use crate::model::Workspace;

/// Puts a save's bytes into the open temporary file and makes them durable.
///
/// The real disk is [`DiskWriter`]; tests give a writer that fails part-way to check that a
/// full disk never costs the analyst the previous file.
pub trait Writer {
    /// Writes all of `bytes` to `file` and flushes them to the storage device.
    fn write_file(&mut self, file: &mut File, bytes: &[u8]) -> io::Result<()>;
}

/// Writes and fsyncs: the writer for real saves.
#[derive(Clone, Copy, Debug, Default)]
pub struct DiskWriter;

impl Writer for DiskWriter {
    fn write_file(&mut self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        file.write_all(bytes)?;
        file.sync_all()
    }
}

/// Reads a workspace file, upgrading an older format. The file is never modified.
pub fn load(path: &Path) -> Result<Workspace, Error> {
    let bytes = fs::read(path).map_err(|source| Error::Read {
        path: path.to_owned(),
        source,
    })?;
    from_ron_bytes(path, &bytes)
}

/// Saves a workspace atomically, keeping the previous file as `NAME.ron.bak`.
///
/// A successful save also removes the autosave sidecar, which it supersedes.
pub fn save(path: &Path, workspace: &Workspace) -> Result<(), Error> {
    save_with(path, workspace, &mut DiskWriter)
}

/// [`save`] through a chosen [`Writer`].
pub fn save_with(path: &Path, workspace: &Workspace, writer: &mut dyn Writer) -> Result<(), Error> {
    let text = to_ron_string(workspace)?;
    let write_error = |source| Error::Write {
        path: path.to_owned(),
        source,
    };
    // The new text is on the disk before anything else changes, so a full disk fails here
    // with both the file and its previous backup as they were.
    let staged = Staged::write(path, text.as_bytes(), writer).map_err(write_error)?;
    if path.exists()
        && let Err(error) = copy_atomically(path, &backup_path(path))
    {
        staged.discard();
        return Err(write_error(error));
    }
    staged.commit().map_err(write_error)?;
    // The saved file now holds everything the autosave did; a stale sidecar would later be
    // offered for restoring. Failing to remove it only means that offer shows up.
    let _ = fs::remove_file(autosave_path(path));
    Ok(())
}

/// The sidecar written by periodic autosaves: `NAME.ron.autosave`.
pub fn autosave_path(path: &Path) -> PathBuf {
    with_suffix(path, ".autosave")
}

/// The previous version kept by every save: `NAME.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    with_suffix(path, ".bak")
}

/// Writes the autosave sidecar of `path` (atomically; the saved file is not touched).
pub fn save_autosave(path: &Path, workspace: &Workspace) -> Result<(), Error> {
    let sidecar = autosave_path(path);
    let text = to_ron_string(workspace)?;
    write_atomically(&sidecar, text.as_bytes(), &mut DiskWriter).map_err(|source| Error::Write {
        path: sidecar,
        source,
    })
}

/// Reads the autosave sidecar of `path`.
pub fn load_autosave(path: &Path) -> Result<Workspace, Error> {
    load(&autosave_path(path))
}

/// Deletes the autosave sidecar of `path` (the analyst declined to restore it); absent is fine.
pub fn discard_autosave(path: &Path) -> Result<(), Error> {
    let sidecar = autosave_path(path);
    match fs::remove_file(&sidecar) {
        Err(source) if source.kind() != io::ErrorKind::NotFound => Err(Error::Write {
            path: sidecar,
            source,
        }),
        _ => Ok(()),
    }
}

/// True when an autosave of `path` holds work the saved file does not: it exists, is at
/// least as recent, and differs from it (or the file was never saved).
pub fn autosave_newer_than_saved(path: &Path) -> bool {
    let sidecar = autosave_path(path);
    let Ok(autosave_meta) = fs::metadata(&sidecar) else {
        return false;
    };
    let Ok(saved_meta) = fs::metadata(path) else {
        return true;
    };
    let (Ok(autosaved_at), Ok(saved_at)) = (autosave_meta.modified(), saved_meta.modified()) else {
        return false;
    };
    if autosaved_at < saved_at {
        return false;
    }
    match (fs::read(&sidecar), fs::read(path)) {
        (Ok(autosaved), Ok(saved)) => autosaved != saved,
        _ => false,
    }
}

/// `NAME.ron` + `suffix`, in the same folder.
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Copies `from` to `to` so that `to` is either its old self or a full copy.
fn copy_atomically(from: &Path, to: &Path) -> io::Result<()> {
    let bytes = fs::read(from)?;
    write_atomically(to, &bytes, &mut DiskWriter)
}

/// Replaces `path` with `bytes` atomically (for exports and other whole-file writes).
pub(crate) fn write_file_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomically(path, bytes, &mut DiskWriter)
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over `path`.
fn write_atomically(path: &Path, bytes: &[u8], writer: &mut dyn Writer) -> io::Result<()> {
    Staged::write(path, bytes, writer)?.commit()
}

/// New contents for `target`, complete and flushed in a temporary file beside it.
struct Staged<'a> {
    target: &'a Path,
    temp_path: PathBuf,
}

impl<'a> Staged<'a> {
    /// Writes the temporary file; on failure it is removed again.
    fn write(target: &'a Path, bytes: &[u8], writer: &mut dyn Writer) -> io::Result<Self> {
        let (temp_path, mut temp) = create_temp(target)?;
        let written = writer
            .write_file(&mut temp, bytes)
            .and_then(|()| keep_permissions(target, &temp));
        drop(temp);
        let staged = Self { target, temp_path };
        match written {
            Ok(()) => Ok(staged),
            Err(error) => {
                staged.discard();
                Err(error)
            }
        }
    }

    /// Replaces the target with the new contents in one rename, and flushes the folder.
    fn commit(self) -> io::Result<()> {
        if let Err(error) = fs::rename(&self.temp_path, self.target) {
            self.discard();
            return Err(error);
        }
        let dir = match self.target.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        sync_dir(dir)
    }

    /// Removes the temporary file; the target stays as it was.
    fn discard(self) {
        let _ = fs::remove_file(&self.temp_path);
    }
}

/// Gives the new file the old one's permissions, so a save does not widen or narrow access.
fn keep_permissions(path: &Path, temp: &File) -> io::Result<()> {
    match fs::metadata(path) {
        Ok(meta) => temp.set_permissions(meta.permissions()),
        Err(_) => Ok(()),
    }
}

/// A fresh temporary file beside `path` (`.NAME.ron.tmp-PID-N`), never an existing one.
fn create_temp(path: &Path) -> io::Result<(PathBuf, File)> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp_path = path.with_file_name(format!(".{name}.tmp-{}-{n}", std::process::id()));
        match File::options()
            .write(true)
            .create_new(true)
            .open(&temp_path)
        {
            Ok(file) => return Ok((temp_path, file)),
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {}
            Err(error) => return Err(error),
        }
    }
}

/// Flushes the folder entry of a rename, so the new name survives a power cut.
#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Windows cannot open a folder as a file; its renames are journaled by NTFS instead.
#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}
