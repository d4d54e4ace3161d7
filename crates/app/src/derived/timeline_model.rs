//! The timeline's model: one item per event (or cluster of events across
//! articles) and per publication date, placed in lanes, sorted for range queries.
//!
//! It is built once per corpus change or lane change, never per frame; the list's
//! filters only cut the built model down ([`TimelineModel::filtered`]). A frame
//! asks only for what is on screen: items of a visible range by binary search
//! over each lane's x-sorted items, or, when that is too many to draw, counts
//! per calendar bin found by two binary searches per bin, so 100,000 events cost
//! a frame no more than a few hundred lookups.

mod fit;

use std::ops::Range;

use marsad_core::events::{self, Event};
use marsad_core::time::{Grain, Role};

use crate::analysis::{EntityType, Mention};

/// What the lanes of the timeline are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LaneSpec {
    /// One lane per entity type of the participants, and one for events with none.
    ByType,
    /// One lane per chosen entity (ids as the sidebar selects them); other events are left out.
    Entities(Vec<usize>),
}

/// One lane of the timeline, top to bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneKey {
    /// Publication dates, their own series.
    Published,
    /// Events with a participant of this type; `None` for events without participants.
    Type(Option<EntityType>),
    /// Events a chosen entity takes part in.
    Entity(usize),
}

/// The lanes for a spec: publication dates first, then the event lanes.
pub fn lane_keys(spec: &LaneSpec) -> Vec<LaneKey> {
    let mut keys = vec![LaneKey::Published];
    match spec {
        LaneSpec::ByType => {
            keys.extend(EntityType::ALL.iter().map(|&t| LaneKey::Type(Some(t))));
            keys.push(LaneKey::Type(None));
        }
        LaneSpec::Entities(ids) => keys.extend(ids.iter().map(|&id| LaneKey::Entity(id))),
    }
    keys
}

/// The lanes (indices into [`lane_keys`]) an event with these participants goes
/// in, in lane order and without repeats; `entity_of` resolves a mention to the
/// id the sidebar uses.
pub fn event_lanes<'a>(
    mentions: impl IntoIterator<Item = &'a Mention>,
    spec: &LaneSpec,
    entity_of: &dyn Fn(&Mention) -> Option<usize>,
) -> Vec<usize> {
    let mut lanes: Vec<usize> = match spec {
        LaneSpec::ByType => {
            let mut lanes: Vec<usize> = mentions
                .into_iter()
                .filter_map(|m| EntityType::ALL.iter().position(|&t| t == m.entity_type))
                .map(|p| p + 1)
                .collect();
            if lanes.is_empty() {
                lanes.push(EntityType::ALL.len() + 1);
            }
            lanes
        }
        LaneSpec::Entities(ids) => mentions
            .into_iter()
            .filter_map(|m| {
                let id = entity_of(m)?;
                ids.iter().position(|&x| x == id).map(|p| p + 1)
            })
            .collect(),
    };
    lanes.sort_unstable();
    lanes.dedup();
    lanes
}

/// What an item stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// An article's publication day (article index).
    Published(usize),
    /// An event cluster (index into [`TimelineModel::clusters`]).
    Event(usize),
}

/// One thing drawn on the timeline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Item {
    /// First day, days since 1970-01-01.
    pub x: f64,
    /// Days covered after the first (0 for a single day).
    pub width: f64,
    /// Lane position plus the item's row inside the lane, so neighbours do not overlap.
    pub y: f64,
    pub lane: usize,
    /// Month, year, week and interval dates are drawn as bars.
    pub bar: bool,
    pub source: Source,
    /// No report of the event dates what it reports: every member's date is background
    /// (منذ عام 1948, a birth date, a distant year).
    pub background: bool,
    /// Every member's date was read against a reference day inferred from its article's
    /// own text (the article states no publication date).
    pub inferred: bool,
}

/// One article's input to the model.
#[derive(Clone, Copy, Debug)]
pub struct ArticleInput<'a> {
    /// Publication day, days since 1970-01-01.
    pub day: Option<i64>,
    pub events: &'a [Event],
}

/// A bin of a zoomed-out view: how many items of a lane start in `from..to`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bin {
    pub lane: usize,
    pub from: f64,
    pub to: f64,
    pub count: usize,
}

