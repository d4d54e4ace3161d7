//! The words of checking what Marsad read: the entities the recognizer doubted, and
//! where an article came from (file, format, record, what gave its title and date).

use marsad_core::ingest::{Format, Provenance};

use super::Language;

/// The sidebar's "likely wrong" view and the article's provenance, in one language.
#[derive(Debug)]
pub struct ReviewLabels {
    pub likely_wrong: &'static str,
    /// Before the percentage in an entity's counts (`58% sure`, `الثقة: 58٪`).
    pub sure: &'static str,
    pub file: &'static str,
    pub format: &'static str,
    pub record: &'static str,
    pub title_from: &'static str,
    pub date_from: &'static str,
    pub none_found: &'static str,
}

/// English review words.
pub static REVIEW_ENGLISH: ReviewLabels = ReviewLabels {
    likely_wrong: "Likely wrong only",
    sure: "sure",
    file: "File",
    format: "Format",
    record: "record",
    title_from: "Title from",
    date_from: "Date from",
    none_found: "none found",
};

/// Arabic review words.
pub static REVIEW_ARABIC: ReviewLabels = ReviewLabels {
    likely_wrong: "المرجَّح خطؤها فقط",
    sure: "الثقة",
    file: "الملف",
    format: "الصيغة",
    record: "السجل",
    title_from: "العنوان من",
    date_from: "التاريخ من",
    none_found: "لم يُعثر عليه",
};

impl Language {
    /// The review words for this language.
    pub fn review_labels(self) -> &'static ReviewLabels {
        match self {
            Self::English => &REVIEW_ENGLISH,
            Self::Arabic => &REVIEW_ARABIC,
        }
    }

    /// What the "likely wrong" check box does, with its threshold as a percentage.
    pub fn likely_wrong_tip(self, percent: u32) -> String {
        match self {
            Self::English => format!(
                "Only the entities the recognizer doubted: not even their surest mention \
                 reaches {percent}% confidence. Least sure first. Names from the lists \
                 and your own are certain."
            ),
            Self::Arabic => format!(
                "الكيانات التي شكّ فيها المُعرِّف فقط: لا تبلغ الثقة في أوثق إشاراتها {percent}٪. \
                 الأقل ثقة أولًا. أسماء القوائم وما أضفته بنفسك مؤكدة."
            ),
        }
    }

    /// A confidence for an entity's counts: `58% sure`, `الثقة: 58٪`.
    pub fn confidence(self, probability: f32) -> String {
        let percent = (probability * 100.0).round();
        let word = self.review_labels().sure;
        match self {
            Self::English => format!("{percent:.0}% {word}"),
            Self::Arabic => format!("{word}: {percent:.0}٪"),
        }
    }

    /// The kind of file, for people.
    pub fn format_name(self, format: Format) -> &'static str {
        let arabic = self == Self::Arabic;
        match format {
            Format::Text if arabic => "نص",
            Format::Text => "plain text",
            Format::Html if arabic => "صفحة ويب (HTML)",
            Format::Html => "web page (HTML)",
            Format::Docx if arabic => "مستند Word",
            Format::Docx => "Word document",
            Format::Pdf => "PDF",
            Format::Csv => "CSV",
            Format::Tsv => "TSV",
            Format::Json => "JSON",
            Format::Jsonl => "JSON Lines",
        }
    }

    /// Where an article came from, one fact a line: the file, its format and record,
    /// and what gave the title and the date (the tooltip of the metadata line).
    pub fn provenance(self, provenance: &Provenance) -> String {
        let words = self.review_labels();
        let mut format = self.format_name(provenance.format).to_owned();
        if let Some(record) = provenance.record {
            let comma = if self == Self::Arabic { "،" } else { "," };
            format = format!("{format}{comma} {} {record}", words.record);
        }
        let source = |from: &Option<String>| {
            from.as_deref()
                .map_or_else(|| words.none_found.to_owned(), |f| self.source_name(f))
        };
        [
            format!("{}: {}", words.file, isolate(&provenance.file)),
            format!("{}: {format}", words.format),
            format!("{}: {}", words.title_from, source(&provenance.title_from)),
            format!("{}: {}", words.date_from, source(&provenance.date_from)),
        ]
        .join("\n")
    }

    /// What gave a title or a date, as the readers name it (`field "headline"`,
    /// `meta og:title`, `dateline`), in this language. Tag, field and property names
    /// stay as the file writes them; a name no reader gives is shown as it is.
    pub fn source_name(self, from: &str) -> String {
        match self {
            Self::English => from.to_owned(),
            Self::Arabic => arabic_source_name(from).unwrap_or_else(|| isolate(from)),
        }
    }
}

