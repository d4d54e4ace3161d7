//! Every fuzz target's check over its committed seeds and a fixed number of inputs
//! made from them (bytes flipped, dictionary words inserted, parts cut or repeated),
//! so `cargo test` catches, without nightly or libFuzzer, what breaks the invariants
//! the fuzzers check. The inputs are the same on every run (a fixed seed); a failure
//! is shrunk to a small input and printed.

use std::path::{Path, PathBuf};

use marsad_fuzz_check::TARGETS;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestError, TestRunner};

/// Generated inputs per target, beyond its seeds: enough to cover the mutation kinds
/// each time, few enough that the whole file runs in seconds in a debug build.
const CASES: u32 = 256;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One line of `fuzz/targets.txt`.
struct Line {
    name: String,
    dictionaries: Vec<String>,
    seeds: Vec<String>,
}

fn targets_file() -> Vec<Line> {
    let text = std::fs::read_to_string(root().join("fuzz/targets.txt")).expect("fuzz/targets.txt");
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut fields = l.split_whitespace();
            let name = fields.next().expect("a name").to_owned();
            let _max_len = fields.next().expect("a max_len");
            let dictionaries = match fields.next().expect("dictionaries") {
                "-" => Vec::new(),
                list => list.split(',').map(str::to_owned).collect(),
            };
            let seeds = fields.filter(|s| *s != "-").map(str::to_owned).collect();
            Line {
                name,
                dictionaries,
                seeds,
            }
        })
        .collect()
}

fn line(name: &str) -> Line {
    targets_file()
        .into_iter()
        .find(|l| l.name == name)
        .unwrap_or_else(|| panic!("{name} is not in fuzz/targets.txt"))
}

/// The files a seed entry names: a folder's files, or `FOLDER/*.EXT`; hidden ones left out.
fn seed_files(entry: &str) -> Vec<PathBuf> {
    let (folder, ext) = match entry.rsplit_once("/*.") {
        Some((folder, ext)) => (folder, Some(ext)),
        None => (entry, None),
    };
    let dir = root().join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("seed folder {}: {err}", dir.display()))
        .map(|e| e.expect("a folder entry").path())
        .filter(|p| p.is_file())
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .filter(|p| ext.is_none_or(|ext| p.extension().is_some_and(|e| e == ext)))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no seed files at {entry}");
    files
}

/// The words of libFuzzer dictionaries (`name="value"`, `\xNN`, `\\` and `\"` escapes).
fn dictionary(names: &[String]) -> Vec<Vec<u8>> {
    let mut words = Vec::new();
    for name in names {
        let path = root().join(format!("fuzz/dict/{name}.dict"));
        let text = std::fs::read_to_string(&path).expect("a dictionary");
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let quoted = &line[line.find('"').expect("a quoted word")..];
            let inner = quoted
                .strip_prefix('"')
                .and_then(|q| q.strip_suffix('"'))
                .unwrap_or_else(|| panic!("{}: bad line {line}", path.display()));
            words.push(unescape(inner));
        }
    }
    words
}

fn unescape(inner: &str) -> Vec<u8> {
    let bytes = inner.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\\' && bytes.get(i + 1) == Some(&b'x') {
            let hex = std::str::from_utf8(&bytes[i + 2..i + 4]).expect("hex digits");
            out.push(u8::from_str_radix(hex, 16).expect("a hex byte"));
            i += 4;
        } else if bytes[i] == b'\\' {
            out.push(bytes[i + 1]);
            i += 2;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

/// One change libFuzzer's mutators also make.
#[derive(Clone, Debug)]
enum Edit {
    SetByte { at: usize, byte: u8 },
    InsertWord { at: usize, word: usize },
    Delete { at: usize, len: usize },
    Repeat { at: usize, len: usize, times: usize },
    CrossOver { at: usize, from: usize, len: usize },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Edit::SetByte { at, byte }),
        (any::<usize>(), any::<usize>()).prop_map(|(at, word)| Edit::InsertWord { at, word }),
        (any::<usize>(), 1usize..64).prop_map(|(at, len)| Edit::Delete { at, len }),
        (any::<usize>(), 1usize..32, 2usize..64).prop_map(|(at, len, times)| Edit::Repeat {
            at,
            len,
            times
        }),
        (any::<usize>(), any::<usize>(), 1usize..256).prop_map(|(at, from, len)| Edit::CrossOver {
            at,
            from,
            len
        }),
    ]
}

