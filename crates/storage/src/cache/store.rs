//! Opening the cache database and reading and writing its entries.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use marsad_core::pipeline::ANALYZER_VERSION;
use redb::{
    ConcurrencyMode, Database, DatabaseError, ReadableDatabase, ReadableTable, TableDefinition,
    TableError,
};

use super::CACHE_FILE;

/// Absolute file path → entry (see `entry`).
const FILES: TableDefinition<'_, &str, &[u8]> = TableDefinition::new("files");
/// Folder path → its last resolution (see `entry::encode_resolution`).
const RESOLUTIONS: TableDefinition<'_, &str, &[u8]> = TableDefinition::new("resolutions");
/// `analyzer` → the analyzer version that wrote the entries.
const META: TableDefinition<'_, &str, &str> = TableDefinition::new("meta");

/// How long an open waits for another process that holds the cache exclusively.
const OPEN_PATIENCE: Duration = Duration::from_secs(3);

/// Why the cache cannot be used for this run (the run goes on without it).
#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    #[error("the cache folder {0} cannot be created: {1}")]
    Folder(PathBuf, std::io::Error),
    #[error("another program has held the analysis cache {0} for {1:?}")]
    Busy(PathBuf, Duration),
    #[error("the analysis cache {0} cannot be opened: {1}")]
    Database(PathBuf, String),
}

/// An open analysis cache.
pub struct AnalysisCache {
    db: Database,
    file: PathBuf,
}

/// A cache just opened, with what was discarded on the way.
pub struct OpenedCache {
    pub cache: AnalysisCache,
    /// What was wrong and discarded (a damaged database, another version's entries).
    pub notes: Vec<String>,
}

impl AnalysisCache {
    /// Opens (or creates) the cache in `dir`. A database that cannot be read is deleted
    /// and made anew; entries of another analyzer version are dropped. Waits a little
    /// for another process that holds the file exclusively, then gives up.
    pub fn open(dir: &Path) -> Result<OpenedCache, CacheError> {
        std::fs::create_dir_all(dir).map_err(|err| CacheError::Folder(dir.to_owned(), err))?;
        let file = dir.join(CACHE_FILE);
        let mut notes = Vec::new();
        let db = match open_waiting(&file) {
            Ok(db) => db,
            Err(Failure::Busy) => return Err(CacheError::Busy(file, OPEN_PATIENCE)),
            Err(Failure::Broken(why)) => {
                notes.push(format!(
                    "The analysis cache {} could not be read ({why}); it was discarded and \
                     is being rebuilt.",
                    file.display()
                ));
                discard(&file)?;
                open_waiting(&file).map_err(|failure| failure.into_error(&file))?
            }
        };
        let cache = Self { db, file };
        match guarded(|| cache.check_version()) {
            Ok(Some(note)) => notes.push(note),
            Ok(None) => {}
            Err(why) => {
                notes.push(format!(
                    "The analysis cache {} could not be read ({why}); it was discarded and \
                     is being rebuilt.",
                    cache.file.display()
                ));
                let file = cache.file.clone();
                drop(cache);
                discard(&file)?;
                let db = open_waiting(&file).map_err(|failure| failure.into_error(&file))?;
                let cache = Self { db, file };
                guarded(|| cache.check_version())
                    .map_err(|why| CacheError::Database(cache.file.clone(), why))?;
                return Ok(OpenedCache { cache, notes });
            }
        }
        Ok(OpenedCache { cache, notes })
    }

    /// The database file.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// Empties the cache when its entries were written by another analyzer version.
    fn check_version(&self) -> Result<Option<String>, redb::Error> {
        let txn = self.db.begin_write()?;
        let mut note = None;
        {
            let mut meta = txn.open_table(META)?;
            let stored = meta.get("analyzer")?.map(|v| v.value().to_owned());
            if stored.as_deref() != Some(ANALYZER_VERSION) {
                if let Some(old) = stored {
                    note = Some(format!(
                        "The analysis cache was made by another version of Marsad's analyzer \
                         ({old}); its entries were discarded."
                    ));
                }
                txn.delete_table(FILES)?;
                txn.delete_table(RESOLUTIONS)?;
                meta.insert("analyzer", ANALYZER_VERSION)?;
            }
        }
        txn.commit()?;
        Ok(note)
    }

    /// Reads the entry of the file `key` and hands its bytes to `use_entry`.
    pub fn read<T>(
        &self,
        key: &str,
        use_entry: impl FnOnce(&[u8]) -> T,
    ) -> Result<Option<T>, String> {
        self.read_in(FILES, key, use_entry)
    }

