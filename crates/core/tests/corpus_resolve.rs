//! Resolution of mentions into corpus entities: aliases, variants, surnames, titles.

mod corpus_common;

use corpus_common::{article, entity_name_of, resolve_all, summary};
use marsad_core::EntityType;
use marsad_core::EntityType::{Loc, Org, Pers};
use marsad_core::corpus::EntityId;

#[test]
fn aliases_and_variants_join_one_entity() {
    let fixtures = [
        article(
            "أعلنت سنتكوم أن القيادة الوسطى الأمريكية ستنسق مع البنتاغون. وقالت وزارة الدفاع الأمريكية إن أمريكا جاهزة.",
            &[
                ("سنتكوم", Org),
                ("القيادة الوسطى الأمريكية", Org),
                ("البنتاغون", Org),
                ("وزارة الدفاع الأمريكية", Org),
                ("أمريكا", Loc),
            ],
        ),
        article(
            "ردت أميركا على واشنطن بوست. ووصل الوفد إلى واشنطن من الولايات المتحدة.",
            &[("أميركا", Loc), ("واشنطن", Loc), ("الولايات المتحدة", Loc)],
        ),
    ];
    let resolution = resolve_all(&fixtures);
    let cases = [
        ("سنتكوم", "القيادة الوسطى الأمريكية"),
        ("القيادة الوسطى الأمريكية", "القيادة الوسطى الأمريكية"),
        ("البنتاغون", "وزارة الدفاع الأمريكية"),
        ("وزارة الدفاع الأمريكية", "وزارة الدفاع الأمريكية"),
        ("أمريكا", "الولايات المتحدة"),
        ("أميركا", "الولايات المتحدة"),
        ("الولايات المتحدة", "الولايات المتحدة"),
        // A city, not the country.
        ("واشنطن", "واشنطن"),
    ];
    for (surface, name) in cases {
        assert_eq!(
            entity_name_of(&resolution, surface),
            name,
            "for «{surface}»"
        );
    }
    let usa = resolution
        .entities
        .iter()
        .find(|e| e.name == "الولايات المتحدة")
        .map(|e| {
            (
                e.id.clone(),
                e.mention_count,
                e.article_count,
                e.aliases.clone(),
            )
        });
    assert_eq!(
        usa,
        Some((
            EntityId::from("LOC:الولايات المتحده"),
            3,
            2,
            vec!["أمريكا".to_owned(), "أميركا".to_owned()]
        ))
    );
}

#[test]
fn folding_variants_and_proclitics_join() {
    let fixtures = [article(
        "قالت هيئة الانتخابات إن هيئه الانتخابات مستعدة. وفي غزة وبغزة ولغزة هدوء.",
        &[
            ("هيئة الانتخابات", Org),
            ("هيئه الانتخابات", Org),
            ("غزة", Loc),
            ("وبغزة", Loc),
            ("ولغزة", Loc),
        ],
    )];
    let resolution = resolve_all(&fixtures);
    assert_eq!(
        summary(&resolution),
        vec![
            ("غزة".to_owned(), Loc, 3, 1, vec![]),
            (
                "الهيئة العليا المستقلة للانتخابات".to_owned(),
                Org,
                2,
                1,
                vec!["هيئة الانتخابات".to_owned(), "هيئه الانتخابات".to_owned()]
            ),
        ]
    );
}

