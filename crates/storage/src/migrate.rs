//! Earlier workspace formats and their upgrade to the current one.
//!
//! Each old format keeps its own frozen struct here, so an old file is read exactly as the
//! Marsad that wrote it meant it, then converted field by field. Never edit a frozen struct:
//! add a new version instead.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use crate::corrections::EntityCorrection;
use crate::model::{ArticleRecord, CorpusRef, FORMAT_VERSION, Notes, TagDef, Tags, Workspace};
use crate::view::{DEFAULT_FONT_SIZE, Language, Theme, View};

/// Format 1: flat maps of merges and renames, article notes and uncoloured article tags,
/// interface settings at the top level.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct WorkspaceV1 {
    #[allow(
        dead_code,
        reason = "read to choose this shape; the upgrade sets the new version"
    )]
    format_version: u32,
    /// Corpus path, relative to the workspace file or absolute.
    #[serde(default = "current_folder")]
    corpus: String,
    /// Content hash by article path.
    #[serde(default)]
    articles: BTreeMap<String, String>,
    /// Merged entity id → the entity id it was merged into.
    #[serde(default)]
    merges: BTreeMap<String, String>,
    /// Entity id → display name.
    #[serde(default)]
    renames: BTreeMap<String, String>,
    /// Hidden entity ids.
    #[serde(default)]
    hidden: BTreeSet<String>,
    /// Notes by article path.
    #[serde(default)]
    notes: BTreeMap<String, String>,
    /// Tag names by article path.
    #[serde(default)]
    tags: BTreeMap<String, BTreeSet<String>>,
    /// `"en"` or `"ar"`.
    #[serde(default)]
    language: String,
    /// `"light"`, `"dark"` or `"system"`.
    #[serde(default)]
    theme: String,
    /// Article text size in points.
    #[serde(default = "default_font_size")]
    font_size: f32,
    /// The open article's path.
    #[serde(default)]
    selected: Option<String>,
}

fn current_folder() -> String {
    ".".to_owned()
}

fn default_font_size() -> f32 {
    DEFAULT_FONT_SIZE
}

/// Colours given to format-1 tags, which had none, in order of their names.
const V1_TAG_PALETTE: [[u8; 3]; 6] = [
    [0x1f, 0x77, 0xb4],
    [0xff, 0x7f, 0x0e],
    [0x2c, 0xa0, 0x2c],
    [0xd6, 0x27, 0x28],
    [0x94, 0x67, 0xbd],
    [0x8c, 0x56, 0x4b],
];

/// Upgrades a format-1 workspace; nothing the analyst did is dropped.
pub(crate) fn from_v1(old: WorkspaceV1) -> Workspace {
    // Merges first: a format-1 rename or hide named the entity as it stood after merging.
    let merges = old
        .merges
        .into_iter()
        .map(|(merged, into)| EntityCorrection::Merge { into, merged });
    let renames = old
        .renames
        .into_iter()
        .map(|(entity, name)| EntityCorrection::Rename { entity, name });
    let hides = old
        .hidden
        .into_iter()
        .map(|entity| EntityCorrection::Hide { entity });
    let corrections = merges.chain(renames).chain(hides).collect();

    let tag_names: BTreeSet<&String> = old.tags.values().flatten().collect();
    let definitions = tag_names
        .into_iter()
        .zip(V1_TAG_PALETTE.iter().cycle())
        .map(|(name, colour)| (name.clone(), TagDef { colour: *colour }))
        .collect();

    let language = match old.language.as_str() {
        "ar" => Language::Ar,
        _ => Language::En,
    };
    let theme = match old.theme.as_str() {
        "light" => Theme::Light,
        "dark" => Theme::Dark,
        _ => Theme::System,
    };
    let view = View {
        language,
        theme,
        font_size: old.font_size,
        ..View::default()
    };

    Workspace {
        format_version: FORMAT_VERSION,
        corpus: CorpusRef { path: old.corpus },
        articles: old
            .articles
            .into_iter()
            .map(|(path, content_hash)| (path, ArticleRecord { content_hash }))
            .collect(),
        corrections,
        notes: Notes {
            articles: old.notes,
            ..Notes::default()
        },
        tags: Tags {
            definitions,
            articles: old.tags,
            ..Tags::default()
        },
        selected_article: old.selected,
        view,
        ..Workspace::default()
    }
}
