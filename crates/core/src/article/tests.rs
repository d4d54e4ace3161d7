use super::*;

fn kinds(text: &str) -> Vec<(BlockKind, String)> {
    parse(text)
        .blocks
        .iter()
        .map(|b| (b.kind, text[b.span.start..b.span.end].to_owned()))
        .collect()
}

fn kind_list(text: &str) -> Vec<BlockKind> {
    kinds(text).into_iter().map(|(k, _)| k).collect()
}

use BlockKind::{
    Byline, Caption, Dateline, Dek, Heading, ListItem, Paragraph, Related, Section, Title,
};

#[test]
fn title_line_then_paragraphs_heading_and_list() {
    let text = "وصول فرق إغاثة تركية إلى رفح\n\
        بدأت فرق الإغاثة بالوصول صباح الأحد إلى معبر رفح، في خطوة تهدف إلى تسريع إدخال المساعدات.\n\
        \n\
        تفاصيل المهمة\n\
        أوضح منسقون أن المهمة تشمل:\n\
        - توزيع الخيام على النازحين.\n\
        - تشغيل مطبخ ميداني.\n\
        وتستمر المهمة أسبوعين.\n";
    assert_eq!(
        kind_list(text),
        vec![
            Title, Paragraph, Heading, Paragraph, ListItem, ListItem, Paragraph
        ]
    );
    let parsed = parse(text);
    assert_eq!(parsed.meta.title, "وصول فرق إغاثة تركية إلى رفح");
    assert!(!parsed.meta.title_inferred);
    // The bullet is not part of the list item's text.
    assert_eq!(kinds(text)[4].1, "توزيع الخيام على النازحين.");
}

#[test]
fn section_title_dek_image_and_byline() {
    let text = "سياسة\n\
        افتتاح مكتب أممي جديد في خان يونس\n\
        المكتب يتولى تنسيق توزيع المساعدات في جنوب القطاع.\n\
        ![متطوعون يفرغون شاحنة مساعدات قرب خان يونس في 3 مارس/آذار. [سامي حمدان/وكالة الأنباء]](/media/images/2025/03/05/4411-aid-600_384.webp)\n\
        ريم العلي |\n\
        أعلنت الأمم المتحدة افتتاح مكتب جديد.\n";
    assert_eq!(
        kind_list(text),
        vec![Section, Title, Dek, Caption, Byline, Paragraph]
    );
    let parsed = parse(text);
    assert_eq!(parsed.meta.section.as_deref(), Some("سياسة"));
    assert_eq!(parsed.meta.byline.as_deref(), Some("ريم العلي"));
    let caption = &parsed.blocks[3];
    assert_eq!(
        &text[caption.span.start..caption.span.end],
        "متطوعون يفرغون شاحنة مساعدات قرب خان يونس في 3 مارس/آذار."
    );
    assert_eq!(caption.credit.as_deref(), Some("سامي حمدان/وكالة الأنباء"));
    // The image path is a weaker hint, used when no dateline says otherwise.
    assert_eq!(
        parsed.meta.published.map(|d| d.iso()).as_deref(),
        Some("2025-03-05")
    );
    assert_eq!(parsed.meta.published_source, Some(DateSource::ImagePath));
}

#[test]
fn dateline_first_then_blank_lines_and_title() {
    let text = "2024-11-27 08:51 م\n\n\nالبنتاغون يدرس خيارات لتمويل قوة دولية\n\nكشف تقرير أن المسؤولين يجرون محادثات مبكرة.\n";
    assert_eq!(kind_list(text), vec![Dateline, Title, Paragraph]);
    let meta = parse(text).meta;
    assert_eq!(
        meta.published.map(|d| d.iso()).as_deref(),
        Some("2024-11-27T20:51")
    );
    assert_eq!(meta.published_source, Some(DateSource::Dateline));
    assert_eq!(meta.title, "البنتاغون يدرس خيارات لتمويل قوة دولية");
}

#[test]
fn a_dateline_beats_an_earlier_dated_image_path() {
    let text = "عنوان الخبر هنا\n![صورة [وكالة]](/images/2025/01/02/a.jpg)\n2025-01-03 09:00 ص\nنص الخبر الأول.\n";
    let meta = parse(text).meta;
    assert_eq!(
        meta.published.map(|d| d.iso()).as_deref(),
        Some("2025-01-03T09:00")
    );
    assert_eq!(meta.published_source, Some(DateSource::Dateline));
}

