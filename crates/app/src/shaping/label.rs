//! [`label_ui`]: short single-line text (entity names, list titles, timeline hovers).
//!
//! A label is shaped once unbounded; only when that is wider than the space left is it
//! laid out again cut to the width, so resizing a panel does not reshape every short
//! name. Cutting is cosmic-text's ellipsizing: whole clusters, the `…` at the logical
//! end (the left edge of a right-to-left name). A cut label shows its full text in a
//! tooltip, drawn through cosmic-text as well.

use egui::{Color32, Rect, Response, Role, Sense, Ui, WidgetInfo, pos2, vec2};

use super::engine::TextEngine;
use super::layout::{Fit, LayoutJob, TextStyle};
use super::rich_text::{RichText, rich_text_ui, snap};

/// Options for [`label_ui_with`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelOptions {
    /// What the label reacts to (`Sense::click()` for list rows and entity names).
    pub sense: Sense,
    /// Bold face.
    pub bold: bool,
    /// Show the full text in a tooltip when it had to be cut.
    pub tooltip_when_cut: bool,
}

impl Default for LabelOptions {
    fn default() -> Self {
        Self {
            sense: Sense::hover(),
            bold: false,
            tooltip_when_cut: true,
        }
    }
}

/// A single-line label: cached, right-aligned in vertical layouts when right-to-left,
/// cut with `…` when wider than the available width.
pub fn label_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    text: &str,
    size: f32,
    color: Color32,
) -> Response {
    label_ui_with(ui, engine, text, size, color, &LabelOptions::default())
}

/// [`label_ui`] with options (e.g. `sense: Sense::click()`).
pub fn label_ui_with(
    ui: &mut Ui,
    engine: &mut TextEngine,
    text: &str,
    size: f32,
    color: Color32,
    options: &LabelOptions,
) -> Response {
    let ppp = ui.pixels_per_point();
    // A label is one line: line breaks inside names would only confuse a list.
    let single: String;
    let text = if text.contains(['\n', '\r']) {
        single = text.replace(['\n', '\r'], " ");
        &single
    } else {
        text
    };
    let color = if color == Color32::TRANSPARENT {
        ui.visuals().text_color()
    } else {
        color
    };
    let style = TextStyle {
        size,
        color,
        bold: options.bold,
        line_height: 1.45,
        ..TextStyle::default()
    };
    let mut job = LayoutJob {
        text,
        style,
        fit: Fit::SingleLine,
        pixels_per_point: ppp,
    };
    let mut layout = engine.layout(&job);
    let available = ui.available_width();
    if available.is_finite() && layout.size().x > available + 0.5 / ppp {
        job.fit = Fit::Truncate((available * ppp).floor().max(1.0) / ppp);
        layout = engine.layout(&job);
    }
    let text_size = layout.size();
    let fill_row = layout.is_rtl() && available.is_finite() && ui.layout().main_dir().is_vertical();
    let width = if fill_row {
        available.max(text_size.x)
    } else {
        text_size.x
    };
    let (rect, response) = ui.allocate_exact_size(vec2(width, text_size.y), options.sense);
    if ui.is_rect_visible(rect) {
        let x = if fill_row {
            rect.right() - text_size.x
        } else {
            rect.left()
        };
        let origin = snap(pos2(x, rect.top()), ppp);
        let visible = ui.clip_rect().translate(-origin.to_vec2());
        let (_, textures) = engine.textured(ui.ctx(), &job, visible);
        let uv = Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0));
        for (texture, strip) in textures {
            ui.painter().image(
                texture,
                strip.translate(origin.to_vec2()),
                uv,
                Color32::WHITE,
            );
        }
    }
    let role = if options.sense.senses_click() {
        Role::Button
    } else {
        Role::Label
    };
    response.widget_info(|| WidgetInfo::labeled(role, ui.is_enabled(), text));
    if layout.is_truncated() && options.tooltip_when_cut {
        let full = text.to_owned();
        return response.on_hover_ui(|ui| {
            ui.set_max_width(420.0);
            let rich = RichText {
                size,
                color,
                context_menu: false,
                ..RichText::new(&full)
            };
            rich_text_ui(ui, engine, &rich);
        });
    }
    response
}
