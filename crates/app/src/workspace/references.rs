//! Reference dates: the day relative expressions (أمس، الأسبوع الماضي) count from when an
//! article states no date, or states a wrong one.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use marsad_core::time::{CivilDate, Reference};
use marsad_storage::Workspace;

use crate::state::Corpus;

/// A strict `YYYY-MM-DD` day (surrounding spaces allowed); anything else is `None`.
pub fn parse_day(text: &str) -> Option<CivilDate> {
    let text = text.trim();
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return None;
    }
    let year = text.get(..4)?.parse().ok()?;
    let month = text.get(5..7)?.parse().ok()?;
    let day = text.get(8..)?.parse().ok()?;
    CivilDate::new(year, month, day)
}

/// The reference each loaded article was last analysed with, so only changes re-analyse.
#[derive(Debug, Default)]
pub struct AppliedReferences {
    /// What the last pass saw: per-article dates, folder date, and the corpus it ran over.
    seen: Option<(BTreeMap<String, String>, Option<String>, CorpusStamp)>,
    /// Article path → the reference day it was analysed with (absent: its own date).
    used: HashMap<String, String>,
}

/// Tells one loaded corpus from another: its size and its first article's allocation.
pub type CorpusStamp = (usize, usize);

/// The stamp of `corpus` as it is now.
pub fn corpus_stamp(corpus: &Corpus) -> CorpusStamp {
    let first = corpus
        .articles
        .first()
        .map_or(0, |entry| Arc::as_ptr(&entry.analysis) as usize);
    (corpus.articles.len(), first)
}

impl AppliedReferences {
    /// Forgets what was applied (a fresh corpus was loaded, analysed without references).
    pub fn reset(&mut self) {
        *self = Self::default();
    }
}

/// The reference day an article should be analysed with, if any: the analyst's date for
/// it, else the folder's date when the article states none.
fn wanted<'a>(workspace: &'a Workspace, path: &str, has_own_date: bool) -> Option<&'a str> {
    workspace
        .reference_dates
        .get(path)
        .or(if has_own_date {
            None
        } else {
            workspace.folder_reference_date.as_ref()
        })
        .map(String::as_str)
}

/// Re-analyses the articles whose reference date changed; returns how many were.
pub fn sync_references(
    corpus: &mut Corpus,
    workspace: &Workspace,
    applied: &mut AppliedReferences,
) -> usize {
    let stamp = corpus_stamp(corpus);
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
        let wanted = wanted(workspace, &path, entry.analysis.published.is_some());
        let used = applied.used.get(&path).map(String::as_str);
        let wanted_day = wanted.and_then(parse_day);
        let used_day = used.and_then(parse_day);
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
        corpus_stamp(corpus),
    ));
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_days_written_in_full_are_accepted() {
        for (text, expected) in [
            ("2024-05-12", Some((2024, 5, 12))),
            (" 2024-02-29 ", Some((2024, 2, 29))),
            ("2023-02-29", None),
            ("2024-5-12", None),
            ("12-05-2024", None),
            ("٢٠٢٤-٠٥-١٢", None),
            ("2024-13-01", None),
            ("", None),
        ] {
            let got = parse_day(text).map(|d| (d.year, d.month, d.day));
            assert_eq!(got, expected, "{text:?}");
        }
    }
}
