//! [`rich_text_ui`]: a wrapped, highlighted, selectable paragraph.
//!
//! Highlights (entity mentions, dates, search hits) and the selection are rectangles from
//! the layout painted under (fills) or over (underlines, outlines) the one texture of the
//! paragraph, so a highlighted word is shaped together with its neighbours and keeps its
//! joined letters. Selection is press-drag (caret positions from cosmic-text's hit test)
//! or double-click for a word; Ctrl+C or the context menu copies it. Only one paragraph
//! owns the selection at a time, as in a document.

use marsad_core::text::chars;
use std::ops::Range;

use egui::{
    Color32, CursorIcon, Event, Id, Pos2, Rect, Response, Role, Sense, Stroke, StrokeKind, Ui,
    Vec2, WidgetInfo, pos2, vec2,
};

use super::engine::TextEngine;
use super::layout::{Align, Direction, Fit, Layout, LayoutJob, TextStyle};

/// How a highlighted span is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum HighlightStyle {
    /// A filled background under the glyphs (entity mentions).
    Fill(Color32),
    /// A line under the glyphs (date expressions).
    Underline(Color32),
    /// A dashed line under the glyphs (dates read against an inferred reference).
    DashedUnderline(Color32),
    /// A rectangle drawn around the glyphs (search hits).
    Outline(Color32),
}

/// A span of the text drawn with a highlight.
#[derive(Clone, Debug, PartialEq)]
pub struct Highlight {
    /// UTF-8 byte offsets into [`RichText::text`].
    pub span: Range<usize>,
    /// How to draw it.
    pub style: HighlightStyle,
}

/// A paragraph to show with [`rich_text_ui`].
#[derive(Clone, Debug)]
pub struct RichText<'a> {
    /// The original text (never rewritten; offsets refer to it).
    pub text: &'a str,
    /// Font size in points.
    pub size: f32,
    /// Text colour.
    pub color: Color32,
    /// Bold face (titles, headings).
    pub bold: bool,
    /// Line alignment; [`Align::Auto`] right-aligns right-to-left lines.
    pub align: Align,
    /// Base direction; [`Direction::Rtl`] for Arabic article blocks that may start with a
    /// Latin word.
    pub direction: Direction,
    /// Spans to highlight.
    pub highlights: &'a [Highlight],
    /// Show bidi controls (RLO, LRM, ZWJ…) as visible marks in their own colour.
    pub show_controls: bool,
    /// Offer a context menu with "Copy"; turn off to attach your own menu.
    pub context_menu: bool,
}

impl<'a> RichText<'a> {
    /// A paragraph of `text` with the default size and the UI's text colour unset
    /// (transparent means "use `ui.visuals().text_color()`").
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            size: 16.0,
            color: Color32::TRANSPARENT,
            bold: false,
            align: Align::Auto,
            direction: Direction::Auto,
            highlights: &[],
            show_controls: false,
            context_menu: true,
        }
    }
}

impl From<egui::Align> for Align {
    fn from(align: egui::Align) -> Self {
        match align {
            egui::Align::Min => Align::Left,
            egui::Align::Center => Align::Center,
            egui::Align::Max => Align::Right,
        }
    }
}

/// What happened to a paragraph this frame.
#[derive(Debug)]
pub struct RichTextResponse {
    /// The widget's response (its `widget_info` label is the text).
    pub response: Response,
    /// Byte offset of the character under the pointer.
    pub hovered_byte: Option<usize>,
    /// Byte offset of the character clicked this frame.
    pub clicked_byte: Option<usize>,
    /// The selected byte range, when this paragraph holds a non-empty selection.
    pub selection: Option<Range<usize>>,
}

/// Selection endpoints (caret positions in original bytes).
#[derive(Clone, Copy, Debug, Default)]
struct Selection {
    anchor: usize,
    head: usize,
}

impl Selection {
    fn range(self) -> Option<Range<usize>> {
        let (a, b) = (self.anchor.min(self.head), self.anchor.max(self.head));
        (a < b).then_some(a..b)
    }
}

/// The widget that owns the current selection (only it reacts to Ctrl+C).
fn owner_id() -> Id {
    Id::unique("marsad-shaping-selection-owner")
}

