//! The article view: title, metadata line and the blocks styled by kind,
//! with entity mentions, date expressions and search hits marked.

use egui::{Align, Color32, Layout, Ui};
use marsad_core::corpus::{Correction, EntityId, ResolvedMention};

use crate::analysis::{ArticleAnalysis, Block, BlockKind, EntityType, Span};
use crate::shaping::{
    Direction, Highlight, HighlightStyle, RichText, TextEngine, label_ui, rich_text_ui,
};
use crate::state::{ArticleEntry, Corpus, ViewState};
use crate::workspace::Session;
use marsad_core::time::Resolution as DateResolution;

use super::entity_menu::{EntityAction, entity_labels, entity_menu_ui, type_label};
use super::long_text;
pub use super::reveal::{FLASH_SECONDS, Reveal};
use super::reveal::{scroll_to_offset, update_reveal};

/// Put before a caption's credit; Arabic like the article, so the line stays right to left.
const CREDIT_PREFIX: &str = "تصوير:";

/// The article being drawn, with its mentions as resolved (and corrected).
struct Article<'a> {
    corpus: &'a Corpus,
    entry: &'a ArticleEntry,
    mentions: &'a [ResolvedMention],
}

/// What a block asks for: a clicked mention selects its entity; the context
/// menu corrects one or adds a selected form as an entity.
#[derive(Clone, Debug)]
enum BlockEvent {
    Select(EntityId),
    Action(EntityAction),
}

/// What was under the pointer and selected when a block's context menu opened.
#[derive(Clone, Debug, Default)]
struct MenuTarget {
    entity: Option<EntityId>,
    selection: Option<String>,
}

/// The yellow that marks search hits.
const SEARCH_HIT: Color32 = Color32::from_rgb(0xe0, 0xa0, 0x00);

/// The article view panel.
pub fn article_view_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    view: &mut ViewState,
    corpus: &Corpus,
    work: &mut Session,
) {
    let labels = view.language.labels();
    let Some((index, entry)) = view
        .selected_article
        .and_then(|a| corpus.articles.get(a).map(|e| (a, e)))
    else {
        ui.centered_and_justified(|ui| ui.weak(labels.no_article));
        return;
    };
    let article = Article {
        corpus,
        entry,
        mentions: corpus.entities.mentions(index),
    };
    let mut scroll = egui::ScrollArea::vertical()
        .auto_shrink(false)
        .id_salt("article_view");
    if std::mem::take(&mut view.scroll_article_to_top) {
        scroll = scroll.vertical_scroll_offset(0.0);
    }
    scroll.show(ui, |ui| {
        // Room on the right keeps line ends clear of the scroll bar.
        ui.set_max_width((ui.available_width() - 14.0).clamp(0.0, 900.0));
        let mut event = header_ui(ui, engine, view, &article);
        super::annotations::article_annotations_ui(ui, engine, view, entry, work);
        ui.separator();
        let hits = view.query.hits(&entry.analysis.text);
        for block in &entry.analysis.blocks {
            if block.kind == BlockKind::Title {
                continue;
            }
            event = block_ui(ui, engine, view, &article, block, &hits).or(event);
        }
        match event {
            Some(BlockEvent::Select(entity)) => view.selected_entity = Some(entity),
            Some(BlockEvent::Action(action)) => action.apply(view),
            None => {}
        }
        ui.add_space(24.0);
    });
    update_reveal(ui, view);
}

