//! Reading a folder of articles: walking, decoding, normalizing, reporting problems.