#[test]
fn surnames_join_full_names() {
    let fixtures = [
        // Same article: روبيو joins ماركو روبيو.
        article(
            "التقى ماركو روبيو نظيره. وقال روبيو إن المحادثات جيدة.",
            &[("ماركو روبيو", Pers), ("روبيو", Pers)],
        ),
        // Another article with the surname only: unambiguous in the corpus.
        article("صرح روبيو مساء أمس.", &[("روبيو", Pers)]),
        // Two full names end with محمود: the bare surname stays on its own.
        article(
            "حضر سامي محمود وليلى محمود الاجتماع. وتحدث محمود طويلا.",
            &[("سامي محمود", Pers), ("ليلى محمود", Pers), ("محمود", Pers)],
        ),
        // Within one article the article's own full name wins over the corpus.
        article(
            "قالت هالة الشابي إن الشابي ستترشح.",
            &[("هالة الشابي", Pers), ("الشابي", Pers)],
        ),
        article("وأما كريم الشابي فغاب.", &[("كريم الشابي", Pers)]),
    ];
    let resolution = resolve_all(&fixtures);
    let rubio = resolution.entities.iter().find(|e| e.name == "ماركو روبيو");
    assert_eq!(
        rubio.map(|e| (e.mention_count, e.article_count, e.aliases.clone())),
        Some((3, 2, vec!["روبيو".to_owned()]))
    );
    let cases = [
        ("محمود", "محمود"),
        ("سامي محمود", "سامي محمود"),
        ("الشابي", "هالة الشابي"),
    ];
    for (surface, name) in cases {
        assert_eq!(
            entity_name_of(&resolution, surface),
            name,
            "for «{surface}»"
        );
    }
}

#[test]
fn titles_are_not_part_of_names() {
    let fixtures = [article(
        "قال الرئيس الأمريكي جو بايدن إن بايدن لن يتراجع. وأكد وزير الخارجية ناصر العلوي ذلك، ثم تحدث العلوي.",
        &[
            ("الرئيس الأمريكي جو بايدن", Pers),
            ("بايدن", Pers),
            ("وزير الخارجية ناصر العلوي", Pers),
            ("العلوي", Pers),
        ],
    )];
    let resolution = resolve_all(&fixtures);
    assert_eq!(
        summary(&resolution),
        vec![
            ("جو بايدن".to_owned(), Pers, 2, 1, vec!["بايدن".to_owned()]),
            (
                "ناصر العلوي".to_owned(),
                Pers,
                2,
                1,
                vec!["العلوي".to_owned()]
            ),
        ]
    );
}

#[test]
fn names_prefer_the_most_frequent_full_form() {
    let fixtures = [article(
        "قالت أميركا. وردت أميركا. ثم قالت الولايات المتحدة الأميركية. ثم الولايات المتحدة. والولايات المتحدة.",
        &[
            ("أميركا", Loc),
            ("أميركا", Loc),
            ("الولايات المتحدة الأميركية", Loc),
            ("الولايات المتحدة", Loc),
            ("والولايات المتحدة", Loc),
        ],
    )];
    let resolution = resolve_all(&fixtures);
    assert_eq!(
        summary(&resolution),
        vec![(
            "الولايات المتحدة".to_owned(),
            Loc,
            5,
            1,
            vec!["أميركا".to_owned(), "الولايات المتحدة الأميركية".to_owned()]
        )]
    );
}

#[test]
fn unknown_names_keep_their_own_key_and_order_is_deterministic() {
    let fixtures = [
        article(
            "زار سليم البحري قرية الزهور.",
            &[("سليم البحري", Pers), ("الزهور", Loc)],
        ),
        article("عاد سليم البحري.", &[("سليم البحري", Pers)]),
    ];
    let first = resolve_all(&fixtures);
    let second = resolve_all(&fixtures);
    assert_eq!(first, second);
    let ids: Vec<&str> = first.entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, vec!["PERS:سليم البحري", "LOC:الزهور"]);
    assert_eq!(
        first.mention_entity_ids(1),
        vec!["PERS:سليم البحري".to_owned()]
    );
    assert_eq!(
        first.mention_entity(0, 1).map(EntityId::as_str),
        Some("LOC:الزهور")
    );
}

