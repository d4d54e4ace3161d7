//! Arabic folding for matching, with a map from the folded copy back to the original.
//!
//! Matching (gazetteer lookups, search, date patterns) runs on a folded copy
//! in which spelling variants collapse (أ/إ/آ → ا, ى → ي, ة → ه, diacritics
//! and tatweel gone, Arabic-Indic digits → ASCII …). Every hit must still be
//! shown on the text as written, so [`Folded`] keeps a compact map back to
//! the original byte offsets.
//!
//! The map is a list of segments rather than one offset per byte: most
//! characters fold to a character of the same UTF-8 length (all Arabic
//! letters are two bytes, ASCII stays one), so long runs map linearly and a
//! 50 MB corpus needs only a segment per removed or resized character.

use unicode_normalization::UnicodeNormalization;

use crate::model::Span;

/// What folding does with one original character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CharFold {
    /// The character is kept as it is.
    Keep,
    /// The character becomes another single character.
    Replace(char),
    /// The character is dropped; `attach` says whether it belongs to the
    /// character before it (a diacritic or tatweel does, a bidi control does not).
    Remove { attach: bool },
    /// A presentation form: its NFKC decomposition is folded in its place.
    Compat,
}

/// Classifies one character under the folding rules (see the module docs).
pub const fn fold_char(c: char) -> CharFold {
    match c {
        'A'..='Z' => CharFold::Replace(c.to_ascii_lowercase()),
        '\0'..='\u{7f}' => CharFold::Keep,
        'أ' | 'إ' | 'آ' | 'ٱ' => CharFold::Replace('ا'),
        'ى' | 'ی' | 'ئ' => CharFold::Replace('ي'),
        'ة' => CharFold::Replace('ه'),
        'ؤ' => CharFold::Replace('و'),
        'ک' => CharFold::Replace('ك'),
        '\u{64b}'..='\u{65f}' | '\u{670}' | '\u{6d6}'..='\u{6ed}' | '\u{640}' => {
            CharFold::Remove { attach: true }
        }
        // Isolated and medial forms of the harakat and of tatweel: marks, not letters.
        '\u{fe70}'..='\u{fe7f}' => CharFold::Remove { attach: true },
        '\u{660}'..='\u{669}' => CharFold::Replace(digit(c as u32 - 0x660)),
        '\u{6f0}'..='\u{6f9}' => CharFold::Replace(digit(c as u32 - 0x6f0)),
        _ if is_invisible_control(c) => CharFold::Remove { attach: false },
        '\u{fb50}'..='\u{fdff}' | '\u{fe80}'..='\u{fefe}' => CharFold::Compat,
        _ => CharFold::Keep,
    }
}

const fn digit(value: u32) -> char {
    match char::from_digit(value, 10) {
        Some(d) => d,
        None => '0',
    }
}

/// Zero-width and bidi formatting characters: invisible, and never part of a match.
pub const fn is_invisible_control(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{34f}'
            | '\u{61c}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}'
    )
}

/// Appends the folded form of `c` to `out`; false when `c` folds to nothing.
fn push_folded(c: char, out: &mut String) -> bool {
    match fold_char(c) {
        CharFold::Keep => out.push(c),
        CharFold::Replace(r) => out.push(r),
        CharFold::Remove { .. } => return false,
        CharFold::Compat => {
            let before = out.len();
            for d in std::iter::once(c).nfkc() {
                match fold_char(d) {
                    CharFold::Keep | CharFold::Compat => out.push(d),
                    CharFold::Replace(r) => out.push(r),
                    CharFold::Remove { .. } => {}
                }
            }
            // Ligatures of marks (ﱞ …) decompose to a space plus marks: nothing to keep.
            if out[before..].trim().is_empty() {
                out.truncate(before);
                return false;
            }
        }
    }
    true
}

/// A run of the folded text and where it came from.
///
/// A linear segment maps byte `f` to `orig_start + (f - folded_start)`; an
/// atomic one maps all its bytes to the whole original range. `orig_end`
/// includes removed marks that belong to the segment's last character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Segment {
    folded_start: u32,
    orig_start: u32,
    orig_end: u32,
    linear: bool,
}

