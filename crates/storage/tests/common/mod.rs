//! Workspaces for tests: a realistic one, and a proptest strategy for arbitrary ones.

#![allow(
    dead_code,
    reason = "each test crate uses a different part of these helpers"
)]

use std::collections::{BTreeMap, BTreeSet};

use marsad_core::attribution::SourceKind;
use marsad_core::{EntityType, Span};
use marsad_storage::{
    ArticleRecord, AttributionCorrection, Bookmark, CorpusRef, DateRange, EntityCorrection,
    Filters, Lane, LaneKey, Language, Notes, TagDef, Tags, Theme, Timeline, View, Workspace,
};
use proptest::prelude::*;

/// A workspace like an analyst's after an afternoon's work.
pub fn sample() -> Workspace {
    let article = "tunis/2024-03-01-majlis.txt".to_owned();
    let mut workspace = Workspace::new(CorpusRef {
        path: "articles".into(),
    });
    workspace.articles.insert(
        article.clone(),
        ArticleRecord {
            content_hash: "ab".repeat(32),
        },
    );
    workspace.corrections = vec![
        EntityCorrection::Merge {
            into: "PERS:قيس سعيد".into(),
            merged: "PERS:قيس سعيّد".into(),
        },
        EntityCorrection::ChangeType {
            entity: "ORG:قرطاج".into(),
            entity_type: EntityType::Loc,
        },
    ];
    workspace.attribution_corrections = vec![
        AttributionCorrection::Kind {
            article: article.clone(),
            cue: Span { start: 51, end: 59 },
            kind: SourceKind::Outlet,
        },
        AttributionCorrection::NotAStatement {
            article: article.clone(),
            cue: Span {
                start: 120,
                end: 130,
            },
        },
    ];
    workspace
        .reference_dates
        .insert(article.clone(), "2024-03-01".into());
    workspace.notes.articles.insert(
        article.clone(),
        "تحقق من \"الرقم\"\nفي الفقرة الثانية".into(),
    );
    workspace.tags.definitions.insert(
        "للمراجعة".into(),
        TagDef {
            colour: [200, 40, 40],
        },
    );
    workspace
        .tags
        .articles
        .insert(article.clone(), BTreeSet::from(["للمراجعة".to_owned()]));
    workspace.bookmarks.push(Bookmark {
        article: article.clone(),
        span: Some(Span { start: 12, end: 40 }),
        label: "تصريح".into(),
    });
    workspace.selected_article = Some(article);
    workspace.filters.search = "وزير".into();
    workspace.timeline.rtl_axis = true;
    workspace.view.language = Language::Ar;
    workspace.view.panels.insert("sidebar".into(), 280.5);
    workspace
}

/// Any text, including quotes, backslashes, newlines, controls and Arabic.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "(?s).{0,8}",
        "[\u{0621}-\u{064A}\u{064B}-\u{0652} \"\\\\]{0,10}",
    ]
}

fn ids() -> impl Strategy<Value = BTreeSet<String>> {
    prop::collection::btree_set(text(), 0..3)
}

fn string_map() -> impl Strategy<Value = BTreeMap<String, String>> {
    prop::collection::btree_map(text(), text(), 0..3)
}

fn tag_map() -> impl Strategy<Value = BTreeMap<String, BTreeSet<String>>> {
    prop::collection::btree_map(text(), ids(), 0..3)
}

fn entity_type() -> impl Strategy<Value = EntityType> {
    prop::sample::select(EntityType::ALL.to_vec())
}

fn finite() -> impl Strategy<Value = f32> {
    prop::num::f32::NORMAL | prop::num::f32::ZERO | prop::num::f32::SUBNORMAL
}

fn correction() -> impl Strategy<Value = EntityCorrection> {
    prop_oneof![
        (text(), text()).prop_map(|(into, merged)| EntityCorrection::Merge { into, merged }),
        (text(), text()).prop_map(|(entity, alias)| EntityCorrection::SplitAlias { entity, alias }),
        (text(), text()).prop_map(|(entity, name)| EntityCorrection::Rename { entity, name }),
        (text(), entity_type()).prop_map(|(entity, entity_type)| EntityCorrection::ChangeType {
            entity,
            entity_type
        }),
        text().prop_map(|entity| EntityCorrection::Hide { entity }),
        text().prop_map(|entity| EntityCorrection::Unhide { entity }),
        (
            text(),
            text(),
            entity_type(),
            prop::collection::vec(text(), 0..3)
        )
            .prop_map(
                |(id, name, entity_type, aliases)| EntityCorrection::AddEntity {
                    id,
                    name,
                    entity_type,
                    aliases,
                }
            ),
    ]
}

fn span() -> impl Strategy<Value = Span> {
    (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Span {
        start: a.min(b),
        end: a.max(b),
    })
}

