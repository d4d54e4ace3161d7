//! Generic institutions (البرلمان، وزارة الداخلية) across a corpus: each
//! country has one, so a bare mention is filed under the country its article
//! is about, where the article says which, and kept to its own article where
//! it does not, instead of gathering every country's parliament into one.

use std::collections::BTreeMap;

use crate::entities::gazetteer::Gazetteer;
use crate::entities::institutions::is_generic_institution;
use crate::model::EntityType;
use rayon::prelude::*;

use crate::text::chars;
use crate::text::fold::fold_key_into;

use super::ArticleMentions;
use super::names::key_of;

/// Signals (country mentions and country adjectives) an article needs before
/// its country is taken as known.
const MIN_SIGNALS: usize = 2;

/// The country an article is about: the country named (or given as an
/// adjective: العراقي) most often in it, when that is at least two times and
/// more than half of all such signals.
pub(crate) fn article_country(
    article: &ArticleMentions<'_>,
    gazetteer: &Gazetteer,
) -> Option<String> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for mention in article.mentions {
        if mention.entity_type != EntityType::Loc {
            continue;
        }
        if let Some((canonical, EntityType::Loc)) = gazetteer.canonical_of(&key_of(&mention.text))
            && gazetteer.is_country(canonical)
        {
            *counts.entry(canonical.to_owned()).or_default() += 1;
        }
    }
    let mut folded = String::new();
    for word in article.text.split(|c: char| !chars::is_alphabetic(c)) {
        if word.len() < 6 {
            continue;
        }
        fold_key_into(word, &mut folded);
        if let Some(country) = gazetteer.demonym_country(&folded)
            && gazetteer.is_country(country)
        {
            *counts.entry(country.to_owned()).or_default() += 1;
        }
    }
    let total: usize = counts.values().sum();
    let (country, &best) = counts.iter().max_by_key(|(_, n)| **n)?;
    (best >= MIN_SIGNALS && best * 2 > total).then(|| country.clone())
}

/// What a generic institution's mention in an article is filed under: its
/// key and, for the display, its name.
pub(crate) struct Localized {
    pub(crate) key: String,
    pub(crate) name: Option<String>,
}

/// The key of a generic institution's mention in an article about
/// `country` (`None`: the article does not say which), with the name to show.
pub(crate) fn localize(
    key: &str,
    surface: &str,
    country: Option<&str>,
    article: usize,
) -> Localized {
    match country {
        Some(country) => Localized {
            key: format!("{key} ({})", key_of(country)),
            name: Some(format!("{surface} ({country})")),
        },
        None => Localized {
            key: format!("{key} #{article}"),
            name: None,
        },
    }
}

/// A generic institution named with its country's adjective (البرلمان
/// العراقي, وزارة الخارجية الأمريكية): the key and surface without the
/// adjective, and the country, so it files with the bare mentions of
/// articles about that country («البرلمان (العراق)»).
pub(crate) fn with_country_adjective<'a>(
    key: &'a str,
    surface: &'a str,
    gazetteer: &Gazetteer,
) -> Option<(&'a str, &'a str, String)> {
    let (rest, adjective) = key.rsplit_once(' ')?;
    let country = gazetteer.demonym_country(adjective)?;
    if !gazetteer.is_country(country) || !is_generic_institution(rest, gazetteer) {
        return None;
    }
    let bare_surface = surface.rsplit_once(' ').map_or(surface, |(head, _)| head);
    Some((rest, bare_surface, country.to_owned()))
}

/// True when an organization key is a generic institution's.
pub(crate) fn is_generic(key: &str, entity_type: EntityType, gazetteer: &Gazetteer) -> bool {
    entity_type == EntityType::Org && is_generic_institution(key, gazetteer)
}

/// Countries of the articles `needed` says (those with a generic institution), once
/// each, in parallel: reading a country means reading the article's whole text.
pub(crate) fn countries(
    articles: &[ArticleMentions<'_>],
    needed: &[bool],
    gazetteer: &Gazetteer,
) -> Vec<Option<String>> {
    articles
        .par_iter()
        .enumerate()
        .map(|(i, a)| {
            if needed.get(i).copied().unwrap_or(false) {
                article_country(a, gazetteer)
            } else {
                None
            }
        })
        .collect()
}
