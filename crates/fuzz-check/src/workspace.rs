//! The RON workspace loader on arbitrary bytes, and workspaces built from them
//! (structure-aware: every field filled, strings of any characters) through save and load.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use arbitrary::{Result, Unstructured};
use marsad_core::attribution::SourceKind;
use marsad_core::time::Prefer;
use marsad_core::{EntityType, Span};
use marsad_storage::{
    ArticleRecord, AttributionCorrection, Bookmark, CorpusRef, DateRange, EntityCorrection, Lane,
    LaneKey, Language, TagDef, Theme, Workspace, from_ron_bytes, to_ron_string,
};

/// `from_ron_bytes` never panics, refuses with a message, and what it loads saves and
/// loads back equal.
pub fn workspace_load(bytes: &[u8]) {
    if bytes.len() > crate::MAX_INPUT {
        return;
    }
    let path = Path::new("fuzz.marsad.ron");
    match from_ron_bytes(path, bytes) {
        Ok(workspace) => round_trip(&workspace),
        Err(err) => assert!(!err.to_string().is_empty(), "empty error message"),
    }
}

/// A workspace built from the bytes saves, loads back equal, and saves to the same text.
pub fn workspace_shaped(bytes: &[u8]) {
    let mut u = Unstructured::new(bytes);
    if let Ok(workspace) = workspace(&mut u) {
        round_trip(&workspace);
    }
}

fn round_trip(workspace: &Workspace) {
    let path = Path::new("fuzz.marsad.ron");
    let text = to_ron_string(workspace).expect("a workspace saves");
    let again = from_ron_bytes(path, text.as_bytes()).expect("a saved workspace loads");
    assert_eq!(
        &again, workspace,
        "save and load changed the workspace:\n{text}"
    );
    assert_eq!(
        to_ron_string(&again).expect("saves again"),
        text,
        "saving the same workspace twice gave different text"
    );
}

/// A workspace as an analyst's edits could leave it, from the fuzzer's bytes.
fn workspace(u: &mut Unstructured<'_>) -> Result<Workspace> {
    let mut w = Workspace::new(CorpusRef {
        path: u.arbitrary()?,
    });
    w.articles = map(u, |u| {
        Ok(ArticleRecord {
            content_hash: u.arbitrary()?,
        })
    })?;
    w.corrections = list(u, correction)?;
    w.attribution_corrections = list(u, attribution_correction)?;
    w.reference_dates = map(u, Unstructured::arbitrary)?;
    w.folder_reference_date = u.arbitrary()?;
    w.reading_directions = map(u, prefer)?;
    w.folder_reading_direction = option(u, prefer)?;
    w.notes.articles = map(u, Unstructured::arbitrary)?;
    w.notes.entities = map(u, Unstructured::arbitrary)?;
    w.notes.events = map(u, Unstructured::arbitrary)?;
    w.tags.definitions = map(u, |u| {
        Ok(TagDef {
            colour: u.arbitrary()?,
        })
    })?;
    w.tags.articles = map(u, Unstructured::arbitrary::<BTreeSet<String>>)?;
    w.tags.entities = map(u, Unstructured::arbitrary::<BTreeSet<String>>)?;
    w.tags.events = map(u, Unstructured::arbitrary::<BTreeSet<String>>)?;
    w.bookmarks = list(u, |u| {
        Ok(Bookmark {
            article: u.arbitrary()?,
            span: option(u, span)?,
            label: u.arbitrary()?,
        })
    })?;
    w.filters.search = u.arbitrary()?;
    w.filters.entity_types = list(u, entity_type)?.into_iter().collect();
    w.filters.tags = u.arbitrary()?;
    w.filters.entities = u.arbitrary()?;
    w.filters.date_from = u.arbitrary()?;
    w.filters.date_to = u.arbitrary()?;
    w.filters.show_hidden = u.arbitrary()?;
    w.selected_article = u.arbitrary()?;
    w.timeline.range = option(u, |u| {
        Ok(DateRange {
            start: u.arbitrary()?,
            end: u.arbitrary()?,
        })
    })?;
    w.timeline.lanes = list(u, lane)?;
    w.timeline.rtl_axis = u.arbitrary()?;
    w.timeline.hijri = u.arbitrary()?;
    w.timeline.only_listed = u.arbitrary()?;
    w.timeline.show_background = u.arbitrary()?;
    w.view.language = *u.choose(&[Language::En, Language::Ar])?;
    w.view.theme = *u.choose(&[Theme::System, Theme::Light, Theme::Dark])?;
    // Loading brings sizes into the range the view can lay out, so only those round-trip.
    w.view.font_size = f32::from(u.int_in_range(12u16..=192)?) / 2.0;
    w.view.panels = map(u, |u| {
        let size: f32 = u.arbitrary()?;
        Ok(if size.is_finite() { size } else { 0.0 })
    })?;
    Ok(w)
}

