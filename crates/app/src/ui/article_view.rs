//! The article view: title, metadata line and the blocks styled by kind,
//! with entity mentions, date expressions and search hits marked.

use egui::{Align, Color32, Layout, Ui};

use crate::analysis::{ArticleAnalysis, Block, BlockKind, Span};
use crate::shaping::{
    Direction, Highlight, HighlightStyle, RichText, TextEngine, label_ui, rich_text_ui,
};
use crate::state::{ArticleEntry, Corpus, ViewState};
use crate::workspace::Session;
use marsad_core::time::Resolution as DateResolution;

/// Put before a caption's credit; Arabic like the article, so the line stays right to left.
const CREDIT_PREFIX: &str = "تصوير:";

/// A click on an entity mention; `entity` is `None` when the mention is not indexed.
#[derive(Clone, Copy, Debug)]
struct ClickedMention {
    entity: Option<usize>,
}

/// The yellow that marks search hits.
const SEARCH_HIT: Color32 = Color32::from_rgb(0xe0, 0xa0, 0x00);

/// How long a revealed span stays highlighted, fading out.
pub const FLASH_SECONDS: f64 = 1.5;

/// A request to scroll the article view to a span and flash it (the timeline
/// sends one when an event is clicked).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reveal {
    pub article: usize,
    /// Byte span in the article's text.
    pub span: Span,
    /// Still to be scrolled into view.
    pub scroll: bool,
    /// When the flash began (egui input time), set on the first frame it is shown.
    pub started: Option<f64>,
}

impl Reveal {
    /// A request to show `span` of `article`.
    pub fn new(article: usize, span: Span) -> Self {
        Self {
            article,
            span,
            scroll: true,
            started: None,
        }
    }

    /// How strong the flash is at `now`: 1 at first, fading to 0.
    pub fn strength(&self, now: f64) -> f32 {
        let elapsed = self.started.map_or(0.0, |s| now - s);
        (1.0 - elapsed / FLASH_SECONDS).clamp(0.0, 1.0) as f32
    }
}

/// The article view panel.
pub fn article_view_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    view: &mut ViewState,
    corpus: &Corpus,
    work: &mut Session,
) {
    let labels = view.language.labels();
    let Some(entry) = view.selected_article.and_then(|a| corpus.articles.get(a)) else {
        ui.centered_and_justified(|ui| ui.weak(labels.no_article));
        return;
    };
    let mut scroll = egui::ScrollArea::vertical()
        .auto_shrink(false)
        .id_salt("article_view");
    if std::mem::take(&mut view.scroll_article_to_top) {
        scroll = scroll.vertical_scroll_offset(0.0);
    }
    scroll.show(ui, |ui| {
        // Room on the right keeps line ends clear of the scroll bar.
        ui.set_max_width((ui.available_width() - 14.0).min(900.0));
        header_ui(ui, engine, view, entry);
        super::annotations::article_annotations_ui(ui, engine, view, entry, work);
        ui.separator();
        let hits = view.query.hits(&entry.analysis.text);
        let mut clicked = None;
        for block in &entry.analysis.blocks {
            if block.kind == BlockKind::Title {
                continue;
            }
            clicked = block_ui(ui, engine, view, corpus, entry, block, &hits).or(clicked);
        }
        if let Some(clicked) = clicked {
            view.selected_entity = clicked.entity;
        }
        ui.add_space(24.0);
    });
    update_reveal(ui, view);
}

/// After a frame that showed the revealed span: it has been scrolled to; the
/// flash keeps repainting until it has faded.
fn update_reveal(ui: &Ui, view: &mut ViewState) {
    let Some(reveal) = view.reveal.as_mut() else {
        return;
    };
    if Some(reveal.article) != view.selected_article {
        view.reveal = None;
        return;
    }
    let now = ui.input(|i| i.time);
    reveal.scroll = false;
    let started = *reveal.started.get_or_insert(now);
    if now - started > FLASH_SECONDS {
        view.reveal = None;
    } else {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(33));
    }
}

