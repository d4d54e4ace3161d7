//! The article view: title, metadata line and the blocks styled by kind,
//! with entity mentions, date expressions, reported statements and search hits marked.

use egui::{Align, Color32, Layout, Ui};
use marsad_core::attribution::Attribution;
use marsad_core::corpus::{Correction, EntityId, ResolvedMention};
use marsad_core::time::Resolution as DateResolution;

use super::entity_menu::{Dialog, entity_labels, entity_menu_ui, type_label};
use super::reveal::{scroll_to_offset, update_reveal};
use super::statements::{AttributionTarget, attribution_menu_ui, statement_at, statement_hover_ui};
use super::theme::{self, SEARCH_HIT, scale};
use super::{PanelContext, PanelOut, long_text};
use crate::analysis::{ArticleAnalysis, Block, BlockKind, EntityType, Span};
use crate::command::AppCommand;
use crate::i18n::isolate;
use crate::model::{ArticleEntry, format_day};
use crate::shaping::{Direction, Highlight, HighlightStyle, RichText, label_ui, rich_text_ui};

/// Put before a caption's credit; Arabic like the article, so the line stays right to left.
const CREDIT_PREFIX: &str = "تصوير:";

/// The article being drawn: the panel context, the article, its mentions as resolved
/// (and corrected), its attributions as fixed and the search hits in it.
struct Article<'a, 'b> {
    cx: &'a PanelContext<'b>,
    index: usize,
    entry: &'a ArticleEntry,
    mentions: &'a [ResolvedMention],
    attributions: std::borrow::Cow<'a, [Attribution]>,
    hits: Vec<Span>,
}

/// How a block's text is set: size, weight and a prefix (a list bullet).
#[derive(Clone, Copy)]
struct BlockStyle {
    size: f32,
    bold: bool,
    prefix: Option<&'static str>,
}

impl BlockStyle {
    fn plain(size: f32) -> Self {
        Self {
            size,
            bold: false,
            prefix: None,
        }
    }

    fn bold(size: f32) -> Self {
        Self {
            bold: true,
            ..Self::plain(size)
        }
    }
}

/// What was under the pointer and selected when a block's context menu opened.
#[derive(Clone, Debug, Default)]
struct MenuTarget {
    entity: Option<EntityId>,
    attribution: Option<AttributionTarget>,
    selection: Option<String>,
}

/// The article view panel.
pub fn article_view_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let model = cx.model;
    let Some((index, entry)) = model
        .selected_article
        .and_then(|a| model.corpus.articles.get(a).map(|e| (a, e)))
    else {
        ui.centered_and_justified(|ui| ui.weak(cx.labels().no_article));
        return;
    };
    let article = Article {
        cx,
        index,
        entry,
        mentions: model.corpus.entities.mentions(index),
        attributions: crate::derived::source_names::attributions_of(&model.corpus, entry),
        hits: cx.derived.list.value.query.hits(&entry.analysis.text),
    };
    let mut scroll = egui::ScrollArea::vertical()
        .auto_shrink(false)
        .id_salt("article_view");
    if out.panels.shown_article != Some(index) {
        out.panels.shown_article = Some(index);
        scroll = scroll.vertical_scroll_offset(0.0);
    }
    scroll.show(ui, |ui| {
        // Room on the right keeps line ends clear of the scroll bar.
        ui.set_max_width((ui.available_width() - 14.0).clamp(0.0, theme::ARTICLE_MAX_WIDTH));
        header_ui(ui, out, &article);
        super::annotations::article_annotations_ui(ui, cx, out, entry);
        ui.separator();
        for block in &entry.analysis.blocks {
            if block.kind != BlockKind::Title {
                block_ui(ui, out, &article, block);
            }
        }
        ui.add_space(24.0);
    });
    update_reveal(ui, &mut out.panels.flash, model.selected_article);
}

