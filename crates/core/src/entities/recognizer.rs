//! The recognizer: the statistical tagger and the gazetteer voting over raw
//! article text.
//!
//! The tagger sees whole words with their clitics attached, as in its
//! training data (ANERcorp), one sentence at a time; its entities are then
//! trimmed to the name itself. Gazetteer hits and tagger entities that agree
//! become `Both`; where they overlap otherwise the longer span wins (a
//! university named after a city is an organization, not the city).

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use super::confidence::mention_confidence;
use super::gazetteer::{Gazetteer, GazetteerMatch};
use super::institutions;
use super::model_file::ModelError;
use super::not_names;
use super::tagger::{TagScratch, Tagger};
use super::tags::chunks;
use super::trim::{name_proclitic_len, proclitic_len};
use crate::text::fold::{Folded, fold, fold_key};
use crate::text::tokenize::{Token, TokenKind, tokenize};
use crate::{Confidence, EntityType, Mention, MentionSource, Span};

thread_local! {
    static SCRATCH: RefCell<TagScratch> = RefCell::new(TagScratch::default());
}

/// Longest run of tokens tagged as one sentence (text without punctuation).
const MAX_SENTENCE_TOKENS: usize = 120;
/// Known people with a word as their given name for it to count as one when a
/// person's first word might start with a proclitic (فادي: 66; ادي: 4).
const GIVEN_NAME_PEOPLE: u32 = 10;

/// Finds PERS, ORG, LOC and MISC mentions in article text.
#[derive(Clone, Debug)]
pub struct Recognizer {
    tagger: Tagger,
    gazetteer: Gazetteer,
}

#[derive(Clone, Debug)]
struct Candidate {
    span: Span,
    entity_type: EntityType,
    source: MentionSource,
    /// The tagger's confidence (1 for list entries).
    confidence: f32,
}

impl Recognizer {
    /// The shipped model and gazetteer.
    pub fn bundled() -> Result<Self, ModelError> {
        Ok(Self::new(Tagger::bundled()?, Gazetteer::bundled()))
    }

    /// A recognizer from a tagger and a gazetteer.
    pub fn new(tagger: Tagger, gazetteer: Gazetteer) -> Self {
        Self { tagger, gazetteer }
    }

    /// The gazetteer.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The statistical tagger.
    pub fn tagger(&self) -> &Tagger {
        &self.tagger
    }

    /// All mentions in `text`, sorted by position and never overlapping;
    /// spans are byte offsets into `text`.
    pub fn recognize(&self, text: &str) -> Vec<Mention> {
        self.recognize_folded(text, &fold(text))
    }

    /// [`Recognizer::recognize`] with the text already folded (`folded` must be `fold(text)`).
    pub fn recognize_folded(&self, text: &str, folded: &Folded) -> Vec<Mention> {
        let tokens = tokenize(text);
        let hits = self.gazetteer.find_folded(folded);
        let mut candidates = self.tagger_candidates(text, &tokens, &hits);
        candidates.extend(hits.iter().filter(|h| !h.is_title).map(|h| Candidate {
            span: h.span,
            entity_type: h.entity_type,
            source: MentionSource::Gazetteer,
            confidence: 1.0,
        }));
        let mut mentions: Vec<Mention> = vote(candidates)
            .into_iter()
            .filter_map(|c| {
                Some(Mention {
                    span: c.span,
                    text: c.span.slice(text)?.to_owned(),
                    entity_type: c.entity_type,
                    source: c.source,
                    confidence: Confidence::from_probability(c.confidence),
                })
            })
            .collect();
        mentions.retain(|m| !not_names::is_not_a_name(m, &self.gazetteer));
        institutions::widen_by_country_adjective(text, &tokens, &self.gazetteer, &mut mentions);
        mentions
    }

