//! Saved web pages in the five shapes outlets publish them, read end to end: the
//! article's text without the page around it, and its title, date, outlet and byline
//! with what gave each (`fixtures/ingest/html/`).

use std::path::Path;
use std::sync::OnceLock;

use marsad_core::ingest::{self, IngestOptions};
use marsad_core::pipeline::{Analyzer, ArticleAnalysis};

struct Case {
    file: &'static str,
    title: &'static str,
    title_from: &'static str,
    published: Option<&'static str>,
    date_from: Option<&'static str>,
    outlet: Option<&'static str>,
    byline: Option<&'static str>,
    encoding: &'static str,
    /// Lines the text must hold (the article's own headings, paragraphs, lists, captions).
    keeps: &'static [&'static str],
    /// What must not reach the text (navigation, banners, share bars, comments, ads…).
    drops: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        file: "outlet_article.html",
        title: "مجلس الأمن يمدد تفويض قوة الاستقرار في غزة حتى 2027",
        title_from: "<h1>",
        published: Some("2025-11-18T07:05:00+02:00"),
        date_from: Some("meta article:published_time"),
        outlet: Some("الشرق اليوم"),
        byline: Some("سلمى الحداد"),
        encoding: "UTF-8",
        keeps: &[
            "نيويورك – اعتمد مجلس الأمن الدولي فجر الثلاثاء قرارا أمريكيا",
            "ما الذي ينص عليه القرار؟",
            "- نشر قوة متعددة الجنسيات بقيادة موحدة.",
            "- دعم إعادة فتح معبر رفح في الاتجاهين.",
            "«لن تنجح أي قوة دون توافق إقليمي واسع»، قال دبلوماسي عربي في نيويورك.",
            "![جلسة مجلس الأمن في نيويورك مساء الاثنين [وكالة الأنباء]](/media/2025/11/18/council.jpg)",
            "ومن المقرر أن يقدم الأمين العام تقريره الأول إلى المجلس في مارس المقبل.",
        ],
        drops: &[
            "ملفات تعريف الارتباط",
            "اقتصاد",
            "فيسبوك",
            "اقرأ أيضا",
            "واشنطن تكثف مشاوراتها",
            "الأمم المتحدة",
            "جميع الحقوق محفوظة",
            "إعلان ممول",
            "dataLayer",
            "display:flex",
        ],
    },
    Case {
        file: "jsonld_divs.html",
        title: "الدوحة تستأنف اتصالاتها مع الوسطاء لإحياء مسار التهدئة في غزة",
        title_from: "<h1>",
        published: Some("2025-09-02T14:30:00+03:00"),
        date_from: Some("JSON-LD datePublished"),
        outlet: Some("نبض الخليج"),
        byline: Some("فيصل الرشيد"),
        encoding: "UTF-8",
        keeps: &[
            "الدوحة – استأنفت قطر اتصالاتها مع الوسطاء المصريين والأمريكيين",
            "مواقف متباينة",
            "«أفضل من الجولة الماضية»",
            "ويأتي التحرك القطري بعد أسابيع من الجمود",
        ],
        drops: &[
            "الأكثر قراءة",
            "معرض الدوحة للكتاب",
            "الرئيسية",
            "شارك",
            "اتصل بنا",
            "Facebook",
        ],
    },
    Case {
        file: "legacy_1256.html",
        title: "من حمص إلى غزة: مهندسون سوريون يعرضون دروس إزالة الركام",
        title_from: "first line of the page's text",
        published: Some("2025-02-23"),
        date_from: Some("worded dateline"),
        outlet: None,
        byline: None,
        encoding: "windows-1256",
        keeps: &[
            "الأحد 23 فبراير 2025",
            "عرض مهندسون سوريون عملوا في إزالة أنقاض أحياء حمص القديمة",
            "وقال المهندس ماهر العلي إن أكبر التحديات",
            "ومن المقرر أن يزور وفد سوري القاهرة الشهر المقبل",
        ],
        drops: &[
            "محليات",
            "الأرشيف",
            "طباعة",
            "أرسل لصديق",
            "جميع الحقوق محفوظة",
        ],
    },
    Case {
        file: "comments_page.html",
        title: "قوافل المساعدات تتدفق عبر رفح في الأسبوع الأول من الهدنة",
        title_from: "<h1>",
        published: Some("2025-01-22"),
        date_from: Some("meta pubdate"),
        outlet: Some("مدونة المعابر"),
        byline: Some("ليلى عاشور"),
        encoding: "UTF-8",
        keeps: &[
            "رفح – عبرت أكثر من 600 شاحنة محملة بالمساعدات",
            "ما الذي ينقص؟",
            "تشير تقديرات الأمم المتحدة إلى أن القطاع يحتاج 500 شاحنة",
        ],
        drops: &[
            "الله يفرج عنهم",
            "أبو خالد",
            "التعليقات",
            "أضف تعليقك",
            "عالق في العريش",
            "الأكثر قراءة",
            "الشتاء يختبر",
        ],
    },
    Case {
        file: "amp_page.html",
        title: "البنتاغون يدرس تمويل قوة استقرار متعددة الجنسيات في غزة",
        title_from: "<h1>",
        published: Some("2024-12-03T21:40:00+02:00"),
        date_from: Some("JSON-LD datePublished"),
        outlet: Some("ميدل إيست واير"),
        byline: Some("رامي الخوري"),
        encoding: "UTF-8",
        keeps: &[
            "واشنطن – كشف مسؤولون أمريكيون أن وزارة الدفاع تدرس تخصيص تمويل",
            "تحفظات في الكونغرس",
            "![مبنى وزارة الدفاع الأمريكية في أرلينغتون](https://mideast-wire.example/img/pentagon.jpg)",
        ],
        drops: &[
            "إعلان",
            "الرئيسية",
            "الشرق الأوسط",
            "☰",
            "© ميدل إيست واير",
            "amp-start",
        ],
    },
];

