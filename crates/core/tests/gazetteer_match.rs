//! Clitic-aware gazetteer matching on hand-written Arabic sentences.

use marsad_core::EntityType::{self, Loc, Org, Pers};
use marsad_core::entities::gazetteer::Gazetteer;

/// What a hit should look like: the original text under the span, type, canonical.
type Expected = (&'static str, EntityType, &'static str);

fn names(text: &str) -> Vec<(String, EntityType, String)> {
    Gazetteer::bundled()
        .find(text)
        .into_iter()
        .filter(|m| !m.is_title)
        .map(|m| {
            let surface = m.span.slice(text).unwrap_or("<bad span>").to_owned();
            (surface, m.entity_type, m.canonical)
        })
        .collect()
}

fn check(cases: &[(&str, &[Expected])]) {
    for (text, expected) in cases {
        let got = names(text);
        let want: Vec<(String, EntityType, String)> = expected
            .iter()
            .map(|(s, t, c)| ((*s).to_owned(), *t, (*c).to_owned()))
            .collect();
        assert_eq!(got, want, "in «{text}»");
    }
}

#[test]
fn proclitics_are_left_outside_the_span() {
    check(&[
        (
            "وصل الوفد وبإسرائيل بدأت المحادثات",
            &[("إسرائيل", Loc, "إسرائيل")],
        ),
        (
            "سافر الوزير إلى بيروت ثم لدمشق",
            &[("بيروت", Loc, "بيروت"), ("دمشق", Loc, "دمشق")],
        ),
        ("والقاهرة تستضيف الاجتماع", &[("القاهرة", Loc, "القاهرة")]),
        ("وبالقاهرة عقد اللقاء", &[("القاهرة", Loc, "القاهرة")]),
        ("فتونس لا تقبل ذلك", &[("تونس", Loc, "تونس")]),
        (
            "كمصر وتركيا",
            &[("مصر", Loc, "مصر"), ("تركيا", Loc, "تركيا")],
        ),
    ]);
}

#[test]
fn lam_plus_article_contraction() {
    check(&[
        (
            "قدم الدعم للولايات المتحدة مرة أخرى",
            &[("لولايات المتحدة", Loc, "الولايات المتحدة")],
        ),
        ("وللقدس مكانة خاصة", &[("لقدس", Loc, "القدس")]),
        (
            "رسالة للبنان من باريس",
            &[("لبنان", Loc, "لبنان"), ("باريس", Loc, "باريس")],
        ),
    ]);
}

#[test]
fn spelling_variants_resolve_to_one_canonical() {
    check(&[
        (
            "أمريكا وأميركا اسمان لبلد واحد",
            &[
                ("أمريكا", Loc, "الولايات المتحدة"),
                ("أميركا", Loc, "الولايات المتحدة"),
            ],
        ),
        (
            "زار الولايات المتحدة الأميركية",
            &[("الولايات المتحدة الأميركية", Loc, "الولايات المتحدة")],
        ),
        (
            "بريطانيا أو المملكة المتحدة",
            &[
                ("بريطانيا", Loc, "المملكة المتحدة"),
                ("المملكة المتحدة", Loc, "المملكة المتحدة"),
            ],
        ),
        (
            "في افريقيا وإفريقيا",
            &[("افريقيا", Loc, "أفريقيا"), ("إفريقيا", Loc, "أفريقيا")],
        ),
        ("تقع غزه جنوبا", &[("غزه", Loc, "غزة")]),
        ("زار إِسْرَائِيلَ أمس", &[("إِسْرَائِيلَ", Loc, "إسرائيل")]),
    ]);
}

#[test]
fn aliases_and_acronyms() {
    check(&[
        (
            "أعلنت سنتكوم وصول السفينة",
            &[("سنتكوم", Org, "القيادة الوسطى الأمريكية")],
        ),
        (
            "بيان من البنتاغون صباحا",
            &[("البنتاغون", Org, "وزارة الدفاع الأمريكية")],
        ),
        (
            "قمة الناتو في لاهاي",
            &[("الناتو", Org, "حلف شمال الأطلسي"), ("لاهاي", Loc, "لاهاي")],
        ),
        ("قالت حماس إنها ستدرس العرض", &[("حماس", Org, "حركة حماس")]),
        (
            "نقلت وكالة وات الخبر",
            &[("وكالة وات", Org, "وكالة تونس إفريقيا للأنباء")],
        ),
    ]);
}