fn apply(mut input: Vec<u8>, edits: &[Edit], words: &[Vec<u8>], other: &[u8]) -> Vec<u8> {
    for edit in edits {
        let at = |at: usize| {
            if input.is_empty() {
                0
            } else {
                at % (input.len() + 1)
            }
        };
        match *edit {
            Edit::SetByte { at: a, byte } if !input.is_empty() => {
                let i = a % input.len();
                input[i] = byte;
            }
            Edit::SetByte { .. } => input.push(0),
            Edit::InsertWord { at: a, word } if !words.is_empty() => {
                let i = at(a);
                let word = &words[word % words.len()];
                input.splice(i..i, word.iter().copied());
            }
            Edit::Delete { at: a, len } => {
                let i = at(a);
                let end = (i + len).min(input.len());
                input.drain(i..end);
            }
            Edit::Repeat { at: a, len, times } => {
                let i = at(a);
                let end = (i + len).min(input.len());
                let piece = input[i..end].to_vec();
                for _ in 1..times {
                    input.splice(end..end, piece.iter().copied());
                }
            }
            Edit::CrossOver { at: a, from, len } if !other.is_empty() => {
                let i = at(a);
                let start = from % other.len();
                let end = (start + len).min(other.len());
                input.splice(i..i, other[start..end].iter().copied());
            }
            Edit::InsertWord { .. } | Edit::CrossOver { .. } => {}
        }
    }
    input
}

fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: CASES,
        rng_seed: RngSeed::Fixed(0x6d61_7273_6164),
        failure_persistence: None,
        ..Config::default()
    })
}

fn shown(input: &[u8]) -> String {
    format!(
        "{} bytes: {:?}",
        input.len(),
        String::from_utf8_lossy(input)
    )
}

/// Runs target `name`'s check over its seeds, then over inputs made from them (or,
/// for a target without seeds, over random bytes its structure is built from).
fn run(name: &str) {
    let target = TARGETS
        .iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no check for target {name}"));
    let line = line(name);
    let seeds: Vec<Vec<u8>> = line
        .seeds
        .iter()
        .flat_map(|entry| seed_files(entry))
        .map(|path| std::fs::read(path).expect("a seed"))
        .collect();
    for seed in &seeds {
        (target.check)(seed);
    }
    let words = dictionary(&line.dictionaries);
    let outcome = if seeds.is_empty() {
        runner().run(&prop::collection::vec(any::<u8>(), 0..2048), |input| {
            (target.check)(&input);
            Ok(())
        })
    } else {
        let strategy = (
            0..seeds.len(),
            0..seeds.len(),
            prop::collection::vec(edit(), 1..8),
        )
            .prop_map(|(seed, other, edits)| {
                apply(seeds[seed].clone(), &edits, &words, &seeds[other])
            });
        runner().run(&strategy, |input| {
            (target.check)(&input);
            Ok(())
        })
    };
    match outcome {
        Ok(()) => {}
        Err(TestError::Fail(reason, input)) => {
            panic!(
                "{name}: {reason}\nsmallest failing input: {}",
                shown(&input)
            )
        }
        Err(TestError::Abort(reason)) => panic!("{name}: aborted: {reason}"),
    }
}

macro_rules! seed_corpus_tests {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                run(stringify!($name));
            }
        )*

        #[test]
        fn every_target_is_tested_listed_and_built() {
            let tested = [$(stringify!($name)),*];
            let cargo = std::fs::read_to_string(root().join("fuzz/Cargo.toml"))
                .expect("fuzz/Cargo.toml");
            let listed: Vec<String> = targets_file().into_iter().map(|l| l.name).collect();
            let checks: Vec<&str> = TARGETS.iter().map(|t| t.name).collect();
            assert_eq!(listed, checks, "fuzz/targets.txt and TARGETS differ");
            assert_eq!(tested.to_vec(), checks, "this file and TARGETS differ");
            for name in checks {
                assert!(
                    cargo.contains(&format!("name = \"{name}\"")),
                    "{name} is not a binary in fuzz/Cargo.toml"
                );
                let source = root().join(format!("fuzz/fuzz_targets/{name}.rs"));
                let source = std::fs::read_to_string(&source)
                    .unwrap_or_else(|err| panic!("{}: {err}", source.display()));
                assert!(
                    source.contains(&format!("marsad_fuzz_check::{name}(")),
                    "fuzz/fuzz_targets/{name}.rs does not call its check"
                );
            }
        }
    };
}

seed_corpus_tests!(
    text,
    article_parse,
    dates,
    entities,
    decode,
    ingest_file,
    html,
    docx,
    pdf,
    records,
    records_shaped,
    analyze,
    workspace_load,
    workspace_shaped,
);
