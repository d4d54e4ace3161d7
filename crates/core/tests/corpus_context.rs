//! Keyword-in-context lines and co-occurrence ranking.

mod corpus_common;

use corpus_common::{article, id_named, resolve_all};
use marsad_core::EntityType::{Loc, Org, Pers};
use marsad_core::Span;
use marsad_core::corpus::{EntityId, cooccurrence, kwic};

fn span_of(text: &str, needle: &str) -> Span {
    let start = text.find(needle).unwrap_or(0);
    Span::new(start, start + needle.len())
}

#[test]
fn kwic_cuts_at_words_and_characters() {
    let text = "في صباح اليوم وصل وزير الخارجية إلى مدينة صفاقس لحضور الاجتماع السنوي للجمعية";
    let cases: &[(usize, &str, &str)] = &[
        // (width, left, right)
        (12, " إلى مدينة ", " لحضور"),
        (20, " الخارجية إلى مدينة ", " لحضور الاجتماع"),
        (0, "", ""),
        (
            500,
            "في صباح اليوم وصل وزير الخارجية إلى مدينة ",
            " لحضور الاجتماع السنوي للجمعية",
        ),
    ];
    for (width, left, right) in cases {
        let got = kwic(text, span_of(text, "صفاقس"), *width);
        assert_eq!(got, (*left, "صفاقس", *right), "width {width}");
    }
}

#[test]
fn kwic_keeps_diacritics_with_their_letter() {
    let text = "قَالَ المُتَحَدِّثُ إِنَّ غَزَّةَ تَنْتَظِرُ";
    let (left, hit, right) = kwic(text, span_of(text, "غَزَّةَ"), 3);
    assert_eq!(hit, "غَزَّةَ");
    // Three letters each side, marks not counted and never left dangling.
    assert_eq!(left, "إِنَّ ");
    assert_eq!(right, "");
    let (_, _, right) = kwic(text, span_of(text, "غَزَّةَ"), 8);
    assert_eq!(right, " تَنْتَظِرُ");
}

#[test]
fn kwic_rejects_bad_spans() {
    let text = "غزة";
    assert_eq!(kwic(text, Span::new(1, 3), 5), ("", "", ""));
    assert_eq!(kwic(text, Span::new(0, 99), 5), ("", "", ""));
}

#[test]
fn cooccurrence_counts_shared_sentences() {
    let fixtures = [
        article(
            "التقى منير الحداد في صفاقس ممثلي جمعية الأفق. ثم عاد منير الحداد إلى صفاقس. وفي سوسة هدوء.",
            &[
                ("منير الحداد", Pers),
                ("صفاقس", Loc),
                ("جمعية الأفق", Org),
                ("منير الحداد", Pers),
                ("صفاقس", Loc),
                ("سوسة", Loc),
            ],
        ),
        article(
            "زار منير الحداد سوسة.",
            &[("منير الحداد", Pers), ("سوسة", Loc)],
        ),
    ];
    let resolution = resolve_all(&fixtures);
    let person = id_named(&resolution, "منير الحداد");
    let got = cooccurrence(&resolution, &person);
    assert_eq!(
        got,
        vec![
            (EntityId::from("LOC:صفاقس"), 2),
            (EntityId::from("LOC:سوسه"), 1),
            (EntityId::from("ORG:جمعيه الافق"), 1),
        ]
    );
    assert!(cooccurrence(&resolution, &EntityId::from("LOC:غير موجود")).is_empty());
}
