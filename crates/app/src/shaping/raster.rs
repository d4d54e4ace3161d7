//! Rasterizing a [`Layout`] into images egui can upload as textures.
//!
//! A laid-out block becomes horizontal strips of premultiplied pixels with the text
//! colours baked in. Strips keep each texture under the GPU's maximum side (a long
//! paragraph at 2× scale can be taller than 2048 px), and only the strips that are on
//! screen are ever rasterized, so a hostile one-paragraph megabyte file costs a screenful. Glyphs may reach outside their line box (Naskh's marks and
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

/// How a layout is cut into strips: a padded canvas in physical pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tiling {
    pad: i32,
    width: usize,
    height: usize,
    strip_h: usize,
    ppp: f32,
}

impl Tiling {
    /// The tiling of `layout` for a GPU whose textures are at most `max_side` wide and tall.
    pub fn new(layout: &Layout, max_side: usize) -> Self {
        let ppp = layout.ppp;
        let pad = (layout.buffer.metrics().font_size * 0.6).ceil() as i32;
        let size = layout.size() * ppp;
        let max_side = max_side.max(1);
        Self {
            pad,
            width: ((size.x.ceil() as i32 + 2 * pad).max(1) as usize).min(max_side),
            height: (size.y.ceil() as i32 + 2 * pad).max(1) as usize,
            strip_h: STRIP_HEIGHT.min(max_side),
            ppp,
        }
    }

    /// Number of strips.
    pub fn count(&self) -> usize {
        self.height.div_ceil(self.strip_h)
    }

    /// Top and height of strip `i` in canvas pixels.
    fn rows(&self, i: usize) -> (usize, usize) {
        let top = i * self.strip_h;
        (top, self.strip_h.min(self.height.saturating_sub(top)))
    }

    /// Where strip `i` goes, in points relative to the layout's top-left corner.
    pub fn rect(&self, i: usize) -> Rect {
        let (top, height) = self.rows(i);
        let min = pos2(-self.pad as f32, top as f32 - self.pad as f32);
        Rect::from_min_size(min, vec2(self.width as f32, height as f32)) / self.ppp
    }
}

/// Rasterizes strip `i` of `layout`. Only the lines near the strip are visited, so the
/// visible part of a very long block costs the same as a short one.
pub fn rasterize_strip(
    layout: &Layout,
    font_system: &mut FontSystem,
    cache: &mut SwashCache,
    default_color: Color32,
    tiling: &Tiling,
    i: usize,
) -> ColorImage {
    let (top, height) = tiling.rows(i);
    let pad = tiling.pad;
    let default_color = to_cosmic(default_color);
    let (strip_top, strip_bottom) = (top as f32 - pad as f32, (top + height) as f32);

    let mut placed = Vec::new();
    for run in layout.buffer.layout_runs() {
        // Glyph ink can reach `pad` beyond the line box on either side.
        if run.line_top + run.line_height + 2.0 * pad as f32 <= strip_top
            || run.line_top - pad as f32 >= strip_bottom
        {
            continue;
        }
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

    let mut pixels = vec![Color32::TRANSPARENT; tiling.width * height];
    let mut canvas = Canvas {
        pixels: &mut pixels,
        width: tiling.width,
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
    ColorImage::new([tiling.width, height], pixels)
}

/// Rasterizes every strip of `layout` (tests, snapshots).
pub fn rasterize(
    layout: &Layout,
    font_system: &mut FontSystem,
    cache: &mut SwashCache,
    default_color: Color32,
    max_side: usize,
) -> Vec<Strip> {
    let tiling = Tiling::new(layout, max_side);
    (0..tiling.count())
        .map(|i| Strip {
            image: rasterize_strip(layout, font_system, cache, default_color, &tiling, i),
            rect: tiling.rect(i),
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use cosmic_text::FontSystem;
    use egui::Color32;

    use super::super::fonts;
    use super::super::layout::{Fit, Layout, LayoutJob, TextStyle};
    use super::{Tiling, rasterize_strip};

    #[test]
    fn strips_tile_a_long_block_without_gaps_and_each_has_ink() {
        let mut font_system =
            FontSystem::new_with_locale_and_db("ar".into(), fonts::database(false));
        let text = "بدأت القوات (CENTCOM) بالوصول يوم 21 مايو 2021. ".repeat(120);
        let job = LayoutJob {
            text: &text,
            style: TextStyle::default(),
            fit: Fit::Wrap(300.0),
            pixels_per_point: 2.0,
        };
        let layout = Layout::new(&mut font_system, &job);
        let tiling = Tiling::new(&layout, 2048);
        assert!(tiling.count() > 2, "{} strips", tiling.count());
        for i in 1..tiling.count() {
            assert!((tiling.rect(i - 1).bottom() - tiling.rect(i).top()).abs() < 1e-3);
        }
        assert!(tiling.rect(0).top() < 0.0);
        assert!(tiling.rect(tiling.count() - 1).bottom() > layout.size().y);
        let mut cache = cosmic_text::SwashCache::new();
        for i in [0, tiling.count() / 2, tiling.count() - 1] {
            let image = rasterize_strip(
                &layout,
                &mut font_system,
                &mut cache,
                Color32::BLACK,
                &tiling,
                i,
            );
            assert!(image.pixels.iter().any(|p| p.a() > 0), "strip {i} is blank");
        }
    }
}
