//! Mentions across the corpus become entities.
//!
//! A mention's key is its folded, title- and clitic-free form; the gazetteer
//! maps aliases and variants to one canonical key (سنتكوم → القيادة الوسطى
//! الأمريكية); a person's surname alone joins the one full name ending with
//! it in the same article, or else in the whole corpus when only one does.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use rayon::prelude::*;

use crate::entities::gazetteer::Gazetteer;
use crate::model::{EntityType, Mention, Span};

use super::institutions;
use super::names::{clean_surface, key_of, proclitic_readings};
use super::variants::{NATIVE_NAME_PEOPLE, person_key, transliteration_variants};
use super::{ArticleMentions, Entity, EntityId, Resolution, ResolvedMention};
use crate::entities::names::NameWords;

/// A mention on its way to an entity.
#[derive(Clone)]
struct Prepared {
    surface: String,
    key: String,
    entity_type: EntityType,
}

/// Resolves every article's mentions into corpus entities with the bundled gazetteer.
pub fn resolve(articles: &[ArticleMentions<'_>]) -> Resolution {
    resolve_with(&Gazetteer::bundled(), articles)
}

/// Resolves with a given gazetteer (tests use small ones).
pub fn resolve_with(gazetteer: &Gazetteer, articles: &[ArticleMentions<'_>]) -> Resolution {
    // Mention texts repeat across a corpus: clean and read each distinct one once.
    let mut cleaned_by_text: HashMap<&str, (String, String)> = HashMap::new();
    for m in articles.iter().flat_map(|a| a.mentions) {
        cleaned_by_text.entry(m.text.as_str()).or_insert_with(|| {
            let surface = clean_surface(gazetteer, &m.text);
            let key = key_of(&surface);
            (surface, key)
        });
    }
    let known: HashSet<&str> = cleaned_by_text.values().map(|(_, k)| k.as_str()).collect();

    // Each distinct (text, type) is prepared once; mentions point at it.
    let mut table: Vec<Prepared> = Vec::new();
    let mut index_of: HashMap<(&str, EntityType), u32> = HashMap::new();
    let mut prepared: Vec<Vec<u32>> = Vec::with_capacity(articles.len());
    for article in articles {
        let mut list = Vec::with_capacity(article.mentions.len());
        for mention in article.mentions {
            let Some((surface, key)) = cleaned_by_text.get(mention.text.as_str()) else {
                continue;
            };
            let index = *index_of
                .entry((mention.text.as_str(), mention.entity_type))
                .or_insert_with(|| {
                    table.push(prepare(gazetteer, &known, mention, surface, key));
                    (table.len() - 1) as u32
                });
            list.push(index);
        }
        prepared.push(list);
    }
    join_variants(&mut table, &prepared);
    join_surnames(gazetteer, &mut table, &mut prepared);
    let local_names = localize_institutions(gazetteer, articles, &mut table, &mut prepared);
    vote_types(gazetteer, &mut table, &prepared);

    let mut canonical_names: HashMap<String, String> = local_names;
    let mut ids: Vec<EntityId> = Vec::with_capacity(table.len());
    for p in &table {
        if let Some((canonical, _)) = gazetteer.canonical_of(&p.key) {
            canonical_names
                .entry(p.key.clone())
                .or_insert_with(|| canonical.to_owned());
        }
        ids.push(EntityId::new(p.entity_type, &p.key));
    }
    let out_articles: Vec<Vec<ResolvedMention>> = articles
        .par_iter()
        .zip(prepared)
        .map(|(article, list)| {
            article
                .mentions
                .iter()
                .zip(list)
                .map(|(mention, index)| {
                    let p = &table[index as usize];
                    let mut mention = mention.clone();
                    mention.entity_type = p.entity_type;
                    ResolvedMention {
                        entity: ids[index as usize].clone(),
                        mention,
                        surface: p.surface.clone(),
                    }
                })
                .collect()
        })
        .collect();
    let sentences = articles.iter().map(|a| a.sentences.to_vec()).collect();
    let names = choose_names(&out_articles, &canonical_names);
    build(out_articles, sentences, &names, &BTreeMap::new())
}

fn prepare(
    gazetteer: &Gazetteer,
    known: &HashSet<&str>,
    mention: &Mention,
    surface: &str,
    key: &str,
) -> Prepared {
    let readings = proclitic_readings(surface, key);
    // The form as written wins when it is a name; else the first stripped
    // reading that is a known name; else the form as written.
    let chosen = readings
        .iter()
        .enumerate()
        .find(|(i, r)| {
            gazetteer.canonical_of(&r.key).is_some() || (*i > 0 && known.contains(r.key.as_str()))
        })
        .map_or(0, |(i, _)| i);
    // The gazetteer also knows «لنجم» as النجم; then the reading with the
    // article's alef back is the form to show.
    let with_alef = format!("ا{key}");
    let lam_remnant = gazetteer.canonical_of(key).is_some()
        && gazetteer.canonical_of(&with_alef) == gazetteer.canonical_of(key);
    let chosen = if lam_remnant {
        readings
            .iter()
            .position(|r| r.key == with_alef)
            .unwrap_or(0)
    } else if gazetteer.canonical_of(key).is_some() {
        0
    } else {
        chosen
    };
    let reading = readings.get(chosen).or(readings.first());
    let (surface, key) = reading.map_or_else(
        || (surface.to_owned(), key.to_owned()),
        |r| (r.surface.clone(), r.key.clone()),
    );
    let (key, entity_type) = match gazetteer.canonical_of(&key) {
        Some((canonical, entity_type)) => (key_of(canonical), entity_type),
        None => (key, mention.entity_type),
    };
    Prepared {
        surface,
        key: entity_key(&key, entity_type),
        entity_type,
    }
}

/// The key an entity of `entity_type` is filed under: a person's compound
/// given names are one word in it (عبد الله and عبدالله are one person).
fn entity_key(key: &str, entity_type: EntityType) -> String {
    if entity_type == EntityType::Pers {
        person_key(key)
    } else {
        key.to_owned()
    }
}

/// A person's name spelled two ways by transliteration (ترامب, ترمب) is one
/// person, under the commoner spelling.
fn join_variants(table: &mut [Prepared], prepared: &[Vec<u32>]) {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for &index in prepared.iter().flatten() {
        if let Some(p) = table.get(index as usize)
            && p.entity_type == EntityType::Pers
        {
            *counts.entry(p.key.clone()).or_default() += 1;
        }
    }
    let variants = transliteration_variants(&counts, &NameWords::bundled());
    for p in table.iter_mut() {
        if p.entity_type == EntityType::Pers
            && let Some(head) = variants.get(&p.key)
        {
            p.key.clone_from(head);
        }
    }
}

/// A generic institution (البرلمان، وزارة الداخلية) is filed under its
/// article's country where the article says which, and kept to its article
/// where it does not; returns the display names of the country-filed keys.
fn localize_institutions(
    gazetteer: &Gazetteer,
    articles: &[ArticleMentions<'_>],
    table: &mut Vec<Prepared>,
    prepared: &mut [Vec<u32>],
) -> HashMap<String, String> {
    let generic: Vec<bool> = table
        .iter()
        .map(|p| institutions::is_generic(&p.key, p.entity_type, gazetteer))
        .collect();
    let mut names = HashMap::new();
    let mut localized: HashMap<(u32, String), u32> = HashMap::new();
    // Named with the country's adjective: filed under that country.
    for slot in prepared.iter_mut().flatten() {
        let from = table[*slot as usize].clone();
        // An entity the lists know keeps its canonical (البنتاغون).
        if from.entity_type != EntityType::Org || gazetteer.canonical_of(&from.key).is_some() {
            continue;
        }
        let Some((rest, surface, country)) =
            institutions::with_country_adjective(&from.key, &from.surface, gazetteer)
        else {
            continue;
        };
        let local = institutions::localize(rest, surface, Some(&country), 0);
        if let Some(name) = local.name {
            names.entry(local.key.clone()).or_insert(name);
        }
        *slot = *localized
            .entry((*slot, local.key))
            .or_insert_with_key(|(_, key)| {
                let mut p = from.clone();
                p.key.clone_from(key);
                table.push(p);
                (table.len() - 1) as u32
            });
    }
    if !generic.contains(&true) {
        return names;
    }
    let needed: Vec<bool> = prepared
        .iter()
        .map(|list| {
            list.iter()
                .any(|slot| generic.get(*slot as usize).copied().unwrap_or(false))
        })
        .collect();
    let countries = institutions::countries(articles, &needed, gazetteer);
    for (a, list) in prepared.iter_mut().enumerate() {
        for slot in list.iter_mut() {
            if !generic.get(*slot as usize).copied().unwrap_or(false) {
                continue;
            }
            let from = table[*slot as usize].clone();
            let country = countries.get(a).and_then(Option::as_deref);
            let local = institutions::localize(&from.key, &from.surface, country, a);
            if let Some(name) = local.name {
                names.entry(local.key.clone()).or_insert(name);
            }
            *slot = *localized
                .entry((*slot, local.key))
                .or_insert_with_key(|(_, key)| {
                    let mut p = from.clone();
                    p.key.clone_from(key);
                    table.push(p);
                    (table.len() - 1) as u32
                });
        }
    }
    names
}

/// One name, one type across the corpus: the tagger reads each occurrence on
/// its own and sometimes calls a company a person or a club a place, which
/// would split one name into several entities. When one type holds a strict
/// majority of a name's mentions, every mention of that name takes it; a
/// tie keeps them apart (a real ambiguity the analyst can settle). Names the
/// gazetteer knows already carry its type and do not vote.
fn vote_types(gazetteer: &Gazetteer, table: &mut [Prepared], prepared: &[Vec<u32>]) {
    let mut votes: HashMap<&str, [usize; 4]> = HashMap::new();
    for &index in prepared.iter().flatten() {
        let Some(p) = table.get(index as usize) else {
            continue;
        };
        if gazetteer.canonical_of(&p.key).is_some() {
            continue;
        }
        if let Some(slot) = votes
            .entry(p.key.as_str())
            .or_default()
            .get_mut(type_index(p.entity_type))
        {
            *slot += 1;
        }
    }
    let winners: HashMap<String, EntityType> = votes
        .into_iter()
        .filter_map(|(key, counts)| {
            let total: usize = counts.iter().sum();
            let (best, count) = counts
                .iter()
                .enumerate()
                .max_by_key(|(_, c)| **c)
                .map(|(i, c)| (i, *c))?;
            (count < total && count * 2 > total)
                .then(|| EntityType::ALL.get(best).map(|t| (key.to_owned(), *t)))
                .flatten()
        })
        .collect();
    for p in table.iter_mut() {
        if let Some(t) = winners.get(&p.key) {
            p.entity_type = *t;
        }
    }
}

fn type_index(t: EntityType) -> usize {
    EntityType::ALL.iter().position(|x| *x == t).unwrap_or(0)
}

/// A short name that may stand for a longer one: one word, or a compound
/// surname (عبد العاطي، أبو مازن، بن سلمان).
fn is_surname_like(key: &str) -> bool {
    let words: Vec<&str> = key.split(' ').collect();
    match words.as_slice() {
        [_] => true,
        [first, _] => matches!(*first, "عبد" | "ابو" | "بن" | "ولد" | "ال"),
        _ => false,
    }
}

/// Words that make what follows a father's or forebear's name (محمد بن
/// سلمان is the son; سلمان alone is not him).
const PATRONYMIC: [&str; 4] = ["بن", "ابن", "بنت", "ولد"];

/// True when `full` ends with the words of `short`, and `short` is not the
/// father's name in a patronymic (بن سلمان).
fn ends_with_words(full: &str, short: &str) -> bool {
    let Some(before) = full
        .strip_suffix(short)
        .and_then(|rest| rest.strip_suffix(' '))
    else {
        return false;
    };
    !PATRONYMIC.contains(&before.rsplit(' ').next().unwrap_or_default())
}

/// Word suffixes of a full name a short name may stand for: its last word
/// and its last two words (for عبد العاطي and the like), not a father's name.
fn name_suffixes(full: &str) -> impl Iterator<Item = &str> {
    let spaces: Vec<usize> = full.match_indices(' ').map(|(i, _)| i).collect();
    spaces
        .into_iter()
        .rev()
        .take(2)
        .map(move |i| &full[i + 1..])
        .filter(move |suffix| ends_with_words(full, suffix))
}

/// Share of the mentions of the full names a bare surname may stand for that
/// the commonest of them must hold for the surname to join it corpus-wide
/// (ترامب alone is Donald Trump, the others of his family are rare).
const DOMINANT_SHARE: f64 = 0.75;

/// The full name, among `candidates`, a bare surname stands for across the
/// corpus: the only one, or the one far more often mentioned than the rest.
fn dominant<'a>(candidates: &BTreeSet<&'a str>, counts: &HashMap<&str, usize>) -> Option<&'a str> {
    let count = |k: &str| counts.get(k).copied().unwrap_or(0);
    let total: usize = candidates.iter().map(|k| count(k)).sum();
    let best = candidates
        .iter()
        .copied()
        .max_by_key(|k| (count(k), std::cmp::Reverse(*k)))?;
    (candidates.len() == 1 || count(best) as f64 >= DOMINANT_SHARE * total as f64).then_some(best)
}

fn join_surnames(gazetteer: &Gazetteer, table: &mut Vec<Prepared>, prepared: &mut [Vec<u32>]) {
    let full_keys: Vec<BTreeSet<&str>> = prepared
        .iter()
        .map(|list| {
            list.iter()
                .map(|&i| &table[i as usize])
                .filter(|p| p.entity_type == EntityType::Pers && p.key.contains(' '))
                .map(|p| p.key.as_str())
                .collect()
        })
        .collect();
    let mut corpus_index: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for &key in full_keys.iter().flatten() {
        for suffix in name_suffixes(key) {
            corpus_index.entry(suffix).or_default().insert(key);
        }
    }
    // Family names come first in Korean, Chinese and Vietnamese names (كيم
    // جونغ أون, شي جين بينغ): the foreign first word of a name of three
    // words may stand for it alone (not مايك for مايك بومبيو: a given name).
    let names = NameWords::bundled();
    let is_foreign_first = |word: &str| {
        let n = names.get(word);
        n.given + n.family < NATIVE_NAME_PEOPLE
    };
    let mut first_index: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for &key in full_keys.iter().flatten() {
        if let Some((first, _)) = key.split_once(' ')
            && key.split(' ').count() >= 3
            && is_foreign_first(first)
        {
            first_index.entry(first).or_default().insert(key);
        }
    }
    let mut full_counts: HashMap<&str, usize> = HashMap::new();
    for &index in prepared.iter().flatten() {
        let p = &table[index as usize];
        if p.entity_type == EntityType::Pers && p.key.contains(' ') {
            *full_counts.entry(p.key.as_str()).or_default() += 1;
        }
    }
    // Whether a prepared name may be a surname at all, decided once per name.
    let surname_like: Vec<bool> = table
        .iter()
        .map(|p| {
            p.entity_type == EntityType::Pers
                && is_surname_like(&p.key)
                // A name the gazetteer knows as something else is not a surname.
                && gazetteer
                    .canonical_of(&p.key)
                    .is_none_or(|(_, t)| t == EntityType::Pers)
        })
        .collect();
    let mut joins: Vec<(usize, usize, String)> = Vec::new();
    for (a, list) in prepared.iter().enumerate() {
        for (m, &index) in list.iter().enumerate() {
            if !surname_like[index as usize] {
                continue;
            }
            let key = table[index as usize].key.as_str();
            let in_article: Vec<&str> = full_keys
                .get(a)
                .map(|keys| {
                    keys.iter()
                        .copied()
                        .filter(|k| ends_with_words(k, key))
                        .collect()
                })
                .unwrap_or_default();
            let target = match in_article.as_slice() {
                [only] => Some((*only).to_owned()),
                [] => corpus_index
                    .get(key)
                    .and_then(|set| dominant(set, &full_counts))
                    .or_else(|| {
                        let set = first_index.get(key)?;
                        let here: BTreeSet<&str> = full_keys
                            .get(a)?
                            .iter()
                            .copied()
                            .filter(|k| set.contains(k))
                            .collect();
                        match here.len() {
                            1 => here.first().copied(),
                            0 => dominant(set, &full_counts),
                            _ => None,
                        }
                    })
                    .map(str::to_owned),
                _ => None,
            };
            if let Some(target) = target {
                joins.push((a, m, target));
            }
        }
    }
    // A joined mention gets a prepared entry of its own, with the full name's key.
    let mut joined: HashMap<(u32, String), u32> = HashMap::new();
    for (a, m, target) in joins {
        let Some(slot) = prepared.get_mut(a).and_then(|l| l.get_mut(m)) else {
            continue;
        };
        let from = *slot;
        *slot = *joined
            .entry((from, target))
            .or_insert_with_key(|(from, target)| {
                let mut p = table[*from as usize].clone();
                p.key.clone_from(target);
                table.push(p);
                (table.len() - 1) as u32
            });
    }
}

/// The display name of each entity: its most frequent full form as written
/// (a form whose key is the entity's key), else the gazetteer's canonical,
/// else its most frequent longest form.
fn choose_names(
    articles: &[Vec<ResolvedMention>],
    canonical: &HashMap<String, String>,
) -> BTreeMap<EntityId, String> {
    let mut counts: BTreeMap<&EntityId, BTreeMap<&str, usize>> = BTreeMap::new();
    for m in articles.iter().flatten() {
        *counts
            .entry(&m.entity)
            .or_default()
            .entry(m.surface.as_str())
            .or_default() += 1;
    }
    let mut names = BTreeMap::new();
    for (id, surfaces) in counts {
        let key = id.key();
        let best = |filter: &dyn Fn(&str) -> bool| {
            surfaces
                .iter()
                .filter(|(s, _)| filter(s))
                .max_by(|(a, ca), (b, cb)| {
                    ca.cmp(cb)
                        .then(a.chars().count().cmp(&b.chars().count()))
                        .then(b.cmp(a))
                })
                .map(|(s, _)| (*s).to_owned())
        };
        let entity_type = id.entity_type().unwrap_or(EntityType::Misc);
        let name = best(&|s| entity_key(&key_of(s), entity_type) == key)
            .or_else(|| canonical.get(key).cloned())
            .or_else(|| {
                let most_words = surfaces
                    .keys()
                    .map(|s| s.split_whitespace().count())
                    .max()
                    .unwrap_or(0);
                best(&|s| s.split_whitespace().count() == most_words)
            })
            .unwrap_or_else(|| key.to_owned());
        names.insert(id.clone(), name);
    }
    names
}

/// What corrections may override per entity.
#[derive(Clone, Debug, Default)]
pub(crate) struct Overrides {
    pub(crate) name: Option<String>,
    pub(crate) entity_type: Option<EntityType>,
    pub(crate) hidden: bool,
}

/// Assembles entities (counts, aliases, order) from resolved mentions.
pub(crate) fn build(
    mut articles: Vec<Vec<ResolvedMention>>,
    sentences: Vec<Vec<Span>>,
    names: &BTreeMap<EntityId, String>,
    overrides: &BTreeMap<EntityId, Overrides>,
) -> Resolution {
    struct Acc<'a> {
        types: BTreeMap<EntityType, usize>,
        surfaces: std::collections::BTreeSet<&'a str>,
        mentions: usize,
        articles: usize,
        last_article: Option<usize>,
    }
    for list in &mut articles {
        list.sort_by_key(|m| (m.mention.span.start, m.mention.span.end));
    }
    let mut acc: BTreeMap<&EntityId, Acc<'_>> = BTreeMap::new();
    for (a, list) in articles.iter().enumerate() {
        for m in list {
            let e = acc.entry(&m.entity).or_insert_with(|| Acc {
                types: BTreeMap::new(),
                surfaces: std::collections::BTreeSet::new(),
                mentions: 0,
                articles: 0,
                last_article: None,
            });
            *e.types.entry(m.mention.entity_type).or_default() += 1;
            e.surfaces.insert(m.surface.as_str());
            e.mentions += 1;
            if e.last_article != Some(a) {
                e.articles += 1;
                e.last_article = Some(a);
            }
        }
    }
    let mut entities: Vec<Entity> = acc
        .into_iter()
        .map(|(id, e)| {
            let o = overrides.get(id).cloned().unwrap_or_default();
            let name = o
                .name
                .or_else(|| names.get(id).cloned())
                .unwrap_or_else(|| id.key().to_owned());
            let entity_type = o.entity_type.unwrap_or_else(|| {
                // Most frequent mention type; ties go to the id's own type.
                let own = id.entity_type();
                e.types
                    .iter()
                    .max_by(|(ta, ca), (tb, cb)| {
                        ca.cmp(cb)
                            .then((Some(**ta) == own).cmp(&(Some(**tb) == own)))
                    })
                    .map_or(EntityType::Misc, |(t, _)| *t)
            });
            let aliases = e
                .surfaces
                .iter()
                .filter(|s| **s != name)
                .map(|s| (*s).to_owned())
                .collect();
            Entity {
                id: id.clone(),
                entity_type,
                name,
                aliases,
                mention_count: e.mentions,
                article_count: e.articles,
                hidden: o.hidden,
            }
        })
        .collect();
    entities.sort_by(|a, b| {
        b.mention_count
            .cmp(&a.mention_count)
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.id.cmp(&b.id))
    });
    Resolution {
        entities,
        articles,
        sentences,
    }
}
