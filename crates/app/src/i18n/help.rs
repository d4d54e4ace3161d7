//! The words of the Help menu, the About box and the keyboard shortcuts, in English and
//! Arabic. The licence texts themselves stay in English, as their authors wrote them.

use super::Language;

/// The Help menu's and its windows' words.
#[derive(Debug)]
pub struct HelpLabels {
    pub help: &'static str,
    pub about: &'static str,
    pub shortcuts: &'static str,
    pub open_log_folder: &'static str,
    pub tagline: &'static str,
    pub version: &'static str,
    pub commit: &'static str,
    pub log_folder: &'static str,
    pub no_log_folder: &'static str,
    pub licences: &'static str,
    pub crates: &'static str,
    pub close: &'static str,
    pub no_file_manager: &'static str,
    pub report_html: &'static str,
    pub report_written: &'static str,
    /// Each shortcut's keys and what it does, in the order shown.
    pub keys: [(&'static str, &'static str); 12],
}

/// English words.
pub static HELP_ENGLISH: HelpLabels = HelpLabels {
    help: "Help",
    about: "About Marsad",
    shortcuts: "Keyboard shortcuts",
    open_log_folder: "Open log folder",
    tagline: "A workbench for analysts who read Arabic news",
    version: "Version",
    commit: "Commit",
    log_folder: "Log folder",
    no_log_folder: "not written (no state folder)",
    licences: "Licences and attributions",
    crates: "Rust crates",
    close: "Close",
    no_file_manager: "Could not open a file manager; the log folder is",
    report_html: "Report (HTML)…",
    report_written: "Report of the listed articles written",
    keys: [
        ("Ctrl+O", "Open a folder"),
        ("Ctrl+S", "Save the workspace"),
        ("Ctrl+F", "Search the articles"),
        ("Escape", "Clear the search and the filters"),
        ("↓ / J", "Next article in the list"),
        ("↑ / K", "Previous article in the list"),
        ("Ctrl+Z", "Undo a correction"),
        ("Ctrl+Shift+Z", "Redo a correction"),
        ("Ctrl +", "Larger article text"),
        ("Ctrl −", "Smaller article text"),
        ("Ctrl+0", "Article text at its normal size"),
        ("Right button drag", "Select a date range on the timeline"),
    ],
};

/// Arabic words.
pub static HELP_ARABIC: HelpLabels = HelpLabels {
    help: "مساعدة",
    about: "عن مرصد",
    shortcuts: "اختصارات لوحة المفاتيح",
    open_log_folder: "فتح مجلد السجلات",
    tagline: "منصة عمل للمحللين الذين يقرؤون الأخبار العربية",
    version: "الإصدار",
    commit: "الإيداع",
    log_folder: "مجلد السجلات",
    no_log_folder: "لا يُكتب (لا مجلد حالة)",
    licences: "التراخيص والإسناد",
    crates: "حزم Rust",
    close: "إغلاق",
    no_file_manager: "تعذر فتح مدير الملفات؛ مجلد السجلات هو",
    report_html: "تقرير (HTML)…",
    report_written: "كُتب تقرير المقالات المعروضة",
    keys: [
        ("Ctrl+O", "فتح مجلد"),
        ("Ctrl+S", "حفظ مساحة العمل"),
        ("Ctrl+F", "البحث في المقالات"),
        ("Escape", "مسح البحث والمرشحات"),
        ("↓ / J", "المقالة التالية في القائمة"),
        ("↑ / K", "المقالة السابقة في القائمة"),
        ("Ctrl+Z", "التراجع عن تصحيح"),
        ("Ctrl+Shift+Z", "إعادة تصحيح"),
        ("Ctrl +", "تكبير نص المقالة"),
        ("Ctrl −", "تصغير نص المقالة"),
        ("Ctrl+0", "نص المقالة بحجمه العادي"),
        ("السحب بالزر الأيمن", "تحديد مدى زمني على الخط الزمني"),
    ],
};

/// The Help words in `language`.
pub fn help_labels(language: Language) -> &'static HelpLabels {
    match language {
        Language::English => &HELP_ENGLISH,
        Language::Arabic => &HELP_ARABIC,
    }
}
