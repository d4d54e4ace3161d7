//! `marsad-cli resolve FILE.jsonl…`: cross-article resolution over `analyze --jsonl` outputs.
//!
//! This is the reduce step: per-article analysis can run anywhere (one JSON
//! line per article), and only this pass needs every article's mentions at once.
//! It reads the lines twice so that only what resolution needs stays in
//! memory (texts, mentions, sentence spans): the first pass keeps that and
//! where each line is, the second re-reads each article while the output
//! document is written, one article at a time. Lines from a pipe, which
//! cannot be read twice, are kept in memory instead.

use std::cell::RefCell;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Seek, SeekFrom, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;
use marsad_core::corpus::{self, ArticleMentions, Resolution};
use marsad_core::{EntityType, Mention, MentionSource, Span};
use serde::ser::{Error as _, SerializeSeq as _};
use serde::{Deserialize, Serialize, Serializer};

use crate::output::{
    ArticleOut, EntityOut, MentionOut, ProblemOut, entities_out, resolve_attributions,
};

/// The fields of an `analyze --jsonl` line that resolution reads.
#[derive(Deserialize)]
struct LineForResolution {
    path: String,
    #[serde(default)]
    text: Option<String>,
    mentions: Vec<MentionOut>,
    #[serde(default)]
    sentences: Option<Vec<(usize, usize)>>,
}

/// One article read back from JSON lines: what resolution needs, and where its line is.
struct Loaded {
    path: String,
    file: usize,
    offset: u64,
    text: String,
    mentions: Vec<Mention>,
    sentences: Vec<Span>,
}

/// Reads every line of every file, resolves entities and writes the full analysis document.
pub fn run(files: &[impl AsRef<Path>], out: Option<&Path>) -> anyhow::Result<ExitCode> {
    let mut loaded = Vec::new();
    let mut sources = Vec::with_capacity(files.len());
    for (file, path) in files.iter().map(AsRef::as_ref).enumerate() {
        let opened = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
        let rereadable = opened.metadata().is_ok_and(|m| m.is_file());
        let mut kept = Vec::new();
        let mut reader = BufReader::new(opened);
        let mut offset = 0u64;
        let mut line = String::new();
        for number in 1.. {
            line.clear();
            let read = reader
                .read_line(&mut line)
                .with_context(|| format!("cannot read {}", path.display()))?;
            if read == 0 {
                break;
            }
            let at = if rereadable {
                offset
            } else {
                kept.push(line.clone());
                kept.len() as u64 - 1
            };
            offset += read as u64;
            if line.trim().is_empty() {
                continue;
            }
            let article: LineForResolution = serde_json::from_str(&line).with_context(|| {
                format!("{}:{number}: not an analyze --jsonl line", path.display())
            })?;
            loaded.push(
                load(article, file, at).with_context(|| format!("{}:{number}", path.display()))?,
            );
        }
        sources.push(if rereadable {
            Source::File(reader)
        } else {
            Source::Kept(kept)
        });
    }
    // Resolution is deterministic in article order, whatever order the map step wrote them in.
    loaded.sort_by(|a, b| a.path.cmp(&b.path));

    let inputs: Vec<ArticleMentions<'_>> = loaded
        .iter()
        .enumerate()
        .map(|(index, a)| ArticleMentions {
            article: index,
            text: &a.text,
            mentions: &a.mentions,
            sentences: &a.sentences,
        })
        .collect();
    let resolution = corpus::resolve(&inputs);
    drop(inputs);
    let places: Vec<(usize, u64)> = loaded.iter().map(|a| (a.file, a.offset)).collect();
    drop(loaded);

    let document = Document {
        articles: Articles {
            places: &places,
            sources: RefCell::new(sources),
            resolution: &resolution,
        },
        entities: entities_out(&resolution),
        problems: Vec::new(),
    };
    let mut sink: Box<dyn Write> = match out {
        Some(path) => Box::new(BufWriter::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    serde_json::to_writer_pretty(&mut sink, &document)?;
    sink.write_all(b"\n")?;
    sink.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The `analyze` document (`output::AnalysisOut`, field for field) with its
/// articles read back from the input lines as they are written.
#[derive(Serialize)]
struct Document<'a> {
    articles: Articles<'a>,
    entities: Vec<EntityOut>,
    problems: Vec<ProblemOut>,
}

/// Where the second pass finds an input's lines: the file again, or the
/// lines themselves when the input was a pipe.
enum Source {
    File(BufReader<File>),
    Kept(Vec<String>),
}

/// The articles in resolution order, each re-read from its line when serialized.
/// A place is (input, byte offset of the line), or (input, line index) for kept lines.
struct Articles<'a> {
    places: &'a [(usize, u64)],
    sources: RefCell<Vec<Source>>,
    resolution: &'a Resolution,
}

impl Articles<'_> {
    /// The article at `index` with its mentions' entity ids filled in.
    fn article(&self, index: usize) -> anyhow::Result<ArticleOut> {
        let &(input, place) = self.places.get(index).context("no such article")?;
        let mut sources = self.sources.borrow_mut();
        let mut line = String::new();
        let line = match sources.get_mut(input).context("no such input")? {
            Source::File(reader) => {
                reader.seek(SeekFrom::Start(place))?;
                reader.read_line(&mut line)?;
                line.as_str()
            }
            Source::Kept(lines) => lines
                .get(usize::try_from(place)?)
                .context("no such line")?
                .as_str(),
        };
        let mut article: ArticleOut = serde_json::from_str(line)
            .context("an input line changed while it was being resolved")?;
        let ids = self.resolution.mention_entity_ids(index);
        resolve_attributions(&mut article.attributions, &ids);
        for (mention, id) in article.mentions.iter_mut().zip(ids) {
            mention.entity = id;
        }
        article.text = None;
        article.sentences = None;
        Ok(article)
    }
}

impl Serialize for Articles<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.places.len()))?;
        for index in 0..self.places.len() {
            let article = self.article(index).map_err(S::Error::custom)?;
            seq.serialize_element(&article)?;
        }
        seq.end()
    }
}

fn load(line: LineForResolution, file: usize, offset: u64) -> anyhow::Result<Loaded> {
    let text = line
        .text
        .context("the line has no `text`: produce it with `analyze --jsonl`")?;
    let mentions = line
        .mentions
        .into_iter()
        .map(|m| {
            let entity_type = EntityType::from_tag(&m.entity_type)
                .with_context(|| format!("unknown entity type {}", m.entity_type))?;
            anyhow::ensure!(
                text.get(m.start..m.end).is_some(),
                "mention {}..{} is outside the text",
                m.start,
                m.end
            );
            Ok(Mention {
                span: Span::new(m.start, m.end),
                text: m.text,
                entity_type,
                source: source_from(&m.source),
                confidence: marsad_core::Confidence::from_probability(m.confidence),
            })
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let sentences = line
        .sentences
        .unwrap_or_default()
        .into_iter()
        .map(|(s, e)| Span::new(s, e))
        .collect();
    Ok(Loaded {
        path: line.path,
        file,
        offset,
        text,
        mentions,
        sentences,
    })
}

fn source_from(name: &str) -> MentionSource {
    match name {
        "gazetteer" => MentionSource::Gazetteer,
        "both" => MentionSource::Both,
        "user" => MentionSource::User,
        _ => MentionSource::Tagger,
    }
}
