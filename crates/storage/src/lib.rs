//! The analyst's workspace: what they did, saved as versioned RON, and exports.
//!
//! [`Workspace`] is the model; [`load`] and [`save`] read and write it (atomically, with a
//! `.bak` of the previous version); [`paths`] keeps every article path inside the corpus;
//! [`export`] writes entities, mentions, events and attributions as CSV and JSON.

pub mod attributions;
pub mod cache;
pub mod corrections;
pub mod error;
pub mod export;
mod format;
mod migrate;
pub mod model;
pub mod paths;
mod save;
pub mod view;

pub use attributions::AttributionCorrection;
pub use corrections::EntityCorrection;
pub use error::Error;
pub use export::{AttributionRow, EntityRow, EventRow, ExportFormat, MentionRow, export_to_file};
pub use format::{from_ron_bytes, to_ron_string};
pub use model::{
    ArticleRecord, Bookmark, CorpusRef, FORMAT_VERSION, Notes, TagDef, Tags, Workspace,
};
pub use paths::{
    PathProblem, PathProblemKind, ReconcileReport, check_article_path, reconcile, resolve_article,
};
pub use save::{
    DiskWriter, Writer, autosave_newer_than_saved, autosave_path, backup_path, discard_autosave,
    load, load_autosave, save, save_autosave, save_with,
};
pub use view::{DateRange, Filters, Lane, LaneKey, Language, Theme, Timeline, View};