/// The title and the metadata line under it.
fn header_ui(ui: &mut Ui, out: &mut PanelOut<'_>, article: &Article<'_, '_>) {
    let cx = article.cx;
    let text_size = cx.model.settings.text_size;
    let analysis = &article.entry.analysis;
    let title_span = analysis
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Title)
        .map(|b| b.span);
    if let Some(span) = title_span {
        let block = Block {
            kind: BlockKind::Title,
            span,
            speaker: None,
            credit: None,
        };
        let style = BlockStyle::bold(text_size * scale::TITLE);
        block_text_ui(ui, out, article, &block, style);
    } else {
        let rich = RichText {
            size: text_size * scale::TITLE,
            color: ui.visuals().strong_text_color(),
            bold: true,
            direction: Direction::Rtl,
            show_controls: cx.model.show_controls,
            ..RichText::new(&analysis.title)
        };
        rich_text_ui(ui, out.engine, &rich);
    }
    let size = egui::vec2(ui.available_width(), 0.0);
    ui.allocate_ui_with_layout(
        size,
        Layout::right_to_left(Align::Center).with_main_wrap(true),
        |ui| metadata_ui(ui, out, cx, analysis),
    );
}

/// Date, place, section, byline, source file (where it came from in a tooltip) and a
/// bidi warning, in one wrapped line.
fn metadata_ui(
    ui: &mut Ui,
    out: &mut PanelOut<'_>,
    cx: &PanelContext<'_>,
    analysis: &ArticleAnalysis,
) {
    let labels = cx.labels();
    let weak = ui.visuals().weak_text_color();
    let small = cx.model.settings.text_size * scale::META;
    ui.style_mut().interaction.selectable_labels = true;
    let date = analysis.published.map(|p| {
        let mut text = format_day(p.date().to_days());
        if let (Some(h), Some(m)) = (p.hour, p.minute) {
            text = format!("{text} {h:02}:{m:02}");
        }
        text
    });
    let date = date.unwrap_or_else(|| labels.no_date.to_owned());
    label_ui(ui, out.engine, &date, small, weak);
    for part in [
        &analysis.dateline_place,
        &analysis.section,
        &analysis.byline,
    ]
    .into_iter()
    .flatten()
    {
        ui.label(egui::RichText::new("·").color(weak));
        label_ui(ui, out.engine, part, small, weak);
    }
    ui.label(egui::RichText::new("·").color(weak));
    // Through the bidi-aware label, the path isolated: an Arabic "file:" before a Latin
    // path that opens with digits would otherwise move them to its far end.
    let source = format!("{}: {}", labels.source_file, isolate(&analysis.path));
    let response = label_ui(ui, out.engine, &source, small, weak);
    response.on_hover_ui(|ui| {
        let provenance = cx.language().provenance(&analysis.provenance);
        for line in provenance.lines() {
            label_ui(ui, out.engine, line, theme::CAPTION, Color32::TRANSPARENT);
        }
    });
    if !analysis.bidi_warnings.is_empty() {
        let badge = egui::RichText::new(format!("! {}", labels.bidi_warning))
            .color(Color32::WHITE)
            .background_color(theme::WARNING_BADGE);
        let details: Vec<&str> = analysis
            .bidi_warnings
            .iter()
            .map(|w| w.message.as_str())
            .collect();
        ui.label(badge).on_hover_text(details.join("\n"));
    }
}

/// Draws one block in the style of its kind.
fn block_ui(ui: &mut Ui, out: &mut PanelOut<'_>, article: &Article<'_, '_>, block: &Block) {
    let size = article.cx.model.settings.text_size;
    ui.add_space(size * scale::BLOCK_GAP);
    let style = match block.kind {
        BlockKind::Heading => BlockStyle::bold(size * scale::HEADING),
        BlockKind::Dek => BlockStyle::bold(size * scale::DEK),
        BlockKind::ListItem => BlockStyle {
            prefix: Some("• "),
            ..BlockStyle::plain(size)
        },
        BlockKind::Quote => return quote_ui(ui, out, article, block),
        BlockKind::Caption
        | BlockKind::Dateline
        | BlockKind::Byline
        | BlockKind::Section
        | BlockKind::Related => BlockStyle::plain(size * scale::SECONDARY),
        BlockKind::Paragraph | BlockKind::Title => BlockStyle::plain(size),
    };
    block_text_ui(ui, out, article, block, style);
    if let (BlockKind::Caption, Some(credit)) = (block.kind, &block.credit) {
        let weak = ui.visuals().weak_text_color();
        ui.with_layout(Layout::top_down(Align::Max), |ui| {
            let text = format!("{CREDIT_PREFIX} {credit}");
            label_ui(ui, out.engine, &text, size * scale::CREDIT, weak);
        });
    }
}

