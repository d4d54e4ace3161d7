//! What panels, keys and menus ask the app to do. Panels read the model and push these;
//! the app applies them in one place ([`crate::MarsadApp::apply`]), after the panels
//! are drawn, and every command that changes the analyst's work bumps one edit counter.

use std::path::PathBuf;

use marsad_core::corpus::{Correction, EntityId};
use marsad_core::time::Prefer;
use marsad_storage::AttributionCorrection;

use crate::model::{BottomPanel, Settings, SortKey, SourceKey};
use crate::workspace::{Annotated, Answer, FileTarget, WorkspaceAction};

/// One change the app makes.
#[derive(Clone, Debug, PartialEq)]
pub enum AppCommand {
    /// Open an article in the view (`None` closes it).
    SelectArticle(Option<usize>),
    /// Move the open article through the list by this many rows.
    MoveSelection(isize),
    /// Filter the list by an entity and mark it in the view (`None` clears it).
    SelectEntity(Option<EntityId>),
    /// Filter the list by a source and list its statements (`None` clears it).
    SelectSource(Option<SourceKey>),
    /// The search box's text.
    SetSearch(String),
    /// The sidebar's filter text.
    SetEntityFilter(String),
    /// List only the entities the recognizer doubted in the sidebar (or all of them).
    ShowLikelyWrong(bool),
    /// The list's date range filter (days since 1970, inclusive).
    SetDateRange(Option<(i64, i64)>),
    /// Clear the search, the entity filter and the date range.
    ClearFilters,
    /// The list's order, descending or not.
    SetSort(SortKey, bool),
    /// New settings (a toggle, a zoom step, the language…).
    SetSettings(Box<Settings>),
    /// The bottom panel to show.
    ShowBottom(BottomPanel),
    /// Show bidi control characters in the text.
    ShowControls(bool),
    /// The days the timeline shows now (`None`: it fits all items).
    TimelineShown(Option<(i64, i64)>),
    /// The analyst dragged a panel to this size.
    PanelResized(String, f32),
    /// Correct the entities.
    Correct(Correction),
    /// Fix an attribution: its source, its kind, or not a statement at all.
    CorrectAttribution(AttributionCorrection),
    /// Take back the last correction or fix.
    Undo,
    /// Make the last undone correction or fix again.
    Redo,
    /// Set a note (an empty one removes it).
    SetNote(Annotated, String),
    /// Put a tag on (`true`) or take it off an article or an entity.
    Tag(Annotated, String, bool),
    /// Define a tag, or give it a new colour.
    DefineTag(String, [u8; 3]),
    /// Delete a tag and every use of it.
    DeleteTag(String),
    /// Set (or clear, `None`) the reference date of an article, or of the folder
    /// when `article` is `None`.
    SetReference {
        article: Option<String>,
        date: Option<String>,
    },
    /// Set (or clear, `None`) the direction bare weekdays and year-less dates are read
    /// in, for an article or, when `article` is `None`, for the folder.
    SetReadingDirection {
        article: Option<String>,
        prefer: Option<Prefer>,
    },
    /// Open a folder.
    OpenFolder(PathBuf),
    /// Ask for a folder in the desktop's dialog.
    OpenFolderDialog,
    /// Stop loading the folder.
    CancelLoad,
    /// A File menu command of the workspace.
    Workspace(WorkspaceAction),
    /// The analyst's answer to the workspace's question.
    Answer(Answer),
    /// A path chosen for a workspace command.
    UsePath(FileTarget, PathBuf),
    /// The path-entry window was cancelled.
    ClosePathEntry,
    /// Show the log folder in the desktop's file manager.
    OpenLogFolder,
    /// Close the window.
    Quit,
    /// Delete the analysis cache (File ▸ Clear analysis cache).
    ClearAnalysisCache,
}

impl AppCommand {
    /// True for the commands that change the analyst's work (what a workspace saves
    /// beyond settings): each bumps the edit counter.
    pub fn is_edit(&self) -> bool {
        matches!(
            self,
            Self::Correct(_)
                | Self::CorrectAttribution(_)
                | Self::Undo
                | Self::Redo
                | Self::SetNote(..)
                | Self::Tag(..)
                | Self::DefineTag(..)
                | Self::DeleteTag(_)
                | Self::SetReference { .. }
                | Self::SetReadingDirection { .. }
        )
    }
}
