//! Marsad's desktop app.

fn main() {}
