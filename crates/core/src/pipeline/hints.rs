//! What a reader found outside an article's text (meta tags, record fields, document
//! properties) merged with what the text's own lines say, and the provenance of the
//! title and date that win.

use crate::article::{DateSource, Metadata};
use crate::ingest::{Hint, Hints, Provenance};

/// Applies `hints` to the parsed metadata: a strong hint wins over the text, a weak one
/// only fills what the text leaves empty. Records in `provenance` what gave the title
/// and the publication date.
pub(super) fn apply(meta: &mut Metadata, hints: &Hints, provenance: &mut Provenance) {
    provenance.title_from = match &hints.title {
        Some(hint) if !hint.weak || meta.title_inferred => {
            meta.title.clone_from(&hint.value);
            meta.title_inferred = false;
            Some(hint.from.clone())
        }
        _ if meta.title_inferred => Some("first sentence (no title line)".to_owned()),
        _ => Some("title line".to_owned()),
    };
    let text_date =
        meta.published.is_some() && meta.published_source != Some(DateSource::ImagePath);
    provenance.date_from = match &hints.published {
        Some(hint) if !hint.weak || !text_date => {
            meta.published = Some(hint.value);
            meta.published_source = Some(DateSource::Metadata);
            Some(hint.from.clone())
        }
        _ => meta
            .published_source
            .map(|s| text_source_name(s).to_owned()),
    };
    fill(&mut meta.updated, hints.updated.as_ref());
    fill(&mut meta.outlet, hints.outlet.as_ref());
    fill(&mut meta.byline, hints.byline.as_ref());
    fill(&mut meta.section, hints.section.as_ref());
}

fn fill<T: Clone>(slot: &mut Option<T>, hint: Option<&Hint<T>>) {
    if let Some(hint) = hint
        && (!hint.weak || slot.is_none())
    {
        *slot = Some(hint.value.clone());
    }
}

/// How provenance names a date the text itself gave.
fn text_source_name(source: DateSource) -> &'static str {
    match source {
        DateSource::Dateline => "dateline",
        DateSource::DatelineText => "worded dateline",
        DateSource::Machine => "machine date line",
        DateSource::ImagePath => "dated image path",
        DateSource::Metadata => "file metadata",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{PublishedDate, parse};

    fn date(y: i32, m: u8, d: u8) -> PublishedDate {
        PublishedDate::from_ymd(y, m, d).expect("valid date")
    }

    #[test]
    fn strong_hints_win_and_weak_ones_only_fill() {
        let text = "وصول الوفد المصري إلى الدوحة\n2025-09-02\nوصل الوفد مساء أمس.\n";
        let cases = [
            (
                Hint::strong(date(2025, 9, 1), "meta article:published_time"),
                "2025-09-01",
                "meta article:published_time",
            ),
            (
                Hint::weak(date(2024, 1, 5), "document property created"),
                "2025-09-02",
                "dateline",
            ),
        ];
        for (hint, want_date, want_from) in cases {
            let mut meta = parse(text).meta;
            let hints = Hints {
                published: Some(hint),
                title: Some(Hint::weak(
                    "عنوان من الخصائص".to_owned(),
                    "document property title",
                )),
                ..Hints::default()
            };
            let mut provenance = Provenance::default();
            apply(&mut meta, &hints, &mut provenance);
            assert_eq!(meta.published.map(|d| d.iso()).as_deref(), Some(want_date));
            assert_eq!(provenance.date_from.as_deref(), Some(want_from));
            // The text has a title line, so the weak title does not replace it.
            assert_eq!(meta.title, "وصول الوفد المصري إلى الدوحة");
            assert_eq!(provenance.title_from.as_deref(), Some("title line"));
        }
    }
}
