//! The article's own text out of a page: find the element that holds it, then walk it
//! in document order, keeping headings, paragraphs (`<p>` or `<br>`-separated text),
//! list items, quotes and figure captions, and leaving out what pages wrap around an
//! article (navigation, share bars, cookie banners, "most read" and "related" lists,
//! comments, ads, scripts, styles).
//!
//! Every walk uses an explicit stack with a depth limit: a page nested 200,000 deep
//! costs memory in proportion to its size and never the call stack.

use std::collections::HashMap;

use ego_tree::{NodeId, NodeRef};
use scraper::{ElementRef, Html, Node};

use super::boilerplate::{
    heading_ends_article, heading_starts_aside, is_boilerplate_element, is_boilerplate_line,
};
use super::meta::collapse;

/// What one extracted line is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineKind {
    Heading,
    Paragraph,
    ListItem,
    /// A figure caption, with the image's address.
    Caption {
        src: String,
    },
}

/// One line of extracted text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub kind: LineKind,
    pub text: String,
}

/// Text amounts under an element, computed once bottom-up.
#[derive(Clone, Copy, Debug, Default)]
struct Stats {
    text: usize,
    link_text: usize,
    paragraphs: usize,
}

/// Elements whose content is never text.
const DROPPED_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "nav",
    "aside",
    "dialog",
    "menu",
    "amp-ad",
    "amp-sidebar",
    "amp-social-share",
    "amp-analytics",
    "amp-iframe",
    "amp-consent",
    "amp-user-notification",
    "amp-sticky-ad",
    "head",
];

/// Elements that start and end a line of text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tbody",
    "thead",
    "tr",
    "td",
    "th",
    "center",
    "address",
    "figure",
    "hr",
    "body",
    "html",
];

/// Names the class or id of an element that holds an article's body.
const BODY_HINTS: &[&str] = &[
    "articlebody",
    "article-body",
    "article_body",
    "story-body",
    "storybody",
    "entry-content",
    "post-content",
    "article-content",
    "article-text",
    "articletext",
    "news-content",
    "content-body",
    "article__body",
    "field-name-body",
    "td-post-content",
    "story-content",
    "news-details",
    "article-details",
    "news-text",
    "detail-content",
];

/// Walks deeper than this are cut (deeper content dropped).
pub struct Extractor<'h> {
    doc: &'h Html,
    max_depth: usize,
    stats: HashMap<NodeId, Stats>,
}

impl<'h> Extractor<'h> {
    pub fn new(doc: &'h Html, max_depth: usize) -> Self {
        let mut extractor = Self {
            doc,
            max_depth,
            stats: HashMap::new(),
        };
        extractor.compute_stats();
        extractor
    }

    /// Text amounts per element, children before parents.
    fn compute_stats(&mut self) {
        let order: Vec<NodeRef<'h, Node>> = self.doc.tree.root().descendants().collect();
        for node in order.iter().rev() {
            let mut stats = Stats::default();
            match node.value() {
                Node::Text(t) => stats.text = t.trim().chars().count(),
                Node::Element(el) if DROPPED_TAGS.contains(&el.name()) => {}
                Node::Element(el) => {
                    for child in node.children() {
                        if let Some(c) = self.stats.get(&child.id()) {
                            stats.text += c.text;
                            stats.link_text += c.link_text;
                            stats.paragraphs += c.paragraphs;
                        }
                    }
                    if el.name() == "a" {
                        stats.link_text = stats.text;
                    }
                    if el.name() == "p" && stats.text >= 25 {
                        stats.paragraphs += 1;
                    }
                }
                _ => {}
            }
            self.stats.insert(node.id(), stats);
        }
    }

    fn stats(&self, id: NodeId) -> Stats {
        self.stats.get(&id).copied().unwrap_or_default()
    }

    /// Text outside links under an element.
    fn content_text(&self, id: NodeId) -> usize {
        let s = self.stats(id);
        s.text.saturating_sub(s.link_text)
    }

