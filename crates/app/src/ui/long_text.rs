//! Very long blocks, shaped a piece at a time and only as far as the analyst reads.
//!
//! A scraped page or a dump can hold a whole file on one line: a 9 MB paragraph.
//! Shaping it as one cosmic-text paragraph would stall the frame for seconds and
//! hold hundreds of megabytes of glyphs. The article view therefore lays a long
//! block out in pieces of at most [`PIECE_BYTES`], cut between words, and shows
//! the first [`SHOWN_STEP`] bytes with a "show more" button that reveals the next
//! step. Mentions, dates and search hits still come from the whole text.

use crate::analysis::Span;

/// The longest piece laid out as one paragraph.
pub const PIECE_BYTES: usize = 16 * 1024;
/// How much of a long block is shown at first, and how much more each "show more" adds.
pub const SHOWN_STEP: usize = 256 * 1024;

/// The pieces of a block to lay out, and how much of it stays hidden.
#[derive(Debug, PartialEq, Eq)]
pub struct Pieces {
    /// Consecutive spans covering the shown part of the block.
    pub spans: Vec<Span>,
    /// Bytes of the block after the last shown piece.
    pub hidden_bytes: usize,
}

/// Cuts `span` of `text` into pieces of at most `PIECE_BYTES`, ending between words
/// where one is near, covering at most `shown` bytes (rounded to a piece end).
pub fn pieces(text: &str, span: Span, shown: usize) -> Pieces {
    let limit = span.start.saturating_add(shown.max(1)).min(span.end);
    let mut spans = Vec::new();
    let mut start = span.start;
    while start < limit {
        let end = piece_end(text, start, span.end);
        spans.push(Span::new(start, end));
        start = end;
    }
    Pieces {
        spans,
        hidden_bytes: span.end - start,
    }
}

/// Where the piece starting at `start` ends: after the last whitespace in the
/// second half of the allowed length, else at the last character boundary.
fn piece_end(text: &str, start: usize, block_end: usize) -> usize {
    let hard_end = start.saturating_add(PIECE_BYTES).min(block_end);
    if hard_end == block_end {
        return block_end;
    }
    let mut end = hard_end;
    while end > start && !text.is_char_boundary(end) {
        end -= 1;
    }
    let window = text.get(start + PIECE_BYTES / 2..end).unwrap_or("");
    let after_space = window
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map(|(i, c)| start + PIECE_BYTES / 2 + i + c.len_utf8());
    match after_space {
        Some(cut) => cut,
        // Not even a character boundary (a lone 4-byte character at most): keep it whole.
        None if end == start => text[start..]
            .chars()
            .next()
            .map_or(block_end, |c| start + c.len_utf8()),
        None => end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn long_paragraph(words: usize) -> String {
        let words_cycle = ["القوات", "وصلت", "إلى", "مدينة", "غزة", "يوم", "الأحد"];
        (0..words)
            .map(|i| words_cycle[i % words_cycle.len()])
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn a_short_block_is_one_piece() {
        let text = "وصل الوفد إلى القاهرة يوم الأحد.";
        let span = Span::new(0, text.len());
        assert_eq!(
            pieces(text, span, SHOWN_STEP),
            Pieces {
                spans: vec![span],
                hidden_bytes: 0
            }
        );
    }

    #[test]
    fn a_long_block_is_cut_between_words_and_covers_every_byte() {
        let text = long_paragraph(40_000);
        let span = Span::new(0, text.len());
        let cut = pieces(&text, span, usize::MAX);
        assert_eq!(cut.hidden_bytes, 0);
        assert!(cut.spans.len() > 10);
        assert_eq!(cut.spans.first().map(|s| s.start), Some(0));
        assert_eq!(cut.spans.last().map(|s| s.end), Some(text.len()));
        for pair in cut.spans.windows(2) {
            assert_eq!(pair[0].end, pair[1].start, "pieces are consecutive");
        }
        for piece in &cut.spans {
            assert!(piece.len() <= PIECE_BYTES);
            let slice = piece
                .slice(&text)
                .expect("pieces end on character boundaries");
            assert!(
                piece.end == text.len() || slice.ends_with(' '),
                "a piece ends after a space, not inside a word: …{}",
                &slice[slice.len().saturating_sub(20)..]
            );
        }
    }

    #[test]
    fn only_the_shown_part_is_laid_out() {
        let text = long_paragraph(400_000);
        let span = Span::new(0, text.len());
        let cut = pieces(&text, span, SHOWN_STEP);
        let shown: usize = cut.spans.iter().map(|s| s.len()).sum();
        assert!((SHOWN_STEP..SHOWN_STEP + PIECE_BYTES).contains(&shown));
        assert_eq!(shown + cut.hidden_bytes, text.len());
    }

    #[test]
    fn a_word_longer_than_a_piece_is_cut_on_a_character_boundary() {
        let text = "ب".repeat(PIECE_BYTES);
        let span = Span::new(0, text.len());
        let cut = pieces(&text, span, usize::MAX);
        assert!(cut.spans.len() >= 2);
        assert!(cut.spans.iter().all(|s| s.slice(&text).is_some()));
    }
}
