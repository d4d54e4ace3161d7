//! Flattening markup nested deeper than any real page before it is parsed.
//!
//! An HTML parser checks the open elements on every tag, so a page nested 200,000 deep
//! costs time in the square of its depth. Browsers cap the tree at 512 levels; here the
//! tags that would open levels past the limit are left out, with their closing tags,
//! and their text stays. A real page never comes near the limit and passes unchanged.

use std::borrow::Cow;

/// Elements that never hold content, or close themselves at the next sibling, so
/// they do not deepen a sloppy but real page.
const FLAT_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead",
    "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "!doctype",
];

/// The page with tags past `limit` levels removed (borrowed when nothing was removed).
pub fn flatten(html: &str, limit: usize) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut depth = 0usize;
    let mut suppressed = 0usize;
    let mut i = 0;
    while let Some(offset) = memchr(b'<', &bytes[i..]) {
        let start = i + offset;
        let Some(tag) = read_tag(bytes, start) else {
            i = start + 1;
            continue;
        };
        let drop_it = match tag.kind {
            TagKind::Skip => false,
            _ if FLAT_TAGS.contains(&tag.name.as_str()) => false,
            TagKind::Open => {
                if depth >= limit {
                    suppressed += 1;
                    true
                } else {
                    depth += 1;
                    false
                }
            }
            TagKind::Close => {
                if suppressed > 0 {
                    suppressed -= 1;
                    true
                } else {
                    depth = depth.saturating_sub(1);
                    false
                }
            }
        };
        if drop_it {
            let buffer = out.get_or_insert_with(|| String::with_capacity(html.len()));
            buffer.push_str(&html[copied..start]);
            copied = tag.end;
        }
        i = tag.end;
    }
    match out {
        Some(mut buffer) => {
            buffer.push_str(&html[copied..]);
            Cow::Owned(buffer)
        }
        None => Cow::Borrowed(html),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum TagKind {
    Open,
    Close,
    /// Comments, self-closed tags, raw-text elements skipped whole.
    Skip,
}

struct Tag {
    kind: TagKind,
    name: String,
    end: usize,
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

fn find(haystack: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| from + p)
}

/// The tag starting at `start` (a `<`), or `None` for a lone `<`.
fn read_tag(bytes: &[u8], start: usize) -> Option<Tag> {
    let rest = bytes.get(start + 1..)?;
    if rest.starts_with(b"!--") {
        let end = find(bytes, start + 4, b"-->").map_or(bytes.len(), |e| e + 3);
        return Some(Tag {
            kind: TagKind::Skip,
            name: String::new(),
            end,
        });
    }
    let (kind, name_start) = if rest.first() == Some(&b'/') {
        (TagKind::Close, start + 2)
    } else {
        (TagKind::Open, start + 1)
    };
    let name_len = bytes[name_start..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'!' | b':'))
        .count();
    if name_len == 0 {
        return None;
    }
    let name =
        String::from_utf8_lossy(&bytes[name_start..name_start + name_len]).to_ascii_lowercase();
    let close = memchr(b'>', &bytes[name_start..]).map_or(bytes.len(), |p| name_start + p + 1);
    let self_closed = close >= 2 && bytes.get(close - 2) == Some(&b'/');
    if kind == TagKind::Open && matches!(name.as_str(), "script" | "style" | "textarea" | "title") {
        // Raw text: skip to the closing tag so a `<` inside is not read as a tag.
        let closing = format!("</{name}");
        let end = find(bytes, close, closing.as_bytes())
            .and_then(|e| memchr(b'>', &bytes[e..]).map(|p| e + p + 1))
            .unwrap_or(bytes.len());
        return Some(Tag {
            kind: TagKind::Skip,
            name,
            end,
        });
    }
    let kind = if self_closed && kind == TagKind::Open {
        TagKind::Skip
    } else {
        kind
    };
    Some(Tag {
        kind,
        name,
        end: close,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_pages_pass_unchanged() {
        let page = "<html><body><div class=\"a\"><p>نص<br>آخر<p>ثالث</div>\
            <script>if (a<b) {}</script><!-- <div> --></body></html>";
        assert!(matches!(flatten(page, 512), Cow::Borrowed(_)));
    }

    #[test]
    fn levels_past_the_limit_lose_their_tags_and_keep_their_text() {
        let page = format!("{}نص عميق{}", "<div>".repeat(10), "</div>".repeat(10));
        let flat = flatten(&page, 4);
        assert_eq!(
            flat,
            format!("{}نص عميق{}", "<div>".repeat(4), "</div>".repeat(4))
        );
    }
}
