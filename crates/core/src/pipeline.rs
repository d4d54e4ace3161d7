//! The whole analysis of one article and of a folder.
