//! Cross-article resolution of mentions into entities, and the analyst's corrections.
//!
//! [`resolve`] turns per-article mentions into corpus [`Entity`]s with stable
//! [`EntityId`]s (type + folded key, never an array index, so corrections
//! saved in a workspace still apply after a rerun). [`apply`] replays the
//! analyst's [`Correction`]s on top of a resolution to give the view the app
//! shows; [`EditHistory`] keeps them with undo and redo. [`kwic`] and
//! [`cooccurrence`] serve the entity detail pane.

mod context;
mod corrections;
mod history;
mod institutions;
mod names;
mod resolve;
mod variants;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::model::{Confidence, EntityType, Mention, Span};

pub use context::{cooccurrence, kwic};
pub use corrections::{Correction, apply};
pub use history::EditHistory;
pub use resolve::{resolve, resolve_with};

/// One article's input to resolution.
#[derive(Clone, Copy, Debug)]
pub struct ArticleMentions<'a> {
    /// The article's index in the corpus (informational; results follow input order).
    pub article: usize,
    /// The article's decoded text (spans point into it).
    pub text: &'a str,
    /// Mentions found in the article, sorted and non-overlapping.
    pub mentions: &'a [Mention],
    /// Sentence spans, for co-occurrence.
    pub sentences: &'a [Span],
}

/// A stable entity identifier: `TYPE:folded key` (`LOC:الولايات المتحده`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntityId(pub String);

impl EntityId {
    /// The id of the entity of type `entity_type` whose folded key is `key`.
    pub fn new(entity_type: EntityType, key: &str) -> Self {
        Self(format!("{}:{key}", entity_type.as_str()))
    }

    /// The folded key part of the id.
    pub fn key(&self) -> &str {
        self.0
            .split_once(':')
            .map_or(self.0.as_str(), |(_, key)| key)
    }

    /// The type the id was created with (a later type change keeps the id).
    pub fn entity_type(&self) -> Option<EntityType> {
        self.0
            .split_once(':')
            .and_then(|(tag, _)| EntityType::from_tag(tag))
    }

    /// The id as a string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for EntityId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for EntityId {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

/// One entity across the corpus.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub id: EntityId,
    pub entity_type: EntityType,
    /// Display name: the most frequent full form as written, or the analyst's name.
    pub name: String,
    /// Other forms as written (titles and proclitics removed), sorted, without `name`.
    pub aliases: Vec<String>,
    pub mention_count: usize,
    pub article_count: usize,
    /// Hidden by the analyst: kept (so it can be shown again) but left out of lists.
    pub hidden: bool,
}

/// A mention with the entity it resolved to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResolvedMention {
    pub mention: Mention,
    pub entity: EntityId,
    /// The name the mention writes, without titles or proclitics (for aliases).
    pub surface: String,
}

/// Entities across the corpus and, per article, each mention's entity.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resolution {
    /// Sorted by mention count (descending), then name, then id.
    pub entities: Vec<Entity>,
    /// Per input article (same order), its mentions sorted by position. Before
    /// corrections they are the input mentions one for one.
    pub articles: Vec<Vec<ResolvedMention>>,
    /// Per input article, its sentence spans.
    pub sentences: Vec<Vec<Span>>,
}

impl Resolution {
    /// The entity with this id.
    pub fn entity(&self, id: &EntityId) -> Option<&Entity> {
        self.entities.iter().find(|e| &e.id == id)
    }

    /// The entity of mention `mention` of article `article` (input order).
    pub fn mention_entity(&self, article: usize, mention: usize) -> Option<&EntityId> {
        self.articles.get(article)?.get(mention).map(|m| &m.entity)
    }

    /// Entity ids of an article's mentions, in mention order (empty when out of range).
    pub fn mention_entity_ids(&self, article: usize) -> Vec<String> {
        self.articles
            .get(article)
            .map(|list| list.iter().map(|m| m.entity.0.clone()).collect())
            .unwrap_or_default()
    }

    /// Each entity's confidence: that of its surest mention. An entity whose
    /// every mention the tagger doubted (a common word read as a place, like
    /// ساحلية) scores low; one a list or the analyst vouches for scores 1.
    pub fn confidences(&self) -> HashMap<&EntityId, Confidence> {
        let mut out: HashMap<&EntityId, Confidence> = HashMap::new();
        for m in self.articles.iter().flatten() {
            let best = out.entry(&m.entity).or_insert(m.mention.confidence);
            *best = (*best).max(m.mention.confidence);
        }
        out
    }

    /// Entities not hidden by the analyst, in display order.
    pub fn visible(&self) -> impl Iterator<Item = &Entity> {
        self.entities.iter().filter(|e| !e.hidden)
    }

    /// Every mention of an entity as `(article index, mention)`.
    pub fn mentions_of<'a>(
        &'a self,
        id: &'a EntityId,
    ) -> impl Iterator<Item = (usize, &'a ResolvedMention)> + 'a {
        self.articles.iter().enumerate().flat_map(move |(a, list)| {
            list.iter()
                .filter(move |m| &m.entity == id)
                .map(move |m| (a, m))
        })
    }
}