/// A quote, with its speaker under it and a bar on the right, where Arabic lines start.
fn quote_ui(ui: &mut Ui, out: &mut PanelOut<'_>, article: &Article<'_, '_>, block: &Block) {
    let size = article.cx.model.settings.text_size;
    let bar = ui.visuals().selection.bg_fill;
    let frame = egui::Frame::new().inner_margin(egui::Margin {
        left: 8,
        right: 28,
        top: 2,
        bottom: 2,
    });
    let response = frame.show(ui, |ui| {
        block_text_ui(ui, out, article, block, BlockStyle::plain(size));
        if let Some(speaker) = &block.speaker {
            let weak = ui.visuals().weak_text_color();
            ui.with_layout(Layout::top_down(Align::Max), |ui| {
                let text = format!("— {speaker}");
                label_ui(ui, out.engine, &text, size * scale::SECONDARY, weak);
            });
        }
    });
    let rect = response.response.rect;
    let x = rect.right() - 12.0;
    ui.painter().line_segment(
        [egui::pos2(x, rect.top()), egui::pos2(x, rect.bottom())],
        egui::Stroke::new(3.0, bar),
    );
}

/// The block's text with its highlights; a block longer than a piece is laid out in
/// pieces, a step at a time.
fn block_text_ui(
    ui: &mut Ui,
    out: &mut PanelOut<'_>,
    article: &Article<'_, '_>,
    block: &Block,
    style: BlockStyle,
) {
    let analysis = &article.entry.analysis;
    let span = trim_list_marker(analysis, block);
    if span.len() <= long_text::PIECE_BYTES {
        span_text_ui(ui, out, article, span, style);
        return;
    }
    // A paragraph the size of a whole dump: laid out in pieces, a step at a time.
    let shown_id = ui
        .scope_id()
        .with(("long block", &analysis.path, span.start));
    let shown = ui
        .data(|d| d.get_temp::<usize>(shown_id))
        .unwrap_or(long_text::SHOWN_STEP);
    let pieces = long_text::pieces(&analysis.text, span, shown);
    for (i, &piece) in pieces.spans.iter().enumerate() {
        let prefix = if i == 0 { style.prefix } else { None };
        span_text_ui(ui, out, article, piece, BlockStyle { prefix, ..style });
    }
    if pieces.hidden_bytes > 0 {
        let labels = article.cx.labels();
        let hidden_kb = pieces.hidden_bytes.div_ceil(1024);
        let button = ui.button(format!(
            "{} ({hidden_kb} KB {})",
            labels.show_more, labels.not_shown
        ));
        if button.clicked() {
            ui.data_mut(|d| d.insert_temp(shown_id, shown + long_text::SHOWN_STEP));
        }
    }
}

/// One laid-out paragraph: `span` of the article (a block, or a piece of a long one),
/// as the text it is drawn from (prefix and all) and its offset map.
struct Paragraph<'t> {
    span: Span,
    prefix: &'t str,
    text: String,
}

impl Paragraph<'_> {
    /// An article span's bytes in the drawn text, when they fall in it.
    fn shift(&self, s: Span) -> Option<std::ops::Range<usize>> {
        let start = s.start.max(self.span.start);
        let end = s.end.min(self.span.end);
        let at = |offset: usize| offset - self.span.start + self.prefix.len();
        (start < end).then(|| at(start)..at(end))
    }

    /// A byte of the drawn text as an offset into the article.
    fn to_article(&self, byte: usize) -> Option<usize> {
        (byte + self.span.start).checked_sub(self.prefix.len())
    }
}

impl Article<'_, '_> {
    /// True when a mention is marked: mentions of hidden entities are not (the analyst
    /// said they are no entities) unless hidden entities are shown.
    fn marked(&self, m: &ResolvedMention, span: Span) -> bool {
        m.mention.span.overlaps(span)
            && (self.cx.model.settings.filters.show_hidden
                || !self
                    .cx
                    .model
                    .corpus
                    .entities
                    .get(&m.entity)
                    .is_some_and(|e| e.hidden))
    }

    /// The statement whose words, verb or source are at a byte of the drawn text.
    fn statement_at(&self, paragraph: &Paragraph<'_>, byte: usize) -> Option<&Attribution> {
        statement_at(&self.attributions, paragraph.to_article(byte)?)
    }

