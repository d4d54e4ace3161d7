//! The article list: search, sort, entity filter and virtualised rows.

use egui::{Align, Id, Layout, Role, Sense, Ui, UiBuilder, WidgetInfo, vec2};

use super::{PanelContext, PanelOut, theme};
use crate::command::AppCommand;
use crate::model::{ArticleEntry, SortKey, format_day};
use crate::shaping::label_ui;

/// The search box's id, so Ctrl+F can focus it.
pub fn search_id() -> Id {
    Id::unique("article_search")
}

/// Height of one list row in points.
const ROW_HEIGHT: f32 = 46.0;

/// The article list panel; the workspace's tags show on the rows they are on.
pub fn article_list_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let labels = cx.labels();
    let rtl = cx.rtl();
    let model = cx.model;
    super::row_ui(ui, rtl, |ui| {
        ui.heading(labels.articles);
        ui.weak(format!(
            "{} / {}",
            cx.derived.list.value.visible.len(),
            model.corpus.articles.len()
        ));
    });
    search_box_ui(ui, cx, out);
    super::row_ui(ui, rtl, |ui| {
        for (key, label) in [
            (SortKey::Date, labels.sort_by_date),
            (SortKey::Title, labels.sort_by_title),
        ] {
            let active = model.sort == key;
            let response = ui.selectable_label(active, format!("{label}    "));
            if active {
                sort_arrow_ui(ui, response.rect, model.sort_descending, rtl);
            }
            if response.clicked() {
                let descending = if active {
                    !model.sort_descending
                } else {
                    key == SortKey::Date
                };
                out.push(AppCommand::SetSort(key, descending));
            }
        }
    });
    if let Some(entity) = model.selected_entity() {
        super::row_ui(ui, rtl, |ui| {
            ui.weak(labels.filtered_by);
            let color = super::entity_color(entity.entity_type, cx.dark());
            label_ui(ui, out.engine, &entity.name, theme::BODY, color);
            if ui
                .small_button("×")
                .on_hover_text(labels.clear_filters)
                .clicked()
            {
                out.push(AppCommand::SelectEntity(None));
            }
        });
    }
    if model.settings.filters.date_range.is_some() {
        super::row_ui(ui, rtl, |ui| super::timeline::range_chip_ui(ui, cx, out));
    }
    ui.separator();
    rows_ui(ui, cx, out);
}

/// A small triangle at the end of a sort button (its left end in right-to-left
/// text, where the label's padding goes): down for descending.
fn sort_arrow_ui(ui: &Ui, rect: egui::Rect, descending: bool, rtl: bool) {
    let x = if rtl {
        rect.left() + 9.0
    } else {
        rect.right() - 9.0
    };
    let center = egui::pos2(x, rect.center().y);
    let (w, h) = (4.0, 3.5);
    let points = if descending {
        vec![
            center + vec2(-w, -h),
            center + vec2(w, -h),
            center + vec2(0.0, h),
        ]
    } else {
        vec![
            center + vec2(-w, h),
            center + vec2(w, h),
            center + vec2(0.0, -h),
        ]
    };
    let color = ui.visuals().strong_text_color();
    ui.painter().add(egui::Shape::convex_polygon(
        points,
        color,
        egui::Stroke::NONE,
    ));
}

fn search_box_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let labels = cx.labels();
    let rtl = cx.rtl();
    let search = &cx.model.settings.filters.search;
    super::row_ui(ui, rtl, |ui| {
        let clear = !search.is_empty()
            && ui
                .small_button("×")
                .on_hover_text(labels.clear_filters)
                .clicked();
        let mut text = search.clone();
        let edit = egui::TextEdit::singleline(&mut text)
            .id(search_id())
            // The hint is laid out without bidi: after the Arabic words the shortcut came
            // out with mirrored parentheses and clipped at the left edge.
            .hint_text(if rtl {
                format!("(Ctrl+F)  {}", labels.search_hint)
            } else {
                format!("{}  (Ctrl+F)", labels.search_hint)
            })
            .align(if rtl {
                egui::Align2::RIGHT_CENTER
            } else {
                egui::Align2::LEFT_CENTER
            })
            .desired_width(f32::INFINITY);
        if ui.add(edit).changed() {
            out.push(AppCommand::SetSearch(text));
        }
        if clear {
            out.push(AppCommand::SetSearch(String::new()));
        }
    });
    // egui's text edit has no bidi, so the query is echoed through the shaping path.
    if search
        .chars()
        .any(marsad_core::text::chars::is_arabic_block)
    {
        ui.with_layout(Layout::top_down(Align::Max), |ui| {
            let color = ui.visuals().weak_text_color();
            label_ui(ui, out.engine, search, theme::BODY, color);
        });
    }
}

