//! The cosmic-text ↔ egui bridge: every piece of Arabic text in the app is drawn here.
//!
//! # Why cosmic-text
//! egui 0.37 shapes Arabic letters (joining works) but has no bidi reordering: a
//! multi-word Arabic string comes out with its words in the wrong order, and Latin words
//! or numbers inside Arabic are misplaced. cosmic-text runs the Unicode bidi algorithm,
//! shapes with `harfrust` (`Shaping::Advanced`: joining, lam-alef ligatures, marks),
//! falls back per character between the bundled Noto Naskh Arabic and Noto Sans, wraps by
//! words, right-aligns right-to-left paragraphs, hit-tests clicks to byte offsets and
//! reports the rectangles of any text span. We never split a word into separately shaped
//! pieces to colour it (that breaks joining): highlights are rectangles from the layout,
//! drawn under the glyphs.
//!
//! # Why textures
//! A block is rasterized once by cosmic-text's swash cache into a few texture strips
//! (colours baked in) and then painted by egui as plain images, so a frame over a long
//! article costs a handful of textured quads; layouts and textures are cached in the
//! [`TextEngine`] and rebuilt only when the text, width, size, style or scale changes.
//! Text drawn from a texture is invisible to screen readers and to `egui_kittest`, so every
//! widget here reports its text through [`egui::Response::widget_info`].
//!
//! # Units
//! Layout happens in physical pixels (points × `pixels_per_point`) so glyphs are crisp;
//! the public API speaks egui points and UTF-8 byte offsets of the original text.

mod controls;
mod engine;
mod fonts;
mod label;
mod layout;
mod raster;
mod rich_text;

pub use controls::{control_name, first_strong_is_rtl, has_controls};
pub use engine::{EngineOptions, TextEngine};
pub use fonts::{ARABIC_FAMILY, LATIN_FAMILY};
pub use label::{LabelOptions, label_ui, label_ui_with};
pub use layout::{Align, Direction, Fit, GlyphBox, Layout, LayoutJob, TextStyle};
pub use rich_text::{Highlight, HighlightStyle, RichText, RichTextResponse, rich_text_ui};