/// Names the readers and the pipeline give whole.
const WHOLE_NAMES: [(&str, &str); 10] = [
    ("title line", "سطر العنوان"),
    (
        "first sentence (no title line)",
        "الجملة الأولى (لا سطر عنوان)",
    ),
    ("dateline", "سطر التاريخ"),
    ("worded dateline", "سطر التاريخ بالكلمات"),
    ("machine date line", "سطر تاريخ آلي"),
    ("dated image path", "مسار صورة مؤرَّخ"),
    ("file metadata", "بيانات الملف"),
    ("first line of the page's text", "أول سطر في نص الصفحة"),
    ("date shown on the page", "التاريخ المعروض في الصفحة"),
    ("byline on the page", "سطر الكاتب في الصفحة"),
];

/// Names the readers give as a kind followed by a name from the file.
const PREFIXES: [(&str, &str); 6] = [
    ("field ", "الحقل"),
    ("meta ", "الوسم meta"),
    ("JSON-LD ", "حقل JSON-LD"),
    ("style ", "النمط"),
    ("document property ", "خاصية المستند"),
    ("PDF property ", "خاصية PDF"),
];

/// The Arabic for a source name the readers give; `None` for one they do not.
pub fn arabic_source_name(from: &str) -> Option<String> {
    if let Some((_, arabic)) = WHOLE_NAMES.iter().find(|(english, _)| *english == from) {
        return Some((*arabic).to_owned());
    }
    if from.starts_with('<') && from.ends_with('>') {
        return Some(format!("الوسم {}", isolate(from)));
    }
    PREFIXES.iter().find_map(|(english, arabic)| {
        let name = from.strip_prefix(english)?;
        Some(format!("{arabic} {}", isolate(name)))
    })
}

/// `text` kept in one direction inside a line of the other: a Latin file name such as
/// `002_4acb3fe92059d304.txt` inside Arabic would otherwise be cut into runs and shown
/// as `4acb3fe92059d304.txt_002` (first strong isolate … pop directional isolate).
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_name_a_reader_gives_has_arabic_words() {
        let cases = [
            ("title line", "سطر العنوان"),
            ("dateline", "سطر التاريخ"),
            ("machine date line", "سطر تاريخ آلي"),
            ("field \"pubDate\"", "الحقل \u{2068}\"pubDate\"\u{2069}"),
            ("meta og:title", "الوسم meta \u{2068}og:title\u{2069}"),
            (
                "JSON-LD datePublished",
                "حقل JSON-LD \u{2068}datePublished\u{2069}",
            ),
            ("<h1>", "الوسم \u{2068}<h1>\u{2069}"),
            ("style Title", "النمط \u{2068}Title\u{2069}"),
            (
                "document property created",
                "خاصية المستند \u{2068}created\u{2069}",
            ),
            (
                "PDF property CreationDate",
                "خاصية PDF \u{2068}CreationDate\u{2069}",
            ),
        ];
        for (english, arabic) in cases {
            assert_eq!(
                arabic_source_name(english).as_deref(),
                Some(arabic),
                "{english}"
            );
            assert_eq!(Language::English.source_name(english), english);
        }
        assert_eq!(arabic_source_name("a reader's new name"), None);
    }

    #[test]
    fn provenance_names_file_format_record_and_sources_in_both_languages() {
        let provenance = Provenance {
            file: "exports/رصد.jsonl".to_owned(),
            format: Format::Jsonl,
            record: Some(3),
            title_from: Some("field \"headline\"".to_owned()),
            date_from: None,
        };
        assert_eq!(
            Language::English.provenance(&provenance),
            "File: \u{2068}exports/رصد.jsonl\u{2069}\nFormat: JSON Lines, record 3\n\
             Title from: field \"headline\"\nDate from: none found"
        );
        assert_eq!(
            Language::Arabic.provenance(&provenance),
            "الملف: \u{2068}exports/رصد.jsonl\u{2069}\nالصيغة: JSON Lines، السجل 3\n\
             العنوان من: الحقل \u{2068}\"headline\"\u{2069}\nالتاريخ من: لم يُعثر عليه"
        );
    }

    #[test]
    fn a_confidence_reads_as_a_percentage() {
        assert_eq!(Language::English.confidence(0.581), "58% sure");
        assert_eq!(Language::Arabic.confidence(0.581), "الثقة: 58٪");
    }
}
