//! Marsad's analysis core: pure text in, an immutable model out.
//!
//! The data flows one way (see `ARCHITECTURE.md`):
//! [`ingest`] reads a folder into decoded texts, [`article`] finds their
//! structure, [`text`] folds Arabic for matching while keeping offsets into
//! the original, [`entities`] and [`time`] find mentions and date
//! expressions, [`events`] ties dates to sentences, [`attribution`] finds
//! who said what on whose authority, and [`corpus`] resolves
//! mentions across articles into entities. [`pipeline`] runs all of it.
//!
//! Nothing here knows about a GUI, a file dialog or a workspace file.

pub mod article;
pub mod attribution;
pub mod corpus;
pub mod entities;
pub mod events;
pub mod ingest;
pub mod model;
pub mod pipeline;
pub mod text;
pub mod time;

pub use model::{Confidence, EntityType, Mention, MentionSource, Span};