fn header_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    view: &ViewState,
    article: &Article<'_>,
) -> Option<BlockEvent> {
    let labels = view.language.labels();
    let analysis = &article.entry.analysis;
    let title_span = analysis
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Title)
        .map(|b| b.span);
    let title_block = title_span.map(|span| Block {
        kind: BlockKind::Title,
        span,
        speaker: None,
        credit: None,
    });
    let mut event = None;
    if let Some(block) = title_block {
        event = block_text_ui(
            ui,
            engine,
            view,
            article,
            &block,
            &[],
            view.text_size * 1.5,
            true,
            None,
        );
    } else {
        let color = ui.visuals().strong_text_color();
        let rich = RichText {
            size: view.text_size * 1.5,
            color,
            bold: true,
            direction: Direction::Rtl,
            show_controls: view.show_controls,
            ..RichText::new(&analysis.title)
        };
        rich_text_ui(ui, engine, &rich);
    }
    let weak = ui.visuals().weak_text_color();
    let small = view.text_size * 0.8;
    let size = egui::vec2(ui.available_width(), 0.0);
    ui.allocate_ui_with_layout(
        size,
        Layout::right_to_left(Align::Center).with_main_wrap(true),
        |ui| {
            ui.style_mut().interaction.selectable_labels = true;
            let date = analysis.published.map(|p| {
                let mut text = crate::state::format_day(crate::state::days_from_date(p));
                if let (Some(h), Some(m)) = (p.hour, p.minute) {
                    text = format!("{text} {h:02}:{m:02}");
                }
                text
            });
            let date = date.unwrap_or_else(|| labels.no_date.to_owned());
            label_ui(ui, engine, &date, small, weak);
            for part in [
                &analysis.dateline_place,
                &analysis.section,
                &analysis.byline,
            ]
            .into_iter()
            .flatten()
            {
                ui.label(egui::RichText::new("·").color(weak));
                label_ui(ui, engine, part, small, weak);
            }
            ui.label(egui::RichText::new("·").color(weak));
            // Through the bidi-aware label: an Arabic "file:" before a Latin path.
            let source = format!("{}: {}", labels.source_file, analysis.path);
            label_ui(ui, engine, &source, small, weak);
            if !analysis.bidi_warnings.is_empty() {
                let badge = egui::RichText::new(format!("! {}", labels.bidi_warning))
                    .color(Color32::WHITE)
                    .background_color(Color32::from_rgb(0xc0, 0x40, 0x20));
                let details: Vec<&str> = analysis
                    .bidi_warnings
                    .iter()
                    .map(|w| w.message.as_str())
                    .collect();
                ui.label(badge).on_hover_text(details.join("\n"));
            }
        },
    );
    event
}

/// Draws one block; returns what a click or the context menu asked for.
fn block_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    view: &ViewState,
    article: &Article<'_>,
    block: &Block,
    hits: &[Span],
) -> Option<BlockEvent> {
    let size = view.text_size;
    ui.add_space(size * 0.35);
    match block.kind {
        BlockKind::Heading => block_text_ui(
            ui,
            engine,
            view,
            article,
            block,
            hits,
            size * 1.25,
            true,
            None,
        ),
        BlockKind::Dek => block_text_ui(
            ui,
            engine,
            view,
            article,
            block,
            hits,
            size * 1.1,
            true,
            None,
        ),
        BlockKind::ListItem => block_text_ui(
            ui,
            engine,
            view,
            article,
            block,
            hits,
            size,
            false,
            Some("• "),
        ),
        BlockKind::Quote => quote_ui(ui, engine, view, article, block, hits),
        BlockKind::Caption => {
            let clicked = block_text_ui(
                ui,
                engine,
                view,
                article,
                block,
                hits,
                size * 0.85,
                false,
                None,
            );
            if let Some(credit) = &block.credit {
                let weak = ui.visuals().weak_text_color();
                ui.with_layout(Layout::top_down(Align::Max), |ui| {
                    label_ui(
                        ui,
                        engine,
                        &format!("{CREDIT_PREFIX} {credit}"),
                        size * 0.75,
                        weak,
                    );
                });
            }
            clicked
        }
        BlockKind::Dateline | BlockKind::Byline | BlockKind::Section | BlockKind::Related => {
            block_text_ui(
                ui,
                engine,
                view,
                article,
                block,
                hits,
                size * 0.85,
                false,
                None,
            )
        }
        BlockKind::Paragraph | BlockKind::Title => {
            block_text_ui(ui, engine, view, article, block, hits, size, false, None)
        }
    }
}

fn quote_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    view: &ViewState,
    article: &Article<'_>,
    block: &Block,
    hits: &[Span],
) -> Option<BlockEvent> {
    let bar = ui.visuals().selection.bg_fill;
    let frame = egui::Frame::new().inner_margin(egui::Margin {
        left: 8,
        right: 28,
        top: 2,
        bottom: 2,
    });
    let response = frame.show(ui, |ui| {
        let clicked = block_text_ui(
            ui,
            engine,
            view,
            article,
            block,
            hits,
            view.text_size,
            false,
            None,
        );
        if let Some(speaker) = &block.speaker {
            let weak = ui.visuals().weak_text_color();
            ui.with_layout(Layout::top_down(Align::Max), |ui| {
                label_ui(
                    ui,
                    engine,
                    &format!("— {speaker}"),
                    view.text_size * 0.85,
                    weak,
                );
            });
        }
        clicked
    });
    let rect = response.response.rect;
    // The quote bar sits on the right, where Arabic lines start.
    let x = rect.right() - 12.0;
    ui.painter().line_segment(
        [egui::pos2(x, rect.top()), egui::pos2(x, rect.bottom())],
        egui::Stroke::new(3.0, bar),
    );
    response.inner
}