#[test]
fn a_name_takes_the_type_most_of_its_mentions_have() {
    use marsad_core::EntityType::Misc;
    let fixtures = [
        article(
            "كشفت شركة سامسونغ عن هاتفها. وقالت سامسونغ إن المبيعات ارتفعت.",
            &[("سامسونغ", Org), ("سامسونغ", Org)],
        ),
        // The tagger read one occurrence as a person: the corpus outvotes it.
        article("وأعلنت سامسونغ أرباحها.", &[("سامسونغ", Pers)]),
        // A tie is a real ambiguity and stays two entities.
        article(
            "عرضت الريحانة في الريحانة.",
            &[("الريحانة", Misc), ("الريحانة", Loc)],
        ),
    ];
    let resolution = resolve_all(&fixtures);
    let samsung: Vec<(EntityType, usize, usize)> = resolution
        .entities
        .iter()
        .filter(|e| e.name == "سامسونغ")
        .map(|e| (e.entity_type, e.mention_count, e.article_count))
        .collect();
    assert_eq!(samsung, vec![(Org, 3, 2)], "{:?}", summary(&resolution));
    let atlas = resolution
        .entities
        .iter()
        .filter(|e| e.name == "الريحانة")
        .count();
    assert_eq!(atlas, 2, "{:?}", summary(&resolution));
}

#[test]
fn what_is_left_of_the_lam_contraction_names_the_full_form() {
    // «للنجم» is ل + النجم; a mention that kept only «لنجم» still names النجم.
    let fixtures = [article(
        "فاز النجم الساحلي على منافسه. وقدم المدرب الشكر لنجم الساحلي.",
        &[("النجم الساحلي", Org), ("لنجم الساحلي", Org)],
    )];
    let resolution = resolve_all(&fixtures);
    assert_eq!(
        summary(&resolution),
        vec![("النجم الساحلي".to_owned(), Org, 2, 1, vec![])]
    );
}

#[test]
fn one_person_whatever_the_spacing_or_transliteration_of_the_name() {
    let fixtures = [
        article(
            "التقى الملك عبد الله الثاني الرئيس دونالد ترامب. وقال ترامب إن اللقاء كان مثمرا.",
            &[
                ("عبد الله الثاني", Pers),
                ("دونالد ترامب", Pers),
                ("ترامب", Pers),
            ],
        ),
        article(
            "وصل عبدالله الثاني إلى واشنطن. واستقبله ترمب في البيت الأبيض.",
            &[("عبدالله الثاني", Pers), ("واشنطن", Loc), ("ترمب", Pers)],
        ),
        article(
            "قال فلاديمير بوتين إن روسيا مستعدة. وأضاف بوتن أن الحوار ممكن. وقال سعيد إن سعد غادر.",
            &[
                ("فلاديمير بوتين", Pers),
                ("روسيا", Loc),
                ("بوتن", Pers),
                ("سعيد", Pers),
                ("سعد", Pers),
            ],
        ),
    ];
    let resolution = resolve_all(&fixtures);
    let cases = [
        ("عبدالله الثاني", "عبد الله الثاني"),
        ("ترمب", "دونالد ترامب"),
        ("بوتن", "فلاديمير بوتين"),
        ("سعيد", "سعيد"),
        ("سعد", "سعد"),
    ];
    for (surface, name) in cases {
        let got = entity_name_of(&resolution, surface);
        let other = entity_name_of(&resolution, name);
        assert_eq!(got, other, "«{surface}» and «{name}» are one person");
    }
    assert_ne!(
        entity_name_of(&resolution, "سعيد"),
        entity_name_of(&resolution, "سعد"),
        "two Arabic names a vowel apart stay two people"
    );
}

