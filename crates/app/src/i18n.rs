//! The interface's words in English and Arabic.

/// The interface language; Arabic also mirrors the panel layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Language {
    #[default]
    English,
    Arabic,
}

impl Language {
    /// The labels for this language.
    pub fn labels(self) -> &'static Labels {
        match self {
            Self::English => &ENGLISH,
            Self::Arabic => &ARABIC,
        }
    }

    /// A count with its word: `13 entities`, or in Arabic `الكيانات: 13`
    /// (the number last, where an Arabic line ends).
    pub fn count(self, n: usize, word: &str) -> String {
        match self {
            Self::English => format!("{n} {word}"),
            Self::Arabic => format!("{word}: {n}"),
        }
    }

    /// True when panels run right to left.
    pub fn is_rtl(self) -> bool {
        self == Self::Arabic
    }
}

/// Every fixed string the interface shows, one field per use.
#[derive(Debug)]
pub struct Labels {
    pub file: &'static str,
    pub open_folder: &'static str,
    pub recent_folders: &'static str,
    pub no_recent: &'static str,
    pub quit: &'static str,
    pub view: &'static str,
    pub dark_theme: &'static str,
    pub show_bidi_controls: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub zoom_reset: &'static str,
    pub language: &'static str,
    pub panels: &'static str,
    pub timeline: &'static str,
    pub problems: &'static str,
    pub entities: &'static str,
    pub articles: &'static str,
    pub search_hint: &'static str,
    pub filter_entities_hint: &'static str,
    pub sort_by_date: &'static str,
    pub sort_by_title: &'static str,
    pub clear_filters: &'static str,
    pub filtered_by: &'static str,
    pub people: &'static str,
    pub organizations: &'static str,
    pub places: &'static str,
    pub other: &'static str,
    pub mentions: &'static str,
    pub in_articles: &'static str,
    pub no_article: &'static str,
    pub no_date: &'static str,
    pub loading: &'static str,
    pub cancel: &'static str,
    pub cancelled: &'static str,
    pub loaded: &'static str,
    pub no_problems: &'static str,
    pub no_dialog: &'static str,
    pub drop_hint: &'static str,
    pub bidi_warning: &'static str,
    pub source_file: &'static str,
    pub said: &'static str,
    pub mentioned_dates: &'static str,
    pub selected_article: &'static str,
    pub right_to_left_axis: &'static str,
    pub no_dated_items: &'static str,
    pub published: &'static str,
    pub reset_view: &'static str,
}

/// English labels.
pub static ENGLISH: Labels = Labels {
    file: "File",
    open_folder: "Open folder…",
    recent_folders: "Recent folders",
    no_recent: "No recent folders",
    quit: "Quit",
    view: "View",
    dark_theme: "Dark theme",
    show_bidi_controls: "Show bidi controls",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    zoom_reset: "Reset zoom",
    language: "العربية",
    panels: "Panels",
    timeline: "Timeline",
    problems: "Problems",
    entities: "Entities",
    articles: "Articles",
    search_hint: "Search articles",
    filter_entities_hint: "Filter entities",
    sort_by_date: "Date",
    sort_by_title: "Title",
    clear_filters: "Clear filters",
    filtered_by: "Filtered by",
    people: "People",
    organizations: "Organizations",
    places: "Places",
    other: "Other",
    mentions: "mentions",
    in_articles: "articles",
    no_article: "Choose an article from the list.",
    no_date: "no date",
    loading: "Loading",
    cancel: "Cancel",
    cancelled: "Loading cancelled",
    loaded: "articles loaded",
    no_problems: "Every file was read.",
    no_dialog: "No folder dialog is available here: pass a folder on the command line or drop one on the window.",
    drop_hint: "Drop a folder to open it",
    bidi_warning: "Bidi warning",
    source_file: "file",
    said: "said",
    mentioned_dates: "dates in the text",
    selected_article: "open article",
    right_to_left_axis: "Right-to-left axis",
    no_dated_items: "No dated articles yet.",
    published: "publication dates",
    reset_view: "Reset view",
};

/// Arabic labels.
pub static ARABIC: Labels = Labels {
    file: "ملف",
    open_folder: "فتح مجلد…",
    recent_folders: "المجلدات الأخيرة",
    no_recent: "لا مجلدات حديثة",
    quit: "خروج",
    view: "عرض",
    dark_theme: "سمة داكنة",
    show_bidi_controls: "إظهار محارف الاتجاه",
    zoom_in: "تكبير",
    zoom_out: "تصغير",
    zoom_reset: "الحجم الأصلي",
    language: "English",
    panels: "اللوحات",
    timeline: "الخط الزمني",
    problems: "المشكلات",
    entities: "الكيانات",
    articles: "المقالات",
    search_hint: "بحث في المقالات",
    filter_entities_hint: "تصفية الكيانات",
    sort_by_date: "التاريخ",
    sort_by_title: "العنوان",
    clear_filters: "مسح التصفية",
    filtered_by: "مصفاة حسب",
    people: "أشخاص",
    organizations: "منظمات",
    places: "أماكن",
    other: "أخرى",
    mentions: "إشارات",
    in_articles: "مقالات",
    no_article: "اختر مقالة من القائمة.",
    no_date: "بلا تاريخ",
    loading: "جار التحميل",
    cancel: "إلغاء",
    cancelled: "أُلغي التحميل",
    loaded: "المقالات المحمّلة",
    no_problems: "قُرئت كل الملفات.",
    no_dialog: "لا تتوفر نافذة اختيار المجلدات هنا: مرّر مجلدًا في سطر الأوامر أو أفلته على النافذة.",
    drop_hint: "أفلت مجلدًا لفتحه",
    bidi_warning: "تحذير اتجاه النص",
    source_file: "الملف",
    said: "قال",
    mentioned_dates: "تواريخ في النص",
    selected_article: "المقالة المفتوحة",
    right_to_left_axis: "محور من اليمين إلى اليسار",
    no_dated_items: "لا مقالات مؤرخة بعد.",
    published: "تواريخ النشر",
    reset_view: "إعادة العرض",
};
