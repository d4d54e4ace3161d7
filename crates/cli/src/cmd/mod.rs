//! One module per subcommand.

pub mod analyze;
pub mod bench;
pub mod bench_reopen;
pub mod dates;
pub mod export;
pub mod gen_corpus;
pub mod ner;
pub mod resolve;
pub mod workspace;