    fn tagger_candidates(
        &self,
        text: &str,
        tokens: &[Token],
        hits: &[GazetteerMatch],
    ) -> Vec<Candidate> {
        // The tagger reads each sentence without hashtag marks (# and the _
        // joining a hashtag's words), as the press writes names around them:
        // رجب طيب #أردوغان is a run of three name words, #عاصي_الحلاني two.
        let sentences: Vec<Vec<usize>> = sentence_ranges(text, tokens)
            .into_iter()
            .map(|r| r.filter(|&i| !is_hashtag_mark(tokens, i, text)).collect())
            .filter(|kept: &Vec<usize>| !kept.is_empty())
            .collect();
        let words: Vec<Vec<&str>> = sentences
            .iter()
            .map(|kept| kept.iter().map(|&i| tokens[i].text(text)).collect())
            .collect();
        // One scratch per thread: its word cache then spans articles.
        let (tagged, marginals) = SCRATCH.with_borrow_mut(|scratch| {
            self.tagger
                .tag_document_scored_with(&words, sentences.len(), scratch)
        });
        let mut out = Vec::new();
        for ((kept, tags), marginals) in sentences.iter().zip(&tagged).zip(&marginals) {
            let sentence: Vec<Token> = kept.iter().map(|&i| tokens[i]).collect();
            for chunk in chunks(tags) {
                let mut first = chunk.start;
                if chunk.entity_type == EntityType::Pers {
                    while first + 1 < chunk.end && self.is_title(sentence[first], text, hits) {
                        first += 1;
                    }
                }
                if (first..chunk.end).all(|i| self.is_title(sentence[i], text, hits)) {
                    continue;
                }
                let first_token = sentence[first];
                let word = first_token.text(text);
                let skip = match (first_token.kind, chunk.entity_type) {
                    (TokenKind::Arabic, EntityType::Pers) => {
                        name_proclitic_len(word, self.tagger.lexicon(), |folded| {
                            self.tagger.name_word(folded).given >= GIVEN_NAME_PEOPLE
                        })
                    }
                    (TokenKind::Arabic, _) => proclitic_len(word, self.tagger.lexicon()),
                    _ => 0,
                };
                let start = first_token.span.start + skip;
                let end = sentence[chunk.end - 1].span.end;
                if start < end {
                    out.push(Candidate {
                        span: Span::new(start, end),
                        entity_type: chunk.entity_type,
                        source: MentionSource::Tagger,
                        confidence: marginals
                            .get(first..chunk.end)
                            .map_or(1.0, |m| mention_confidence(m, chunk.entity_type)),
                    });
                }
            }
        }
        out
    }

    fn is_title(&self, token: Token, text: &str, hits: &[GazetteerMatch]) -> bool {
        // Hits are sorted and disjoint: only the last one starting at or
        // before the token can contain it.
        let at = hits.partition_point(|h| h.span.start <= token.span.start);
        if at
            .checked_sub(1)
            .and_then(|i| hits.get(i))
            .is_some_and(|h| h.is_title && h.span.contains(token.span))
        {
            return true;
        }
        let word = token.text(text);
        let skip = proclitic_len(word, self.tagger.lexicon());
        self.gazetteer.is_title_word(&fold_key(&word[skip..]))
    }
}

/// True when token `i` is a `#`, or a `_` between two words (the joiner of
/// a hashtag's words), which the tagger does not read.
fn is_hashtag_mark(tokens: &[Token], i: usize, text: &str) -> bool {
    let token = tokens[i];
    if token.kind != TokenKind::Punct {
        return false;
    }
    match token.text(text) {
        "#" => true,
        "_" => {
            let is_word = |t: Option<&Token>| {
                t.is_some_and(|t| matches!(t.kind, TokenKind::Arabic | TokenKind::Latin))
            };
            let touches = |a: Span, b: Span| a.end == b.start;
            is_word(i.checked_sub(1).and_then(|j| tokens.get(j)))
                && is_word(tokens.get(i + 1))
                && touches(tokens[i - 1].span, token.span)
                && touches(token.span, tokens[i + 1].span)
        }
        _ => false,
    }
}

