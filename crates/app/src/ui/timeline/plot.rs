//! Drawing the timeline: the plot with its items or bins, the lane names and
//! the date labels (both shaped by cosmic-text). What the pointer does is in `interact`.

use egui::{Align, Color32, Layout, Rect, Stroke, Ui, UiBuilder, pos2, vec2};
use egui_plot::{Bar, BarChart, GridMark, MarkerShape, Plot, PlotTransform, Points};

use super::axis::{self, Step};
use super::interact::{
    BAR_HALF, Drawn, Hit, belongs_to, handle_range_drag, hit_test, item_tooltip_ui, open_item,
};
use super::{DETAIL_LIMIT, calendar, padded};
use crate::derived::timeline_model::{Bin, LaneKey, TimelineModel};
use crate::shaping::{Fit, LayoutJob, TextEngine, TextStyle, label_ui};
use crate::ui::{PanelContext, PanelOut, theme};

/// Width of the lane-name column and height of the date-label row, in points.
const LANE_COLUMN: f32 = 130.0;
const AXIS_ROW: f32 = 22.0;
/// Narrowest bin of a zoomed-out view, in points.
const MIN_BIN_POINTS: f64 = 6.0;

/// The plot, the lane names beside it and the date labels under it; returns the
/// rectangle they fill (what a PNG export saves).
pub(super) fn plot_area_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) -> Rect {
    let total = ui.available_rect_before_wrap();
    let areas = Areas::split(total, cx.model.settings.timeline.rtl_axis);
    let colors = lane_colors(ui, cx, &out.panels.timeline.model);
    let (drawn, transform, response) = show_plot(ui, cx, out, areas.plot, &colors);
    let state = &mut out.panels.timeline;
    state.last_transform = Some(transform);
    state.last_drawn = match &drawn {
        Drawn::Items(items) => (items.len(), 0),
        Drawn::Bins(bins) => (0, bins.len()),
    };
    let hit = response
        .hover_pos()
        .and_then(|p| hit_test(&drawn, &state.model, &transform, p));
    handle_range_drag(ui, out, &response, &transform);
    if response.double_clicked() {
        let state = &mut out.panels.timeline;
        state.pending_x = state.first_view();
    }
    match hit {
        Some(Hit::Item(item)) => {
            if response.clicked() {
                open_item(cx, out, item.source);
            }
            response.clone().on_hover_ui_at_pointer(|ui| {
                item_tooltip_ui(ui, cx, out, item);
            });
        }
        Some(Hit::Bin(bin)) => bin_hover_ui(cx, out, &response, bin),
        None => {}
    }
    lane_names_ui(ui, cx, out, &areas, &transform, &colors);
    date_labels_ui(ui, cx, out, areas.axis, &transform);
    ui.advance_cursor_after_rect(total);
    total
}

/// Where the lane names, the plot and the date labels go.
struct Areas {
    lanes: Rect,
    plot: Rect,
    axis: Rect,
}

impl Areas {
    /// Splits `total`: lane names on the left (on the right with a right-to-left axis),
    /// the date labels under the plot.
    fn split(total: Rect, lanes_right: bool) -> Self {
        let column = LANE_COLUMN.min(total.width() * 0.3);
        let (lanes, plot) = if lanes_right {
            let split = total.right() - column;
            (
                Rect::from_min_max(pos2(split, total.top()), total.max),
                Rect::from_min_max(total.min, pos2(split, total.bottom() - AXIS_ROW)),
            )
        } else {
            let split = total.left() + column;
            (
                Rect::from_min_max(total.min, pos2(split, total.bottom())),
                Rect::from_min_max(
                    pos2(split, total.top()),
                    pos2(total.right(), total.bottom() - AXIS_ROW),
                ),
            )
        };
        let axis = Rect::from_min_max(plot.left_bottom(), pos2(plot.right(), total.bottom()));
        Self { lanes, plot, axis }
    }
}

/// A bin's count and days on hover; a click zooms into it.
fn bin_hover_ui(
    cx: &PanelContext<'_>,
    out: &mut PanelOut<'_>,
    response: &egui::Response,
    bin: Bin,
) {
    if response.clicked() {
        out.panels.timeline.pending_x = Some(padded((bin.from, bin.to)));
    }
    let language = cx.language();
    let calendar = calendar(cx.model.settings.timeline.hijri);
    let text = format!(
        "{} – {}",
        axis::date_label(bin.from as i64, axis::Grain::Day, calendar, language),
        axis::date_label(bin.to as i64 - 1, axis::Grain::Day, calendar, language),
    );
    response.clone().on_hover_ui_at_pointer(|ui| {
        ui.strong(language.count(bin.count, cx.labels().events_word));
        let color = ui.visuals().weak_text_color();
        label_ui(ui, out.engine, &text, theme::CAPTION, color);
    });
}

