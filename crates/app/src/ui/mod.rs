//! The panels: each takes `&mut egui::Ui` and the view model.

pub mod annotations;
pub mod article_list;
pub mod article_view;
pub mod entity_detail;
pub mod entity_menu;
pub mod long_text;
pub mod menu;
pub mod name_row;
pub mod problems;
pub mod reveal;
pub mod sidebar;
pub mod status;
pub mod timeline;
pub mod workspace_dialogs;

use egui::{Color32, Layout, Ui};

use crate::analysis::EntityType;

/// The colour an entity type is marked with, readable on both themes.
pub fn entity_color(entity_type: EntityType, dark: bool) -> Color32 {
    match (entity_type, dark) {
        (EntityType::Pers, false) => Color32::from_rgb(0x1f, 0x5f, 0xbf),
        (EntityType::Pers, true) => Color32::from_rgb(0x6f, 0xa8, 0xff),
        (EntityType::Org, false) => Color32::from_rgb(0x1b, 0x80, 0x3a),
        (EntityType::Org, true) => Color32::from_rgb(0x6c, 0xd0, 0x86),
        (EntityType::Loc, false) => Color32::from_rgb(0xb3, 0x5c, 0x00),
        (EntityType::Loc, true) => Color32::from_rgb(0xff, 0xa8, 0x4c),
        (EntityType::Misc, false) => Color32::from_rgb(0x7b, 0x3f, 0xa8),
        (EntityType::Misc, true) => Color32::from_rgb(0xc6, 0x97, 0xf0),
    }
}

/// A translucent fill of an entity type's colour, for highlights under text.
pub fn entity_fill(entity_type: EntityType, dark: bool, strong: bool) -> Color32 {
    let alpha = if strong { 110 } else { 45 };
    entity_color(entity_type, dark).gamma_multiply_u8(alpha)
}

/// A horizontal row that runs right to left when the interface is Arabic.
pub fn row_ui<R>(ui: &mut Ui, rtl: bool, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    let layout = if rtl {
        Layout::right_to_left(egui::Align::Center)
    } else {
        Layout::left_to_right(egui::Align::Center)
    };
    let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(size, layout, add_contents).inner
}

/// The label of an entity-type group.
pub fn group_label(entity_type: EntityType, labels: &crate::i18n::Labels) -> &'static str {
    match entity_type {
        EntityType::Pers => labels.people,
        EntityType::Org => labels.organizations,
        EntityType::Loc => labels.places,
        EntityType::Misc => labels.other,
    }
}
