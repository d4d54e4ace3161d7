//! One module per subcommand.

pub mod analyze;
pub mod bench;
pub mod dates;
pub mod ner;
pub mod resolve;
