//! Fixtures shared by the corpus tests: articles written for the tests, with
//! their mentions given as (text as written, type) in reading order.

#![allow(dead_code)]

use marsad_core::corpus::{ArticleMentions, EntityId, Resolution, resolve};
use marsad_core::{EntityType, Mention, MentionSource, Span};

/// An article's text, mentions and sentences, owned.
pub struct Fixture {
    pub text: String,
    pub mentions: Vec<Mention>,
    pub sentences: Vec<Span>,
}

/// Builds a fixture: each mention is searched after the previous one; sentences split on `.`.
pub fn article(text: &str, mentions: &[(&str, EntityType)]) -> Fixture {
    let mut from = 0;
    let mut out = Vec::new();
    for (surface, entity_type) in mentions {
        let Some(offset) = text[from..].find(surface) else {
            panic!("«{surface}» not found in «{text}» after byte {from}");
        };
        let start = from + offset;
        let end = start + surface.len();
        out.push(Mention {
            span: Span::new(start, end),
            text: (*surface).to_owned(),
            entity_type: *entity_type,
            source: MentionSource::Tagger,
            confidence: marsad_core::Confidence::CERTAIN,
        });
        from = end;
    }
    let mut sentences = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '.' {
            sentences.push(Span::new(start, i + 1));
            start = i + 1;
        }
    }
    if start < text.len() {
        sentences.push(Span::new(start, text.len()));
    }
    Fixture {
        text: text.to_owned(),
        mentions: out,
        sentences,
    }
}

/// Resolves fixtures with the bundled gazetteer.
pub fn resolve_all(fixtures: &[Fixture]) -> Resolution {
    let inputs: Vec<ArticleMentions<'_>> = fixtures
        .iter()
        .enumerate()
        .map(|(i, f)| ArticleMentions {
            article: i,
            text: &f.text,
            mentions: &f.mentions,
            sentences: &f.sentences,
        })
        .collect();
    resolve(&inputs)
}

/// The texts of the fixtures, for corrections that search them.
pub fn texts(fixtures: &[Fixture]) -> Vec<&str> {
    fixtures.iter().map(|f| f.text.as_str()).collect()
}

/// The id of the entity whose name is `name`.
pub fn id_named(resolution: &Resolution, name: &str) -> EntityId {
    match resolution.entities.iter().find(|e| e.name == name) {
        Some(e) => e.id.clone(),
        None => panic!(
            "no entity named «{name}»; have {:?}",
            resolution
                .entities
                .iter()
                .map(|e| &e.name)
                .collect::<Vec<_>>()
        ),
    }
}

/// The name of the entity a mention written `surface` resolved to (first occurrence).
pub fn entity_name_of(resolution: &Resolution, surface: &str) -> String {
    for list in &resolution.articles {
        for m in list {
            if m.mention.text == surface
                && let Some(e) = resolution.entity(&m.entity)
            {
                return e.name.clone();
            }
        }
    }
    panic!("no mention written «{surface}»")
}

/// A compact view of the entities: (name, type, mentions, articles, aliases).
pub fn summary(resolution: &Resolution) -> Vec<(String, EntityType, usize, usize, Vec<String>)> {
    resolution
        .entities
        .iter()
        .map(|e| {
            (
                e.name.clone(),
                e.entity_type,
                e.mention_count,
                e.article_count,
                e.aliases.clone(),
            )
        })
        .collect()
}
