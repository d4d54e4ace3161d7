//! Unnamed sources: how many, from where, and whether the text says why.

use marsad_core::attribution::Relation::Carrier;
use marsad_core::attribution::SourceKind::{Anonymous, Outlet};

use crate::harness::{Case, case, from};

pub fn cases() -> Vec<Case> {
    vec![
        case(
            "asked not to be named",
            "وقال مصدر مطلع طلب عدم الكشف عن اسمه إن الصفقة ألغيت.",
            vec![
                from("مصدر مطلع", Anonymous)
                    .count(Some(1))
                    .affiliation(None)
                    .stated(true)
                    .says("الصفقة ألغيت"),
            ],
        ),
        case(
            "preferred not to be named, between commas",
            "وقال مسؤول، فضل عدم ذكر اسمه، إن الوزارة ستتخذ إجراءات صارمة.",
            vec![
                from("مسؤول", Anonymous)
                    .count(Some(1))
                    .stated(true)
                    .says("الوزارة ستتخذ إجراءات صارمة"),
            ],
        ),
        case(
            "not authorised to speak",
            "وأوضح دبلوماسي غربي، لأنه غير مخول بالحديث إلى وسائل الإعلام، أن المفاوضات متعثرة.",
            vec![
                from("دبلوماسي غربي", Anonymous)
                    .affiliation(Some("غربي"))
                    .stated(true)
                    .says("المفاوضات متعثرة"),
            ],
        ),
        case(
            "on condition that his identity is not published",
            "وقال ضابط في الجيش شريطة عدم نشر هويته إن الوحدات انسحبت.",
            vec![
                from("ضابط في الجيش", Anonymous)
                    .affiliation(Some("الجيش"))
                    .stated(true)
                    .says("الوحدات انسحبت"),
            ],
        ),
        case(
            "without revealing his name, after the outlet",
            "وقال مسؤول رفيع للصحيفة دون الكشف عن هويته إن القرار اتخذ.",
            vec![
                from("مسؤول رفيع", Anonymous)
                    .count(Some(1))
                    .affiliation(None)
                    .stated(true)
                    .says("القرار اتخذ"),
            ],
        ),
        case(
            "one of the officials",
            "وقال أحد المسؤولين في الوزارة إن القرار نهائي.",
            vec![
                from("أحد المسؤولين في الوزارة", Anonymous)
                    .count(Some(1))
                    .affiliation(Some("الوزارة"))
                    .stated(false)
                    .says("القرار نهائي"),
            ],
        ),
        case(
            "a number of residents",
            "وقال عدد من السكان إن المياه انقطعت منذ أيام.",
            vec![
                from("عدد من السكان", Anonymous)
                    .count(None)
                    .affiliation(None)
                    .says("المياه انقطعت منذ أيام"),
            ],
        ),
        case(
            "three security sources",
            "وذكرت ثلاثة مصادر أمنية أن الهجوم استهدف ثكنة.",
            vec![
                from("ثلاثة مصادر أمنية", Anonymous)
                    .count(Some(3))
                    .affiliation(Some("أمنية"))
                    .says("الهجوم استهدف ثكنة"),
            ],
        ),
        case(
            "a count in digits",
            "وقال 5 مسؤولين حكوميين إن الموازنة ستتأخر.",
            vec![
                from("5 مسؤولين حكوميين", Anonymous)
                    .count(Some(5))
                    .affiliation(Some("حكوميين"))
                    .says("الموازنة ستتأخر"),
            ],
        ),
        case(
            "sources from inside the government",
            "وكشفت مصادر من داخل الحكومة أن التعديل الوزاري وشيك.",
            vec![
                from("مصادر من داخل الحكومة", Anonymous)
                    .count(None)
                    .affiliation(Some("الحكومة"))
                    .says("التعديل الوزاري وشيك"),
            ],
        ),
        case(
            "officials of a country to local media",
            "وقال مسؤولون إسرائيليون لوسائل إعلام محلية إن العملية ستتوسع.",
            vec![
                from("مسؤولون إسرائيليون", Anonymous)
                    .count(None)
                    .affiliation(Some("إسرائيليون"))
                    .via(&[])
                    .says("العملية ستتوسع"),
            ],
        ),
        case(
            "an unnamed spokesman",
            "وقال متحدث باسم الشرطة إن التحقيق جار.",
            vec![
                from("متحدث باسم الشرطة", Anonymous)
                    .count(Some(1))
                    .affiliation(Some("الشرطة"))
                    .says("التحقيق جار"),
            ],
        ),
        case(
            "medical sources",
            "وأفادت مصادر طبية بأن عدد الجرحى ارتفع إلى عشرين.",
            vec![
                from("مصادر طبية", Anonymous)
                    .count(None)
                    .affiliation(Some("طبية"))
                    .says("عدد الجرحى ارتفع إلى عشرين"),
            ],
        ),
        case(
            "analysts",
            "ويعتقد محللون أن الأسواق ستتعافى قريبا.",
            vec![
                from("محللون", Anonymous)
                    .verb("اعتقد")
                    .count(None)
                    .says("الأسواق ستتعافى قريبا"),
            ],
        ),
        case(
            "a senior official of an administration",
            "وقال مسؤول كبير في الإدارة الأميركية إن الرئيس سيلتقي نظيره الشهر المقبل.",
            vec![
                from("مسؤول كبير في الإدارة الأميركية", Anonymous)
                    .count(Some(1))
                    .affiliation(Some("الإدارة الأميركية"))
                    .stated(false)
                    .says("الرئيس سيلتقي نظيره الشهر المقبل"),
            ],
        ),
        case(
            "concordant sources",
            "وأكدت مصادر متطابقة أن المدرب أقيل من منصبه.",
            vec![
                from("مصادر متطابقة", Anonymous)
                    .count(None)
                    .affiliation(None)
                    .says("المدرب أقيل من منصبه"),
            ],
        ),
        case(
            "a leader in a movement",
            "وقال قيادي في حركة حماس إن الحركة تدرس المقترح.",
            vec![
                from("قيادي في حركة حماس", Anonymous)
                    .count(Some(1))
                    .affiliation(Some("حركة حماس"))
                    .says("الحركة تدرس المقترح"),
            ],
        ),
        case(
            "diplomats",
            "ويرى دبلوماسيون أن التعاون بين البلدين قد يؤسس لمرحلة جديدة.",
            vec![
                from("دبلوماسيون", Anonymous)
                    .count(None)
                    .says("التعاون بين البلدين قد يؤسس لمرحلة جديدة"),
            ],
        ),
        case(
            "security sources told an agency",
            "وقالت مصادر أمنية لوكالة فرانس برس إن الانفجار نجم عن عبوة ناسفة.",
            vec![
                from("مصادر أمنية", Anonymous)
                    .affiliation(Some("أمنية"))
                    .via(&[("وكالة فرانس برس", Outlet, Carrier)])
                    .says("الانفجار نجم عن عبوة ناسفة"),
            ],
        ),
        case(
            "an official in the ministry who refused to give his name",
            "وأوضح موظف في البلدية رفض الكشف عن اسمه أن الأشغال متوقفة.",
            vec![
                from("موظف في البلدية", Anonymous)
                    .affiliation(Some("البلدية"))
                    .stated(true)
                    .says("الأشغال متوقفة"),
            ],
        ),
    ]
}
