//! The days the timeline's first view shows: where the folder's dates are dense.
//!
//! A folder of 2018 news holds a few dates far from the rest (a year misread, a
//! centenary, a plan for 2030); fitting every item would squeeze the news into one
//! bin. The first view takes the publication dates when at least half the articles
//! on the timeline have one (they say when the folder was written), else the
//! reported events (background dates never count), and of them the central 96%;
//! then, so a few outliers do not stretch a small folder either (2% of ten dates is
//! none), it leaves out what lies beyond [`FENCE`] times the middle half's spread
//! from the middle half. A span of publication dates also takes in the reported
//! events up to [`NEAR`] days around it: news tells of the days before it and
//! announces the days after.

use super::{Item, Source};

/// The share of dates left out at each end.
const TAIL: f64 = 0.02;
/// How many middle-half spreads beyond the middle half a date may lie and still count.
const FENCE: f64 = 3.0;
/// The least spread the fence is measured in, in days: dates that all fall on a few
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
/// tails and what lies beyond the fence.
fn robust_span(spans: &[(f64, f64)]) -> Option<(f64, f64)> {
    let mut firsts: Vec<f64> = spans.iter().map(|s| s.0).collect();
    let mut lasts: Vec<f64> = spans.iter().map(|s| s.1).collect();
    let low = quantile(&mut firsts, TAIL)?;
    let high = quantile(&mut lasts, 1.0 - TAIL)?;
    let q1 = quantile(&mut firsts, 0.25)?;
    let q3 = quantile(&mut lasts, 0.75)?;
    let spread = (q3 - q1).max(MIN_SPREAD);
    let (from_limit, to_limit) = (low.max(q1 - FENCE * spread), high.min(q3 + FENCE * spread));
    let from = firsts
        .iter()
        .copied()
        .filter(|&x| x >= from_limit)
        .reduce(f64::min);
    let to = lasts
        .iter()
        .copied()
        .filter(|&x| x <= to_limit)
        .reduce(f64::max);
    match from.zip(to) {
        Some((from, to)) if from <= to => Some((from, to)),
        _ => Some((low, high)),
    }
}

/// The value at rank `q` (0 to 1, nearest rank) of `values`, which it reorders.
fn quantile(values: &mut [f64], q: f64) -> Option<f64> {
    let last = values.len().checked_sub(1)?;
    // Ranks of a few million dates fit a usize and an f64 exactly.
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let rank = ((last as f64) * q).round().clamp(0.0, last as f64) as usize;
    let (_, value, _) = values.select_nth_unstable_by(rank, f64::total_cmp);
    Some(*value)
}

#[cfg(test)]
mod tests {
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
