//! `marsad-cli resolve FILE.jsonl…`: cross-article resolution over `analyze --jsonl` outputs.
//!
//! This is the reduce step: per-article analysis can run anywhere (one JSON
//! line per article), and only this pass needs every article's mentions at once.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;
use marsad_core::corpus::{self, ArticleMentions};
use marsad_core::{EntityType, Mention, MentionSource, Span};

use crate::output::{AnalysisOut, ArticleOut, entities_out};

/// One article read back from JSON lines, with what resolution needs.
struct Loaded {
    out: ArticleOut,
    text: String,
    mentions: Vec<Mention>,
    sentences: Vec<Span>,
}

/// Reads every line of every file, resolves entities and writes the full analysis document.
pub fn run(files: &[impl AsRef<Path>], out: Option<&Path>) -> anyhow::Result<ExitCode> {
    let mut loaded = Vec::new();
    for file in files {
        let path = file.as_ref();
        let reader = BufReader::new(
            File::open(path).with_context(|| format!("cannot open {}", path.display()))?,
        );
        for (number, line) in reader.lines().enumerate() {
            let line = line.with_context(|| format!("cannot read {}", path.display()))?;
            if line.trim().is_empty() {
                continue;
            }
            let article: ArticleOut = serde_json::from_str(&line).with_context(|| {
                format!(
                    "{}:{}: not an analyze --jsonl line",
                    path.display(),
                    number + 1
                )
            })?;
            loaded
                .push(load(article).with_context(|| format!("{}:{}", path.display(), number + 1))?);
        }
    }
    // Resolution is deterministic in article order, whatever order the map step wrote them in.
    loaded.sort_by(|a, b| a.out.path.cmp(&b.out.path));

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
    let articles = loaded
        .into_iter()
        .enumerate()
        .map(|(index, mut a)| {
            for (mention, id) in a
                .out
                .mentions
                .iter_mut()
                .zip(resolution.mention_entity_ids(index))
            {
                mention.entity = id;
            }
            a.out.text = None;
            a.out.sentences = None;
            a.out
        })
        .collect();
    let document = AnalysisOut {
        articles,
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

fn load(out: ArticleOut) -> anyhow::Result<Loaded> {
    let text = out
        .text
        .clone()
        .context("the line has no `text`: produce it with `analyze --jsonl`")?;
    let mentions = out
        .mentions
        .iter()
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
                text: m.text.clone(),
                entity_type,
                source: source_from(&m.source),
            })
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let sentences = out
        .sentences
        .clone()
        .unwrap_or_default()
        .into_iter()
        .map(|(s, e)| Span::new(s, e))
        .collect();
    Ok(Loaded {
        out,
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
