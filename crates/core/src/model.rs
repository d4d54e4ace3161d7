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

/// How sure the recognizer is of a mention, kept in thousandths so mentions
/// stay comparable and hashable (1000: certain, as for list and analyst entries).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Confidence(u16);

impl Confidence {
    /// A mention nobody doubts: a list entry, the analyst's own.
    pub const CERTAIN: Confidence = Confidence(1000);

    /// The confidence of a probability (clamped to 0..=1).
    pub fn from_probability(probability: f32) -> Confidence {
        let clamped = if probability.is_nan() {
            0.0
        } else {
            probability.clamp(0.0, 1.0)
        };
        Confidence((clamped * 1000.0).round() as u16)
    }

    /// The confidence as a probability between 0 and 1.
    pub fn probability(self) -> f32 {
        f32::from(self.0.min(1000)) / 1000.0
    }
}

impl Default for Confidence {
    fn default() -> Self {
        Self::CERTAIN
    }
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
    /// How sure the recognizer is (the tagger's marginals; lists are certain).
    #[serde(default)]
    pub confidence: Confidence,
}
