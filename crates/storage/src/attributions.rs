//! The analyst's fixes to attributions (who said what), kept as an ordered log.

use marsad_core::Span;
use marsad_core::attribution::{Correction, SourceKind};
use serde::{Deserialize, Serialize};

use crate::model::Workspace;

/// One fix the analyst made to an attribution.
///
/// The file-format twin of `marsad_core::attribution::Correction`, with the
/// article it belongs to. The attribution is named by where its verb or frame
/// is written (UTF-8 byte offsets into the article's text), which holds while
/// the article's text is unchanged; the workspace keeps each article's hash so
/// a changed file is reported rather than corrected at the wrong place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum AttributionCorrection {
    /// The statement comes from someone else.
    Source {
        /// Article path relative to the corpus.
        article: String,
        /// Where the attribution's verb or frame is.
        cue: Span,
        /// The source as the analyst names it.
        source: String,
        /// The entity it is, when the analyst picked one.
        #[serde(default)]
        entity: Option<String>,
        /// Its kind, when the fix changes it too (a person picked for an unnamed source).
        #[serde(default)]
        kind: Option<SourceKind>,
    },
    /// The source is of another kind.
    Kind {
        /// Article path relative to the corpus.
        article: String,
        /// Where the attribution's verb or frame is.
        cue: Span,
        /// The right kind.
        kind: SourceKind,
    },
    /// Not a report of speech at all.
    NotAStatement {
        /// Article path relative to the corpus.
        article: String,
        /// Where the attribution's verb or frame is.
        cue: Span,
    },
}

impl AttributionCorrection {
    /// The article the fix is in.
    pub fn article(&self) -> &str {
        match self {
            Self::Source { article, .. }
            | Self::Kind { article, .. }
            | Self::NotAStatement { article, .. } => article,
        }
    }

    /// The fix in the core's terms, for `attribution::apply_corrections`.
    pub fn to_core(&self) -> Correction {
        match self {
            Self::Source {
                cue,
                source,
                entity,
                kind,
                ..
            } => Correction::Source {
                cue: *cue,
                source: source.clone(),
                entity: entity.clone(),
                kind: *kind,
            },
            Self::Kind { cue, kind, .. } => Correction::Kind {
                cue: *cue,
                kind: *kind,
            },
            Self::NotAStatement { cue, .. } => Correction::NotAStatement { cue: *cue },
        }
    }
}

impl Workspace {
    /// The fixes to one article's attributions, in the order they were made.
    pub fn attribution_corrections_of(&self, article: &str) -> Vec<Correction> {
        self.attribution_corrections
            .iter()
            .filter(|c| c.article() == article)
            .map(AttributionCorrection::to_core)
            .collect()
    }
}