/// The members of each event cluster: (article index, event index). With `cluster`
/// the events of different articles that report the same thing share a cluster;
/// without it each event is its own.
fn cluster_members(articles: &[ArticleInput<'_>], cluster: bool) -> Vec<Vec<(usize, usize)>> {
    if cluster {
        let slices: Vec<&[Event]> = articles.iter().map(|a| a.events).collect();
        clusters_of(&slices)
    } else {
        articles
            .iter()
            .enumerate()
            .flat_map(|(a, input)| (0..input.events.len()).map(move |e| vec![(a, e)]))
            .collect()
    }
}

/// The members of each cluster of the events of `articles` (one slice per article):
/// (article index, event index), articles in order.
pub fn clusters_of(articles: &[&[Event]]) -> Vec<Vec<(usize, usize)>> {
    events::cluster(articles)
        .into_iter()
        .map(|c| c.members)
        .collect()
}

/// Rows inside a lane, as offsets from the lane's centre line.
const ROWS: [f64; 5] = [0.0, 0.18, -0.18, 0.36, -0.36];

/// The timeline's items, lanes and event clusters.
#[derive(Clone, Debug, Default)]
pub struct TimelineModel {
    pub lanes: Vec<LaneKey>,
    /// Sorted by lane, then by `x`.
    pub items: Vec<Item>,
    /// Members of each event cluster: (article index, event index), articles in order.
    pub clusters: Vec<Vec<(usize, usize)>>,
    lane_items: Vec<Range<usize>>,
    lane_max_width: Vec<f64>,
    /// First and last day any item covers, found once: the workspace's unsaved mark
    /// asks for them every frame.
    day_bounds: Option<(f64, f64)>,
    /// The days most items fall in, which the first view shows (see [`fit`]).
    dense_bounds: Option<(f64, f64)>,
}

impl TimelineModel {
    /// Builds the model. With `cluster` the events of different articles that
    /// report the same thing become one item (`events::cluster`); without it
    /// (while a folder loads) each event is its own item.
    pub fn build(
        articles: &[ArticleInput<'_>],
        spec: &LaneSpec,
        entity_of: &dyn Fn(&Mention) -> Option<usize>,
        cluster: bool,
    ) -> Self {
        Self::build_with_clusters(
            articles,
            spec,
            entity_of,
            cluster_members(articles, cluster),
        )
    }

    /// [`TimelineModel::build`] with the event clusters given (the loader thread
    /// clusters a finished folder, so the frame that shows it does not have to).
    pub fn build_with_clusters(
        articles: &[ArticleInput<'_>],
        spec: &LaneSpec,
        entity_of: &dyn Fn(&Mention) -> Option<usize>,
        clusters: Vec<Vec<(usize, usize)>>,
    ) -> Self {
        let lanes = lane_keys(spec);
        let event_of = |&(a, e): &(usize, usize)| articles.get(a)?.events.get(e);
        let mut items = Vec::new();
        for (a, input) in articles.iter().enumerate() {
            if let Some(day) = input.day {
                items.push(Item {
                    x: day as f64,
                    width: 0.0,
                    y: 0.0,
                    lane: 0,
                    bar: false,
                    source: Source::Published(a),
                    background: false,
                    inferred: false,
                });
            }
        }
        for (c, members) in clusters.iter().enumerate() {
            let Some(first) = members.first().and_then(event_of) else {
                continue;
            };
            // Borrowed, not cloned: tens of thousands of events pass here.
            let mentions = members
                .iter()
                .filter_map(event_of)
                .flat_map(|event| &event.mentions);
            let first_day = first.first_day.to_days();
            let days = first.last_day.to_days() - first_day;
            let bar = days > 0 || matches!(first.grain, Grain::Year | Grain::Month | Grain::Week);
            // A bar covers its last day too, so a month reaches the next month's tick.
            let width = if bar { (days + 1) as f64 } else { 0.0 };
            let members_all =
                |test: fn(&Event) -> bool| members.iter().filter_map(event_of).all(test);
            let background = members_all(|e| e.role == Role::Background);
            let inferred = members_all(|e| e.inferred_from_content);
            for lane in event_lanes(mentions, spec, entity_of) {
                items.push(Item {
                    x: first_day as f64,
                    width,
                    y: 0.0,
                    lane,
                    bar,
                    source: Source::Event(c),
                    background,
                    inferred,
                });
            }
        }
        items.sort_by(|a, b| a.lane.cmp(&b.lane).then(a.x.total_cmp(&b.x)));
        Self::placed(lanes, items, clusters)
    }

    /// The model cut down to the articles `shown` marks (by corpus index; `None`: all of
    /// them), and without background events unless `background`: the publication dates,
    /// and the event clusters kept with only their shown members. Clusters keep their
    /// indices (empty when no member is shown) and their lanes, which come from every
    /// article reporting the event. Linear, with no sort and no re-clustering, so the
    /// list's filter can change without a stall.
    #[must_use]
    pub fn filtered(&self, shown: Option<&[bool]>, background: bool) -> Self {
        let is_shown = |a: usize| shown.is_none_or(|s| s.get(a).copied().unwrap_or(false));
        let clusters: Vec<Vec<(usize, usize)>> = self
            .clusters
            .iter()
            .map(|members| {
                if members.iter().any(|&(a, _)| is_shown(a)) {
                    members
                        .iter()
                        .copied()
                        .filter(|&(a, _)| is_shown(a))
                        .collect()
                } else {
                    Vec::new()
                }
            })
            .collect();
        let items: Vec<Item> = self
            .items
            .iter()
            .copied()
            .filter(|item| match item.source {
                Source::Published(a) => is_shown(a),
                Source::Event(c) => {
                    (background || !item.background)
                        && clusters.get(c).is_some_and(|m| !m.is_empty())
                }
            })
            .collect();
        Self::placed(self.lanes.clone(), items, clusters)
    }

    /// The model over items sorted by lane then `x`: rows placed, lane ranges found.
    fn placed(
        lanes: Vec<LaneKey>,
        mut items: Vec<Item>,
        clusters: Vec<Vec<(usize, usize)>>,
    ) -> Self {
        let mut lane_items = Vec::with_capacity(lanes.len());
        let mut lane_max_width = Vec::with_capacity(lanes.len());
        let mut start = 0;
        for lane in 0..lanes.len() {
            let end = start + items[start..].partition_point(|i| i.lane == lane);
            let slice = &mut items[start..end];
            place_rows(slice, -(lane as f64));
            lane_max_width.push(slice.iter().map(|i| i.width).fold(0.0, f64::max));
            lane_items.push(start..end);
            start = end;
        }
        let first = items.iter().map(|i| i.x).reduce(f64::min);
        let last = items.iter().map(|i| i.x + i.width).reduce(f64::max);
        let day_bounds = first.zip(last);
        let dense_bounds = fit::dense_range(&items, &clusters).or(day_bounds);
        Self {
            lanes,
            items,
            clusters,
            lane_items,
            lane_max_width,
            day_bounds,
            dense_bounds,
        }
    }

    /// The y of a lane's centre line (lanes run downwards from 0).
    pub fn lane_y(lane: usize) -> f64 {
        -(lane as f64)
    }

    /// The first and last day any item covers.
    pub fn day_bounds(&self) -> Option<(f64, f64)> {
        self.day_bounds
    }

    /// The days the timeline's first view shows: where the publication dates or the
    /// reported events lie, without the few far from the rest ([`fit::dense_range`]).
    pub fn dense_bounds(&self) -> Option<(f64, f64)> {
        self.dense_bounds
    }

    /// The items of a lane that start before `to` and may reach `from`.
    fn lane_range(&self, lane: usize, from: f64, to: f64) -> Range<usize> {
        let Some(range) = self.lane_items.get(lane) else {
            return 0..0;
        };
        let items = &self.items[range.clone()];
        let reach = self.lane_max_width.get(lane).copied().unwrap_or(0.0);
        let lo = items.partition_point(|i| i.x < from - reach);
        let hi = items.partition_point(|i| i.x <= to);
        range.start + lo..range.start + hi.max(lo)
    }

    /// About how many items touch `from..=to` (bars that start well before may be counted).
    pub fn count_between(&self, from: f64, to: f64) -> usize {
        (0..self.lanes.len())
            .map(|lane| self.lane_range(lane, from, to).len())
            .sum()
    }

    /// The indices of the items that overlap `from..=to`.
    pub fn visible(&self, from: f64, to: f64) -> Vec<usize> {
        let mut out = Vec::new();
        for lane in 0..self.lanes.len() {
            out.extend(
                self.lane_range(lane, from, to)
                    .filter(|&i| self.items[i].x + self.items[i].width >= from),
            );
        }
        out
    }

    /// Counts per lane of the items whose first day falls in each `edges[k]..edges[k + 1]`
    /// (edges ascending); empty bins are left out.
    pub fn bins(&self, edges: &[f64]) -> Vec<Bin> {
        let mut out = Vec::new();
        for (lane, range) in self.lane_items.iter().enumerate() {
            let items = &self.items[range.clone()];
            for pair in edges.windows(2) {
                let (from, to) = (pair[0], pair[1]);
                let count =
                    items.partition_point(|i| i.x < to) - items.partition_point(|i| i.x < from);
                if count > 0 {
                    out.push(Bin {
                        lane,
                        from,
                        to,
                        count,
                    });
                }
            }
        }
        out
    }
}

/// Gives each item of one lane (sorted by x) a row, so that items sharing days
/// sit above or below each other: the first row whose last item ended before.
fn place_rows(items: &mut [Item], lane_y: f64) {
    let mut row_end = [f64::NEG_INFINITY; ROWS.len()];
    for (n, item) in items.iter_mut().enumerate() {
        // A marker takes about half a day, so two on one day do not share a row.
        let end = item.x + item.width.max(0.5);
        let row = row_end
            .iter()
            .position(|&e| e <= item.x)
            .unwrap_or(n % ROWS.len());
        row_end[row] = end;
        item.y = lane_y + ROWS[row];
    }
}

#[cfg(test)]
mod tests;
