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
/// loading (then events are clustered), and the lanes.
type ModelKey = (usize, bool, LaneSpec, u64);

/// The timeline's settings, its model and what the last frame drew.
#[derive(Debug, Default)]
pub struct TimelineState {
    /// Label the axis in the Umm al-Qura calendar.
    pub hijri: bool,
    /// One lane per entity selected in the sidebar instead of one per entity type.
    pub lanes_per_entity: bool,
    /// Primary-button drags select a date range instead of panning.
    pub select_range: bool,
    model: TimelineModel,
    model_key: Option<ModelKey>,
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

impl TimelineState {
    /// The state for a newly opened folder, keeping the analyst's settings.
    #[must_use]
    pub fn fresh(&self) -> Self {
        Self {
            hijri: self.hijri,
            lanes_per_entity: self.lanes_per_entity,
            ..Self::default()
        }
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
        view_entity: Option<&EntityId>,
        corpus: &Corpus,
        complete: bool,
    ) {
        let entities = corpus.entities.list();
        let selected = view_entity.and_then(|id| entities.iter().position(|e| &e.id == id));
        let spec = match (self.lanes_per_entity, selected) {
            (true, Some(entity)) => LaneSpec::Entities(vec![entity]),
            _ => LaneSpec::ByType,
        };
        let key = (
            corpus.articles.len(),
            complete,
            spec,
            corpus.entities.generation(),
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
        let inputs: Vec<ArticleInput<'_>> = corpus
            .articles
            .iter()
            .map(|a| ArticleInput {
                day: a.day,
                events: &a.analysis.events,
            })
            .collect();
        // Lanes per entity need each participant's entity (its place in the sidebar's
        // list); mentions written alike resolve alike, so text and type find it.
        let mut entity_by_text: HashMap<(EntityType, &str), usize> = HashMap::new();
        if matches!(key.2, LaneSpec::Entities(_)) {
            let position: HashMap<&EntityId, usize> = entities
                .iter()
                .enumerate()
                .map(|(i, e)| (&e.id, i))
                .collect();
            for article in 0..corpus.articles.len() {
                for resolved in corpus.entities.mentions(article) {
                    if let Some(&index) = position.get(&resolved.entity) {
                        let mention = &resolved.mention;
                        entity_by_text
                            .entry((mention.entity_type, mention.text.as_str()))
                            .or_insert(index);
                    }
                }
            }
        }
        let entity_of = |m: &Mention| {
            entity_by_text
                .get(&(m.entity_type, m.text.as_str()))
                .copied()
        };
        let old_bounds = self.model.day_bounds();
        self.model = TimelineModel::build(&inputs, &key.2, &entity_of, complete);
        let bounds = self.model.day_bounds();
        if bounds != old_bounds {
            self.pending_x = bounds.map(padded);
        }
        self.model_key = Some(key);
        self.built_at = Some(Instant::now());
    }
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
    view.timeline
        .refresh_model(&ctx, view.selected_entity.as_ref(), corpus, complete);
    if reset {
        view.timeline.pending_x = view.timeline.model.day_bounds().map(padded);
    }
    if view.timeline.model.items.is_empty() {
        ui.weak(labels.no_dated_items);
        return;
    }
    let area = plot::plot_area_ui(ui, engine, view, corpus);
    if save {
        view.timeline.export.start(&ctx);
    }
    view.timeline.export.poll(&ctx, area);
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
