//! `marsad-cli train-ner` and `marsad-cli eval-ner`: train the statistical
//! entity tagger on a CoNLL file and score a tagger on one.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context as _;
use marsad_core::entities::clusters::{self, ClusterConfig};
use marsad_core::entities::eval::Evaluation;
use marsad_core::entities::gazetteer::Gazetteer;
use marsad_core::entities::names::MinedNames;
use marsad_core::entities::tagger::CONLL_WINDOW;
use marsad_core::entities::tags::Tag;
use marsad_core::entities::{Learner, Recognizer, Tagger, TrainConfig, conll};
use marsad_core::{EntityType, Span};

/// Options of `train-ner`.
#[derive(Debug, Clone, clap::Args)]
pub struct TrainArgs {
    /// Training data (CoNLL: token TAB tag, blank line between sentences).
    #[arg(long, default_value = "../shared/data/anercorp/train.conll")]
    pub train: PathBuf,
    /// Where to write the model.
    #[arg(long, default_value = "assets/models/ner.bin")]
    pub out: PathBuf,
    /// Word-cluster table the features use (rebuilt first with --clusters-from).
    #[arg(long, default_value = "assets/models/clusters.tsv")]
    pub lexicon: PathBuf,
    /// Rebuild the word-cluster table from this unlabeled text (one document
    /// per line; repeat the option to read several files) plus the training
    /// tokens, and write it to --lexicon.
    #[arg(long)]
    pub clusters_from: Vec<PathBuf>,
    /// Recompute each word's corpus cue profile (the contexts it appears in)
    /// from this unlabeled text (repeatable) plus the training tokens, and
    /// write it into --lexicon (after --clusters-from, when both are given).
    #[arg(long)]
    pub cues_from: Vec<PathBuf>,
    /// Cluster counts of the three granularities, coarse to fine (with --clusters-from).
    #[arg(long, value_delimiter = ',', default_values_t = ClusterConfig::default().sizes)]
    pub cluster_sizes: Vec<usize>,
    /// Passes over the training data.
    #[arg(long, default_value_t = TrainConfig::default().epochs)]
    pub epochs: usize,
    /// Seed of the per-epoch shuffle.
    #[arg(long, default_value_t = TrainConfig::default().seed)]
    pub seed: u64,
    /// Hold out this fraction of the training sentences (from the end) as a
    /// development set, report its F1 after every epoch, and train on the
    /// rest only. For tuning; the shipped model uses 0.
    #[arg(long, default_value_t = 0.0)]
    pub dev_tail: f64,
    /// Report the F1 on this held-out CoNLL file after every epoch (instead of --dev-tail).
    #[arg(long)]
    pub dev: Option<PathBuf>,
    /// Chance (per thousand) of hiding a token's own form during a training step.
    #[arg(long, default_value_t = TrainConfig::default().identity_dropout_permille)]
    pub dropout: u64,
    /// Training runs (different shuffles) whose weights are summed into the model.
    #[arg(long, default_value_t = TrainConfig::default().runs)]
    pub runs: usize,
    /// Learn an averaged perceptron instead of the default conditional random field.
    #[arg(long)]
    pub perceptron: bool,
    /// Initial learning rate of the CRF's stochastic gradient ascent.
    #[arg(long, default_value_t = Learner::CRF_RATE)]
    pub crf_rate: f32,
    /// L2 strength per training sentence of the CRF.
    #[arg(long, default_value_t = Learner::CRF_L2)]
    pub crf_l2: f32,
    /// Train without the mined organization and MISC lists (to measure what they add).
    #[arg(long)]
    pub no_mined_lists: bool,
    /// Score added to opening an entity of a type, written into the model
    /// (`TYPE=SCORE`, e.g. `ORG=0.5`; repeatable; replaces the defaults).
    #[arg(long, value_parser = parse_type_bias)]
    pub entry_bias: Vec<(EntityType, f32)>,
    /// CRF softmax-margin cost of missing a word of a type's entities
    /// (`TYPE=COST`, e.g. `ORG=1`; repeatable; replaces the defaults, which
    /// are ORG=1 and MISC=1; `PERS=0` alone turns them all off).
    #[arg(long, value_parser = parse_type_bias)]
    pub recall_cost: Vec<(EntityType, f32)>,
    /// Learn a second pass that reads the first pass's labels of the same
    /// words elsewhere in the document, from labels this many slices of
    /// cross-validation give (0: one pass).
    #[arg(long, default_value_t = TrainConfig::default().doc_label_folds)]
    pub doc_label_folds: usize,
}

