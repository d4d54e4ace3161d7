//! Parsing the TSV lists and building the lookup tables and the automaton.

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, MatchKind, StartKind};

use crate::model::EntityType;
use crate::text::fold::fold_key;

use super::GazetteerError;
use super::scan::Openings;

/// What an entry names: an entity of some type, or a title introducing a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Entity(EntityType),
    Title,
}

/// One distinct folded surface form and what it resolves to.
#[derive(Clone, Debug)]
pub(super) struct Entry {
    pub(super) kind: Kind,
    /// Canonical name as written in the list (empty for titles).
    pub(super) canonical: String,
}

/// One automaton pattern: which entry it stands for and whether it is the
/// contracted form an ال-initial entry takes after the preposition ل
/// (للولايات = ل + الولايات, written without the alef).
#[derive(Clone, Copy, Debug)]
pub(super) struct Pattern {
    pub(super) entry: u32,
    pub(super) after_lam: bool,
    /// The entry's key begins with the article ال.
    pub(super) has_article: bool,
}

/// What a single folded word contributes, for tagger features.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordRoles {
    /// Type of an entry that is exactly this word.
    pub single: Option<EntityType>,
    /// Type of a multi-word entry this word begins.
    pub begin: Option<EntityType>,
    /// Type of a multi-word entry this word continues.
    pub inside: Option<EntityType>,
}

/// Everything the gazetteer holds once built.
pub(super) struct Tables {
    pub(super) entries: Vec<Entry>,
    pub(super) by_key: HashMap<String, u32>,
    pub(super) patterns: Vec<Pattern>,
    pub(super) automaton: Option<AhoCorasick>,
    /// The patterns' first characters, to skip the automaton where none can match.
    pub(super) openings: Openings,
    pub(super) words: HashMap<String, WordRoles>,
    pub(super) title_words: HashSet<String>,
    pub(super) demonyms: HashMap<String, String>,
    /// Folded canonical names of the countries list's entries.
    pub(super) countries: HashSet<String>,
}

/// One parsed line of a list.
struct Line<'a> {
    surface: &'a str,
    kind: Kind,
    canonical: &'a str,
}

fn parse_line<'a>(
    source: &str,
    number: usize,
    line: &'a str,
) -> Result<Option<Line<'a>>, GazetteerError> {
    let line = line.trim_end_matches('\r');
    if line.trim().is_empty() || line.starts_with('#') {
        return Ok(None);
    }
    let bad = |why: &str| GazetteerError::BadLine {
        file: source.to_owned(),
        line: number,
        why: why.to_owned(),
    };
    let mut fields = line.split('\t');
    let surface = fields.next().map(str::trim).unwrap_or_default();
    let type_field = fields
        .next()
        .map(str::trim)
        .ok_or_else(|| bad("missing type column"))?;
    let canonical = fields.next().map_or("", str::trim);
    if fields.next().is_some() {
        return Err(bad("more than three columns"));
    }
    if surface.is_empty() {
        return Err(bad("empty surface form"));
    }
    let kind = if type_field == "TITLE" {
        Kind::Title
    } else {
        Kind::Entity(EntityType::from_tag(type_field).ok_or_else(|| bad("unknown type"))?)
    };
    if matches!(kind, Kind::Entity(_)) && canonical.is_empty() {
        return Err(bad("entity without a canonical name"));
    }
    Ok(Some(Line {
        surface,
        kind,
        canonical,
    }))
}

