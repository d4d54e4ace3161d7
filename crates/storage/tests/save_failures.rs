//! A save that fails, whatever the reason, leaves the previous workspace intact.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers, like the tests, fail loudly"
)]

mod common;

use std::fs::File;
use std::io::{self, Write as _};
use std::path::Path;

use marsad_storage::{
    Error, Writer, autosave_newer_than_saved, autosave_path, backup_path, discard_autosave, load,
    load_autosave, save, save_autosave, save_with,
};

/// A disk that fills up after `room` bytes.
struct FullDisk {
    room: usize,
}

impl Writer for FullDisk {
    fn write_file(&mut self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        let fits = bytes.len().min(self.room);
        file.write_all(&bytes[..fits])?;
        if fits < bytes.len() {
            return Err(io::Error::new(
                io::ErrorKind::StorageFull,
                "no space left on device",
            ));
        }
        file.sync_all()
    }
}

/// Writes everything, then the flush to the device fails.
struct FailingSync;

impl Writer for FailingSync {
    fn write_file(&mut self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        file.write_all(bytes)?;
        Err(io::Error::other("I/O error during fsync"))
    }
}

/// The folder's entries, so a test can see that no temporary file was left behind.
fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A saved workspace and its bytes, in a fresh folder.
fn saved_previous() -> (tempfile::TempDir, std::path::PathBuf, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("work.ron");
    save(&path, &common::sample()).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    (dir, path, bytes)
}

fn edited() -> marsad_storage::Workspace {
    let mut workspace = common::sample();
    workspace
        .notes
        .entities
        .insert("PERS:قيس سعيد".into(), "ملاحظة جديدة لم تحفظ".into());
    workspace
}

#[test]
fn a_disk_that_fills_mid_save_leaves_the_previous_file_intact_and_loadable() {
    for room in [0, 1, 100, 500] {
        let (dir, path, before) = saved_previous();
        let names_before = entries(dir.path());
        let error = save_with(&path, &edited(), &mut FullDisk { room }).unwrap_err();
        assert!(
            matches!(&error, Error::Write { path: named, source }
                if *named == path && source.kind() == io::ErrorKind::StorageFull),
            "room {room}: {error}"
        );
        assert!(error.to_string().contains("previous version is untouched"));
        assert_eq!(std::fs::read(&path).unwrap(), before, "room {room}");
        assert_eq!(load(&path).unwrap(), common::sample());
        assert_eq!(
            entries(dir.path()),
            names_before,
            "room {room}: temp file left behind"
        );
    }
}

#[test]
fn a_failed_flush_leaves_the_previous_file_intact() {
    let (dir, path, before) = saved_previous();
    let names_before = entries(dir.path());
    assert!(matches!(
        save_with(&path, &edited(), &mut FailingSync),
        Err(Error::Write { .. })
    ));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(entries(dir.path()), names_before);
}

#[cfg(unix)]
#[test]
fn saving_into_a_read_only_folder_reports_the_error_and_keeps_the_file() {
    use std::os::unix::fs::PermissionsExt as _;

    let (dir, path, before) = saved_previous();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    // Root ignores folder permissions; there the full-disk writer stands in for the refusal.
    let permissions_apply = File::create(dir.path().join("probe")).is_err();
    let outcome = if permissions_apply {
        save(&path, &edited())
    } else {
        eprintln!("running as root: simulating the refusal with a failing writer");
        std::fs::remove_file(dir.path().join("probe")).unwrap();
        save_with(&path, &edited(), &mut FullDisk { room: 0 })
    };
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let error = outcome.unwrap_err();
    assert!(matches!(error, Error::Write { .. }), "{error}");
    assert!(error.to_string().contains("work.ron"), "{error}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(load(&path).unwrap(), common::sample());
}

#[test]
fn a_save_keeps_the_previous_version_as_bak() {
    let (_dir, path, before) = saved_previous();
    save(&path, &edited()).unwrap();
    assert_eq!(std::fs::read(backup_path(&path)).unwrap(), before);
    assert_eq!(load(&path).unwrap(), edited());
    assert!(backup_path(&path).ends_with("work.ron.bak"));
}

#[test]
fn a_first_save_creates_the_file_without_a_bak() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.ron");
    save(&path, &common::sample()).unwrap();
    assert_eq!(entries(dir.path()), ["new.ron"]);
}

#[cfg(unix)]
#[test]
fn a_save_keeps_the_file_permissions() {
    use std::os::unix::fs::PermissionsExt as _;

    let (_dir, path, _) = saved_previous();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    save(&path, &edited()).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn an_autosave_with_unsaved_work_is_offered_until_saved_or_discarded() {
    let (_dir, path, before) = saved_previous();
    assert!(!autosave_newer_than_saved(&path), "no autosave yet");

    save_autosave(&path, &edited()).unwrap();
    assert!(autosave_path(&path).ends_with("work.ron.autosave"));
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "autosave touched the saved file"
    );
    assert!(autosave_newer_than_saved(&path));
    assert_eq!(load_autosave(&path).unwrap(), edited());

    discard_autosave(&path).unwrap();
    assert!(!autosave_newer_than_saved(&path));
    discard_autosave(&path).unwrap();

    save_autosave(&path, &edited()).unwrap();
    save(&path, &edited()).unwrap();
    assert!(
        !autosave_path(&path).exists(),
        "a save supersedes the autosave"
    );
    assert!(!autosave_newer_than_saved(&path));
}

#[test]
fn an_autosave_identical_to_the_saved_file_is_not_offered() {
    let (_dir, path, _) = saved_previous();
    save_autosave(&path, &common::sample()).unwrap();
    assert!(!autosave_newer_than_saved(&path));
}

#[test]
fn an_autosave_of_a_never_saved_workspace_is_offered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("untitled.ron");
    save_autosave(&path, &common::sample()).unwrap();
    assert!(autosave_newer_than_saved(&path));
}

#[test]
fn a_failed_save_keeps_the_older_backup_too() {
    let (_dir, path, first) = saved_previous();
    save(&path, &edited()).unwrap();
    let mut newer = edited();
    newer.filters.search = "انتخابات".into();
    assert!(save_with(&path, &newer, &mut FullDisk { room: 10 }).is_err());
    assert_eq!(std::fs::read(backup_path(&path)).unwrap(), first);
    assert_eq!(load(&path).unwrap(), edited());
}
