//! How each article's dates are read: the reference day relative expressions (أمس،
//! الأسبوع الماضي) count from when an article states no date, or states a wrong one, and
//! the direction bare weekdays and year-less dates are read in (past for news, future
//! for a schedule or a preview).
//!
//! A change re-analyses the articles it applies to. A few are done at once; more (a
//! folder's direction over thousands of articles takes seconds) on a named background
//! thread across the cores, the results taken in by a later frame.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use marsad_core::pipeline::DateReading;
use marsad_core::time::{CivilDate, Prefer, Reference};
use marsad_storage::Workspace;
use rayon::prelude::*;

use crate::analysis::ArticleAnalysis;
use crate::model::{Corpus, CorpusStamp};

/// Up to this many articles are re-analysed in the frame that asked.
const AT_ONCE: usize = 32;

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

/// How an article is to be read: the reference day (`None`: its own date) and direction.
type Wanted = (Option<CivilDate>, Prefer);

/// One article to analyse again: its place, what it was analysed as, how to read it.
struct Job {
    index: usize,
    article: Arc<ArticleAnalysis>,
    wanted: Wanted,
}

/// A re-analysis: each job's article, analysed again (`None`: the models failed).
type Done = Vec<(Job, Option<ArticleAnalysis>)>;

/// A re-analysis running on its own thread, and what it was started for.
#[derive(Debug)]
struct Running {
    results: Receiver<Done>,
    readings: Readings,
    stamp: CorpusStamp,
}

/// How each loaded article was last analysed, so only changes re-analyse.
#[derive(Debug, Default)]
pub struct AppliedReferences {
    /// What the last finished pass saw, and the corpus it ran over.
    seen: Option<(Readings, CorpusStamp)>,
    /// Article path → how it was analysed (absent: its own date, read as news).
    used: HashMap<String, Wanted>,
    /// The re-analysis on its own thread, if one runs.
    running: Option<Running>,
}

impl AppliedReferences {
    /// Forgets what was applied (a fresh corpus was loaded, analysed without references).
    pub fn reset(&mut self) {
        *self = Self::default();
    }

    /// True while articles are being analysed again off the UI thread.
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }
}

/// Re-analyses the articles whose reference date or reading direction changed, or takes
/// in what the background thread analysed; returns how many articles changed this frame.
pub fn sync_references(
    corpus: &mut Corpus,
    workspace: &Workspace,
    applied: &mut AppliedReferences,
) -> usize {
    if let Some(running) = &applied.running {
        let done = match running.results.try_recv() {
            Ok(done) => Some(done),
            Err(TryRecvError::Empty) => return 0,
            Err(TryRecvError::Disconnected) => None,
        };
        let Some(running) = applied.running.take() else {
            return 0;
        };
        let count = done.map_or(0, |done| take_in(corpus, applied, done, running.stamp));
        applied.seen = Some((running.readings, corpus.stamp()));
        if count > 0 {
            return count;
        }
    }
    let stamp = corpus.stamp();
    if let Some((readings, seen_stamp)) = &applied.seen {
        if *seen_stamp != stamp {
            applied.used.clear();
        } else if readings.same_as(workspace) {
            return 0;
        }
    }
    let jobs = jobs(corpus, workspace, applied);
    let readings = Readings::of(workspace);
    if jobs.len() <= AT_ONCE {
        let done = jobs.into_iter().map(run).collect();
        let count = take_in(corpus, applied, done, stamp);
        applied.seen = Some((readings, corpus.stamp()));
        return count;
    }
    let (send, results) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("reread-dates".to_owned())
        .spawn(move || {
            let done: Done = jobs.into_par_iter().map(run).collect();
            // The app may have closed the folder meanwhile; nothing waits then.
            send.send(done).ok();
        });
    if spawned.is_ok() {
        applied.running = Some(Running {
            results,
            readings,
            stamp,
        });
    }
    0
}

/// The articles whose wanted reading differs from the one they were analysed with.
fn jobs(corpus: &Corpus, workspace: &Workspace, applied: &AppliedReferences) -> Vec<Job> {
    let mut jobs = Vec::new();
    for (index, entry) in corpus.articles.iter().enumerate() {
        let path = &entry.analysis.path;
        // A stated date is the article's own; an analysed-with reference is not.
        let day = workspace
            .reference_for(path, entry.analysis.published.is_some())
            .and_then(CivilDate::parse_iso);
        let wanted = (day, workspace.reading_for(path));
        let used = applied.used.get(path).copied().unwrap_or_default();
        if wanted != used {
            jobs.push(Job {
                index,
                article: Arc::clone(&entry.analysis),
                wanted,
            });
        }
    }
    jobs
}

/// Analyses one article again as `job` wants it read.
fn run(job: Job) -> (Job, Option<ArticleAnalysis>) {
    let reading = DateReading {
        reference: job.wanted.0.map(Reference::from_date),
        prefer: job.wanted.1,
    };
    let analysis = crate::analysis::reanalyze(&job.article, reading);
    (job, analysis)
}

/// Puts re-analysed articles in their places, if the corpus is still the one `stamp`
/// names; returns how many were.
fn take_in(
    corpus: &mut Corpus,
    applied: &mut AppliedReferences,
    done: Done,
    stamp: CorpusStamp,
) -> usize {
    if corpus.stamp() != stamp {
        return 0;
    }
    let mut count = 0;
    for (job, analysis) in done {
        let Some(entry) = corpus.articles.get_mut(job.index) else {
            continue;
        };
        if !Arc::ptr_eq(&entry.analysis, &job.article) {
            continue;
        }
        if let Some(analysis) = analysis {
            entry.analysis = Arc::new(analysis);
            count += 1;
        }
        let path = job.article.path.clone();
        if job.wanted == Wanted::default() {
            applied.used.remove(&path);
        } else {
            applied.used.insert(path, job.wanted);
        }
    }
    if count > 0 {
        // Re-analysed articles have new events; the loader's clusters no longer fit.
        corpus.event_clusters = None;
        corpus.revision += 1;
    }
    count
}
