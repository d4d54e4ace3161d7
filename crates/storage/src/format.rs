//! The workspace as RON text: encoding with a fixed layout, decoding through migrations.

use std::path::Path;

use serde::Deserialize;

use crate::error::Error;
use crate::migrate;
use crate::model::{FORMAT_VERSION, Workspace};

/// The one RON layout Marsad writes: pretty, `\n` line ends on every platform, no struct
/// names, so saving the same state anywhere gives the same bytes.
fn pretty_config() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(false)
        .escape_strings(true)
}

/// Encodes a workspace as the RON text Marsad saves (ending in a newline).
pub fn to_ron_string(workspace: &Workspace) -> Result<String, Error> {
    let mut text = ron::ser::to_string_pretty(workspace, pretty_config())
        .map_err(|error| Error::Encode(error.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Only the version, read first to decide which shape to parse the rest as.
#[derive(Deserialize)]
struct VersionProbe {
    #[serde(default)]
    format_version: u32,
}

/// Decodes a workspace from bytes read from `path`, upgrading older formats.
///
/// `path` only names the file in errors. Never panics on any input: every failure is an
/// [`Error`] with the file and, for malformed text, the line and column.
pub fn from_ron_bytes(path: &Path, bytes: &[u8]) -> Result<Workspace, Error> {
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let valid = bytes.get(..error.valid_up_to()).unwrap_or_default();
        let (line, column) = end_position(valid);
        Error::Parse {
            path: path.to_owned(),
            line,
            column,
            message: "the file is not UTF-8 text".to_owned(),
        }
    })?;
    let probe: VersionProbe = parse(path, text)?;
    let workspace = match probe.format_version {
        // Without a version the file cannot be a workspace; parsing it as the current shape
        // points at the spot (a misspelt field, the missing version) instead of guessing.
        0 => {
            let workspace: Workspace = parse(path, text)?;
            Err(Error::UnknownVersion {
                path: path.to_owned(),
                found: workspace.format_version,
            })
        }
        1 => Ok(migrate::from_v1(parse(path, text)?)),
        FORMAT_VERSION => parse(path, text),
        found => Err(Error::NewerVersion {
            path: path.to_owned(),
            found,
            supported: FORMAT_VERSION,
        }),
    };
    workspace.map(sanitized)
}

/// Font sizes the reading view can lay out; a file may say anything (NaN, `inf`, `-20`).
const FONT_SIZE_RANGE: std::ops::RangeInclusive<f32> = 6.0..=96.0;

/// Values that parse but that the app cannot use are brought back to usable ones.
fn sanitized(mut workspace: Workspace) -> Workspace {
    let size = workspace.view.font_size;
    workspace.view.font_size = if size.is_finite() {
        size.clamp(*FONT_SIZE_RANGE.start(), *FONT_SIZE_RANGE.end())
    } else {
        crate::view::DEFAULT_FONT_SIZE
    };
    workspace
}

/// Parses `text` as `T`, turning ron's error into a located [`Error::Parse`].
fn parse<'a, T: Deserialize<'a>>(path: &Path, text: &'a str) -> Result<T, Error> {
    ron::Options::default()
        .from_str(text)
        .map_err(|error| Error::Parse {
            path: path.to_owned(),
            line: error.span.start.line.max(1),
            column: error.span.start.col.max(1),
            message: error.code.to_string(),
        })
}

/// 1-based line and column just past the end of `bytes` (valid UTF-8 by construction).
fn end_position(bytes: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(bytes);
    let line = 1 + text.matches('\n').count();
    let column = 1 + text
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count());
    (line, column)
}
