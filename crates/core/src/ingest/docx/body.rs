//! `word/document.xml` to text: paragraphs in order, styled, lists as `- ` lines, a
//! table row per line, deleted text and field codes left out, a text box once.

use quick_xml::events::Event;

use super::styles::{StyleMap, StyleRole, attr};
use crate::ingest::error::IngestErrorKind;

/// The document's text and the paragraph styled as its title.
pub struct Body {
    pub text: String,
    pub title: Option<String>,
}

/// The paragraph being read.
#[derive(Default)]
struct Paragraph {
    text: String,
    role: Option<StyleRole>,
    numbered: bool,
}

/// Elements whose content is not the document's text: deleted runs, field codes,
/// the fallback copy of a text box, footnote marks.
const SKIPPED: &[&[u8]] = &[
    b"del",
    b"delText",
    b"instrText",
    b"Fallback",
    b"footnoteReference",
    b"endnoteReference",
];

/// Reads the body; the depth limit drops content nested deeper (no real document
/// comes near it).
pub fn read(xml: &str, styles: &StyleMap, max_depth: usize) -> Result<Body, IngestErrorKind> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Body {
        text: String::new(),
        title: None,
    };
    let mut depth = 0usize;
    let mut skip_until: Option<usize> = None;
    let mut paragraph: Option<Paragraph> = None;
    let mut row: Option<Vec<String>> = None;
    let mut in_text = false;
    loop {
        let event = reader.read_event().map_err(|err| {
            IngestErrorKind::BadDocument(format!("its document.xml is not well-formed XML ({err})"))
        })?;
        match event {
            Event::Start(e) => {
                depth += 1;
                let name = e.local_name();
                let name = name.as_ref();
                if skip_until.is_some() || depth > max_depth {
                    continue;
                }
                if SKIPPED.contains(&name) {
                    skip_until = Some(depth);
                    continue;
                }
                match name {
                    b"p" => paragraph = Some(Paragraph::default()),
                    b"tr" => row = Some(Vec::new()),
                    b"t" => in_text = true,
                    _ => {}
                }
            }
            Event::Empty(e) => {
                if skip_until.is_some() || depth >= max_depth {
                    continue;
                }
                let Some(p) = paragraph.as_mut() else {
                    continue;
                };
                match e.local_name().as_ref() {
                    b"pStyle" => p.role = attr(&e, b"val").and_then(|id| styles.role(&id)),
                    b"numPr" | b"numId" => p.numbered = true,
                    b"tab" => p.text.push('\t'),
                    b"br" | b"cr" => p.text.push('\n'),
                    _ => {}
                }
            }
            Event::End(e) => {
                let name = e.local_name();
                let closing_skip = skip_until == Some(depth);
                depth = depth.saturating_sub(1);
                if closing_skip {
                    skip_until = None;
                    continue;
                }
                if skip_until.is_some() {
                    continue;
                }
                match name.as_ref() {
                    b"t" => in_text = false,
                    b"p" => {
                        if let Some(p) = paragraph.take() {
                            finish_paragraph(&p, row.as_mut(), &mut out);
                        }
                    }
                    b"tr" => {
                        if let Some(cells) = row.take() {
                            let line = cells
                                .into_iter()
                                .filter(|c| !c.is_empty())
                                .collect::<Vec<_>>()
                                .join(" | ");
                            push_line(&mut out.text, &line);
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) if in_text && skip_until.is_none() => {
                if let (Some(p), Ok(text)) = (paragraph.as_mut(), t.decode()) {
                    p.text.push_str(&text);
                }
            }
            Event::GeneralRef(r) if in_text && skip_until.is_none() => {
                if let Some(p) = paragraph.as_mut() {
                    p.text.push_str(&predefined(&r));
                }
            }
            Event::CData(c) if in_text && skip_until.is_none() => {
                if let (Some(p), Ok(text)) = (paragraph.as_mut(), c.decode()) {
                    p.text.push_str(&text);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// The text of a predefined entity or character reference; any other entity is left
/// out, never expanded.
fn predefined(r: &quick_xml::events::BytesRef<'_>) -> String {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return c.to_string();
    }
    match r.decode().as_deref() {
        Ok("amp") => "&",
        Ok("lt") => "<",
        Ok("gt") => ">",
        Ok("quot") => "\"",
        Ok("apos") => "'",
        _ => "",
    }
    .to_owned()
}

fn finish_paragraph(p: &Paragraph, row: Option<&mut Vec<String>>, out: &mut Body) {
    let text = p
        .text
        .split('\n')
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n");
    let text = text.trim();
    if let Some(cells) = row {
        // Each paragraph of a cell becomes one part of the row's line.
        cells.push(text.replace('\n', " "));
        return;
    }
    if text.is_empty() {
        return;
    }
    match p.role {
        Some(StyleRole::Title) if out.title.is_none() => {
            out.title = Some(text.replace('\n', " "));
            // The title opens the text, whatever stood before it (a logo line, a date).
            let before = std::mem::take(&mut out.text);
            push_line(&mut out.text, &text.replace('\n', " "));
            out.text.push_str(&before);
        }
        Some(StyleRole::ListItem) => push_line(&mut out.text, &format!("- {text}")),
        _ if p.numbered => push_line(&mut out.text, &format!("- {text}")),
        Some(StyleRole::Caption) => push_line(
            &mut out.text,
            &format!("![{}](figure)", text.replace(['[', ']'], "")),
        ),
        _ => {
            for line in text.split('\n') {
                push_line(&mut out.text, line);
            }
        }
    }
}

fn push_line(out: &mut String, line: &str) {
    let line = line.trim();
    if line.is_empty() {
        return;
    }
    out.push_str(line);
    out.push_str("\n\n");
}