/// Lays out `rich` at the available width and shows it. See the module docs.
pub fn rich_text_ui(ui: &mut Ui, engine: &mut TextEngine, rich: &RichText<'_>) -> RichTextResponse {
    let ppp = ui.pixels_per_point();
    let available = ui.available_width();
    let fit = if available.is_finite() && available > 0.0 {
        Fit::Wrap((available * ppp).floor().max(1.0) / ppp)
    } else {
        Fit::SingleLine
    };
    let color = if rich.color == Color32::TRANSPARENT {
        ui.visuals().text_color()
    } else {
        rich.color
    };
    let job = LayoutJob {
        text: rich.text,
        style: TextStyle {
            size: rich.size,
            color,
            bold: rich.bold,
            align: rich.align,
            direction: rich.direction,
            show_controls: rich.show_controls,
            ..TextStyle::default()
        },
        fit,
        pixels_per_point: ppp,
    };
    let layout = engine.layout(&job);
    let size = match fit {
        Fit::Wrap(w) => vec2(w, layout.size().y),
        Fit::SingleLine | Fit::Truncate(_) => layout.size(),
    };
    let (rect, response) = ui.allocate_exact_size(size, Sense::click_and_drag());
    let origin = snap(rect.min, ppp);
    let local = |p: Pos2| (p - origin).to_pos2();

    let selection = update_selection(ui, &response, &layout, rich.text, origin);
    let hovered_byte = if response.hovered() {
        ui.ctx().set_cursor_icon(CursorIcon::Text);
        ui.ctx()
            .pointer_hover_pos()
            .and_then(|p| layout.byte_at(local(p)))
    } else {
        None
    };
    let clicked_byte = if response.clicked() {
        response
            .interact_pointer_pos()
            .and_then(|p| layout.byte_at(local(p)))
    } else {
        None
    };
    if rich.context_menu {
        let copied = selection
            .clone()
            .map_or(rich.text, |r| rich.text.get(r).unwrap_or_default());
        let label = if selection.is_some() {
            "Copy"
        } else {
            "Copy paragraph"
        };
        response.context_menu(|ui| {
            if ui.button(label).clicked() {
                ui.ctx().copy_text(copied.to_owned());
                ui.close();
            }
        });
    }

    if ui.is_rect_visible(rect) {
        paint(
            ui,
            engine,
            &job,
            &layout,
            rich.highlights,
            selection.clone(),
            origin,
        );
    }
    let text = rich.text;
    response.widget_info(|| WidgetInfo::labeled(Role::Label, ui.is_enabled(), text));
    RichTextResponse {
        response,
        hovered_byte,
        clicked_byte,
        selection,
    }
}

/// Rounds a position to the physical pixel grid so textures map texel to pixel.
pub(super) fn snap(p: Pos2, ppp: f32) -> Pos2 {
    pos2((p.x * ppp).round() / ppp, (p.y * ppp).round() / ppp)
}

/// Handles press-drag, double-click, Ctrl+C; returns the selection this paragraph holds.
fn update_selection(
    ui: &Ui,
    response: &Response,
    layout: &Layout,
    text: &str,
    origin: Pos2,
) -> Option<Range<usize>> {
    let id = response.id;
    let ctx = ui.ctx();
    let local = |p: Pos2| (p - origin).to_pos2();
    let mut sel: Option<Selection> = ctx.data(|d| d.get_temp(id));
    let owner: Option<Id> = ctx.data(|d| d.get_temp(owner_id()));
    if owner != Some(id) {
        sel = None;
    }
    let (pressed, press_pos) =
        ctx.input(|i| (i.pointer.primary_pressed(), i.pointer.press_origin()));
    if response.double_clicked() {
        if let Some(byte) = response
            .interact_pointer_pos()
            .and_then(|p| layout.byte_at(local(p)))
        {
            let word = word_at(text, byte);
            sel = Some(Selection {
                anchor: word.start,
                head: word.end,
            });
        }
    } else if pressed && response.is_pointer_button_down_on() {
        if let Some(at) = press_pos.and_then(|p| layout.cursor_at(local(p))) {
            sel = Some(Selection {
                anchor: at,
                head: at,
            });
        }
    } else if response.dragged()
        && let (Some(s), Some(p)) = (sel.as_mut(), response.interact_pointer_pos())
        && let Some(at) = layout.cursor_at(local(p))
    {
        s.head = at;
    } else if pressed && owner == Some(id) && press_pos.is_some_and(|p| !response.rect.contains(p))
    {
        // A press elsewhere clears the selection, as in any document.
        sel = None;
        ctx.data_mut(|d| d.remove::<Id>(owner_id()));
    }
    match sel {
        Some(s) => ctx.data_mut(|d| {
            d.insert_temp(id, s);
            d.insert_temp(owner_id(), id);
        }),
        None => ctx.data_mut(|d| d.remove::<Selection>(id)),
    }
    let range = sel.and_then(Selection::range)?;
    let copy = ctx.input(|i| i.events.iter().any(|e| matches!(e, Event::Copy)));
    if copy && let Some(selected) = text.get(range.clone()) {
        ctx.copy_text(selected.to_owned());
    }
    Some(range)
}

