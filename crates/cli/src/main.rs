//! `marsad-cli`: headless Marsad for batch use, tests and benchmarks (see the library).

use std::process::ExitCode;

fn main() -> ExitCode {
    marsad_cli::run_from(std::env::args_os())
}
