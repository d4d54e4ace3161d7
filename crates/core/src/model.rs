//! Small value types shared by every stage of the analysis.

use serde::{Deserialize, Serialize};

/// A half-open range of UTF-8 byte offsets into an article's decoded text.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} runs backwards");
        Self { start, end }
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers, or `None` when it is out of bounds or cuts a character.
    pub fn slice(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }
}

/// The four entity classes of ANERcorp.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    Pers,
    Org,
    Loc,
    Misc,
}

impl EntityType {
    pub const ALL: [EntityType; 4] = [Self::Pers, Self::Org, Self::Loc, Self::Misc];

    /// The tag suffix used in CoNLL files and JSON output (`PERS`, `ORG`, `LOC`, `MISC`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pers => "PERS",
            Self::Org => "ORG",
            Self::Loc => "LOC",
            Self::Misc => "MISC",
        }
    }

    /// Parses a tag suffix; accepts `PER` as well as `PERS`.
    pub fn from_tag(tag: &str) -> Option<Self> {
        match tag {
            "PERS" | "PER" => Some(Self::Pers),
            "ORG" => Some(Self::Org),
            "LOC" => Some(Self::Loc),
            "MISC" => Some(Self::Misc),
            _ => None,
        }
    }
}

impl std::fmt::Display for EntityType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which recognizer found a mention; the analyst's own additions are `User`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionSource {
    Gazetteer,
    Tagger,
    Both,
    User,
}

/// One occurrence of a named entity in an article's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Byte span in the original article text, clitics excluded (وبإسرائيل → إسرائيل).
    pub span: Span,
    /// The text under `span`, as written.
    pub text: String,
    pub entity_type: EntityType,
    pub source: MentionSource,
}
