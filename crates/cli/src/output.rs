//! The JSON shapes of `analyze` and `resolve` (a contract: fields may be added, never removed).

use marsad_core::attribution::{Anonymity, Attribution, Link};
use marsad_core::corpus::Resolution;
use marsad_core::ingest::{Problem, Provenance};
use marsad_core::pipeline::ArticleAnalysis;
use serde::{Deserialize, Serialize};

/// One article in the output.
#[derive(Serialize, Deserialize)]
pub struct ArticleOut {
    pub path: String,
    pub title: String,
    pub title_inferred: bool,
    pub published: Option<String>,
    /// ISO 8601 with the time, seconds and UTC offset as far as the article states them.
    pub published_time: Option<String>,
    /// What gave `published`: `dateline`, `dateline_text`, `machine`, `image_path`.
    #[serde(default)]
    pub published_source: Option<String>,
    /// The last update the article states, kept apart from `published`.
    #[serde(default)]
    pub updated: Option<String>,
    #[serde(default)]
    pub updated_time: Option<String>,
    /// The outlet that published the article (`BBC Arabic`).
    #[serde(default)]
    pub source: Option<String>,
    /// The news agency credited beside the outlet (`رويترز`).
    #[serde(default)]
    pub agency: Option<String>,
    /// The reference day inferred from the text when it states no date (`YYYY-MM-DD`).
    #[serde(default)]
    pub inferred_reference: Option<String>,
    pub byline: Option<String>,
    pub section: Option<String>,
    pub dateline_place: Option<String>,
    pub sources: Vec<String>,
    pub content_hash: String,
    pub encoding: String,
    /// The article's address on the web, when its file says it.
    #[serde(default)]
    pub url: Option<String>,
    /// The file, format (`text`, `html`, `docx`, `pdf`, `csv` …), record number, and what
    /// gave the title and the date.
    #[serde(default)]
    pub provenance: Provenance,
    pub blocks: Vec<BlockOut>,
    pub quotes: Vec<QuoteOut>,
    pub mentions: Vec<MentionOut>,
    pub dates: Vec<DateOut>,
    pub events: Vec<EventOut>,
    #[serde(default)]
    pub attributions: Vec<AttributionOut>,
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
    /// `reported` or `background`.
    #[serde(default)]
    pub role: String,
    /// Resolved through a reference inferred from the text (the article states no date).
    #[serde(default)]
    pub inferred_from_content: bool,
}

#[derive(Serialize, Deserialize)]
pub struct EventOut {
    pub date: String,
    pub grain: String,
    /// `reported` or `background`.
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub inferred_from_content: bool,
    pub label: String,
    pub sentence: String,
    pub start: usize,
    pub end: usize,
    pub entities: Vec<String>,
}

/// One reported statement and its source.
#[derive(Serialize, Deserialize)]
pub struct AttributionOut {
    /// The source's words as written.
    pub source: String,
    /// person, anonymous, outlet, organization or document.
    pub kind: String,
    /// The resolved entity id when the source is a named entity (null in `--jsonl`, before resolution).
    pub entity: Option<String>,
    pub role: Option<String>,
    pub via: Vec<LinkOut>,
    /// The reporting verb's citation form (قال، أكّد) or the frame's (بحسب).
    pub verb: String,
    /// neutral, assertive, denial, distancing, warning or revealing.
    pub stance: String,
    /// Where the source's words are (for a reference back, where the source was named).
    pub start: usize,
    pub end: usize,
    pub statement_start: usize,
    pub statement_end: usize,
    /// For an unnamed source: how many, from where, and whether anonymity is stated.
    pub anonymous: Option<AnonymousOut>,
    /// The proper name in the source (أكسيوس in موقع أكسيوس).
    pub name: Option<String>,
    /// The statement's text.
    pub statement: String,
    /// The verb or frame as written.
    pub cue_start: usize,
    pub cue_end: usize,
    /// The words here that refer back to a source named earlier (الوزير, or the verb for a pronoun).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub refers_back: Option<(usize, usize)>,
    /// The document or occasion it was said in (بيان، تقرير، تصريح).
    pub document: Option<String>,
    /// Index of the mention naming the source, for `resolve`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub mention: Option<usize>,
}

/// One more link of a statement's chain.
#[derive(Serialize, Deserialize)]
pub struct LinkOut {
    pub source: String,
    pub kind: String,
    pub entity: Option<String>,
    /// `cites` (the source relies on it) or `carrier` (it carried the statement).
    pub relation: String,
    pub name: Option<String>,
    pub anonymous: Option<AnonymousOut>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub mention: Option<usize>,
}

