//! The analyst's corrections, replayed in order on top of a resolution.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::entities::gazetteer::Gazetteer;
use crate::model::{EntityType, Mention, MentionSource};

use super::names::key_of;
use super::resolve::{Overrides, build};
use super::{EntityId, Resolution, ResolvedMention};

/// One correction to the machine's entities. Entities are named by their
/// stable ids, so a saved list still applies after the corpus is re-analyzed;
/// a correction naming an entity that no longer exists does nothing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Correction {
    /// `merged` is the same entity as `into`: its mentions join `into`.
    Merge { into: EntityId, merged: EntityId },
    /// Mentions of `entity` written as `alias` (compared folded) become an
    /// entity of their own, `TYPE:folded alias`.
    SplitAlias { entity: EntityId, alias: String },
    /// The entity's display name.
    Rename { entity: EntityId, name: String },
    /// The entity's class; its id stays the same.
    ChangeType {
        entity: EntityId,
        entity_type: EntityType,
    },
    /// A false or unwanted entity: kept, but flagged hidden.
    Hide { entity: EntityId },
    /// Shows a hidden entity again.
    Unhide { entity: EntityId },
    /// An entity the recognizer missed: every occurrence of `name` or one of
    /// `aliases` in every article (proclitics allowed, whole words only)
    /// becomes a mention of entity `id`, replacing the mentions it overlaps,
    /// except a longer mention that already covers it.
    AddEntity {
        id: EntityId,
        name: String,
        entity_type: EntityType,
        aliases: Vec<String>,
    },
}

impl Correction {
    /// An [`Correction::AddEntity`] for a form the analyst selected, with the
    /// id resolution would give it (`TYPE:folded form`).
    pub fn add_entity(text: &str, entity_type: EntityType) -> Self {
        let name = text.trim().to_owned();
        Self::AddEntity {
            id: EntityId::new(entity_type, &key_of(&name)),
            name,
            entity_type,
            aliases: Vec::new(),
        }
    }

    /// Every entity id the correction refers to.
    pub fn entity_ids(&self) -> Vec<&EntityId> {
        match self {
            Self::Merge { into, merged } => vec![into, merged],
            Self::SplitAlias { entity, .. }
            | Self::Rename { entity, .. }
            | Self::ChangeType { entity, .. }
            | Self::Hide { entity }
            | Self::Unhide { entity } => vec![entity],
            Self::AddEntity { id, .. } => vec![id],
        }
    }
}

/// The working state corrections edit.
struct Work {
    articles: Vec<Vec<ResolvedMention>>,
    names: BTreeMap<EntityId, String>,
    overrides: BTreeMap<EntityId, Overrides>,
}

impl Work {
    fn exists(&self, id: &EntityId) -> bool {
        self.articles.iter().flatten().any(|m| &m.entity == id)
    }

    fn overrides(&mut self, id: &EntityId) -> &mut Overrides {
        self.overrides.entry(id.clone()).or_default()
    }

    fn current_type(&self, id: &EntityId) -> Option<EntityType> {
        self.overrides
            .get(id)
            .and_then(|o| o.entity_type)
            .or_else(|| {
                self.articles
                    .iter()
                    .flatten()
                    .find(|m| &m.entity == id)
                    .map(|m| m.mention.entity_type)
            })
    }
}

/// Replays `corrections` in order on `base`. `texts[i]` is the text of
/// `base.articles[i]`; it is needed only by [`Correction::AddEntity`].
pub fn apply(base: &Resolution, corrections: &[Correction], texts: &[&str]) -> Resolution {
    let mut work = Work {
        articles: base.articles.clone(),
        names: base
            .entities
            .iter()
            .map(|e| (e.id.clone(), e.name.clone()))
            .collect(),
        overrides: base
            .entities
            .iter()
            .filter(|e| e.hidden)
            .map(|e| {
                let o = Overrides {
                    hidden: true,
                    ..Overrides::default()
                };
                (e.id.clone(), o)
            })
            .collect(),
    };
    for correction in corrections {
        apply_one(&mut work, correction, texts);
    }
    build(
        work.articles,
        base.sentences.clone(),
        &work.names,
        &work.overrides,
    )
}

