//! The Sources view beside the entity sidebar: sources ranked by statements and
//! grouped by kind; under them the selected source's statements, or, with none
//! selected, the share of unnamed sources per outlet and per article and who cites
//! whom. What it shows is [`crate::derived::sources`]'s; a frame only draws.

use egui::{Color32, Role, Ui};
use marsad_core::attribution::SourceKind;

use super::name_row::{NameRow, ROW_HEIGHT, name_row_ui};
use super::{PanelContext, PanelOut, theme};
use crate::analysis::EntityType;
use crate::command::AppCommand;
use crate::derived::source_names::CHAIN_ARROW;
use crate::derived::sources::{Share, SourceRow, Sources};
use crate::i18n::source_labels;

/// Which view the side panel shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SideView {
    #[default]
    Entities,
    Sources,
}

/// A source row: a button that selects the source, like the sidebar's entities.
const SOURCE_ROW: NameRow = NameRow {
    role: Role::Button,
    margin: 6.0,
    name_size: theme::NAME,
    counts_width: 130.0,
    counts_share: 0.45,
};

/// A row of the overview: an outlet, an article or a citation, with its figures.
const SHARE_ROW: NameRow = NameRow {
    role: Role::Link,
    margin: 4.0,
    name_size: theme::BODY,
    counts_width: 90.0,
    counts_share: 0.4,
};

/// The share of the panel the list keeps above the statements or the overview.
const LIST_SHARE: f32 = 0.45;
/// Rows of a section shown at first, and added by each "Show more": a row shown the
/// first time is shaped then, so a long section would make one frame slow.
pub const SHOWN_STEP: usize = 15;

/// The colour sources of a kind are named in.
pub fn kind_color(kind: SourceKind, dark: bool) -> Color32 {
    match kind {
        SourceKind::Person => super::entity_color(EntityType::Pers, dark),
        SourceKind::Organization => super::entity_color(EntityType::Org, dark),
        SourceKind::Document => super::entity_color(EntityType::Misc, dark),
        SourceKind::Outlet if dark => Color32::from_rgb(0x4c, 0xc9, 0xc9),
        SourceKind::Outlet => Color32::from_rgb(0x00, 0x7a, 0x7a),
        SourceKind::Anonymous if dark => Color32::from_rgb(0xc8, 0xaa, 0x8a),
        SourceKind::Anonymous => Color32::from_rgb(0x80, 0x5a, 0x36),
    }
}

/// The side panel's two views as tabs, each with its count: entities listed, statements.
pub fn side_tabs_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let words = source_labels(cx.language());
    let entities = cx.derived.sidebar.value.listed;
    let statements = (out.panels.side == SideView::Sources)
        .then(|| cx.derived.sources.value.statements.to_string());
    super::row_ui(ui, cx.rtl(), |ui| {
        for (view, label, count) in [
            (
                SideView::Entities,
                cx.labels().entities,
                Some(entities.to_string()),
            ),
            (SideView::Sources, words.sources, statements),
        ] {
            let shown = out.panels.side == view;
            let text = egui::RichText::new(label).heading();
            if ui.selectable_label(shown, text).clicked() {
                out.panels.side = view;
            }
            if let Some(count) = count {
                ui.weak(count);
            }
            ui.add_space(8.0);
        }
    });
    ui.separator();
}

/// The Sources view.
pub fn sources_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let words = source_labels(cx.language());
    let sources = &cx.derived.sources.value;
    if sources.statements == 0 {
        ui.weak(words.no_statements);
        return;
    }
    let rows: usize = sources.groups.iter().map(|(_, rows)| rows.len() + 1).sum();
    let height = (ui.available_height() * LIST_SHARE).max(ROW_HEIGHT * 4.0);
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .max_height(height)
        .id_salt("source_rows")
        .show_rows(ui, ROW_HEIGHT, rows, |ui, range| {
            for index in range {
                match row_at(sources, index) {
                    Some(Row::Group(kind, count)) => group_row_ui(ui, cx, kind, count),
                    Some(Row::Source(row)) => source_row_ui(ui, cx, out, row),
                    None => {}
                }
            }
        });
    ui.separator();
    if cx.model.source.is_some() {
        super::source_detail::source_detail_ui(ui, cx, out);
    } else {
        overview_ui(ui, cx, out, sources);
    }
}

/// One row of the grouped list.
enum Row<'a> {
    Group(SourceKind, usize),
    Source(&'a SourceRow),
}

/// The `index`th row of the groups laid out one after another, each under its header.
fn row_at(sources: &Sources, mut index: usize) -> Option<Row<'_>> {
    for (kind, rows) in &sources.groups {
        if index == 0 {
            return Some(Row::Group(*kind, rows.len()));
        }
        index -= 1;
        if let Some(row) = rows.get(index) {
            return Some(Row::Source(row));
        }
        index -= rows.len();
    }
    None
}

