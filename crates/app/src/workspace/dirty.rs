//! Whether the workspace differs from its file, without building it every frame.
//!
//! The settings part of a [`Workspace`](marsad_storage::Workspace) clones the notes,
//! tags and corrections, so it is built and compared with the saved one only after
//! something it is made from changed: the session's edit counter (notes, tags,
//! reference dates, the tag filter, a workspace replaced, opened or saved), the
//! entities' generation (corrections, undo, redo), and the view's own settings. Those
//! are few and small, and are compared by value: a counter of list refreshes would
//! miss a search text that parses to the same query, and it is saved as typed.

use std::collections::BTreeMap;
use std::time::Instant;

use marsad_core::corpus::EntityId;

use super::mapping;
use crate::MarsadApp;
use crate::i18n::Language;

/// What the settings were last built from, and whether they differed from the saved ones.
#[derive(Debug, Default)]
pub(super) struct DirtyCheck {
    inputs: SettingsInputs,
    /// The last comparison's answer; `None` before the first.
    differs: Option<bool>,
    /// How many times the settings were built and compared.
    builds: u64,
}

/// Everything [`mapping::settings_of`] reads: `doc` through the session's edit counter,
/// the rest by counter or by value.
#[derive(Debug, Default)]
struct SettingsInputs {
    stamp: Stamp,
    search: String,
    selected_entity: Option<EntityId>,
    selected_path: Option<String>,
    resized_panels: BTreeMap<String, f32>,
}

/// The counters and the small copyable settings.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Stamp {
    work_edits: u64,
    entities: u64,
    resolved: bool,
    timeline_rtl: bool,
    hijri: bool,
    only_listed: bool,
    lanes_per_entity: bool,
    fits_all: bool,
    shown_days: Option<(i64, i64)>,
    date_range: Option<(i64, i64)>,
    language: Language,
    dark: bool,
    text_size: f32,
}

impl SettingsInputs {
    /// Takes in the app's current inputs; true when any differed. Clones only what changed.
    fn refresh(&mut self, app: &MarsadApp) -> bool {
        let view = &app.view;
        let stamp = Stamp {
            work_edits: app.work.edits,
            entities: app.corpus.entities.generation(),
            resolved: app.corpus.entities.is_resolved(),
            timeline_rtl: view.timeline_rtl,
            hijri: view.timeline.hijri,
            only_listed: view.timeline.only_listed,
            lanes_per_entity: view.timeline.lanes_per_entity,
            fits_all: view.timeline.fits_all(),
            shown_days: view.timeline.shown_days(),
            date_range: view.date_range,
            language: view.language,
            dark: view.dark,
            text_size: view.text_size,
        };
        let selected_path = view
            .selected_article
            .and_then(|index| app.corpus.articles.get(index))
            .map(|entry| entry.analysis.path.as_str());
        let mut changed = take_if_changed(&mut self.stamp, &stamp);
        changed |= take_if_changed(&mut self.search, &view.search_text);
        changed |= take_if_changed(&mut self.selected_entity, &view.selected_entity);
        changed |= take_if_changed(&mut self.resized_panels, &view.resized_panels);
        if self.selected_path.as_deref() != selected_path {
            self.selected_path = selected_path.map(str::to_owned);
            changed = true;
        }
        changed
    }
}

/// Copies `now` into `seen` when they differ; true when they did.
fn take_if_changed<T: PartialEq + Clone>(seen: &mut T, now: &T) -> bool {
    let changed = seen != now;
    if changed {
        seen.clone_from(now);
    }
    changed
}

impl DirtyCheck {
    /// How many times the settings were built and compared (it must not be every frame).
    pub(super) fn builds(&self) -> u64 {
        self.builds
    }
}

/// True when the work differs from the saved file: article records or settings, the
/// settings built only when their inputs changed since the last check.
fn differs_from_file(app: &mut MarsadApp) -> bool {
    let mut check = std::mem::take(&mut app.work.dirty_check);
    let changed = check.inputs.refresh(app);
    let differs = match check.differs {
        Some(differs) if !changed => differs,
        _ => {
            check.builds += 1;
            app.work.articles != app.work.saved_articles
                || mapping::settings_of(app) != app.work.saved
        }
    };
    check.differs = Some(differs);
    app.work.dirty_check = check;
    differs
}

/// Recomputes the dirty flag and when the work first became unsaved.
pub(super) fn update_dirty(app: &mut MarsadApp) {
    let dirty = if app.work.pending.is_some() {
        app.work.dirty
    } else if app.work.path.is_some() {
        differs_from_file(app)
    } else {
        app.work.has_work()
    };
    if dirty && app.work.dirty_since.is_none() {
        app.work.dirty_since = Some(Instant::now());
    } else if !dirty {
        app.work.dirty_since = None;
    }
    app.work.dirty = dirty;
}
