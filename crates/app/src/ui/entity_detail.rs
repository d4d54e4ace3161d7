//! The selected entity's detail pane: its name and type, its aliases, the
//! articles that mention it, the entities it shares sentences with, and each
//! mention in context. What it shows is computed once per selection or correction
//! ([`crate::derived::detail`]); a frame only draws.

use egui::{Align, Layout, Role, Ui};

use super::entity_menu::{entity_labels, entity_menu_ui, type_label};
use super::name_row::{NameRow, name_row_ui};
use super::{PanelContext, PanelOut, theme};
use crate::command::AppCommand;
use crate::derived::detail::Detail;
use crate::shaping::{Direction, Highlight, HighlightStyle, RichText, label_ui, rich_text_ui};

/// The pane's rows are links: to an article, or to another entity.
const LINK_ROW: NameRow = NameRow {
    role: Role::Link,
    margin: 4.0,
    name_size: theme::BODY,
    counts_width: 90.0,
    counts_share: 0.4,
};

/// The detail pane of the selected entity (nothing when none is selected).
pub fn detail_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    if let Some(detail) = &cx.derived.detail.value {
        header_ui(ui, cx, out, detail);
        ui.separator();
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .id_salt("entity_detail")
            .show(ui, |ui| {
                aliases_ui(ui, cx, out, detail);
                articles_ui(ui, cx, out, detail);
                cooccurring_ui(ui, cx, out, detail);
                kwic_ui(ui, cx, out, detail);
            });
    }
}

/// Opens an article from the pane, its row brought into view in the list.
fn open_article(out: &mut PanelOut<'_>, article: usize) {
    out.push(AppCommand::SelectArticle(Some(article)));
    out.panels.scroll_list_to_selected = true;
}

fn section_ui(ui: &mut Ui, rtl: bool, title: &str, count: Option<usize>) {
    ui.add_space(4.0);
    super::row_ui(ui, rtl, |ui| {
        ui.strong(title);
        if let Some(n) = count {
            ui.weak(n.to_string());
        }
    });
}

/// The name, its type and counts, and the close and corrections buttons.
fn header_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>, detail: &Detail) {
    let labels = cx.labels();
    let language = cx.language();
    let words = entity_labels(language);
    let color = super::entity_color(detail.entity_type, cx.dark());
    let weak = ui.visuals().weak_text_color();
    ui.with_layout(Layout::top_down(Align::Max), |ui| {
        label_ui(ui, out.engine, &detail.name, theme::HEADING, color);
        let mut info = format!(
            "{} · {} · {}",
            type_label(detail.entity_type, words),
            language.count(detail.mention_count, labels.mentions),
            language.count(detail.article_count, labels.in_articles),
        );
        if detail.hidden {
            info = format!("{info} · {}", words.hidden);
        }
        label_ui(ui, out.engine, &info, theme::SMALL, weak);
    });
    super::row_ui(ui, cx.rtl(), |ui| {
        if ui.small_button("×").on_hover_text(words.close).clicked() {
            out.push(AppCommand::SelectEntity(None));
        }
        if cx.model.corpus.entities.is_resolved() {
            ui.menu_button(words.corrections, |ui| {
                entity_menu_ui(ui, cx, out, &detail.id);
            });
        }
    });
}

fn aliases_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>, detail: &Detail) {
    let words = entity_labels(cx.language());
    let color = super::entity_color(detail.entity_type, cx.dark());
    section_ui(ui, cx.rtl(), words.aliases, Some(detail.aliases.len()));
    ui.with_layout(Layout::top_down(Align::Max), |ui| {
        if detail.aliases.is_empty() {
            ui.weak(words.no_aliases);
        }
        for alias in &detail.aliases {
            label_ui(ui, out.engine, alias, theme::BODY, color);
        }
    });
}

/// The articles that mention the entity, most mentions first.
fn articles_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>, detail: &Detail) {
    let language = cx.language();
    let words = entity_labels(language);
    section_ui(ui, cx.rtl(), words.mentioned_in, Some(detail.article_count));
    for &(article, count) in &detail.articles {
        let Some(entry) = cx.model.corpus.articles.get(article) else {
            continue;
        };
        let selected = cx.model.selected_article == Some(article);
        let counts = language.count(count, cx.labels().mentions);
        let title = &entry.analysis.title;
        let strong = ui.visuals().strong_text_color();
        if name_row_ui(ui, out.engine, &LINK_ROW, title, &counts, strong, selected).clicked() {
            open_article(out, article);
        }
    }
}

/// The entities sharing sentences with it: a click selects one, right-click corrects it.
fn cooccurring_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>, detail: &Detail) {
    let words = entity_labels(cx.language());
    section_ui(ui, cx.rtl(), words.appears_with, None);
    if detail.cooccurring.is_empty() {
        ui.weak(words.nothing_shared);
    }
    for (other, name, entity_type, shared) in &detail.cooccurring {
        let word = if *shared == 1 {
            words.shared_sentence
        } else {
            words.shared_sentences
        };
        let counts = cx.language().count(*shared, word);
        let color = super::entity_color(*entity_type, cx.dark());
        let response = name_row_ui(ui, out.engine, &LINK_ROW, name, &counts, color, false);
        if response.clicked() {
            out.push(AppCommand::SelectEntity(Some(other.clone())));
        }
        response.context_menu(|ui| entity_menu_ui(ui, cx, out, other));
    }
}

/// Each mention in context; a click opens the article.
fn kwic_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>, detail: &Detail) {
    let words = entity_labels(cx.language());
    let weak = ui.visuals().weak_text_color();
    section_ui(ui, cx.rtl(), words.in_context, Some(detail.mention_count));
    let fill = super::entity_fill(detail.entity_type, cx.dark(), true);
    for line in &detail.kwic {
        let highlights = [Highlight {
            span: line.hit.clone(),
            style: HighlightStyle::Fill(fill),
        }];
        let rich = RichText {
            size: theme::BODY,
            direction: Direction::Rtl,
            highlights: &highlights,
            show_controls: cx.model.show_controls,
            ..RichText::new(&line.text)
        };
        let output = rich_text_ui(ui, out.engine, &rich);
        if output.response.clicked() {
            open_article(out, line.article);
        }
        if let Some(entry) = cx.model.corpus.articles.get(line.article) {
            output.response.on_hover_ui(|ui| {
                label_ui(ui, out.engine, &entry.analysis.title, theme::CAPTION, weak);
            });
        }
        ui.add_space(2.0);
    }
    if detail.mention_count > detail.kwic.len() {
        ui.weak(format!(
            "… {} {}",
            detail.mention_count - detail.kwic.len(),
            words.more
        ));
    }
}