    /// The marked mention at article offset `offset`.
    fn mention_at(&self, paragraph: &Paragraph<'_>, byte: usize) -> Option<&ResolvedMention> {
        let offset = paragraph.to_article(byte)?;
        self.mentions.iter().find(|m| {
            self.marked(m, paragraph.span)
                && m.mention.span.start <= offset
                && offset < m.mention.span.end
        })
    }
}

/// The highlights of a paragraph: mentions (the selected entity's outlined), dates
/// (unresolved relative ones in the warning colour), search hits and a flash.
fn highlights(
    ui: &Ui,
    out: &PanelOut<'_>,
    article: &Article<'_, '_>,
    p: &Paragraph<'_>,
) -> Vec<Highlight> {
    let model = article.cx.model;
    let dark = model.settings.dark;
    let selected_entity = model.settings.filters.entity.as_ref();
    // Statements first: the marks after them are drawn over their tint.
    let mut highlights =
        super::statements::statement_highlights(&article.attributions, |s| p.shift(s), dark);
    for m in article
        .mentions
        .iter()
        .filter(|m| article.marked(m, p.span))
    {
        let selected = selected_entity == Some(&m.entity);
        let entity_type = m.mention.entity_type;
        if let Some(range) = p.shift(m.mention.span) {
            let fill = super::entity_fill(entity_type, dark, selected);
            highlights.push(Highlight {
                span: range.clone(),
                style: HighlightStyle::Fill(fill),
            });
            if selected {
                highlights.push(Highlight {
                    span: range,
                    style: HighlightStyle::Outline(super::entity_color(entity_type, dark)),
                });
            }
        }
    }
    let date_color = ui.visuals().hyperlink_color;
    // A relative date with no reference to count from is marked in the warning colour
    // until the analyst sets one; one read against a day inferred from the text is
    // dashed in it, as a guess to check.
    let unresolved_color = ui.visuals().warn_fg_color;
    highlights.extend(article.entry.analysis.dates.iter().filter_map(|d| {
        let style = if d.resolution == DateResolution::Unresolved {
            HighlightStyle::Underline(unresolved_color)
        } else if d.inferred_from_content {
            HighlightStyle::DashedUnderline(unresolved_color)
        } else {
            HighlightStyle::Underline(date_color)
        };
        p.shift(d.span).map(|span| Highlight { span, style })
    }));
    highlights.extend(
        article
            .hits
            .iter()
            .filter_map(|&h| p.shift(h))
            .map(|span| Highlight {
                span,
                style: HighlightStyle::Outline(SEARCH_HIT),
            }),
    );
    let flash = out
        .panels
        .flash
        .filter(|r| Some(r.article) == model.selected_article);
    if let Some(flash) = flash
        && let Some(range) = p.shift(flash.span)
    {
        let strength = flash.strength(ui.input(|i| i.time));
        highlights.push(Highlight {
            span: range,
            style: HighlightStyle::Fill(SEARCH_HIT.gamma_multiply(0.55 * strength)),
        });
    }
    highlights
}

