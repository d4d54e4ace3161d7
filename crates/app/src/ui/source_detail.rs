//! The selected source's statements in context, each under its stance badge and chain:
//! a click opens the article at the statement, a right-click fixes the attribution.
//! What it shows is [`crate::derived::statements`]'s.

use egui::{Align, Layout, Ui};

use super::reveal::Reveal;
use super::sources::{show_more_ui, shown_rows};
use super::statements::{AttributionTarget, attribution_menu_ui, stance_badge_ui};
use super::{PanelContext, PanelOut, theme};
use crate::command::AppCommand;
use crate::derived::statements::StatementLine;
use crate::i18n::source_labels;
use crate::shaping::{Direction, Highlight, HighlightStyle, RichText, label_ui, rich_text_ui};

/// The selected source's name, kind and counts, then its statements.
pub fn source_detail_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let Some(key) = cx.model.source.as_ref() else {
        return;
    };
    let language = cx.language();
    let words = source_labels(language);
    let detail = &cx.derived.statements.value;
    let row = cx.derived.sources.value.row(key);
    let name = row.map_or("", |r| r.name.as_str());
    let color = super::sources::kind_color(key.kind, cx.dark());
    ui.with_layout(Layout::top_down(Align::Max), |ui| {
        label_ui(ui, out.engine, name, theme::HEADING, color);
        let mut info = format!(
            "{} · {}",
            words.kind(key.kind),
            language.count(detail.statement_count, words.statements)
        );
        if detail.in_chain_count > 0 {
            info = format!(
                "{info} · {}",
                language.count(detail.in_chain_count, words.in_chains)
            );
        }
        let weak = ui.visuals().weak_text_color();
        label_ui(ui, out.engine, &info, theme::SMALL, weak);
    });
    super::row_ui(ui, cx.rtl(), |ui| {
        let close = ui
            .small_button("×")
            .on_hover_text(cx.labels().clear_filters);
        if close.clicked() {
            out.push(AppCommand::SelectSource(None));
        }
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .id_salt("source_statements")
        .show(ui, |ui| {
            let sections = [
                (
                    words.own_statements,
                    &detail.statements,
                    detail.statement_count,
                ),
                (
                    words.chain_statements,
                    &detail.in_chains,
                    detail.in_chain_count,
                ),
            ];
            for (title, lines, count) in sections {
                if count == 0 {
                    continue;
                }
                super::row_ui(ui, cx.rtl(), |ui| {
                    ui.strong(title);
                    ui.weak(count.to_string());
                });
                let (id, shown) = shown_rows(ui, (title, key));
                for line in lines.iter().take(shown) {
                    statement_line_ui(ui, cx, out, line);
                }
                show_more_ui(ui, cx, id, shown, lines.len());
                if count > lines.len() {
                    let more = super::entity_menu::entity_labels(language).more;
                    ui.weak(format!("… {} {more}", count - lines.len()));
                }
            }
        });
}

/// One statement: its badge, verb and chain, then its sentence with the statement tinted.
fn statement_line_ui(
    ui: &mut Ui,
    cx: &PanelContext<'_>,
    out: &mut PanelOut<'_>,
    line: &StatementLine,
) {
    let words = source_labels(cx.language());
    let weak = ui.visuals().weak_text_color();
    ui.add_space(4.0);
    super::row_ui(ui, cx.rtl(), |ui| {
        stance_badge_ui(ui, cx, line.stance);
        if line.corrected {
            ui.weak(words.corrected);
        }
        label_ui(ui, out.engine, &line.verb, theme::SMALL, weak);
    });
    ui.with_layout(Layout::top_down(Align::Max), |ui| {
        label_ui(ui, out.engine, &line.chain, theme::CAPTION, weak);
    });
    let tint = super::statements::stance_color(line.stance, cx.dark()).gamma_multiply_u8(50);
    let highlights = [Highlight {
        span: line.marked.clone(),
        style: HighlightStyle::Fill(tint),
    }];
    let rich = RichText {
        size: theme::BODY,
        direction: Direction::Rtl,
        highlights: &highlights,
        show_controls: cx.model.show_controls,
        context_menu: false,
        ..RichText::new(&line.text)
    };
    let output = rich_text_ui(ui, out.engine, &rich);
    if output.response.clicked() {
        out.push(AppCommand::SelectArticle(Some(line.article)));
        out.panels.scroll_list_to_selected = true;
        out.panels.flash = Some(Reveal::new(line.article, line.statement));
    }
    if let Some(entry) = cx.model.corpus.articles.get(line.article) {
        output.response.clone().on_hover_ui(|ui| {
            label_ui(ui, out.engine, &entry.analysis.title, theme::CAPTION, weak);
        });
    }
    let target = AttributionTarget {
        article: line.article,
        cue: line.cue,
    };
    output.response.context_menu(|ui| {
        attribution_menu_ui(ui, cx, out, target, None);
    });
}