/// The entity of a lane per entity (its place in the entity list).
fn lane_entity<'a>(cx: &PanelContext<'a>, id: usize) -> Option<&'a marsad_core::corpus::Entity> {
    cx.model.corpus.entities.list().get(id)
}

/// The colour of each lane: entity-type colours, the link colour for publication dates.
fn lane_colors(ui: &Ui, cx: &PanelContext<'_>, model: &TimelineModel) -> Vec<Color32> {
    let dark = cx.dark();
    model
        .lanes
        .iter()
        .map(|lane| match *lane {
            LaneKey::Published => ui.visuals().hyperlink_color,
            LaneKey::Type(Some(t)) => super::super::entity_color(t, dark),
            LaneKey::Type(None) => ui.visuals().weak_text_color(),
            LaneKey::Entity(id) => lane_entity(cx, id).map_or(Color32::GRAY, |e| {
                super::super::entity_color(e.entity_type, dark)
            }),
        })
        .collect()
}

/// Shows the egui plot in `rect` and draws what is in view.
fn show_plot(
    ui: &mut Ui,
    cx: &PanelContext<'_>,
    out: &mut PanelOut<'_>,
    rect: Rect,
    colors: &[Color32],
) -> (Drawn, PlotTransform, egui::Response) {
    let state = &mut out.panels.timeline;
    let calendar = calendar(cx.model.settings.timeline.hijri);
    let pending_x = state.pending_x.take();
    let select = state.select_range;
    let drag = state.drag;
    let model = &state.model;
    let lanes = model.lanes.len().max(1);
    let (y0, y1) = (TimelineModel::lane_y(lanes - 1) - 0.6, 0.6);
    let width = f64::from(rect.width().max(1.0));
    let selected = cx.model.selected_article;
    let range = cx.model.settings.filters.date_range;
    let band = ui.visuals().selection.bg_fill.gamma_multiply(0.35);
    let ring = ui.visuals().strong_text_color();
    // The plot's memory (its bounds) is keyed by this id; a child ui's own id may change.
    let plot = Plot::new("timeline_plot")
        .id(ui.make_persistent_id("timeline_plot"))
        .invert_x(cx.model.settings.timeline.rtl_axis)
        .width(rect.width())
        .height(rect.height())
        .show_axes([false, false])
        .show_grid([true, false])
        .show_x(false)
        .show_y(false)
        .label_formatter(|_| None)
        .allow_zoom([true, false])
        .allow_scroll([true, false])
        .allow_drag([!select, false])
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .x_grid_spacer(move |input| {
            let step = Step::for_labels(width / (input.bounds.1 - input.bounds.0));
            axis::ticks(input.bounds.0, input.bounds.1, step, calendar, 200)
                .into_iter()
                .map(|day| GridMark {
                    value: day as f64,
                    step_size: step.approx_days(),
                })
                .collect()
        });
    let mut child = ui.new_child(UiBuilder::new().max_rect(rect));
    let output = plot.show(&mut child, |plot_ui| {
        if let Some((a, b)) = pending_x {
            plot_ui.set_plot_bounds_x(a..=b);
        }
        plot_ui.set_plot_bounds_y(y0..=y1);
        let (x0, x1) = pending_x.unwrap_or_else(|| {
            let b = plot_ui.plot_bounds();
            (b.min()[0], b.max()[0])
        });
        // Items just outside stay drawn, so a pan does not show them popping in.
        let margin = (x1 - x0) * 0.25;
        let (q0, q1) = (x0 - margin, x1 + margin);
        for (lo, hi) in [
            drag.map(|(a, b)| (a.min(b), a.max(b))),
            range.map(|(a, b)| (a as f64, b as f64 + 1.0)),
        ]
        .into_iter()
        .flatten()
        {
            plot_ui.span(egui_plot::Span::new("", lo..=hi).fill(band));
        }
        for lane in 1..lanes {
            let y = TimelineModel::lane_y(lane) + 0.5;
            plot_ui.hline(egui_plot::HLine::new("", y).color(band).allow_hover(false));
        }
        if model.count_between(q0, q1) <= DETAIL_LIMIT {
            let visible = model.visible(q0, q1);
            draw_items(plot_ui, model, &visible, colors, selected, ring);
            Drawn::Items(visible)
        } else {
            let step = Step::for_bins(width / (x1 - x0), MIN_BIN_POINTS);
            let pad = step.approx_days() * 1.5;
            let edges: Vec<f64> = axis::ticks(q0 - pad, q1 + pad, step, calendar, 4_000)
                .into_iter()
                .map(|d| d as f64)
                .collect();
            let bins = model.bins(&edges);
            draw_bins(plot_ui, &bins, lanes, colors);
            Drawn::Bins(bins)
        }
    });
    (output.inner, output.transform, output.response)
}

