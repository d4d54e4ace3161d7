//! The days the timeline's first view shows: where the folder's dates are dense.
//!
//! A folder of 2018 news holds a few dates far from the rest (a year misread, a
//! centenary, a plan for 2030); fitting every item would squeeze the news into one
//! bin. The first view takes the publication dates when at least half the articles
//! on the timeline have one (they say when the folder was written), else the
//! reported events (background dates never count), and of them the central 96%;
//! then, so a few outliers do not stretch a small folder either (2% of ten dates is
//! none), it leaves out what lies further from the densest half of the dates (the
//! shortest window holding half of them) than that window is long. The densest half
//! rather than the quartiles: real news without publication dates names years back
//! to antiquity, a long tail on one side that would widen quartiles but not it; over
//! evenly spread dates the fence keeps them all. A span of publication dates also
//! takes in the reported events up to [`NEAR`] days around it: news tells of the
//! days before it and announces the days after.

use super::{Item, Source};

/// The share of dates left out at each end.
const TAIL: f64 = 0.02;
/// The least length the fence is measured in, in days: dates that all fall on a few
/// days still admit the weeks around them.
const MIN_SPREAD: f64 = 30.0;
/// How far around the publication dates reported events still belong to the first view.
const NEAR: f64 = 31.0;

/// The dense range of `items` (days since 1970, first and last), `clusters` naming the
/// articles behind each event; `None` when no item counts.
pub(super) fn dense_range(items: &[Item], clusters: &[Vec<(usize, usize)>]) -> Option<(f64, f64)> {
    let mut published = Vec::new();
    let mut events = Vec::new();
    let mut seen = vec![false; clusters.len()];
    let mut articles = Articles::default();
    for item in items {
        match item.source {
            Source::Published(a) => {
                published.push((item.x, item.x));
                articles.insert(a);
            }
            Source::Event(c) if !item.background => {
                // An event in several lanes is one date.
                if seen.get(c).copied().unwrap_or(true) {
                    continue;
                }
                seen[c] = true;
                events.push((item.x, item.x + item.width));
                for &(a, _) in clusters.get(c).into_iter().flatten() {
                    articles.insert(a);
                }
            }
            Source::Event(_) => {}
        }
    }
    if published.is_empty() || published.len() * 2 < articles.count {
        return robust_span(&events);
    }
    let (from, to) = robust_span(&published)?;
    let near = events
        .iter()
        .filter(|&&(first, last)| first >= from - NEAR && last <= to + NEAR);
    Some(near.fold((from, to), |(from, to), &(first, last)| {
        (from.min(first), to.max(last))
    }))
}

/// The articles seen, counted once each.
#[derive(Default)]
struct Articles {
    seen: Vec<bool>,
    count: usize,
}

impl Articles {
    fn insert(&mut self, article: usize) {
        if self.seen.len() <= article {
            self.seen.resize(article + 1, false);
        }
        if !self.seen[article] {
            self.seen[article] = true;
            self.count += 1;
        }
    }
}

/// From the first to the last day of `spans` (first, last day each), leaving out the
/// tails and what lies beyond the fence; placed by their first days, and a long span
/// that starts inside (الأعوام الخمسين المقبلة) cut at the fence.
fn robust_span(spans: &[(f64, f64)]) -> Option<(f64, f64)> {
    let mut spans = spans.to_vec();
    // Items come sorted by lane, then day: a few sorted runs, which a stable sort merges.
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let last = spans.len().checked_sub(1)?;
    let at = |q: f64| spans[rank(last, q)].0;
    let (low, high) = (at(TAIL), at(1.0 - TAIL));
    let (dense_from, dense_to) = densest_half(&spans);
    let reach = (dense_to - dense_from).max(MIN_SPREAD);
    let (from_limit, to_limit) = (low.max(dense_from - reach), high.min(dense_to + reach));
    spans
        .iter()
        .filter(|s| (from_limit..=to_limit).contains(&s.0))
        .fold(None, |bounds: Option<(f64, f64)>, &(first, end)| {
            let end = end.min(to_limit).max(first);
            Some(bounds.map_or((first, end), |(from, to)| (from.min(first), to.max(end))))
        })
        .or(Some((low, high)))
}

