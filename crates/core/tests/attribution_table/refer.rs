//! Pronouns, roles, documents and surnames that refer back to a source named
//! earlier in the article; participles that continue one; headlines.

use marsad_core::attribution::SourceKind::{Anonymous, Organization, Outlet, Person};
use marsad_core::attribution::Stance::{Assertive, Neutral};

use crate::harness::{Case, case, from};

pub fn cases() -> Vec<Case> {
    vec![
        case(
            "a pronoun verb takes the minister",
            "وقال وزير المالية سمير الجلاصي إن العجز سيتقلص. وأوضح أن الحكومة ستخفض النفقات.",
            vec![
                from("وزير المالية سمير الجلاصي", Person).direct(),
                from("وزير المالية سمير الجلاصي", Person)
                    .verb("أوضح")
                    .refers_back()
                    .says("الحكومة ستخفض النفقات"),
            ],
        ),
        case(
            "said in it: the pronoun is the letter, the speaker the one before",
            "وقالت الفنانة سلمى عادل إنها بخير. ونشرت رسالة على حسابها قالت فيها: «شكرا لكل من وقف معي».",
            vec![
                from("الفنانة سلمى عادل", Person).says("بخير"),
                from("الفنانة سلمى عادل", Person)
                    .refers_back()
                    .says("شكرا لكل من وقف معي"),
            ],
        ),
        case(
            "saw in it: the source named after the pronoun",
            "وقال المدرب كريم العابد إن الفريق جاهز. وأصدر النادي بيانا عن رحيل ثلاثة لاعبين، ورأى فيه مراقبون أن النادي يعيد بناء صفوفه.",
            vec![
                from("المدرب كريم العابد", Person).says("الفريق جاهز"),
                from("مراقبون", Anonymous).says("النادي يعيد بناء صفوفه"),
            ],
        ),
        case(
            "the minister, by his office",
            "وقال وزير المالية سمير الجلاصي إن العجز سيتقلص.\nوأضاف الوزير أن الإصلاحات ضرورية.",
            vec![
                from("وزير المالية سمير الجلاصي", Person),
                from("وزير المالية سمير الجلاصي", Person)
                    .refers_back()
                    .says("الإصلاحات ضرورية"),
            ],
        ),
        case(
            "a participle continues the speaker",
            "وقالت الوزيرة إن البرنامج سينطلق قريبا، مضيفة أن التمويل متوفر.",
            vec![
                from("الوزيرة", Person).says("البرنامج سينطلق قريبا"),
                from("الوزيرة", Person)
                    .verb("أضاف")
                    .refers_back()
                    .says("التمويل متوفر"),
            ],
        ),
        case(
            "mu'akkidan after an announcement",
            "وأعلن الرئيس حالة الطوارئ، مؤكدا أن الإجراء مؤقت.",
            vec![
                from("الرئيس", Person).says("حالة الطوارئ"),
                from("الرئيس", Person).stance(Assertive).says("الإجراء مؤقت"),
            ],
        ),
        case(
            "a participle after an aside before its colon",
            "وقال المدير: «سنفتح فرعا جديدا في المدينة»، مضيفا دون الخوض في التفاصيل: «الموعد سيعلن لاحقا عبر الموقع».",
            vec![
                from("المدير", Person).says("سنفتح فرعا جديدا في المدينة"),
                from("المدير", Person).says("الموعد سيعلن لاحقا عبر الموقع"),
            ],
        ),
        case(
            "a report, then the report and the site",
            "كشف تقرير لموقع «بوليتيكو» أن المسؤولين يجرون محادثات مبكرة.\nوأوضح التقرير أن القرار قد يتطلب أسابيع.\nوأشار الموقع إلى أن الحلفاء يطالبون بضمانات.",
            vec![
                from("موقع «بوليتيكو»", Outlet).direct(),
                from("موقع «بوليتيكو»", Outlet)
                    .refers_back()
                    .says("القرار قد يتطلب أسابيع"),
                from("موقع «بوليتيكو»", Outlet)
                    .refers_back()
                    .says("الحلفاء يطالبون بضمانات"),
            ],
        ),
        case(
            "the sources, cited before by a report",
            "كشف تقرير لموقع «أكسيوس» أن الخطة جاهزة، وفقا لما نقل عن ثلاثة مصادر مطلعة.\nوبحسب المصادر، فإن دولا عدة أبدت استعدادها.",
            vec![
                from("موقع «أكسيوس»", Outlet),
                from("ثلاثة مصادر مطلعة", Anonymous)
                    .refers_back()
                    .count(Some(3))
                    .says("دولا عدة أبدت استعدادها"),
            ],
        ),
        case(
            "a surname alone",
            "قال الخبير العسكري يحيى محمد علي إن المرحلة حساسة.\nوأردف علي أن عمل المركز يقوم على تقاسم المسؤوليات.",
            vec![
                from("الخبير العسكري يحيى محمد علي", Person),
                from("الخبير العسكري يحيى محمد علي", Person)
                    .verb("أردف")
                    .refers_back()
                    .says("عمل المركز يقوم على تقاسم المسؤوليات"),
            ],
        ),
        case(
            "a feminine pronoun skips a masculine source",
            "وقالت الصحافية ابتسام الراشد إن المساعدات تأخرت. وقال الطبيب سليم النجار إن المستشفى مكتظ. وشددت على أن التنسيق ضروري.",
            vec![
                from("الصحافية ابتسام الراشد", Person),
                from("الطبيب سليم النجار", Person),
                from("الصحافية ابتسام الراشد", Person)
                    .refers_back()
                    .says("التنسيق ضروري"),
            ],
        ),
        case(
            "a masculine pronoun skips a feminine source",
            "وقال النائب كمال العياري إن الجلسة تأجلت. وقالت الناشطة منى الحداد إن المجتمع المدني غاضب. وأضاف أن الكتلة ستقاطع الجلسة القادمة.",
            vec![
                from("النائب كمال العياري", Person),
                from("الناشطة منى الحداد", Person),
                from("النائب كمال العياري", Person)
                    .refers_back()
                    .says("الكتلة ستقاطع الجلسة القادمة"),
            ],
        ),
        case(
            "our interlocutor",
            "وقال المزارع عادل الحمروني إن الجفاف أضر بالمحاصيل. وأضاف محدثنا أن الديون تتراكم.",
            vec![
                from("المزارع عادل الحمروني", Person),
                from("المزارع عادل الحمروني", Person)
                    .refers_back()
                    .says("الديون تتراكم"),
            ],
        ),
        case(
            "the same source",
            "وأفادت مصادر أمنية بأن ثلاثة أشخاص أوقفوا. وأضاف المصدر ذاته أن التحقيق متواصل.",
            vec![
                from("مصادر أمنية", Anonymous),
                from("مصادر أمنية", Anonymous)
                    .refers_back()
                    .says("التحقيق متواصل"),
            ],
        ),
        case(
            "the statement, by its document",
            "وقالت وزارة الخارجية في بيان إن السفير استدعي. وجاء في البيان أن بلاده تحتفظ بحق الرد.",
            vec![
                from("وزارة الخارجية", Organization),
                from("وزارة الخارجية", Organization)
                    .refers_back()
                    .says("بلاده تحتفظ بحق الرد"),
            ],
        ),
        case(
            "another minister is not the first one",
            "وقال وزير الدفاع رامي السعيد إن الجيش جاهز.\nوقال وزير الخارجية إن الحل سياسي.",
            vec![
                from("وزير الدفاع رامي السعيد", Person),
                from("وزير الخارجية", Person).direct().says("الحل سياسي"),
            ],
        ),
        case(
            "plural pronoun for plural officials",
            "وقال دبلوماسيون إن المحادثات متعثرة. وأضافوا أن الوسطاء يحاولون إنقاذها.",
            vec![
                from("دبلوماسيون", Anonymous),
                from("دبلوماسيون", Anonymous)
                    .refers_back()
                    .says("الوسطاء يحاولون إنقاذها"),
            ],
        ),
        case(
            "feminine singular for sources (a plural of things)",
            "وقالت مصادر مطلعة إن الاتفاق جاهز. وأضافت أن التوقيع سيتم الأسبوع المقبل.",
            vec![
                from("مصادر مطلعة", Anonymous),
                from("مصادر مطلعة", Anonymous)
                    .refers_back()
                    .says("التوقيع سيتم الأسبوع المقبل"),
            ],
        ),
        case(
            "a role referring back across paragraphs with a quotation",
            "أكد وزير الخارجية الأميركي ماركو روبيو أن التنسيق مستمر.\nوقال الوزير الأميركي: «كلما تراجع السلاح زاد الاستقرار».",
            vec![
                from("وزير الخارجية الأميركي ماركو روبيو", Person).stance(Assertive),
                from("وزير الخارجية الأميركي ماركو روبيو", Person)
                    .stance(Neutral)
                    .refers_back()
                    .says("كلما تراجع السلاح زاد الاستقرار"),
            ],
        ),
        case(
            "a colon closing a paragraph, the quotation in the next",
            "وقال رئيس الاتحاد في ختام الجلسة:\n«سنقدم شكوى رسمية إلى الاتحاد الدولي».",
            vec![from("رئيس الاتحاد", Person).says("سنقدم شكوى رسمية إلى الاتحاد الدولي")],
        ),
        case(
            "a present-tense continuation",
            "وقال الفلاح منصف الدريدي إن الموسم صعب. ويضيف أن الأمطار تأخرت كثيرا.",
            vec![
                from("الفلاح منصف الدريدي", Person),
                from("الفلاح منصف الدريدي", Person)
                    .refers_back()
                    .says("الأمطار تأخرت كثيرا"),
            ],
        ),
    ]
}

