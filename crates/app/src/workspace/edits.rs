//! The analyst's edits to the work a workspace keeps: notes, tags, reference dates and
//! reading directions.
//! The app applies them as commands and counts each one as an edit.

use std::collections::BTreeMap;

use marsad_core::time::Prefer;
use marsad_storage::{TagDef, Tags};

use super::Session;
use crate::model::Model;

/// Whose note or tags a command is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Annotated {
    /// An article, by path.
    Article(String),
    /// An entity, by its stable id.
    Entity(String),
}

impl Session {
    /// Sets the note on an article or an entity; an empty one is no note at all.
    pub fn set_note(&mut self, target: &Annotated, text: String) {
        let notes = &mut self.doc.notes;
        let (map, key) = match target {
            Annotated::Article(path) => (&mut notes.articles, path),
            Annotated::Entity(id) => (&mut notes.entities, id),
        };
        if text.trim().is_empty() {
            map.remove(key);
        } else {
            map.insert(key.clone(), text);
        }
    }

    /// Puts `tag` on an article or an entity (`on`), or takes it off.
    pub fn tag(&mut self, target: &Annotated, tag: &str, on: bool) {
        let tags = &mut self.doc.tags;
        let (assigned, key) = match target {
            Annotated::Article(path) => (&mut tags.articles, path),
            Annotated::Entity(id) => (&mut tags.entities, id),
        };
        if on {
            assigned
                .entry(key.clone())
                .or_default()
                .insert(tag.to_owned());
        } else if let Some(set) = assigned.get_mut(key) {
            set.remove(tag);
            if set.is_empty() {
                assigned.remove(key);
            }
        }
    }

    /// Defines a tag, or gives an existing one a new colour.
    pub fn define_tag(&mut self, name: &str, colour: [u8; 3]) {
        let name = name.trim();
        if !name.is_empty() {
            self.doc
                .tags
                .definitions
                .insert(name.to_owned(), TagDef { colour });
        }
    }

    /// Removes a tag's definition, every use of it, and the list's filter on it.
    pub fn delete_tag(&mut self, model: &mut Model, name: &str) {
        delete_tag(&mut self.doc.tags, name);
        model.settings.filters.tags.remove(name);
    }

    /// Sets (`Some`) or clears the reference date of an article (`Some` path) or of the
    /// folder; a date that is not a real `YYYY-MM-DD` day is refused (false).
    pub fn set_reference(&mut self, article: Option<&str>, date: Option<&str>) -> bool {
        let date = match date.map(str::trim) {
            Some(day) if crate::model::parse_day(day).is_none() => return false,
            day => day.map(str::to_owned),
        };
        match article {
            Some(path) => set_or_remove(&mut self.doc.reference_dates, path, date),
            None => self.doc.folder_reference_date = date,
        }
        true
    }

    /// Sets (`Some`) or clears the reading direction of an article (`Some` path) or of
    /// the folder; false when it was so already.
    pub fn set_reading_direction(&mut self, article: Option<&str>, prefer: Option<Prefer>) -> bool {
        let doc = &mut self.doc;
        let before = (
            article.and_then(|path| doc.reading_directions.get(path).copied()),
            doc.folder_reading_direction,
        );
        match article {
            Some(path) => set_or_remove(&mut doc.reading_directions, path, prefer),
            None => doc.folder_reading_direction = prefer,
        }
        let after = (
            article.and_then(|path| doc.reading_directions.get(path).copied()),
            doc.folder_reading_direction,
        );
        before != after
    }
}

fn set_or_remove<V>(map: &mut BTreeMap<String, V>, key: &str, value: Option<V>) {
    match value {
        Some(value) => {
            map.insert(key.to_owned(), value);
        }
        None => {
            map.remove(key);
        }
    }
}

/// Removes a tag's definition and every use of it.
fn delete_tag(tags: &mut Tags, name: &str) {
    tags.definitions.remove(name);
    for assigned in [&mut tags.articles, &mut tags.entities, &mut tags.events] {
        assigned.retain(|_, set| {
            set.remove(name);
            !set.is_empty()
        });
    }
}
