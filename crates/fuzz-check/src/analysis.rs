//! The whole analyzer, bytes to analysis, as a folder read runs it: the reader for
//! the file's kind, NFC, then `Analyzer::analyze_document`.

use std::sync::OnceLock;

use marsad_core::Mention;
use marsad_core::attribution::Attribution;
use marsad_core::events::Event;
use marsad_core::ingest::{Document, Format, Provenance};
use marsad_core::pipeline::{Analyzer, ArticleAnalysis};
use unicode_normalization::UnicodeNormalization;

use crate::readers::{read, rel_path};
use crate::spans::{assert_real_date, assert_sorted_disjoint, assert_span, assert_text};

fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(|| Analyzer::new().expect("the bundled models load"))
}

/// The kind of file the bytes look like, the way a person would save them: a PDF or
/// Word file by its magic, a page by its first tag, anything else as text. (Record
/// files have targets of their own.)
fn sniff(bytes: &[u8]) -> Format {
    let start = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let start = start.trim_ascii_start();
    if bytes.starts_with(b"%PDF-") {
        Format::Pdf
    } else if bytes.starts_with(b"PK\x03\x04") {
        Format::Docx
    } else if start.starts_with(b"<") {
        Format::Html
    } else {
        Format::Text
    }
}

/// Bytes → reader → NFC → analysis: no panic, and every span of the analysis valid
/// (the fuzzer bounds time and memory per input with `-timeout` and `-rss_limit_mb`).
pub fn analyze(bytes: &[u8]) {
    if bytes.len() > crate::MAX_INPUT {
        return;
    }
    let format = sniff(bytes);
    let Ok(collect) = read(format, bytes) else {
        return;
    };
    for article in collect.articles {
        let text: String = article.text.nfc().collect();
        if text.trim().is_empty() {
            continue;
        }
        let doc = Document {
            rel_path: rel_path(format).to_owned(),
            text,
            encoding: article.encoding,
            byte_len: bytes.len() as u64,
            content_hash: "0".repeat(64),
            hints: article.hints,
            provenance: Provenance {
                file: rel_path(format).to_owned(),
                format,
                ..Provenance::default()
            },
        };
        check_analysis(&analyzer().analyze_document(doc));
    }
}

/// Every span of one article's analysis in bounds and where its contract puts it.
pub fn check_analysis(a: &ArticleAnalysis) {
    let text = a.text.as_str();
    for block in &a.blocks {
        assert_span(text, block.span, "block");
    }
    assert_sorted_disjoint(a.blocks.iter().map(|b| b.span), "blocks");
    for quote in &a.quotes {
        assert_span(text, quote.span, "quote");
    }
    assert_sorted_disjoint(a.sentences.iter().copied(), "sentences");
    for &sentence in &a.sentences {
        assert_span(text, sentence, "sentence");
        assert!(!sentence.is_empty(), "empty sentence at {sentence:?}");
    }
    check_mentions(text, &a.mentions);
    assert_sorted_disjoint(a.dates.iter().map(|d| d.span), "dates");
    for date in &a.dates {
        assert_text(text, date.span, &date.text, "date");
    }
    check_events(text, &a.events);
    check_attributions(text, &a.attributions, a.mentions.len());
    for warning in &a.bidi_warnings {
        assert_span(text, warning.span, "bidi warning");
    }
    for date in [&a.published, &a.updated].into_iter().flatten() {
        assert_real_date(date, "publication date");
    }
    assert!(
        !a.title.trim().is_empty() || a.title_inferred,
        "a stated title that is blank"
    );
}

/// Mentions sorted, disjoint, non-empty and equal to the text under their spans.
pub(crate) fn check_mentions(text: &str, mentions: &[Mention]) {
    assert_sorted_disjoint(mentions.iter().map(|m| m.span), "mentions");
    for mention in mentions {
        assert_text(text, mention.span, &mention.text, "mention");
        assert!(!mention.span.is_empty(), "empty mention");
        assert!(
            !mention.text.trim().is_empty(),
            "blank mention {:?}",
            mention.span
        );
    }
}

/// Each event's date and participants inside its sentence, its days in order.
pub(crate) fn check_events(text: &str, events: &[Event]) {
    for event in events {
        assert_span(text, event.sentence, "event sentence");
        assert_span(text, event.date_span, "event date");
        assert!(
            event.sentence.contains(event.date_span),
            "event date outside its sentence"
        );
        assert!(
            event.first_day <= event.last_day,
            "event ends before it starts: {}",
            event.date
        );
        for mention in &event.mentions {
            assert!(
                event.sentence.contains(mention.span),
                "participant outside the sentence"
            );
        }
    }
}

/// Every span of an attribution and its chain in bounds; mention indices real.
pub(crate) fn check_attributions(text: &str, attributions: &[Attribution], mentions: usize) {
    for a in attributions {
        assert_span(text, a.span, "attribution source");
        assert_span(text, a.statement, "attribution statement");
        assert_span(text, a.cue, "attribution cue");
        if let Some(back) = a.refers_back {
            assert_span(text, back, "attribution refers back");
        }
        assert!(
            a.mention.is_none_or(|m| m < mentions),
            "attribution names a mention that is not there"
        );
        for link in &a.via {
            assert_span(text, link.span, "attribution link");
            assert!(
                link.mention.is_none_or(|m| m < mentions),
                "attribution link names a mention that is not there"
            );
        }
    }
}
