//! BIO tags over the four ANERcorp types, and chunking tag sequences into entities.

use std::fmt;

use crate::EntityType;

/// Number of distinct tags: `O` plus `B-` and `I-` for each of the four types.
pub const TAG_COUNT: usize = 9;

/// A BIO tag, kept as a small index so score tables can be flat arrays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tag(u8);

fn type_index(entity_type: EntityType) -> u8 {
    match entity_type {
        EntityType::Pers => 0,
        EntityType::Org => 1,
        EntityType::Loc => 2,
        EntityType::Misc => 3,
    }
}

impl Tag {
    /// Outside any entity.
    pub const O: Tag = Tag(0);

    /// Every tag, in index order.
    pub fn all() -> impl Iterator<Item = Tag> {
        (0..TAG_COUNT as u8).map(Tag)
    }

    /// The tag opening an entity of `entity_type`.
    pub fn begin(entity_type: EntityType) -> Tag {
        Tag(1 + 2 * type_index(entity_type))
    }

    /// The tag continuing an entity of `entity_type`.
    pub fn inside(entity_type: EntityType) -> Tag {
        Tag(2 + 2 * type_index(entity_type))
    }

    /// Position of this tag in score tables (`0..TAG_COUNT`).
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The tag at `index`, if it is in range.
    pub fn from_index(index: usize) -> Option<Tag> {
        (index < TAG_COUNT).then_some(Tag(index as u8))
    }

    /// The entity type of a `B-`/`I-` tag; `None` for `O`.
    pub fn entity_type(self) -> Option<EntityType> {
        match self.0 {
            0 => None,
            n => EntityType::ALL.get(usize::from((n - 1) / 2)).copied(),
        }
    }

    /// True for `B-` tags.
    pub fn is_begin(self) -> bool {
        !self.0.is_multiple_of(2)
    }

    /// True for `I-` tags.
    pub fn is_inside(self) -> bool {
        self.0 != 0 && self.0.is_multiple_of(2)
    }

    /// Parses `O`, `B-PERS`, `I-LOC`, … (also `B-PER`); `None` for anything else.
    pub fn parse(text: &str) -> Option<Tag> {
        if text == "O" {
            return Some(Tag::O);
        }
        let (prefix, suffix) = text.split_once('-')?;
        let entity_type = EntityType::from_tag(suffix)?;
        match prefix {
            "B" => Some(Tag::begin(entity_type)),
            "I" => Some(Tag::inside(entity_type)),
            _ => None,
        }
    }

    /// Whether this tag may follow `previous` (`None` at a sentence start) in a
    /// well-formed BIO sequence: an `I-X` only continues a `B-X` or `I-X`.
    pub fn may_follow(self, previous: Option<Tag>) -> bool {
        if !self.is_inside() {
            return true;
        }
        previous.is_some_and(|p| p != Tag::O && p.entity_type() == self.entity_type())
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.entity_type() {
            None => f.write_str("O"),
            Some(t) if self.is_begin() => write!(f, "B-{t}"),
            Some(t) => write!(f, "I-{t}"),
        }
    }
}

/// Rewrites an `I-X` that does not continue an `X` entity into `B-X`, as
/// ANERcorp sometimes opens entities with `I-`.
pub fn normalize_bio(tags: &mut [Tag]) {
    let mut previous = None;
    for tag in tags.iter_mut() {
        if !tag.may_follow(previous)
            && let Some(entity_type) = tag.entity_type()
        {
            *tag = Tag::begin(entity_type);
        }
        previous = Some(*tag);
    }
}

/// An entity as a half-open range of token indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Chunk {
    /// First token of the entity.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The entity's type.
    pub entity_type: EntityType,
}

/// Groups a tag sequence into entities with the CoNLL (`conlleval`) rules: an
/// entity starts at a `B-X`, or at an `I-X` that does not continue an `X`, and
/// runs over the following `I-X` tags.
pub fn chunks(tags: &[Tag]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut open: Option<Chunk> = None;
    for (i, &tag) in tags.iter().enumerate() {
        let continues =
            tag.is_inside() && open.is_some_and(|c| Some(c.entity_type) == tag.entity_type());
        if continues {
            continue;
        }
        if let Some(mut chunk) = open.take() {
            chunk.end = i;
            out.push(chunk);
        }
        if let Some(entity_type) = tag.entity_type() {
            open = Some(Chunk {
                start: i,
                end: i + 1,
                entity_type,
            });
        }
    }
    if let Some(mut chunk) = open {
        chunk.end = tags.len();
        out.push(chunk);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(text: &str) -> Vec<Tag> {
        text.split_whitespace().filter_map(Tag::parse).collect()
    }

    #[test]
    fn tags_round_trip_through_text() {
        for tag in Tag::all() {
            assert_eq!(Tag::parse(&tag.to_string()), Some(tag));
        }
        assert_eq!(Tag::parse("B-PER"), Some(Tag::begin(EntityType::Pers)));
        assert_eq!(Tag::parse("X-LOC"), None);
        assert_eq!(Tag::parse("B-DATE"), None);
    }

    #[test]
    fn chunks_follow_conll_rules() {
        use EntityType::{Loc, Org, Pers};
        type Expected = &'static [(usize, usize, EntityType)];
        let cases: &[(&str, Expected)] = &[
            ("O O O", &[]),
            ("B-PERS I-PERS O B-LOC", &[(0, 2, Pers), (3, 4, Loc)]),
            ("I-ORG I-ORG O", &[(0, 2, Org)]),
            ("B-LOC I-ORG", &[(0, 1, Loc), (1, 2, Org)]),
            ("B-LOC B-LOC I-LOC", &[(0, 1, Loc), (1, 3, Loc)]),
            ("O I-PERS", &[(1, 2, Pers)]),
        ];
        for (input, expected) in cases {
            let got: Vec<_> = chunks(&tags(input))
                .iter()
                .map(|c| (c.start, c.end, c.entity_type))
                .collect();
            assert_eq!(&got, expected, "{input}");
        }
    }

    #[test]
    fn normalize_turns_orphan_inside_into_begin() {
        let cases = [
            ("I-LOC O I-PERS I-PERS", "B-LOC O B-PERS I-PERS"),
            ("B-ORG I-LOC", "B-ORG B-LOC"),
            ("B-ORG I-ORG", "B-ORG I-ORG"),
        ];
        for (input, expected) in cases {
            let mut got = tags(input);
            normalize_bio(&mut got);
            assert_eq!(got, tags(expected), "{input}");
        }
    }
}
