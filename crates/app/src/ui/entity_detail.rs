//! The selected entity's detail pane: its name and type, its aliases, the
//! articles that mention it, the entities it shares sentences with, and each
//! mention in context.
//!
//! Everything is computed once when the selection or the entities change
//! ([`DetailCache`]); a frame only draws.

use std::ops::Range;

use egui::{Align, Layout, Role, Ui};
use marsad_core::corpus::{self, EntityId};

use crate::analysis::{EntityType, Span};
use crate::shaping::{
    Direction, Highlight, HighlightStyle, RichText, TextEngine, label_ui, rich_text_ui,
};
use crate::state::{Corpus, ViewState};

use super::entity_menu::{EntityAction, entity_labels, entity_menu_ui, type_label};
use super::name_row::{NameRow, name_row_ui};

/// Characters of context on each side of a mention.
const KWIC_WIDTH: usize = 28;
/// Mentions shown in context at most.
const KWIC_LIMIT: usize = 60;
/// Co-occurring entities shown at most.
const COOCCURRING_LIMIT: usize = 15;
/// Articles listed at most.
const ARTICLE_LIMIT: usize = 100;

/// The pane's rows are links: to an article, or to another entity.
const LINK_ROW: NameRow = NameRow {
    role: Role::Link,
    margin: 4.0,
    name_size: 14.0,
    counts_width: 90.0,
    counts_share: 0.4,
};

/// One mention in context: a slice of the article with the mention marked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KwicLine {
    pub article: usize,
    /// The context, line breaks flattened, with `…` where it was cut.
    pub text: String,
    /// The mention's bytes in `text`.
    pub hit: Range<usize>,
}

/// What the pane shows for one entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Detail {
    pub id: EntityId,
    pub name: String,
    pub entity_type: EntityType,
    pub aliases: Vec<String>,
    pub mention_count: usize,
    pub article_count: usize,
    pub hidden: bool,
    /// `(article, mentions in it)`, most mentions first.
    pub articles: Vec<(usize, usize)>,
    pub kwic: Vec<KwicLine>,
    /// Entities sharing a sentence with it: `(id, name, type, shared sentences)`, most first.
    pub cooccurring: Vec<(EntityId, String, EntityType, usize)>,
}

/// The detail of the selected entity, rebuilt when the selection or the entities change.
#[derive(Debug, Default)]
pub struct DetailCache {
    key: Option<(EntityId, u64, usize)>,
    detail: Option<Detail>,
}

impl DetailCache {
    /// The detail of `id`, computed now if the entities changed since.
    pub fn get(&mut self, corpus: &Corpus, id: &EntityId) -> Option<&Detail> {
        let key = (
            id.clone(),
            corpus.entities.generation(),
            corpus.articles.len(),
        );
        if self.key.as_ref() != Some(&key) {
            self.detail = compute(corpus, id);
            self.key = Some(key);
        }
        self.detail.as_ref()
    }
}

/// Flattens line breaks and tabs to spaces, byte for byte.
fn flatten(text: &str) -> String {
    text.replace(['\n', '\r', '\t'], " ")
}

/// The pane's content for `id`, or `None` when no such entity is shown.
pub fn compute(corpus: &Corpus, id: &EntityId) -> Option<Detail> {
    let entity = corpus.entities.get(id)?;
    let resolution = corpus.entities.resolution();
    let mut articles: Vec<(usize, usize)> = Vec::new();
    let mut kwic = Vec::new();
    for (article, mention) in resolution.mentions_of(id) {
        match articles.last_mut() {
            Some((a, n)) if *a == article => *n += 1,
            _ => articles.push((article, 1)),
        }
        if kwic.len() >= KWIC_LIMIT {
            continue;
        }
        let Some(entry) = corpus.articles.get(article) else {
            continue;
        };
        let text = &entry.analysis.text;
        let span: Span = mention.mention.span;
        let (left, hit, right) = corpus::kwic(text, span, KWIC_WIDTH);
        if hit.is_empty() {
            continue;
        }
        let cut_before = span.start > left.len();
        let cut_after = span.end + right.len() < text.len();
        let mut line = String::new();
        if cut_before {
            line.push_str("… ");
        }
        line.push_str(&flatten(left.trim_start()));
        let start = line.len();
        line.push_str(&flatten(hit));
        let end = line.len();
        line.push_str(&flatten(right.trim_end()));
        if cut_after {
            line.push_str(" …");
        }
        kwic.push(KwicLine {
            article,
            text: line,
            hit: start..end,
        });
    }
    articles.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    articles.truncate(ARTICLE_LIMIT);
    let cooccurring = corpus::cooccurrence(resolution, id)
        .into_iter()
        .filter_map(|(other, n)| {
            let e = corpus.entities.get(&other)?;
            Some((other, e.name.clone(), e.entity_type, n))
        })
        .take(COOCCURRING_LIMIT)
        .collect();
    Some(Detail {
        id: id.clone(),
        name: entity.name.clone(),
        entity_type: entity.entity_type,
        aliases: entity.aliases.clone(),
        mention_count: entity.mention_count,
        article_count: entity.article_count,
        hidden: entity.hidden,
        articles,
        kwic,
        cooccurring,
    })
}

/// What the pane asks for, applied once it is drawn.
enum PaneAction {
    Entity(EntityAction),
    OpenArticle(usize),
}