/// The block's text with its highlights; `prefix` (a list bullet) is shown before it.
/// Returns what a click on a mention or the context menu asked for.
#[allow(clippy::too_many_arguments)]
fn block_text_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    view: &ViewState,
    article: &Article<'_>,
    block: &Block,
    hits: &[Span],
    size: f32,
    bold: bool,
    prefix: Option<&str>,
) -> Option<BlockEvent> {
    let analysis = &article.entry.analysis;
    let span = trim_list_marker(analysis, block);
    if span.len() <= long_text::PIECE_BYTES {
        return span_text_ui(ui, engine, view, article, span, hits, size, bold, prefix);
    }
    // A paragraph the size of a whole dump: laid out in pieces, a step at a time.
    let shown_id = ui
        .scope_id()
        .with(("long block", &analysis.path, span.start));
    let shown = ui
        .data(|d| d.get_temp::<usize>(shown_id))
        .unwrap_or(long_text::SHOWN_STEP);
    let pieces = long_text::pieces(&analysis.text, span, shown);
    let mut event = None;
    for (i, &piece) in pieces.spans.iter().enumerate() {
        let prefix = if i == 0 { prefix } else { None };
        event = span_text_ui(ui, engine, view, article, piece, hits, size, bold, prefix).or(event);
    }
    if pieces.hidden_bytes > 0 {
        let labels = view.language.labels();
        let hidden_kb = pieces.hidden_bytes.div_ceil(1024);
        let button = ui.button(format!(
            "{} ({hidden_kb} KB {})",
            labels.show_more, labels.not_shown
        ));
        if button.clicked() {
            ui.data_mut(|d| d.insert_temp(shown_id, shown + long_text::SHOWN_STEP));
        }
    }
    event
}

/// One laid-out paragraph: `span` of the article (a block, or a piece of a long one)
/// with its highlights; `prefix` (a list bullet) is shown before it.
#[allow(clippy::too_many_arguments)]
fn span_text_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    view: &ViewState,
    article: &Article<'_>,
    span: Span,
    hits: &[Span],
    size: f32,
    bold: bool,
    prefix: Option<&str>,
) -> Option<BlockEvent> {
    let analysis = &article.entry.analysis;
    let body = span.slice(&analysis.text)?;
    let prefix = prefix.unwrap_or("");
    let text = format!("{prefix}{body}");
    let shift = |s: Span| -> Option<std::ops::Range<usize>> {
        let start = s.start.max(span.start);
        let end = s.end.min(span.end);
        (start < end).then(|| start - span.start + prefix.len()..end - span.start + prefix.len())
    };
    // Mentions of hidden entities are not marked (the analyst said they are no
    // entities) unless hidden entities are shown.
    let marked = |m: &&ResolvedMention| {
        m.mention.span.overlaps(span)
            && (view.show_hidden
                || !article
                    .corpus
                    .entities
                    .get(&m.entity)
                    .is_some_and(|e| e.hidden))
    };
    let mut highlights = Vec::new();
    for m in article.mentions.iter().filter(marked) {
        let selected = view.selected_entity.as_ref() == Some(&m.entity);
        let entity_type = m.mention.entity_type;
        if let Some(range) = shift(m.mention.span) {
            let fill = super::entity_fill(entity_type, view.dark, selected);
            highlights.push(Highlight {
                span: range.clone(),
                style: HighlightStyle::Fill(fill),
            });
            if selected {
                highlights.push(Highlight {
                    span: range,
                    style: HighlightStyle::Outline(super::entity_color(entity_type, view.dark)),
                });
            }
        }
    }
    let date_color = ui.visuals().hyperlink_color;
    // A relative date with no reference to count from is marked in the warning colour
    // until the analyst sets one.
    let unresolved_color = ui.visuals().warn_fg_color;
    highlights.extend(analysis.dates.iter().filter_map(|d| {
        let color = if d.resolution == DateResolution::Unresolved {
            unresolved_color
        } else {
            date_color
        };
        shift(d.span).map(|span| Highlight {
            span,
            style: HighlightStyle::Underline(color),
        })
    }));
    highlights.extend(hits.iter().filter_map(|&h| shift(h)).map(|span| Highlight {
        span,
        style: HighlightStyle::Outline(SEARCH_HIT),
    }));
    let reveal = view
        .reveal
        .filter(|r| Some(r.article) == view.selected_article);
    if let Some(reveal) = reveal
        && let Some(range) = shift(reveal.span)
    {
        let strength = reveal.strength(ui.input(|i| i.time));
        highlights.push(Highlight {
            span: range,
            style: HighlightStyle::Fill(SEARCH_HIT.gamma_multiply(0.55 * strength)),
        });
    }
    let color = if bold {
        ui.visuals().strong_text_color()
    } else {
        ui.visuals().text_color()
    };
    let rich = RichText {
        size,
        color,
        bold,
        direction: Direction::Rtl,
        highlights: &highlights,
        show_controls: view.show_controls,
        // The block's own menu below copies as well.
        context_menu: false,
        ..RichText::new(&text)
    };
    let output = rich_text_ui(ui, engine, &rich);
    if let Some(reveal) =
        reveal.filter(|r| r.scroll && span.start <= r.span.start && r.span.start < span.end)
    {
        scroll_to_offset(ui, output.response.rect, span, reveal.span.start);
    }
    let to_article = |byte: usize| (byte + span.start).checked_sub(prefix.len());
    let mention_at = |byte: usize| {
        let offset = to_article(byte)?;
        article
            .mentions
            .iter()
            .filter(marked)
            .find(|m| m.mention.span.start <= offset && offset < m.mention.span.end)
    };
    let hovered = output.hovered_byte.and_then(mention_at);
    let labels = view.language.labels();
    if let Some(m) = hovered {
        let entity_type = m.mention.entity_type;
        output.response.clone().on_hover_text(format!(
            "{} · {}",
            entity_type,
            super::group_label(entity_type, labels)
        ));
    }
    let unresolved_at = |byte: usize| {
        let offset = to_article(byte)?;
        analysis.dates.iter().find(|d| {
            d.span.start <= offset
                && offset < d.span.end
                && d.resolution == DateResolution::Unresolved
        })
    };
    if output.hovered_byte.and_then(unresolved_at).is_some() {
        let labels = view.language.workspace_labels();
        output
            .response
            .clone()
            .on_hover_text(labels.needs_reference);
    }
    let target_id = output.response.id.with("menu_target");
    if output.response.secondary_clicked() {
        let selection = output
            .selection
            .clone()
            .and_then(|r| text.get(r))
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty());
        let target = MenuTarget {
            entity: hovered.map(|m| m.entity.clone()),
            selection,
        };
        ui.ctx().data_mut(|d| d.insert_temp(target_id, target));
    }
    let mut event = None;
    output.response.context_menu(|ui| {
        let target: MenuTarget = ui.ctx().data(|d| d.get_temp(target_id)).unwrap_or_default();
        event = block_menu_ui(ui, engine, view, article.corpus, &target, &text);
    });
    if let Some(m) = output.clicked_byte.and_then(mention_at) {
        event = Some(BlockEvent::Select(m.entity.clone()));
    }
    event
}

