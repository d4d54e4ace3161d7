//! `marsad-cli dates --reference RFC3339 [--prefer past|future|nearest]`: date
//! expressions of each stdin line as a JSON array.

use std::io::{BufRead, Write};

use anyhow::{Context, bail};
use marsad_core::time::{self, DateExpr, Kind, Prefer, Reference};
use serde_json::{Value, json};

/// The reading direction as a command-line value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum PreferArg {
    Past,
    Future,
    Nearest,
}

impl From<PreferArg> for Prefer {
    fn from(arg: PreferArg) -> Self {
        match arg {
            PreferArg::Past => Self::Past,
            PreferArg::Future => Self::Future,
            PreferArg::Nearest => Self::Nearest,
        }
    }
}

/// Reads texts one per stdin line and prints, per line, a JSON array of the expressions found.
pub fn run(reference: &str, prefer: Prefer) -> anyhow::Result<()> {
    let Some(reference) = Reference::parse(reference) else {
        bail!(
            "the reference {reference:?} is neither YYYY-MM-DD nor an RFC 3339 date-time such as 2024-11-27T20:51:00+03:00"
        );
    };
    let reference = reference.with_prefer(prefer);
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in stdin.lock().lines() {
        let line = line.context("reading standard input")?;
        let found: Vec<Value> = time::extract(&line, Some(reference))
            .iter()
            .map(expr_json)
            .collect();
        serde_json::to_writer(&mut out, &found).context("writing JSON")?;
        writeln!(out).context("writing standard output")?;
    }
    out.flush().context("writing standard output")?;
    Ok(())
}

/// The JSON object of one expression (fields of the CLI contract plus `kind`,
/// `part_of_day`, `resolution`, `role` and `inferred_from_content`).
pub fn expr_json(d: &DateExpr) -> Value {
    let part = match d.kind {
        Kind::PartOfDay(p) => Some(p.as_str()),
        _ => None,
    };
    json!({
        "text": d.text,
        "start": d.span.start,
        "end": d.span.end,
        "value": d.value_iso(),
        "grain": d.grain.as_str(),
        "calendar": d.calendar.as_str(),
        "kind": d.kind.as_str(),
        "part_of_day": part,
        "resolution": d.resolution.as_str(),
        "role": d.role.as_str(),
        "inferred_from_content": d.inferred_from_content,
    })
}