/// A folded copy of a text plus the map back to the original's byte offsets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Folded {
    /// The folded text, for matching only: never show it to the analyst.
    pub text: String,
    segments: Vec<Segment>,
    original_len: usize,
}

/// For each two-byte character (U+0080–U+07FF, all of Arabic): folding keeps it as is.
static KEEPS_TWO_BYTE: [bool; 0x800] = {
    let mut table = [false; 0x800];
    let mut cp = 0x80;
    while cp < 0x800 {
        if let Some(c) = char::from_u32(cp as u32) {
            table[cp] = matches!(fold_char(c), CharFold::Keep);
        }
        cp += 1;
    }
    table
};

/// End of the run starting at `pos` that folding copies byte for byte.
fn verbatim_run_end(bytes: &[u8], mut pos: usize) -> usize {
    while let Some(&b) = bytes.get(pos) {
        if b < 0x80 {
            if b.is_ascii_uppercase() {
                break;
            }
            pos += 1;
        } else if (0xc2..=0xdf).contains(&b)
            && let Some(&next) = bytes.get(pos + 1)
            && KEEPS_TWO_BYTE[(usize::from(b & 0x1f) << 6) | usize::from(next & 0x3f)]
        {
            pos += 2;
        } else {
            break;
        }
    }
    pos
}

/// Folds `text` for matching and keeps the offset map back to it.
///
/// Offsets are stored as `u32`, so texts must stay under 4 GiB (ingest caps
/// files far below that).
///
/// ```
/// use marsad_core::Span;
/// use marsad_core::text::fold::{fold, fold_key};
///
/// let text = "زار الرئيسُ إسرائيلَ عام ٢٠٢٤";
/// let folded = fold(text);
/// let key = fold_key("اسرائيل");
/// let start = folded.text.find(&key).unwrap();
/// let span = folded.original_span(Span::new(start, start + key.len()));
/// assert_eq!(&text[span.start..span.end], "إسرائيلَ");
/// ```
pub fn fold(text: &str) -> Folded {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut segments: Vec<Segment> = Vec::with_capacity(16);
    // Where the current linear segment would continue, if it can.
    let mut linear_next: Option<usize> = None;
    let mut pos = 0;
    while pos < bytes.len() {
        let run_end = verbatim_run_end(bytes, pos);
        if run_end > pos {
            if linear_next != Some(pos) {
                close_last(&mut segments, out.len());
                segments.push(segment(out.len(), pos, pos, true));
            }
            out.push_str(&text[pos..run_end]);
            pos = run_end;
            linear_next = Some(pos);
            continue;
        }
        let Some(c) = text[pos..].chars().next() else {
            break;
        };
        let width = c.len_utf8();
        let action = fold_char(c);
        let same_width = match action {
            CharFold::Keep => Some(c),
            CharFold::Replace(r) if r.len_utf8() == width => Some(r),
            _ => None,
        };
        if let Some(r) = same_width {
            if linear_next != Some(pos) {
                close_last(&mut segments, out.len());
                segments.push(segment(out.len(), pos, pos, true));
            }
            out.push(r);
            linear_next = Some(pos + width);
        } else {
            close_last(&mut segments, out.len());
            linear_next = None;
            let start = out.len();
            let kept = !matches!(action, CharFold::Remove { .. }) && push_folded(c, &mut out);
            if kept {
                // Each output character of an atomic fold maps to the whole original.
                let mut k = start;
                for ch in out[start..].chars() {
                    segments.push(segment(k, pos, pos + width, false));
                    k += ch.len_utf8();
                }
            } else if !matches!(action, CharFold::Remove { attach: false })
                && let Some(last) = segments.last_mut()
            {
                last.orig_end = (pos + width) as u32;
            }
        }
        pos += width;
    }
    close_last(&mut segments, out.len());
    Folded {
        text: out,
        segments,
        original_len: text.len(),
    }
}

fn segment(folded: usize, orig_start: usize, orig_end: usize, linear: bool) -> Segment {
    Segment {
        folded_start: folded as u32,
        orig_start: orig_start as u32,
        orig_end: orig_end as u32,
        linear,
    }
}