/// Markers for day events and publication dates, bars for coarser dates, a ring
/// around those of the open article. Dates read against a reference inferred from the
/// text are hollow.
fn draw_items(
    plot_ui: &mut egui_plot::PlotUi<'_>,
    model: &TimelineModel,
    visible: &[usize],
    colors: &[Color32],
    selected: Option<usize>,
    ring: Color32,
) {
    let lanes = model.lanes.len();
    // Per lane: filled markers, then hollow ones.
    let mut markers: Vec<[Vec<[f64; 2]>; 2]> = vec![[Vec::new(), Vec::new()]; lanes];
    let mut bars: Vec<Vec<Bar>> = vec![Vec::new(); lanes];
    let mut rings = Vec::new();
    for item in visible.iter().filter_map(|&i| model.items.get(i)) {
        let color = colors.get(item.lane).copied().unwrap_or(Color32::GRAY);
        if item.bar {
            let fill = if item.inferred { 0.1 } else { 0.55 };
            if let Some(lane) = bars.get_mut(item.lane) {
                lane.push(
                    Bar::new(item.y, item.width)
                        .base_offset(item.x)
                        .width(BAR_HALF * 2.0)
                        .fill(color.gamma_multiply(fill))
                        .stroke(Stroke::new(1.0, color)),
                );
            }
        } else if let Some(lane) = markers.get_mut(item.lane) {
            lane[usize::from(item.inferred)].push([item.x, item.y]);
        }
        if selected.is_some_and(|a| belongs_to(model, item.source, a)) {
            rings.push([item.x + item.width / 2.0, item.y]);
        }
    }
    for (lane, bars) in bars.into_iter().enumerate().filter(|(_, b)| !b.is_empty()) {
        let color = colors.get(lane).copied().unwrap_or(Color32::GRAY);
        plot_ui.bar_chart(
            BarChart::new("", bars)
                .horizontal()
                .color(color)
                .allow_hover(false),
        );
    }
    for (lane, [filled, hollow]) in markers.into_iter().enumerate() {
        let color = colors.get(lane).copied().unwrap_or(Color32::GRAY);
        let shape = if lane == 0 {
            MarkerShape::Circle
        } else {
            MarkerShape::Diamond
        };
        for (points, fill) in [(filled, true), (hollow, false)] {
            if points.is_empty() {
                continue;
            }
            plot_ui.points(
                Points::new("", points)
                    .radius(4.0)
                    .shape(shape)
                    .filled(fill)
                    .color(color)
                    .allow_hover(false),
            );
        }
    }
    if !rings.is_empty() {
        plot_ui.points(
            Points::new("", rings)
                .radius(7.0)
                .shape(MarkerShape::Circle)
                .filled(false)
                .color(ring)
                .allow_hover(false),
        );
    }
}

/// Counts per bin as a small histogram in each lane, heights by the square root
/// of the count so one busy day does not flatten the rest.
fn draw_bins(plot_ui: &mut egui_plot::PlotUi<'_>, bins: &[Bin], lanes: usize, colors: &[Color32]) {
    let mut max = vec![0_usize; lanes];
    for bin in bins {
        if let Some(m) = max.get_mut(bin.lane) {
            *m = (*m).max(bin.count);
        }
    }
    for lane in 0..lanes {
        let top = max.get(lane).copied().unwrap_or(0).max(1) as f64;
        let color = colors.get(lane).copied().unwrap_or(Color32::GRAY);
        let bars: Vec<Bar> = bins
            .iter()
            .filter(|b| b.lane == lane)
            .map(|b| {
                let height = 0.8 * (b.count as f64 / top).sqrt().max(0.1);
                Bar::new(f64::midpoint(b.from, b.to), height)
                    .base_offset(TimelineModel::lane_y(lane) - 0.4)
                    .width((b.to - b.from) * 0.9)
                    .fill(color.gamma_multiply(0.7))
                    .stroke(Stroke::NONE)
            })
            .collect();
        if !bars.is_empty() {
            plot_ui.bar_chart(BarChart::new("", bars).color(color).allow_hover(false));
        }
    }
}

