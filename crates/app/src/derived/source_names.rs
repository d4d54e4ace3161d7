//! What a source is called and how it is counted across articles: the entity it is
//! when the analysis or the analyst linked it to one, else its words folded; and the
//! chain a statement reached the reader through (أكسيوس ← ثلاثة مصادر مطلعة).

use std::borrow::Cow;

use marsad_core::attribution::{Attribution, Link, Relation, SourceKind};
use marsad_core::corpus::{Entity, EntityId};

use crate::model::{ArticleEntry, Corpus, SourceKey};
use crate::search::fold_key;

/// Put between the links of a chain, reader's side first.
pub const CHAIN_ARROW: &str = " ← ";

/// An article's attributions as shown: the analysis's with the analyst's fixes replayed.
pub fn attributions_of<'a>(corpus: &Corpus, entry: &'a ArticleEntry) -> Cow<'a, [Attribution]> {
    let analysis = &entry.analysis;
    corpus
        .attributions
        .apply(&analysis.path, &analysis.attributions)
}

/// The id of the entity the article's mention `mention` belongs to, as shown.
pub fn entity_id_of_mention(corpus: &Corpus, article: usize, mention: usize) -> Option<&EntityId> {
    let span = corpus
        .articles
        .get(article)?
        .analysis
        .mentions
        .get(mention)?
        .span;
    // By position, not by index: the analyst's added entities add mentions to the list.
    let resolved = corpus.entities.mentions(article);
    let at = resolved.partition_point(|m| m.mention.span.start < span.start);
    resolved
        .get(at)
        .filter(|m| m.mention.span == span)
        .map(|m| &m.entity)
}

/// The shown entity the article's mention `mention` belongs to (not a hidden one).
fn entity_of_mention(corpus: &Corpus, article: usize, mention: usize) -> Option<&Entity> {
    let id = entity_id_of_mention(corpus, article, mention)?;
    corpus.entities.get(id).filter(|e| !e.hidden)
}

/// What names a source: a shown entity, an entity id the analyst chose that is not
/// shown, or its words as written. Borrowed, so counting sources allocates only for
/// sources not seen before.
#[derive(Clone, Copy, Debug)]
pub enum Who<'c, 'a> {
    Entity(&'c Entity),
    Id(&'a str, &'a str),
    Words(&'a str),
}

impl<'c, 'a> Who<'c, 'a> {
    /// Reads what an attribution or a link says of its source.
    pub(super) fn of(
        corpus: &'c Corpus,
        article: usize,
        (mention, chosen): (Option<usize>, Option<&'a str>),
        words: &'a str,
    ) -> Self {
        if let Some(id) = chosen {
            return match corpus.entities.get(&EntityId(id.to_owned())) {
                Some(entity) if !entity.hidden => Self::Entity(entity),
                Some(_) => Self::Words(words.trim()),
                None => Self::Id(id, words),
            };
        }
        match mention.and_then(|m| entity_of_mention(corpus, article, m)) {
            Some(entity) => Self::Entity(entity),
            None => Self::Words(words.trim()),
        }
    }

    /// The source of an attribution of article `article`.
    pub fn source(corpus: &'c Corpus, article: usize, a: &'a Attribution) -> Self {
        let words = a.name.as_deref().unwrap_or(&a.source);
        Self::of(corpus, article, (a.mention, a.entity.as_deref()), words)
    }

    /// A link of an attribution's chain.
    pub fn link(corpus: &'c Corpus, article: usize, link: &'a Link) -> Self {
        let words = link.name.as_deref().unwrap_or(&link.source);
        Self::of(corpus, article, (link.mention, None), words)
    }

    /// The key it is counted under, as a source of `kind`.
    pub fn key(self, kind: SourceKind) -> SourceKey {
        match self {
            Self::Entity(entity) => SourceKey::entity(kind, entity.id.as_str()),
            Self::Id(id, _) => SourceKey::entity(kind, id),
            Self::Words(words) => SourceKey::words(kind, &fold_key(words)),
        }
    }

    /// What it is shown as: the entity's name, or the words.
    pub fn name(self) -> &'a str
    where
        'c: 'a,
    {
        match self {
            Self::Entity(entity) => &entity.name,
            Self::Id(_, words) | Self::Words(words) => words,
        }
    }
}

/// True when what an attribution or a link says of its source (`mention`, `chosen`,
/// `words`, as for [`Who`]) names the source `key` stands for. Decides without a
/// lookup for most attributions: a key of an entity needs that entity's mention.
fn names(
    corpus: &Corpus,
    article: usize,
    (mention, chosen): (Option<usize>, Option<&str>),
    words: &str,
    key: &SourceKey,
) -> bool {
    let shown = |id: &EntityId| corpus.entities.get(id).is_some_and(|e| !e.hidden);
    let mentioned = match chosen {
        Some(id) => match corpus.entities.get(&EntityId(id.to_owned())) {
            // Not an entity shown now: the id the analyst chose is the key.
            None => return key.name == id,
            Some(entity) => Some(&entity.id),
        },
        None => mention.and_then(|m| entity_id_of_mention(corpus, article, m)),
    };
    match key.entity_id() {
        Some(wanted) => mentioned.is_some_and(|id| id.as_str() == wanted && shown(id)),
        None => {
            !mentioned.is_some_and(shown)
                && key
                    .name
                    .strip_prefix('~')
                    .is_some_and(|folded| folded == fold_key(words.trim()))
        }
    }
}

/// The chain a statement reached the reader through, the reader's side first: who
/// carried it, its source, whom the source cites.
pub fn chain(corpus: &Corpus, article: usize, a: &Attribution) -> Vec<(String, SourceKind)> {
    let link = |l: &Link| (Who::link(corpus, article, l).name().to_owned(), l.kind);
    let carriers = a.via.iter().filter(|l| l.relation == Relation::Carrier);
    let cited = a.via.iter().filter(|l| l.relation == Relation::Cites);
    let source = Who::source(corpus, article, a).name().to_owned();
    carriers
        .map(link)
        .chain(std::iter::once((source, a.kind)))
        .chain(cited.map(link))
        .collect()
}

/// [`chain`] as one line: `أكسيوس ← ثلاثة مصادر مطلعة`.
pub fn chain_label(corpus: &Corpus, article: usize, a: &Attribution) -> String {
    chain(corpus, article, a)
        .into_iter()
        .map(|(name, _)| name)
        .collect::<Vec<_>>()
        .join(CHAIN_ARROW)
}

/// True when `key` is the source of an attribution.
pub fn is_source(corpus: &Corpus, article: usize, a: &Attribution, key: &SourceKey) -> bool {
    let words = a.name.as_deref().unwrap_or(&a.source);
    a.kind == key.kind
        && names(
            corpus,
            article,
            (a.mention, a.entity.as_deref()),
            words,
            key,
        )
}

/// True when `key` is an attribution's source or a link of its chain.
pub fn involves(corpus: &Corpus, article: usize, a: &Attribution, key: &SourceKey) -> bool {
    is_source(corpus, article, a, key)
        || a.via.iter().any(|l| {
            let words = l.name.as_deref().unwrap_or(&l.source);
            l.kind == key.kind && names(corpus, article, (l.mention, None), words, key)
        })
}

/// True when article `article` has a statement whose source (or chain) is `key`.
pub fn article_has_source(corpus: &Corpus, article: usize, key: &SourceKey) -> bool {
    corpus.articles.get(article).is_some_and(|entry| {
        attributions_of(corpus, entry)
            .iter()
            .any(|a| involves(corpus, article, a, key))
    })
}
