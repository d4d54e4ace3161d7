//! Saving the timeline as a PNG: a screenshot of the window cropped to the panel.
//!
//! The path comes from a save dialog on its own thread (or, where no dialog is
//! available, from a path field); the next frame asks eframe for a screenshot,
//! and the callback crops it to the timeline's rectangle and writes the file.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use egui::{ColorImage, Context, Rect, ScreenshotCallback, ViewportCommand};

/// Why a PNG could not be made or written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the timeline is not on screen")]
    Empty,
    #[error("could not encode the PNG: {0}")]
    Encode(#[from] png::EncodingError),
    #[error("could not write {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
}

/// The part of `image` under `rect` (egui points; the image is in physical
/// pixels, `pixels_per_point` of them per point), encoded as an RGBA PNG.
pub fn crop_png(
    image: &ColorImage,
    rect: Rect,
    pixels_per_point: f32,
) -> Result<Vec<u8>, ExportError> {
    let [width, height] = image.size;
    let to_px = |v: f32, max: usize| ((v * pixels_per_point).round().max(0.0) as usize).min(max);
    let (x0, x1) = (to_px(rect.min.x, width), to_px(rect.max.x, width));
    let (y0, y1) = (to_px(rect.min.y, height), to_px(rect.max.y, height));
    if x1 <= x0 || y1 <= y0 {
        return Err(ExportError::Empty);
    }
    let mut rgba = Vec::with_capacity((x1 - x0) * (y1 - y0) * 4);
    for y in y0..y1 {
        let row = &image.pixels[y * width + x0..y * width + x1];
        for pixel in row {
            rgba.extend_from_slice(&pixel.to_srgba_unmultiplied());
        }
    }
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, (x1 - x0) as u32, (y1 - y0) as u32);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header()?;
        writer.write_image_data(&rgba)?;
        writer.finish()?;
    }
    Ok(out)
}

/// Where a PNG export stands.
#[derive(Debug, Default)]
pub struct ExportState {
    dialog: Option<(Receiver<Option<PathBuf>>, Instant)>,
    /// Set when no dialog is available: the path typed instead.
    pub path_entry: Option<String>,
    /// A chosen path waiting for the next frame's screenshot.
    pending: Option<PathBuf>,
    written: Option<Receiver<Result<PathBuf, String>>>,
    /// Where the timeline is in the latest frame; the screenshot is of a later frame
    /// than the request (whose layout may differ), so the callback reads it then.
    area: Arc<Mutex<Option<Rect>>>,
    /// The outcome of the last export (the path written, or why not), for the panel.
    pub outcome: Option<Result<String, String>>,
}

impl ExportState {
    /// Opens the save dialog on a background thread.
    pub fn start(&mut self, ctx: &Context) {
        if self.dialog.is_some() {
            return;
        }
        let (sender, receiver) = channel();
        let wake = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("marsad-png-dialog".into())
            .spawn(move || {
                let picked = rfd::FileDialog::new()
                    .add_filter("PNG", &["png"])
                    .set_file_name("timeline.png")
                    .save_file();
                let _ = sender.send(picked);
                wake.request_repaint();
            });
        match spawned {
            Ok(_) => self.dialog = Some((receiver, Instant::now())),
            Err(_) => self.path_entry = Some(default_path()),
        }
    }

    /// Saves to `path` on the next frame.
    pub fn save_to(&mut self, path: PathBuf) {
        self.path_entry = None;
        self.pending = Some(path);
    }

    /// Takes in the dialog's answer and the writer's result; asks for the
    /// screenshot once a path is known. `rect` is where the timeline is this frame.
    pub fn poll(&mut self, ctx: &Context, rect: Rect) {
        if let Ok(mut area) = self.area.lock() {
            *area = Some(rect);
        }
        if let Some((receiver, started)) = &self.dialog
            && let Ok(picked) = receiver.try_recv()
        {
            // Without a desktop portal rfd answers `None` at once; a person takes longer.
            let too_fast = started.elapsed() < Duration::from_millis(700);
            self.dialog = None;
            match picked {
                Some(path) => self.save_to(path),
                None if too_fast => self.path_entry = Some(default_path()),
                None => {}
            }
        }
        if let Some(receiver) = &self.written
            && let Ok(result) = receiver.try_recv()
        {
            self.written = None;
            self.outcome = Some(result.map(|path| path.display().to_string()));
        }
        if let Some(path) = self.pending.take() {
            let (sender, receiver) = channel();
            let wake = ctx.clone();
            let ppp = ctx.pixels_per_point();
            let area = Arc::clone(&self.area);
            let callback = ScreenshotCallback::new(move |image: Arc<ColorImage>| {
                let rect = area.lock().ok().and_then(|r| *r).unwrap_or(rect);
                let result = crop_png(&image, rect, ppp)
                    .and_then(|bytes| {
                        std::fs::write(&path, bytes).map_err(|source| ExportError::Write {
                            path: path.display().to_string(),
                            source,
                        })
                    })
                    .map(|()| path)
                    .map_err(|err| err.to_string());
                let _ = sender.send(result);
                wake.request_repaint();
            });
            ctx.send_viewport_cmd(ViewportCommand::Screenshot(callback));
            self.written = Some(receiver);
        }
    }
}

/// `timeline.png` in the working folder, for the path field.
fn default_path() -> String {
    std::env::current_dir()
        .map_or_else(
            |_| PathBuf::from("timeline.png"),
            |d| d.join("timeline.png"),
        )
        .display()
        .to_string()
}

#[cfg(test)]
mod tests {
    use egui::{Color32, pos2};

    use super::*;

    #[test]
    fn crops_in_physical_pixels_and_encodes_a_readable_png() {
        // A 40×20-pixel window at 2 pixels per point: each pixel's colour says where it is.
        let (w, h) = (40_usize, 20_usize);
        let pixels = (0..w * h)
            .map(|i| Color32::from_rgb((i % w) as u8, (i / w) as u8, 200))
            .collect();
        let image = ColorImage::new([w, h], pixels);
        let rect = Rect::from_min_max(pos2(5.0, 2.0), pos2(15.0, 8.0));
        let bytes = crop_png(&image, rect, 2.0).unwrap();
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().unwrap();
        let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buffer).unwrap();
        assert_eq!((info.width, info.height), (20, 12));
        assert_eq!(info.color_type, png::ColorType::Rgba);
        let at = |x: usize, y: usize| {
            let i = (y * info.width as usize + x) * 4;
            [buffer[i], buffer[i + 1], buffer[i + 2], buffer[i + 3]]
        };
        assert_eq!(at(0, 0), [10, 4, 200, 255]);
        assert_eq!(at(19, 11), [29, 15, 200, 255]);
        // A rectangle partly off the window is clipped to it; one wholly off is an error.
        let clipped = crop_png(
            &image,
            Rect::from_min_max(pos2(15.0, 5.0), pos2(50.0, 50.0)),
            2.0,
        );
        let decoder = png::Decoder::new(std::io::Cursor::new(clipped.unwrap()));
        let info = decoder.read_info().unwrap().info().clone();
        assert_eq!((info.width, info.height), (10, 10));
        let outside = Rect::from_min_max(pos2(30.0, 30.0), pos2(40.0, 40.0));
        assert!(matches!(
            crop_png(&image, outside, 2.0),
            Err(ExportError::Empty)
        ));
    }
}
