//! The clickable row of a name and its counts that the sidebar lists entities
//! with and the detail pane lists articles and co-occurring entities with.

use egui::{Align, Color32, Layout, Response, Role, Sense, Ui, UiBuilder, WidgetInfo, vec2};

use crate::shaping::{TextEngine, label_ui};

/// A row's height, spacing included (scroll areas lay rows out by it).
pub const ROW_HEIGHT: f32 = 24.0;

/// What differs between the places a name row is drawn.
#[derive(Clone, Copy, Debug)]
pub struct NameRow {
    /// What the row is to screen readers.
    pub role: Role,
    /// Empty space at either end of the row.
    pub margin: f32,
    /// The name's text size.
    pub name_size: f32,
    /// The counts' width at most, in points.
    pub counts_width: f32,
    /// The counts' width at most, as a share of the row.
    pub counts_share: f32,
}

/// The background of a clickable list row: the selection colour when
/// `selected`, a weak fill while hovered.
pub fn row_background_ui(
    ui: &Ui,
    rect: egui::Rect,
    response: &Response,
    selected: bool,
    corner_radius: f32,
) {
    let visuals = ui.visuals();
    if selected {
        ui.painter()
            .rect_filled(rect, corner_radius, visuals.selection.bg_fill);
    } else if response.hovered() {
        ui.painter()
            .rect_filled(rect, corner_radius, visuals.widgets.hovered.weak_bg_fill);
    }
}

/// A name row: `name` through cosmic-text on the right in `color`, `counts`
/// small on the left; one widget labelled `name` to screen readers.
pub fn name_row_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    row: &NameRow,
    name: &str,
    counts: &str,
    color: Color32,
    selected: bool,
) -> Response {
    let height = ROW_HEIGHT - ui.spacing().item_spacing.y;
    let (rect, response) =
        ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::click());
    response.widget_info(|| WidgetInfo::selected(row.role, true, selected, name));
    row_background_ui(ui, rect, &response, selected, 3.0);
    let weak = ui.visuals().weak_text_color();
    let mut child = ui.new_child(
        UiBuilder::new()
            .max_rect(rect.shrink2(vec2(row.margin, 0.0)))
            .layout(Layout::right_to_left(Align::Center)),
    );
    child.set_clip_rect(rect.intersect(ui.clip_rect()));
    child.style_mut().interaction.selectable_labels = false;
    // Names are Arabic: they sit on the right; the counts sit on the left.
    // The name gets what the counts leave, and is cut with … when longer.
    let counts_width = row.counts_width.min(rect.width() * row.counts_share);
    let name_size = vec2(child.available_width() - counts_width, height);
    child.allocate_ui_with_layout(name_size, Layout::right_to_left(Align::Center), |ui| {
        label_ui(ui, engine, name, row.name_size, color)
    });
    child.with_layout(Layout::left_to_right(Align::Center), |ui| {
        label_ui(ui, engine, counts, super::theme::TINY, weak)
    });
    response
}
