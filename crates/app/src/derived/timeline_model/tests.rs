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
    let second = merged.filtered(Some(&[false, true]), true);
    assert_eq!(second.items.len(), 1);
    assert_eq!(second.items[0].source, Source::Event(c));
    assert_eq!(second.clusters[c], vec![(1, 0)]);
    assert_eq!(second.day_bounds(), Some((arrival.x, arrival.x)));
    let first = merged.filtered(Some(&[true, false]), true);
    assert_eq!(events(&first), 2);
    assert_eq!(first.clusters[c], vec![(0, 0)]);
    assert_eq!(first.items.len(), merged.items.len());
    assert!(merged.filtered(Some(&[]), true).items.is_empty());
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

#[test]
fn background_events_are_marked_and_left_out_on_request_and_never_set_the_first_view() {
    let mut founding = event(
        (1948, 1, 1),
        (1948, 12, 31),
        Grain::Year,
        "تأسست الوكالة",
        &[],
    );
    founding.role = marsad_core::time::Role::Background;
    let mut saturday = event(
        (2021, 5, 22),
        (2021, 5, 22),
        Grain::Day,
        "عاد الصيادون",
        &[],
    );
    saturday.inferred_from_content = true;
    let friday = event((2021, 5, 21), (2021, 5, 21), Grain::Day, "بدأت الهدنة", &[]);
    let undated = [founding, saturday];
    let dated = [friday];
    let inputs = [
        ArticleInput {
            day: None,
            events: &undated,
        },
        ArticleInput {
            day: Some(CivilDate::new(2021, 5, 23).unwrap().to_days()),
            events: &dated,
        },
    ];
    let model = TimelineModel::build(&inputs, &LaneSpec::ByType, &|_| None, true);
    let event_at = |m: &TimelineModel, (y, mo, d)| {
        let x = CivilDate::new(y, mo, d).unwrap().to_days() as f64;
        m.items
            .iter()
            .find(|i| matches!(i.source, Source::Event(_)) && (i.x - x).abs() < 1e-9)
            .copied()
    };
    let year = event_at(&model, (1948, 1, 1)).expect("the year is on the full model");
    assert!(year.background && !year.inferred);
    let inferred = event_at(&model, (2021, 5, 22)).unwrap();
    assert!(inferred.inferred && !inferred.background);
    assert!(!event_at(&model, (2021, 5, 21)).unwrap().inferred);

    let reported = model.filtered(None, false);
    assert!(event_at(&reported, (1948, 1, 1)).is_none());
    assert_eq!(reported.items.len(), model.items.len() - 1);
    // One of the two articles has a publication date: half, so its day makes the first
    // view, with the reported events of the days around it.
    let published = CivilDate::new(2021, 5, 23).unwrap().to_days() as f64;
    let friday = published - 2.0;
    assert_eq!(model.dense_bounds(), Some((friday, published)));
    assert_eq!(
        model.day_bounds().map(|(from, _)| from),
        Some(CivilDate::new(1948, 1, 1).unwrap().to_days() as f64)
    );
    // Without that date, the reported events make it; the 1948 year never does.
    let events_only = model.filtered(Some(&[true, false]), true);
    let saturday = published - 1.0;
    assert_eq!(events_only.dense_bounds(), Some((saturday, saturday)));
}
