//! [`TextEngine`]: the font system, the glyph rasterizer and the two caches.
//!
//! Shaping Arabic (bidi, joining, fallback) costs far more than painting, and an article
//! view repaints at 60 fps, so a block is shaped once per (text, width, size, style, scale)
//! and its texture strips are rasterized once and kept until one of those changes. Both
//! caches are bounded: layouts by count, textures by bytes, least recently used first, so
//! paging through 20,000 articles does not grow memory.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use cosmic_text::{FontSystem, SwashCache};
use egui::{Rect, TextureHandle, TextureId, TextureOptions};

use super::fonts;
use super::layout::{Align, Direction, Fit, Layout, LayoutJob};
use super::raster::{self, Tiling};

/// Rasterized glyph images kept before the glyph cache is restarted.
const MAX_GLYPH_IMAGES: usize = 20_000;

/// Knobs of the [`TextEngine`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EngineOptions {
    /// Also load the system's fonts as fallback (slower startup, machine-dependent
    /// output; the bundled fonts cover Arabic, Latin, Greek and Cyrillic).
    pub system_fonts: bool,
    /// Most layouts kept; the least recently used are dropped beyond it.
    pub max_layouts: usize,
    /// Most texture bytes kept for blocks not painted in the current frame.
    pub texture_budget: usize,
}

impl Default for EngineOptions {
    fn default() -> Self {
        Self {
            system_fonts: false,
            max_layouts: 4096,
            texture_budget: 96 * 1024 * 1024,
        }
    }
}

/// Cache key: every input a layout depends on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Key {
    text_hash: u64,
    text_len: usize,
    fit: (u8, u32),
    size: u32,
    line_height: u32,
    ppp: u32,
    color: [u8; 4],
    control_color: [u8; 4],
    bold: bool,
    show_controls: bool,
    align: Align,
    direction: Direction,
}

impl Key {
    fn new(job: &LayoutJob<'_>) -> Self {
        let mut hasher = DefaultHasher::new();
        job.text.hash(&mut hasher);
        let s = &job.style;
        Self {
            text_hash: hasher.finish(),
            text_len: job.text.len(),
            fit: match job.fit {
                Fit::Wrap(w) => (0, w.to_bits()),
                Fit::SingleLine => (1, 0),
                Fit::Truncate(w) => (2, w.to_bits()),
            },
            size: s.size.to_bits(),
            line_height: s.line_height.to_bits(),
            ppp: job.pixels_per_point.to_bits(),
            color: s.color.to_array(),
            control_color: if s.show_controls {
                s.control_color.to_array()
            } else {
                [0; 4]
            },
            bold: s.bold,
            show_controls: s.show_controls,
            align: s.align,
            direction: s.direction,
        }
    }
}

struct Entry {
    /// The original text, to rule out hash collisions.
    text: Box<str>,
    layout: Arc<Layout>,
    /// How the block is cut into texture strips, fixed the first time it is painted.
    tiling: Option<Tiling>,
    /// Uploaded strips, each made the first time it is visible.
    strips: Vec<Option<TextureHandle>>,
    texture_bytes: usize,
    last_used: u64,
    last_pass: u64,
}

/// Shapes, caches and rasterizes text. Create one per app and keep it.
pub struct TextEngine {
    font_system: FontSystem,
    swash: SwashCache,
    entries: HashMap<Key, Entry>,
    options: EngineOptions,
    clock: u64,
    texture_bytes: usize,
}

impl std::fmt::Debug for TextEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextEngine")
            .field("layouts", &self.entries.len())
            .field("texture_bytes", &self.texture_bytes)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl Default for TextEngine {
    fn default() -> Self {
        Self::new()
    }
}

impl TextEngine {
    /// An engine with the bundled fonts only and the default cache sizes.
    pub fn new() -> Self {
        Self::with_options(EngineOptions::default())
    }

    /// Builds the font system from the bundled fonts (and system fonts if asked).
    pub fn with_options(options: EngineOptions) -> Self {
        let db = fonts::database(options.system_fonts);
        Self {
            font_system: FontSystem::new_with_locale_and_db("ar".to_owned(), db),
            swash: SwashCache::new(),
            entries: HashMap::new(),
            options,
            clock: 0,
            texture_bytes: 0,
        }
    }

    /// The layout for `job`, shaped now or taken from the cache.
    pub fn layout(&mut self, job: &LayoutJob<'_>) -> Arc<Layout> {
        let key = self.entry(job);
        self.entries.get(&key).map_or_else(
            || Arc::new(Layout::new(&mut self.font_system, job)),
            |e| Arc::clone(&e.layout),
        )
    }

    /// Rasterizes `job` into images (premultiplied) and where they go in points relative
    /// to the layout's top-left, without uploading them: for tests and snapshots.
    pub fn rasterize(
        &mut self,
        job: &LayoutJob<'_>,
        max_side: usize,
    ) -> Vec<(egui::ColorImage, Rect)> {
        let layout = self.layout(job);
        raster::rasterize(
            &layout,
            &mut self.font_system,
            &mut self.swash,
            job.style.color,
            max_side,
        )
        .into_iter()
        .map(|strip| (strip.image, strip.rect))
        .collect()
    }

