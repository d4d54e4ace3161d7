//! `marsad-cli gen-corpus OUT --articles N --seed S`: a reproducible scale corpus.
//!
//! Articles are composed from the sample corpus's blocks (titles, paragraphs,
//! quotes, lists, image lines…) with the names swapped for others, fresh
//! datelines from 2014–2025 and in-text dates in the Gregorian, Levantine,
//! Maghreb and Hijri month names. Everything comes from one seeded stream, so
//! the same seed always writes the same bytes; 20,000 articles come to about
//! 50 MB, 100 files per folder.

mod compose;
mod lexicon;
mod samples;

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, bail};

/// Articles per leaf folder.
const PER_FOLDER: usize = 100;
/// Leaf folders per top-level folder.
const FOLDERS_PER_GROUP: usize = 20;

/// Writes `articles` generated articles under `out`, which must be empty or absent.
pub fn run(out: &Path, articles: usize, seed: u64) -> anyhow::Result<ExitCode> {
    if out.exists()
        && fs::read_dir(out)
            .with_context(|| format!("cannot read {}", out.display()))?
            .next()
            .is_some()
    {
        bail!(
            "{} is not empty; gen-corpus writes into an empty or new folder",
            out.display()
        );
    }
    let summary = generate(out, articles, seed)?;
    println!("articles {}", summary.articles);
    println!("bytes {}", summary.bytes);
    println!("folders {}", summary.folders);
    println!("smallest {} largest {}", summary.smallest, summary.largest);
    Ok(ExitCode::SUCCESS)
}

/// What a generation run wrote.
#[derive(Debug, Default, PartialEq, Eq)]
struct Summary {
    articles: usize,
    bytes: u64,
    folders: usize,
    smallest: usize,
    largest: usize,
}

fn generate(out: &Path, articles: usize, seed: u64) -> anyhow::Result<Summary> {
    let pools = samples::Pools::from_samples();
    let mut summary = Summary {
        smallest: usize::MAX,
        ..Summary::default()
    };
    let mut current_folder: Option<PathBuf> = None;
    for index in 0..articles {
        // One stream per article: article i does not depend on how long the others were.
        let mut rng = Rng::new(seed ^ (index as u64).wrapping_mul(0xD1B5_4A32_D192_ED03));
        let target = compose::target_length(&mut rng);
        let article = compose::article(&pools, &mut rng, target);
        let folder = out
            .join(format!("{:02}", index / (PER_FOLDER * FOLDERS_PER_GROUP)))
            .join(format!("{:04}", index / PER_FOLDER));
        if current_folder.as_ref() != Some(&folder) {
            fs::create_dir_all(&folder)
                .with_context(|| format!("cannot create {}", folder.display()))?;
            summary.folders += 1;
            current_folder = Some(folder.clone());
        }
        let extension = if article.markdown { "md" } else { "txt" };
        let path = folder.join(format!("article-{index:06}.{extension}"));
        let mut file =
            fs::File::create(&path).with_context(|| format!("cannot create {}", path.display()))?;
        file.write_all(&article.bytes)
            .with_context(|| format!("cannot write {}", path.display()))?;
        summary.articles += 1;
        summary.bytes += article.bytes.len() as u64;
        summary.smallest = summary.smallest.min(article.bytes.len());
        summary.largest = summary.largest.max(article.bytes.len());
    }
    if summary.articles == 0 {
        summary.smallest = 0;
    }
    Ok(summary)
}

/// `SplitMix64`: tiny, fast and the same on every platform, which is all a corpus needs.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        let mut rng = Self(seed);
        rng.next_u64();
        rng
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`; `n` must not be 0.
    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// A number in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// One item of a non-empty list.
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

#[cfg(test)]
mod tests;
