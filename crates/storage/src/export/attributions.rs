//! Attributions (who said what, citing whom) as export rows.

use std::borrow::Cow;

use marsad_core::attribution::Attribution;
use serde::Serialize;

use super::csv::{self, CsvRow};

/// One reported statement and its source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AttributionRow {
    /// Article path relative to the corpus.
    pub article: String,
    /// The source's words as written.
    pub source: String,
    /// `person`, `anonymous`, `outlet`, `organization` or `document`.
    pub kind: String,
    /// The source's entity id, when it is a named entity (empty otherwise).
    pub entity: String,
    /// Its title or role.
    pub role: String,
    /// The rest of the chain, each as `source (kind, cites|carrier)`.
    pub via: Vec<String>,
    /// The reporting verb's citation form, or the frame's.
    pub verb: String,
    /// `neutral`, `assertive`, `denial`, `distancing`, `warning` or `revealing`.
    pub stance: String,
    /// What was said.
    pub statement: String,
    /// UTF-8 byte offsets of the source's words and of the statement in the article text.
    pub start: usize,
    pub end: usize,
    pub statement_start: usize,
    pub statement_end: usize,
    /// For an unnamed source: how many (empty for an unspecified plural or a named source).
    pub count: String,
    /// For an unnamed source: where it is from.
    pub affiliation: String,
    /// For an unnamed source: the text says it asked not to be named.
    pub anonymity_stated: bool,
    /// The document or occasion it was said in.
    pub document: String,
    /// The analyst corrected it.
    pub corrected: bool,
}

impl AttributionRow {
    /// The row of `attribution` in the article at `article` whose text is `text`;
    /// `entity` is the source's resolved entity id, if any.
    pub fn new(
        article: &str,
        text: &str,
        attribution: &Attribution,
        entity: Option<String>,
    ) -> Self {
        let a = attribution;
        let anonymous = a.anonymous.clone().unwrap_or_default();
        Self {
            article: article.to_owned(),
            source: a.source.clone(),
            kind: a.kind.as_str().to_owned(),
            entity: a.entity.clone().or(entity).unwrap_or_default(),
            role: a.role.clone().unwrap_or_default(),
            via: a
                .via
                .iter()
                .map(|l| {
                    format!(
                        "{} ({}, {})",
                        l.source,
                        l.kind.as_str(),
                        l.relation.as_str()
                    )
                })
                .collect(),
            verb: a.verb.clone(),
            stance: a.stance.as_str().to_owned(),
            statement: a.statement.slice(text).unwrap_or_default().to_owned(),
            start: a.span.start,
            end: a.span.end,
            statement_start: a.statement.start,
            statement_end: a.statement.end,
            count: anonymous.count.map(|n| n.to_string()).unwrap_or_default(),
            affiliation: anonymous.affiliation.unwrap_or_default(),
            anonymity_stated: anonymous.stated,
            document: a.document.clone().unwrap_or_default(),
            corrected: a.corrected,
        }
    }
}

impl CsvRow for AttributionRow {
    const HEADER: &'static [&'static str] = &[
        "article",
        "source",
        "kind",
        "entity",
        "role",
        "via",
        "verb",
        "stance",
        "statement",
        "start",
        "end",
        "statement_start",
        "statement_end",
        "count",
        "affiliation",
        "anonymity_stated",
        "document",
        "corrected",
    ];

    fn cells(&self) -> Vec<Cow<'_, str>> {
        let flag = |b: bool| Cow::Borrowed(if b { "true" } else { "false" });
        vec![
            Cow::Borrowed(&self.article),
            Cow::Borrowed(&self.source),
            Cow::Borrowed(&self.kind),
            Cow::Borrowed(&self.entity),
            Cow::Borrowed(&self.role),
            csv::list(&self.via),
            Cow::Borrowed(&self.verb),
            Cow::Borrowed(&self.stance),
            Cow::Borrowed(&self.statement),
            Cow::Owned(self.start.to_string()),
            Cow::Owned(self.end.to_string()),
            Cow::Owned(self.statement_start.to_string()),
            Cow::Owned(self.statement_end.to_string()),
            Cow::Borrowed(&self.count),
            Cow::Borrowed(&self.affiliation),
            flag(self.anonymity_stated),
            Cow::Borrowed(&self.document),
            flag(self.corrected),
        ]
    }
}
