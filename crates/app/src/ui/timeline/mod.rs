//! The timeline panel: events and publication dates on a date axis, in lanes.
//!
//! Day events are markers, month/year/interval dates bars, publication dates a
//! lane of their own. Hovering shows the event's label, date and sentence (shaped
//! by cosmic-text); clicking opens the article at the sentence and flashes it.
//! Dragging across the plot in "select range" mode, or with the right button,
//! filters the article list to the dragged days. Zoomed out past
//! [`DETAIL_LIMIT`] items, lanes show counts per calendar bin instead. The model
//! is [`crate::derived::timeline`]'s; this module keeps only what the plot needs
//! between frames.

pub mod axis;
pub mod export;
mod interact;
mod plot;

use std::sync::Arc;

use egui::{Pos2, Ui};
use egui_plot::PlotTransform;

use super::{PanelContext, PanelOut, theme};
use crate::command::AppCommand;
use crate::derived::timeline::Summary;
use crate::derived::timeline_model::{Item, Source, TimelineModel};
use crate::i18n::Language;
use crate::model::format_day;

use self::axis::AxisCalendar;
use self::export::ExportState;

/// Above this many items in view, lanes show counts per bin instead of items.
pub const DETAIL_LIMIT: usize = 2_000;

/// The plot's state between frames.
#[derive(Debug, Default)]
pub struct TimelineView {
    /// Primary-button drags select a date range instead of panning.
    pub select_range: bool,
    /// The model drawn last frame.
    model: Arc<TimelineModel>,
    /// A saved x range to show once the model is built, over the first view.
    restored_x: Option<(f64, f64)>,
    /// The model's `settings_restored` last seen.
    restored_seen: u64,
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

impl TimelineView {
    /// The model the panel showed last.
    pub fn model(&self) -> &TimelineModel {
        &self.model
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

    /// True when the last frame showed the first view (the days most dates fall in, what
    /// opening a folder shows), and no saved range waits to be shown: a workspace then
    /// saves no range.
    pub fn shows_first_view(&self) -> bool {
        let (Some(transform), None) = (self.last_transform, self.restored_x) else {
            return false;
        };
        let bounds = transform.bounds();
        let shown = (bounds.min()[0].round(), bounds.max()[0].round());
        self.first_view()
            .is_some_and(|(from, to)| (from.round(), to.round()) == shown)
    }

    /// The x range of the first view: the model's dense range, with room around it.
    fn first_view(&self) -> Option<(f64, f64)> {
        self.model.dense_bounds().map(padded)
    }

    /// The x range that shows every item.
    fn all_items_view(&self) -> Option<(f64, f64)> {
        self.model.day_bounds().map(padded)
    }

    /// The range a workspace keeps: none while the plot shows its first view.
    fn kept_range(&self) -> Option<(i64, i64)> {
        if self.shows_first_view() {
            None
        } else {
            self.shown_days()
        }
    }

    /// Shows the days `from..=to` (since 1970) from the next frame on.
    pub fn show_days(&mut self, from: f64, to: f64) {
        self.pending_x = Some((from, to));
    }

    /// How many items and how many bins the last frame drew (one of them is 0).
    pub fn drawn(&self) -> (usize, usize) {
        self.last_drawn
    }

    /// Where the last frame drew the first event of `article` (a cluster it belongs
    /// to), if it was on screen.
    pub fn event_position(&self, article: usize) -> Option<Pos2> {
        self.item_position(|item| match item.source {
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
        self.item_position(|item| item.source == Source::Published(article))
    }

    /// Where the last frame drew the day `day` on the x axis, at the publication lane.
    pub fn day_position(&self, day: f64) -> Option<Pos2> {
        let t = self.last_transform?;
        Some(t.position_from_point(&egui_plot::PlotPoint::new(day, 0.0)))
    }

    /// Where the last frame drew the first item that `matches`, if it was on screen.
    pub fn item_position(&self, matches: impl Fn(&Item) -> bool) -> Option<Pos2> {
        let t = self.last_transform?;
        self.model
            .items
            .iter()
            .filter(|i| matches(i))
            .map(|i| {
                let x = if i.bar { i.x + i.width / 2.0 } else { i.x };
                t.position_from_point(&egui_plot::PlotPoint::new(x, i.y))
            })
            .find(|p| t.frame().contains(*p))
    }

    /// Takes in the model built for this frame and a range restored from a workspace:
    /// a model with another dense range shows its first view, a restored range over that.
    fn follow(&mut self, cx: &PanelContext<'_>, complete: bool) {
        let model = cx.derived.timeline.model();
        if !Arc::ptr_eq(&self.model, model) {
            let old_bounds = self.model.dense_bounds();
            self.model = Arc::clone(model);
            if self.model.dense_bounds() != old_bounds {
                self.pending_x = self.first_view();
            }
        }
        if self.restored_seen != cx.model.settings_restored {
            self.restored_seen = cx.model.settings_restored;
            self.restored_x = cx
                .model
                .settings
                .timeline
                .range
                .map(|(from, to)| (from as f64, to as f64));
        }
        if complete && let Some(x) = self.restored_x.take() {
            self.pending_x = Some(x);
        }
    }
}

/// The axis calendar the settings ask for.
pub fn calendar(hijri: bool) -> AxisCalendar {
    if hijri {
        AxisCalendar::Hijri
    } else {
        AxisCalendar::Gregorian
    }
}

/// A day range with some room on both sides (and at least a week shown).
fn padded((first, last): (f64, f64)) -> (f64, f64) {
    let pad = ((last - first) * 0.05).max(3.0);
    (first - pad, last + pad)
}

/// The timeline panel. Its model is built only while the folder's load lets it
/// (`cx.job` is `None` once the folder has loaded).
pub fn timeline_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let labels = cx.labels();
    let complete = cx.job.is_none();
    let Toolbar {
        reset,
        fit_all,
        save,
    } = toolbar_ui(ui, cx, out);
    export_row_ui(ui, cx, out);
    let settings = &cx.model.settings;
    if settings.timeline.lanes_per_entity && settings.filters.entity.is_none() {
        ui.weak(labels.pick_entity_for_lane);
    }
    let view = &mut out.panels.timeline;
    view.follow(cx, complete);
    if reset {
        view.pending_x = view.first_view();
    }
    if fit_all {
        view.pending_x = view.all_items_view();
    }
    if view.model.items.is_empty() {
        ui.weak(labels.no_dated_items);
        return;
    }
    summary_ui(ui, cx, out);
    let area = plot::plot_area_ui(ui, cx, out);
    let ctx = ui.ctx().clone();
    let view = &mut out.panels.timeline;
    if save {
        view.export.start(&ctx);
    }
    view.export.poll(&ctx, area);
    let kept = view.kept_range();
    if kept != settings.timeline.range {
        out.push(AppCommand::TimelineShown(kept));
    }
}

/// The toolbar's buttons clicked this frame.
#[derive(Clone, Copy, Debug, Default)]
struct Toolbar {
    /// Back to the first view.
    reset: bool,
    /// Show every item.
    fit_all: bool,
    /// Save the timeline as a PNG.
    save: bool,
}

/// The timeline's check boxes and buttons; which buttons were clicked.
fn toolbar_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) -> Toolbar {
    let labels = cx.labels();
    let dates = cx.language().date_labels();
    let mut settings = cx.model.settings.clone();
    let mut clicked = Toolbar::default();
    super::row_ui(ui, cx.rtl(), |ui| {
        ui.heading(labels.timeline);
        let timeline = &mut settings.timeline;
        ui.checkbox(&mut timeline.rtl_axis, labels.right_to_left_axis);
        ui.checkbox(&mut timeline.hijri, labels.hijri_dates);
        ui.checkbox(&mut timeline.lanes_per_entity, labels.lanes_per_entity);
        ui.checkbox(&mut timeline.only_listed, labels.only_listed)
            .on_hover_text(labels.only_listed_hint);
        ui.checkbox(&mut timeline.show_background, dates.background_events)
            .on_hover_text(dates.background_hint);
        ui.toggle_value(&mut out.panels.timeline.select_range, labels.select_range)
            .on_hover_text(labels.select_range_hint);
        clicked.reset = ui
            .button(labels.reset_view)
            .on_hover_text(dates.reset_view_hint)
            .clicked();
        clicked.fit_all = ui
            .button(dates.fit_all)
            .on_hover_text(dates.fit_all_hint)
            .clicked();
        clicked.save = ui.button(labels.save_png).clicked();
        range_chip_ui(ui, cx, out);
    });
    if settings.timeline != cx.model.settings.timeline {
        out.push(AppCommand::SetSettings(Box::new(settings)));
    }
    clicked
}

/// One line saying what the timeline holds, for the eye and the accessibility tree.
fn summary_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let labels = cx.labels();
    let Summary {
        events,
        published,
        lanes,
        background,
    } = cx.derived.timeline.summary();
    let language = cx.language();
    let mut parts = vec![language.count(events, labels.events_word)];
    if background > 0 {
        let dates = language.date_labels();
        let word = if cx.model.settings.timeline.show_background {
            dates.background_shown
        } else {
            dates.background_hidden
        };
        parts.push(language.count(background, word));
    }
    parts.push(language.count(published, labels.published));
    parts.push(language.count(lanes, labels.lanes_word));
    let text = parts.join(" · ");
    // Arabic words go through the shaping bridge; egui would put them in the wrong order.
    let color = ui.visuals().weak_text_color();
    crate::shaping::label_ui(ui, out.engine, &text, theme::SMALL, color);
}

/// A day for the screen. With the Arabic interface the digits come from the Arabic
/// font, so the hyphens become non-breaking hyphens, which it has too: one font keeps
/// one baseline.
pub fn display_day(days: i64, language: Language) -> String {
    let text = format_day(days);
    if language.is_rtl() {
        text.replace('-', "\u{2011}")
    } else {
        text
    }
}

/// The date-range filter as a chip with a clear button; nothing when there is none.
pub fn range_chip_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let Some((from, to)) = cx.model.settings.filters.date_range else {
        return;
    };
    let labels = cx.labels();
    let text = format!(
        "{}: {} – {}",
        labels.dates_filter,
        display_day(from, cx.language()),
        display_day(to, cx.language())
    );
    ui.label(egui::RichText::new(text).background_color(ui.visuals().selection.bg_fill));
    if ui
        .small_button("×")
        .on_hover_text(labels.clear_filters)
        .clicked()
    {
        out.push(AppCommand::SetDateRange(None));
    }
}

/// The path field shown when no save dialog is available, and the last export's outcome.
fn export_row_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let labels = cx.labels();
    let export = &mut out.panels.timeline.export;
    if let Some(path) = export.path_entry.as_mut() {
        let mut chosen = None;
        super::row_ui(ui, cx.rtl(), |ui| {
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
