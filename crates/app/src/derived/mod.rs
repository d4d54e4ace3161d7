//! What the app shows that is computed from the model: the listed articles, the
//! sidebar's rows, the selected entity's detail, the Sources view and the selected
//! source's statements, and the timeline's model. Each is held
//! in a [`Memo`] behind a key that names what it depends on, so a frame that changed
//! none of it computes nothing. No egui here.

pub mod detail;
pub mod list;
pub mod memo;
pub mod sidebar;
pub mod source_names;
pub mod sources;
pub mod statements;
pub mod timeline;
pub mod timeline_model;

use std::time::Duration;

use marsad_storage::Workspace;

use self::detail::{Detail, DetailKey};
use self::list::{ListKey, Listed};
pub use self::memo::Memo;
use self::sidebar::{SidebarKey, SidebarRows};
use self::sources::{Sources, SourcesKey};
use self::statements::SourceDetail;
use self::timeline::{ListedArticles, TimelineMemo};
use crate::model::Model;

/// The derived views, each with the key it was computed for.
#[derive(Debug, Default)]
pub struct Derived {
    /// The articles the list shows.
    pub list: Memo<ListKey, Listed>,
    /// The sidebar's rows.
    pub sidebar: Memo<SidebarKey, SidebarRows>,
    /// The selected entity's detail (`None` when nothing is selected).
    pub detail: Memo<Option<DetailKey>, Option<Detail>>,
    /// The Sources view (computed while it is shown).
    pub sources: Memo<SourcesKey, Sources>,
    /// The selected source's statements.
    pub statements: Memo<statements::DetailKey, SourceDetail>,
    /// The timeline's model.
    pub timeline: TimelineMemo,
}

/// What the derived views are computed from besides the model.
#[derive(Clone, Copy, Debug)]
pub struct Inputs<'a> {
    /// The open workspace (its tags filter the list).
    pub work: &'a Workspace,
    /// The analyst's edits so far.
    pub edits: u64,
    /// Sidebar groups folded away, by `EntityType::ALL` index.
    pub collapsed: [bool; 4],
    /// The folder has finished loading.
    pub complete: bool,
    /// The timeline is on screen (its model is built only then).
    pub timeline: bool,
    /// The Sources view is on screen (it is built only then).
    pub sources: bool,
}

impl Derived {
    /// Brings every view up to date with the model; returns when to look again if the
    /// timeline waits for a loading folder to settle.
    pub fn refresh(&mut self, model: &Model, inputs: Inputs<'_>) -> Option<Duration> {
        let key = ListKey::of(model, inputs.edits);
        self.list.get(key.clone(), || {
            list::compute(&key, model, &inputs.work.tags.articles)
        });
        let key = sidebar::key(model, inputs.collapsed);
        self.sidebar
            .get(key.clone(), || sidebar::compute(model, &key));
        let selected = model.settings.filters.entity.as_ref();
        let key = selected.map(|id| detail::key(&model.corpus, id));
        self.detail.get(key, || {
            selected.and_then(|id| detail::compute(&model.corpus, id))
        });
        if inputs.sources {
            self.refresh_sources(model);
        }
        if !inputs.timeline {
            return None;
        }
        let listed = ListedArticles {
            articles: &self.list.value.listed,
            generation: self.list.computations(),
        };
        self.timeline.refresh(model, listed, inputs.complete)
    }

    /// Brings the Sources view and the selected source's statements up to date.
    fn refresh_sources(&mut self, model: &Model) {
        self.sources
            .get(sources::key(model), || sources::compute(model));
        let source = model.source.as_ref();
        let key = statements::key(&model.corpus, source);
        self.statements.get(key, || {
            source.map_or_else(SourceDetail::default, |s| {
                statements::compute(&model.corpus, s)
            })
        });
    }

    /// Forgets the listed articles, so the next refresh lists them again.
    pub fn invalidate_list(&mut self) {
        self.list.invalidate();
    }
}
