//! The command line's analysis cache: two processes filling one cache at once both
//! give the analysis an uncached run gives, and the cache then restores it.

use std::path::Path;
use std::process::{Child, Command, Output};

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/sample-corpus");

fn analyze(cache_home: &Path, out: &Path, extra: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_marsad-cli"));
    command
        .env("XDG_CACHE_HOME", cache_home)
        .arg("analyze")
        .arg(SAMPLE)
        .arg("--out")
        .arg(out)
        .args(extra);
    command
}

fn finished(child: Child) -> Output {
    let output = child.wait_with_output().expect("marsad-cli runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

#[test]
fn two_processes_sharing_one_cache_both_write_the_uncached_analysis() {
    let dir = tempfile::tempdir().unwrap();
    let cache_home = dir.path().join("cache-home");
    let reference = dir.path().join("reference.json");
    finished(
        analyze(&cache_home, &reference, &["--no-cache"])
            .spawn()
            .unwrap(),
    );
    assert!(
        !cache_home.exists(),
        "--no-cache leaves the cache folder alone"
    );
    let expected = std::fs::read_to_string(&reference).unwrap();
    assert!(expected.contains("\"entities\""));

    let (first, second) = (
        dir.path().join("first.json"),
        dir.path().join("second.json"),
    );
    let children = [
        analyze(&cache_home, &first, &[]).spawn().unwrap(),
        analyze(&cache_home, &second, &[]).spawn().unwrap(),
    ];
    for child in children {
        let output = finished(child);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("could not be read"), "{stderr}");
    }
    assert!(cache_home.join("marsad/analysis.redb").is_file());
    assert_eq!(std::fs::read_to_string(&first).unwrap(), expected);
    assert_eq!(std::fs::read_to_string(&second).unwrap(), expected);

    // Restored from the cache, the analysis is the same again.
    let third = dir.path().join("third.json");
    finished(analyze(&cache_home, &third, &[]).spawn().unwrap());
    assert_eq!(std::fs::read_to_string(&third).unwrap(), expected);
}
