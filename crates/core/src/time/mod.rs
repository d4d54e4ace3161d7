//! Date and time expressions: finding, normalizing and resolving them.
