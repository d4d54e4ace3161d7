//! The timeline: one marker per dated article on a date axis, with hover and click.

use egui::Ui;
use egui_plot::{GridMark, MarkerShape, Plot, PlotPoint, Points};

use crate::shaping::{TextEngine, label_ui};
use crate::state::{Corpus, ViewState, display_day};

/// How close (in points) the pointer must be to a marker to hover it.
const HOVER_DISTANCE: f32 = 10.0;

/// The timeline panel over the articles in the list.
pub fn timeline_ui(ui: &mut Ui, engine: &mut TextEngine, view: &mut ViewState, corpus: &Corpus) {
    let labels = view.language.labels();
    let rtl = view.language.is_rtl();
    let language = view.language;
    let mut reset = false;
    super::row_ui(ui, rtl, |ui| {
        ui.heading(labels.timeline);
        ui.checkbox(&mut view.timeline_rtl, labels.right_to_left_axis);
        reset = ui.button(labels.reset_view).clicked();
    });
    let (points, article_ids) = dated_points(view, corpus);
    if points.is_empty() {
        ui.weak(labels.no_dated_items);
        return;
    }
    let selected = view.selected_article.and_then(|a| article_ids.iter().position(|&id| id == a)).and_then(|i| points.get(i).copied());
    let mut plot = Plot::new("timeline_plot")
        .invert_x(view.timeline_rtl)
        .x_axis_formatter(|mark: GridMark, _range| display_day(mark.value.round() as i64, language))
        .y_axis_formatter(|_, _| String::new())
        .show_y(false)
        .include_y(0.0)
        .include_y(points.iter().map(|p| p[1]).fold(1.0, f64::max) + 1.0)
        .label_formatter(|_| None)
        .allow_boxed_zoom(true);
    if reset {
        plot = plot.reset();
    }
    let published = labels.published.to_owned();
    let color = ui.visuals().hyperlink_color;
    let highlight = ui.visuals().selection.stroke.color;
    let dark = view.dark;
    let output = plot.show(ui, |plot_ui| {
        plot_ui.points(Points::new(published, points.clone()).radius(3.5).shape(MarkerShape::Circle).color(color));
        if let Some(point) = selected {
            let marker_color = if dark { egui::Color32::WHITE } else { highlight };
            plot_ui.points(Points::new("selected", vec![point]).radius(7.0).shape(MarkerShape::Diamond).color(marker_color).filled(true));
        }
    });
    let response = &output.response;
    let nearest = response.hover_pos().and_then(|pointer| {
        points
            .iter()
            .enumerate()
            .map(|(i, p)| (i, output.transform.position_from_point(&PlotPoint::new(p[0], p[1])).distance(pointer)))
            .filter(|&(_, d)| d <= HOVER_DISTANCE)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i)
    });
    let Some(index) = nearest else { return };
    let Some(&article_id) = article_ids.get(index) else { return };
    let Some(entry) = corpus.articles.get(article_id) else { return };
    if response.clicked() {
        view.select_article(Some(article_id));
        view.scroll_list_to_selected = true;
    }
    response.clone().on_hover_ui_at_pointer(|ui| {
        let color = ui.visuals().strong_text_color();
        label_ui(ui, engine, &entry.analysis.title, 15.0, color);
        if let Some(day) = entry.day {
            ui.weak(display_day(day, language));
        }
    });
}

/// One point per dated article in the list: x = day, y stacks articles of the same day.
fn dated_points(view: &ViewState, corpus: &Corpus) -> (Vec<[f64; 2]>, Vec<usize>) {
    let mut dated: Vec<(i64, usize)> = view.visible.iter().filter_map(|&id| Some((corpus.articles.get(id)?.day?, id))).collect();
    dated.sort_unstable();
    let mut points = Vec::with_capacity(dated.len());
    let mut ids = Vec::with_capacity(dated.len());
    let mut stack = 0.0;
    let mut previous_day = None;
    for (day, id) in dated {
        stack = if previous_day == Some(day) { stack + 1.0 } else { 1.0 };
        previous_day = Some(day);
        points.push([day as f64, stack]);
        ids.push(id);
    }
    (points, ids)
}