/// Options of `eval-ner`.
#[derive(Debug, Clone, clap::Args)]
pub struct EvalArgs {
    /// Gold CoNLL file to tag and score.
    pub file: PathBuf,
    /// Score this model file instead of the bundled one (needs --lexicon).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Word-cluster table of --model.
    #[arg(long, default_value = "assets/models/clusters.tsv")]
    pub lexicon: PathBuf,
    /// Exit with a failure status when the micro F1 is below this.
    #[arg(long)]
    pub min_f1: Option<f64>,
    /// Exit with a failure status when one type's F1 is below its floor
    /// (`TYPE=F1`, e.g. `ORG=0.65`; repeatable).
    #[arg(long, value_parser = parse_type_floor)]
    pub min_type_f1: Vec<(EntityType, f64)>,
    /// Add this score to opening an entity of a type before tagging
    /// (`TYPE=SCORE`, e.g. `ORG=0.5`; repeatable): to choose `train-ner
    /// --entry-bias` on held-out data.
    #[arg(long, value_parser = parse_type_bias)]
    pub entry_bias: Vec<(EntityType, f32)>,
    /// Also write `token<TAB>gold<TAB>predicted` lines here, for error analysis.
    #[arg(long)]
    pub write_tags: Option<PathBuf>,
    /// Score the whole recognizer (tagger and gazetteer voting over running
    /// text, as the app and `analyze` use it) instead of the tagger alone. It
    /// scores lower on ANERcorp: the gazetteer marks names the corpus leaves
    /// untagged (مجلس الوزراء، الجيش اللبناني) and longer forms (قطاع غزة for غزة).
    #[arg(long)]
    pub recognizer: bool,
}

fn read_text(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
}

/// The folded tokens of every line (one document each) of the files, in order.
fn unlabeled_documents(paths: &[PathBuf]) -> anyhow::Result<Vec<Vec<String>>> {
    let mut documents = Vec::new();
    for path in paths {
        documents.extend(read_text(path)?.lines().map(clusters::tokens_of_text));
    }
    Ok(documents)
}