/// The first days that open and close the shortest window holding half of `spans`
/// (sorted by first day, not empty).
fn densest_half(spans: &[(f64, f64)]) -> (f64, f64) {
    let half = spans.len().div_ceil(2);
    spans
        .windows(half)
        .map(|w| (w[0].0, w[half - 1].0))
        .min_by(|a, b| (a.1 - a.0).total_cmp(&(b.1 - b.0)))
        .unwrap_or((spans[0].0, spans[0].0))
}

/// The index of the value at share `q` (0 to 1, nearest rank) of `last + 1` sorted values.
fn rank(last: usize, q: f64) -> usize {
    // Ranks of a few million dates fit a usize and an f64 exactly.
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let rank = ((last as f64) * q).round().clamp(0.0, last as f64) as usize;
    rank
}

#[cfg(test)]
mod tests {
    use marsad_core::time::CivilDate;

    use super::*;

    fn day(n: i64) -> f64 {
        n as f64
    }

    #[test]
    fn outliers_never_stretch_the_span() {
        // (what, spans, expected first and last day)
        type Days = (f64, f64);
        let cases: &[(&str, Vec<Days>, Days)] = &[
            (
                "ten dates in May and one misread year",
                (0..10)
                    .map(|d| (day(17_650 + d), day(17_650 + d)))
                    .chain([(day(-8_000), day(-8_000))])
                    .collect(),
                (day(17_650), day(17_659)),
            ),
            (
                "a plan for 2030 among a fortnight's news",
                (0..14)
                    .map(|d| (day(17_650 + d), day(17_650 + d)))
                    .chain([(day(21_915), day(22_279))])
                    .collect(),
                (day(17_650), day(17_663)),
            ),
            (
                "three years spread evenly lose only their tails",
                (0..300)
                    .map(|d| (day(16_800 + d * 4), day(16_800 + d * 4)))
                    .collect(),
                (day(16_800 + 6 * 4), day(16_800 + 293 * 4)),
            ),
            (
                "a fortnight's news and the fifty years ahead one of them names",
                (0..14)
                    .map(|d| (day(17_650 + d), day(17_650 + d)))
                    .chain([(day(17_655), day(17_655 + 18_262))])
                    .collect(),
                (day(17_650), day(17_663)),
            ),
            (
                "one day",
                vec![(day(17_700), day(17_700))],
                (day(17_700), day(17_700)),
            ),
        ];
        for (what, spans, expected) in cases {
            assert_eq!(robust_span(spans), Some(*expected), "{what}");
        }
        assert_eq!(robust_span(&[]), None);
    }

    #[test]
    fn a_long_tail_of_history_before_the_news_is_left_out() {
        // 60 dates of 2018 news (every five days from 1 January), and 40 years named
        // in passing from 1900 to 2014, none marked background (no reference to tell).
        let news = 17_532;
        let mut spans: Vec<(f64, f64)> = (0..60)
            .map(|k| (day(news + k * 5), day(news + k * 5)))
            .collect();
        spans.extend((0..40).map(|k| {
            let year = CivilDate::new(1900 + k * 114 / 40, 1, 1).unwrap().to_days();
            (day(year), day(year + 364))
        }));
        assert_eq!(
            robust_span(&spans),
            Some((day(news), day(news + 57 * 5))),
            "2018 alone (less its last two dates: the top 2% of all)"
        );
    }

    #[test]
    fn the_central_share_of_many_dates_leaves_the_tails_out() {
        // 1,000 days of news, and 15 dates at each end scattered over decades.
        let mut spans: Vec<(f64, f64)> = (0..1_000)
            .map(|d| (day(17_000 + d), day(17_000 + d)))
            .collect();
        spans.extend((0..15).map(|k| (day(-10_000 + k * 300), day(-10_000 + k * 300))));
        spans.extend((0..15).map(|k| (day(25_000 + k * 300), day(25_000 + k * 300))));
        let (from, to) = robust_span(&spans).unwrap();
        assert!((day(17_000)..=day(17_030)).contains(&from), "{from}");
        assert!((day(17_970)..=day(17_999)).contains(&to), "{to}");
    }
}