/// The detail pane of the selected entity (nothing when none is selected).
pub fn detail_ui(ui: &mut Ui, engine: &mut TextEngine, view: &mut ViewState, corpus: &Corpus) {
    let Some(id) = view.selected_entity.clone() else {
        return;
    };
    let mut cache = std::mem::take(&mut view.entity_detail);
    let action = match cache.get(corpus, &id) {
        Some(detail) => pane_ui(ui, engine, view, corpus, detail),
        None => None,
    };
    view.entity_detail = cache;
    match action {
        Some(PaneAction::Entity(action)) => action.apply(view),
        Some(PaneAction::OpenArticle(article)) => {
            view.select_article(Some(article));
            view.scroll_list_to_selected = true;
        }
        None => {}
    }
}

fn section_ui(ui: &mut Ui, rtl: bool, title: &str, count: Option<usize>) {
    ui.add_space(4.0);
    super::row_ui(ui, rtl, |ui| {
        ui.strong(title);
        if let Some(n) = count {
            ui.weak(n.to_string());
        }
    });
}

fn pane_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    view: &ViewState,
    corpus: &Corpus,
    detail: &Detail,
) -> Option<PaneAction> {
    let labels = view.language.labels();
    let words = entity_labels(view.language);
    let rtl = view.language.is_rtl();
    let mut action = None;
    let color = super::entity_color(detail.entity_type, view.dark);
    let weak = ui.visuals().weak_text_color();
    // The header: the name, its type and counts.
    ui.with_layout(Layout::top_down(Align::Max), |ui| {
        label_ui(ui, engine, &detail.name, 20.0, color);
        let mut info = format!(
            "{} · {} · {}",
            type_label(detail.entity_type, words),
            view.language.count(detail.mention_count, labels.mentions),
            view.language
                .count(detail.article_count, labels.in_articles),
        );
        if detail.hidden {
            info = format!("{info} · {}", words.hidden);
        }
        label_ui(ui, engine, &info, 12.0, weak);
    });
    super::row_ui(ui, rtl, |ui| {
        if ui.small_button("×").on_hover_text(words.close).clicked() {
            action = Some(PaneAction::Entity(EntityAction::Select(None)));
        }
        if corpus.entities.is_resolved() {
            ui.menu_button(words.corrections, |ui| {
                if let Some(a) = entity_menu_ui(ui, engine, view, corpus, &detail.id) {
                    action = Some(PaneAction::Entity(a));
                }
            });
        }
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .id_salt("entity_detail")
        .show(ui, |ui| {
            section_ui(ui, rtl, words.aliases, Some(detail.aliases.len()));
            ui.with_layout(Layout::top_down(Align::Max), |ui| {
                if detail.aliases.is_empty() {
                    ui.weak(words.no_aliases);
                }
                for alias in &detail.aliases {
                    label_ui(ui, engine, alias, 14.0, color);
                }
            });
            section_ui(ui, rtl, words.mentioned_in, Some(detail.article_count));
            for &(article, count) in &detail.articles {
                let Some(entry) = corpus.articles.get(article) else {
                    continue;
                };
                let selected = view.selected_article == Some(article);
                let counts = view.language.count(count, labels.mentions);
                let title = &entry.analysis.title;
                let strong = ui.visuals().strong_text_color();
                if name_row_ui(ui, engine, &LINK_ROW, title, &counts, strong, selected).clicked() {
                    action = Some(PaneAction::OpenArticle(article));
                }
            }
            section_ui(ui, rtl, words.appears_with, None);
            if detail.cooccurring.is_empty() {
                ui.weak(words.nothing_shared);
            }
            for (other, name, entity_type, shared) in &detail.cooccurring {
                let word = if *shared == 1 {
                    words.shared_sentence
                } else {
                    words.shared_sentences
                };
                let counts = view.language.count(*shared, word);
                let color = super::entity_color(*entity_type, view.dark);
                let response = name_row_ui(ui, engine, &LINK_ROW, name, &counts, color, false);
                if response.clicked() {
                    action = Some(PaneAction::Entity(EntityAction::Select(Some(
                        other.clone(),
                    ))));
                }
                response.context_menu(|ui| {
                    if let Some(a) = entity_menu_ui(ui, engine, view, corpus, other) {
                        action = Some(PaneAction::Entity(a));
                    }
                });
            }
            section_ui(ui, rtl, words.in_context, Some(detail.mention_count));
            let fill = super::entity_fill(detail.entity_type, view.dark, true);
            for line in &detail.kwic {
                let highlights = [Highlight {
                    span: line.hit.clone(),
                    style: HighlightStyle::Fill(fill),
                }];
                let rich = RichText {
                    size: 14.0,
                    direction: Direction::Rtl,
                    highlights: &highlights,
                    show_controls: view.show_controls,
                    ..RichText::new(&line.text)
                };
                let output = rich_text_ui(ui, engine, &rich);
                if output.response.clicked() {
                    action = Some(PaneAction::OpenArticle(line.article));
                }
                if let Some(entry) = corpus.articles.get(line.article) {
                    output.response.on_hover_ui(|ui| {
                        label_ui(ui, engine, &entry.analysis.title, 13.0, weak);
                    });
                }
                ui.add_space(2.0);
            }
            if detail.mention_count > detail.kwic.len() {
                ui.weak(format!(
                    "… {} {}",
                    detail.mention_count - detail.kwic.len(),
                    words.more
                ));
            }
        });
    action
}