/// Trains the tagger and writes the model (and, with --clusters-from, the cluster table).
pub fn train(args: &TrainArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let mut sentences = conll::read(&args.train)?;
    anyhow::ensure!(
        !sentences.is_empty(),
        "{} holds no sentences",
        args.train.display()
    );

    if !args.clusters_from.is_empty() {
        let mut documents = unlabeled_documents(&args.clusters_from)?;
        documents.extend(sentences.iter().map(|s| {
            s.tokens
                .iter()
                .map(|t| clusters::tokens_of_text(t).concat())
                .collect()
        }));
        let sizes = <[usize; 3]>::try_from(args.cluster_sizes.as_slice()).map_err(|_| {
            anyhow::anyhow!(
                "--cluster-sizes takes three numbers, coarse to fine (like 64,256,1024), got {:?}",
                args.cluster_sizes
            )
        })?;
        anyhow::ensure!(
            sizes
                .iter()
                .all(|&k| (1..=usize::from(u16::MAX)).contains(&k)),
            "cluster counts must be between 1 and {}",
            u16::MAX
        );
        let config = ClusterConfig {
            sizes,
            ..ClusterConfig::default()
        };
        let [k1, k2, k3] = config.sizes;
        let header = format!(
            "Word counts and distributional clusters (k = {k1}, {k2}, {k3}) derived by `marsad-cli train-ner \
             --clusters-from` from the ANT corpus v1.1 and v2.1 multi-source (Chouigui et al., AICCSA 2017) and the ANERcorp training split.\n\
             Format: folded word, count, cluster ids (- = too rare to cluster), then (from `--cues-from`) the corpus cue profile in hex when the word has one. See README.md.",
        );
        let table = clusters::induce(&documents, &config, &header);
        std::fs::write(&args.lexicon, &table)
            .with_context(|| format!("cannot write {}", args.lexicon.display()))?;
        eprintln!(
            "clusters: {} lines written to {} ({:.1}s)",
            table.lines().count(),
            args.lexicon.display(),
            started.elapsed().as_secs_f64()
        );
    }
    if !args.cues_from.is_empty() {
        let mut documents = unlabeled_documents(&args.cues_from)?;
        documents.extend(sentences.iter().map(|s| s.tokens.clone()));
        let lists = marsad_core::entities::TaggerLists::bundled();
        let table = clusters::with_corpus_cues(&read_text(&args.lexicon)?, &documents, &lists)?;
        std::fs::write(&args.lexicon, &table)
            .with_context(|| format!("cannot write {}", args.lexicon.display()))?;
        eprintln!(
            "cue profiles written to {} ({:.1}s)",
            args.lexicon.display(),
            started.elapsed().as_secs_f64()
        );
    }
    let lexicon = read_text(&args.lexicon)?;

    let dev = if let Some(path) = &args.dev {
        conll::read(path)?
    } else if args.dev_tail > 0.0 {
        let keep = ((1.0 - args.dev_tail) * sentences.len() as f64).round() as usize;
        sentences.split_off(keep.min(sentences.len()))
    } else {
        Vec::new()
    };
    let config = TrainConfig {
        epochs: args.epochs,
        seed: args.seed,
        identity_dropout_permille: args.dropout,
        runs: args.runs,
        learner: if args.perceptron {
            Learner::Perceptron
        } else {
            Learner::Crf {
                rate: args.crf_rate,
                l2: args.crf_l2,
            }
        },
        entry_bias: if args.entry_bias.is_empty() {
            TrainConfig::default().entry_bias
        } else {
            biases_by_type(&args.entry_bias)
        },
        recall_cost: if args.recall_cost.is_empty() {
            TrainConfig::RECALL_COST
        } else {
            biases_by_type(&args.recall_cost)
        },
        doc_label_folds: args.doc_label_folds,
    };
    let lists: Option<std::sync::Arc<dyn marsad_core::entities::WordLists>> = if args.no_mined_lists
    {
        Some(std::sync::Arc::new(
            marsad_core::entities::TaggerLists::bundled().with_mined(MinedNames::default()),
        ))
    } else {
        marsad_core::entities::bundled_lists()
    };
    let tagger = Tagger::train(&sentences, &lexicon, lists, config, |epoch, tagger| {
        if dev.is_empty() {
            eprintln!("epoch {epoch} ({:.1}s)", started.elapsed().as_secs_f64());
        } else {
            let evaluation = tagger.evaluate(&dev);
            let per_type: Vec<String> = marsad_core::EntityType::ALL
                .iter()
                .map(|&t| format!("{t} {:.4}", evaluation.of_type(t).f1()))
                .collect();
            eprintln!(
                "epoch {epoch}: dev F1 {:.4} ({}) ({:.1}s)",
                evaluation.micro().f1(),
                per_type.join(", "),
                started.elapsed().as_secs_f64()
            );
        }
    })?;
    let bytes = tagger.to_bytes();
    std::fs::write(&args.out, &bytes)
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    println!(
        "trained on {} sentences: {} features, {} written ({:.2} MB) in {:.1}s",
        sentences.len(),
        tagger.feature_count(),
        args.out.display(),
        bytes.len() as f64 / 1_000_000.0,
        started.elapsed().as_secs_f64()
    );
    if !dev.is_empty() {
        println!("{}", tagger.evaluate(&dev).report());
    }
    Ok(ExitCode::SUCCESS)
}

