//! The timeline's model: one item per event (or cluster of events across
//! articles) and per publication date, placed in lanes, sorted for range queries.
//!
//! It is built once per corpus change or lane change, never per frame; the list's
//! filters only cut the built model down ([`TimelineModel::filtered`]). A frame
//! asks only for what is on screen: items of a visible range by binary search
//! over each lane's x-sorted items, or, when that is too many to draw, counts
//! per calendar bin found by two binary searches per bin, so 100,000 events cost
//! a frame no more than a few hundred lookups.

use std::ops::Range;

use marsad_core::events::{self, Event};
use marsad_core::time::Grain;

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
            for lane in event_lanes(mentions, spec, entity_of) {
                items.push(Item {
                    x: first_day as f64,
                    width,
                    y: 0.0,
                    lane,
                    bar,
                    source: Source::Event(c),
                });
            }
        }
        items.sort_by(|a, b| a.lane.cmp(&b.lane).then(a.x.total_cmp(&b.x)));
        Self::placed(lanes, items, clusters)
    }

    /// The model cut down to the articles `shown` marks (by corpus index): their
    /// publication dates, and the event clusters they report with only their members.
    /// Clusters keep their indices (empty when no member is shown) and their lanes,
    /// which come from every article reporting the event. Linear, with no sort and no
    /// re-clustering, so the list's filter can change without a stall.
    #[must_use]
    pub fn filtered(&self, shown: &[bool]) -> Self {
        let is_shown = |a: usize| shown.get(a).copied().unwrap_or(false);
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
                Source::Event(c) => clusters.get(c).is_some_and(|m| !m.is_empty()),
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
        Self {
            lanes,
            items,
            clusters,
            lane_items,
            lane_max_width,
            day_bounds: first.zip(last),
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
mod tests {
    use marsad_core::model::MentionSource;
    use marsad_core::time::{Calendar, CivilDate};

    use super::*;
    use crate::analysis::Span;

    fn mention(text: &str, entity_type: EntityType) -> Mention {
        Mention {
            span: Span::new(0, text.len()),
            text: text.to_owned(),
            entity_type,
            source: MentionSource::Gazetteer,
            confidence: marsad_core::Confidence::CERTAIN,
        }
    }

    fn event(
        first: (i32, u8, u8),
        last: (i32, u8, u8),
        grain: Grain,
        label: &str,
        who: &[Mention],
    ) -> Event {
        let first_day = CivilDate::new(first.0, first.1, first.2).unwrap();
        Event {
            date: first_day.iso(),
            grain,
            calendar: Calendar::Gregorian,
            first_day,
            last_day: CivilDate::new(last.0, last.1, last.2).unwrap(),
            date_span: Span::new(0, 1),
            sentence: Span::new(0, 1),
            label: label.to_owned(),
            entities: who.iter().map(|m| m.text.clone()).collect(),
            mentions: who.to_vec(),
            role: marsad_core::time::Role::Reported,
            inferred_from_content: false,
        }
    }

    #[test]
    fn lanes_follow_participant_types_or_chosen_entities() {
        let cairo = mention("القاهرة", EntityType::Loc);
        let un = mention("الأمم المتحدة", EntityType::Org);
        let shoukry = mention("سامح شكري", EntityType::Pers);
        let ids = |m: &Mention| match m.text.as_str() {
            "القاهرة" => Some(7),
            "الأمم المتحدة" => Some(3),
            _ => None,
        };
        let by_type = LaneSpec::ByType;
        let keys = lane_keys(&by_type);
        let lane_of = |key: LaneKey| keys.iter().position(|&k| k == key).unwrap();
        let cases: Vec<(Vec<Mention>, Vec<usize>)> = vec![
            (
                vec![cairo.clone(), shoukry.clone(), cairo.clone()],
                vec![
                    lane_of(LaneKey::Type(Some(EntityType::Pers))),
                    lane_of(LaneKey::Type(Some(EntityType::Loc))),
                ],
            ),
            (vec![], vec![lane_of(LaneKey::Type(None))]),
            (
                vec![un.clone()],
                vec![lane_of(LaneKey::Type(Some(EntityType::Org)))],
            ),
        ];
        for (mentions, expected) in cases {
            assert_eq!(event_lanes(&mentions, &by_type, &ids), expected);
        }
        let chosen = LaneSpec::Entities(vec![3, 7]);
        assert_eq!(
            lane_keys(&chosen),
            vec![LaneKey::Published, LaneKey::Entity(3), LaneKey::Entity(7)]
        );
        assert_eq!(
            event_lanes(&[cairo.clone(), un.clone()], &chosen, &ids),
            vec![1, 2]
        );
        assert_eq!(event_lanes(&[cairo], &chosen, &ids), vec![2]);
        assert!(event_lanes(&[shoukry], &chosen, &ids).is_empty());
    }

    #[test]
    fn coarse_dates_become_bars_and_clusters_merge_articles() {
        let cairo = mention("القاهرة", EntityType::Loc);
        let a = [
            event(
                (2024, 5, 12),
                (2024, 5, 12),
                Grain::Day,
                "وصل وفد",
                std::slice::from_ref(&cairo),
            ),
            event(
                (2024, 3, 1),
                (2024, 3, 31),
                Grain::Month,
                "بدأت المحادثات",
                &[],
            ),
        ];
        let b = [event(
            (2024, 5, 12),
            (2024, 5, 12),
            Grain::Day,
            "وصول الوفد",
            &[cairo],
        )];
        let inputs = [
            ArticleInput {
                day: Some(19_855),
                events: &a,
            },
            ArticleInput {
                day: None,
                events: &b,
            },
        ];
        let none = |_: &Mention| None;
        let separate = TimelineModel::build(&inputs, &LaneSpec::ByType, &none, false);
        let merged = TimelineModel::build(&inputs, &LaneSpec::ByType, &none, true);
        let events = |m: &TimelineModel| {
            m.items
                .iter()
                .filter(|i| matches!(i.source, Source::Event(_)))
                .count()
        };
        assert_eq!(events(&separate), 3);
        assert_eq!(
            events(&merged),
            2,
            "both articles report the arrival in Cairo"
        );
        let arrival = merged
            .items
            .iter()
            .find(|i| !i.bar && matches!(i.source, Source::Event(_)))
            .unwrap();
        let Source::Event(c) = arrival.source else {
            unreachable!()
        };
        assert_eq!(merged.clusters[c], vec![(0, 0), (1, 0)]);
        let month = merged.items.iter().find(|i| i.bar).unwrap();
        assert_eq!(month.width as i64, 31);
        assert_eq!(
            month.x as i64,
            CivilDate::new(2024, 3, 1).unwrap().to_days()
        );
        assert_eq!(
            merged
                .items
                .iter()
                .filter(|i| i.source == Source::Published(0))
                .count(),
            1
        );

        // Only the second article listed: the shared arrival stays one item with just its
        // member; the first article's talks and publication date go.
        let second = merged.filtered(&[false, true]);
        assert_eq!(second.items.len(), 1);
        assert_eq!(second.items[0].source, Source::Event(c));
        assert_eq!(second.clusters[c], vec![(1, 0)]);
        assert_eq!(second.day_bounds(), Some((arrival.x, arrival.x)));
        let first = merged.filtered(&[true, false]);
        assert_eq!(events(&first), 2);
        assert_eq!(first.clusters[c], vec![(0, 0)]);
        assert_eq!(first.items.len(), merged.items.len());
        assert!(merged.filtered(&[]).items.is_empty());
    }

    #[test]
    fn bins_keep_every_item_and_visible_finds_the_range() {
        let cairo = mention("القاهرة", EntityType::Loc);
        // 20,000 events over ten years in two lanes, some of them bars.
        let events: Vec<Event> = (0..20_000)
            .map(|n| {
                let day = CivilDate::from_days(18_000 + (n * 7919) % 3650);
                let who = if n % 3 == 0 {
                    vec![cairo.clone()]
                } else {
                    vec![]
                };
                let grain = if n % 10 == 0 {
                    Grain::Month
                } else {
                    Grain::Day
                };
                let last = if grain == Grain::Month {
                    day.month_end()
                } else {
                    day
                };
                event(
                    (day.year, day.month, day.day),
                    (last.year, last.month, last.day),
                    grain,
                    "وصل",
                    &who,
                )
            })
            .collect();
        let inputs = [ArticleInput {
            day: Some(18_500),
            events: &events,
        }];
        let model = TimelineModel::build(&inputs, &LaneSpec::ByType, &|_| None, false);
        assert_eq!(model.items.len(), 20_001);
        let edges: Vec<f64> = (0..=40).map(|k| 17_990.0 + f64::from(k) * 100.0).collect();
        let bins = model.bins(&edges);
        assert_eq!(bins.iter().map(|b| b.count).sum::<usize>(), 20_001);
        assert!(bins.iter().all(|b| (b.to - b.from - 100.0).abs() < 1e-9));
        let by_lane = |lane| {
            bins.iter()
                .filter(|b| b.lane == lane)
                .map(|b| b.count)
                .sum::<usize>()
        };
        let loc = lane_keys(&LaneSpec::ByType)
            .iter()
            .position(|&k| k == LaneKey::Type(Some(EntityType::Loc)))
            .unwrap();
        assert_eq!(by_lane(loc), 20_000_usize.div_ceil(3));
        // A narrow window: exactly the items that overlap it, bars reaching in included.
        let (from, to) = (19_000.0, 19_010.0);
        let mut expected: Vec<usize> = (0..model.items.len())
            .filter(|&i| {
                let it = model.items[i];
                it.x <= to && it.x + it.width >= from
            })
            .collect();
        let mut found = model.visible(from, to);
        expected.sort_unstable();
        found.sort_unstable();
        assert_eq!(found, expected);
        assert!(model.count_between(from, to) >= found.len());
        assert!(model.count_between(from, to) < 2_000);
    }

    #[test]
    fn events_on_one_day_get_different_rows() {
        let same: Vec<Event> = (0..3)
            .map(|_| event((2024, 5, 12), (2024, 5, 12), Grain::Day, "وصل", &[]))
            .collect();
        let inputs = [ArticleInput {
            day: None,
            events: &same,
        }];
        let model = TimelineModel::build(&inputs, &LaneSpec::ByType, &|_| None, false);
        let mut ys: Vec<f64> = model.items.iter().map(|i| i.y).collect();
        ys.dedup();
        assert_eq!(ys.len(), 3, "{ys:?}");
    }
}
