//! Word statistics the tagger consults: corpus frequency and distributional
//! clusters at three granularities, keyed by folded word.
//!
//! The table is text (`word<TAB>count<TAB>c1<TAB>c2<TAB>c3[<TAB>cues]`, one
//! folded word a line, cluster `-` when the word was too rare to cluster) so
//! it can be read and diffed; see `assets/models/README.md` for where it comes
//! from. The optional last field is the word's corpus cue profile in hex (see
//! [`super::context::CueProfile`]).

use super::hashing::{HashKeyMap, hash_str};

/// Number of cluster granularities per word.
pub(crate) const GRANULARITIES: usize = 3;

/// What the lexicon knows about one word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct WordStats {
    /// Occurrences in the counting corpus.
    pub(crate) count: u32,
    /// Cluster id + 1 per granularity, 0 when the word has none.
    pub(crate) clusters: [u16; GRANULARITIES],
    /// Context cues the word has across the whole counting corpus: cue bits
    /// seen around at least 5 % of its occurrences (low half) and at least
    /// 25 % (high half).
    pub(crate) cues: u64,
}

/// Word frequencies and clusters.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    words: HashKeyMap<WordStats>,
}

/// Why a lexicon table could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("lexicon line {line}: {problem}")]
pub struct LexiconError {
    line: usize,
    problem: &'static str,
}

impl Lexicon {
    /// Parses the tab-separated table.
    pub fn parse(text: &str) -> Result<Self, LexiconError> {
        let mut words = HashKeyMap::default();
        for (index, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let error = |problem| LexiconError {
                line: index + 1,
                problem,
            };
            let mut fields = line.split('\t');
            let word = fields.next().ok_or_else(|| error("missing word"))?;
            let count = fields
                .next()
                .and_then(|c| c.parse().ok())
                .ok_or_else(|| error("bad count"))?;
            let mut clusters = [0u16; GRANULARITIES];
            for slot in &mut clusters {
                let field = fields.next().ok_or_else(|| error("missing cluster"))?;
                *slot = match field {
                    "-" => 0,
                    id => id
                        .parse::<u16>()
                        .ok()
                        .and_then(|c| c.checked_add(1))
                        .ok_or_else(|| error("bad cluster"))?,
                };
            }
            let cues = match fields.next() {
                None | Some("") => 0,
                Some(hex) => u64::from_str_radix(hex, 16).map_err(|_| error("bad cues"))?,
            };
            words.insert(
                hash_str(word),
                WordStats {
                    count,
                    clusters,
                    cues,
                },
            );
        }
        Ok(Self { words })
    }

    /// Builds the table text from `(folded word, count, clusters)` rows, sorted by word.
    pub(crate) fn to_table(
        rows: &mut [(String, u32, [Option<u16>; GRANULARITIES])],
        header: &str,
    ) -> String {
        use std::fmt::Write as _;
        rows.sort_by(|a, b| a.0.cmp(&b.0));
        let mut out = String::new();
        for line in header.lines() {
            let _ = writeln!(out, "# {line}");
        }
        for (word, count, clusters) in rows.iter() {
            let _ = write!(out, "{word}\t{count}");
            for cluster in clusters {
                match cluster {
                    Some(id) => {
                        let _ = write!(out, "\t{id}");
                    }
                    None => out.push_str("\t-"),
                }
            }
            out.push('\n');
        }
        out
    }

    /// The table `text` with each word's cue profile from `profiles` (keyed
    /// by the word's hash) as its last field, replacing any it had.
    pub(crate) fn with_cues(text: &str, profiles: &HashKeyMap<u64>) -> String {
        use std::fmt::Write as _;
        let mut out = String::with_capacity(text.len() + text.len() / 4);
        for line in text.lines() {
            if line.is_empty() || line.starts_with('#') {
                out.push_str(line);
                out.push('\n');
                continue;
            }
            let fields: Vec<&str> = line.split('\t').take(2 + GRANULARITIES).collect();
            out.push_str(&fields.join("\t"));
            if let Some(&cues) = fields
                .first()
                .and_then(|w| profiles.get(&hash_str(w)))
                .filter(|&&cues| cues != 0)
            {
                let _ = write!(out, "\t{cues:x}");
            }
            out.push('\n');
        }
        out
    }

    /// Statistics of a folded word.
    pub(crate) fn stats(&self, folded: &str) -> WordStats {
        self.words
            .get(&hash_str(folded))
            .copied()
            .unwrap_or_default()
    }

    /// How often a folded word was seen (0 when unknown).
    pub fn count(&self, folded: &str) -> u32 {
        self.stats(folded).count
    }

    /// Number of words in the table.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when the table is empty.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_counts_and_clusters() {
        let lexicon =
            Lexicon::parse("# comment\nتونس\t120\t3\t17\t200\nنادر\t3\t-\t-\t-\n").unwrap();
        assert_eq!(lexicon.len(), 2);
        assert_eq!(
            lexicon.stats("تونس"),
            WordStats {
                count: 120,
                clusters: [4, 18, 201],
                cues: 0,
            }
        );
        assert_eq!(lexicon.stats("نادر").clusters, [0, 0, 0]);
        assert_eq!(lexicon.count("مجهول"), 0);
        assert!(Lexicon::parse("كلمة\tكثير\t1\t2\t3\n").is_err());
    }

    #[test]
    fn table_round_trips() {
        let mut rows = vec![
            ("ليبيا".to_owned(), 9, [Some(1), None, Some(7)]),
            ("تونس".to_owned(), 12, [Some(0), Some(2), Some(3)]),
        ];
        let text = Lexicon::to_table(&mut rows, "test table");
        assert!(text.starts_with("# test table\nتونس\t12\t0\t2\t3\n"));
        let lexicon = Lexicon::parse(&text).unwrap();
        assert_eq!(lexicon.stats("ليبيا").clusters, [2, 0, 8]);
    }

    #[test]
    fn cue_profiles_are_added_and_replaced_in_the_table() {
        let table = "# header\nتونس\t12\t0\t2\t3\nليبيا\t9\t1\t-\t7\tff\n";
        let mut profiles = HashKeyMap::default();
        profiles.insert(hash_str("تونس"), 0x1_0000_0004);
        let text = Lexicon::with_cues(table, &profiles);
        assert_eq!(
            text,
            "# header\nتونس\t12\t0\t2\t3\t100000004\nليبيا\t9\t1\t-\t7\n"
        );
        let lexicon = Lexicon::parse(&text).unwrap();
        assert_eq!(lexicon.stats("تونس").cues, 0x1_0000_0004);
        assert_eq!(lexicon.stats("ليبيا").cues, 0);
        assert!(Lexicon::parse("تونس\t1\t1\t1\t1\tzz\n").is_err());
    }
}
