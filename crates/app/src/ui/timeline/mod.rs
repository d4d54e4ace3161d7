//! The timeline panel: events and publication dates on a date axis, in lanes.
//!
//! Day events are markers, month/year/interval dates bars, publication dates a
//! lane of their own. Hovering shows the event's label, date and sentence (shaped
//! by cosmic-text); clicking opens the article at the sentence and flashes it.
//! Dragging across the plot in "select range" mode, or with the right button,
//! filters the article list to the dragged days. Zoomed out past
//! [`DETAIL_LIMIT`] items, lanes show counts per calendar bin instead.

pub mod axis;
pub mod export;
mod interact;
mod plot;

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::time::{Duration, Instant};

use egui::{Pos2, Ui};
use egui_plot::PlotTransform;

use crate::analysis::{EntityType, Mention};
use crate::shaping::TextEngine;
use crate::state::{Corpus, ViewState, display_day};
use crate::timeline_model::{ArticleInput, LaneSpec, Source, TimelineModel};
use marsad_core::corpus::EntityId;

use self::axis::AxisCalendar;
use self::export::ExportState;

/// Above this many items in view, lanes show counts per bin instead of items.
pub const DETAIL_LIMIT: usize = 2_000;

/// How often the model is rebuilt while a folder is still loading.
const REBUILD_WHILE_LOADING: Duration = Duration::from_millis(500);

/// What the model was built from: article count, whether the folder had finished
/// loading (then events are clustered), the lanes, the fingerprint of the listed
/// articles when the timeline follows the list, and the entities' generation
/// (corrections move mentions between entities).
type ModelKey = (usize, bool, LaneSpec, Option<u64>, u64);

/// What the model holds, for the summary line: events, publication dates, lanes with items.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Events (clusters of events across articles) on the timeline.
    pub events: usize,
    /// Articles with a publication date on the timeline.
    pub published: usize,
    /// Lanes holding at least one item.
    pub lanes: usize,
}

/// The timeline's settings, its model and what the last frame drew.
#[derive(Debug)]
pub struct TimelineState {
    /// Label the axis in the Umm al-Qura calendar.
    pub hijri: bool,
    /// One lane per entity selected in the sidebar instead of one per entity type.
    pub lanes_per_entity: bool,
    /// Primary-button drags select a date range instead of panning.
    pub select_range: bool,
    /// Show only the articles the list's search, entity and tag filters keep.
    pub only_listed: bool,
    model: TimelineModel,
    model_key: Option<ModelKey>,
    /// The model of the whole folder, which the shown model is filtered from.
    full: TimelineModel,
    /// What `full` was built from: article count, whether loaded, lanes.
    full_key: Option<(usize, bool, LaneSpec, u64)>,
    /// How many times the model was built: it must not be every frame.
    builds: u64,
    summary: Summary,
    /// The list generation last fingerprinted, and its fingerprint.
    listed_print: Option<(u64, u64)>,
    /// A saved x range to show once the model is built, over the fit-all default.
    restored_x: Option<(f64, f64)>,
    built_at: Option<Instant>,
    /// The x range to show next frame (after a rebuild, a reset or a click on a bin).
    pending_x: Option<(f64, f64)>,
    /// The day a range drag started on and the day it is at.
    drag: Option<(f64, f64)>,
    /// The plot's transform in the last frame, to place items on screen.
    last_transform: Option<PlotTransform>,
    /// How many items and bins the last frame drew.
    last_drawn: (usize, usize),
    export: ExportState,
}

impl Default for TimelineState {
    fn default() -> Self {
        Self {
            hijri: false,
            lanes_per_entity: false,
            select_range: false,
            // An analyst who narrowed the list expects the timeline to show the same articles.
            only_listed: true,
            model: TimelineModel::default(),
            model_key: None,
            full: TimelineModel::default(),
            full_key: None,
            builds: 0,
            summary: Summary::default(),
            listed_print: None,
            restored_x: None,
            built_at: None,
            pending_x: None,
            drag: None,
            last_transform: None,
            last_drawn: (0, 0),
            export: ExportState::default(),
        }
    }
}

impl TimelineState {
    /// The state for a newly opened folder, keeping the analyst's settings.
    #[must_use]
    pub fn fresh(&self) -> Self {
        Self {
            hijri: self.hijri,
            lanes_per_entity: self.lanes_per_entity,
            only_listed: self.only_listed,
            ..Self::default()
        }
    }

