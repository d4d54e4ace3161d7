//! Event labels a reader understands (the predicate with its subject or object, up
//! to six words), and the role an event takes from its date.

use marsad_core::events;
use marsad_core::text::sentence::split_sentences;
use marsad_core::time::{self, Reference};

/// (sentence, label of its one event), the reference being 2024-11-27.
#[rustfmt::skip]
const LABELS: &[(&str, &str)] = &[
    ("دخل وقف إطلاق النار حيز التنفيذ فجر الجمعة.", "دخل وقف إطلاق النار حيز التنفيذ"),
    ("وصلت القوات الأمريكية إلى إسرائيل يوم الجمعة.", "وصلت القوات الأمريكية إلى إسرائيل"),
    ("انسحب الجيش من المدينة أمس بعد اشتباكات عنيفة.", "انسحب الجيش من المدينة"),
    ("افتتح الرئيس المستشفى الجامعي الجديد صباح الثلاثاء في صفاقس.", "افتتح الرئيس المستشفى الجامعي الجديد"),
    ("وقعت الحكومة والنقابات اتفاق الزيادة في الأجور يوم الاثنين.", "وقعت الحكومة والنقابات اتفاق الزيادة"),
    ("قال المتحدث إن البرلمان صادق على الميزانية أمس.", "البرلمان صادق على الميزانية"),
    ("أعلنت وزارة الصحة أن افتتاح المركز الجديد سيكون في 5 يونيو 2025.", "افتتاح المركز الجديد"),
    ("اجتمع وزير الخارجية مع نظيره الفرنسي الأسبوع الماضي في باريس.", "اجتمع وزير الخارجية مع نظيره الفرنسي"),
    ("أطلقت الفصائل صواريخ على المستوطنات الليلة الماضية.", "أطلقت الفصائل صواريخ على المستوطنات"),
    ("استأنفت المدارس الدروس يوم الأحد بعد عطلة طويلة.", "استأنفت المدارس الدروس"),
    ("ارتفعت أسعار المحروقات بنسبة كبيرة الشهر الماضي.", "ارتفعت أسعار المحروقات بنسبة كبيرة"),
    ("وصل الوفد المصري إلى غزة أمس لبحث التهدئة.", "وصل الوفد المصري إلى غزة"),
];

fn events_of(text: &str) -> Vec<events::Event> {
    let dates = time::extract(text, Reference::parse("2024-11-27"));
    events::extract(text, &split_sentences(text), &[], &dates)
}

#[test]
fn labels_hold_the_predicate_with_its_subject_or_object() {
    let failures: Vec<String> = LABELS
        .iter()
        .filter_map(|&(text, want)| {
            let found = events_of(text);
            let got: Vec<&str> = found.iter().map(|e| e.label.as_str()).collect();
            (got != [want]).then(|| format!("{text}\n    want {want}\n    got  {got:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn labels_stop_at_commas_dates_and_other_clauses() {
    for (text, want) in [
        (
            "أعلن الجيش، في بيان، مقتل ثلاثة مسلحين يوم السبت.",
            "مقتل ثلاثة مسلحين",
        ),
        (
            "غادر الرئيس البلاد صباح الأحد الذي شهد احتجاجات.",
            "غادر الرئيس البلاد",
        ),
    ] {
        let found = events_of(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].label, want, "{text}");
        assert!(found[0].label.split_whitespace().count() <= 6);
    }
}

#[test]
fn an_event_takes_its_date_role() {
    let found = events_of("قال الوزير أمس إن اللاجئين يعيشون في المخيمات منذ عام 1948.");
    let roles: Vec<(&str, &str)> = found
        .iter()
        .map(|e| (e.date.as_str(), e.role.as_str()))
        .collect();
    assert_eq!(
        roles,
        [("2024-11-26", "reported")],
        "the reported date wins the clause"
    );
    let background = events_of("اندلعت الحرب الأهلية في لبنان عام 1975.");
    assert_eq!(background.len(), 1);
    assert_eq!(background[0].role.as_str(), "background");
    assert_eq!(background[0].date, "1975");
}
