#![no_main]
//! One article through the entity pipeline: bundled recognizer, gazetteer,
//! sentences, dates, events and attributions, as `pipeline` runs them.

#[path = "common.rs"]
mod common;

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use marsad_core::entities::Recognizer;
use marsad_core::entities::gazetteer::Gazetteer;
use marsad_core::text::split_sentences;
use marsad_core::time::{self, Reference};

fn recognizer() -> &'static Recognizer {
    static RECOGNIZER: OnceLock<Recognizer> = OnceLock::new();
    RECOGNIZER.get_or_init(|| Recognizer::bundled().expect("bundled model loads"))
}

fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(Gazetteer::bundled)
}

fuzz_target!(|text: &str| {
    if text.len() > common::MAX_INPUT {
        return;
    }
    let mentions = recognizer().recognize(text);
    common::assert_sorted_disjoint(mentions.iter().map(|m| m.span), "mentions");
    for mention in &mentions {
        common::assert_text(text, mention.span, &mention.text, "mention");
        assert!(!mention.span.is_empty(), "empty mention");
        assert!(
            !mention.text.trim().is_empty(),
            "blank mention {:?}",
            mention.span
        );
    }
    for hit in gazetteer().find(text) {
        common::assert_span(text, hit.span, "gazetteer hit");
    }
    let sentences = split_sentences(text);
    let reference = Reference::from_ymd_hm(2024, 11, 27, None, None);
    let dates = time::extract(text, Some(reference));
    for event in marsad_core::events::extract(text, &sentences, &mentions, &dates) {
        common::assert_span(text, event.sentence, "event sentence");
        common::assert_span(text, event.date_span, "event date");
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
    let parsed = marsad_core::article::parse(text);
    let attributions =
        marsad_core::attribution::attribute(text, &parsed.claims, &mentions, gazetteer());
    for a in &attributions {
        common::assert_span(text, a.span, "attribution source");
        common::assert_span(text, a.statement, "attribution statement");
        common::assert_span(text, a.cue, "attribution cue");
        assert!(
            a.mention.is_none_or(|m| m < mentions.len()),
            "attribution names a mention that is not there"
        );
        for link in &a.via {
            common::assert_span(text, link.span, "attribution link");
        }
    }
});
