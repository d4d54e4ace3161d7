//! The interface's words for dates: the timeline's first view and background events,
//! inferred references and reading directions.

use marsad_core::time::Prefer;

use super::Language;

/// The words of dates and the timeline's date settings, one field per use.
#[derive(Debug)]
pub struct DateLabels {
    pub background_events: &'static str,
    pub background_hint: &'static str,
    /// After a count of background events the timeline leaves out.
    pub background_hidden: &'static str,
    /// After a count of the shown events that are background.
    pub background_shown: &'static str,
    pub reset_view_hint: &'static str,
    pub fit_all: &'static str,
    pub fit_all_hint: &'static str,
    /// Before the day an article's relative dates were read against, found in its text.
    pub inferred_reference: &'static str,
    /// What a dashed or hollow date mark means.
    pub inferred_hint: &'static str,
    pub date_reading: &'static str,
    pub reading_direction: &'static str,
    pub folder_reading_direction: &'static str,
    pub reading_hint: &'static str,
    pub past: &'static str,
    pub future: &'static str,
    pub nearest: &'static str,
    /// While articles are analysed again for a new reference date or direction.
    pub rereading: &'static str,
}

impl DateLabels {
    /// The name of a reading direction.
    pub fn prefer(&self, prefer: Prefer) -> &'static str {
        match prefer {
            Prefer::Past => self.past,
            Prefer::Future => self.future,
            Prefer::Nearest => self.nearest,
        }
    }
}

/// English date words.
pub static DATES_ENGLISH: DateLabels = DateLabels {
    background_events: "Background events",
    background_hint: "Dates an article gives as background: a distant year, منذ عام…, a birth, an anniversary",
    background_hidden: "background hidden",
    background_shown: "of them background",
    reset_view_hint: "Back to the days most dates fall in",
    fit_all: "Fit all",
    fit_all_hint: "Show every date, the few far from the rest too",
    inferred_reference: "Reference inferred from the text",
    inferred_hint: "The article states no date: this was read against a day its own text gives",
    date_reading: "Date reading…",
    reading_direction: "Reading direction",
    folder_reading_direction: "Folder reading direction",
    reading_hint: "How bare weekdays, months and dates without a year are read: past for news, future for schedules and previews",
    past: "Past",
    future: "Future",
    nearest: "Nearest",
    rereading: "Reading the dates again…",
};

/// Arabic date words.
pub static DATES_ARABIC: DateLabels = DateLabels {
    background_events: "أحداث الخلفية",
    background_hint: "تواريخ يذكرها المقال خلفيةً: سنة بعيدة، منذ عام…، ولادة، ذكرى",
    background_hidden: "خلفية مخفية",
    background_shown: "منها خلفية",
    reset_view_hint: "العودة إلى الأيام التي تقع فيها معظم التواريخ",
    fit_all: "عرض الكل",
    fit_all_hint: "اعرض كل التواريخ، ومنها القليلة البعيدة عن غيرها",
    inferred_reference: "تاريخ مرجعي مستنتج من النص",
    inferred_hint: "لا يذكر المقال تاريخه: قُرئ هذا التاريخ بالنسبة إلى يوم يذكره نصه",
    date_reading: "قراءة التواريخ…",
    reading_direction: "اتجاه القراءة",
    folder_reading_direction: "اتجاه القراءة للمجلد",
    reading_hint: "كيف تُقرأ أيام الأسبوع والأشهر والتواريخ بلا سنة: الماضي للأخبار، والمستقبل للجداول والمعاينات",
    past: "الماضي",
    future: "المستقبل",
    nearest: "الأقرب",
    rereading: "إعادة قراءة التواريخ…",
};

impl Language {
    /// The date words for this language.
    pub fn date_labels(self) -> &'static DateLabels {
        match self {
            Self::English => &DATES_ENGLISH,
            Self::Arabic => &DATES_ARABIC,
        }
    }
}
