//! The words of the analysis cache's menu item and messages, in English and Arabic.

use super::Language;

/// The analysis cache's words.
#[derive(Debug)]
pub struct CacheLabels {
    /// File ▸ Clear analysis cache, followed by its size.
    pub clear: &'static str,
    /// The item's hover text when the app runs without a cache.
    pub off: &'static str,
    pub cleared: &'static str,
    pub not_cleared: &'static str,
}

const CACHE_ENGLISH: CacheLabels = CacheLabels {
    clear: "Clear analysis cache",
    off: "The analysis cache is off (--no-cache)",
    cleared: "The analysis cache was cleared: the next folder opened is analysed afresh.",
    not_cleared: "The analysis cache could not be cleared",
};

const CACHE_ARABIC: CacheLabels = CacheLabels {
    clear: "مسح ذاكرة التحليل المؤقتة",
    off: "ذاكرة التحليل المؤقتة معطلة (--no-cache)",
    cleared: "مُسحت ذاكرة التحليل المؤقتة: سيُحلَّل المجلد التالي من جديد.",
    not_cleared: "تعذّر مسح ذاكرة التحليل المؤقتة",
};

/// The analysis cache's words in `language`.
pub fn cache_labels(language: Language) -> &'static CacheLabels {
    match language {
        Language::English => &CACHE_ENGLISH,
        Language::Arabic => &CACHE_ARABIC,
    }
}