/// Headlines are read with the title kept as the first line.
pub fn titles() -> Vec<(&'static str, &'static str, Vec<crate::harness::Expect>)> {
    vec![
        (
            "a minister's words after a colon",
            "وزير الصحة: الوضع الوبائي تحت السيطرة\nنص الخبر هنا.",
            vec![from("وزير الصحة", Person).says("الوضع الوبائي تحت السيطرة")],
        ),
        (
            "a state that confirms",
            "واشنطن تؤكد التزامها بأمن حلفائها\nنص الخبر هنا.",
            vec![
                from("واشنطن", Organization)
                    .verb("أكّد")
                    .says("التزامها بأمن حلفائها"),
            ],
        ),
        (
            "a festival's name before a colon is a topic",
            "مهرجان قرطاج: برنامج ثري هذه الصائفة\nنص الخبر هنا.",
            vec![],
        ),
        (
            "a place before a colon is a label",
            "المنستير : القبض على عصابة متخصصة في السرقة\nنص الخبر هنا.",
            vec![],
        ),
        (
            "a game before a colon is a topic",
            "لعبة بوكيمون : هذه المخاطر\nنص الخبر هنا.",
            vec![],
        ),
        (
            "a verb that is not a report",
            "البرلمان يصادق على الميزانية الجديدة\nنص الخبر هنا.",
            vec![],
        ),
        (
            "a named person's words after a colon",
            "الغنوشي: لن نتحالف مع أي حزب يعادي الثورة\nنص الخبر هنا.",
            vec![from("الغنوشي", Person).says("لن نتحالف مع أي حزب يعادي الثورة")],
        ),
    ]
}