fn header_ui(ui: &mut Ui, engine: &mut TextEngine, view: &ViewState, entry: &ArticleEntry) {
    let labels = view.language.labels();
    let analysis = &entry.analysis;
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
    if let Some(block) = title_block {
        block_text_ui(
            ui,
            engine,
            view,
            None,
            entry,
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
            ui.label(
                egui::RichText::new(format!("{}: {}", labels.source_file, analysis.path))
                    .size(small)
                    .color(weak),
            );
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
}

/// Draws one block; returns a click on an entity mention.
fn block_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    view: &ViewState,
    corpus: &Corpus,
    entry: &ArticleEntry,
    block: &Block,
    hits: &[Span],
) -> Option<ClickedMention> {
    let size = view.text_size;
    ui.add_space(size * 0.35);
    match block.kind {
        BlockKind::Heading => block_text_ui(
            ui,
            engine,
            view,
            Some(corpus),
            entry,
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
            Some(corpus),
            entry,
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
            Some(corpus),
            entry,
            block,
            hits,
            size,
            false,
            Some("• "),
        ),
        BlockKind::Quote => quote_ui(ui, engine, view, corpus, entry, block, hits),
        BlockKind::Caption => {
            let clicked = block_text_ui(
                ui,
                engine,
                view,
                Some(corpus),
                entry,
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
                Some(corpus),
                entry,
                block,
                hits,
                size * 0.85,
                false,
                None,
            )
        }
        BlockKind::Paragraph | BlockKind::Title => block_text_ui(
            ui,
            engine,
            view,
            Some(corpus),
            entry,
            block,
            hits,
            size,
            false,
            None,
        ),
    }
}

fn quote_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    view: &ViewState,
    corpus: &Corpus,
    entry: &ArticleEntry,
    block: &Block,
    hits: &[Span],
) -> Option<ClickedMention> {
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
            Some(corpus),
            entry,
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
/// Returns the entity of a clicked mention.
#[allow(clippy::too_many_arguments)]
fn block_text_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    view: &ViewState,
    corpus: Option<&Corpus>,
    entry: &ArticleEntry,
    block: &Block,
    hits: &[Span],
    size: f32,
    bold: bool,
    prefix: Option<&str>,
) -> Option<ClickedMention> {
    let analysis = &entry.analysis;
    let span = trim_list_marker(analysis, block);
    let body = span.slice(&analysis.text)?;
    let prefix = prefix.unwrap_or("");
    let text = format!("{prefix}{body}");
    let shift = |s: Span| -> Option<std::ops::Range<usize>> {
        let start = s.start.max(span.start);
        let end = s.end.min(span.end);
        (start < end).then(|| start - span.start + prefix.len()..end - span.start + prefix.len())
    };
    let mut highlights = Vec::new();
    for mention in analysis.mentions.iter().filter(|m| m.span.overlaps(span)) {
        let selected = corpus.is_some_and(|c| {
            c.find_entity(mention.entity_type, &mention.text) == view.selected_entity
                && view.selected_entity.is_some()
        });
        if let Some(range) = shift(mention.span) {
            let fill = super::entity_fill(mention.entity_type, view.dark, selected);
            highlights.push(Highlight {
                span: range.clone(),
                style: HighlightStyle::Fill(fill),
            });
            if selected {
                highlights.push(Highlight {
                    span: range,
                    style: HighlightStyle::Outline(super::entity_color(
                        mention.entity_type,
                        view.dark,
                    )),
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
        analysis
            .mentions
            .iter()
            .find(|m| m.span.start <= offset && offset < m.span.end)
    };
    if let Some(mention) = output.hovered_byte.and_then(mention_at) {
        let labels = view.language.labels();
        output.response.clone().on_hover_text(format!(
            "{} · {}",
            mention.entity_type,
            super::group_label(mention.entity_type, labels)
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
    let mention = output.clicked_byte.and_then(mention_at)?;
    Some(ClickedMention {
        entity: corpus.and_then(|c| c.find_entity(mention.entity_type, &mention.text)),
    })
}

/// Scrolls so the line holding byte `offset` of the block (drawn in `rect`)
/// is in the middle of the view. The line is placed by the offset's share of
/// the block, which is close enough for wrapped prose and needs no second layout.
fn scroll_to_offset(ui: &Ui, rect: egui::Rect, block: Span, offset: usize) {
    let share = (offset - block.start) as f32 / block.len().max(1) as f32;
    let y = rect.top() + rect.height() * share;
    let line = egui::Rect::from_min_max(
        egui::pos2(rect.left(), y),
        egui::pos2(rect.right(), y + 20.0),
    )
    .intersect(rect);
    ui.scroll_to_rect(line, Some(Align::Center));
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