#[test]
fn longest_entry_wins() {
    check(&[
        (
            "اجتمع مجلس الأمن الدولي اليوم",
            &[("مجلس الأمن الدولي", Org, "مجلس الأمن")],
        ),
        (
            "في جنوب السودان وفي السودان",
            &[
                ("جنوب السودان", Loc, "جنوب السودان"),
                ("السودان", Loc, "السودان"),
            ],
        ),
        (
            "صرحت وزارة الخارجية الأمريكية",
            &[("وزارة الخارجية الأمريكية", Org, "وزارة الخارجية الأمريكية")],
        ),
    ]);
}

#[test]
fn a_match_must_end_at_a_word_end() {
    check(&[
        // Nisba adjectives and other longer words are not the place itself.
        ("قال المسؤول الإسرائيلي والمصرية", &[]),
        ("المصرف المركزي", &[]),
        (
            "القوات الأمريكية في سوريا",
            &[
                ("القوات الأمريكية", Org, "الجيش الأمريكي"),
                ("سوريا", Loc, "سوريا"),
            ],
        ),
        // Not a clitic: بيروتي is an adjective, وهران is a city that starts with و.
        ("الطابع البيروتي في وهران", &[("وهران", Loc, "وهران")]),
    ]);
}

#[test]
fn words_inside_other_words_do_not_match() {
    check(&[
        // مصر inside مصرع, عمان inside أعمال, غزة inside تغزل.
        ("لقي مصرعه بعد أعمال تغزل بها", &[]),
    ]);
}

#[test]
fn everyday_words_that_are_also_names_match_only_in_their_longer_form() {
    check(&[
        ("بدأت إعادة إعمار الحي", &[]),
        ("وقّعت شركة إعمار العقد", &[("شركة إعمار", Org, "إعمار")]),
        ("مفاوضات سد النهضة", &[]),
        ("فازت حركة النهضة", &[("حركة النهضة", Org, "حركة النهضة")]),
        ("اجتمع المحافظون مع الوزير", &[]),
    ]);
}

#[test]
fn punctuation_and_spacing() {
    check(&[
        (
            "«رويترز» نقلت عن (البنتاغون).",
            &[
                ("رويترز", Org, "رويترز"),
                ("البنتاغون", Org, "وزارة الدفاع الأمريكية"),
            ],
        ),
        (
            "الولايات  المتحدة\nتقول",
            &[("الولايات  المتحدة", Loc, "الولايات المتحدة")],
        ),
        (
            "الولايات\u{a0}المتحدة",
            &[("الولايات\u{a0}المتحدة", Loc, "الولايات المتحدة")],
        ),
        (
            "مدينة صفاقس، وسوسة، والمهدية؛ والقيروان",
            &[
                ("صفاقس", Loc, "صفاقس"),
                ("سوسة", Loc, "سوسة"),
                ("المهدية", Loc, "المهدية"),
                ("القيروان", Loc, "القيروان"),
            ],
        ),
    ]);
}

#[test]
fn people_and_places_stay_apart() {
    check(&[
        (
            "التقى ماركو روبيو في واشنطن",
            &[
                ("ماركو روبيو", Pers, "ماركو روبيو"),
                ("واشنطن", Loc, "واشنطن"),
            ],
        ),
        (
            "صرح بنيامين نتنياهو",
            &[("بنيامين نتنياهو", Pers, "بنيامين نتنياهو")],
        ),
    ]);
}

#[test]
fn titles_are_marked_and_kept_out_of_names() {
    let text = "قال وزير الخارجية الأميركي ماركو روبيو إن الرئيس سيزور تونس";
    let found = Gazetteer::bundled().find(text);
    let got: Vec<(&str, bool)> = found
        .iter()
        .map(|m| (m.span.slice(text).unwrap_or(""), m.is_title))
        .collect();
    assert_eq!(
        got,
        vec![
            ("وزير الخارجية الأميركي", true),
            ("ماركو روبيو", false),
            ("الرئيس", true),
            ("تونس", false),
        ]
    );
}

#[test]
fn spans_point_into_the_original_text() {
    // Tatweel and diacritics inside the name stay inside the span.
    let text = "وصـــل إلى بـغـداد وفِلَسْطِينَ";
    let found = Gazetteer::bundled().find(text);
    let spans: Vec<&str> = found.iter().filter_map(|m| m.span.slice(text)).collect();
    assert_eq!(spans, vec!["بـغـداد", "فِلَسْطِينَ"]);
}
