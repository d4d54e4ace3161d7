//! The JSON shapes of `analyze` and `resolve` (a contract: fields may be added, never removed).

use marsad_core::corpus::Resolution;
use marsad_core::ingest::Problem;
use marsad_core::pipeline::ArticleAnalysis;
use serde::{Deserialize, Serialize};

/// One article in the output.
#[derive(Serialize, Deserialize)]
pub struct ArticleOut {
    pub path: String,
    pub title: String,
    pub title_inferred: bool,
    pub published: Option<String>,
    pub published_time: Option<String>,
    pub byline: Option<String>,
    pub section: Option<String>,
    pub dateline_place: Option<String>,
    pub sources: Vec<String>,
    pub content_hash: String,
    pub encoding: String,
    pub blocks: Vec<BlockOut>,
    pub quotes: Vec<QuoteOut>,
    pub mentions: Vec<MentionOut>,
    pub dates: Vec<DateOut>,
    pub events: Vec<EventOut>,
    pub warnings: Vec<String>,
    /// The decoded text and sentence spans, present in `--jsonl` output so
    /// `resolve` can work from those files alone.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub sentences: Option<Vec<(usize, usize)>>,
}

#[derive(Serialize, Deserialize)]
pub struct BlockOut {
    pub kind: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub speaker: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub credit: Option<String>,
}

#[derive(Serialize, Deserialize)]
pub struct QuoteOut {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub speaker: Option<String>,
}

#[derive(Serialize, Deserialize)]
pub struct MentionOut {
    /// The resolved entity's id (empty in per-article `--jsonl` output, before resolution).
    pub entity: String,
    #[serde(rename = "type")]
    pub entity_type: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub source: String,
    /// How sure the recognizer is, 0 to 1 (the tagger's marginals; list
    /// entries and the analyst's own are 1). Absent in older files: 1.
    #[serde(default = "certain")]
    pub confidence: f32,
}

fn certain() -> f32 {
    1.0
}

#[derive(Serialize, Deserialize)]
pub struct DateOut {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub value: Option<String>,
    pub grain: String,
    pub calendar: String,
    pub resolution: String,
}

#[derive(Serialize, Deserialize)]
pub struct EventOut {
    pub date: String,
    pub grain: String,
    pub label: String,
    pub sentence: String,
    pub start: usize,
    pub end: usize,
    pub entities: Vec<String>,
}

#[derive(Serialize, Deserialize)]
pub struct EntityOut {
    pub id: String,
    #[serde(rename = "type")]
    pub entity_type: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub mentions: usize,
    pub articles: usize,
}

#[derive(Serialize, Deserialize)]
pub struct ProblemOut {
    pub path: String,
    pub error: String,
}

/// The whole `analyze` document.
#[derive(Serialize, Deserialize)]
pub struct AnalysisOut {
    pub articles: Vec<ArticleOut>,
    pub entities: Vec<EntityOut>,
    pub problems: Vec<ProblemOut>,
}

/// The text a span covers, or an empty string when the span is out of bounds.
fn slice(text: &str, start: usize, end: usize) -> String {
    text.get(start..end).unwrap_or_default().to_owned()
}

/// The output form of one article; `entity_ids[i]` names the entity of mention `i` when resolved.
pub fn article_out(a: &ArticleAnalysis, entity_ids: Option<&[String]>) -> ArticleOut {
    let text = &a.text;
    ArticleOut {
        path: a.path.clone(),
        title: a.title.clone(),
        title_inferred: a.title_inferred,
        published: a.published.map(|d| d.date_iso()),
        published_time: a.published.filter(|d| d.hour.is_some()).map(|d| d.iso()),
        byline: a.byline.clone(),
        section: a.section.clone(),
        dateline_place: a.dateline_place.clone(),
        sources: a.sources.clone(),
        content_hash: a.content_hash.clone(),
        encoding: a.encoding.clone(),
        blocks: a
            .blocks
            .iter()
            .map(|b| BlockOut {
                kind: b.kind.as_str().to_owned(),
                text: slice(text, b.span.start, b.span.end),
                start: b.span.start,
                end: b.span.end,
                speaker: b.speaker.clone(),
                credit: b.credit.clone(),
            })
            .collect(),
        quotes: a
            .quotes
            .iter()
            .map(|q| QuoteOut {
                text: slice(text, q.span.start, q.span.end),
                start: q.span.start,
                end: q.span.end,
                speaker: q.speaker.clone(),
            })
            .collect(),
        mentions: a
            .mentions
            .iter()
            .enumerate()
            .map(|(i, m)| MentionOut {
                entity: entity_ids
                    .and_then(|ids| ids.get(i))
                    .cloned()
                    .unwrap_or_default(),
                entity_type: m.entity_type.as_str().to_owned(),
                text: m.text.clone(),
                start: m.span.start,
                end: m.span.end,
                source: format!("{:?}", m.source).to_lowercase(),
                confidence: m.confidence.probability(),
            })
            .collect(),
        dates: a
            .dates
            .iter()
            .map(|d| DateOut {
                text: d.text.clone(),
                start: d.span.start,
                end: d.span.end,
                value: d.value_iso(),
                grain: d.grain.as_str().to_owned(),
                calendar: d.calendar.as_str().to_owned(),
                resolution: d.resolution.as_str().to_owned(),
            })
            .collect(),
        events: a
            .events
            .iter()
            .map(|e| EventOut {
                date: e.date.clone(),
                grain: e.grain.as_str().to_owned(),
                label: e.label.clone(),
                sentence: slice(text, e.sentence.start, e.sentence.end),
                start: e.sentence.start,
                end: e.sentence.end,
                entities: e.entities.clone(),
            })
            .collect(),
        warnings: a.bidi_warnings.iter().map(|w| w.message.clone()).collect(),
        text: None,
        sentences: None,
    }
}

/// The output form of the resolved entities.
pub fn entities_out(resolution: &Resolution) -> Vec<EntityOut> {
    resolution
        .entities
        .iter()
        .map(|e| EntityOut {
            id: e.id.to_string(),
            entity_type: e.entity_type.as_str().to_owned(),
            name: e.name.clone(),
            aliases: e.aliases.clone(),
            mentions: e.mention_count,
            articles: e.article_count,
        })
        .collect()
}

/// The output form of the problems.
pub fn problems_out(problems: &[Problem]) -> Vec<ProblemOut> {
    problems
        .iter()
        .map(|p| ProblemOut {
            path: p.path.clone(),
            error: p.error.clone(),
        })
        .collect()
}
