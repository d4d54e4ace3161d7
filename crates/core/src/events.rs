//! Dated events: sentences holding a resolved date, with their participants.
