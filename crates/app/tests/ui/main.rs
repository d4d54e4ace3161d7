//! The app's window tests, driven through `egui_kittest` and the accessibility tree.
//!
//! One test binary for all of them: each binary links the whole app, so one per file
//! cost a link step each.

mod analysis_cache;
mod articles;
mod command_line;
mod common;
mod dates;
mod entity_corrections;
mod entity_detail;
mod file_kinds;
mod help;
mod language_and_problems;
mod preferences;
mod report;
mod search;
mod shaping_layout;
mod sidebar;
mod sources;
mod timeline;
mod timeline_workspace;
mod unsaved_changes;
mod workspace;
