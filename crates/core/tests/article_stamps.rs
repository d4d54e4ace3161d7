//! Text articles as scrapers and outlets save them: a title, then machine date lines,
//! labelled date lines, worded dates and outlet lines, in the orders real files use.
//! Each must give its publication date (time and UTC offset kept), its update date
//! apart, its outlet, place and agency, and anchor the article's relative dates.

use marsad_core::article::{BlockKind, DateSource, parse};
use marsad_core::pipeline::reference_from;
use marsad_core::time;

struct Case {
    name: &'static str,
    text: &'static str,
    title: &'static str,
    published: Option<&'static str>,
    updated: Option<&'static str>,
    source: Option<DateSource>,
    outlet: Option<&'static str>,
    place: Option<&'static str>,
    agency: Option<&'static str>,
}

const CASES: &[Case] = &[
    Case {
        name: "outlet, place and agency, then an RFC 2822 line with an offset",
        text: "الجيش اللبناني ينتشر في بلدات الجنوب بعد انسحاب القوات الدولية\n\
               Al Arabiya - بيروت - رويترز\n\
               Thu, 01 Mar 2018 09:53:40 +0400\n\
               بدأ الجيش اللبناني صباح أمس انتشاره في عدد من بلدات الجنوب، وفق ما أفاد مصدر عسكري.\n",
        title: "الجيش اللبناني ينتشر في بلدات الجنوب بعد انسحاب القوات الدولية",
        published: Some("2018-03-01T09:53:40+04:00"),
        updated: None,
        source: Some(DateSource::Machine),
        outlet: Some("Al Arabiya"),
        place: Some("بيروت"),
        agency: Some("رويترز"),
    },
    Case {
        name: "a Latin outlet name, then an RFC 2822 line in GMT",
        text: "مجلس الأمن يعقد جلسة طارئة لبحث الوضع الإنساني في غزة\n\
               BBC Arabic\n\
               Thu, 01 Mar 2018 12:10:00 GMT\n\
               \n\
               عقد مجلس الأمن الدولي أمس جلسة طارئة بطلب من الكويت لبحث الأوضاع الإنسانية.\n",
        title: "مجلس الأمن يعقد جلسة طارئة لبحث الوضع الإنساني في غزة",
        published: Some("2018-03-01T12:10:00+00:00"),
        updated: None,
        source: Some(DateSource::Machine),
        outlet: Some("BBC Arabic"),
        place: None,
        agency: None,
    },
    Case {
        name: "the date line first, above the title",
        text: "Wed, 07 Mar 2018 18:02:11 +0300\n\
               وزير الخارجية المصري يبحث في الدوحة ملف المصالحة الفلسطينية\n\
               وصل وزير الخارجية المصري إلى الدوحة أمس في زيارة تستمر يومين.\n",
        title: "وزير الخارجية المصري يبحث في الدوحة ملف المصالحة الفلسطينية",
        published: Some("2018-03-07T18:02:11+03:00"),
        updated: None,
        source: Some(DateSource::Machine),
        outlet: None,
        place: None,
        agency: None,
    },
    Case {
        name: "an ISO 8601 line with an offset and an Arabic outlet with its place",
        text: "انطلاق منتدى الاستثمار العربي الإفريقي في أبوظبي بمشاركة 40 دولة\n\
               سكاي نيوز عربية - أبوظبي\n\
               2018-03-01T09:53:40+04:00\n\
               انطلقت أمس أعمال المنتدى بحضور وزراء ورجال أعمال من أربعين دولة.\n",
        title: "انطلاق منتدى الاستثمار العربي الإفريقي في أبوظبي بمشاركة 40 دولة",
        published: Some("2018-03-01T09:53:40+04:00"),
        updated: None,
        source: Some(DateSource::Machine),
        outlet: Some("سكاي نيوز عربية"),
        place: Some("أبوظبي"),
        agency: None,
    },
    Case {
        name: "labelled published and updated lines in Arabic",
        text: "تونس تطلق خطة وطنية لمواجهة الجفاف في الولايات الداخلية\n\
               نشر في: 01/03/2018 - 09:53\n\
               آخر تحديث: 02/03/2018 - 11:10\n\
               أعلنت وزارة الفلاحة أمس عن خطة تمتد ثلاث سنوات.\n",
        title: "تونس تطلق خطة وطنية لمواجهة الجفاف في الولايات الداخلية",
        published: Some("2018-03-01T09:53"),
        updated: Some("2018-03-02T11:10"),
        source: Some(DateSource::Dateline),
        outlet: None,
        place: None,
        agency: None,
    },
    Case {
        name: "published and updated on one labelled line",
        text: "الأمم المتحدة تحذر من نقص حاد في الوقود بمستشفيات غزة\n\
               تاريخ النشر: الخميس 01 مارس 2018 - 09:53 | آخر تحديث: الجمعة 02 مارس 2018 - 10:05\n\
               حذرت وكالات الأمم المتحدة أمس من توقف مولدات المستشفيات خلال أيام.\n",
        title: "الأمم المتحدة تحذر من نقص حاد في الوقود بمستشفيات غزة",
        published: Some("2018-03-01T09:53"),
        updated: Some("2018-03-02T10:05"),
        source: Some(DateSource::DatelineText),
        outlet: None,
        place: None,
        agency: None,
    },
    Case {
        name: "an Arabic worded date under the title, with the time after a dash",
        text: "البرلمان الأردني يقر قانون الموازنة العامة بعد نقاش مطول\n\
               الخميس 01 مارس 2018 - 09:53\n\
               أقر مجلس النواب أمس مشروع قانون الموازنة بأغلبية أعضائه.\n",
        title: "البرلمان الأردني يقر قانون الموازنة العامة بعد نقاش مطول",
        published: Some("2018-03-01T09:53"),
        updated: None,
        source: Some(DateSource::DatelineText),
        outlet: None,
        place: None,
        agency: None,
    },
    Case {
        name: "a Levantine month name",
        text: "دمشق تستضيف معرض الكتاب السوري بعد انقطاع سنوات\n\
               الخميس 1 آذار 2018\n\
               افتتح أمس معرض الكتاب في مكتبة الأسد بمشاركة عشرات دور النشر.\n",
        title: "دمشق تستضيف معرض الكتاب السوري بعد انقطاع سنوات",
        published: Some("2018-03-01"),
        updated: None,
        source: Some(DateSource::DatelineText),
        outlet: None,
        place: None,
        agency: None,
    },
    Case {
        name: "a Maghrebi month name and a labelled line",
        text: "انطلاق الدورة الجديدة لمهرجان قرطاج الدولي بعرض موسيقي\n\
               نُشر بتاريخ الأربعاء 4 جويلية 2018\n\
               انطلقت مساء أمس فعاليات الدورة الجديدة من المهرجان.\n",
        title: "انطلاق الدورة الجديدة لمهرجان قرطاج الدولي بعرض موسيقي",
        published: Some("2018-07-04"),
        updated: None,
        source: Some(DateSource::DatelineText),
        outlet: None,
        place: None,
        agency: None,
    },
    Case {
        name: "Arabic-Indic digits in a numeric line",
        text: "الحكومة العراقية تعلن موعد الانتخابات التشريعية المقبلة\n\
               ٢٠١٨-٠٣-٠١ ٠٩:٥٣\n\
               أعلن المتحدث باسم الحكومة أمس أن الانتخابات ستجرى في موعدها.\n",
        title: "الحكومة العراقية تعلن موعد الانتخابات التشريعية المقبلة",
        published: Some("2018-03-01T09:53"),
        updated: None,
        source: Some(DateSource::Dateline),
        outlet: None,
        place: None,
        agency: None,
    },
    Case {
        name: "English labels from an outlet's English template",
        text: "وفد أوروبي يزور مخيمات اللاجئين في شمال الأردن\n\
               Published: 1 March 2018 | Last updated: 2 March 2018\n\
               زار وفد من البرلمان الأوروبي أمس مخيم الزعتري.\n",
        title: "وفد أوروبي يزور مخيمات اللاجئين في شمال الأردن",
        published: Some("2018-03-01"),
        updated: Some("2018-03-02"),
        source: Some(DateSource::DatelineText),
        outlet: None,
        place: None,
        agency: None,
    },
    Case {
        name: "an agency line without an outlet",
        text: "الرئيس الفرنسي يدعو إلى هدنة إنسانية في الغوطة الشرقية\n\
               باريس - أ ف ب\n\
               2018-03-01 09:53\n\
               دعا الرئيس الفرنسي أمس إلى هدنة فورية.\n",
        title: "الرئيس الفرنسي يدعو إلى هدنة إنسانية في الغوطة الشرقية",
        published: Some("2018-03-01T09:53"),
        updated: None,
        source: Some(DateSource::Dateline),
        outlet: None,
        place: Some("باريس"),
        agency: Some("أ ف ب"),
    },
];

