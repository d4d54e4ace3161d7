//! Article structure: blocks (title, dateline, byline, quotes…) and metadata.
