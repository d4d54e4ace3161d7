//! Tags over the four ANERcorp types, and chunking tag sequences into entities.
//!
//! Text and data speak BIO (`B-X` opens an entity, `I-X` continues it). The
//! model learns and decodes the finer BIOES scheme, which also tells the last
//! word of an entity (`E-X`) and a one-word entity (`S-X`) apart: the words
//! that end an organization's name or make a name on their own get weights of
//! their own ([`to_bioes`] before training, [`to_bio`] after decoding).

use std::fmt;

use crate::EntityType;

/// Number of distinct tags: `O` plus `B-`, `I-`, `E-` and `S-` for each of the four types.
pub const TAG_COUNT: usize = 17;

/// Where a tag puts its word in an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Outside,
    Begin,
    Inside,
    Last,
    Single,
}

/// A BIOES tag, kept as a small index so score tables can be flat arrays.
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
        Tag(1 + 4 * type_index(entity_type))
    }

    /// The tag continuing an entity of `entity_type`.
    pub fn inside(entity_type: EntityType) -> Tag {
        Tag(2 + 4 * type_index(entity_type))
    }

    /// The tag of the last word of an entity of `entity_type` (BIOES only).
    pub fn last(entity_type: EntityType) -> Tag {
        Tag(3 + 4 * type_index(entity_type))
    }

    /// The tag of a one-word entity of `entity_type` (BIOES only).
    pub fn single(entity_type: EntityType) -> Tag {
        Tag(4 + 4 * type_index(entity_type))
    }

    fn role(self) -> Role {
        match self.0 {
            0 => Role::Outside,
            n => match (n - 1) % 4 {
                0 => Role::Begin,
                1 => Role::Inside,
                2 => Role::Last,
                _ => Role::Single,
            },
        }
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
            n => EntityType::ALL.get(usize::from((n - 1) / 4)).copied(),
        }
    }

    /// True for `B-` tags.
    pub fn is_begin(self) -> bool {
        self.role() == Role::Begin
    }

    /// True for `I-` tags.
    pub fn is_inside(self) -> bool {
        self.role() == Role::Inside
    }

    /// True for tags after which the entity goes on (`B-`, `I-`).
    fn is_open(self) -> bool {
        matches!(self.role(), Role::Begin | Role::Inside)
    }

    /// True for tags that may close a sentence (not `B-` or `I-`, whose entity goes on).
    pub fn may_end(self) -> bool {
        !self.is_open()
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
            "E" => Some(Tag::last(entity_type)),
            "S" => Some(Tag::single(entity_type)),
            _ => None,
        }
    }

    /// Whether this tag may follow `previous` (`None` at a sentence start) in a
    /// well-formed BIOES sequence: an `I-X` or `E-X` only continues a `B-X` or
    /// `I-X`, and those two are always continued.
    pub fn may_follow(self, previous: Option<Tag>) -> bool {
        let open = previous.filter(|p| p.is_open());
        match self.role() {
            Role::Inside | Role::Last => {
                open.is_some_and(|p| p.entity_type() == self.entity_type())
            }
            Role::Outside | Role::Begin | Role::Single => open.is_none(),
        }
    }

    /// This tag in the BIO scheme: `E-X` becomes `I-X`, `S-X` becomes `B-X`.
    #[must_use]
    pub fn to_bio(self) -> Tag {
        match (self.role(), self.entity_type()) {
            (Role::Last, Some(t)) => Tag::inside(t),
            (Role::Single, Some(t)) => Tag::begin(t),
            _ => self,
        }
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.entity_type() {
            None => f.write_str("O"),
            Some(t) => {
                let prefix = match self.role() {
                    Role::Begin => 'B',
                    Role::Inside => 'I',
                    Role::Last => 'E',
                    Role::Outside | Role::Single => 'S',
                };
                write!(f, "{prefix}-{t}")
            }
        }
    }
}

/// Rewrites an `I-X` that does not continue an `X` entity into `B-X`, as
/// ANERcorp sometimes opens entities with `I-`.
pub fn normalize_bio(tags: &mut [Tag]) {
    let mut previous: Option<Tag> = None;
    for tag in tags.iter_mut() {
        let continues =
            previous.is_some_and(|p| p != Tag::O && p.entity_type() == tag.entity_type());
        if tag.is_inside()
            && !continues
            && let Some(entity_type) = tag.entity_type()
        {
            *tag = Tag::begin(entity_type);
        }
        previous = Some(*tag);
    }
}

/// Rewrites a well-formed BIO sequence (see [`normalize_bio`]) in BIOES: the
/// last word of a longer entity becomes `E-X`, a one-word entity `S-X`.
pub fn to_bioes(tags: &mut [Tag]) {
    for i in 0..tags.len() {
        let goes_on = tags
            .get(i + 1)
            .is_some_and(|next| next.is_inside() && next.entity_type() == tags[i].entity_type());
        if goes_on {
            continue;
        }
        match (tags[i].role(), tags[i].entity_type()) {
            (Role::Begin, Some(t)) => tags[i] = Tag::single(t),
            (Role::Inside, Some(t)) => tags[i] = Tag::last(t),
            _ => {}
        }
    }
}

/// Rewrites BIOES tags in BIO (see [`Tag::to_bio`]).
pub fn to_bio(tags: &mut [Tag]) {
    for tag in tags {
        *tag = tag.to_bio();
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

    #[test]
    fn bioes_marks_last_and_single_words_and_goes_back_to_bio() {
        let cases = [
            ("O B-PERS I-PERS I-PERS O", "O B-PERS I-PERS E-PERS O"),
            ("B-LOC B-LOC I-LOC", "S-LOC B-LOC E-LOC"),
            ("B-ORG I-ORG B-LOC", "B-ORG E-ORG S-LOC"),
            ("B-MISC", "S-MISC"),
            ("B-ORG I-LOC", "S-ORG S-LOC"),
        ];
        for (bio, bioes) in cases {
            let mut got = tags(bio);
            normalize_bio(&mut got);
            to_bioes(&mut got);
            assert_eq!(got, tags(bioes), "{bio}");
            assert!(
                got.iter()
                    .enumerate()
                    .all(|(i, t)| t.may_follow(i.checked_sub(1).map(|p| got[p]))),
                "{bioes} is well formed"
            );
            assert!(
                got.last().is_none_or(|t| t.may_end()),
                "{bioes} closes its entities"
            );
            to_bio(&mut got);
            let mut normalized = tags(bio);
            normalize_bio(&mut normalized);
            assert_eq!(got, normalized, "{bioes} back to BIO");
        }
    }

    #[test]
    fn an_open_entity_is_continued_before_anything_else_follows() {
        let cases: &[(&str, &str, bool)] = &[
            ("B-PERS", "I-PERS", true),
            ("B-PERS", "E-PERS", true),
            ("I-PERS", "E-PERS", true),
            ("B-PERS", "O", false),
            ("I-PERS", "S-LOC", false),
            ("B-PERS", "E-LOC", false),
            ("E-PERS", "I-PERS", false),
            ("S-LOC", "B-LOC", true),
            ("O", "E-ORG", false),
        ];
        for &(previous, tag, want) in cases {
            assert_eq!(
                Tag::parse(tag).unwrap().may_follow(Tag::parse(previous)),
                want,
                "{previous} → {tag}"
            );
        }
        assert!(!Tag::parse("I-ORG").unwrap().may_follow(None));
        assert!(Tag::parse("S-ORG").unwrap().may_follow(None));
    }
}
