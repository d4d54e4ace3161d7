//! Reading CoNLL files: one `token<TAB>tag` per line, a blank line between sentences.

use std::path::{Path, PathBuf};

use super::tags::Tag;

/// One tagged sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    /// The tokens as written in the file.
    pub tokens: Vec<String>,
    /// One tag per token.
    pub tags: Vec<Tag>,
}

/// Why a CoNLL file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ConllError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A line is not `token<TAB>tag` with a known tag.
    #[error("line {line}: expected `token<TAB>tag` with a BIO tag, found {text:?}")]
    BadLine {
        /// 1-based line number.
        line: usize,
        /// The offending line.
        text: String,
    },
}

/// Parses CoNLL text; tags are kept as written (see [`super::tags::normalize_bio`]).
pub fn parse(text: &str) -> Result<Vec<Sentence>, ConllError> {
    let mut sentences = Vec::new();
    let mut current = Sentence::default();
    for (index, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !current.tokens.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        let split = line.rsplit_once('\t').or_else(|| line.rsplit_once(' '));
        let parsed = split.and_then(|(token, tag)| Some((token.trim(), Tag::parse(tag.trim())?)));
        let Some((token, tag)) = parsed.filter(|(token, _)| !token.is_empty()) else {
            return Err(ConllError::BadLine {
                line: index + 1,
                text: line.to_owned(),
            });
        };
        current.tokens.push(token.to_owned());
        current.tags.push(tag);
    }
    if !current.tokens.is_empty() {
        sentences.push(current);
    }
    Ok(sentences)
}

/// Reads and parses a CoNLL file.
pub fn read(path: &Path) -> Result<Vec<Sentence>, ConllError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConllError::Io {
        path: path.to_owned(),
        source,
    })?;
    parse(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sentences_separated_by_blank_lines() {
        let text = "زار\tO\nالرئيس\tO\nتونس\tB-LOC\n\n\nقال\tO\nمحمد\tB-PERS\n";
        let sentences = parse(text).unwrap();
        assert_eq!(sentences.len(), 2);
        assert_eq!(sentences[0].tokens, ["زار", "الرئيس", "تونس"]);
        assert_eq!(sentences[0].tags[2].to_string(), "B-LOC");
        assert_eq!(sentences[1].tags[1].to_string(), "B-PERS");
    }

    #[test]
    fn rejects_a_line_without_a_tag() {
        let err = parse("تونس\tB-LOC\nبلا_وسم\n").unwrap_err();
        assert!(matches!(err, ConllError::BadLine { line: 2, .. }), "{err}");
    }
}
