//! A place in an article the view scrolls to and flashes (a clicked timeline
//! event's sentence), fading out over [`FLASH_SECONDS`].

use egui::{Align, Ui};

use crate::analysis::Span;

/// How long a revealed span stays highlighted, fading out.
pub const FLASH_SECONDS: f64 = 1.5;

/// A request to scroll the article view to a span and flash it (the timeline
/// sends one when an event is clicked).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reveal {
    pub article: usize,
    /// Byte span in the article's text.
    pub span: Span,
    /// Still to be scrolled into view.
    pub scroll: bool,
    /// When the flash began (egui input time), set on the first frame it is shown.
    pub started: Option<f64>,
}

impl Reveal {
    /// A request to show `span` of `article`.
    pub fn new(article: usize, span: Span) -> Self {
        Self {
            article,
            span,
            scroll: true,
            started: None,
        }
    }

    /// How strong the flash is at `now`: 1 at first, fading to 0.
    pub fn strength(&self, now: f64) -> f32 {
        let elapsed = self.started.map_or(0.0, |s| now - s);
        (1.0 - elapsed / FLASH_SECONDS).clamp(0.0, 1.0) as f32
    }
}

/// After a frame that showed the revealed span: it has been scrolled to; the
/// flash keeps repainting until it has faded. `open` is the open article.
pub(super) fn update_reveal(ui: &Ui, flash: &mut Option<Reveal>, open: Option<usize>) {
    let Some(reveal) = flash.as_mut() else {
        return;
    };
    if Some(reveal.article) != open {
        // Another article was opened since the flash began; one not begun yet waits
        // for its own article, whose opening is a command applied after this frame.
        if reveal.started.is_some() {
            *flash = None;
        }
        return;
    }
    let now = ui.input(|i| i.time);
    reveal.scroll = false;
    let started = *reveal.started.get_or_insert(now);
    if now - started > FLASH_SECONDS {
        *flash = None;
    } else {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(33));
    }
}

/// Scrolls so the line holding byte `offset` of the block (drawn in `rect`)
/// is in the middle of the view. The line is placed by the offset's share of
/// the block, which is close enough for wrapped prose and needs no second layout.
pub(super) fn scroll_to_offset(ui: &Ui, rect: egui::Rect, block: Span, offset: usize) {
    let share = (offset - block.start) as f32 / block.len().max(1) as f32;
    let y = rect.top() + rect.height() * share;
    let line = egui::Rect::from_min_max(
        egui::pos2(rect.left(), y),
        egui::pos2(rect.right(), y + 20.0),
    )
    .intersect(rect);
    ui.scroll_to_rect(line, Some(Align::Center));
}