/// Tags a CoNLL file, prints P/R/F1 per type and micro and the tagging speed;
/// the last line is `F1 0.xxxx`.
pub fn eval(args: &EvalArgs) -> anyhow::Result<ExitCode> {
    let sentences = conll::read(&args.file)?;
    let tagger = match &args.model {
        Some(model) => {
            let bytes =
                std::fs::read(model).with_context(|| format!("cannot read {}", model.display()))?;
            Tagger::from_bytes(
                &bytes,
                &read_text(&args.lexicon)?,
                marsad_core::entities::bundled_lists(),
            )?
        }
        None => Tagger::bundled()?,
    };
    let tagger = args
        .entry_bias
        .iter()
        .fold(tagger, |tagger, &(entity_type, bias)| {
            tagger.with_entry_bias(entity_type, bias)
        });
    let started = Instant::now();
    let predicted = if args.recognizer {
        recognize_conll(&Recognizer::new(tagger, Gazetteer::bundled()), &sentences)
    } else {
        let tokens: Vec<Vec<&str>> = sentences
            .iter()
            .map(|s| s.tokens.iter().map(String::as_str).collect())
            .collect();
        tagger.tag_document(&tokens, CONLL_WINDOW)
    };
    let evaluation = score(&sentences, &predicted);
    let seconds = started.elapsed().as_secs_f64();
    if let Some(path) = &args.write_tags {
        write_tags(&sentences, &predicted, path)?;
    }
    println!("sentences {}", sentences.len());
    println!("tokens {}", evaluation.tokens);
    println!(
        "tokens/s {:.0}",
        evaluation.tokens as f64 / seconds.max(1e-9)
    );
    println!("{}", evaluation.report());
    let mut below = Vec::new();
    let f1 = evaluation.micro().f1();
    if let Some(min) = args.min_f1
        && f1 < min
    {
        below.push(format!("F1 {f1:.4} is below the required {min:.4}"));
    }
    for &(entity_type, min) in &args.min_type_f1 {
        let f1 = evaluation.of_type(entity_type).f1();
        if f1 < min {
            below.push(format!(
                "{entity_type} F1 {f1:.4} is below the required {min:.4}"
            ));
        }
    }
    for line in &below {
        eprintln!("{line}");
    }
    Ok(if below.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// An entity type by its name (`PERS`, `org`…).
fn parse_type(name: &str) -> Result<EntityType, String> {
    EntityType::ALL
        .into_iter()
        .find(|t| t.to_string().eq_ignore_ascii_case(name.trim()))
        .ok_or_else(|| format!("unknown entity type {name:?} (PERS, ORG, LOC or MISC)"))
}

/// Reads a `TYPE=F1` floor of `--min-type-f1`.
fn parse_type_floor(text: &str) -> Result<(EntityType, f64), String> {
    let (name, value) = text
        .split_once('=')
        .ok_or_else(|| format!("expected TYPE=F1 (like ORG=0.65), got {text:?}"))?;
    let entity_type = parse_type(name)?;
    let min: f64 = value
        .trim()
        .parse()
        .map_err(|_| format!("{value:?} is not a number"))?;
    Ok((entity_type, min))
}

/// Reads a `TYPE=SCORE` entry bias or recall cost.
fn parse_type_bias(text: &str) -> Result<(EntityType, f32), String> {
    let (name, value) = text
        .split_once('=')
        .ok_or_else(|| format!("expected TYPE=SCORE (like ORG=0.5), got {text:?}"))?;
    let entity_type = parse_type(name)?;
    let bias: f32 = value
        .trim()
        .parse()
        .map_err(|_| format!("{value:?} is not a number"))?;
    Ok((entity_type, bias))
}

/// Scores per type in [`EntityType::ALL`] order (0 for a type not given).
fn biases_by_type(given: &[(EntityType, f32)]) -> [f32; 4] {
    EntityType::ALL.map(|t| {
        given
            .iter()
            .filter(|(given_type, _)| *given_type == t)
            .map(|&(_, bias)| bias)
            .sum()
    })
}

fn score(sentences: &[conll::Sentence], predicted: &[Vec<Tag>]) -> Evaluation {
    let mut evaluation = Evaluation::default();
    for (sentence, predicted) in sentences.iter().zip(predicted) {
        evaluation.add(&sentence.tags, predicted);
    }
    evaluation
}

/// Runs the recognizer over the CoNLL sentences as running text, in blocks of
/// [`CONLL_WINDOW`] sentences (one line each, a block read as one document),
/// and maps its mentions back onto the CoNLL tokens: a token is inside a
/// mention when their bytes overlap.
fn recognize_conll(recognizer: &Recognizer, sentences: &[conll::Sentence]) -> Vec<Vec<Tag>> {
    let mut out = Vec::with_capacity(sentences.len());
    for block in sentences.chunks(CONLL_WINDOW) {
        let mut text = String::new();
        let mut spans: Vec<Vec<Span>> = Vec::with_capacity(block.len());
        for sentence in block {
            let mut token_spans = Vec::with_capacity(sentence.tokens.len());
            for token in &sentence.tokens {
                if !text.is_empty() && !text.ends_with('\n') {
                    text.push(' ');
                }
                token_spans.push(Span::new(text.len(), text.len() + token.len()));
                text.push_str(token);
            }
            text.push('\n');
            spans.push(token_spans);
        }
        let mentions = recognizer.recognize(&text);
        for token_spans in spans {
            let mut tags = vec![Tag::O; token_spans.len()];
            for mention in &mentions {
                let mut first = true;
                for (i, span) in token_spans.iter().enumerate() {
                    if span.overlaps(mention.span) {
                        tags[i] = if first {
                            Tag::begin(mention.entity_type)
                        } else {
                            Tag::inside(mention.entity_type)
                        };
                        first = false;
                    }
                }
            }
            out.push(tags);
        }
    }
    out
}

fn write_tags(
    sentences: &[conll::Sentence],
    predicted: &[Vec<Tag>],
    path: &Path,
) -> anyhow::Result<()> {
    use std::fmt::Write as _;
    let mut out = String::new();
    for (sentence, predicted) in sentences.iter().zip(predicted) {
        for ((token, gold), guess) in sentence.tokens.iter().zip(&sentence.tags).zip(predicted) {
            let _ = writeln!(out, "{token}\t{gold}\t{guess}");
        }
        out.push('\n');
    }
    std::fs::write(path, out).with_context(|| format!("cannot write {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_floors_read_as_type_and_number() {
        assert_eq!(parse_type_floor("ORG=0.65"), Ok((EntityType::Org, 0.65)));
        assert_eq!(parse_type_floor("misc = 0.6"), Ok((EntityType::Misc, 0.6)));
        for bad in ["ORG", "DATE=0.5", "ORG=high"] {
            assert!(parse_type_floor(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn recognizer_mentions_land_on_the_conll_tokens_they_cover() {
        // Clitics stay on the CoNLL token (وبإسرائيل), titles stay outside.
        let text = "وقال\tO\nالرئيس\tO\nالتونسي\tO\nقيس\tB-PERS\nسعيد\tI-PERS\n.\tO\n\n\
                    ندد\tO\nالوفد\tO\nبالعدوان\tO\nعلى\tO\nقطاع\tB-LOC\nغزة\tI-LOC\n.\tO\n";
        let sentences = conll::parse(text).unwrap();
        let recognizer = Recognizer::bundled().unwrap();
        let predicted = recognize_conll(&recognizer, &sentences);
        let shown: Vec<Vec<String>> = predicted
            .iter()
            .map(|tags| tags.iter().map(ToString::to_string).collect())
            .collect();
        assert_eq!(
            shown,
            [
                vec!["O", "O", "O", "B-PERS", "I-PERS", "O"],
                vec!["O", "O", "O", "O", "B-LOC", "I-LOC", "O"],
            ]
        );
        let f1 = score(&sentences, &predicted).micro().f1();
        assert!((f1 - 1.0).abs() < 1e-9, "micro F1 {f1}");
    }
}
