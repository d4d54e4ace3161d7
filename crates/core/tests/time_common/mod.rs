//! The runner shared by the second-stage date tables (clock times, colloquial
//! words, parts and ranges, holidays, roles): each row is a short sentence
//! written for these tests, the one expression it must yield and its value.
//!
//! Unless a row's options say otherwise the reference (publication date) is
//! Wednesday 2024-11-27 and the reading direction is the news default (past).
//! Options, space-separated: `ref=2024-11-27T10:00`, `prefer=future|nearest|past`,
//! `cal=hijri`, `kind=part_of_day`, `part=evening`, `res=relative`,
//! `role=background|reported`.

#![allow(dead_code)]

use marsad_core::time::{DateExpr, Kind, Prefer, Reference, extract};

/// The table's default reference.
pub const REF: &str = "2024-11-27";

/// (sentence, expression as written, ISO value, grain, options).
pub type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// (sentence, text that no expression may cover; empty: no expression at all).
pub type Negative = (&'static str, &'static str);

fn option<'a>(opts: &'a str, key: &str) -> Option<&'a str> {
    opts.split_whitespace()
        .find_map(|kv| kv.strip_prefix(key)?.strip_prefix('='))
}

fn reference(opts: &str) -> Option<Reference> {
    let mut reference = Reference::parse(option(opts, "ref").unwrap_or(REF))?;
    reference.prefer = match option(opts, "prefer") {
        Some("future") => Prefer::Future,
        Some("nearest") => Prefer::Nearest,
        _ => Prefer::Past,
    };
    Some(reference)
}

fn part_name(kind: Kind) -> Option<String> {
    match kind {
        Kind::PartOfDay(p) => Some(format!("{p:?}").to_lowercase()),
        _ => None,
    }
}

fn describe(found: &[DateExpr]) -> String {
    let items: Vec<String> = found
        .iter()
        .map(|d| {
            format!(
                "[{}] {} {} {} {} {}{}",
                d.text,
                d.value_iso().unwrap_or_else(|| "-".to_owned()),
                d.grain.as_str(),
                d.calendar.as_str(),
                d.kind.as_str(),
                d.resolution.as_str(),
                if d.role.is_background() {
                    " background"
                } else {
                    ""
                },
            )
        })
        .collect();
    items.join("; ")
}

/// True when `d` is what the row asks for.
fn matches_case(d: &DateExpr, value: &str, grain: &str, opts: &str) -> bool {
    let checks = [
        d.value_iso().as_deref() == Some(value),
        d.grain.as_str() == grain,
        d.calendar.as_str() == option(opts, "cal").unwrap_or("gregorian"),
        option(opts, "kind").is_none_or(|k| d.kind.as_str() == k),
        option(opts, "part").is_none_or(|p| part_name(d.kind).as_deref() == Some(p)),
        option(opts, "res").is_none_or(|r| d.resolution.as_str() == r),
        option(opts, "role").is_none_or(|r| d.role.as_str() == r),
    ];
    checks.iter().all(|&ok| ok)
}

/// Runs the cases; returns how many passed and the failures as readable lines.
pub fn run(cases: &[Case]) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    for &(sentence, text, value, grain, opts) in cases {
        let found = extract(sentence, reference(opts));
        let Some(start) = sentence.find(text) else {
            failures.push(format!("row text not in sentence: {text}"));
            continue;
        };
        let hit = found
            .iter()
            .find(|d| d.span.start == start && d.span.end == start + text.len());
        if !hit.is_some_and(|d| matches_case(d, value, grain, opts)) {
            failures.push(format!(
                "{sentence}\n    want [{text}] {value} {grain} {opts}\n    got  {}",
                describe(&found)
            ));
        }
    }
    (cases.len() - failures.len(), failures)
}

/// Runs the negatives; returns how many held and the failures.
pub fn run_negatives(rows: &[Negative]) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    for &(sentence, forbidden) in rows {
        let found = extract(sentence, Reference::parse(REF));
        let fired = if forbidden.is_empty() {
            !found.is_empty()
        } else {
            let Some(at) = sentence.find(forbidden) else {
                failures.push(format!("negative text not in sentence: {forbidden}"));
                continue;
            };
            let end = at + forbidden.len();
            found.iter().any(|d| d.span.start < end && at < d.span.end)
        };
        if fired {
            failures.push(format!(
                "{sentence}\n    must not read [{forbidden}] as a date\n    got  {}",
                describe(&found)
            ));
        }
    }
    (rows.len() - failures.len(), failures)
}

/// Asserts that every case and negative of a table holds, printing the count first
/// (the figure reported before and after a change).
pub fn assert_table(name: &str, cases: &[Case], negatives: &[Negative]) {
    let (passed, mut failures) = run(cases);
    let (held, negative_failures) = run_negatives(negatives);
    failures.extend(negative_failures);
    println!(
        "table {name}: {} of {} pass",
        passed + held,
        cases.len() + negatives.len()
    );
    assert!(
        failures.is_empty(),
        "{name}: {} of {} rows failed:\n{}",
        failures.len(),
        cases.len() + negatives.len(),
        failures.join("\n")
    );
}
