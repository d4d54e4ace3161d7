//! Rasterizing a [`Layout`] into images egui can upload as textures.
//!
//! A laid-out block becomes a few horizontal strips of premultiplied pixels with the text
//! colours baked in. Strips keep each texture under the GPU's maximum side (a long
//! paragraph at 2× scale can be taller than 2048 px) and let a strip that scrolled away be
//! dropped on its own. Glyphs may reach outside their line box (Naskh's marks and
//! descenders do), so the canvas is padded on every side and a glyph that crosses a strip
//! boundary is drawn into both strips, clipped.

use cosmic_text::{CacheKey, Color, FontSystem, SwashCache, SwashContent, SwashImage};
use egui::{Color32, ColorImage, Rect, pos2, vec2};

use super::layout::{Layout, to_cosmic};

/// Tallest strip in physical pixels; small enough for any GPU and for cheap re-uploads.
const STRIP_HEIGHT: usize = 512;

/// One rasterized piece of a layout.
pub struct Strip {
    /// Premultiplied pixels.
    pub image: ColorImage,
    /// Where the image goes, in points relative to the layout's top-left corner.
    pub rect: Rect,
}

/// A glyph to draw: where its image's top-left lands on the canvas, and in which colour.
struct Placed {
    key: CacheKey,
    x: i32,
    y: i32,
    w: i32,
    h: i32,
    color: Color,
}

/// Rasterizes `layout` into strips no wider or taller than `max_side` pixels.
pub fn rasterize(
    layout: &Layout,
    font_system: &mut FontSystem,
    cache: &mut SwashCache,
    default_color: Color32,
    max_side: usize,
) -> Vec<Strip> {
    let ppp = layout.ppp;
    let pad = (layout.buffer.metrics().font_size * 0.6).ceil() as i32;
    let size = layout.size() * ppp;
    let canvas_w = ((size.x.ceil() as i32 + 2 * pad).max(1) as usize).min(max_side.max(1));
    let canvas_h = (size.y.ceil() as i32 + 2 * pad).max(1) as usize;
    let default_color = to_cosmic(default_color);

    let mut placed = Vec::new();
    for run in layout.buffer.layout_runs() {
        for glyph in run.glyphs {
            let physical = glyph.physical((0.0, 0.0), 1.0);
            let Some(image) = cache.get_image(font_system, physical.cache_key) else {
                continue;
            };
            let placement = image.placement;
            placed.push(Placed {
                key: physical.cache_key,
                x: physical.x + placement.left + pad,
                y: run.line_y as i32 + physical.y - placement.top + pad,
                w: placement.width as i32,
                h: placement.height as i32,
                color: glyph.color_opt.unwrap_or(default_color),
            });
        }
    }

    let strip_h = STRIP_HEIGHT.min(max_side.max(1));
    let mut strips = Vec::with_capacity(canvas_h.div_ceil(strip_h));
    let mut top = 0;
    while top < canvas_h {
        let height = strip_h.min(canvas_h - top);
        let mut pixels = vec![Color32::TRANSPARENT; canvas_w * height];
        let mut canvas = Canvas {
            pixels: &mut pixels,
            width: canvas_w,
            height,
            top: top as i32,
        };
        for glyph in &placed {
            let (glyph_top, glyph_bottom) = (glyph.y, glyph.y + glyph.h);
            if glyph_bottom <= top as i32 || glyph_top >= (top + height) as i32 || glyph.w == 0 {
                continue;
            }
            if let Some(image) = cache.image_cache.get(&glyph.key).and_then(Option::as_ref) {
                blit(&mut canvas, glyph, image);
            }
        }
        let image = ColorImage::new([canvas_w, height], pixels);
        let min = pos2(-pad as f32, top as f32 - pad as f32);
        strips.push(Strip {
            image,
            rect: Rect::from_min_size(min, vec2(canvas_w as f32, height as f32)) / ppp,
        });
        top += height;
    }
    strips
}

/// The strip being drawn: its pixels and its place on the whole canvas.
struct Canvas<'a> {
    pixels: &'a mut [Color32],
    width: usize,
    height: usize,
    top: i32,
}

/// Composites one glyph image over the strip (premultiplied "over").
fn blit(canvas: &mut Canvas<'_>, glyph: &Placed, image: &SwashImage) {
    let src_w = image.placement.width as usize;
    let channels = match image.content {
        SwashContent::Mask => 1,
        SwashContent::SubpixelMask | SwashContent::Color => 4,
    };
    for row in 0..glyph.h {
        let y = glyph.y + row - canvas.top;
        if y < 0 || y >= canvas.height as i32 {
            continue;
        }
        for col in 0..glyph.w {
            let x = glyph.x + col;
            if x < 0 || x >= canvas.width as i32 {
                continue;
            }
            let i = (row as usize * src_w + col as usize) * channels;
            let Some(src) = image.data.get(i..i + channels) else {
                continue;
            };
            let src = match image.content {
                SwashContent::Mask => tint(glyph.color, src[0]),
                SwashContent::SubpixelMask => tint(glyph.color, src[1]),
                SwashContent::Color => {
                    Color32::from_rgba_unmultiplied(src[0], src[1], src[2], src[3])
                }
            };
            if let Some(dst) = canvas
                .pixels
                .get_mut(y as usize * canvas.width + x as usize)
            {
                *dst = over(src, *dst);
            }
        }
    }
}

/// The glyph colour at `coverage`, premultiplied.
fn tint(color: Color, coverage: u8) -> Color32 {
    let alpha = (u16::from(coverage) * u16::from(color.a()) / 255) as u8;
    Color32::from_rgba_unmultiplied(color.r(), color.g(), color.b(), alpha)
}

fn over(src: Color32, dst: Color32) -> Color32 {
    let keep = 255 - u16::from(src.a());
    let mix = |s: u8, d: u8| (u16::from(s) + u16::from(d) * keep / 255).min(255) as u8;
    Color32::from_rgba_premultiplied(
        mix(src.r(), dst.r()),
        mix(src.g(), dst.g()),
        mix(src.b(), dst.b()),
        mix(src.a(), dst.a()),
    )
}
