//! The entities the app shows, and the analyst's corrections to them.
//!
//! While a folder streams in, [`Entities`] is a provisional index (mentions
//! grouped by type and folded spelling, ids `TYPE:folded text`). When the
//! folder has loaded it holds the core's cross-article [`Resolution`] (the
//! *base*), the analyst's corrections as an [`EditHistory`], and the
//! resolution the app shows: the base with the corrections applied
//! ([`corpus::apply`]). Everything outside this module names entities by
//! their stable [`EntityId`], never by a position in a list.
//!
//! Resolutions here follow the app's article order (the loader streams
//! articles in the order they finish; the core resolves them in the folder's
//! order), so `resolution().articles[i]` belongs to `Corpus::articles[i]`.

use std::collections::HashMap;

use marsad_core::corpus::{
    self, Correction, EditHistory, Entity, EntityId, Resolution, ResolvedMention,
};

use crate::analysis::ArticleAnalysis;
use crate::search::fold_key;

/// The entities shown, with the base resolution and the corrections made to it.
#[derive(Debug, Default)]
pub struct Entities {
    /// The streaming index while the folder loads (emptied once the base is in).
    provisional: Resolution,
    /// The core's resolution of the loaded folder, in app article order.
    base: Option<Resolution>,
    /// The base with the corrections applied; `None` while there are none, so
    /// an uncorrected corpus is not held twice.
    corrected: Option<Resolution>,
    /// Where each entity shown sits in the shown resolution's `entities`.
    position: HashMap<EntityId, usize>,
    /// The corrections, with undo and redo. Kept while loading and applied once the base arrives.
    history: EditHistory,
    /// How many corrections came from a saved list: undo stops there, as in a reopened document.
    floor: usize,
    /// Bumped whenever what is shown changes, so caches know when to rebuild.
    generation: u64,
}

impl Entities {
    /// The resolution the app shows: the corrected base, the base, or the
    /// provisional index while loading.
    pub fn resolution(&self) -> &Resolution {
        self.corrected
            .as_ref()
            .or(self.base.as_ref())
            .unwrap_or(&self.provisional)
    }

    /// Every entity shown (hidden ones included), most mentioned first once resolved.
    pub fn list(&self) -> &[Entity] {
        &self.resolution().entities
    }

    /// The entity with this id.
    pub fn get(&self, id: &EntityId) -> Option<&Entity> {
        self.position
            .get(id)
            .and_then(|&i| self.resolution().entities.get(i))
    }

    /// An article's mentions with their entities, sorted by position.
    pub fn mentions(&self, article: usize) -> &[ResolvedMention] {
        self.resolution()
            .articles
            .get(article)
            .map_or(&[], Vec::as_slice)
    }

    /// True once the folder's cross-article resolution is in (corrections can be made).
    pub fn is_resolved(&self) -> bool {
        self.base.is_some()
    }

    /// The corrections in effect, oldest first.
    pub fn corrections(&self) -> &[Correction] {
        self.history.corrections()
    }

    /// True when there is a correction to undo.
    pub fn can_undo(&self) -> bool {
        self.base.is_some() && self.history.corrections().len() > self.floor
    }

    /// True when there is an undone correction to redo.
    pub fn can_redo(&self) -> bool {
        self.base.is_some() && self.history.can_redo()
    }

    /// Changes whenever the entities shown change.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Adds a streamed article to the provisional index; returns its entity ids, sorted.
    pub(super) fn add_provisional(&mut self, analysis: &ArticleAnalysis) -> Vec<EntityId> {
        let index = &mut self.provisional;
        let mut mentions = Vec::with_capacity(analysis.mentions.len());
        for mention in &analysis.mentions {
            let id = EntityId::new(mention.entity_type, &fold_key(mention.text.trim()));
            let position = *self.position.entry(id.clone()).or_insert_with(|| {
                index.entities.push(Entity {
                    id: id.clone(),
                    entity_type: mention.entity_type,
                    name: mention.text.trim().to_owned(),
                    aliases: Vec::new(),
                    mention_count: 0,
                    article_count: 0,
                    hidden: false,
                });
                index.entities.len() - 1
            });
            if let Some(entity) = index.entities.get_mut(position) {
                entity.mention_count += 1;
            }
            mentions.push(ResolvedMention {
                mention: mention.clone(),
                entity: id,
                surface: mention.text.clone(),
            });
        }
        let ids = distinct_ids(&mentions);
        for id in &ids {
            if let Some(entity) = self
                .position
                .get(id)
                .and_then(|&i| index.entities.get_mut(i))
            {
                entity.article_count += 1;
            }
        }
        index.articles.push(mentions);
        index.sentences.push(analysis.sentences.clone());
        self.generation += 1;
        ids
    }