    /// How many times the model was built since the folder was opened.
    pub fn builds(&self) -> u64 {
        self.builds
    }

    /// What the model holds: events, publication dates and lanes with items.
    pub fn summary(&self) -> Summary {
        self.summary
    }

    /// The whole days the plot shows: a restored range not yet drawn, else what the last
    /// frame drew; `None` before the plot was ever drawn.
    pub fn shown_days(&self) -> Option<(i64, i64)> {
        let (from, to) = if let Some(x) = self.restored_x {
            x
        } else {
            let transform = self.last_transform?;
            let bounds = transform.bounds();
            (bounds.min()[0], bounds.max()[0])
        };
        let (from, to) = (from.round(), to.round());
        // Days since 1970 of any real date fit an i64 many times over.
        #[allow(clippy::cast_possible_truncation)]
        (from.is_finite() && to.is_finite() && from < to).then_some((from as i64, to as i64))
    }

    /// True when the last frame showed the fit of all items (what opening a folder shows),
    /// and no saved range waits to be shown: a workspace then saves no range.
    pub fn fits_all(&self) -> bool {
        let (Some(transform), None) = (self.last_transform, self.restored_x) else {
            return false;
        };
        let bounds = transform.bounds();
        let shown = (bounds.min()[0].round(), bounds.max()[0].round());
        self.model
            .day_bounds()
            .map(padded)
            .is_some_and(|(from, to)| (from.round(), to.round()) == shown)
    }

    /// Shows the days `from..to` once the model is built (a workspace being opened).
    pub fn restore_days(&mut self, from: i64, to: i64) {
        self.restored_x = Some((from as f64, to as f64));
    }

    /// The model the panel shows.
    pub fn model(&self) -> &TimelineModel {
        &self.model
    }

    /// Shows the days `from..=to` (since 1970) from the next frame on.
    pub fn show_days(&mut self, from: f64, to: f64) {
        self.pending_x = Some((from, to));
    }

    /// How many items and how many bins the last frame drew (one of them is 0).
    pub fn drawn(&self) -> (usize, usize) {
        self.last_drawn
    }

    /// The axis calendar.
    pub fn calendar(&self) -> AxisCalendar {
        if self.hijri {
            AxisCalendar::Hijri
        } else {
            AxisCalendar::Gregorian
        }
    }

    /// Where the last frame drew the first event of `article` (a cluster it belongs
    /// to), if it was on screen.
    pub fn event_position(&self, article: usize) -> Option<Pos2> {
        self.screen_position(|source| match source {
            Source::Event(c) => self
                .model
                .clusters
                .get(c)
                .is_some_and(|m| m.iter().any(|&(a, _)| a == article)),
            Source::Published(_) => false,
        })
    }

    /// Where the last frame drew `article`'s publication date, if it was on screen.
    pub fn published_position(&self, article: usize) -> Option<Pos2> {
        self.screen_position(|source| source == Source::Published(article))
    }

    /// Where the last frame drew the day `day` on the x axis, at the publication lane.
    pub fn day_position(&self, day: f64) -> Option<Pos2> {
        let t = self.last_transform?;
        Some(t.position_from_point(&egui_plot::PlotPoint::new(day, 0.0)))
    }

    fn screen_position(&self, matches: impl Fn(Source) -> bool) -> Option<Pos2> {
        let t = self.last_transform?;
        self.model
            .items
            .iter()
            .filter(|i| matches(i.source))
            .map(|i| {
                let x = if i.bar { i.x + i.width / 2.0 } else { i.x };
                t.position_from_point(&egui_plot::PlotPoint::new(x, i.y))
            })
            .find(|p| t.frame().contains(*p))
    }

