//! Paragraph styles: what each style id of `word/styles.xml` makes a paragraph.
//!
//! Localized Word writes its own style ids (`1`, `Titre1`, `عنوان1`) but keeps the
//! built-in English names (`heading 1`, `Title`), so roles come from names, followed
//! through `basedOn` for custom styles built on a heading.

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};

/// What a paragraph style makes a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StyleRole {
    Title,
    Subtitle,
    Heading,
    ListItem,
    Quote,
    Caption,
}

#[derive(Clone, Debug, Default)]
struct Style {
    name: String,
    based_on: Option<String>,
    outline: bool,
    numbered: bool,
}

/// Style ids and what they make a paragraph.
#[derive(Clone, Debug, Default)]
pub struct StyleMap {
    roles: HashMap<String, StyleRole>,
}

impl StyleMap {
    /// The role a style id gives, if any.
    pub fn role(&self, style_id: &str) -> Option<StyleRole> {
        self.roles
            .get(style_id)
            .copied()
            .or_else(|| role_from_name(style_id))
    }
}

/// Built-in style names (lowercase) and their roles.
fn role_from_name(name: &str) -> Option<StyleRole> {
    let lower = name.to_lowercase().replace(' ', "");
    if lower == "title" || lower == "عنوان" {
        Some(StyleRole::Title)
    } else if lower == "subtitle" {
        Some(StyleRole::Subtitle)
    } else if lower.starts_with("heading") || lower.starts_with("عنوان") {
        Some(StyleRole::Heading)
    } else if lower.starts_with("list") {
        Some(StyleRole::ListItem)
    } else if lower == "quote" || lower == "intensequote" || lower == "blocktext" {
        Some(StyleRole::Quote)
    } else if lower == "caption" {
        Some(StyleRole::Caption)
    } else {
        None
    }
}

/// Reads `word/styles.xml`; a broken one gives no styles rather than an error.
pub fn read(xml: &str) -> StyleMap {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut styles: HashMap<String, Style> = HashMap::new();
    let mut current: Option<(String, Style)> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => {
                let name = e.local_name();
                match name.as_ref() {
                    b"style" => {
                        let paragraph = attr(&e, b"type").is_none_or(|t| t == "paragraph");
                        current = attr(&e, b"styleId")
                            .filter(|_| paragraph)
                            .map(|id| (id, Style::default()));
                    }
                    b"name" => set(&mut current, |s| {
                        s.name = attr(&e, b"val").unwrap_or_default();
                    }),
                    b"basedOn" => set(&mut current, |s| s.based_on = attr(&e, b"val")),
                    b"outlineLvl" => set(&mut current, |s| s.outline = true),
                    b"numPr" => set(&mut current, |s| s.numbered = true),
                    _ => {}
                }
            }
            Ok(Event::End(e)) if e.local_name().as_ref() == b"style" => {
                if let Some((id, style)) = current.take() {
                    styles.insert(id, style);
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    let roles = styles
        .keys()
        .filter_map(|id| resolve(id, &styles).map(|role| (id.clone(), role)))
        .collect();
    StyleMap { roles }
}

fn set(current: &mut Option<(String, Style)>, f: impl FnOnce(&mut Style)) {
    if let Some((_, style)) = current {
        f(style);
    }
}

/// A style's role from its name, its outline level or numbering, or what it is based on.
fn resolve(id: &str, styles: &HashMap<String, Style>) -> Option<StyleRole> {
    let mut at = id;
    for _ in 0..10 {
        let style = styles.get(at)?;
        if let Some(role) = role_from_name(&style.name) {
            return Some(role);
        }
        if style.outline {
            return Some(StyleRole::Heading);
        }
        if style.numbered {
            return Some(StyleRole::ListItem);
        }
        at = style.based_on.as_deref()?;
    }
    None
}

/// An attribute's value by its local name (`w:val` → `val`).
pub fn attr(e: &BytesStart<'_>, local: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local)
            .then(|| {
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .ok()
                    .map(std::borrow::Cow::into_owned)
            })
            .flatten()
    })
}