#[test]
fn a_long_lead_without_title_gets_an_inferred_title() {
    let lead = "تتسارع التحركات الدبلوماسية في المنطقة مع اقتراب موعد القمة، في وقت تسعى فيه العواصم المعنية إلى تثبيت التهدئة وفتح الطريق أمام ترتيبات أمنية جديدة طويلة الأمد تشمل أطرافا عدة";
    let text =
        format!("{lead}\nالقاهرة تستضيف جولة جديدة\n\nقال دبلوماسيون إن الجولة تبدأ الأحد.\n");
    let parsed = parse(&text);
    assert!(parsed.meta.title_inferred);
    assert!(parsed.meta.title.starts_with("تتسارع التحركات الدبلوماسية"));
    assert!(parsed.meta.title.ends_with('…'));
    assert!(parsed.meta.title.chars().count() <= INFERRED_TITLE_CHARS + 1);
    assert_eq!(kind_list(&text), vec![Paragraph, Heading, Paragraph]);
}

#[test]
fn related_link_lines() {
    let text = "عنوان\nفقرة أولى من النص.\nتعرف المزيد: البرلمان يناقش قانون الموازنة.. ماذا تغير؟\nاقرأ أيضاً: تفاصيل الخطة\nفقرة أخيرة.\n";
    assert_eq!(
        kind_list(text),
        vec![Title, Paragraph, Related, Related, Paragraph]
    );
}

#[test]
fn place_datelines_open_the_first_paragraph() {
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        (
            "المهدية : انطلقت صباح اليوم أشغال الملتقى.",
            Some("المهدية"),
            None,
        ),
        (
            "دبي، الإمارات العربية المتحدة (CNN) – أعلنت السلطات عن خطة جديدة.",
            Some("دبي، الإمارات العربية المتحدة"),
            Some("CNN"),
        ),
        (
            "القاهرة - (وكالات) - استقبل وزير الخارجية نظيره.",
            Some("القاهرة"),
            Some("وكالات"),
        ),
        (
            "تونس – أكد رئيس الحكومة أن الموازنة جاهزة.",
            Some("تونس"),
            None,
        ),
        ("وقال المتحدث: إن الوضع مستقر.", None, None),
        (
            "أعلنت الوزارة أمس عن حزمة إجراءات جديدة لدعم المزارعين في الجنوب.",
            None,
            None,
        ),
    ];
    for (paragraph, place, outlet) in cases {
        let text = format!("عنوان الخبر\n{paragraph}\n");
        let meta = parse(&text).meta;
        assert_eq!(meta.dateline_place.as_deref(), *place, "{paragraph}");
        assert_eq!(meta.dateline_outlet.as_deref(), *outlet, "{paragraph}");
    }
}

#[test]
fn quotes_get_their_speakers() {
    let text = "عنوان\n\
        قال الخبير الأمني سامر يوسف، الباحث في الشؤون العسكرية، إن \"المرحلة المقبلة تتطلب تنسيقا أمنيا دقيقا بين الأطراف\".\n\
        وأضاف أن \"أي خطأ في التنفيذ قد يعيد الأمور إلى نقطة الصفر\".\n\
        وقالت الوزيرة ليلى منصور: «نحن ملتزمون بكل ما اتفقنا عليه مع الشركاء».\n\
        كشف تقرير لموقع “أكسيوس” الأمريكي أن الخطة جاهزة.\n";
    let parsed = parse(text);
    let quotes: Vec<(String, Option<String>)> = parsed
        .quotes
        .iter()
        .map(|q| (text[q.span.start..q.span.end].to_owned(), q.speaker.clone()))
        .collect();
    assert_eq!(
        quotes,
        vec![
            (
                "المرحلة المقبلة تتطلب تنسيقا أمنيا دقيقا بين الأطراف".to_owned(),
                Some("الخبير الأمني سامر يوسف".to_owned())
            ),
            (
                "أي خطأ في التنفيذ قد يعيد الأمور إلى نقطة الصفر".to_owned(),
                Some("الخبير الأمني سامر يوسف".to_owned())
            ),
            (
                "نحن ملتزمون بكل ما اتفقنا عليه مع الشركاء".to_owned(),
                Some("الوزيرة ليلى منصور".to_owned())
            ),
        ]
    );
    // Paragraphs that are mostly a quotation become quote blocks carrying the speaker.
    let quote_blocks: Vec<Option<&str>> = parsed
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Quote)
        .map(|b| b.speaker.as_deref())
        .collect();
    // The first paragraph is mostly attribution, so it stays a paragraph.
    assert_eq!(
        quote_blocks,
        vec![Some("الخبير الأمني سامر يوسف"), Some("الوزيرة ليلى منصور")]
    );
}