    /// The element that holds the article's text.
    pub fn content_root(&self) -> Option<ElementRef<'h>> {
        let hinted = self
            .doc
            .tree
            .root()
            .descendants()
            .filter_map(ElementRef::wrap)
            .filter(|el| is_body_candidate(el))
            .max_by_key(|el| self.content_text(el.id()));
        if let Some(el) = hinted.filter(|el| self.content_text(el.id()) >= 250) {
            return Some(el);
        }
        self.best_scored().map(block_ancestor).or(hinted)
    }

    /// Readability's scoring: each paragraph-like block credits its parent and,
    /// half, its grandparent; links count against.
    fn best_scored(&self) -> Option<ElementRef<'h>> {
        let mut scores: HashMap<NodeId, f32> = HashMap::new();
        for el in self
            .doc
            .tree
            .root()
            .descendants()
            .filter_map(ElementRef::wrap)
        {
            if !matches!(
                el.value().name(),
                "p" | "td" | "pre" | "div" | "font" | "span"
            ) {
                continue;
            }
            let own = direct_text(&el);
            let len = own.chars().count();
            if len < 25 {
                continue;
            }
            let commas = own.matches([',', '،']).count() as f32;
            let score = 1.0 + commas + (len as f32 / 100.0).min(3.0);
            // Legacy pages put the text straight into a cell or div between <br>s.
            let target = if el.value().name() == "p" {
                el.parent()
            } else {
                Some(*el)
            };
            if let Some(parent) = target {
                *scores.entry(parent.id()).or_default() += score;
                if let Some(grand) = parent.parent() {
                    *scores.entry(grand.id()).or_default() += score / 2.0;
                }
            }
        }
        // In document order, and the first of equal scores wins: a hash map's order
        // would make the same page read two ways.
        let mut best: Option<(ElementRef<'h>, f32)> = None;
        for el in self
            .doc
            .tree
            .root()
            .descendants()
            .filter_map(ElementRef::wrap)
        {
            let Some(score) = scores.get(&el.id()) else {
                continue;
            };
            let s = self.stats(el.id());
            let link_density = s.link_text as f32 / s.text.max(1) as f32;
            let score = score * (1.0 - link_density);
            if best.is_none_or(|(_, top)| score > top) {
                best = Some((el, score));
            }
        }
        best.map(|(el, _)| el)
    }

    /// The lines of text under `root`, boilerplate left out.
    pub fn lines(&self, root: ElementRef<'h>) -> Vec<Line> {
        let root_text = self.content_text(root.id()).max(1);
        let mut walk = Walk::default();
        let mut stack: Vec<(NodeRef<'h, Node>, usize, bool)> = vec![(*root, 0, false)];
        while let Some((node, depth, leaving)) = stack.pop() {
            if leaving {
                walk.leave(node);
                continue;
            }
            match node.value() {
                Node::Text(t) => walk.text(t, node),
                Node::Element(el) => {
                    if depth > self.max_depth || DROPPED_TAGS.contains(&el.name()) {
                        continue;
                    }
                    let big = self.content_text(node.id()) * 2 >= root_text;
                    if node.id() != root.id() && !big && is_boilerplate_element(el) {
                        continue;
                    }
                    walk.enter(el);
                    stack.push((node, depth, true));
                    let children: Vec<_> = node.children().collect();
                    for child in children.into_iter().rev() {
                        stack.push((child, depth + 1, false));
                    }
                }
                _ => {}
            }
        }
        walk.flush();
        tidy(walk.lines)
    }
}

