//! A shaped, wrapped block of text and the geometry the widgets and tests ask of it.
//!
//! All geometry leaves this module in egui points relative to the layout's top-left corner,
//! and every text position in UTF-8 byte offsets of the *original* text, whatever marks
//! were inserted for display (see [`super::controls`]). Inside, cosmic-text works in
//! physical pixels so glyphs are rasterized at the screen's real resolution.

use std::ops::Range;

use cosmic_text::{
    Attrs, Buffer, Color, Cursor, Ellipsize, EllipsizeHeightLimit, Family, FontSystem, LayoutRun,
    Metrics, Shaping, Weight, Wrap,
};
use egui::{Color32, Pos2, Rect, Vec2, pos2, vec2};

use super::controls::{self, Substituted};
use super::fonts::{ARABIC_FAMILY, LATIN_FAMILY};

/// Horizontal alignment of a block's lines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Align {
    /// Right for right-to-left lines, left otherwise (each line by its own direction).
    #[default]
    Auto,
    /// Flush left.
    Left,
    /// Flush right.
    Right,
    /// Centred.
    Center,
}

/// Base direction of a block's paragraphs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Direction {
    /// From the first strong character of each line (Unicode rule P2).
    #[default]
    Auto,
    /// Right-to-left even when a line starts with a Latin word (`CNN: قال…`).
    Rtl,
    /// Left-to-right.
    Ltr,
}

/// How a layout uses the width it is given.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fit {
    /// Wrap lines at this width in points.
    Wrap(f32),
    /// One line per text line, as wide as it needs.
    SingleLine,
    /// One line, cut by whole clusters and ended with `…` when wider than this many points.
    Truncate(f32),
}

/// Visual style of a text block; part of the layout cache key.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextStyle {
    /// Font size in points.
    pub size: f32,
    /// Text colour.
    pub color: Color32,
    /// Bold face.
    pub bold: bool,
    /// Horizontal alignment.
    pub align: Align,
    /// Paragraph base direction.
    pub direction: Direction,
    /// Line height as a multiple of the font size (Naskh needs room for marks).
    pub line_height: f32,
    /// Show bidi and joining controls as visible marks such as `‹RLO›`.
    pub show_controls: bool,
    /// Colour of those marks.
    pub control_color: Color32,
}

impl Default for TextStyle {
    fn default() -> Self {
        Self {
            size: 16.0,
            color: Color32::from_gray(230),
            bold: false,
            align: Align::Auto,
            direction: Direction::Auto,
            line_height: 1.6,
            show_controls: false,
            control_color: Color32::from_rgb(0xE0, 0x40, 0xD0),
        }
    }
}

/// Everything a layout depends on.
#[derive(Clone, Copy, Debug)]
pub struct LayoutJob<'a> {
    /// The original text.
    pub text: &'a str,
    /// Its style.
    pub style: TextStyle,
    /// Width handling.
    pub fit: Fit,
    /// `egui::Context::pixels_per_point`: layout happens in physical pixels.
    pub pixels_per_point: f32,
}

/// A shaped and laid out block of text.
pub struct Layout {
    pub(super) buffer: Buffer,
    display: Substituted,
    original_len: usize,
    line_starts: Vec<usize>,
    pub(super) ppp: f32,
    size: Vec2,
    rtl: bool,
    truncated: bool,
}

/// One laid-out glyph: what the tests and the widgets need to know about it.
#[derive(Clone, Debug, PartialEq)]
pub struct GlyphBox {
    /// The original text bytes this glyph's cluster stands for.
    pub range: Range<usize>,
    /// Its advance box (line height tall), in points.
    pub rect: Rect,
    /// The font's glyph id (tells contextual forms apart).
    pub glyph_id: u16,
    /// True when the glyph belongs to a right-to-left run.
    pub rtl: bool,
}

/// egui's colour as cosmic-text's (unmultiplied sRGBA).
pub(super) fn to_cosmic(color: Color32) -> Color {
    let [red, green, blue, alpha] = color.to_srgba_unmultiplied();
    Color::rgba(red, green, blue, alpha)
}