fn rows_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let visible = &cx.derived.list.value.visible;
    let selected_article = cx.model.selected_article;
    let selected_position = selected_article.and_then(|a| visible.iter().position(|&v| v == a));
    let mut scroll = egui::ScrollArea::vertical()
        .auto_shrink(false)
        .id_salt("article_rows");
    if std::mem::take(&mut out.panels.scroll_list_to_selected)
        && let Some(position) = selected_position
    {
        let spacing = ui.spacing().item_spacing.y;
        let offset = position as f32 * (ROW_HEIGHT + spacing);
        let viewport = ui.available_height();
        let current = ui
            .ctx()
            .data(|d| d.get_temp::<f32>(Id::unique("article_rows_offset")))
            .unwrap_or(0.0);
        if offset < current || offset + ROW_HEIGHT > current + viewport {
            scroll = scroll.vertical_scroll_offset((offset - viewport / 2.0).max(0.0));
        }
    }
    let output = scroll.show_rows(ui, ROW_HEIGHT, visible.len(), |ui, range| {
        for &article_id in visible.get(range).unwrap_or_default() {
            let Some(entry) = cx.model.corpus.articles.get(article_id) else {
                continue;
            };
            let selected = selected_article == Some(article_id);
            if row_ui(ui, cx, out, entry, selected).clicked() {
                out.push(AppCommand::SelectArticle(Some(article_id)));
            }
        }
    });
    ui.ctx().data_mut(|d| {
        d.insert_temp(
            Id::unique("article_rows_offset"),
            output.state.clamped_offset().y,
        )
    });
}

fn row_ui(
    ui: &mut Ui,
    cx: &PanelContext<'_>,
    out: &mut PanelOut<'_>,
    entry: &ArticleEntry,
    selected: bool,
) -> egui::Response {
    let labels = cx.labels();
    let tags = &cx.work.doc.tags;
    let analysis = &entry.analysis;
    let (rect, response) =
        ui.allocate_exact_size(vec2(ui.available_width(), ROW_HEIGHT), Sense::click());
    response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &analysis.title));
    super::name_row::row_background_ui(ui, rect, &response, selected, 4.0);
    let visuals = ui.visuals();
    let title_color = if selected {
        visuals.selection.stroke.color
    } else {
        visuals.strong_text_color()
    };
    let weak = visuals.weak_text_color();
    let mut child = ui.new_child(
        UiBuilder::new()
            .max_rect(rect.shrink2(vec2(6.0, 2.0)))
            .layout(Layout::top_down(Align::Max)),
    );
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    child.style_mut().interaction.selectable_labels = false;
    label_ui(
        &mut child,
        out.engine,
        &analysis.title,
        theme::NAME,
        title_color,
    );
    super::row_ui(&mut child, true, |ui| {
        let date = entry
            .day
            .map_or_else(|| labels.no_date.to_owned(), format_day);
        // Dates and counts mix digits with Arabic words: the bidi-aware path keeps their order.
        label_ui(ui, out.engine, &date, theme::TINY, weak);
        if let Some(section) = &analysis.section {
            label_ui(ui, out.engine, section, theme::TINY, weak);
        }
        let count = cx.language().count(entry.entity_ids.len(), labels.entities);
        label_ui(ui, out.engine, &count, theme::TINY, weak);
        for tag in tags.articles.get(&analysis.path).into_iter().flatten() {
            super::annotations::tag_badge_ui(ui, out.engine, &tags.definitions, tag);
        }
    });
    response
}
