//! The words of the Sources view, of statements in the article view and of fixes to
//! attributions, in English and Arabic.

use marsad_core::attribution::{SourceKind, Stance};

use super::Language;

/// The Sources view's words, one field per use.
#[derive(Debug)]
pub struct SourceLabels {
    pub sources: &'static str,
    /// Group headings, by `SourceKind::ALL`.
    pub groups: [&'static str; 5],
    /// One source's kind, by `SourceKind::ALL`.
    pub kinds: [&'static str; 5],
    /// Stance badges, by `Stance::ALL`.
    pub stances: [&'static str; 6],
    pub statements: &'static str,
    pub in_chains: &'static str,
    pub no_statements: &'static str,
    pub by_outlet: &'static str,
    pub by_article: &'static str,
    pub unnamed_share: &'static str,
    pub outlet_not_named: &'static str,
    pub who_cites_whom: &'static str,
    pub own_statements: &'static str,
    pub chain_statements: &'static str,
    pub attribution: &'static str,
    pub not_a_statement: &'static str,
    pub change_kind: &'static str,
    pub change_source: &'static str,
    pub selected_text: &'static str,
    pub type_source: &'static str,
    pub source_title: &'static str,
    pub source_hint: &'static str,
    pub fix: &'static str,
    pub cancel: &'static str,
    pub corrected: &'static str,
    pub source_filter: &'static str,
    pub attributions_csv: &'static str,
    pub attributions_json: &'static str,
    pub not_loaded: &'static str,
}

/// English words.
pub static SOURCES_ENGLISH: SourceLabels = SourceLabels {
    sources: "Sources",
    groups: [
        "People",
        "Unnamed sources",
        "Outlets",
        "Organizations",
        "Documents",
    ],
    kinds: ["Person", "Unnamed", "Outlet", "Organization", "Document"],
    stances: [
        "neutral",
        "assertive",
        "denial",
        "distancing",
        "warning",
        "revealing",
    ],
    statements: "statements",
    in_chains: "in chains",
    no_statements: "No reported statements found.",
    by_outlet: "Unnamed sources by outlet",
    by_article: "Unnamed sources by article",
    unnamed_share: "unnamed",
    outlet_not_named: "(outlet not named)",
    who_cites_whom: "Who cites whom",
    own_statements: "Statements",
    chain_statements: "Carried or cited in",
    attribution: "Attribution",
    not_a_statement: "Not a statement",
    change_kind: "Change kind",
    change_source: "Change source",
    selected_text: "The selected text",
    type_source: "Type the source…",
    source_title: "Who said it",
    source_hint: "The source, as the article names it",
    fix: "Fix",
    cancel: "Cancel",
    corrected: "fixed",
    source_filter: "Source:",
    attributions_csv: "Attributions (CSV)…",
    attributions_json: "Attributions (JSON)…",
    not_loaded: "Fixes can be made once the folder has loaded.",
};

/// Arabic words.
pub static SOURCES_ARABIC: SourceLabels = SourceLabels {
    sources: "المصادر",
    groups: [
        "أشخاص",
        "مصادر غير مسماة",
        "وسائل إعلام",
        "منظمات وهيئات",
        "وثائق",
    ],
    kinds: ["شخص", "مصدر غير مسمى", "وسيلة إعلام", "منظمة", "وثيقة"],
    stances: ["محايد", "تأكيد", "نفي", "تشكيك", "تحذير", "كشف"],
    statements: "تصريحات",
    in_chains: "في سلاسل",
    no_statements: "لم يُعثر على تصريحات منسوبة.",
    by_outlet: "المصادر غير المسماة حسب الوسيلة",
    by_article: "المصادر غير المسماة حسب المقال",
    unnamed_share: "غير مسماة",
    outlet_not_named: "(وسيلة غير مذكورة)",
    who_cites_whom: "من ينقل عن من",
    own_statements: "التصريحات",
    chain_statements: "نقلها أو ورد في سندها",
    attribution: "الإسناد",
    not_a_statement: "ليس تصريحا",
    change_kind: "تغيير النوع",
    change_source: "تغيير المصدر",
    selected_text: "النص المحدد",
    type_source: "اكتب المصدر…",
    source_title: "من قال ذلك",
    source_hint: "المصدر كما يسميه المقال",
    fix: "تصحيح",
    cancel: "إلغاء",
    corrected: "مصحح",
    source_filter: "المصدر:",
    attributions_csv: "الإسنادات (CSV)…",
    attributions_json: "الإسنادات (JSON)…",
    not_loaded: "يمكن التصحيح بعد اكتمال تحميل المجلد.",
};

impl SourceLabels {
    /// The heading of a kind's group.
    pub fn group(&self, kind: SourceKind) -> &'static str {
        self.groups[kind_index(kind)]
    }

    /// The name of one source's kind.
    pub fn kind(&self, kind: SourceKind) -> &'static str {
        self.kinds[kind_index(kind)]
    }

    /// The badge of a stance.
    pub fn stance(&self, stance: Stance) -> &'static str {
        let index = Stance::ALL.iter().position(|&s| s == stance).unwrap_or(0);
        self.stances[index]
    }
}

/// Where a kind stands in `SourceKind::ALL`.
pub fn kind_index(kind: SourceKind) -> usize {
    SourceKind::ALL.iter().position(|&k| k == kind).unwrap_or(0)
}

/// The Sources view's words for a language.
pub fn source_labels(language: Language) -> &'static SourceLabels {
    match language {
        Language::English => &SOURCES_ENGLISH,
        Language::Arabic => &SOURCES_ARABIC,
    }
}