#[test]
fn every_header_shape_gives_its_dates_outlet_place_and_agency() {
    let mut failures = Vec::new();
    for case in CASES {
        let parsed = parse(case.text);
        let meta = &parsed.meta;
        let got = (
            meta.title.as_str(),
            meta.published.map(|d| d.iso()),
            meta.updated.map(|d| d.iso()),
            meta.published_source,
            meta.outlet.as_deref(),
            meta.dateline_place.as_deref(),
            meta.agency.as_deref(),
        );
        let want = (
            case.title,
            case.published.map(str::to_owned),
            case.updated.map(str::to_owned),
            case.source,
            case.outlet,
            case.place,
            case.agency,
        );
        if got != want {
            failures.push(format!("{}:\n  got  {got:?}\n  want {want:?}", case.name));
        }
        // The header lines are not the article's body text.
        let first_paragraph = parsed
            .blocks
            .iter()
            .find(|b| b.kind == BlockKind::Paragraph)
            .map(|b| &case.text[b.span.start..b.span.end]);
        if first_paragraph.is_some_and(|p| !p.contains("أمس")) {
            failures.push(format!(
                "{}: first paragraph is {first_paragraph:?}",
                case.name
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn relative_dates_resolve_against_the_header_lines() {
    for case in CASES {
        let meta = parse(case.text).meta;
        let anchor = meta.published.or(meta.updated).expect(case.name);
        let dates = time::extract(case.text, reference_from(anchor));
        let yesterday = dates
            .iter()
            .find(|d| d.text.contains("أمس"))
            .unwrap_or_else(|| panic!("{}: no أمس in {dates:?}", case.name));
        let want = {
            let d = anchor;
            let day_before = marsad_core::time::CivilDate::new(d.year, d.month, d.day)
                .expect("valid")
                .add_days(-1);
            day_before.iso()
        };
        assert_eq!(
            yesterday.value_iso().as_deref(),
            Some(want.as_str()),
            "{}",
            case.name
        );
    }
}