/// The width of a single-line label as [`label_ui`] lays it out.
fn text_width(ui: &Ui, engine: &mut TextEngine, text: &str, size: f32, color: Color32) -> f32 {
    let job = LayoutJob {
        text,
        style: TextStyle {
            size,
            color,
            line_height: 1.45,
            ..TextStyle::default()
        },
        fit: Fit::SingleLine,
        pixels_per_point: ui.pixels_per_point(),
    };
    engine.layout(&job).size().x
}

/// Shows a shaped label (text, size, colour) in `rect`, laid out in `layout`.
fn label_in(
    ui: &mut Ui,
    engine: &mut TextEngine,
    rect: Rect,
    layout: Layout,
    (text, size, color): (&str, f32, Color32),
) {
    let mut child = ui.new_child(UiBuilder::new().max_rect(rect).layout(layout));
    label_ui(&mut child, engine, text, size, color);
}

/// The lane names beside the plot, shaped (entity names are Arabic).
fn lane_names_ui(
    ui: &mut Ui,
    cx: &PanelContext<'_>,
    out: &mut PanelOut<'_>,
    areas: &Areas,
    t: &PlotTransform,
    colors: &[Color32],
) {
    let labels = cx.labels();
    // Lanes closer than a line of text get smaller names; too close, none.
    let spacing = (t.position_from_point_y(0.0) - t.position_from_point_y(-1.0)).abs();
    if spacing < 8.0 {
        return;
    }
    let size = (spacing * 0.85).clamp(8.0, theme::CAPTION);
    let align = if cx.model.settings.timeline.rtl_axis {
        Layout::right_to_left(Align::Center)
    } else {
        Layout::left_to_right(Align::Center)
    };
    let model = std::sync::Arc::clone(&out.panels.timeline.model);
    for (lane, key) in model.lanes.iter().enumerate() {
        let name = match *key {
            LaneKey::Published => labels.published,
            LaneKey::Type(Some(t)) => super::super::group_label(t, labels),
            LaneKey::Type(None) => labels.no_participants,
            LaneKey::Entity(id) => lane_entity(cx, id).map_or("?", |e| e.name.as_str()),
        };
        let y = t.position_from_point_y(TimelineModel::lane_y(lane));
        if y < areas.plot.top() || y > areas.plot.bottom() {
            continue;
        }
        let rect = Rect::from_center_size(
            pos2(areas.lanes.center().x, y),
            vec2(areas.lanes.width() - 8.0, size * 1.5),
        );
        let color = colors.get(lane).copied().unwrap_or(Color32::GRAY);
        label_in(ui, out.engine, rect, align, (name, size, color));
    }
}

/// The date labels under the plot, at the steps the grid lines use.
fn date_labels_ui(
    ui: &mut Ui,
    cx: &PanelContext<'_>,
    out: &mut PanelOut<'_>,
    row: Rect,
    t: &PlotTransform,
) {
    let engine = &mut *out.engine;
    let bounds = t.bounds();
    let (x0, x1) = (bounds.min()[0], bounds.max()[0]);
    if x1 <= x0 {
        return;
    }
    let calendar = calendar(cx.model.settings.timeline.hijri);
    let step = Step::for_labels(f64::from(row.width()) / (x1 - x0));
    let color = ui.visuals().text_color();
    let mut placed: Vec<(f32, f32)> = Vec::new();
    for day in axis::ticks(x0, x1, step, calendar, 64) {
        let text = axis::tick_label(day, step, calendar, cx.language());
        let width = text_width(ui, engine, &text, theme::SMALL, color);
        let x = t.position_from_point_x(day as f64);
        let (left, right) = (x - width / 2.0, x + width / 2.0);
        if left < row.left()
            || right > row.right()
            || placed
                .iter()
                .any(|&(l, r)| left < r + 6.0 && l < right + 6.0)
        {
            continue;
        }
        placed.push((left, right));
        let rect = Rect::from_min_size(
            pos2(left, row.top() + 2.0),
            vec2(width + 1.0, row.height() - 2.0),
        );
        let layout = Layout::left_to_right(Align::Min);
        label_in(ui, engine, rect, layout, (&text, theme::SMALL, color));
    }
}