fn apply_one(work: &mut Work, correction: &Correction, texts: &[&str]) {
    match correction {
        Correction::Merge { into, merged } => merge(work, into, merged),
        Correction::SplitAlias { entity, alias } => split_alias(work, entity, alias),
        Correction::Rename { entity, name } => {
            if work.exists(entity) && !name.trim().is_empty() {
                work.overrides(entity).name = Some(name.trim().to_owned());
            }
        }
        Correction::ChangeType {
            entity,
            entity_type,
        } => {
            if !work.exists(entity) {
                return;
            }
            work.overrides(entity).entity_type = Some(*entity_type);
            for m in work
                .articles
                .iter_mut()
                .flatten()
                .filter(|m| &m.entity == entity)
            {
                m.mention.entity_type = *entity_type;
            }
        }
        Correction::Hide { entity } => {
            if work.exists(entity) {
                work.overrides(entity).hidden = true;
            }
        }
        Correction::Unhide { entity } => {
            if let Some(o) = work.overrides.get_mut(entity) {
                o.hidden = false;
            }
        }
        Correction::AddEntity {
            id,
            name,
            entity_type,
            aliases,
        } => add_entity(work, id, name, *entity_type, aliases, texts),
    }
}

fn merge(work: &mut Work, into: &EntityId, merged: &EntityId) {
    if into == merged || !work.exists(into) || !work.exists(merged) {
        return;
    }
    let into_type = work.current_type(into);
    for m in work
        .articles
        .iter_mut()
        .flatten()
        .filter(|m| &m.entity == merged)
    {
        m.entity = into.clone();
        if let Some(t) = into_type {
            m.mention.entity_type = t;
        }
    }
    work.names.remove(merged);
    work.overrides.remove(merged);
}

fn split_alias(work: &mut Work, entity: &EntityId, alias: &str) {
    let alias_key = key_of(alias);
    if alias_key.is_empty() {
        return;
    }
    let Some(entity_type) = work.current_type(entity) else {
        return;
    };
    let mut new_id = EntityId::new(entity_type, &alias_key);
    if &new_id == entity {
        // The alias is the entity's own key: the split-off part needs another id.
        new_id = EntityId(format!("{}#split", new_id.0));
    }
    let mut moved = 0;
    for m in work.articles.iter_mut().flatten() {
        if &m.entity == entity && key_of(&m.surface) == alias_key {
            m.entity = new_id.clone();
            moved += 1;
        }
    }
    if moved > 0 {
        work.names
            .entry(new_id)
            .or_insert_with(|| alias.trim().to_owned());
    }
}

fn add_entity(
    work: &mut Work,
    id: &EntityId,
    name: &str,
    entity_type: EntityType,
    aliases: &[String],
    texts: &[&str],
) {
    let forms: Vec<&str> = std::iter::once(name)
        .chain(aliases.iter().map(String::as_str))
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .collect();
    if forms.is_empty() {
        return;
    }
    // A one-off gazetteer of the analyst's forms gives the same clitic-aware,
    // whole-word matching as the bundled lists.
    let mut tsv = String::new();
    for form in &forms {
        let form = form.replace(['\t', '\n', '\r'], " ");
        let _ = writeln!(tsv, "{form}\t{}\t{}", entity_type.as_str(), id.0);
    }
    let Ok(matcher) = Gazetteer::from_sources(&[("analyst.tsv", &tsv)]) else {
        return;
    };
    let mut added = 0;
    for (article, text) in work.articles.iter_mut().zip(texts) {
        for hit in matcher.find(text) {
            let Some(surface) = hit.span.slice(text) else {
                continue;
            };
            // A longer mention already covering the form (a full name around a
            // surname) stays; anything else the form overlaps gives way to it.
            if article
                .iter()
                .any(|m| m.mention.span.contains(hit.span) && m.mention.span != hit.span)
            {
                continue;
            }
            article.retain(|m| !m.mention.span.overlaps(hit.span));
            article.push(ResolvedMention {
                mention: Mention {
                    span: hit.span,
                    text: surface.to_owned(),
                    entity_type,
                    source: MentionSource::User,
                    confidence: crate::model::Confidence::CERTAIN,
                },
                entity: id.clone(),
                surface: surface.to_owned(),
            });
            added += 1;
        }
        article.sort_by_key(|m| (m.mention.span.start, m.mention.span.end));
    }
    if added > 0 {
        work.names.insert(id.clone(), name.trim().to_owned());
        work.overrides(id).entity_type = Some(entity_type);
    }
}