/// What the text says about an unnamed source.
#[derive(Serialize, Deserialize)]
pub struct AnonymousOut {
    /// How many (null for an unspecified plural).
    pub count: Option<u32>,
    pub affiliation: Option<String>,
    /// The text says the source asked not to be named (or was not authorised to speak).
    pub stated: bool,
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
        published_source: a.published_source.map(|s| s.as_str().to_owned()),
        updated: a.updated.map(|d| d.date_iso()),
        updated_time: a.updated.filter(|d| d.hour.is_some()).map(|d| d.iso()),
        source: a.outlet.clone(),
        agency: a.agency.clone(),
        inferred_reference: a.inferred_reference.map(marsad_core::time::CivilDate::iso),
        byline: a.byline.clone(),
        section: a.section.clone(),
        dateline_place: a.dateline_place.clone(),
        sources: a.sources.clone(),
        content_hash: a.content_hash.clone(),
        encoding: a.encoding.clone(),
        url: a.url.clone(),
        provenance: a.provenance.clone(),
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
                role: d.role.as_str().to_owned(),
                inferred_from_content: d.inferred_from_content,
            })
            .collect(),
        events: a
            .events
            .iter()
            .map(|e| EventOut {
                date: e.date.clone(),
                grain: e.grain.as_str().to_owned(),
                role: e.role.as_str().to_owned(),
                inferred_from_content: e.inferred_from_content,
                label: e.label.clone(),
                sentence: slice(text, e.sentence.start, e.sentence.end),
                start: e.sentence.start,
                end: e.sentence.end,
                entities: e.entities.clone(),
            })
            .collect(),
        attributions: a
            .attributions
            .iter()
            .map(|at| attribution_out(text, at, entity_ids))
            .collect(),
        warnings: a.bidi_warnings.iter().map(|w| w.message.clone()).collect(),
        text: None,
        sentences: None,
    }
}

/// The entity id of mention `index`, when resolved.
fn entity_of(entity_ids: Option<&[String]>, index: Option<usize>) -> Option<String> {
    let ids = entity_ids?;
    ids.get(index?).filter(|id| !id.is_empty()).cloned()
}

fn anonymous_out(a: &Anonymity) -> AnonymousOut {
    AnonymousOut {
        count: a.count,
        affiliation: a.affiliation.clone(),
        stated: a.stated,
    }
}

fn link_out(link: &Link, entity_ids: Option<&[String]>) -> LinkOut {
    LinkOut {
        source: link.source.clone(),
        kind: link.kind.as_str().to_owned(),
        entity: entity_of(entity_ids, link.mention),
        relation: link.relation.as_str().to_owned(),
        name: link.name.clone(),
        anonymous: link.anonymous.as_ref().map(anonymous_out),
        mention: link.mention,
    }
}

/// The output form of one attribution; `entity_ids` as for [`article_out`].
pub fn attribution_out(
    text: &str,
    a: &Attribution,
    entity_ids: Option<&[String]>,
) -> AttributionOut {
    AttributionOut {
        source: a.source.clone(),
        kind: a.kind.as_str().to_owned(),
        entity: a
            .entity
            .clone()
            .or_else(|| entity_of(entity_ids, a.mention)),
        role: a.role.clone(),
        via: a.via.iter().map(|l| link_out(l, entity_ids)).collect(),
        verb: a.verb.clone(),
        stance: a.stance.as_str().to_owned(),
        start: a.span.start,
        end: a.span.end,
        statement_start: a.statement.start,
        statement_end: a.statement.end,
        anonymous: a.anonymous.as_ref().map(anonymous_out),
        name: a.name.clone(),
        statement: slice(text, a.statement.start, a.statement.end),
        cue_start: a.cue.start,
        cue_end: a.cue.end,
        refers_back: a.refers_back.map(|s| (s.start, s.end)),
        document: a.document.clone(),
        mention: a.mention,
    }
}

/// Fills the entity ids of attributions read back from `--jsonl`, from their mentions'.
pub fn resolve_attributions(attributions: &mut [AttributionOut], entity_ids: &[String]) {
    let id = |mention: Option<usize>| entity_of(Some(entity_ids), mention);
    for a in attributions {
        a.entity = id(a.mention);
        for link in &mut a.via {
            link.entity = id(link.mention);
        }
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