/// Up to eight items: enough to reach every shape, few enough to stay fast.
fn list<'a, T>(
    u: &mut Unstructured<'a>,
    mut item: impl FnMut(&mut Unstructured<'a>) -> Result<T>,
) -> Result<Vec<T>> {
    let n = u.int_in_range(0u8..=8)?;
    (0..n).map(|_| item(u)).collect()
}

fn map<'a, T>(
    u: &mut Unstructured<'a>,
    mut value: impl FnMut(&mut Unstructured<'a>) -> Result<T>,
) -> Result<BTreeMap<String, T>> {
    list(u, |u| Ok((u.arbitrary::<String>()?, value(u)?))).map(|pairs| pairs.into_iter().collect())
}

fn option<'a, T>(
    u: &mut Unstructured<'a>,
    value: impl FnOnce(&mut Unstructured<'a>) -> Result<T>,
) -> Result<Option<T>> {
    Ok(if u.arbitrary()? {
        Some(value(u)?)
    } else {
        None
    })
}

fn span(u: &mut Unstructured<'_>) -> Result<Span> {
    let (a, b): (usize, usize) = u.arbitrary()?;
    Ok(Span {
        start: a.min(b),
        end: a.max(b),
    })
}

fn entity_type(u: &mut Unstructured<'_>) -> Result<EntityType> {
    u.choose(&EntityType::ALL).copied()
}

fn prefer(u: &mut Unstructured<'_>) -> Result<Prefer> {
    u.choose(&[Prefer::Past, Prefer::Future, Prefer::Nearest])
        .copied()
}

fn correction(u: &mut Unstructured<'_>) -> Result<EntityCorrection> {
    Ok(match u.int_in_range(0u8..=6)? {
        0 => EntityCorrection::Merge {
            into: u.arbitrary()?,
            merged: u.arbitrary()?,
        },
        1 => EntityCorrection::SplitAlias {
            entity: u.arbitrary()?,
            alias: u.arbitrary()?,
        },
        2 => EntityCorrection::Rename {
            entity: u.arbitrary()?,
            name: u.arbitrary()?,
        },
        3 => EntityCorrection::ChangeType {
            entity: u.arbitrary()?,
            entity_type: entity_type(u)?,
        },
        4 => EntityCorrection::Hide {
            entity: u.arbitrary()?,
        },
        5 => EntityCorrection::Unhide {
            entity: u.arbitrary()?,
        },
        _ => EntityCorrection::AddEntity {
            id: u.arbitrary()?,
            name: u.arbitrary()?,
            entity_type: entity_type(u)?,
            aliases: u.arbitrary()?,
        },
    })
}

fn attribution_correction(u: &mut Unstructured<'_>) -> Result<AttributionCorrection> {
    Ok(match u.int_in_range(0u8..=2)? {
        0 => AttributionCorrection::Source {
            article: u.arbitrary()?,
            cue: span(u)?,
            source: u.arbitrary()?,
            entity: u.arbitrary()?,
            kind: if u.arbitrary()? {
                Some(*u.choose(&SourceKind::ALL)?)
            } else {
                None
            },
        },
        1 => AttributionCorrection::Kind {
            article: u.arbitrary()?,
            cue: span(u)?,
            kind: *u.choose(&SourceKind::ALL)?,
        },
        _ => AttributionCorrection::NotAStatement {
            article: u.arbitrary()?,
            cue: span(u)?,
        },
    })
}

fn lane(u: &mut Unstructured<'_>) -> Result<Lane> {
    let key = match u.int_in_range(0u8..=3)? {
        0 => LaneKey::Entity(u.arbitrary()?),
        1 => LaneKey::EntityType(entity_type(u)?),
        2 => LaneKey::Tag(u.arbitrary()?),
        _ => LaneKey::Folder(u.arbitrary()?),
    };
    Ok(Lane {
        label: u.arbitrary()?,
        key,
    })
}
