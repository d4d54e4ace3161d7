//! The selected source's statements in context, each with its stance and the chain it
//! reached the reader through, then the statements whose chain it is a link of.
//! Computed once per selection or change of the attributions shown, never per frame.

use std::ops::Range;

use marsad_core::Span;
use marsad_core::attribution::{Attribution, Stance};

use super::source_names::{attributions_of, chain_label, involves, is_source};
use crate::model::{Corpus, SourceKey};

/// Statements listed at most (own and in chains each).
const LIMIT: usize = 200;
/// Bytes of a statement shown at most before it is cut with `…`.
const STATEMENT_BYTES: usize = 360;

/// One statement in context: the words from its source's (or verb's) sentence to the
/// statement's end, line breaks flattened, with the statement marked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatementLine {
    pub article: usize,
    /// Where the verb or frame is (what a fix names), and the statement.
    pub cue: Span,
    pub statement: Span,
    pub stance: Stance,
    /// The reporting verb or frame, citation form.
    pub verb: String,
    /// The chain, reader's side first (`أكسيوس ← ثلاثة مصادر مطلعة`).
    pub chain: String,
    pub text: String,
    /// The statement's bytes in `text`.
    pub marked: Range<usize>,
    /// The analyst fixed it.
    pub corrected: bool,
}

/// What the detail pane shows for one source.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceDetail {
    pub key: Option<SourceKey>,
    /// Its own statements, in article order.
    pub statements: Vec<StatementLine>,
    pub statement_count: usize,
    /// Statements it carried or is cited in.
    pub in_chains: Vec<StatementLine>,
    pub in_chain_count: usize,
}

/// What the detail was computed for: the source, the fixes' and the entities'
/// generations, the article count.
pub type DetailKey = Option<(SourceKey, u64, u64, usize)>;

/// The key of the detail of `source` over `corpus`.
pub fn key(corpus: &Corpus, source: Option<&SourceKey>) -> DetailKey {
    source.map(|s| {
        (
            s.clone(),
            corpus.attributions.generation(),
            corpus.entities.generation(),
            corpus.articles.len(),
        )
    })
}

/// The statement's line: from the start of the sentence its source or verb is in, to
/// the statement's end (its middle cut when it runs long).
fn line_of(corpus: &Corpus, article: usize, a: &Attribution) -> Option<StatementLine> {
    let analysis = &corpus.articles.get(article)?.analysis;
    let text = &analysis.text;
    let first = a.cue.start.min(a.statement.start).min(a.span.start);
    let start = analysis
        .sentences
        .iter()
        .find(|s| s.start <= first && first < s.end)
        .map_or(first, |s| s.start);
    let before = text.get(start..a.statement.start.max(start))?;
    let said = a.statement.slice(text)?;
    let said = if said.len() > STATEMENT_BYTES {
        let mut cut = STATEMENT_BYTES;
        while !said.is_char_boundary(cut) {
            cut -= 1;
        }
        format!("{} …", &said[..cut])
    } else {
        said.to_owned()
    };
    let flat = |s: &str| s.replace(['\n', '\r', '\t'], " ");
    let mut line = flat(before);
    let marked_start = line.len();
    line.push_str(&flat(&said));
    Some(StatementLine {
        article,
        cue: a.cue,
        statement: a.statement,
        stance: a.stance,
        verb: a.verb.clone(),
        chain: chain_label(corpus, article, a),
        marked: marked_start..line.len(),
        text: line,
        corrected: a.corrected,
    })
}

/// The detail of `key` over `corpus`, the analyst's fixes applied.
pub fn compute(corpus: &Corpus, key: &SourceKey) -> SourceDetail {
    let mut detail = SourceDetail {
        key: Some(key.clone()),
        ..SourceDetail::default()
    };
    for (article, entry) in corpus.articles.iter().enumerate() {
        for a in attributions_of(corpus, entry).iter() {
            let own = is_source(corpus, article, a, key);
            let (lines, count) = if own {
                (&mut detail.statements, &mut detail.statement_count)
            } else if involves(corpus, article, a, key) {
                (&mut detail.in_chains, &mut detail.in_chain_count)
            } else {
                continue;
            };
            *count += 1;
            if lines.len() < LIMIT
                && let Some(line) = line_of(corpus, article, a)
            {
                lines.push(line);
            }
        }
    }
    detail
}
