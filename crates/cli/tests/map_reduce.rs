//! `analyze --jsonl` on shards of a folder, then `resolve` over the shards,
//! gives the analysis `analyze` gives on the whole folder: the same entities,
//! and every article's mentions resolved to the same entities.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/sample-corpus");

fn marsad(args: &[&std::ffi::OsStr]) {
    let status = Command::new(env!("CARGO_BIN_EXE_marsad-cli"))
        .args(args)
        .status()
        .expect("marsad-cli runs");
    assert!(status.success(), "marsad-cli {args:?} failed");
}

/// The article files of the sample corpus, relative to it, in path order.
fn sample_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![PathBuf::new()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(Path::new(SAMPLE).join(&folder))
            .expect("the sample corpus is readable")
        {
            let entry = entry.expect("a folder entry");
            let relative = folder.join(entry.file_name());
            if entry.file_type().expect("a file type").is_dir() {
                folders.push(relative);
            } else if relative
                .extension()
                .is_some_and(|e| e == "txt" || e == "md")
            {
                files.push(relative);
            }
        }
    }
    files.sort();
    files
}

/// Copies `files` of the sample corpus under `root`, keeping their relative paths.
fn copy_into(root: &Path, files: &[PathBuf]) {
    for file in files {
        let target = root.join(file);
        std::fs::create_dir_all(target.parent().expect("a parent folder"))
            .expect("a folder is created");
        std::fs::copy(Path::new(SAMPLE).join(file), target).expect("a file is copied");
    }
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).expect("the output exists"))
        .expect("the output is JSON")
}

/// A mention as (text, start, entity id).
type ResolvedMention = (String, u64, String);

/// Each article of a document by path: its resolved mentions.
fn resolved_mentions(document: &Value) -> Vec<(String, Vec<ResolvedMention>)> {
    let mut articles: Vec<(String, Vec<ResolvedMention>)> = document["articles"]
        .as_array()
        .expect("an articles array")
        .iter()
        .map(|a| {
            let mentions = a["mentions"]
                .as_array()
                .expect("a mentions array")
                .iter()
                .map(|m| {
                    (
                        m["text"].as_str().expect("a text").to_owned(),
                        m["start"].as_u64().expect("a start"),
                        m["entity"].as_str().expect("an entity").to_owned(),
                    )
                })
                .collect();
            (a["path"].as_str().expect("a path").to_owned(), mentions)
        })
        .collect();
    articles.sort();
    articles
}

/// Each article of a document by path: its attributions as JSON, entity ids included.
fn attributions(document: &Value) -> Vec<(String, Value)> {
    let mut articles: Vec<(String, Value)> = document["articles"]
        .as_array()
        .expect("an articles array")
        .iter()
        .map(|a| {
            let path = a["path"].as_str().expect("a path").to_owned();
            (path, a["attributions"].clone())
        })
        .collect();
    articles.sort_by(|a, b| a.0.cmp(&b.0));
    articles
}

#[test]
fn resolving_shards_gives_the_whole_folders_entities() {
    let files = sample_files();
    assert!(files.len() >= 10, "the sample corpus has its articles");
    let work = tempfile::tempdir().unwrap();
    let whole = work.path().join("whole");
    copy_into(&whole, &files);
    // Three shards, interleaved, so names recur across shards.
    let mut shard_files = Vec::new();
    for shard in 0..3 {
        let root = work.path().join(format!("shard{shard}"));
        let part: Vec<PathBuf> = files.iter().skip(shard).step_by(3).cloned().collect();
        copy_into(&root, &part);
        let out = work.path().join(format!("shard{shard}.jsonl"));
        marsad(&[
            "analyze".as_ref(),
            root.as_os_str(),
            "--jsonl".as_ref(),
            "--out".as_ref(),
            out.as_os_str(),
        ]);
        shard_files.push(out);
    }
    let whole_out = work.path().join("whole.json");
    marsad(&[
        "analyze".as_ref(),
        whole.as_os_str(),
        "--out".as_ref(),
        whole_out.as_os_str(),
    ]);
    // The reduce step must not depend on the order the shards come in.
    let reduced_out = work.path().join("reduced.json");
    let mut args: Vec<&std::ffi::OsStr> = vec!["resolve".as_ref()];
    args.extend(shard_files.iter().rev().map(|p| p.as_os_str()));
    args.extend(["--out".as_ref(), reduced_out.as_os_str()]);
    marsad(&args);

    // A shard coming through a pipe (read once, kept in memory) changes nothing.
    let piped_out = work.path().join("piped.json");
    let mut child = Command::new(env!("CARGO_BIN_EXE_marsad-cli"))
        .arg("resolve")
        .arg(&shard_files[0])
        .arg("/dev/stdin")
        .arg(&shard_files[2])
        .arg("--out")
        .arg(&piped_out)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .expect("marsad-cli runs");
    let shard = std::fs::read(&shard_files[1]).unwrap();
    child.stdin.take().unwrap().write_all(&shard).unwrap();
    assert!(child.wait().unwrap().success());
    assert_eq!(
        std::fs::read(&piped_out).unwrap(),
        std::fs::read(&reduced_out).unwrap()
    );

    let whole = read_json(&whole_out);
    let reduced = read_json(&reduced_out);
    let entities = whole["entities"].as_array().unwrap();
    assert!(
        entities.len() > 20,
        "the sample names many entities ({})",
        entities.len()
    );
    assert!(
        entities.iter().any(|e| e["mentions"].as_u64() > Some(5)),
        "some entities recur across articles"
    );
    assert_eq!(reduced["entities"], whole["entities"]);
    let whole_mentions = resolved_mentions(&whole);
    assert_eq!(whole_mentions.len(), files.len());
    assert_eq!(resolved_mentions(&reduced), whole_mentions);
    // Attributions name the same entities, resolved across the shards.
    let whole_attributions = attributions(&whole);
    assert_eq!(attributions(&reduced), whole_attributions);
    let named = whole_attributions
        .iter()
        .flat_map(|(_, list)| list.as_array().expect("an attributions array"))
        .filter(|a| a["entity"].is_string())
        .count();
    assert!(named > 3, "attributions with a resolved entity: {named}");
}
