//! Names as real news writes them, through the bundled recognizer: hashtags
//! inside and around names, compound given names, kunyas, Latin names and
//! acronyms in Arabic text, clitics glued to organizations, and ministries
//! named with their country's adjective. One table per shape; each case is
//! a sentence written for the test and the mention it must hold.

use marsad_core::EntityType::{self, Loc, Org, Pers};
use marsad_core::entities::Recognizer;

fn mentions(text: &str) -> Vec<(String, EntityType)> {
    Recognizer::bundled()
        .expect("the bundled model loads")
        .recognize(text)
        .into_iter()
        .map(|m| (m.text, m.entity_type))
        .collect()
}

/// Every (sentence, mention text as the span must read, type) holds.
fn check(table: &[(&str, &str, EntityType)]) {
    let mut failures = Vec::new();
    for &(text, name, entity_type) in table {
        let got = mentions(text);
        if !got.iter().any(|(n, t)| n == name && *t == entity_type) {
            failures.push(format!(
                "«{name}» {entity_type} not in {got:?} for «{text}»"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn hashtags_around_and_inside_names_leave_one_mention() {
    check(&[
        ("وقال #ماكرون إن فرنسا لن تتراجع عن الإصلاح.", "ماكرون", Pers),
        (
            "استقبل الرئيس التركي رجب طيب #أردوغان وفدا من رجال الأعمال أمس.",
            "رجب طيب #أردوغان",
            Pers,
        ),
        (
            "وكتب الرئيس الأمريكي #ترامب على تويتر صباح اليوم.",
            "ترامب",
            Pers,
        ),
        (
            "وشارك المغني #عاصي_الحلاني في الحفل الذي أقيم في بيروت.",
            "عاصي_الحلاني",
            Pers,
        ),
        (
            "وزار الوفد #الرياض الأسبوع الماضي لبحث الاتفاق.",
            "الرياض",
            Loc,
        ),
    ]);
}

#[test]
fn compound_given_names_are_one_name_with_or_without_the_space() {
    check(&[
        (
            "وقال الملك عبد الله الثاني إن الأردن يدعم الحل السياسي.",
            "عبد الله الثاني",
            Pers,
        ),
        (
            "وقال الملك عبدالله الثاني إن الأردن يدعم الحل السياسي.",
            "عبدالله الثاني",
            Pers,
        ),
        (
            "وأكد المدرب نور الدين زكري أن الفريق جاهز للمباراة.",
            "نور الدين زكري",
            Pers,
        ),
        (
            "وظهر سيف الإسلام القذافي في تسجيل مصور بثته قناة محلية.",
            "سيف الإسلام القذافي",
            Pers,
        ),
        (
            "وصرح أبو بكر البغدادي في تسجيل صوتي بأن التنظيم باق.",
            "أبو بكر البغدادي",
            Pers,
        ),
    ]);
}

#[test]
fn kunyas_stay_with_the_name() {
    check(&[
        (
            "وقال أبو محمد الجولاني في كلمة مصورة إن الهدنة لن تصمد.",
            "أبو محمد الجولاني",
            Pers,
        ),
        (
            "وأعلن أبو مازن رفضه للخطة الأمريكية خلال اجتماع في رام الله.",
            "أبو مازن",
            Pers,
        ),
    ]);
}

#[test]
fn latin_names_and_acronyms_inside_arabic_text_are_found() {
    check(&[
        (
            "دبي، الإمارات العربية المتحدة (CNN)-- أعلنت الشركة نتائجها.",
            "CNN",
            Org,
        ),
        ("وذكرت وكالة AFP أن المفاوضات توقفت مساء الأحد.", "AFP", Org),
        (
            "وقالت مصادر لـBBC إن الاجتماع أرجئ إلى الأسبوع المقبل.",
            "BBC",
            Org,
        ),
        // The acronym after حلف is the alliance's name: one mention.
        (
            "وأعلن حلف NATO عن مناورات جديدة في بحر البلطيق.",
            "حلف NATO",
            Org,
        ),
    ]);
}

#[test]
fn clitics_stay_outside_organizations_and_places() {
    check(&[
        (
            "وقال مسؤول لوكالة رويترز إن المحادثات ستستأنف غدا.",
            "وكالة رويترز",
            Org,
        ),
        (
            "وأكد المتحدث دعم بلاده للبوليساريو في المحافل الدولية.",
            "لبوليساريو",
            Org,
        ),
        (
            "وأعلن وزير الخارجية دعمه لحزب الله في بيان رسمي.",
            "حزب الله",
            Org,
        ),
        ("وعاد الوفد وبغداد تستعد لاستقباله بعد أيام.", "بغداد", Loc),
    ]);
}

#[test]
fn ministries_keep_the_country_adjective_that_says_whose() {
    check(&[
        (
            "وأعلنت وزارة الصحة الأردنية تسجيل إصابات جديدة يوم الأحد.",
            "وزارة الصحة الأردنية",
            Org,
        ),
        (
            "ونفت وزارة الداخلية البحرينية صحة الأنباء المتداولة.",
            "وزارة الداخلية البحرينية",
            Org,
        ),
    ]);
}

#[test]
fn armed_groups_and_news_agencies_are_organizations() {
    check(&[
        (
            "وتبنت عصائب أهل الحق الهجوم في بيان على موقعها.",
            "عصائب أهل الحق",
            Org,
        ),
        (
            "وقالت وكالة سبوتنيك إن الوفد الروسي وصل إلى أنقرة.",
            "وكالة سبوتنيك",
            Org,
        ),
        (
            "واشتبكت قوات الدعم السريع مع الجيش في أطراف الخرطوم.",
            "قوات الدعم السريع",
            Org,
        ),
    ]);
}

#[test]
fn tagger_mentions_carry_a_confidence_and_list_entries_are_certain() {
    let recognizer = Recognizer::bundled().expect("the bundled model loads");
    let text = "وقال المدرب كلود بويل إن فريق ليستر سيلعب في لندن يوم السبت.";
    let found = recognizer.recognize(text);
    let london = found.iter().find(|m| m.text == "لندن").expect("لندن found");
    assert!((london.confidence.probability() - 1.0).abs() < f32::EPSILON);
    for m in &found {
        let p = m.confidence.probability();
        assert!((0.0..=1.0).contains(&p), "{m:?}");
    }
    let person = found
        .iter()
        .find(|m| m.entity_type == Pers)
        .expect("a person");
    assert!(person.confidence.probability() > 0.3, "{person:?}");
}
