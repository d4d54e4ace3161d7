//! `marsad-cli dates`: one JSON array per stdin line, read in the direction `--prefer` says.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

/// Runs `dates` on `lines` with the given extra arguments; one parsed array per line.
fn dates(lines: &str, args: &[&str]) -> Vec<Value> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_marsad-cli"))
        .args(["dates", "--reference", "2024-11-27"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(lines.as_bytes())
        .expect("the CLI reads its input");
    let out = child.wait_with_output().expect("the CLI finishes");
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .expect("the output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

fn values(found: &[Value]) -> Vec<&str> {
    found
        .iter()
        .map(|line| line[0]["value"].as_str().unwrap_or("-"))
        .collect()
}

#[test]
fn prefer_settles_bare_weekdays_and_year_less_dates() {
    let lines = "يفتتح المعرض الأحد\nالدورة في 20 مايو\nزار الوزير المدينة الأحد الماضي\n";
    assert_eq!(
        values(&dates(lines, &[])),
        ["2024-11-24", "2024-05-20", "2024-11-24"]
    );
    assert_eq!(
        values(&dates(lines, &["--prefer", "future"])),
        ["2024-12-01", "2025-05-20", "2024-11-24"],
        "الماضي still reads back"
    );
    assert_eq!(
        values(&dates(lines, &["--prefer", "nearest"])),
        ["2024-11-24", "2025-05-20", "2024-11-24"]
    );
}

#[test]
fn each_expression_says_its_kind_role_and_offset() {
    let found = dates(
        "اجتمع المجلس يوم الجمعة الساعة الثالثة وربع عصرا بتوقيت القدس\nولد الشاعر عام 1948\n",
        &[],
    );
    let meeting = &found[0][0];
    assert_eq!(meeting["value"], "2024-11-22T15:15+02:00");
    assert_eq!(meeting["grain"], "minute");
    assert_eq!(meeting["kind"], "datetime");
    assert_eq!(meeting["role"], "reported");
    assert_eq!(meeting["inferred_from_content"], false);
    assert_eq!(found[1][0]["role"], "background");
}

#[test]
fn an_unknown_direction_is_refused_with_the_choices() {
    let out = Command::new(env!("CARGO_BIN_EXE_marsad-cli"))
        .args(["dates", "--reference", "2024-11-27", "--prefer", "sideways"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("past") && err.contains("future") && err.contains("nearest"),
        "{err}"
    );
}