#[test]
fn a_generic_institution_belongs_to_its_articles_country() {
    let fixtures = [
        article(
            "صوت البرلمان على الموازنة في بغداد. وقال نائب عراقي إن العراق يحتاج إلى الإصلاح.",
            &[("البرلمان", Org), ("بغداد", Loc), ("العراق", Loc)],
        ),
        article(
            "أقر البرلمان قانون الانتخابات في العراق. ورحب رئيس الوزراء العراقي بالقرار.",
            &[("البرلمان", Org), ("العراق", Loc)],
        ),
        article(
            "ناقش البرلمان الأردني الموازنة. وأكدت الحكومة الأردنية أن الأردن ماض في الإصلاح.",
            &[("البرلمان", Org), ("الأردن", Loc)],
        ),
        article(
            "وافق البرلمان على القانون بأغلبية كبيرة.",
            &[("البرلمان", Org)],
        ),
        article(
            "وصوت البرلمان العراقي على القانون.",
            &[("البرلمان العراقي", Org)],
        ),
    ];
    let resolution = resolve_all(&fixtures);
    let parliaments: Vec<(String, usize)> = resolution
        .entities
        .iter()
        .filter(|e| e.name.starts_with("البرلمان"))
        .map(|e| (e.name.clone(), e.article_count))
        .collect();
    assert_eq!(parliaments.len(), 3, "{parliaments:?}");
    // The one named with the adjective joins the bare ones of Iraqi articles.
    assert!(
        parliaments.contains(&("البرلمان (العراق)".to_owned(), 3)),
        "{parliaments:?}"
    );
    assert!(
        parliaments.contains(&("البرلمان (الأردن)".to_owned(), 1)),
        "{parliaments:?}"
    );
    assert!(
        parliaments.contains(&("البرلمان".to_owned(), 1)),
        "{parliaments:?}"
    );
}

#[test]
fn a_bare_surname_joins_the_full_name_the_corpus_means_but_not_a_sons_patronymic() {
    let fixtures = [
        article(
            "قال الرئيس دونالد ترامب إن الاتفاق سيئ. وأضاف ترامب أنه سينسحب.",
            &[("دونالد ترامب", Pers), ("ترامب", Pers)],
        ),
        article(
            "التقى دونالد ترامب وفدا عربيا. وقال دونالد ترامب إن اللقاء مثمر.",
            &[("دونالد ترامب", Pers), ("دونالد ترامب", Pers)],
        ),
        article("وزارت إيفانكا ترامب المعرض.", &[("إيفانكا ترامب", Pers)]),
        // Trump alone, in an article that never gives his full name.
        article("وهاجم ترامب الصحافة مجددا.", &[("ترامب", Pers)]),
        article(
            "استقبل الملك سلمان بن عبدالعزيز الوفد. وحضر ولي العهد محمد بن سلمان.",
            &[("سلمان بن عبدالعزيز", Pers), ("محمد بن سلمان", Pers)],
        ),
        // The king, called by his given name alone, is not his son.
        article("وأصدر الملك سلمان أمرا ملكيا.", &[("سلمان", Pers)]),
    ];
    let resolution = resolve_all(&fixtures);
    let trump_alone = resolution.articles[3][0].entity.clone();
    assert_eq!(
        resolution.entity(&trump_alone).map(|e| e.name.as_str()),
        Some("دونالد ترامب"),
        "{:?}",
        summary(&resolution)
    );
    let salman_alone = resolution.articles[5][0].entity.clone();
    assert_ne!(
        resolution.entity(&salman_alone).map(|e| e.name.as_str()),
        Some("محمد بن سلمان"),
        "{:?}",
        summary(&resolution)
    );
}

#[test]
fn a_family_name_written_first_stands_for_the_full_name() {
    let fixtures = [
        article(
            "التقى كيم جونغ أون الرئيس الكوري الجنوبي. وقال كيم جونغ أون إن القمة ناجحة.",
            &[("كيم جونغ أون", Pers), ("كيم جونغ أون", Pers)],
        ),
        article("وأكد كيم استعداده للقاء جديد.", &[("كيم", Pers)]),
    ];
    let resolution = resolve_all(&fixtures);
    assert_eq!(
        entity_name_of(&resolution, "كيم"),
        "كيم جونغ أون",
        "{:?}",
        summary(&resolution)
    );
}
