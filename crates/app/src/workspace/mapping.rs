//! The app's state to a [`Workspace`] and back: the one place that knows which app field
//! goes where in the file.

use marsad_storage::{
    DateRange, FORMAT_VERSION, Lane, LaneKey, Language as SavedLanguage, Theme, Workspace,
};

use marsad_core::corpus::{Entity, EntityId};

use crate::MarsadApp;
use crate::analysis::EntityType;
use crate::i18n::Language;
use crate::state::{ViewState, days_from_civil, format_day};

/// The workspace the app holds now, article records included (what a save writes).
pub fn build_workspace(app: &MarsadApp) -> Workspace {
    let mut workspace = settings_of(app);
    workspace.articles = app.work.articles.clone();
    workspace
}

/// Everything but the article records, which are compared apart since they are many and
/// change only when the corpus does.
pub(super) fn settings_of(app: &MarsadApp) -> Workspace {
    let view = &app.view;
    let mut workspace = app.work.doc.clone();
    workspace.format_version = FORMAT_VERSION;
    workspace.articles.clear();
    workspace.filters.search.clone_from(&view.search_text);
    workspace.filters.entities = view
        .selected_entity
        .iter()
        .map(|id| id.as_str().to_owned())
        .collect();
    // The loaded list stays until the folder is resolved, so a save while loading keeps it.
    if app.corpus.entities.is_resolved() {
        workspace.corrections = app.corrections().iter().map(Into::into).collect();
    }
    workspace.selected_article = view
        .selected_article
        .and_then(|index| app.corpus.articles.get(index))
        .map(|entry| entry.analysis.path.clone());
    workspace.timeline.rtl_axis = view.timeline_rtl;
    workspace.timeline.hijri = view.timeline.hijri;
    workspace.timeline.only_listed = view.timeline.only_listed;
    // Not drawn yet (another bottom panel is open, say): the range read from the file stays.
    if view.timeline.fits_all() {
        workspace.timeline.range = None;
    } else if let Some((from, to)) = view.timeline.shown_days() {
        workspace.timeline.range = Some(DateRange {
            start: format_day(from),
            end: format_day(to),
        });
    }
    // Tag and folder lanes are for tools the app is not: a save keeps them as loaded.
    let shows_lanes = workspace
        .timeline
        .lanes
        .iter()
        .all(|lane| matches!(lane.key, LaneKey::Entity(_) | LaneKey::EntityType(_)));
    if shows_lanes {
        workspace.timeline.lanes = lanes_of(app);
    }
    workspace.filters.date_from = view.date_range.map(|(from, _)| format_day(from));
    workspace.filters.date_to = view.date_range.map(|(_, to)| format_day(to));
    workspace.view.language = match view.language {
        Language::English => SavedLanguage::En,
        Language::Arabic => SavedLanguage::Ar,
    };
    // "System" stays as written while the app shows the light theme it stands for here.
    let theme_matches = match workspace.view.theme {
        Theme::Dark => view.dark,
        Theme::Light | Theme::System => !view.dark,
    };
    if !theme_matches {
        workspace.view.theme = if view.dark { Theme::Dark } else { Theme::Light };
    }
    workspace.view.font_size = view.text_size;
    // A size goes in once the analyst has dragged that panel; until then the file keeps its own.
    for (name, &size) in &view.resized_panels {
        workspace.view.panels.insert(name.clone(), size);
    }
    workspace
}

/// Puts a loaded workspace into the app (after its corpus folder has loaded).
pub fn apply_workspace(app: &mut MarsadApp, mut workspace: Workspace) {
    app.replace_corrections(workspace.core_corrections());
    let view = &mut app.view;
    view.search_text.clone_from(&workspace.filters.search);
    view.timeline_rtl = workspace.timeline.rtl_axis;
    apply_timeline(view, &workspace);
    view.language = match workspace.view.language {
        SavedLanguage::En => Language::English,
        SavedLanguage::Ar => Language::Arabic,
    };
    match workspace.view.theme {
        Theme::Dark => view.dark = true,
        Theme::Light => view.dark = false,
        Theme::System => {}
    }
    view.text_size = workspace.view.font_size.clamp(10.0, 48.0);
    view.resized_panels.clear();
    if !workspace.view.panels.is_empty() {
        view.panel_sizes.clone_from(&workspace.view.panels);
        view.restore_panels = Some(workspace.view.panels.clone());
    }
    view.selected_entity = workspace
        .filters
        .entities
        .iter()
        .map(|key| EntityId::from(key.as_str()))
        .find(|id| app.corpus.entities.get(id).is_some());
    let selected = workspace.selected_article.as_deref().and_then(|path| {
        app.corpus
            .articles
            .iter()
            .position(|entry| entry.analysis.path == path)
    });
    if selected.is_some() {
        view.select_article(selected);
        view.scroll_list_to_selected = true;
    }
    view.invalidate();
    app.work.articles = std::mem::take(&mut workspace.articles);
    app.work.doc = workspace;
    app.work.count_edit();
}

/// The timeline's lanes as the file names them: one per entity type, or the selected
/// entity's own lane. Lanes per entity with no entity selected show the type lanes.
fn lanes_of(app: &MarsadApp) -> Vec<Lane> {
    let view = &app.view;
    let entity = view
        .selected_entity
        .as_ref()
        .filter(|_| view.timeline.lanes_per_entity)
        .and_then(|id| app.corpus.entities.get(id));
    match entity {
        Some(entity) => vec![Lane {
            label: entity.name.clone(),
            key: LaneKey::Entity(entity_key(entity)),
        }],
        None => EntityType::ALL
            .iter()
            .map(|&t| Lane {
                label: t.as_str().to_owned(),
                key: LaneKey::EntityType(t),
            })
            .collect(),
    }
}

/// The timeline's settings and the list's date range from a workspace. The lane entity is
/// the selected entity, which the entity filter already restored.
fn apply_timeline(view: &mut ViewState, workspace: &Workspace) {
    let timeline = &workspace.timeline;
    view.timeline.hijri = timeline.hijri;
    view.timeline.only_listed = timeline.only_listed;
    view.timeline.lanes_per_entity = timeline
        .lanes
        .iter()
        .any(|lane| matches!(lane.key, LaneKey::Entity(_)));
    if let Some(range) = &timeline.range
        && let (Some(from), Some(to)) = (parse_day(&range.start), parse_day(&range.end))
        && from < to
    {
        view.timeline.restore_days(from, to);
    }
    let filters = &workspace.filters;
    let day = |text: &Option<String>| text.as_deref().and_then(parse_day);
    // The list filters on a closed range only; a file with one end gets none.
    view.date_range = match (day(&filters.date_from), day(&filters.date_to)) {
        (Some(from), Some(to)) => Some((from.min(to), from.max(to))),
        _ => None,
    };
}

/// Days since 1970 of a `YYYY-MM-DD` date; `None` for anything else (31 February too).
pub(super) fn parse_day(text: &str) -> Option<i64> {
    let mut parts = text.trim().splitn(3, '-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: i64 = parts.next()?.parse().ok()?;
    let day: i64 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let days = days_from_civil(year, month, day);
    (crate::state::civil_from_days(days) == (year, month, day)).then_some(days)
}

/// The id notes and tags on an entity are kept under: its stable `TYPE:folded key` id.
pub fn entity_key(entity: &Entity) -> String {
    entity.id.as_str().to_owned()
}