fn attribution_correction() -> impl Strategy<Value = AttributionCorrection> {
    let kind = prop::sample::select(SourceKind::ALL.to_vec());
    prop_oneof![
        (
            text(),
            span(),
            text(),
            prop::option::of(text()),
            prop::option::of(kind.clone())
        )
            .prop_map(|(article, cue, source, entity, kind)| {
                AttributionCorrection::Source {
                    article,
                    cue,
                    source,
                    entity,
                    kind,
                }
            }),
        (text(), span(), kind).prop_map(|(article, cue, kind)| AttributionCorrection::Kind {
            article,
            cue,
            kind
        }),
        (text(), span())
            .prop_map(|(article, cue)| AttributionCorrection::NotAStatement { article, cue }),
    ]
}

fn bookmark() -> impl Strategy<Value = Bookmark> {
    (
        text(),
        prop::option::of((any::<usize>(), any::<usize>())),
        text(),
    )
        .prop_map(|(article, span, label)| Bookmark {
            article,
            span: span.map(|(a, b)| Span {
                start: a.min(b),
                end: a.max(b),
            }),
            label,
        })
}

fn filters() -> impl Strategy<Value = Filters> {
    (
        text(),
        prop::collection::btree_set(entity_type(), 0..3),
        ids(),
        ids(),
        prop::option::of(text()),
        prop::option::of(text()),
        any::<bool>(),
    )
        .prop_map(
            |(search, entity_types, tags, entities, date_from, date_to, show_hidden)| Filters {
                search,
                entity_types,
                tags,
                entities,
                date_from,
                date_to,
                show_hidden,
            },
        )
}

fn lane() -> impl Strategy<Value = Lane> {
    let key = prop_oneof![
        text().prop_map(LaneKey::Entity),
        entity_type().prop_map(LaneKey::EntityType),
        text().prop_map(LaneKey::Tag),
        text().prop_map(LaneKey::Folder),
    ];
    (text(), key).prop_map(|(label, key)| Lane { label, key })
}

fn prefer() -> impl Strategy<Value = marsad_core::time::Prefer> {
    use marsad_core::time::Prefer;
    prop::sample::select(vec![Prefer::Past, Prefer::Future, Prefer::Nearest])
}

fn timeline() -> impl Strategy<Value = Timeline> {
    (
        prop::option::of((text(), text()).prop_map(|(start, end)| DateRange { start, end })),
        prop::collection::vec(lane(), 0..3),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(range, lanes, rtl_axis, hijri, only_listed, show_background)| Timeline {
                range,
                lanes,
                rtl_axis,
                hijri,
                only_listed,
                show_background,
            },
        )
}

fn view() -> impl Strategy<Value = View> {
    (
        prop::sample::select(vec![Language::En, Language::Ar]),
        prop::sample::select(vec![Theme::System, Theme::Light, Theme::Dark]),
        // Loading brings sizes into the range the view can lay out, so only those round-trip.
        6.0f32..=96.0,
        prop::collection::btree_map(text(), finite(), 0..3),
    )
        .prop_map(|(language, theme, font_size, panels)| View {
            language,
            theme,
            font_size,
            panels,
        })
}

fn notes() -> impl Strategy<Value = Notes> {
    (string_map(), string_map(), string_map()).prop_map(|(articles, entities, events)| Notes {
        articles,
        entities,
        events,
    })
}

fn tags() -> impl Strategy<Value = Tags> {
    let definitions = prop::collection::btree_map(
        text(),
        any::<[u8; 3]>().prop_map(|colour| TagDef { colour }),
        0..3,
    );
    (definitions, tag_map(), tag_map(), tag_map()).prop_map(
        |(definitions, articles, entities, events)| Tags {
            definitions,
            articles,
            entities,
            events,
        },
    )
}

/// Any workspace of the current format.
pub fn workspace() -> impl Strategy<Value = Workspace> {
    let articles = prop::collection::btree_map(
        text(),
        text().prop_map(|content_hash| ArticleRecord { content_hash }),
        0..4,
    );
    let head = (
        text(),
        articles,
        prop::collection::vec(correction(), 0..4),
        string_map(),
        prop::option::of(text()),
        notes(),
    );
    let tail = (
        tags(),
        prop::collection::vec(bookmark(), 0..3),
        filters(),
        prop::option::of(text()),
        timeline(),
        view(),
        prop::collection::vec(attribution_correction(), 0..3),
    );
    let directions = (
        prop::collection::btree_map(text(), prefer(), 0..3),
        prop::option::of(prefer()),
    );
    (head, tail, directions).prop_map(
        |(
            (corpus, articles, corrections, reference_dates, folder_reference_date, notes),
            (tags, bookmarks, filters, selected_article, timeline, view, attribution_corrections),
            (reading_directions, folder_reading_direction),
        )| Workspace {
            corpus: CorpusRef { path: corpus },
            articles,
            corrections,
            attribution_corrections,
            reference_dates,
            folder_reference_date,
            reading_directions,
            folder_reading_direction,
            notes,
            tags,
            bookmarks,
            filters,
            selected_article,
            timeline,
            view,
            ..Workspace::default()
        },
    )
}
