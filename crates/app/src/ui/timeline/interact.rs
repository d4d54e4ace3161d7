//! What the pointer does on the timeline: which item or bin it is over, the
//! hover card, opening an event's article at its sentence, and range drags.

use egui::{PointerButton, Pos2, Ui};
use egui_plot::{PlotPoint, PlotTransform};

use super::axis::{self, AxisCalendar};
use super::calendar;
use crate::command::AppCommand;
use crate::derived::timeline_model::{Bin, Item, Source, TimelineModel};
use crate::shaping::{RichText, label_ui, rich_text_ui};
use crate::ui::reveal::Reveal;
use crate::ui::{PanelContext, PanelOut, theme};

/// How close (in points) the pointer must be to a marker to hover it.
pub(super) const HOVER_DISTANCE: f32 = 10.0;
/// Half the thickness of an event bar, in lane units.
pub(super) const BAR_HALF: f64 = 0.07;
/// What the plot drew this frame, for hit-testing.
pub(super) enum Drawn {
    Items(Vec<usize>),
    Bins(Vec<Bin>),
}

/// What the pointer is over.
pub(super) enum Hit {
    Item(Item),
    Bin(Bin),
}

/// True when the item is `article`'s publication date or an event it reports.
pub(super) fn belongs_to(model: &TimelineModel, source: Source, article: usize) -> bool {
    match source {
        Source::Published(a) => a == article,
        Source::Event(c) => model
            .clusters
            .get(c)
            .is_some_and(|m| m.iter().any(|&(a, _)| a == article)),
    }
}

/// The item or bin under the pointer: the nearest marker within reach, a bar under it.
pub(super) fn hit_test(
    drawn: &Drawn,
    model: &TimelineModel,
    t: &PlotTransform,
    pointer: Pos2,
) -> Option<Hit> {
    match drawn {
        Drawn::Items(visible) => visible
            .iter()
            .filter_map(|&i| model.items.get(i))
            .filter_map(|item| {
                let distance = if item.bar {
                    let rect = t.rect_from_values(
                        &PlotPoint::new(item.x, item.y - BAR_HALF),
                        &PlotPoint::new(item.x + item.width, item.y + BAR_HALF),
                    );
                    rect.expand(3.0).contains(pointer).then_some(HOVER_DISTANCE)
                } else {
                    let at = t.position_from_point(&PlotPoint::new(item.x, item.y));
                    Some(at.distance(pointer)).filter(|&d| d <= HOVER_DISTANCE)
                }?;
                Some((item, distance))
            })
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(item, _)| Hit::Item(*item)),
        Drawn::Bins(bins) => {
            let value = t.value_from_position(pointer);
            let lane = (-value.y).round().max(0.0) as usize;
            bins.iter()
                .find(|b| b.lane == lane && b.from <= value.x && value.x < b.to)
                .map(|b| Hit::Bin(*b))
        }
    }
}

/// Opens what an item stands for: the article of a publication date, or an
/// event's article scrolled to its sentence (the next member of a cluster when
/// the open article is already one of them).
pub(super) fn open_item(cx: &PanelContext<'_>, out: &mut PanelOut<'_>, source: Source) {
    let (article, event) = match source {
        Source::Published(a) => (a, None),
        Source::Event(c) => {
            let Some(members) = out.panels.timeline.model().clusters.get(c) else {
                return;
            };
            let next = members
                .iter()
                .position(|&(a, _)| Some(a) == cx.model.selected_article)
                .map_or(0, |p| (p + 1) % members.len());
            let Some(&(a, e)) = members.get(next) else {
                return;
            };
            (a, Some(e))
        }
    };
    out.push(AppCommand::SelectArticle(Some(article)));
    out.panels.scroll_list_to_selected = true;
    out.panels.flash = event
        .and_then(|e| {
            cx.model
                .corpus
                .articles
                .get(article)?
                .analysis
                .events
                .get(e)
        })
        .map(|event| Reveal::new(article, event.sentence));
}

