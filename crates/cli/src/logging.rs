//! The CLI's log, on stderr (stdout carries the JSON): warnings by default, `-v` info,
//! `-vv` debug, `-vvv` trace; `RUST_LOG` overrides.

use tracing_subscriber::EnvFilter;

/// The filter for `-v` repeated `verbose` times, unless `rust_log` is set and valid.
pub fn filter(verbose: u8, rust_log: Option<&str>) -> EnvFilter {
    if let Some(directives) = rust_log.filter(|d| !d.is_empty())
        && let Ok(filter) = EnvFilter::try_new(directives)
    {
        return filter;
    }
    let level = match verbose {
        0 => return EnvFilter::new("warn"),
        1 => "info",
        2 => "debug",
        _ => "trace",
    };
    EnvFilter::new(format!(
        "warn,marsad_cli={level},marsad_core={level},marsad_storage={level}"
    ))
}

/// Starts logging to stderr; a second call in the same process (tests) keeps the first.
pub fn init(verbose: u8) {
    let rust_log = std::env::var("RUST_LOG").ok();
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter(verbose, rust_log.as_deref()))
        .with_writer(std::io::stderr)
        .try_init();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_v_raises_the_level_and_rust_log_wins() {
        let cases: &[(u8, Option<&str>, &str)] = &[
            (0, None, "warn"),
            (1, None, "marsad_cli=info"),
            (2, None, "marsad_core=debug"),
            (3, None, "marsad_storage=trace"),
            (0, Some("marsad_storage=debug"), "marsad_storage=debug"),
            (1, Some("=not a filter=="), "marsad_cli=info"),
        ];
        for (verbose, rust_log, expected) in cases {
            let shown = filter(*verbose, *rust_log).to_string();
            assert!(shown.contains(expected), "{verbose} {rust_log:?}: {shown}");
        }
    }
}