impl Layout {
    /// Shapes and lays out `job` with `font_system`.
    pub fn new(font_system: &mut FontSystem, job: &LayoutJob<'_>) -> Self {
        let ppp = if job.pixels_per_point > 0.0 {
            job.pixels_per_point
        } else {
            1.0
        };
        let style = &job.style;
        let size_px = style.size.max(1.0) * ppp;
        let metrics = Metrics::new(size_px, size_px * style.line_height.max(0.5));
        let rtl = match style.direction {
            Direction::Auto => controls::first_strong_is_rtl(job.text),
            Direction::Rtl => true,
            Direction::Ltr => false,
        };
        let force = match style.direction {
            Direction::Auto => None,
            Direction::Rtl => Some(true),
            Direction::Ltr => Some(false),
        };
        let display = controls::display_copy(job.text, style.show_controls, force);

        let mut buffer = Buffer::new_empty(metrics);
        let (width, wrap, ellipsize) = match job.fit {
            Fit::Wrap(w) => (Some((w * ppp).max(1.0)), Wrap::WordOrGlyph, Ellipsize::None),
            Fit::SingleLine => (None, Wrap::None, Ellipsize::None),
            Fit::Truncate(w) => (
                Some((w * ppp).max(1.0)),
                Wrap::None,
                Ellipsize::End(EllipsizeHeightLimit::Lines(1)),
            ),
        };
        buffer.set_wrap(wrap);
        buffer.set_ellipsize(ellipsize);
        buffer.set_size(width, None);

        let family = if rtl { ARABIC_FAMILY } else { LATIN_FAMILY };
        let weight = if style.bold {
            Weight::BOLD
        } else {
            Weight::NORMAL
        };
        let attrs = Attrs::new()
            .family(Family::Name(family))
            .weight(weight)
            .color(to_cosmic(style.color));
        let align = match style.align {
            Align::Auto => None,
            Align::Left => Some(cosmic_text::Align::Left),
            Align::Right => Some(cosmic_text::Align::Right),
            Align::Center => Some(cosmic_text::Align::Center),
        };
        let marks: Vec<Range<usize>> = if style.show_controls {
            display.mark_ranges().collect()
        } else {
            Vec::new()
        };
        if marks.is_empty() {
            buffer.set_text(&display.display, &attrs, Shaping::Advanced, align);
        } else {
            let mark_attrs = attrs
                .clone()
                .family(Family::Name(LATIN_FAMILY))
                .color(to_cosmic(style.control_color));
            let mut spans = Vec::with_capacity(marks.len() * 2 + 1);
            let mut at = 0;
            for mark in marks {
                spans.push((&display.display[at..mark.start], attrs.clone()));
                spans.push((&display.display[mark.clone()], mark_attrs.clone()));
                at = mark.end;
            }
            spans.push((&display.display[at..], attrs.clone()));
            buffer.set_rich_text(spans, &attrs, Shaping::Advanced, align);
        }
        buffer.shape_until_scroll(font_system, false);

        let mut line_starts = Vec::with_capacity(buffer.lines.len());
        let mut start = 0;
        for line in &buffer.lines {
            line_starts.push(start);
            start += line.text().len() + line.ending().as_str().len();
        }

        let mut max_w: f32 = 0.0;
        let mut bottom = metrics.line_height;
        for run in buffer.layout_runs() {
            max_w = max_w.max(run.line_w);
            bottom = run.line_top + run.line_height;
        }
        let layout_w = match job.fit {
            Fit::Wrap(w) => w * ppp,
            Fit::SingleLine | Fit::Truncate(_) => max_w,
        };
        let truncated = matches!(job.fit, Fit::Truncate(w) if {
            let mut unbounded = Buffer::new_empty(metrics);
            unbounded.set_wrap(Wrap::None);
            unbounded.set_text(&display.display, &attrs, Shaping::Advanced, align);
            unbounded.shape_until_scroll(font_system, false);
            unbounded.layout_runs().any(|run| run.line_w > w * ppp)
        });
        Self {
            buffer,
            display,
            original_len: job.text.len(),
            line_starts,
            ppp,
            size: vec2(layout_w, bottom) / ppp,
            rtl,
            truncated,
        }
    }

