//! Cross-article resolution of mentions into entities, and the analyst's corrections.