/// Collapses whitespace runs to one space, as the scanner does with the text.
pub(super) fn squash_spaces(folded: &str) -> String {
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The forms a base nisba adjective takes: ال, feminine, plurals.
fn demonym_forms(base: &str) -> Vec<String> {
    let mut forms = Vec::with_capacity(10);
    for suffix in ["", "ه", "ون", "ين", "ات"] {
        let form = format!("{base}{suffix}");
        forms.push(format!("ال{form}"));
        forms.push(form);
    }
    forms
}

#[derive(Default)]
pub(super) struct Builder {
    entries: Vec<Entry>,
    by_key: HashMap<String, u32>,
    demonyms: HashMap<String, String>,
    countries: HashSet<String>,
    strict: bool,
}

impl Builder {
    pub(super) fn new(strict: bool) -> Self {
        Self {
            strict,
            ..Self::default()
        }
    }

    /// Adds one list; `name` is the file name, which decides demonym handling.
    pub(super) fn add_source(&mut self, name: &str, text: &str) -> Result<(), GazetteerError> {
        let is_demonyms = name.starts_with("demonyms");
        for (index, raw) in text.lines().enumerate() {
            let line = match parse_line(name, index + 1, raw) {
                Ok(Some(line)) => line,
                Err(error) if self.strict => return Err(error),
                Ok(None) | Err(_) => continue,
            };
            if is_demonyms {
                for form in demonym_forms(&fold_key(line.surface)) {
                    self.demonyms
                        .entry(form)
                        .or_insert_with(|| line.canonical.to_owned());
                }
                continue;
            }
            if name.starts_with("countries") {
                self.countries.insert(fold_key(line.canonical));
            }
            self.add_entry(name, index + 1, &line)?;
        }
        Ok(())
    }

    fn add_entry(
        &mut self,
        source: &str,
        number: usize,
        line: &Line<'_>,
    ) -> Result<(), GazetteerError> {
        let key = squash_spaces(&fold_key(line.surface));
        if key.is_empty() {
            return Ok(());
        }
        if let Some(&existing) = self.by_key.get(&key) {
            let Some(old) = self.entries.get(existing as usize) else {
                return Ok(());
            };
            let same =
                old.kind == line.kind && fold_key(&old.canonical) == fold_key(line.canonical);
            if !same && self.strict {
                return Err(GazetteerError::Conflict {
                    file: source.to_owned(),
                    line: number,
                    surface: line.surface.to_owned(),
                });
            }
            return Ok(());
        }
        let id = self.entries.len() as u32;
        self.entries.push(Entry {
            kind: line.kind,
            canonical: line.canonical.to_owned(),
        });
        self.by_key.insert(key, id);
        Ok(())
    }

    pub(super) fn finish(self) -> Tables {
        let mut keys: Vec<(&String, u32)> = self.by_key.iter().map(|(k, &v)| (k, v)).collect();
        // Sorted so pattern ids, and so tie-breaking, never depend on hash order.
        keys.sort();
        let mut texts: Vec<String> = Vec::with_capacity(keys.len() * 2);
        let mut patterns = Vec::with_capacity(keys.len() * 2);
        let mut words: HashMap<String, WordRoles> = HashMap::new();
        let mut title_words = HashSet::new();
        for &(key, entry) in &keys {
            let has_article = key.starts_with("ال");
            texts.push(key.clone());
            patterns.push(Pattern {
                entry,
                after_lam: false,
                has_article,
            });
            if let Some(rest) = key.strip_prefix("ال")
                && !rest.is_empty()
            {
                texts.push(format!("ل{rest}"));
                patterns.push(Pattern {
                    entry,
                    after_lam: true,
                    has_article,
                });
            }
            let Some(kind) = self.entries.get(entry as usize).map(|e| e.kind) else {
                continue;
            };
            match kind {
                Kind::Title => {
                    if let Some(first) = key.split(' ').next() {
                        title_words.insert(first.to_owned());
                    }
                }
                Kind::Entity(ty) => note_words(&mut words, key, ty),
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&texts)
            .ok();
        let openings = Openings::new(&texts);
        Tables {
            entries: self.entries,
            by_key: self.by_key,
            patterns,
            automaton,
            openings,
            words,
            title_words,
            demonyms: self.demonyms,
            countries: self.countries,
        }
    }
}

fn note_words(words: &mut HashMap<String, WordRoles>, key: &str, ty: EntityType) {
    let parts: Vec<&str> = key.split(' ').collect();
    if let [only] = parts.as_slice() {
        words
            .entry((*only).to_owned())
            .or_default()
            .single
            .get_or_insert(ty);
        return;
    }
    for (i, part) in parts.iter().enumerate() {
        let roles = words.entry((*part).to_owned()).or_default();
        if i == 0 {
            roles.begin.get_or_insert(ty);
        } else {
            roles.inside.get_or_insert(ty);
        }
    }
}
