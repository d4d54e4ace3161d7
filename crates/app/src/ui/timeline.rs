//! The timeline: one marker per dated article on a date axis, with hover and click.

use egui::Ui;
use egui_plot::{GridMark, MarkerShape, Plot, PlotPoint, Points};

use crate::shaping::{TextEngine, label_ui};
use crate::state::{Corpus, ViewState, days_from_civil, display_day};

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
    let items = timeline_items(view, corpus);
    if items.is_empty() {
        ui.weak(labels.no_dated_items);
        return;
    }
    let mut plot = Plot::new("timeline_plot")
        .invert_x(view.timeline_rtl)
        .x_axis_formatter(move |mark: GridMark, _range| {
            display_day(mark.value.round() as i64, language)
        })
        .y_axis_formatter(|_, _| String::new())
        .show_y(false)
        .include_y(items.iter().map(|i| i.y).fold(0.0, f64::min) - 1.0)
        .include_y(items.iter().map(|i| i.y).fold(0.0, f64::max) + 1.0)
        .label_formatter(|_| None)
        .legend(egui_plot::Legend::default())
        .allow_boxed_zoom(true);
    if reset {
        plot = plot.reset();
    }
    let published_color = ui.visuals().hyperlink_color;
    let mentioned_color = super::entity_color(crate::analysis::EntityType::Misc, view.dark);
    let selected_color = if view.dark {
        egui::Color32::WHITE
    } else {
        egui::Color32::BLACK
    };
    let series = |kind: ItemKind| -> Vec<[f64; 2]> {
        items
            .iter()
            .filter(|i| i.kind == kind)
            .map(|i| [i.x, i.y])
            .collect()
    };
    let (published, mentioned) = (series(ItemKind::Published), series(ItemKind::Mentioned));
    let selected: Vec<[f64; 2]> = items
        .iter()
        .filter(|i| Some(i.article) == view.selected_article)
        .map(|i| [i.x, i.y])
        .collect();
    let output = plot.show(ui, |plot_ui| {
        plot_ui.points(
            Points::new(labels.published, published)
                .radius(3.5)
                .shape(MarkerShape::Circle)
                .color(published_color),
        );
        if !mentioned.is_empty() {
            plot_ui.points(
                Points::new(labels.mentioned_dates, mentioned)
                    .radius(3.0)
                    .shape(MarkerShape::Square)
                    .color(mentioned_color),
            );
        }
        if !selected.is_empty() {
            plot_ui.points(
                Points::new(labels.selected_article, selected)
                    .radius(6.0)
                    .shape(MarkerShape::Diamond)
                    .color(selected_color)
                    .filled(false),
            );
        }
    });
    let response = &output.response;
    let nearest = response.hover_pos().and_then(|pointer| {
        items
            .iter()
            .map(|item| {
                (
                    item,
                    output
                        .transform
                        .position_from_point(&PlotPoint::new(item.x, item.y))
                        .distance(pointer),
                )
            })
            .filter(|&(_, d)| d <= HOVER_DISTANCE)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(item, _)| item)
    });
    let Some(item) = nearest else { return };
    let Some(entry) = corpus.articles.get(item.article) else {
        return;
    };
    if response.clicked() {
        view.select_article(Some(item.article));
        view.scroll_list_to_selected = true;
    }
    response.clone().on_hover_ui_at_pointer(|ui| {
        let strong = ui.visuals().strong_text_color();
        let weak = ui.visuals().weak_text_color();
        label_ui(ui, engine, &entry.analysis.title, 15.0, strong);
        if let Some(text) = item.date_text(entry) {
            label_ui(ui, engine, text, 13.0, weak);
        }
        ui.label(
            egui::RichText::new(display_day(item.x as i64, language))
                .small()
                .color(weak),
        );
    });
}

/// Which series a timeline marker belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ItemKind {
    Published,
    Mentioned,
}

/// One marker: an article's publication day, or a day its text mentions.
#[derive(Clone, Copy, Debug)]
struct TimelineItem {
    kind: ItemKind,
    x: f64,
    y: f64,
    article: usize,
    /// Index into the article's date expressions, for mentioned days.
    date: Option<usize>,
}

impl TimelineItem {
    /// The expression as written, for mentioned days.
    fn date_text<'a>(&self, entry: &'a crate::state::ArticleEntry) -> Option<&'a str> {
        Some(entry.analysis.dates.get(self.date?)?.text.as_str())
    }
}

/// Markers for the articles in the list: publication days stack upwards from 1,
/// days their text mentions stack downwards from −1.
fn timeline_items(view: &ViewState, corpus: &Corpus) -> Vec<TimelineItem> {
    let mut raw: Vec<(ItemKind, i64, usize, Option<usize>)> = Vec::new();
    for &article in &view.visible {
        let Some(entry) = corpus.articles.get(article) else {
            continue;
        };
        if let Some(day) = entry.day {
            raw.push((ItemKind::Published, day, article, None));
        }
        for (index, date) in entry.analysis.dates.iter().enumerate() {
            if let Some(day) = date.value_iso().as_deref().and_then(day_from_iso) {
                raw.push((ItemKind::Mentioned, day, article, Some(index)));
            }
        }
    }
    raw.sort_unstable_by_key(|&(kind, day, article, date)| {
        (kind == ItemKind::Mentioned, day, article, date)
    });
    let mut items = Vec::with_capacity(raw.len());
    let mut previous = None;
    let mut stack = 0.0;
    for (kind, day, article, date) in raw {
        stack = if previous == Some((kind, day)) {
            stack + 1.0
        } else {
            1.0
        };
        previous = Some((kind, day));
        let y = if kind == ItemKind::Published {
            stack
        } else {
            -stack
        };
        items.push(TimelineItem {
            kind,
            x: day as f64,
            y,
            article,
            date,
        });
    }
    items
}

/// The day of an ISO value that names one (`YYYY-MM-DD…`); months, years and durations have none.
fn day_from_iso(iso: &str) -> Option<i64> {
    let date = iso.get(..10)?;
    let mut parts = date.split('-');
    let (year, month, day) = (
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
    );
    (iso.len() == 10 || iso[10..].starts_with(['T', '/']))
        .then(|| days_from_civil(year, month, day))
}

#[cfg(test)]
mod tests {
    use super::day_from_iso;
    use crate::state::days_from_civil;

    #[test]
    fn only_values_that_name_a_day_get_a_marker() {
        let cases = [
            ("2021-05-21", Some(days_from_civil(2021, 5, 21))),
            ("2021-05-21T14:30", Some(days_from_civil(2021, 5, 21))),
            ("2021-05-21/2021-05-23", Some(days_from_civil(2021, 5, 21))),
            ("2021-05", None),
            ("2021", None),
            ("P11D", None),
        ];
        for (iso, expected) in cases {
            assert_eq!(day_from_iso(iso), expected, "{iso}");
        }
    }
}