    /// Rebuilds the model when the corpus or the lanes changed; while loading,
    /// at most every [`REBUILD_WHILE_LOADING`].
    fn refresh_model(
        &mut self,
        ctx: &egui::Context,
        view: (Option<&EntityId>, &[usize], u64),
        corpus: &Corpus,
        complete: bool,
    ) {
        let (view_entity, listed, generation) = view;
        let entities = corpus.entities.list();
        let selected = view_entity.and_then(|id| entities.iter().position(|e| &e.id == id));
        let spec = match (self.lanes_per_entity, selected) {
            (true, Some(entity)) => LaneSpec::Entities(vec![entity]),
            _ => LaneSpec::ByType,
        };
        let print = if self.only_listed {
            Some(self.listed_fingerprint(listed, generation))
        } else {
            None
        };
        let entities_generation = corpus.entities.generation();
        let key = (
            corpus.articles.len(),
            complete,
            spec,
            print,
            entities_generation,
        );
        if self.model_key.as_ref() == Some(&key) {
            return;
        }
        if !complete
            && let Some(built) = self.built_at
            && built.elapsed() < REBUILD_WHILE_LOADING
        {
            ctx.request_repaint_after(REBUILD_WHILE_LOADING);
            return;
        }
        let full_key = (
            corpus.articles.len(),
            complete,
            key.2.clone(),
            entities_generation,
        );
        if self.full_key.as_ref() != Some(&full_key) {
            let inputs: Vec<ArticleInput<'_>> = corpus
                .articles
                .iter()
                .map(|a| ArticleInput {
                    day: a.day,
                    events: &a.analysis.events,
                })
                .collect();
            let entity_by_text = entity_positions(corpus, &full_key.2);
            let entity_of = |m: &Mention| {
                entity_by_text
                    .get(&(m.entity_type, m.text.as_str()))
                    .copied()
            };
            self.full = match (&corpus.event_clusters, complete) {
                (Some(clusters), true) => TimelineModel::build_with_clusters(
                    &inputs,
                    &full_key.2,
                    &entity_of,
                    clusters.clone(),
                ),
                _ => TimelineModel::build(&inputs, &full_key.2, &entity_of, complete),
            };
            self.full_key = Some(full_key);
        }
        let old_bounds = self.model.day_bounds();
        // Filtering the whole folder's model keeps one cluster per report and costs no sort.
        self.model = if print.is_some() {
            let mut shown = vec![false; corpus.articles.len()];
            for &index in listed {
                if let Some(flag) = shown.get_mut(index) {
                    *flag = true;
                }
            }
            self.full.filtered(&shown)
        } else {
            self.full.clone()
        };
        self.summary = summarize(&self.model);
        self.builds += 1;
        let bounds = self.model.day_bounds();
        if bounds != old_bounds {
            self.pending_x = bounds.map(padded);
        }
        self.model_key = Some(key);
        self.built_at = Some(Instant::now());
    }

    /// A hash of the listed articles, computed again only when the list was recomputed
    /// (a new sort order, say, recomputes the list but leaves the set as it was).
    fn listed_fingerprint(&mut self, listed: &[usize], generation: u64) -> u64 {
        if let Some((seen, print)) = self.listed_print
            && seen == generation
        {
            return print;
        }
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        listed.hash(&mut hasher);
        let print = hasher.finish();
        self.listed_print = Some((generation, print));
        print
    }
}

/// What a model holds, counted once per build.
fn summarize(model: &TimelineModel) -> Summary {
    let mut clusters = vec![false; model.clusters.len()];
    let mut lanes = vec![false; model.lanes.len()];
    let mut published = 0;
    for item in &model.items {
        if let Some(lane) = lanes.get_mut(item.lane) {
            *lane = true;
        }
        match item.source {
            Source::Published(_) => published += 1,
            Source::Event(c) => {
                if let Some(seen) = clusters.get_mut(c) {
                    *seen = true;
                }
            }
        }
    }
    Summary {
        events: clusters.iter().filter(|&&c| c).count(),
        published,
        lanes: lanes.iter().filter(|&&l| l).count(),
    }
}

/// For lanes per entity, each participant's entity (its place in the sidebar's list).
/// Mentions written alike resolve alike, so text and type find it.
fn entity_positions<'a>(
    corpus: &'a Corpus,
    spec: &LaneSpec,
) -> HashMap<(EntityType, &'a str), usize> {
    let mut by_text = HashMap::new();
    if !matches!(spec, LaneSpec::Entities(_)) {
        return by_text;
    }
    let position: HashMap<&EntityId, usize> = corpus
        .entities
        .list()
        .iter()
        .enumerate()
        .map(|(i, e)| (&e.id, i))
        .collect();
    for article in 0..corpus.articles.len() {
        for resolved in corpus.entities.mentions(article) {
            if let Some(&index) = position.get(&resolved.entity) {
                let mention = &resolved.mention;
                by_text
                    .entry((mention.entity_type, mention.text.as_str()))
                    .or_insert(index);
            }
        }
    }
    by_text
}

/// A day range with some room on both sides (and at least a week shown).
fn padded((first, last): (f64, f64)) -> (f64, f64) {
    let pad = ((last - first) * 0.05).max(3.0);
    (first - pad, last + pad)
}

