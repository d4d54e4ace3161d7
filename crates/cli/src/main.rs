//! `marsad-cli`: headless Marsad for batch use, tests and benchmarks.

fn main() {}