    /// The base with every correction in effect applied, or `None` when there is none.
    fn replay(&self, texts: &[&str]) -> Option<Resolution> {
        let base = self.base.as_ref()?;
        let corrections = self.history.corrections();
        (!corrections.is_empty()).then(|| corpus::apply(base, corrections, texts))
    }

    /// Takes the loaded folder's resolution (in app article order) and applies the corrections.
    pub(super) fn set_base(&mut self, base: Resolution, texts: &[&str]) {
        self.provisional = Resolution::default();
        self.base = Some(base);
        self.corrected = self.replay(texts);
        self.shown_changed();
    }

    /// Makes a correction; it applies on top of what is shown.
    pub(super) fn push(&mut self, correction: Correction, texts: &[&str]) {
        if self.base.is_none() {
            return;
        }
        // Applying the one new correction to what is shown gives what replaying
        // the whole list would, without rescanning the corpus for every added entity.
        let next = corpus::apply(self.resolution(), std::slice::from_ref(&correction), texts);
        self.corrected = Some(next);
        self.history.push(correction);
        self.shown_changed();
    }

    /// Takes back the last correction; returns it.
    pub(super) fn undo(&mut self, texts: &[&str]) -> Option<Correction> {
        if !self.can_undo() {
            return None;
        }
        let undone = self.history.undo()?.clone();
        self.corrected = self.replay(texts);
        self.shown_changed();
        Some(undone)
    }

    /// Makes the last undone correction again; returns it.
    pub(super) fn redo(&mut self, texts: &[&str]) -> Option<Correction> {
        self.base.as_ref()?;
        let redone = self.history.redo()?.clone();
        let next = corpus::apply(self.resolution(), std::slice::from_ref(&redone), texts);
        self.corrected = Some(next);
        self.shown_changed();
        Some(redone)
    }

    /// Replaces the corrections (a workspace's saved list); applied now if the folder has loaded.
    pub(super) fn replace(&mut self, corrections: Vec<Correction>, texts: &[&str]) {
        self.floor = corrections.len();
        self.history = EditHistory::from_log(corrections);
        if self.base.is_some() {
            self.corrected = self.replay(texts);
            self.shown_changed();
        }
    }

    fn shown_changed(&mut self) {
        let position = self
            .resolution()
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        self.position = position;
        self.generation += 1;
    }
}