/// One laid-out paragraph: `span` of the article with its highlights, its hover texts,
/// a click on a mention (selects its entity) and its context menu.
fn span_text_ui(
    ui: &mut Ui,
    out: &mut PanelOut<'_>,
    article: &Article<'_, '_>,
    span: Span,
    style: BlockStyle,
) {
    let analysis = &article.entry.analysis;
    let Some(body) = span.slice(&analysis.text) else {
        return;
    };
    let prefix = style.prefix.unwrap_or("");
    let paragraph = Paragraph {
        span,
        prefix,
        text: format!("{prefix}{body}"),
    };
    let highlights = highlights(ui, out, article, &paragraph);
    let color = if style.bold {
        ui.visuals().strong_text_color()
    } else {
        ui.visuals().text_color()
    };
    let rich = RichText {
        size: style.size,
        color,
        bold: style.bold,
        direction: Direction::Rtl,
        highlights: &highlights,
        show_controls: article.cx.model.show_controls,
        // The block's own menu below copies as well.
        context_menu: false,
        ..RichText::new(&paragraph.text)
    };
    let output = rich_text_ui(ui, out.engine, &rich);
    let flash = out
        .panels
        .flash
        .filter(|r| Some(r.article) == article.cx.model.selected_article);
    if let Some(flash) =
        flash.filter(|r| r.scroll && span.start <= r.span.start && r.span.start < span.end)
    {
        scroll_to_offset(ui, output.response.rect, span, flash.span.start);
    }
    hover_texts(out, article, &paragraph, &output);
    let target_id = output.response.id.with("menu_target");
    if output.response.secondary_clicked() {
        let selection = output
            .selection
            .clone()
            .and_then(|r| paragraph.text.get(r))
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty());
        let hovered = output
            .hovered_byte
            .and_then(|b| article.mention_at(&paragraph, b));
        let attribution = output
            .hovered_byte
            .and_then(|b| article.statement_at(&paragraph, b))
            .map(|a| AttributionTarget {
                article: article.index,
                cue: a.cue,
            });
        let target = MenuTarget {
            entity: hovered.map(|m| m.entity.clone()),
            attribution,
            selection,
        };
        ui.ctx().data_mut(|d| d.insert_temp(target_id, target));
    }
    output.response.context_menu(|ui| {
        let target: MenuTarget = ui.ctx().data(|d| d.get_temp(target_id)).unwrap_or_default();
        block_menu_ui(ui, article.cx, out, &target, &paragraph.text);
    });
    if let Some(m) = output
        .clicked_byte
        .and_then(|b| article.mention_at(&paragraph, b))
    {
        out.push(AppCommand::SelectEntity(Some(m.entity.clone())));
    }
}

/// A hovered mention's type, a hovered statement's source and chain, and a hovered
/// date's value or missing reference.
fn hover_texts(
    out: &mut PanelOut<'_>,
    article: &Article<'_, '_>,
    paragraph: &Paragraph<'_>,
    output: &crate::shaping::RichTextResponse,
) {
    let Some(byte) = output.hovered_byte else {
        return;
    };
    let cx = article.cx;
    if let Some(m) = article.mention_at(paragraph, byte) {
        let entity_type = m.mention.entity_type;
        output.response.clone().on_hover_text(format!(
            "{} · {}",
            entity_type,
            super::group_label(entity_type, cx.labels())
        ));
    }
    if let Some(a) = article.statement_at(paragraph, byte) {
        statement_hover_ui(&output.response, out.engine, cx, article.index, a);
    }
    let analysis = &article.entry.analysis;
    let date = paragraph.to_article(byte).and_then(|offset| {
        analysis
            .dates
            .iter()
            .find(|d| d.span.start <= offset && offset < d.span.end)
    });
    let Some(date) = date else {
        return;
    };
    if date.resolution == DateResolution::Unresolved {
        let labels = cx.language().workspace_labels();
        output
            .response
            .clone()
            .on_hover_text(labels.needs_reference);
        return;
    }
    let Some(value) = date.value_iso() else {
        return;
    };
    let inferred = analysis
        .inferred_reference
        .filter(|_| date.inferred_from_content);
    output.response.clone().on_hover_ui(|ui| {
        ui.label(value);
        if let Some(day) = inferred {
            super::date_reading::inferred_reference_ui(ui, out.engine, cx.language(), day);
        }
    });
}

/// A block's context menu: copy; the corrections of the mention under the
/// pointer; the selected text as a new entity.
fn block_menu_ui(
    ui: &mut Ui,
    cx: &PanelContext<'_>,
    out: &mut PanelOut<'_>,
    target: &MenuTarget,
    paragraph: &str,
) {
    let words = entity_labels(cx.language());
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
        entity_menu_ui(ui, cx, out, entity);
    }
    if let Some(attribution) = target.attribution {
        ui.separator();
        attribution_menu_ui(ui, cx, out, attribution, target.selection.as_deref());
    }
    if cx.model.corpus.entities.is_resolved() {
        ui.separator();
        if let Some(selected) = &target.selection {
            ui.menu_button(words.add_as_entity, |ui| {
                for entity_type in EntityType::ALL {
                    if ui.button(type_label(entity_type, words)).clicked() {
                        let correction = Correction::add_entity(selected, entity_type);
                        out.push(AppCommand::Correct(correction));
                    }
                }
            });
        }
        if ui.button(words.add_entity).clicked() {
            let form = target.selection.clone().unwrap_or_default();
            out.panels.dialog = Some(Dialog::add_entity(&form));
        }
    }
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