fn group_row_ui(ui: &mut Ui, cx: &PanelContext<'_>, kind: SourceKind, count: usize) {
    let words = source_labels(cx.language());
    let text = egui::RichText::new(format!("{} ({count})", words.group(kind)))
        .strong()
        .color(kind_color(kind, cx.dark()));
    super::row_ui(ui, cx.rtl(), |ui| {
        ui.set_height(ROW_HEIGHT - ui.spacing().item_spacing.y);
        ui.label(text);
    });
}

/// A source: a click selects it (again: unselects), filtering the list to its articles.
fn source_row_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>, row: &SourceRow) {
    let language = cx.language();
    let words = source_labels(language);
    let selected = cx.model.source.as_ref() == Some(&row.key);
    let counts = format!(
        "{} · {}",
        language.count(row.statements, words.statements),
        language.count(row.articles, cx.labels().in_articles)
    );
    let color = kind_color(row.key.kind, cx.dark());
    let response = name_row_ui(
        ui,
        out.engine,
        &SOURCE_ROW,
        &row.name,
        &counts,
        color,
        selected,
    );
    let response = response.on_hover_text(words.kind(row.key.kind));
    if response.clicked() {
        let next = (!selected).then(|| row.key.clone());
        out.push(AppCommand::SelectSource(next));
    }
}

/// With no source selected: unnamed sources per outlet and per article, who cites whom.
fn overview_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>, sources: &Sources) {
    let words = source_labels(cx.language());
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .id_salt("source_overview")
        .show(ui, |ui| {
            section_ui(ui, cx, words.by_outlet, sources.outlets.len());
            let (id, shown) = shown_rows(ui, "outlets");
            for share in sources.outlets.iter().take(shown) {
                let name = share.of.as_deref().unwrap_or(words.outlet_not_named);
                let strong = ui.visuals().strong_text_color();
                share_row_ui(ui, out, name, share, strong);
            }
            show_more_ui(ui, cx, id, shown, sources.outlets.len());
            section_ui(ui, cx, words.by_article, sources.articles.len());
            let (id, shown) = shown_rows(ui, "articles");
            for share in sources.articles.iter().take(shown) {
                article_share_ui(ui, cx, out, share);
            }
            show_more_ui(ui, cx, id, shown, sources.articles.len());
            section_ui(ui, cx, words.who_cites_whom, sources.citations.len());
            let (id, shown) = shown_rows(ui, "citations");
            for citation in sources.citations.iter().take(shown) {
                let line = format!("{}{CHAIN_ARROW}{}", citation.from.0, citation.to.0);
                let color = kind_color(citation.from.1, cx.dark());
                let count = citation.count.to_string();
                name_row_ui(ui, out.engine, &SHARE_ROW, &line, &count, color, false);
            }
            show_more_ui(ui, cx, id, shown, sources.citations.len());
        });
}

/// An article with its share of unnamed sources; a click opens it.
fn article_share_ui(
    ui: &mut Ui,
    cx: &PanelContext<'_>,
    out: &mut PanelOut<'_>,
    share: &Share<usize>,
) {
    let Some(entry) = cx.model.corpus.articles.get(share.of) else {
        return;
    };
    let selected = cx.model.selected_article == Some(share.of);
    let color = if selected {
        ui.visuals().selection.stroke.color
    } else {
        ui.visuals().strong_text_color()
    };
    if share_row_ui(ui, out, &entry.analysis.title, share, color).clicked() {
        out.push(AppCommand::SelectArticle(Some(share.of)));
        out.panels.scroll_list_to_selected = true;
    }
}

/// How many rows of the section named `name` to show, and where that count is kept.
pub fn shown_rows(ui: &Ui, name: impl std::hash::Hash + std::fmt::Debug) -> (egui::Id, usize) {
    let id = ui.scope_id().with(("shown rows", name));
    let shown = ui.data(|d| d.get_temp(id)).unwrap_or(SHOWN_STEP);
    (id, shown)
}

/// A "Show more" button under a section showing `shown` of its `total` rows.
pub fn show_more_ui(ui: &mut Ui, cx: &PanelContext<'_>, id: egui::Id, shown: usize, total: usize) {
    if total <= shown {
        return;
    }
    let text = format!("{} ({})", cx.labels().show_more, total - shown);
    if ui.small_button(text).clicked() {
        ui.data_mut(|d| d.insert_temp(id, shown + SHOWN_STEP));
    }
}

fn section_ui(ui: &mut Ui, cx: &PanelContext<'_>, title: &str, count: usize) {
    ui.add_space(4.0);
    super::row_ui(ui, cx.rtl(), |ui| {
        ui.strong(title);
        ui.weak(count.to_string());
    });
}

/// A name with its statements from unnamed sources: `3/10 · 30%`.
fn share_row_ui<T>(
    ui: &mut Ui,
    out: &mut PanelOut<'_>,
    name: &str,
    share: &Share<T>,
    color: Color32,
) -> egui::Response {
    let percent = (share.anonymous * 100 + share.statements / 2)
        .checked_div(share.statements)
        .unwrap_or(0);
    let counts = format!("{}/{} · {percent}%", share.anonymous, share.statements);
    name_row_ui(ui, out.engine, &SHARE_ROW, name, &counts, color, false)
}