/// A block's context menu: copy; the corrections of the mention under the
/// pointer; the selected text as a new entity.
fn block_menu_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    view: &ViewState,
    corpus: &Corpus,
    target: &MenuTarget,
    paragraph: &str,
) -> Option<BlockEvent> {
    let words = entity_labels(view.language);
    let mut event = None;
    match &target.selection {
        Some(selected) => {
            if ui.button(words.copy).clicked() {
                ui.ctx().copy_text(selected.clone());
            }
        }
        None => {
            if ui.button(words.copy_paragraph).clicked() {
                ui.ctx().copy_text(paragraph.to_owned());
            }
        }
    }
    if let Some(entity) = &target.entity {
        ui.separator();
        if let Some(action) = entity_menu_ui(ui, engine, view, corpus, entity) {
            event = Some(BlockEvent::Action(action));
        }
    }
    if corpus.entities.is_resolved() {
        ui.separator();
        if let Some(selected) = &target.selection {
            ui.menu_button(words.add_as_entity, |ui| {
                for entity_type in EntityType::ALL {
                    if ui.button(type_label(entity_type, words)).clicked() {
                        let correction = Correction::add_entity(selected, entity_type);
                        event = Some(BlockEvent::Action(EntityAction::Correct(correction)));
                    }
                }
            });
        }
        if ui.button(words.add_entity).clicked() {
            let form = target.selection.clone().unwrap_or_default();
            event = Some(BlockEvent::Action(EntityAction::AddEntity(form)));
        }
    }
    event
}

/// A list item's span without its leading `-`/`•`/`*` marker, which the view draws itself.
fn trim_list_marker(analysis: &ArticleAnalysis, block: &Block) -> Span {
    if block.kind != BlockKind::ListItem {
        return block.span;
    }
    let text = block.span.slice(&analysis.text).unwrap_or_default();
    let rest = text
        .trim_start_matches(['-', '•', '*', '–', '·'])
        .trim_start();
    Span::new(block.span.end - rest.len(), block.span.end)
}