fn fixtures() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/ingest/html"
    ))
}

fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(|| Analyzer::new().expect("bundled models load"))
}

fn analyze(file: &str) -> ArticleAnalysis {
    let path = fixtures().join(file);
    let document = ingest::read_document(fixtures(), &path, &IngestOptions::default())
        .unwrap_or_else(|err| panic!("{file}: {err}"));
    analyzer().analyze_document(document)
}

#[test]
fn every_page_shape_gives_its_article_and_leaves_the_page_out() {
    let mut failures = Vec::new();
    for case in CASES {
        let a = analyze(case.file);
        let got = (
            a.title.as_str(),
            a.provenance.title_from.as_deref(),
            a.published.map(|d| d.iso()),
            a.provenance.date_from.as_deref(),
            a.outlet.as_deref(),
            a.byline.as_deref(),
            a.encoding.as_str(),
        );
        let want = (
            case.title,
            Some(case.title_from),
            case.published.map(str::to_owned),
            case.date_from,
            case.outlet,
            case.byline,
            case.encoding,
        );
        if got != want {
            failures.push(format!("{}:\n  got  {got:?}\n  want {want:?}", case.file));
        }
        for keep in case.keeps {
            if !a.text.contains(keep) {
                failures.push(format!("{}: lost {keep:?}", case.file));
            }
        }
        for drop in case.drops {
            if a.text.contains(drop) {
                failures.push(format!("{}: kept {drop:?}", case.file));
            }
        }
        if !failures.is_empty() && std::env::var_os("SHOW_TEXT").is_some() {
            eprintln!("--- {}\n{}", case.file, a.text);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_page_structure_becomes_blocks() {
    use marsad_core::article::BlockKind;
    let a = analyze("outlet_article.html");
    let kinds = |kind: BlockKind| a.blocks.iter().filter(|b| b.kind == kind).count();
    assert_eq!(kinds(BlockKind::Title), 1);
    assert_eq!(kinds(BlockKind::ListItem), 3);
    assert_eq!(kinds(BlockKind::Caption), 1);
    assert!(kinds(BlockKind::Heading) >= 1);
    let credit = a.blocks.iter().find_map(|b| b.credit.clone());
    assert_eq!(credit.as_deref(), Some("وكالة الأنباء"));
}