    /// Number of cached layouts.
    pub fn cached_layouts(&self) -> usize {
        self.entries.len()
    }

    /// Bytes of texture memory held by cached blocks.
    pub fn texture_bytes(&self) -> usize {
        self.texture_bytes
    }

    /// Drops every cached layout and texture (after a font or theme change).
    pub fn clear(&mut self) {
        self.entries.clear();
        self.texture_bytes = 0;
    }

    /// Makes sure `job` has a cache entry and returns its key.
    fn entry(&mut self, job: &LayoutJob<'_>) -> Key {
        self.clock += 1;
        let key = Key::new(job);
        match self.entries.get_mut(&key) {
            Some(entry) if *entry.text == *job.text => {
                entry.last_used = self.clock;
                return key;
            }
            Some(_) | None => {}
        }
        let layout = Arc::new(Layout::new(&mut self.font_system, job));
        if let Some(old) = self.entries.insert(
            key,
            Entry {
                text: job.text.into(),
                layout,
                tiling: None,
                strips: Vec::new(),
                texture_bytes: 0,
                last_used: self.clock,
                last_pass: 0,
            },
        ) {
            self.texture_bytes -= old.texture_bytes;
        }
        self.evict_layouts();
        key
    }

    /// The layout and those of its texture strips (rect in points, layout-relative) that
    /// meet `visible` (layout-relative points), rasterizing and uploading them on first use.
    pub(super) fn textured(
        &mut self,
        ctx: &egui::Context,
        job: &LayoutJob<'_>,
        visible: Rect,
    ) -> (Arc<Layout>, Vec<(TextureId, Rect)>) {
        let key = self.entry(job);
        let pass = ctx.cumulative_pass_nr();
        let Some(entry) = self.entries.get_mut(&key) else {
            return (
                Arc::new(Layout::new(&mut self.font_system, job)),
                Vec::new(),
            );
        };
        entry.last_pass = pass;
        let tiling = if let Some(tiling) = entry.tiling {
            tiling
        } else {
            let tiling = Tiling::new(&entry.layout, ctx.input(|i| i.max_texture_side));
            entry.tiling = Some(tiling);
            entry.strips = vec![None; tiling.count()];
            tiling
        };
        if self.swash.image_cache.len() > MAX_GLYPH_IMAGES {
            // Rasterized glyphs pile up per size and subpixel offset (zooming); they are
            // cheap to redo, so the cache is simply restarted.
            self.swash.image_cache.clear();
        }
        let mut textures = Vec::new();
        for (i, slot) in entry.strips.iter_mut().enumerate() {
            let rect = tiling.rect(i);
            if !rect.intersects(visible) {
                continue;
            }
            let handle = slot.get_or_insert_with(|| {
                let image = raster::rasterize_strip(
                    &entry.layout,
                    &mut self.font_system,
                    &mut self.swash,
                    job.style.color,
                    &tiling,
                    i,
                );
                let bytes = image.pixels.len() * 4;
                entry.texture_bytes += bytes;
                self.texture_bytes += bytes;
                ctx.load_texture("marsad-text", image, TextureOptions::LINEAR)
            });
            textures.push((handle.id(), rect));
        }
        let layout = Arc::clone(&entry.layout);
        self.evict_textures(pass);
        (layout, textures)
    }

    /// Keeps the layout cache within `max_layouts`, dropping the least recently used
    /// quarter at once so eviction is rare.
    fn evict_layouts(&mut self) {
        let max = self.options.max_layouts.max(1);
        if self.entries.len() <= max {
            return;
        }
        let mut ages: Vec<(u64, Key)> = self
            .entries
            .iter()
            .map(|(k, e)| (e.last_used, *k))
            .collect();
        ages.sort_unstable_by_key(|&(age, _)| age);
        let drop = self.entries.len() - (max * 3 / 4).max(1);
        for (_, key) in ages.into_iter().take(drop) {
            if let Some(old) = self.entries.remove(&key) {
                self.texture_bytes -= old.texture_bytes;
            }
        }
    }

    /// Keeps textures within the budget, never dropping those painted in this pass.
    fn evict_textures(&mut self, pass: u64) {
        if self.texture_bytes <= self.options.texture_budget {
            return;
        }
        let mut ages: Vec<(u64, Key)> = self
            .entries
            .iter()
            .filter(|(_, e)| e.texture_bytes > 0 && e.last_pass < pass)
            .map(|(k, e)| (e.last_used, *k))
            .collect();
        ages.sort_unstable_by_key(|&(age, _)| age);
        let target = self.options.texture_budget * 3 / 4;
        for (_, key) in ages {
            if self.texture_bytes <= target {
                break;
            }
            if let Some(entry) = self.entries.get_mut(&key) {
                entry.strips.iter_mut().for_each(|slot| *slot = None);
                self.texture_bytes -= entry.texture_bytes;
                entry.texture_bytes = 0;
            }
        }
    }
}
