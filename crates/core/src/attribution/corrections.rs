//! The analyst's fixes to attributions: the right source, the right kind, or
//! "not a statement". Each names its attribution by where the verb or frame
//! is written, which stays put as long as the article's text does.

use serde::{Deserialize, Serialize};

use super::{Attribution, SourceKind};
use crate::Span;

/// One fix to one attribution of an article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Correction {
    /// The statement comes from someone else: `source` as the analyst names it,
    /// with the entity it is when the analyst picked one, and its kind when the
    /// fix says (a person picked for an unnamed source is a person).
    Source {
        cue: Span,
        source: String,
        entity: Option<String>,
        #[serde(default)]
        kind: Option<SourceKind>,
    },
    /// The source is of another kind (an outlet, not an organisation).
    Kind { cue: Span, kind: SourceKind },
    /// Not a report of speech at all.
    NotAStatement { cue: Span },
}

impl Correction {
    /// Where the corrected attribution's verb or frame is.
    pub fn cue(&self) -> Span {
        match self {
            Self::Source { cue, .. } | Self::Kind { cue, .. } | Self::NotAStatement { cue } => *cue,
        }
    }
}

/// An article's attributions with the analyst's fixes replayed in order;
/// fixes whose verb is no longer found are ignored.
pub fn apply<'a>(
    attributions: &[Attribution],
    corrections: impl IntoIterator<Item = &'a Correction>,
) -> Vec<Attribution> {
    let mut out = attributions.to_vec();
    for correction in corrections {
        let Some(index) = out.iter().position(|a| a.cue == correction.cue()) else {
            continue;
        };
        match correction {
            Correction::Source {
                source,
                entity,
                kind,
                ..
            } => {
                let a = &mut out[index];
                if let Some(kind) = kind {
                    a.kind = *kind;
                }
                a.source.clone_from(source);
                a.name = Some(source.clone());
                a.mention = None;
                a.entity.clone_from(entity);
                a.refers_back = None;
                a.role = None;
                if a.kind != SourceKind::Anonymous {
                    a.anonymous = None;
                }
                a.corrected = true;
            }
            Correction::Kind { kind, .. } => {
                let a = &mut out[index];
                a.kind = *kind;
                if *kind != SourceKind::Anonymous {
                    a.anonymous = None;
                }
                a.corrected = true;
            }
            Correction::NotAStatement { .. } => {
                out.remove(index);
            }
        }
    }
    out
}
