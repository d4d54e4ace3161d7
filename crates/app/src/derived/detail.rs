//! The selected entity's detail: its name and type, its aliases, the articles that
//! mention it, the entities it shares sentences with, and each mention in context.
//! Computed once when the selection or the entities change, never per frame.

use std::ops::Range;

use marsad_core::corpus::{self, EntityId};

use crate::analysis::{EntityType, Span};
use crate::model::Corpus;

/// Characters of context on each side of a mention.
const KWIC_WIDTH: usize = 28;
/// Mentions shown in context at most.
const KWIC_LIMIT: usize = 60;
/// Co-occurring entities shown at most.
const COOCCURRING_LIMIT: usize = 15;
/// Articles listed at most.
const ARTICLE_LIMIT: usize = 100;

/// What the detail was computed for: the entity, the entities' generation, the article count.
pub type DetailKey = (EntityId, u64, usize);

/// The key of `id`'s detail over `corpus`.
pub fn key(corpus: &Corpus, id: &EntityId) -> DetailKey {
    (
        id.clone(),
        corpus.entities.generation(),
        corpus.articles.len(),
    )
}

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