#[test]
fn a_speaker_named_in_indirect_speech_carries_to_the_next_quote() {
    let text = "عنوان\nوقال روبيو إن التنسيق ساهم في منع هجوم.\nوأضاف الوزير أن «الهدف هو تحديد الخطر قبل وقوعه».\nوتابع مؤكدا: «لن نسمح بانهيار الهدنة مهما حصل».\n";
    let parsed = parse(text);
    let speakers: Vec<Option<&str>> = parsed.quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(speakers, vec![Some("الوزير"), Some("الوزير")]);
}

#[test]
fn bylines_in_their_forms() {
    let cases: &[(&str, Option<&str>)] = &[
        ("نور الهدى سالم |", Some("نور الهدى سالم")),
        ("بقلم: كريم الخطيب", Some("كريم الخطيب")),
        ("كتب - محمود فوزي", Some("محمود فوزي")),
        (
            "كتب الرئيس رسالة طويلة إلى البرلمان يشرح فيها أسباب قراره.",
            None,
        ),
    ];
    for (line, expected) in cases {
        let text = format!("عنوان الخبر\n{line}\nنص الخبر.\n");
        assert_eq!(parse(&text).meta.byline.as_deref(), *expected, "{line}");
    }
}

#[test]
fn crlf_trailing_blanks_and_invisible_lines_do_not_make_blocks() {
    let text = "عنوان الخبر\r\n\r\nفقرة أولى.\r\n \u{200F} \r\n\t\r\n";
    assert_eq!(
        kinds(text),
        vec![
            (Title, "عنوان الخبر".to_owned()),
            (Paragraph, "فقرة أولى.".to_owned())
        ]
    );
}

#[test]
fn a_short_last_line_is_a_paragraph_not_a_heading() {
    let text = "عنوان\nفقرة أولى طويلة.\nانتهى\n";
    assert_eq!(kind_list(text), vec![Title, Paragraph, Paragraph]);
}

#[test]
fn empty_and_whitespace_texts_parse_to_nothing() {
    for text in ["", "\n\n", "   \t  "] {
        let parsed = parse(text);
        assert!(parsed.blocks.is_empty());
        assert!(parsed.meta.title.is_empty());
    }
}

#[test]
fn every_block_span_lies_on_character_boundaries() {
    let text = "أمن\nعنوان بالــتــطــويــل وَالتَّشْكِيل\n2025-03-04 10:15 ص\n- بند «مقتبس» قصير\nفقرة (CENTCOM) فيها ٢٠٢٥ و#وزير_الخارجية.\n";
    for block in parse(text).blocks {
        assert!(block.span.slice(text).is_some(), "{block:?}");
    }
    assert_eq!(
        kind_list(text),
        vec![Section, Title, Dateline, ListItem, Paragraph]
    );
}

#[test]
fn a_title_with_a_date_in_it_is_still_the_title() {
    let text =
        "أهم أخبار يوم الأحد 12 مارس 2017\n\nتتابع الإذاعة أبرز المستجدات على الساحة الوطنية.\n";
    assert_eq!(kind_list(text), vec![Title, Paragraph]);
    assert_eq!(parse(text).meta.title, "أهم أخبار يوم الأحد 12 مارس 2017");
    // A stamp with its label stays a dateline.
    let stamped = "عنوان الخبر\nنشر في: الأحد 12 مارس 2017\nفقرة أولى من الخبر.\n";
    assert_eq!(kind_list(stamped), vec![Title, Dateline, Paragraph]);
}

#[test]
fn bullets_glued_to_the_word_are_list_items() {
    let text = "مواعيد فتح الفضاءات التجارية\n\
        تفتح الفضاءات أبوابها في الأوقات التالية:\n\
        *المنار من الساعة العاشرة صباحا\n\
        •الحمامات من الساعة التاسعة\n\
        -قابس من الساعة الثامنة\n\
        *ملاحظة مهمة*\n";
    assert_eq!(
        kinds(text),
        vec![
            (Title, "مواعيد فتح الفضاءات التجارية".to_owned()),
            (
                Paragraph,
                "تفتح الفضاءات أبوابها في الأوقات التالية:".to_owned()
            ),
            (ListItem, "المنار من الساعة العاشرة صباحا".to_owned()),
            (ListItem, "الحمامات من الساعة التاسعة".to_owned()),
            (ListItem, "قابس من الساعة الثامنة".to_owned()),
            (Paragraph, "*ملاحظة مهمة*".to_owned()),
        ]
    );
}