/// Token ranges of sentences: a break after . ! ? ؟ … and at line breaks.
fn sentence_ranges(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, token) in tokens.iter().enumerate() {
        let terminator = token.kind == TokenKind::Punct
            && matches!(token.text(text), "." | "!" | "?" | "؟" | "…" | "؛");
        let line_break_after = tokens.get(i + 1).is_some_and(|next| {
            text.get(token.span.end..next.span.start)
                .is_some_and(|gap| gap.contains('\n'))
        });
        if terminator || line_break_after || i + 1 - start >= MAX_SENTENCE_TOKENS {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// Picks non-overlapping mentions: spans both sources found are `Both` (with
/// the gazetteer's type when they disagree); otherwise longer spans first,
/// the gazetteer before the tagger on ties.
fn vote(candidates: Vec<Candidate>) -> Vec<Candidate> {
    let rank = |c: &Candidate| match c.source {
        MentionSource::Both => 0,
        MentionSource::Gazetteer | MentionSource::User => 1,
        MentionSource::Tagger => 2,
    };
    let mut merged: Vec<Candidate> = Vec::with_capacity(candidates.len());
    let mut by_span: HashMap<Span, usize> = HashMap::new();
    for candidate in candidates {
        if let Some(&i) = by_span.get(&candidate.span) {
            let same = &mut merged[i];
            if same.source != candidate.source {
                if candidate.source == MentionSource::Gazetteer {
                    same.entity_type = candidate.entity_type;
                }
                same.source = MentionSource::Both;
                same.confidence = same.confidence.max(candidate.confidence);
            }
            continue;
        }
        by_span.insert(candidate.span, merged.len());
        merged.push(candidate);
    }
    let mut order: Vec<usize> = (0..merged.len()).collect();
    order.sort_by_key(|&i| {
        (
            std::cmp::Reverse(merged[i].span.len()),
            rank(&merged[i]),
            merged[i].span.start,
        )
    });
    // Chosen spans by start; they never overlap, so only the neighbours of a
    // new span can overlap it.
    let mut chosen: BTreeMap<usize, Candidate> = BTreeMap::new();
    for i in order {
        let span = merged[i].span;
        let before = chosen
            .range(..span.end)
            .next_back()
            .is_some_and(|(_, c)| c.span.overlaps(span));
        if before {
            continue;
        }
        chosen.insert(span.start, merged[i].clone());
    }
    // A name the other source found inside a chosen span, with the same type, is agreement.
    for m in &merged {
        if let Some((_, c)) = chosen.range_mut(..=m.span.start).next_back()
            && c.source != m.source
            && c.entity_type == m.entity_type
            && c.span.contains(m.span)
        {
            c.source = MentionSource::Both;
            c.confidence = c.confidence.max(m.confidence);
        }
    }
    chosen.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityType::{Loc, Org, Pers};

    fn found(text: &str) -> Vec<(String, EntityType)> {
        let recognizer = Recognizer::bundled().unwrap();
        recognizer
            .recognize(text)
            .into_iter()
            .map(|m| (m.text, m.entity_type))
            .collect()
    }

    #[test]
    fn finds_people_places_and_organizations_in_news_sentences() {
        let cases: &[(&str, &[(&str, EntityType)])] = &[
            (
                "التقى وزير الخارجية الأميركي ماركو روبيو نظيره المصري في القاهرة.",
                &[("ماركو روبيو", Pers), ("القاهرة", Loc)],
            ),
            (
                "أعلنت الأمم المتحدة أن المساعدات وصلت إلى قطاع غزة صباح اليوم.",
                &[("الأمم المتحدة", Org), ("قطاع غزة", Loc)],
            ),
            (
                "وقال الرئيس التونسي قيس سعيد إن بلاده ترفض التدخل الأجنبي.",
                &[("قيس سعيد", Pers)],
            ),
        ];
        for (text, expected) in cases {
            let got = found(text);
            for (name, entity_type) in *expected {
                assert!(
                    got.iter().any(|(n, t)| n == name && t == entity_type),
                    "{name} {entity_type} not in {got:?} for {text}"
                );
            }
        }
    }

    #[test]
    fn mentions_exclude_clitics_and_titles() {
        let cases: &[(&str, &str)] = &[
            (
                "ندد المتظاهرون بالعدوان وطالبوا بمقاطعة الشركات المرتبطة وبإسرائيل.",
                "إسرائيل",
            ),
            ("وصل الوفد إلى لـإسرائيل أمس.", "إسرائيل"),
            ("وأعلنت والولايات المتحدة عن حزمة جديدة.", "الولايات المتحدة"),
            ("استقبل الرئيس جو بايدن ضيفه في البيت الأبيض.", "جو بايدن"),
        ];
        for (text, name) in cases {
            let got = found(text);
            assert!(
                got.iter().any(|(n, _)| n == name),
                "{name} not in {got:?} for {text}"
            );
            assert!(
                !got.iter()
                    .any(|(n, _)| n != name && n.ends_with(name) && n.len() > name.len()),
                "untrimmed mention in {got:?}"
            );
        }
    }

    #[test]
    fn mentions_are_sorted_disjoint_and_point_into_the_text() {
        let text = "قال الأمين العام للأمم المتحدة أنطونيو غوتيريش في نيويورك إن مجلس الأمن سيجتمع.\nوفي باريس، التقى ماكرون بوفد من الاتحاد الأوروبي.";
        let mentions = Recognizer::bundled().unwrap().recognize(text);
        assert!(mentions.len() >= 4, "{mentions:?}");
        for pair in mentions.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start, "{pair:?}");
        }
        for m in &mentions {
            assert_eq!(m.span.slice(text), Some(m.text.as_str()));
        }
    }

    #[test]
    fn voting_prefers_agreement_then_longer_spans() {
        let c = |start, end, entity_type, source| Candidate {
            span: Span::new(start, end),
            entity_type,
            source,
            confidence: 1.0,
        };
        let chosen = vote(vec![
            c(0, 10, Loc, MentionSource::Tagger),
            c(0, 10, Loc, MentionSource::Gazetteer),
            c(20, 40, Org, MentionSource::Tagger),
            c(30, 40, Loc, MentionSource::Gazetteer),
            c(50, 60, Org, MentionSource::Tagger),
            c(50, 70, Loc, MentionSource::Gazetteer),
            c(80, 90, Pers, MentionSource::Tagger),
        ]);
        let got: Vec<_> = chosen
            .iter()
            .map(|c| (c.span.start, c.span.end, c.entity_type, c.source))
            .collect();
        assert_eq!(
            got,
            [
                (0, 10, Loc, MentionSource::Both),
                (20, 40, Org, MentionSource::Tagger),
                (50, 70, Loc, MentionSource::Gazetteer),
                (80, 90, Pers, MentionSource::Tagger),
            ]
        );
    }
}