/// Sets the end of a linear last segment from how much folded text it holds.
fn close_last(segments: &mut [Segment], folded_len: usize) {
    if let Some(last) = segments.last_mut()
        && last.linear
    {
        let end = (last.orig_start as usize + (folded_len - last.folded_start as usize)) as u32;
        last.orig_end = last.orig_end.max(end);
    }
}

/// Folds `text` without keeping a map: for dictionary keys and lookups.
pub fn fold_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_key_into(text, &mut out);
    out
}

/// [`fold_key`] into a reused buffer (cleared first), for word-by-word loops.
pub fn fold_key_into(text: &str, out: &mut String) {
    out.clear();
    fold_key_append(text, out);
}

/// [`fold_key`] appended to `out`, for many words folded into one buffer.
pub fn fold_key_append(text: &str, out: &mut String) {
    let bytes = text.as_bytes();
    let mut pos = 0;
    while pos < bytes.len() {
        let run_end = verbatim_run_end(bytes, pos);
        out.push_str(&text[pos..run_end]);
        pos = run_end;
        let Some(c) = text[pos..].chars().next() else {
            break;
        };
        push_folded(c, out);
        pos += c.len_utf8();
    }
}

impl Folded {
    /// Length in bytes of the original text this was folded from.
    pub fn original_len(&self) -> usize {
        self.original_len
    }

    /// Index of the segment holding folded byte `f` (which must be `< text.len()`).
    fn segment_index(&self, f: usize) -> usize {
        self.segments
            .partition_point(|s| s.folded_start as usize <= f)
            .saturating_sub(1)
    }

    fn segment_end(&self, index: usize) -> usize {
        self.segments
            .get(index + 1)
            .map_or(self.text.len(), |s| s.folded_start as usize)
    }

    /// Original byte offset where the folded character at `folded_byte` starts.
    ///
    /// An offset inside a character is moved back to its start; the end of
    /// the folded text maps to the end of the last folded character, removed
    /// marks after it included.
    pub fn original_offset(&self, folded_byte: usize) -> usize {
        if folded_byte >= self.text.len() {
            return self.segments.last().map_or(0, |s| s.orig_end as usize);
        }
        let f = floor_char_boundary(&self.text, folded_byte);
        let Some(seg) = self.segments.get(self.segment_index(f)) else {
            return 0;
        };
        if seg.linear {
            seg.orig_start as usize + (f - seg.folded_start as usize)
        } else {
            seg.orig_start as usize
        }
    }

    /// The folded byte offset for an original byte offset: the start of the
    /// folded character that came from there, or of the next one when the
    /// original character was removed (to restrict matching to a block).
    pub fn folded_offset(&self, original_byte: usize) -> usize {
        let index = self
            .segments
            .partition_point(|s| (s.orig_start as usize) < original_byte);
        if let Some(seg) = self.segments.get(index)
            && seg.orig_start as usize == original_byte
        {
            return seg.folded_start as usize;
        }
        let Some(seg) = index.checked_sub(1).and_then(|i| self.segments.get(i)) else {
            return 0;
        };
        let folded_end = self.segment_end(index - 1);
        let offset = original_byte - seg.orig_start as usize;
        if seg.linear && seg.folded_start as usize + offset < folded_end {
            ceil_char_boundary(&self.text, seg.folded_start as usize + offset)
        } else {
            folded_end
        }
    }

    /// The original span a folded span came from.
    ///
    /// It starts where the first folded character came from and ends after
    /// the last one, including any removed characters in between and the
    /// diacritics on the last letter; it never cuts an original character.
    pub fn original_span(&self, folded: Span) -> Span {
        let start = self.original_offset(folded.start);
        if folded.end <= folded.start {
            return Span::new(start, start);
        }
        let end_f = ceil_char_boundary(&self.text, folded.end.min(self.text.len()));
        let Some(last_char) = self.text[..end_f].chars().next_back() else {
            return Span::new(start, start);
        };
        let last_start = end_f - last_char.len_utf8();
        let index = self.segment_index(last_start);
        let Some(seg) = self.segments.get(index) else {
            return Span::new(start, start);
        };
        let end = if !seg.linear || end_f >= self.segment_end(index) {
            seg.orig_end as usize
        } else {
            seg.orig_start as usize + (end_f - seg.folded_start as usize)
        };
        Span::new(start, end.max(start))
    }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests;