/// The word around `byte`: letters, digits, Arabic marks and joiners; a lone space or
/// punctuation mark selects itself.
pub(super) fn word_at(text: &str, byte: usize) -> Range<usize> {
    let is_word = |c: char| {
        chars::is_alphanumeric(c)
            || chars::is_arabic_mark(c)
            || matches!(c, '\u{200C}' | '\u{200D}')
    };
    let byte = (0..=byte.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let Some(c) = text[byte..].chars().next() else {
        return byte..byte;
    };
    if !is_word(c) {
        return byte..byte + c.len_utf8();
    }
    let start = text[..byte]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word(c))
        .last()
        .map_or(byte, |(i, _)| i);
    let end = text[byte..]
        .char_indices()
        .find(|&(_, c)| !is_word(c))
        .map_or(text.len(), |(i, _)| byte + i);
    start..end
}

/// Paints highlights, selection, the text texture and the line decorations.
fn paint(
    ui: &Ui,
    engine: &mut TextEngine,
    job: &LayoutJob<'_>,
    layout: &Layout,
    highlights: &[Highlight],
    selection: Option<Range<usize>>,
    origin: Pos2,
) {
    let painter = ui.painter();
    let shift = origin.to_vec2();
    let rects = |span: &Range<usize>| -> Vec<Rect> {
        layout
            .highlight_rects(span.clone())
            .into_iter()
            .map(|r| r.translate(shift))
            .collect()
    };
    for h in highlights {
        if let HighlightStyle::Fill(color) = h.style {
            for r in rects(&h.span) {
                painter.rect_filled(r.shrink2(vec2(0.0, r.height() * 0.08)), 3.0, color);
            }
        }
    }
    if let Some(range) = selection {
        let fill = ui.visuals().selection.bg_fill.gamma_multiply(0.8);
        for r in rects(&range) {
            painter.rect_filled(r, 0.0, fill);
        }
    }
    let visible = ui.clip_rect().translate(-shift);
    let (_, textures) = engine.textured(ui.ctx(), job, visible);
    let uv = Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0));
    for (texture, rect) in textures {
        painter.image(texture, rect.translate(shift), uv, Color32::WHITE);
    }
    for h in highlights {
        match h.style {
            HighlightStyle::Fill(_) => {}
            HighlightStyle::Underline(color) | HighlightStyle::DashedUnderline(color) => {
                let stroke = Stroke::new((job.style.size / 12.0).max(1.0), color);
                let dashed = matches!(h.style, HighlightStyle::DashedUnderline(_));
                for r in rects(&h.span) {
                    let y = r.bottom() - r.height() * 0.12;
                    if dashed {
                        let dash = (job.style.size / 4.0).max(3.0);
                        let line = [pos2(r.left(), y), pos2(r.right(), y)];
                        painter.extend(egui::Shape::dashed_line(&line, stroke, dash, dash * 0.6));
                    } else {
                        painter.hline(r.x_range(), y, stroke);
                    }
                }
            }
            HighlightStyle::Outline(color) => {
                for r in rects(&h.span) {
                    let r = r.shrink2(Vec2::new(0.0, r.height() * 0.05));
                    painter.rect_stroke(r, 3.0, Stroke::new(1.5, color), StrokeKind::Outside);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::word_at;

    #[test]
    fn word_at_selects_whole_words_and_lone_punctuation() {
        let text = "قال وزيرُ الخارجية: (CENTCOM) 2021";
        let cases: &[(&str, &str)] = &[
            ("قال", "قال"),
            ("يرُ", "وزيرُ"),
            ("الخارجية", "الخارجية"),
            (":", ":"),
            ("CENT", "CENTCOM"),
            ("2021", "2021"),
        ];
        for (probe, expected) in cases {
            let Some(at) = text.find(probe) else {
                panic!("{probe} not in text");
            };
            assert_eq!(&text[word_at(text, at)], *expected, "probe {probe}");
        }
    }
}
