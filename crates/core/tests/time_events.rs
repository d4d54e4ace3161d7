//! Dated events from sentences, mentions and dates, and their clustering across articles.

use marsad_core::events::{self, Event};
use marsad_core::text::sentence::split_sentences;
use marsad_core::time::{self, Reference};
use marsad_core::{EntityType, Mention, MentionSource, Span};

/// Mentions for the given names wherever they occur in `text`.
fn mentions(text: &str, names: &[(&str, EntityType)]) -> Vec<Mention> {
    let mut out: Vec<Mention> = names
        .iter()
        .flat_map(|&(name, entity_type)| {
            text.match_indices(name).map(move |(start, _)| Mention {
                span: Span::new(start, start + name.len()),
                text: name.to_owned(),
                entity_type,
                source: MentionSource::Gazetteer,
                confidence: marsad_core::Confidence::CERTAIN,
            })
        })
        .collect();
    out.sort_by_key(|m| m.span);
    out
}

fn events_of(text: &str, names: &[(&str, EntityType)], reference: &str) -> Vec<Event> {
    let dates = time::extract(text, Reference::parse(reference));
    events::extract(text, &split_sentences(text), &mentions(text, names), &dates)
}

#[test]
fn a_dated_sentence_becomes_an_event_with_label_and_participants() {
    let text =
        "وصلت القوات الأمريكية إلى إسرائيل يوم الجمعة 21 مايو 2021. وتحدث المسؤولون عن مرحلة جديدة.";
    let found = events_of(text, &[("إسرائيل", EntityType::Loc)], "2021-05-22");
    assert_eq!(found.len(), 1, "{found:?}");
    let e = &found[0];
    assert_eq!(e.date, "2021-05-21");
    assert_eq!(e.label, "وصلت القوات الأمريكية إلى إسرائيل");
    assert_eq!(e.entities, ["إسرائيل"]);
    assert_eq!(
        &text[e.sentence.start..e.sentence.end],
        "وصلت القوات الأمريكية إلى إسرائيل يوم الجمعة 21 مايو 2021."
    );
    assert_eq!(
        &text[e.date_span.start..e.date_span.end],
        "يوم الجمعة 21 مايو 2021"
    );
}

#[test]
fn the_label_is_what_a_reporting_verb_reports() {
    let text = "أعلنت وزارة الصحة أن افتتاح المركز الجديد سيكون في 5 يونيو 2023 بمدينة صفاقس.";
    let found = events_of(
        text,
        &[("وزارة الصحة", EntityType::Org), ("صفاقس", EntityType::Loc)],
        "2023-05-01",
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].label, "افتتاح المركز الجديد");
    assert_eq!(found[0].entities, ["وزارة الصحة", "صفاقس"]);
}

#[test]
fn a_relative_date_is_an_event_only_once_resolved() {
    let text = "انسحب الجيش من المدينة أمس بعد اشتباكات عنيفة.";
    assert!(
        events_of(text, &[], "").is_empty(),
        "no reference, no event"
    );
    let found = events_of(text, &[], "2024-11-27");
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].date.as_str(), found[0].label.as_str()),
        ("2024-11-26", "انسحب الجيش من المدينة")
    );
}

#[test]
fn durations_and_recurrences_are_not_events() {
    let text = "استمرت المعارك لمدة 11 يومًا. تنعقد اللجنة سنويا في العاصمة.";
    assert!(events_of(text, &[], "2024-11-27").is_empty());
}

#[test]
fn two_dates_in_one_sentence_make_two_events() {
    let text = "انطلقت الأشغال في 3 مارس 2022، واكتمل بناء الجسر في 20 ديسمبر 2023.";
    let found = events_of(text, &[], "2024-01-10");
    let summary: Vec<(&str, &str)> = found
        .iter()
        .map(|e| (e.date.as_str(), e.label.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            ("2022-03-03", "انطلقت الأشغال"),
            ("2023-12-20", "اكتمل بناء الجسر")
        ]
    );
}

#[test]
fn the_same_event_in_two_articles_clusters_into_one() {
    let first = "دخل وقف إطلاق النار حيز التنفيذ في غزة فجر 21 مايو 2021.";
    let second = "بدأ سريان الهدنة في غزة يوم 21 مايو 2021 بعد وساطة مصرية.";
    let third = "زار الوزير غزة في 3 يونيو 2021.";
    let names = [("غزة", EntityType::Loc)];
    let a = events_of(first, &names, "2021-05-21");
    let b = events_of(second, &names, "2021-05-22");
    let c = events_of(third, &names, "2021-06-04");
    let clusters = events::cluster(&[&a, &b, &c]);
    assert_eq!(clusters.len(), 2, "{clusters:?}");
    assert_eq!(clusters[0].date, "2021-05-21");
    assert_eq!(clusters[0].articles, [0, 1]);
    assert_eq!(clusters[0].entities, ["غزة"]);
    assert_eq!(clusters[1].articles, [2]);
}

#[test]
fn same_date_without_shared_participant_or_label_stays_apart() {
    let first = "افتتح المعرض في تونس يوم 5 مايو 2022.";
    let second = "انهار مبنى في القاهرة يوم 5 مايو 2022.";
    let a = events_of(first, &[("تونس", EntityType::Loc)], "2022-05-06");
    let b = events_of(second, &[("القاهرة", EntityType::Loc)], "2022-05-06");
    assert_eq!(events::cluster(&[&a, &b]).len(), 2);
}

#[test]
fn the_label_comes_from_the_verb_nearest_the_date() {
    let text = "أعلن الوسطاء أن الاتفاق دخل حيز التنفيذ فجر الجمعة 21 مايو 2021.";
    let found = events_of(text, &[], "2021-05-22");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].label, "الاتفاق دخل حيز التنفيذ");
    let arrival = "بدأت طلائع القوات بالوصول إلى المطار يوم 3 يونيو 2022.";
    assert_eq!(
        events_of(arrival, &[], "2022-06-04")[0].label,
        "الوصول إلى المطار"
    );
}

#[test]
fn a_verbal_noun_with_a_glued_preposition_is_shown_with_its_article() {
    let text = "طوابير طويلة للحصول على المساعدات في 9 نوفمبر 2023.";
    assert_eq!(
        events_of(text, &[], "2023-11-10")[0].label,
        "الحصول على المساعدات"
    );
}
