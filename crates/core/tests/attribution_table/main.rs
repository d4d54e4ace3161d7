//! The attribution table: reporting verbs, frames, chains, unnamed sources,
//! references back and negatives, each a short article of its own run through
//! the whole per-article analysis (entities included).

mod anonymous;
mod frames;
mod harness;
mod negatives;
mod refer;
mod verbs;

use harness::{Case, check};

/// Runs every case and reports all the failing ones at once.
fn run(cases: &[Case]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| {
            let problems = check(c);
            (!problems.is_empty()).then(|| format!("{}:\n  {}", c.name, problems.join("\n  ")))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn reporting_verbs_in_every_form() {
    run(&verbs::cases());
}

#[test]
fn source_frames_reports_and_chains() {
    run(&frames::cases());
}

#[test]
fn unnamed_sources() {
    run(&anonymous::cases());
}

#[test]
fn references_back_and_continuations() {
    run(&refer::cases());
}

#[test]
fn headlines() {
    let cases: Vec<Case> = refer::titles()
        .into_iter()
        .map(|(name, text, expect)| Case {
            name,
            body: text,
            expect,
        })
        .collect();
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| {
            let problems = harness::check_titled(c);
            (!problems.is_empty()).then(|| format!("{}:\n  {}", c.name, problems.join("\n  ")))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn what_is_not_a_report() {
    run(&negatives::cases());
}

#[test]
fn the_table_is_large() {
    let total = verbs::cases().len()
        + frames::cases().len()
        + anonymous::cases().len()
        + refer::cases().len()
        + refer::titles().len()
        + negatives::cases().len();
    assert!(total >= 150, "{total} cases");
}