/// Text in an inline element (`<font>` on legacy pages) belongs with what its block
/// holds beside it (the title and date above it): the block is the root.
fn block_ancestor(el: ElementRef<'_>) -> ElementRef<'_> {
    let mut at = el;
    while matches!(
        at.value().name(),
        "font" | "span" | "b" | "strong" | "i" | "em" | "small" | "big"
    ) && let Some(parent) = at.parent().and_then(ElementRef::wrap)
    {
        at = parent;
    }
    at
}

fn is_body_candidate(el: &ElementRef<'_>) -> bool {
    let e = el.value();
    if e.name() == "article" || e.attr("itemprop") == Some("articleBody") {
        return true;
    }
    let names = e.classes().chain(e.id());
    names
        .map(str::to_ascii_lowercase)
        .any(|n| BODY_HINTS.contains(&n.as_str()))
}

/// The text directly inside an element (not in child elements), collapsed.
fn direct_text(el: &ElementRef<'_>) -> String {
    let mut out = String::new();
    for child in el.children() {
        if let Node::Text(t) = child.value() {
            out.push_str(t);
            out.push(' ');
        } else if let Some(inline) = ElementRef::wrap(child)
            && matches!(
                inline.value().name(),
                "b" | "strong" | "em" | "i" | "span" | "font"
            )
        {
            out.extend(inline.text());
            out.push(' ');
        }
    }
    collapse(&out)
}

/// The state of one walk: the line being built and the lines done.
#[derive(Default)]
struct Walk {
    lines: Vec<Line>,
    current: String,
    link_chars: usize,
    kind: Option<LineKind>,
    in_link: usize,
    caption: Option<(String, Option<String>)>,
    figure_src: Option<String>,
}

impl Walk {
    fn enter(&mut self, el: &scraper::node::Element) {
        let name = el.name();
        match name {
            "br" => self.flush(),
            "a" => self.in_link += 1,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                self.kind = Some(LineKind::Heading);
            }
            "li" => {
                self.flush();
                self.kind = Some(LineKind::ListItem);
            }
            "img" | "amp-img" if self.figure_src.is_none() => {
                self.figure_src = el
                    .attr("src")
                    .or_else(|| el.attr("data-src"))
                    .map(str::to_owned);
            }
            "figcaption" => {
                self.flush();
                self.caption = Some((String::new(), None));
            }
            _ if BLOCK_TAGS.contains(&name) => {
                if name == "figure" {
                    self.figure_src = None;
                }
                self.flush();
            }
            _ => {}
        }
    }

    fn leave(&mut self, node: NodeRef<'_, Node>) {
        let Some(el) = node.value().as_element() else {
            return;
        };
        let name = el.name();
        match name {
            "a" => self.in_link = self.in_link.saturating_sub(1),
            "figcaption" => {
                if let Some((caption, credit)) = self.caption.take() {
                    let caption = collapse(&caption).replace(['[', ']'], "");
                    if !caption.is_empty() {
                        let text = match credit {
                            Some(c) => format!("{caption} [{c}]"),
                            None => caption,
                        };
                        let src = self.figure_src.clone().unwrap_or_else(|| "image".into());
                        self.lines.push(Line {
                            kind: LineKind::Caption { src },
                            text,
                        });
                    }
                }
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" => self.flush(),
            _ if BLOCK_TAGS.contains(&name) => self.flush(),
            _ => {}
        }
    }

    fn text(&mut self, text: &str, node: NodeRef<'_, Node>) {
        if let Some((caption, credit)) = &mut self.caption {
            let is_credit = node
                .parent()
                .and_then(|p| p.value().as_element())
                .is_some_and(|p| {
                    p.classes()
                        .any(|c| ["credit", "copyright", "source", "photo-credit"].contains(&c))
                });
            if is_credit {
                *credit = Some(collapse(text)).filter(|c| !c.is_empty());
            } else {
                caption.push_str(text);
            }
            return;
        }
        let before = self.current.chars().count();
        self.current.push_str(text);
        if self.in_link > 0 {
            self.link_chars += self.current.chars().count() - before;
        }
    }

    fn flush(&mut self) {
        let text = collapse(&self.current);
        let kind = self.kind.take().unwrap_or(LineKind::Paragraph);
        let link_heavy = !text.is_empty() && self.link_chars * 10 >= text.chars().count() * 7;
        if !text.is_empty() && !link_heavy {
            self.lines.push(Line { kind, text });
        }
        self.current.clear();
        self.link_chars = 0;
    }
}

/// Drops boilerplate lines, the lists under "related" headings, and everything after a
/// comments heading.
fn tidy(lines: Vec<Line>) -> Vec<Line> {
    let mut out = Vec::with_capacity(lines.len());
    let mut in_aside = false;
    for line in lines {
        if line.kind == LineKind::Heading || line.text.chars().count() <= 40 {
            if heading_ends_article(&line.text) {
                break;
            }
            if heading_starts_aside(&line.text) {
                in_aside = true;
                continue;
            }
        }
        if in_aside {
            if matches!(line.kind, LineKind::ListItem) || line.text.chars().count() < 120 {
                continue;
            }
            in_aside = false;
        }
        if is_boilerplate_line(&line.text) {
            continue;
        }
        out.push(line);
    }
    out
}
