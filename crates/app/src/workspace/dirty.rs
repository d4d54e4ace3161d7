//! Whether the workspace differs from its file, without comparing the notes, tags and
//! corrections every frame.
//!
//! The settings are compared by value every frame (they are few and small). The work
//! (notes, tags, reference dates, corrections, the corpus reference) clones and compares
//! more, so it is compared only after something it is made of changed: the analyst's
//! edit counter, the session's own change counter (a workspace replaced, opened or
//! saved) and the entities' generation.

use std::time::Instant;

use marsad_storage::Workspace;

use super::Session;
use crate::model::Model;

/// What the work was last compared at, and whether it differed from the saved work.
#[derive(Debug, Default)]
pub(super) struct DirtyCheck {
    /// Edit counter, session changes, entities' generation, resolved.
    stamp: Option<(u64, u64, u64, bool)>,
    /// The last comparison's answer.
    differs: bool,
    /// How many times the work was compared.
    builds: u64,
}

impl DirtyCheck {
    /// How many times the work was compared (it must not be every frame).
    pub(super) fn builds(&self) -> u64 {
        self.builds
    }
}

/// True when the parts of two workspaces that hold the analyst's work (not the
/// settings, not the article records) are the same.
fn same_work(a: &Workspace, b: &Workspace) -> bool {
    a.corpus == b.corpus
        && a.corrections == b.corrections
        && a.attribution_corrections == b.attribution_corrections
        && a.reference_dates == b.reference_dates
        && a.folder_reference_date == b.folder_reference_date
        && a.reading_directions == b.reading_directions
        && a.folder_reading_direction == b.folder_reading_direction
        && a.notes == b.notes
        && a.tags == b.tags
        && a.bookmarks == b.bookmarks
        && a.timeline.lanes == b.timeline.lanes
}

impl Session {
    /// True when the work differs from the saved file: article records, settings, or the
    /// work itself, compared only when it may have changed.
    fn differs_from_file(&mut self, model: &Model) -> bool {
        let entities = &model.corpus.entities;
        let stamp = (
            self.edits,
            self.changes,
            entities.generation(),
            entities.is_resolved(),
        );
        if self.dirty_check.stamp != Some(stamp) {
            self.dirty_check.builds += 1;
            let mut current = self.build_workspace(model);
            current.articles.clear();
            self.dirty_check.differs = !same_work(&current, &self.saved);
            self.dirty_check.stamp = Some(stamp);
        }
        self.dirty_check.differs
            || self.articles != self.saved_articles
            || model.settings != self.saved_settings
    }

    /// True when the analyst did anything worth keeping (for a workspace without a file).
    /// Corrections and fixes live in the model until a save writes them.
    fn has_work(&self, model: &Model) -> bool {
        let doc = &self.doc;
        let corpus = &model.corpus;
        if !corpus.entities.corrections().is_empty() || !corpus.attributions.log().is_empty() {
            return true;
        }
        doc.notes != marsad_storage::Notes::default()
            || doc.tags != marsad_storage::Tags::default()
            || !doc.reference_dates.is_empty()
            || doc.folder_reference_date.is_some()
            || !doc.reading_directions.is_empty()
            || doc.folder_reading_direction.is_some()
            || !doc.corrections.is_empty()
            || !doc.attribution_corrections.is_empty()
            || !doc.bookmarks.is_empty()
    }

    /// Recomputes the dirty flag and when the work first became unsaved.
    pub(super) fn update_dirty(&mut self, model: &Model) {
        let dirty = if self.pending.is_some() {
            self.dirty
        } else if self.path.is_some() {
            self.differs_from_file(model)
        } else {
            self.has_work(model)
        };
        if dirty && self.dirty_since.is_none() {
            self.dirty_since = Some(Instant::now());
        } else if !dirty {
            self.dirty_since = None;
        }
        self.dirty = dirty;
    }
}
