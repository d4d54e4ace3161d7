//! Reference dates: the day relative expressions (أمس، الأسبوع الماضي) count from when an
//! article states no date, or states a wrong one.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use marsad_core::time::{CivilDate, Reference};
use marsad_storage::Workspace;

use crate::model::{Corpus, CorpusStamp};

/// The reference each loaded article was last analysed with, so only changes re-analyse.
#[derive(Debug, Default)]
pub struct AppliedReferences {
    /// What the last pass saw: per-article dates, folder date, and the corpus it ran over.
    seen: Option<(BTreeMap<String, String>, Option<String>, CorpusStamp)>,
    /// Article path → the reference day it was analysed with (absent: its own date).
    used: HashMap<String, String>,
}

impl AppliedReferences {
    /// Forgets what was applied (a fresh corpus was loaded, analysed without references).
    pub fn reset(&mut self) {
        *self = Self::default();
    }
}

/// Re-analyses the articles whose reference date changed; returns how many were.
pub fn sync_references(
    corpus: &mut Corpus,
    workspace: &Workspace,
    applied: &mut AppliedReferences,
) -> usize {
    let stamp = corpus.stamp();
    if let Some((dates, folder, seen_stamp)) = &applied.seen {
        if *seen_stamp != stamp {
            applied.used.clear();
        } else if *dates == workspace.reference_dates && *folder == workspace.folder_reference_date
        {
            return 0;
        }
    }
    let mut count = 0;
    for entry in &mut corpus.articles {
        let path = entry.analysis.path.clone();
        // A stated date is the article's own; an analysed-with reference is not.
        let wanted = workspace.reference_for(&path, entry.analysis.published.is_some());
        let used = applied.used.get(&path).map(String::as_str);
        let wanted_day = wanted.and_then(CivilDate::parse_iso);
        let used_day = used.and_then(CivilDate::parse_iso);
        if wanted_day == used_day {
            continue;
        }
        let reference = wanted_day.map(Reference::from_date);
        if let Some(analysis) = crate::analysis::reanalyze(&entry.analysis, reference) {
            entry.analysis = Arc::new(analysis);
            count += 1;
        }
        match (wanted, wanted_day) {
            (Some(day), Some(_)) => applied.used.insert(path, day.to_owned()),
            _ => applied.used.remove(&path),
        };
    }
    if count > 0 {
        // Re-analysed articles have new events; the loader's clusters no longer fit.
        corpus.event_clusters = None;
    }
    applied.seen = Some((
        workspace.reference_dates.clone(),
        workspace.folder_reference_date.clone(),
        corpus.stamp(),
    ));
    count
}
