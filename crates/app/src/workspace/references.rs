//! How each article's dates are read: the reference day relative expressions (أمس،
//! الأسبوع الماضي) count from when an article states no date, or states a wrong one, and
//! the direction bare weekdays and year-less dates are read in (past for news, future
//! for a schedule or a preview).

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use marsad_core::pipeline::DateReading;
use marsad_core::time::{CivilDate, Prefer, Reference};
use marsad_storage::Workspace;

use crate::model::{Corpus, CorpusStamp};

/// What a workspace says about reading dates, compared whole to see whether it changed.
#[derive(Clone, Debug, PartialEq)]
struct Readings {
    dates: BTreeMap<String, String>,
    folder_date: Option<String>,
    directions: BTreeMap<String, Prefer>,
    folder_direction: Option<Prefer>,
}

impl Readings {
    fn of(workspace: &Workspace) -> Self {
        Self {
            dates: workspace.reference_dates.clone(),
            folder_date: workspace.folder_reference_date.clone(),
            directions: workspace.reading_directions.clone(),
            folder_direction: workspace.folder_reading_direction,
        }
    }

    fn same_as(&self, workspace: &Workspace) -> bool {
        self.dates == workspace.reference_dates
            && self.folder_date == workspace.folder_reference_date
            && self.directions == workspace.reading_directions
            && self.folder_direction == workspace.folder_reading_direction
    }
}

/// How each loaded article was last analysed, so only changes re-analyse.
#[derive(Debug, Default)]
pub struct AppliedReferences {
    /// What the last pass saw, and the corpus it ran over.
    seen: Option<(Readings, CorpusStamp)>,
    /// Article path → the reference day and direction it was analysed with (absent: its
    /// own date, read as news).
    used: HashMap<String, (Option<CivilDate>, Prefer)>,
}

impl AppliedReferences {
    /// Forgets what was applied (a fresh corpus was loaded, analysed without references).
    pub fn reset(&mut self) {
        *self = Self::default();
    }
}

/// Re-analyses the articles whose reference date or reading direction changed; returns
/// how many were.
pub fn sync_references(
    corpus: &mut Corpus,
    workspace: &Workspace,
    applied: &mut AppliedReferences,
) -> usize {
    let stamp = corpus.stamp();
    if let Some((readings, seen_stamp)) = &applied.seen {
        if *seen_stamp != stamp {
            applied.used.clear();
        } else if readings.same_as(workspace) {
            return 0;
        }
    }
    let mut count = 0;
    for entry in &mut corpus.articles {
        let path = entry.analysis.path.clone();
        // A stated date is the article's own; an analysed-with reference is not.
        let day = workspace
            .reference_for(&path, entry.analysis.published.is_some())
            .and_then(CivilDate::parse_iso);
        let wanted = (day, workspace.reading_for(&path));
        let used = applied
            .used
            .get(&path)
            .copied()
            .unwrap_or((None, Prefer::default()));
        if wanted == used {
            continue;
        }
        let reading = DateReading {
            reference: day.map(Reference::from_date),
            prefer: wanted.1,
        };
        if let Some(analysis) = crate::analysis::reanalyze(&entry.analysis, reading) {
            entry.analysis = Arc::new(analysis);
            count += 1;
        }
        if wanted == (None, Prefer::default()) {
            applied.used.remove(&path);
        } else {
            applied.used.insert(path, wanted);
        }
    }
    if count > 0 {
        // Re-analysed articles have new events; the loader's clusters no longer fit.
        corpus.event_clusters = None;
        corpus.revision += 1;
    }
    applied.seen = Some((Readings::of(workspace), corpus.stamp()));
    count
}
