//! Text sizes, colours and spacings the panels share, by what they are for.

use egui::Color32;

/// Small print: a list row's date and counts, tag badges.
pub const TINY: f32 = 11.0;
/// Summaries and secondary lines: the timeline summary, axis labels, info lines.
pub const SMALL: f32 = 12.0;
/// Tooltips' secondary lines and tag chips.
pub const CAPTION: f32 = 13.0;
/// Names in menus and panes, notes, the status bar.
pub const BODY: f32 = 14.0;
/// Entity names in lists, article titles in rows, hover titles.
pub const NAME: f32 = 15.0;
/// A dialog's entity name, an event's label.
pub const EMPHASIS: f32 = 16.0;
/// The detail pane's entity name.
pub const HEADING: f32 = 20.0;
/// The hint over the window while files are dragged over it.
pub const OVERLAY: f32 = 28.0;

/// The article text sizes relative to the body text, by block.
pub mod scale {
    /// The article's title.
    pub const TITLE: f32 = 1.5;
    /// A heading inside the article.
    pub const HEADING: f32 = 1.25;
    /// The dek under the title.
    pub const DEK: f32 = 1.1;
    /// Captions, datelines, bylines, section labels, speakers.
    pub const SECONDARY: f32 = 0.85;
    /// A caption's credit.
    pub const CREDIT: f32 = 0.75;
    /// The metadata line under the title, reference status.
    pub const META: f32 = 0.8;
    /// Notes on the article.
    pub const NOTE: f32 = 0.9;
    /// Space above a block.
    pub const BLOCK_GAP: f32 = 0.35;
}

/// The smallest text size for the metadata line.
pub const MIN_META: f32 = 12.0;
/// The widest the article's text runs, in points.
pub const ARTICLE_MAX_WIDTH: f32 = 900.0;
/// The yellow that marks search hits and flashes a revealed span.
pub const SEARCH_HIT: Color32 = Color32::from_rgb(0xe0, 0xa0, 0x00);
/// The badge behind a bidi warning.
pub const WARNING_BADGE: Color32 = Color32::from_rgb(0xc0, 0x40, 0x20);
/// The problems button in the status bar.
pub const PROBLEMS: Color32 = Color32::from_rgb(0xd0, 0x70, 0x00);
/// Colours offered, in turn, to each new tag.
pub const TAG_PALETTE: [[u8; 3]; 6] = [
    [0xd9, 0x48, 0x3b],
    [0x2e, 0x86, 0xc1],
    [0x27, 0xae, 0x60],
    [0xf3, 0x9c, 0x12],
    [0x8e, 0x44, 0xad],
    [0x16, 0xa0, 0x85],
];
/// The width of dialogs about entities.
pub const DIALOG_WIDTH: f32 = 380.0;
/// The width of the entity menus.
pub const MENU_WIDTH: f32 = 240.0;