/// The hover card of an item: the event's label, its date as written and in the
/// axis calendar, its sentence, and the articles reporting it; or an article's
/// title and publication date.
pub(super) fn item_tooltip_ui(
    ui: &mut Ui,
    cx: &PanelContext<'_>,
    out: &mut PanelOut<'_>,
    item: Item,
) {
    ui.set_max_width(440.0);
    let strong = ui.visuals().strong_text_color();
    let weak = ui.visuals().weak_text_color();
    let language = cx.language();
    let calendar = calendar(cx.model.settings.timeline.hijri);
    let corpus = &cx.model.corpus;
    let engine = &mut *out.engine;
    let date_line = |day: f64| {
        let gregorian = axis::date_label(
            day as i64,
            axis::Grain::Day,
            AxisCalendar::Gregorian,
            language,
        );
        match calendar {
            AxisCalendar::Hijri => format!(
                "{gregorian} · {}",
                axis::date_label(day as i64, axis::Grain::Day, AxisCalendar::Hijri, language)
            ),
            AxisCalendar::Gregorian => gregorian,
        }
    };
    match item.source {
        Source::Published(a) => {
            let Some(entry) = corpus.articles.get(a) else {
                return;
            };
            label_ui(ui, engine, &entry.analysis.title, theme::NAME, strong);
            ui.label(
                egui::RichText::new(format!(
                    "{} · {}",
                    language.labels().published,
                    date_line(item.x)
                ))
                .small()
                .color(weak),
            );
        }
        Source::Event(c) => {
            let Some(members) = out.panels.timeline.model().clusters.get(c) else {
                return;
            };
            let event_of = |&(a, e): &(usize, usize)| {
                let entry = corpus.articles.get(a)?;
                Some((entry, entry.analysis.events.get(e)?))
            };
            let Some((entry, event)) = members.first().and_then(event_of) else {
                return;
            };
            let text = &entry.analysis.text;
            label_ui(ui, engine, &event.label, theme::EMPHASIS, strong);
            let mut date = date_line(item.x);
            if item.bar {
                date = format!("{date} – {}", date_line(item.x + item.width - 1.0));
            }
            ui.label(egui::RichText::new(date).small().color(weak));
            if let Some(written) = event.date_span.slice(text) {
                label_ui(ui, engine, written, theme::CAPTION, weak);
            }
            if item.inferred
                && let Some(day) = entry.analysis.inferred_reference
            {
                crate::ui::date_reading::inferred_reference_ui(ui, engine, language, day);
            }
            if let Some(sentence) = event.sentence.slice(text) {
                let rich = RichText {
                    size: theme::NAME,
                    context_menu: false,
                    ..RichText::new(sentence.trim())
                };
                rich_text_ui(ui, engine, &rich);
            }
            let mut articles: Vec<usize> = members.iter().map(|&(a, _)| a).collect();
            articles.dedup();
            let labels = language.labels();
            ui.label(
                egui::RichText::new(language.count(articles.len(), labels.reported_by))
                    .small()
                    .color(weak),
            );
            for a in articles.iter().take(4) {
                if let Some(entry) = corpus.articles.get(*a) {
                    label_ui(ui, engine, &entry.analysis.title, theme::CAPTION, weak);
                }
            }
        }
    }
}

/// Range drags: with the right button, or the left one in "select range" mode.
/// On release the dragged days become the article list's date filter.
pub(super) fn handle_range_drag(
    ui: &Ui,
    out: &mut PanelOut<'_>,
    response: &egui::Response,
    t: &PlotTransform,
) {
    let state = &mut out.panels.timeline;
    if response.drag_stopped() {
        if let Some((a, b)) = state.drag.take() {
            let (lo, hi) = (a.min(b), a.max(b));
            let points = (hi - lo) * t.dpos_dvalue_x().abs();
            if points >= 4.0 {
                out.push(AppCommand::SetDateRange(Some((
                    lo.floor() as i64,
                    hi.floor() as i64,
                ))));
            }
        }
        return;
    }
    let ranging = response.dragged_by(PointerButton::Secondary)
        || (state.select_range && response.dragged_by(PointerButton::Primary));
    if !ranging {
        state.drag = None;
        return;
    }
    let origin = ui.input(|i| i.pointer.press_origin());
    if let (Some(origin), Some(now)) = (origin, response.interact_pointer_pos()) {
        state.drag = Some((
            t.value_from_position(origin).x,
            t.value_from_position(now).x,
        ));
    }
}
