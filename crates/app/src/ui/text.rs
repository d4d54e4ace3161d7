//! The text widgets the panels use, in one place so the renderer can change.
//!
//! TODO(app): these forward to plain egui until `crate::shaping` (cosmic-text) lands.

use std::ops::Range;

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Response, Role, Sense, Stroke, Ui, WidgetInfo};

/// Shaping state shared by every text widget.
#[derive(Debug, Default)]
pub struct TextEngine;

impl TextEngine {
    /// A text engine with the bundled fonts.
    pub fn new() -> Self {
        Self
    }
}

/// How a highlighted span is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum HighlightStyle {
    Fill(Color32),
    Underline(Color32),
    Outline(Color32),
}

/// A span of the text drawn with a highlight.
#[derive(Clone, Debug, PartialEq)]
pub struct Highlight {
    pub span: Range<usize>,
    pub style: HighlightStyle,
}

/// A paragraph to lay out.
#[derive(Clone, Debug)]
pub struct RichText<'a> {
    pub text: &'a str,
    pub size: f32,
    pub color: Color32,
    pub bold: bool,
    pub align: egui::Align,
    pub highlights: &'a [Highlight],
    pub show_controls: bool,
}

/// What happened to a paragraph this frame.
#[derive(Debug)]
pub struct RichTextResponse {
    pub response: Response,
    pub hovered_byte: Option<usize>,
    pub clicked_byte: Option<usize>,
    pub selection: Option<Range<usize>>,
}

/// A wrapped paragraph with highlights.
pub fn rich_text_ui(ui: &mut Ui, _engine: &mut TextEngine, rich: &RichText<'_>) -> RichTextResponse {
    let mut job = LayoutJob::default();
    let mut cursor = 0;
    let base = TextFormat { font_id: FontId::proportional(rich.size), color: rich.color, ..TextFormat::default() };
    let mut highlights: Vec<&Highlight> = rich.highlights.iter().collect();
    highlights.sort_by_key(|h| h.span.start);
    for highlight in highlights {
        let (start, end) = (highlight.span.start.max(cursor), highlight.span.end.min(rich.text.len()));
        if start >= end || !rich.text.is_char_boundary(start) || !rich.text.is_char_boundary(end) {
            continue;
        }
        job.append(&rich.text[cursor..start], 0.0, base.clone());
        let mut format = base.clone();
        match highlight.style {
            HighlightStyle::Fill(color) => format.background = color,
            HighlightStyle::Underline(color) | HighlightStyle::Outline(color) => format.underline = Stroke::new(1.5, color),
        }
        job.append(&rich.text[start..end], 0.0, format);
        cursor = end;
    }
    job.append(&rich.text[cursor..], 0.0, base);
    job.wrap.max_width = ui.available_width();
    job.halign = rich.align;
    let galley = ui.ctx().fonts_mut(|f| f.layout_job(job));
    let (rect, response) = ui.allocate_exact_size(egui::vec2(ui.available_width(), galley.size().y), Sense::click());
    let pos = match rich.align {
        egui::Align::Max => rect.right_top(),
        egui::Align::Center => rect.center_top(),
        egui::Align::Min => rect.left_top(),
    };
    ui.painter().galley(pos, galley, rich.color);
    let text = rich.text.to_owned();
    response.widget_info(|| WidgetInfo::labeled(Role::Label, true, &text));
    RichTextResponse { response, hovered_byte: None, clicked_byte: None, selection: None }
}

/// A single-line label.
pub fn label_ui(ui: &mut Ui, _engine: &mut TextEngine, text: &str, size: f32, color: Color32) -> Response {
    ui.add(egui::Label::new(egui::RichText::new(text).size(size).color(color)).truncate())
}