    /// Reads the resolution kept for the folder `key` and hands its bytes to `use_entry`.
    pub fn read_resolution<T>(
        &self,
        key: &str,
        use_entry: impl FnOnce(&[u8]) -> T,
    ) -> Result<Option<T>, String> {
        self.read_in(RESOLUTIONS, key, use_entry)
    }

    /// Keeps `value` as the resolution of the folder `key`.
    pub fn write_resolution(&self, key: &str, value: &[u8]) -> Result<(), String> {
        guarded(|| {
            let txn = self.db.begin_write()?;
            txn.open_table(RESOLUTIONS)?.insert(key, value)?;
            txn.commit()?;
            Ok(())
        })
    }

    fn read_in<T>(
        &self,
        table: TableDefinition<'_, &str, &[u8]>,
        key: &str,
        use_entry: impl FnOnce(&[u8]) -> T,
    ) -> Result<Option<T>, String> {
        guarded(|| {
            let txn = self.db.begin_read()?;
            let table = match txn.open_table(table) {
                Ok(table) => table,
                Err(TableError::TableDoesNotExist(_)) => return Ok(None),
                Err(err) => return Err(err.into()),
            };
            Ok(table.get(key)?.map(|guard| use_entry(guard.value())))
        })
    }

    /// Writes `entries` in one transaction (waiting for another writer to finish).
    pub fn write(&self, entries: &[(String, Vec<u8>)]) -> Result<(), String> {
        guarded(|| {
            let txn = self.db.begin_write()?;
            {
                let mut table = txn.open_table(FILES)?;
                for (key, value) in entries {
                    table.insert(key.as_str(), value.as_slice())?;
                }
            }
            txn.commit()?;
            Ok(())
        })
    }

    /// Removes the entries under `prefix` whose key `keep` refuses (files that are gone);
    /// returns how many.
    pub fn prune(&self, prefix: &str, keep: impl Fn(&str) -> bool) -> Result<usize, String> {
        guarded(|| {
            let txn = self.db.begin_write()?;
            let removed;
            {
                let mut table = txn.open_table(FILES)?;
                let mut stale = Vec::new();
                for item in table.range(prefix..)? {
                    let (key, _) = item?;
                    let key = key.value();
                    if !key.starts_with(prefix) {
                        break;
                    }
                    if !keep(key) {
                        stale.push(key.to_owned());
                    }
                }
                for key in &stale {
                    table.remove(key.as_str())?;
                }
                removed = stale.len();
            }
            txn.commit()?;
            Ok(removed)
        })
    }
}

/// Runs a database operation, turning its errors and panics (a damaged file can make a
/// storage engine panic) into a sentence.
fn guarded<T>(op: impl FnOnce() -> Result<T, redb::Error>) -> Result<T, String> {
    match catch_unwind(AssertUnwindSafe(op)) {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(err)) => Err(err.to_string()),
        Err(_) => Err("the database engine failed on it".to_owned()),
    }
}

enum Failure {
    Busy,
    Broken(String),
}

impl Failure {
    fn into_error(self, file: &Path) -> CacheError {
        match self {
            Failure::Busy => CacheError::Busy(file.to_owned(), OPEN_PATIENCE),
            Failure::Broken(why) => CacheError::Database(file.to_owned(), why),
        }
    }
}

/// Opens the database shared with other processes, retrying while one holds it alone.
fn open_waiting(file: &Path) -> Result<Database, Failure> {
    let start = Instant::now();
    loop {
        let opened = catch_unwind(|| {
            Database::builder()
                .set_concurrency_mode(ConcurrencyMode::MultiWriter)
                .create(file)
        });
        match opened {
            Ok(Ok(db)) => return Ok(db),
            Ok(Err(DatabaseError::DatabaseAlreadyOpen | DatabaseError::LockProtocolMismatch))
                if start.elapsed() < OPEN_PATIENCE =>
            {
                std::thread::sleep(Duration::from_millis(50));
            }
            Ok(Err(DatabaseError::DatabaseAlreadyOpen | DatabaseError::LockProtocolMismatch)) => {
                return Err(Failure::Busy);
            }
            Ok(Err(err)) => return Err(Failure::Broken(err.to_string())),
            Err(_) => {
                return Err(Failure::Broken(
                    "the database engine failed on it".to_owned(),
                ));
            }
        }
    }
}

fn discard(file: &Path) -> Result<(), CacheError> {
    match std::fs::remove_file(file) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(CacheError::Database(
            file.to_owned(),
            format!("it could not be deleted: {err}"),
        )),
        _ => Ok(()),
    }
}