    /// Size in points (the wrap width for wrapped text).
    pub fn size(&self) -> Vec2 {
        self.size
    }

    /// True when the (first) paragraph is right-to-left.
    pub fn is_rtl(&self) -> bool {
        self.rtl
    }

    /// True when [`Fit::Truncate`] had to cut the text.
    pub fn is_truncated(&self) -> bool {
        self.truncated
    }

    /// The text as it was handed to the shaper (with visible marks, direction marks).
    pub fn display_text(&self) -> &str {
        &self.display.display
    }

    /// Number of visual lines.
    pub fn line_count(&self) -> usize {
        self.buffer.layout_runs().count()
    }

    fn original(&self, display: usize) -> usize {
        self.display.to_original(display).min(self.original_len)
    }

    fn cursor(&self, original: usize) -> Cursor {
        let display = self.display.to_display(original.min(self.original_len));
        let line = self
            .line_starts
            .partition_point(|&s| s <= display)
            .saturating_sub(1);
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        Cursor::new(line, display - start)
    }

    fn line_start(&self, run: &LayoutRun<'_>) -> usize {
        self.line_starts.get(run.line_i).copied().unwrap_or(0)
    }

    fn run_rect(&self, run: &LayoutRun<'_>, x: f32, w: f32) -> Rect {
        Rect::from_min_size(pos2(x, run.line_top), vec2(w, run.line_height)) / self.ppp
    }

    /// Every glyph in visual order, with its original byte range and its box.
    pub fn glyph_boxes(&self) -> Vec<GlyphBox> {
        let mut out = Vec::new();
        for run in self.buffer.layout_runs() {
            let base = self.line_start(&run);
            for glyph in run.glyphs {
                out.push(GlyphBox {
                    range: self.original(base + glyph.start)..self.original(base + glyph.end),
                    rect: self.run_rect(&run, glyph.x, glyph.w),
                    glyph_id: glyph.glyph_id,
                    rtl: glyph.level.is_rtl(),
                });
            }
        }
        out
    }

    /// Rectangles (one per visual piece; bidi can split a span) covering the glyphs of
    /// the original byte span `range`, in points.
    pub fn highlight_rects(&self, range: Range<usize>) -> Vec<Rect> {
        if range.start >= range.end {
            return Vec::new();
        }
        let start = self.cursor(range.start);
        let end = self.cursor(range.end);
        let mut out = Vec::new();
        for run in self.buffer.layout_runs() {
            if run.line_i < start.line || run.line_i > end.line {
                continue;
            }
            for (x, w) in run.highlight(start, end) {
                out.push(self.run_rect(&run, x, w));
            }
        }
        out
    }

    /// The original byte offset of the character under `pos` (points, layout-relative),
    /// or `None` when `pos` is not over a glyph.
    pub fn byte_at(&self, pos: Pos2) -> Option<usize> {
        let (x, y) = (pos.x * self.ppp, pos.y * self.ppp);
        for run in self.buffer.layout_runs() {
            if y < run.line_top || y >= run.line_top + run.line_height {
                continue;
            }
            let glyph = run.glyphs.iter().find(|g| x >= g.x && x < g.x + g.w)?;
            let cluster = run.text.get(glyph.start..glyph.end).unwrap_or_default();
            let count = cluster.chars().count().max(1);
            // Ligatures (lam-alef) cover several characters: split the advance evenly,
            // counting from the right in right-to-left runs.
            let mut slot = (((x - glyph.x) / glyph.w.max(f32::EPSILON)) * count as f32) as usize;
            slot = slot.min(count - 1);
            if glyph.level.is_rtl() {
                slot = count - 1 - slot;
            }
            let offset = cluster.char_indices().nth(slot).map_or(0, |(i, _)| i);
            return Some(self.original(self.line_start(&run) + glyph.start + offset));
        }
        None
    }

    /// The caret position (original byte offset) closest to `pos`, for selections.
    pub fn cursor_at(&self, pos: Pos2) -> Option<usize> {
        let cursor = self.buffer.hit(pos.x * self.ppp, pos.y * self.ppp)?;
        let start = self.line_starts.get(cursor.line).copied()?;
        Some(self.original(start + cursor.index))
    }
}
