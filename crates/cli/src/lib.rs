//! `marsad-cli`: headless Marsad for batch use, tests and benchmarks.
//!
//! Every command is documented in the README; the JSON shapes are a contract
//! (fields may be added, never removed). The binary only calls [`run`], so the
//! end-to-end tests can run the same commands in their own process.

pub mod cmd;
mod logging;
mod output;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "marsad-cli",
    version,
    about = "Headless Marsad: analyze Arabic news folders, evaluate, benchmark, export"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Log more on stderr: `-v` info, `-vv` debug, `-vvv` trace (RUST_LOG overrides).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
}

#[derive(Subcommand)]
enum Command {
    /// Analyze every article under DIR and print the analysis as JSON (or RON).
    Analyze {
        dir: PathBuf,
        #[arg(long, value_enum, default_value_t = cmd::analyze::Format::Json)]
        format: cmd::analyze::Format,
        /// Write one article's analysis per line as soon as it is done.
        #[arg(long)]
        jsonl: bool,
        #[arg(long)]
        out: Option<PathBuf>,
        /// How bare weekdays, months and year-less dates are read: past (news), future
        /// (schedules, previews) or nearest.
        #[arg(long, value_enum, default_value_t = cmd::dates::PreferArg::Past)]
        prefer: cmd::dates::PreferArg,
        /// Analyse every file again, without reading or filling the analysis cache.
        #[arg(long)]
        no_cache: bool,
    },
    /// Resolve entities across articles from `analyze --jsonl` outputs.
    Resolve {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Analyze DIR end to end and print throughput and peak memory.
    Bench {
        dir: PathBuf,
        /// Analyse cold into a fresh analysis cache, then reopen from it as the app does.
        #[arg(long)]
        reopen: bool,
    },
    /// Find the date expressions of each stdin line; one JSON array per line.
    Dates {
        /// The reference date (RFC 3339 or YYYY-MM-DD) for relative and year-less dates.
        #[arg(long)]
        reference: String,
        /// How bare weekdays, months and year-less dates are read: past (news), future
        /// (schedules, previews) or nearest. Forward cues (المقبل، سوف) still read forward.
        #[arg(long, value_enum, default_value_t = cmd::dates::PreferArg::Past)]
        prefer: cmd::dates::PreferArg,
    },
    /// Write a synthetic Arabic corpus composed from the sample corpus's building blocks.
    GenCorpus {
        out: PathBuf,
        #[arg(long, default_value_t = 1000)]
        articles: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Create or validate a workspace file.
    #[command(subcommand)]
    Workspace(WorkspaceCommand),
    /// Export entities, events, mentions and attributions of a workspace's corpus (CSV or JSON by extension), or an HTML report.
    Export {
        #[arg(long)]
        workspace: PathBuf,
        #[arg(long)]
        entities: Option<PathBuf>,
        #[arg(long)]
        events: Option<PathBuf>,
        #[arg(long)]
        mentions: Option<PathBuf>,
        /// Who said what, citing whom, with the analyst's fixes applied.
        #[arg(long)]
        attributions: Option<PathBuf>,
        /// A self-contained right-to-left HTML report: the articles with their entities
        /// and dates marked, the entity table, the notes and tags, the timeline.
        #[arg(long)]
        report: Option<PathBuf>,
    },
    /// Train the entity tagger on a CoNLL file, reproducibly.
    TrainNer(cmd::ner::TrainArgs),
    /// Tag a CoNLL file and score entity-level precision, recall and F1.
    EvalNer(cmd::ner::EvalArgs),
}

#[derive(Subcommand)]
enum WorkspaceCommand {
    /// A fresh workspace over a corpus folder.
    New {
        corpus: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
    /// Validate a workspace and summarize it; exits non-zero with the parse error.
    Check { file: PathBuf },
}

/// Parses `args` (the program name first) and runs the command; a usage error is
/// printed and exits as clap exits.
pub fn run_from<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    match Cli::try_parse_from(args) {
        Ok(cli) => run(cli),
        Err(err) => {
            let _ = err.print();
            ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2))
        }
    }
}

/// Runs one parsed command; errors are printed to stderr.
pub fn run(cli: Cli) -> ExitCode {
    logging::init(cli.verbose);
    tracing::info!(version = env!("CARGO_PKG_VERSION"), "marsad-cli starts");
    let result = match cli.command {
        Command::Analyze {
            dir,
            format,
            jsonl,
            out,
            prefer,
            no_cache,
        } => {
            let cache_dir = (!no_cache)
                .then(marsad_storage::cache::default_dir)
                .flatten();
            cmd::analyze::run(
                &dir,
                format,
                jsonl,
                out.as_deref(),
                prefer.into(),
                cache_dir.as_deref(),
            )
        }
        Command::Resolve { files, out } => cmd::resolve::run(&files, out.as_deref()),
        Command::Bench { dir, reopen: false } => cmd::bench::run(&dir),
        Command::Bench { dir, reopen: true } => cmd::bench_reopen::run(&dir),
        Command::Dates { reference, prefer } => {
            cmd::dates::run(&reference, prefer.into()).map(|()| ExitCode::SUCCESS)
        }
        Command::GenCorpus {
            out,
            articles,
            seed,
        } => cmd::gen_corpus::run(&out, articles, seed),
        Command::Workspace(WorkspaceCommand::New { corpus, out }) => {
            cmd::workspace::new(&corpus, &out).map(|()| ExitCode::SUCCESS)
        }
        Command::Workspace(WorkspaceCommand::Check { file }) => {
            cmd::workspace::check(&file).map(|()| ExitCode::SUCCESS)
        }
        Command::Export {
            workspace,
            entities,
            events,
            mentions,
            attributions,
            report,
        } => cmd::export::export(
            &workspace,
            &cmd::export::Targets {
                entities: entities.as_deref(),
                events: events.as_deref(),
                mentions: mentions.as_deref(),
                attributions: attributions.as_deref(),
                report: report.as_deref(),
            },
        )
        .map(|()| ExitCode::SUCCESS),
        Command::TrainNer(args) => cmd::ner::train(&args),
        Command::EvalNer(args) => cmd::ner::eval(&args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            tracing::debug!("the command failed: {err:?}");
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
