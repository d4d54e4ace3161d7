//! `marsad-cli analyze DIR`: the whole analysis of a folder as JSON, RON or JSON lines.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::AtomicBool;

use anyhow::Context as _;
use marsad_core::ingest::IngestOptions;
use marsad_core::pipeline::{self, Analyzer};
use marsad_core::time::Prefer;

use crate::output::{AnalysisOut, article_out, entities_out, problems_out};

/// Output format of the whole-folder document.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Format {
    Json,
    Ron,
}

/// Runs the analysis; exit code 0 even when some files failed (they are in `problems`),
/// non-zero only when nothing could be analyzed at all.
pub fn run(
    dir: &Path,
    format: Format,
    jsonl: bool,
    out: Option<&Path>,
    prefer: Prefer,
    cache_dir: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(dir.is_dir(), "{} is not a folder", dir.display());
    let analyzer = Analyzer::new()?.with_prefer(prefer);
    let sink: Box<dyn Write + Send> = match out {
        Some(path) => Box::new(BufWriter::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(std::io::stdout())),
    };
    let sink = Mutex::new(sink);
    let write_error: Mutex<Option<std::io::Error>> = Mutex::new(None);
    let cancel = AtomicBool::new(false);

    let on_article = |article: std::sync::Arc<pipeline::ArticleAnalysis>| {
        if !jsonl {
            return;
        }
        let mut line = article_out(&article, None);
        line.text = Some(article.text.clone());
        line.sentences = Some(article.sentences.iter().map(|s| (s.start, s.end)).collect());
        let Ok(mut w) = sink.lock() else { return };
        let written = serde_json::to_writer(&mut *w, &line)
            .map_err(std::io::Error::from)
            .and_then(|()| w.write_all(b"\n"));
        if let Err(err) = written
            && let Ok(mut slot) = write_error.lock()
        {
            slot.get_or_insert(err);
        }
    };
    let (analysis, cache) = marsad_storage::cache::analyze_folder(
        &analyzer,
        dir,
        &IngestOptions::default(),
        cache_dir,
        &on_article,
        &|_| {},
        &cancel,
    );
    for note in &cache.notes {
        eprintln!("note: {note}");
    }
    if let Some(err) = write_error.into_inner().ok().flatten() {
        return Err(err).context("cannot write the output");
    }
    let mut sink = sink
        .into_inner()
        .map_err(|_| anyhow::anyhow!("the output writer was poisoned"))?;

    for problem in &analysis.problems {
        eprintln!("problem: {}: {}", problem.path, problem.error);
    }
    if !jsonl {
        let ids: Vec<Vec<String>> = (0..analysis.articles.len())
            .map(|i| analysis.resolution.mention_entity_ids(i))
            .collect();
        let document = AnalysisOut {
            articles: analysis
                .articles
                .iter()
                .zip(&ids)
                .map(|(a, ids)| article_out(a, Some(ids)))
                .collect(),
            entities: entities_out(&analysis.resolution),
            problems: problems_out(&analysis.problems),
        };
        match format {
            Format::Json => serde_json::to_writer_pretty(&mut sink, &document)?,
            Format::Ron => {
                let ron = ron::ser::to_string_pretty(&document, ron::ser::PrettyConfig::default())?;
                sink.write_all(ron.as_bytes())?;
            }
        }
        sink.write_all(b"\n")?;
    }
    sink.flush()?;
    if analysis.articles.is_empty() && !analysis.problems.is_empty() {
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
