//! Names the analysis this build makes, for analysis caches: a hash of the
//! analyzer's sources and of the models and lists bundled into it, and the
//! tagger's feature version. A cache entry made by another build is not trusted.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let assets = manifest.join("../../assets");
    let inputs = [
        manifest.join("src"),
        assets.join("models"),
        assets.join("gazetteer"),
    ];
    let mut files = Vec::new();
    for dir in &inputs {
        println!("cargo:rerun-if-changed={}", dir.display());
        collect(dir, &mut files);
    }
    files.sort();
    // The hash only has to tell builds apart, not be stable across Rust versions.
    let mut hasher = DefaultHasher::new();
    for file in &files {
        let relative = file.strip_prefix(&manifest).unwrap_or(file);
        relative.hash(&mut hasher);
        std::fs::read(file).unwrap_or_default().hash(&mut hasher);
    }
    println!(
        "cargo:rustc-env=MARSAD_ANALYZER_HASH={:016x}",
        hasher.finish()
    );
    let features = std::fs::read_to_string(manifest.join("src/entities/features/mod.rs"))
        .ok()
        .and_then(|source| feature_version(&source))
        .unwrap_or_else(|| "unknown".to_owned());
    println!("cargo:rustc-env=MARSAD_FEATURE_VERSION={features}");
}

/// Every file under `dir`, depth first.
fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// The value of `FEATURE_VERSION` in the tagger's feature source.
fn feature_version(source: &str) -> Option<String> {
    let line = source
        .lines()
        .find(|line| line.contains("const FEATURE_VERSION"))?;
    let value = line.split('=').nth(1)?.trim().trim_end_matches(';').trim();
    Some(value.to_owned())
}
