//! Words that look like reporting and are not: frames that name no source,
//! verbal nouns, negations, subordinate clauses, other senses of the verbs,
//! the writer's asides, and reports inside a quotation.

use marsad_core::attribution::SourceKind::Person;

use crate::harness::{Case, case, from};

pub fn cases() -> Vec<Case> {
    let none = |name, body| case(name, body, vec![]);
    vec![
        none(
            "according to initial statements: nobody",
            "تهدف هذه القوة، وفقًا للتصريحات الأولية، إلى تأسيس مركز تنسيق مشترك.",
        ),
        none(
            "according to the law",
            "ويتم ذلك وفقا للقانون المعمول به في البلاد.",
        ),
        none(
            "according to the plan",
            "وتوزع المساعدات حسب الخطة المعلنة على كل المناطق.",
        ),
        none(
            "according to expectations",
            "وستنخفض الأسعار بحسب التوقعات خلال الصيف المقبل.",
        ),
        none(
            "according to need",
            "وتم توزيع المنح حسب الحاجة في كل ولاية.",
        ),
        none(
            "according to the procedures",
            "وسيتم العمل وفق الإجراءات المعمول بها.",
        ),
        none(
            "by the ranking",
            "وحسب الترتيب العام، يحتل الفريق المركز الثالث.",
        ),
        none(
            "estimates indicate",
            "وتشير التقديرات إلى أن النمو سيتباطأ هذا العام.",
        ),
        none(
            "according to the constitution",
            "وتجرى الانتخابات طبقا للدستور كل خمس سنوات.",
        ),
        none(
            "by article 80",
            "واتخذ الرئيس التدابير حسب الفصل 80 من الدستور.",
        ),
        case(
            "abraz as 'the most prominent' after a preposition",
            "وقال المخرج إن هناك اتفاقا بين أبرز ممثلي العمل، على أن يبدأ التصوير في الخريف.",
            vec![from("المخرج", Person)],
        ),
        none(
            "akthar as 'the most' after a preposition",
            "وهو من أكثر اللاعبين حضورا في الدوري هذا الموسم.",
        ),
        none(
            "ja'a fi as 'came in' after a relative pronoun",
            "وفاز بالجائزة الكتاب الذي جاء في ثلاثة أجزاء وأعده فريق من الباحثين.",
        ),
        none("a negated verb", "ولم يؤكد الوزير هذه المعلومات حتى الآن."),
        none("a verbal noun", "ورفض المتحدث الكشف عن هويات الموقوفين."),
        none(
            "a subordinate clause",
            "وجاءت الزيارة بعد أن أعلن الرئيس استقالته.",
        ),
        none(
            "naqala as carrying goods",
            "ونقلت الشاحنات المساعدات إلى المخيمات.",
        ),
        none("bayna as between", "وبين الطرفين خلافات عميقة حول الحدود."),
        none(
            "kashf as an examination",
            "وأظهر كشف طبي أن اللاعب مصاب في الركبة.",
        ),
        none("the writer's aside", "يذكر أن الفريق فاز بالبطولة مرتين."),
        none("it is noted that", "ويشار إلى أن المهرجان انطلق سنة 1990."),
        none(
            "first person outside quotations",
            "وقلت له إن الأمر لا يعنيني.",
        ),
        none("events are not sources", "وأكدت الأحداث الأخيرة أن الوضع هش."),
        none(
            "an abstract subject of kashafa",
            "وكشفت هشاشة الهدنة أن الطرفين غير مستعدين.",
        ),
        none(
            "a scare quote",
            "ورفع المتظاهرون شعار \"حسم المعركة\" في الشارع.",
        ),
        none(
            "a relative clause",
            "والتقى الوفد المسؤول الذي قال إن الوضع صعب.",
        ),
        none(
            "a title that is a topic",
            "موسم الحصاد\nانطلق موسم الحصاد في الشمال.",
        ),
        none(
            "the previous report is not repeated by an expression",
            "وهذا ما يؤكد أن الأزمة عميقة.",
        ),
        none(
            "came first in a ranking",
            "وجاء في المرتبة الأولى فريق الترجي.",
        ),
        none("by the regions", "وتتوزع الحالات حسب الجهات كما يلي."),
        none(
            "as it was stated without a source",
            "وكما هو معلوم فإن الموسم انطلق.",
        ),
        case(
            "a report inside a quotation belongs to the quoted speaker",
            "وقال الوزير: «أكد لي الرئيس أن الاتفاق قريب جدا».",
            vec![from("الوزير", Person).says("أكد لي الرئيس أن الاتفاق قريب جدا")],
        ),
        case(
            "his own words, not a second source",
            "وقال المدير إن الشركة «تمر بمرحلة صعبة»، على حد قوله.",
            vec![from("المدير", Person).says("الشركة «تمر بمرحلة صعبة»")],
        ),
        case(
            "in his words, not a second source",
            "واعتبر النائب أن القانون «غير دستوري»، حسب تعبيره.",
            vec![from("النائب", Person).says("القانون «غير دستوري»")],
        ),
    ]
}
