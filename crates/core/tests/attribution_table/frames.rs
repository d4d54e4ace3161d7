//! Source frames without a verb, reports, outlets spoken to, and chains.

use marsad_core::attribution::Relation::{Carrier, Cites};
use marsad_core::attribution::SourceKind::{Anonymous, Document, Organization, Outlet, Person};
use marsad_core::attribution::Stance::{Assertive, Revealing};

use crate::harness::{Case, case, from};

pub fn cases() -> Vec<Case> {
    vec![
        case(
            "bihasab an outlet, then fa-inna",
            "وبحسب أكسيوس، فإن الخطة باتت جاهزة للتنفيذ.",
            vec![
                from("أكسيوس", Outlet)
                    .verb("بحسب")
                    .says("الخطة باتت جاهزة للتنفيذ"),
            ],
        ),
        case(
            "hasab unnamed sources",
            "وحسب مصادر مطلعة، فإن الوزير سيقدم استقالته هذا الأسبوع.",
            vec![
                from("مصادر مطلعة", Anonymous)
                    .verb("حسب")
                    .count(None)
                    .affiliation(None)
                    .says("الوزير سيقدم استقالته هذا الأسبوع"),
            ],
        ),
        case(
            "wifqan li, a ministry opening the sentence",
            "ووفقا لوزارة الصحة، بلغ عدد الإصابات مئة حالة.",
            vec![
                from("وزارة الصحة", Organization)
                    .verb("وفقا لـ")
                    .says("بلغ عدد الإصابات مئة حالة"),
            ],
        ),
        case(
            "wifqan li closing the sentence, the article given back",
            "وارتفعت الأسعار بنسبة عشرة في المئة، وفقا للمعهد الوطني للإحصاء.",
            vec![
                from("المعهد الوطني للإحصاء", Organization)
                    .says("وارتفعت الأسعار بنسبة عشرة في المئة"),
            ],
        ),
        case(
            "hasab figures a ministry published, a sentence after the one it vouches for",
            "وتراجعت صادرات الزيت بنسبة الثلث خلال الموسم. حسب أرقام نشرتها وزارة الفلاحة الثلاثاء.",
            vec![
                from("وزارة الفلاحة", Organization)
                    .says("وتراجعت صادرات الزيت بنسبة الثلث خلال الموسم"),
            ],
        ),
        case(
            "naqlan an before the report it qualifies",
            "ونقلا عن مصدر دبلوماسي، ذكرت القناة الرسمية أن الوفد وصل إلى القاهرة.",
            vec![
                from("القناة الرسمية", Outlet)
                    .via(&[("مصدر دبلوماسي", Anonymous, Cites)])
                    .says("الوفد وصل إلى القاهرة"),
            ],
        ),
        case(
            "ala lisan, the previous sentence",
            "أغلقت السلطات المعبر لأسباب أمنية. وجاء ذلك على لسان وزير الداخلية خلال زيارته للحدود.",
            vec![
                from("وزير الداخلية", Person)
                    .verb("على لسان")
                    .says("أغلقت السلطات المعبر لأسباب أمنية"),
            ],
        ),
        case(
            "kama ja'a fi, a final communique",
            "وكما جاء في البيان الختامي، فإن القمة ستعقد مرة كل عام.",
            vec![
                from("البيان الختامي", Document)
                    .verb("جاء في")
                    .says("القمة ستعقد مرة كل عام"),
            ],
        ),
        case(
            "ja'a fi a report of an organisation",
            "وجاء في تقرير للأمم المتحدة أن الجوع يهدد الملايين.",
            vec![
                from("الأمم المتحدة", Organization)
                    .document("تقرير")
                    .says("الجوع يهدد الملايين"),
            ],
        ),
        case(
            "a statement named before the verb",
            "وفي بيان لها، قالت الحركة إن مقاتليها صدوا الهجوم.",
            vec![
                from("الحركة", Organization)
                    .document("بيان")
                    .says("مقاتليها صدوا الهجوم"),
            ],
        ),
        case(
            "fi tasrih li, an agency",
            "وقال المتحدث في تصريح لوكالة الأناضول إن الهدنة صامدة.",
            vec![
                from("المتحدث", Person)
                    .document("تصريح")
                    .via(&[("وكالة الأناضول", Outlet, Carrier)])
                    .says("الهدنة صامدة"),
            ],
        ),
        case(
            "qala li an outlet in quotation marks",
            "وقالت مصادر لـ«العربي الجديد» إن الاجتماع تأجل.",
            vec![
                from("مصادر", Anonymous)
                    .via(&[("العربي الجديد", Outlet, Carrier)])
                    .says("الاجتماع تأجل"),
            ],
        ),
        case(
            "a report of a site, then the official who spoke to it",
            "كشف تقرير لموقع «بوليتيكو» أن الإدارة تدرس خيارات عدة. وقال مسؤول كبير في الإدارة الأميركية للموقع دون كشف اسمه إن المحادثات مستمرة.",
            vec![
                from("موقع «بوليتيكو»", Outlet)
                    .name("بوليتيكو")
                    .document("تقرير")
                    .stance(Revealing)
                    .says("الإدارة تدرس خيارات عدة"),
                from("مسؤول كبير في الإدارة الأميركية", Anonymous)
                    .count(Some(1))
                    .affiliation(Some("الإدارة الأميركية"))
                    .stated(true)
                    .via(&[("موقع «بوليتيكو»", Outlet, Carrier)])
                    .says("المحادثات مستمرة"),
            ],
        ),
        case(
            "a report citing three sources",
            "كشف تقرير لموقع «أكسيوس» أن واشنطن ستنشر قوة دولية، وفقا لما نقل عن ثلاثة مصادر مطلعة.",
            vec![
                from("موقع «أكسيوس»", Outlet)
                    .document("تقرير")
                    .via(&[("ثلاثة مصادر مطلعة", Anonymous, Cites)])
                    .says("واشنطن ستنشر قوة دولية"),
            ],
        ),
        case(
            "naqlan an four officials, then the report",
            "ونقلاً عن أربعة مسؤولين أميركيين، اثنان منهم في وزارة الدفاع، شدد تقرير لصحيفة «التايمز» على أن القوات لن تنتشر.",
            vec![
                from("صحيفة «التايمز»", Outlet)
                    .stance(Assertive)
                    .via(&[("أربعة مسؤولين أميركيين", Anonymous, Cites)])
                    .says("القوات لن تنتشر"),
            ],
        ),
        case(
            "an agency naqlan an a military source",
            "وأفادت وكالة الأنباء الرسمية نقلا عن مصدر عسكري بأن الهجوم صد.",
            vec![
                from("وكالة الأنباء الرسمية", Outlet)
                    .via(&[("مصدر عسكري", Anonymous, Cites)])
                    .says("الهجوم صد"),
            ],
        ),
        case(
            "naqalat an, a newspaper citing diplomats",
            "ونقلت صحيفة «لوموند» عن دبلوماسيين أوروبيين أن العقوبات ستشدد.",
            vec![
                from("صحيفة «لوموند»", Outlet)
                    .via(&[("دبلوماسيين أوروبيين", Anonymous, Cites)])
                    .says("العقوبات ستشدد"),
            ],
        ),
        case(
            "bihasab ma naqalat anhu, the channel that carried it",
            "وقال وزير الخارجية، بحسب ما نقلت عنه قناة «الجزيرة»، إن بلاده ترفض أي تدخل.",
            vec![
                from("وزير الخارجية", Person)
                    .via(&[("قناة «الجزيرة»", Outlet, Carrier)])
                    .says("بلاده ترفض أي تدخل"),
            ],
        ),
        case(
            "naqlan an its own sources",
            "وأضافت الصحيفة، نقلا عن مصادرها، أن الشركة تفاوض مستثمرين جددا.",
            vec![
                from("الصحيفة", Outlet)
                    .via(&[("مصادرها", Anonymous, Cites)])
                    .says("الشركة تفاوض مستثمرين جددا"),
            ],
        ),
        case(
            "figures a ministry published",
            "وبحسب أرقام نشرتها وزارة الفلاحة، تراجعت الصادرات بنسبة كبيرة.",
            vec![
                from("وزارة الفلاحة", Organization)
                    .document("أرقام")
                    .says("تراجعت الصادرات بنسبة كبيرة"),
            ],
        ),
        case(
            "a statement issued by the presidency",
            "ووفق بيان صادر عن رئاسة الجمهورية، فإن الرئيس سيزور الجنوب.",
            vec![
                from("رئاسة الجمهورية", Organization)
                    .document("بيان")
                    .says("الرئيس سيزور الجنوب"),
            ],
        ),
        case(
            "tibqan li data of a ministry",
            "وطبقا لمعطيات وزارة التربية، فإن نسبة النجاح ارتفعت.",
            vec![
                from("وزارة التربية", Organization)
                    .document("معطيات")
                    .says("نسبة النجاح ارتفعت"),
            ],
        ),
        case(
            "istinadan ila testimonies",
            "واستنادا إلى شهادات سكان محليين، فإن القصف طال المستشفى.",
            vec![
                from("سكان محليين", Anonymous)
                    .document("شهادات")
                    .says("القصف طال المستشفى"),
            ],
        ),
        case(
            "hasab ma naqalathu, a radio carrying a ministry",
            "وقالت الوزارة إن فرق الإنقاذ تدخلت بسرعة، حسب ما نقلته إذاعة «شمس إف إم».",
            vec![
                from("الوزارة", Organization)
                    .via(&[("إذاعة «شمس إف إم»", Outlet, Carrier)])
                    .says("فرق الإنقاذ تدخلت بسرعة"),
            ],
        ),
        case(
            "wifqan lima dhakarathu, opening the sentence",
            "ووفقا لما ذكرته صحيفة «الصباح» فإن الوزير سيقدم استقالته.",
            vec![
                from("صحيفة «الصباح»", Outlet)
                    .verb("ذكر")
                    .says("الوزير سيقدم استقالته"),
            ],
        ),
        case(
            "hasabama afadat, closing the sentence",
            "وتم إجلاء مئات العائلات من المنطقة، حسبما أفادت وكالة رويترز.",
            vec![
                from("وكالة رويترز", Outlet)
                    .verb("أفاد")
                    .says("وتم إجلاء مئات العائلات من المنطقة"),
            ],
        ),
        case(
            "official figures, a document",
            "وبحسب الأرقام الرسمية، فإن البطالة تراجعت إلى أدنى مستوى.",
            vec![from("الأرقام الرسمية", Document).says("البطالة تراجعت إلى أدنى مستوى")],
        ),
        case(
            "reports of a country, unnamed",
            "وكشفت تقارير إسرائيلية أن الحكومة تستعد لعملية جديدة.",
            vec![
                from("تقارير إسرائيلية", Document)
                    .stance(Revealing)
                    .says("الحكومة تستعد لعملية جديدة"),
            ],
        ),
        case(
            "a statement's date between it and its object",
            "وأكد بيان صادر بتاريخ 10 ديسمبر الجاري، تناقلته وسائل الإعلام، انسحاب النائب من الكتلة.",
            vec![from("بيان صادر", Document).says("انسحاب النائب من الكتلة")],
        ),
        case(
            "in a statement to a radio that is the outlet itself",
            "في تصريح لجوهرة إف إم، قال المندوب الجهوي للتربية إن الامتحانات ستجرى في موعدها.",
            vec![
                from("المندوب الجهوي للتربية", Person)
                    .document("تصريح")
                    .via(&[("جوهرة إف إم", Outlet, Carrier)])
                    .says("الامتحانات ستجرى في موعدها"),
            ],
        ),
        case(
            "as the correspondent reported",
            "وأفاد مراسلنا بأن الاشتباكات توقفت منذ الصباح.",
            vec![from("مراسلنا", Person).says("الاشتباكات توقفت منذ الصباح")],
        ),
        case(
            "a tongue frame inside a report",
            "ونقلت الوكالة على لسان قائد الجيش أن الوضع مستقر.",
            vec![
                from("الوكالة", Outlet)
                    .via(&[("قائد الجيش", Person, Cites)])
                    .says("الوضع مستقر"),
            ],
        ),
        case(
            "a frame closing a report",
            "وقال المسؤول إن الخطة جاهزة بحسب أكسيوس.",
            vec![
                from("المسؤول", Anonymous)
                    .via(&[("أكسيوس", Outlet, Carrier)])
                    .says("الخطة جاهزة"),
            ],
        ),
        case(
            "as a regional official told the radio's correspondent",
            "وتم حجز كميات من المواد الغذائية وفق ما أكده المدير الجهوي للتجارة بسوسة منير الحامدي لمراسلة الجوهرة أف أم.",
            vec![
                from("المدير الجهوي للتجارة بسوسة منير الحامدي", Person)
                    .verb("أكّد")
                    .via(&[("مراسلة الجوهرة أف أم", Outlet, Carrier)])
                    .says("وتم حجز كميات من المواد الغذائية"),
            ],
        ),
        case(
            "in an interview with an outlet named with the article",
            "وأكد الباحث سامي الورغي، في حوار مع الجوهرة أف أم، أن المشروع سيرى النور قريبا.",
            vec![
                from("الباحث سامي الورغي", Person)
                    .via(&[("الجوهرة أف أم", Outlet, Carrier)])
                    .says("المشروع سيرى النور قريبا"),
            ],
        ),
        case(
            "a guest of a programme, then the date",
            "وأكد الوزير السابق، ضيف برنامج صباحي، اليوم الخميس 25 ماي 2017، أن العقود نشرت كاملة.",
            vec![from("الوزير السابق", Person).says("العقود نشرت كاملة")],
        ),
        case(
            "what the candidate declared to a channel",
            "وقرر الثنائي عدم الإنجاب، وفق ما صرح به المرشح الرئاسي لقناة «فرانس 24».",
            vec![
                from("المرشح الرئاسي", Person)
                    .via(&[("قناة «فرانس 24»", Outlet, Carrier)])
                    .says("وقرر الثنائي عدم الإنجاب"),
            ],
        ),
        case(
            "a communique an institution published",
            "وتهدف الاتفاقية إلى تسهيل القروض الصغرى، وفق بلاغ لمؤسسة التمويل نشرته الأربعاء.",
            vec![
                from("مؤسسة التمويل", Organization)
                    .document("بلاغ")
                    .says("وتهدف الاتفاقية إلى تسهيل القروض الصغرى"),
            ],
        ),
        case(
            "as an agency carried it, between the verb and the colon",
            "وأكد الوزير أن الهجوم مدان، حيث قال وفقا لما نقلته وكالة الأنباء الرسمية: «الجماعة مسؤولة عن الهجوم على الميناء».",
            vec![
                from("الوزير", Person).says("الهجوم مدان"),
                from("الوزير", Person)
                    .via(&[("وكالة الأنباء الرسمية", Outlet, Carrier)])
                    .says("الجماعة مسؤولة عن الهجوم على الميناء"),
            ],
        ),
        case(
            "an outlet named in quotation marks after li, read as an outlet",
            "وقالت المخرجة لـ«الشاشة» إن الفيلم سيعرض في الخريف.",
            vec![
                from("المخرجة", Person)
                    .via(&[("الشاشة", Outlet, Carrier)])
                    .says("الفيلم سيعرض في الخريف"),
            ],
        ),
        case(
            "media of a country, then the month",
            "وكانت الشركة تواجه صعوبات مالية، وفق ما ذكرت وسائل إعلام بريطانية في أكتوبر الماضي.",
            vec![
                from("وسائل إعلام بريطانية", Outlet)
                    .verb("ذكر")
                    .says("وكانت الشركة تواجه صعوبات مالية"),
            ],
        ),
    ]
}