/// The distinct entity ids of some mentions, sorted.
pub(super) fn distinct_ids(mentions: &[ResolvedMention]) -> Vec<EntityId> {
    let mut ids: Vec<EntityId> = mentions.iter().map(|m| m.entity.clone()).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// Reorders a resolution into the app's order of `len` articles: `positions` says where
/// each of its articles goes; an app article none goes to gets no mentions.
pub fn reorder(resolution: Resolution, positions: &[Option<usize>], len: usize) -> Resolution {
    let Resolution {
        entities,
        articles,
        sentences,
    } = resolution;
    let mut out_articles: Vec<Vec<ResolvedMention>> =
        std::iter::repeat_with(Vec::new).take(len).collect();
    let mut out_sentences: Vec<Vec<marsad_core::Span>> =
        std::iter::repeat_with(Vec::new).take(len).collect();
    for ((mentions, spans), position) in articles.into_iter().zip(sentences).zip(positions) {
        if let Some(&position) = position.as_ref()
            && let (Some(to_mentions), Some(to_spans)) = (
                out_articles.get_mut(position),
                out_sentences.get_mut(position),
            )
        {
            *to_mentions = mentions;
            *to_spans = spans;
        }
    }
    Resolution {
        entities,
        articles: out_articles,
        sentences: out_sentences,
    }
}

/// Keeps the selected entity meaningful after the entities changed: a merged
/// entity's selection moves to the one it joined; one that no longer exists is dropped.
pub fn follow_selection(
    selected: &mut Option<EntityId>,
    entities: &Entities,
    last: Option<&Correction>,
) {
    let Some(current) = selected.clone() else {
        return;
    };
    if entities.get(&current).is_some() {
        return;
    }
    *selected = match last {
        Some(Correction::Merge { into, merged }) if *merged == current => {
            entities.get(into).map(|e| e.id.clone())
        }
        _ => None,
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_core::{EntityType, Mention, MentionSource, Span};

    fn mention(text: &str, word: &str, entity_type: EntityType, id: &str) -> ResolvedMention {
        let at = text.find(word).expect("the word is in the text");
        let text = word;
        ResolvedMention {
            mention: Mention {
                span: Span::new(at, at + text.len()),
                text: text.to_owned(),
                entity_type,
                source: MentionSource::Gazetteer,
                confidence: marsad_core::Confidence::CERTAIN,
            },
            entity: EntityId::from(id),
            surface: text.to_owned(),
        }
    }

    #[test]
    fn reorder_follows_the_apps_article_order_by_path() {
        let resolution = Resolution {
            entities: Vec::new(),
            articles: vec![
                vec![mention("مصر", "مصر", EntityType::Loc, "LOC:مصر")],
                vec![mention("غزة", "غزة", EntityType::Loc, "LOC:غزه")],
            ],
            sentences: vec![vec![Span::new(0, 1)], vec![Span::new(0, 2)]],
        };
        let order = ["a.txt".to_owned(), "b.txt".to_owned()];
        let positions = crate::model::positions_by_path(&order, &["b.txt", "c.txt", "a.txt"]);
        let out = reorder(resolution, &positions, 3);
        let ids: Vec<Vec<String>> = (0..3).map(|i| out.mention_entity_ids(i)).collect();
        assert_eq!(
            ids,
            [
                vec!["LOC:غزه".to_owned()],
                vec![],
                vec!["LOC:مصر".to_owned()]
            ]
        );
        assert_eq!(out.sentences[0], [Span::new(0, 2)]);
        assert!(out.sentences[1].is_empty());
    }

    #[test]
    fn applying_one_correction_on_top_matches_replaying_the_list() {
        let texts = ["قالت مصر إن غزة هادئة ومصر مستعدة", "زار الوفد غزة"];
        let base_articles = vec![
            vec![
                mention(texts[0], "مصر", EntityType::Loc, "LOC:مصر"),
                mention(texts[0], "غزة", EntityType::Loc, "LOC:غزه"),
            ],
            vec![mention(texts[1], "غزة", EntityType::Loc, "LOC:غزه")],
        ];
        let base = corpus::apply(
            &Resolution {
                entities: Vec::new(),
                articles: base_articles,
                sentences: vec![Vec::new(), Vec::new()],
            },
            &[],
            &texts,
        );
        let corrections = [
            Correction::Rename {
                entity: EntityId::from("LOC:غزه"),
                name: "قطاع غزة".to_owned(),
            },
            Correction::Hide {
                entity: EntityId::from("LOC:مصر"),
            },
            Correction::Unhide {
                entity: EntityId::from("LOC:مصر"),
            },
            Correction::ChangeType {
                entity: EntityId::from("LOC:مصر"),
                entity_type: EntityType::Org,
            },
            Correction::Merge {
                into: EntityId::from("LOC:غزه"),
                merged: EntityId::from("LOC:مصر"),
            },
            Correction::add_entity("الوفد", EntityType::Org),
        ];
        let mut entities = Entities::default();
        entities.set_base(base.clone(), &texts);
        for c in &corrections {
            entities.push(c.clone(), &texts);
        }
        assert_eq!(
            entities.resolution(),
            &corpus::apply(&base, &corrections, &texts)
        );
        assert_eq!(entities.undo(&texts).as_ref(), corrections.last());
        assert_eq!(
            entities.resolution(),
            &corpus::apply(&base, &corrections[..corrections.len() - 1], &texts)
        );
        entities.redo(&texts);
        assert_eq!(
            entities.resolution(),
            &corpus::apply(&base, &corrections, &texts)
        );
        // Undoing everything shows the base itself again.
        while entities.undo(&texts).is_some() {}
        assert_eq!(entities.resolution(), &base);
        assert!(entities.corrected.is_none());
    }
}