/// The timeline panel. `complete` is false while the folder is still loading.
pub fn timeline_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    view: &mut ViewState,
    corpus: &Corpus,
    complete: bool,
) {
    let labels = view.language.labels();
    let rtl = view.language.is_rtl();
    let mut reset = false;
    let mut save = false;
    super::row_ui(ui, rtl, |ui| {
        ui.heading(labels.timeline);
        ui.checkbox(&mut view.timeline_rtl, labels.right_to_left_axis);
        ui.checkbox(&mut view.timeline.hijri, labels.hijri_dates);
        ui.checkbox(&mut view.timeline.lanes_per_entity, labels.lanes_per_entity);
        ui.checkbox(&mut view.timeline.only_listed, labels.only_listed)
            .on_hover_text(labels.only_listed_hint);
        ui.toggle_value(&mut view.timeline.select_range, labels.select_range)
            .on_hover_text(labels.select_range_hint);
        reset = ui.button(labels.reset_view).clicked();
        save = ui.button(labels.save_png).clicked();
        range_chip_ui(ui, view);
    });
    export_row_ui(ui, view);
    if view.timeline.lanes_per_entity && view.selected_entity.is_none() {
        ui.weak(labels.pick_entity_for_lane);
    }
    let ctx = ui.ctx().clone();
    let list = (
        view.selected_entity.as_ref(),
        view.listed.as_slice(),
        view.listed_generation,
    );
    view.timeline.refresh_model(&ctx, list, corpus, complete);
    let state = &mut view.timeline;
    if reset {
        state.pending_x = state.model.day_bounds().map(padded);
    }
    if state.model.items.is_empty() {
        ui.weak(labels.no_dated_items);
        return;
    }
    if complete && let Some(x) = state.restored_x.take() {
        state.pending_x = Some(x);
    }
    summary_ui(ui, engine, view);
    let area = plot::plot_area_ui(ui, engine, view, corpus);
    if save {
        view.timeline.export.start(&ctx);
    }
    view.timeline.export.poll(&ctx, area);
}

/// One line saying what the timeline holds, for the eye and the accessibility tree.
fn summary_ui(ui: &mut Ui, engine: &mut TextEngine, view: &ViewState) {
    let labels = view.language.labels();
    let Summary {
        events,
        published,
        lanes,
    } = view.timeline.summary;
    let text = match view.language {
        crate::i18n::Language::English => format!(
            "{events} {} · {published} {} · {lanes} {}",
            labels.events_word, labels.published, labels.lanes_word
        ),
        crate::i18n::Language::Arabic => format!(
            "{}: {events} · {}: {published} · {}: {lanes}",
            labels.events_word, labels.published, labels.lanes_word
        ),
    };
    // Arabic words go through the shaping bridge; egui would put them in the wrong order.
    crate::shaping::label_ui(ui, engine, &text, 12.0, ui.visuals().weak_text_color());
}

/// The date-range filter as a chip with a clear button; nothing when there is none.
pub fn range_chip_ui(ui: &mut Ui, view: &mut ViewState) {
    let Some((from, to)) = view.date_range else {
        return;
    };
    let labels = view.language.labels();
    let text = format!(
        "{}: {} – {}",
        labels.dates_filter,
        display_day(from, view.language),
        display_day(to, view.language)
    );
    ui.label(egui::RichText::new(text).background_color(ui.visuals().selection.bg_fill));
    if ui
        .small_button("×")
        .on_hover_text(labels.clear_filters)
        .clicked()
    {
        view.date_range = None;
    }
}

/// The path field shown when no save dialog is available, and the last export's outcome.
fn export_row_ui(ui: &mut Ui, view: &mut ViewState) {
    let labels = view.language.labels();
    let rtl = view.language.is_rtl();
    let export = &mut view.timeline.export;
    if let Some(path) = export.path_entry.as_mut() {
        let mut chosen = None;
        super::row_ui(ui, rtl, |ui| {
            ui.weak(labels.no_save_dialog);
            ui.add(egui::TextEdit::singleline(path).desired_width(320.0));
            if ui.button(labels.save).clicked() && !path.trim().is_empty() {
                chosen = Some(std::path::PathBuf::from(path.trim()));
            }
        });
        if let Some(path) = chosen {
            export.save_to(path);
        }
    }
    match &export.outcome {
        Some(Ok(path)) => {
            ui.weak(format!("{}: {path}", labels.saved_to));
        }
        Some(Err(err)) => {
            ui.colored_label(ui.visuals().error_fg_color, err);
        }
        None => {}
    }
}
