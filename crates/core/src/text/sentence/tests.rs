use super::*;

fn sentences(text: &str) -> Vec<&str> {
    split_sentences(text)
        .into_iter()
        .map(|s| &text[s.start..s.end])
        .collect()
}

#[test]
fn splits_at_terminators_and_line_ends() {
    let cases: &[(&str, &[&str])] = &[
        (
            "وصل الوفد. بدأت المحادثات.",
            &["وصل الوفد.", "بدأت المحادثات."],
        ),
        (
            "هل انتهت الأزمة؟ لا أحد يعرف!",
            &["هل انتهت الأزمة؟", "لا أحد يعرف!"],
        ),
        ("قال الوزير؛ ثم غادر", &["قال الوزير؛", "ثم غادر"]),
        (
            "انتظر الجميع… ثم جاء الخبر",
            &["انتظر الجميع…", "ثم جاء الخبر"],
        ),
        ("انتظر الجميع... ثم جاء", &["انتظر الجميع...", "ثم جاء"]),
        ("حقاً؟! نعم.", &["حقاً؟!", "نعم."]),
        (
            "العنوان\nالفقرة الأولى\r\n\r\nالثانية",
            &["العنوان", "الفقرة الأولى", "الثانية"],
        ),
        (
            "انتهى الاجتماع.وقال المتحدث",
            &["انتهى الاجتماع.", "وقال المتحدث"],
        ),
        ("  \u{200f}سطر بمسافات.  \n\n   ", &["سطر بمسافات."]),
        ("", &[]),
        ("\n\n . \n", &["."]),
    ];
    for (text, expected) in cases {
        assert_eq!(sentences(text), *expected, "split_sentences({text:?})");
    }
}

#[test]
fn keeps_numbers_abbreviations_and_quotes_whole() {
    let cases: &[(&str, &[&str])] = &[
        (
            "بلغ النمو 3.5 في المئة. وارتفع",
            &["بلغ النمو 3.5 في المئة.", "وارتفع"],
        ),
        ("في الساعة 10.30 صباحاً", &["في الساعة 10.30 صباحاً"]),
        ("بنسبة ٣.٥ بالمئة", &["بنسبة ٣.٥ بالمئة"]),
        (
            "التقى د. محمد العربي بالوفد. ثم غادر",
            &["التقى د. محمد العربي بالوفد.", "ثم غادر"],
        ),
        ("قدّم أ.د. سالم بحثه", &["قدّم أ.د. سالم بحثه"]),
        ("التقى د.محمد بالوفد", &["التقى د.محمد بالوفد"]),
        (
            "تأسست عام 1990 م. وتوسعت لاحقاً",
            &["تأسست عام 1990 م.", "وتوسعت لاحقاً"],
        ),
        ("وُلد سنة 1380 هـ. ثم هاجر", &["وُلد سنة 1380 هـ.", "ثم هاجر"]),
        (
            "قال: «لن نتراجع. سنواصل العمل». ثم غادر.",
            &["قال: «لن نتراجع. سنواصل العمل».", "ثم غادر."],
        ),
        ("وأضاف “هل نقبل؟ لا” وصمت.", &["وأضاف “هل نقبل؟ لا” وصمت."]),
        (
            "كتب \"انتهى. وداعاً\" ورحل.",
            &["كتب \"انتهى. وداعاً\" ورحل."],
        ),
        // A quotation left open does not swallow the rest of the line.
        (
            "قال «لن نتراجع. وغادر. ثم عاد",
            &["قال «لن نتراجع.", "وغادر.", "ثم عاد"],
        ),
        (
            "زوروا www.example.com للمزيد",
            &["زوروا www.example.com للمزيد"],
        ),
        (
            "Dr. Smith met the U.S. team.",
            &["Dr. Smith met the U.S. team."],
        ),
        (
            "1. البند الأول\n2. البند الثاني",
            &["1. البند الأول", "2. البند الثاني"],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(sentences(text), *expected, "split_sentences({text:?})");
    }
}

#[test]
fn spans_are_ordered_trimmed_and_on_char_boundaries() {
    let text = "  أولاً. \u{200f}ثانياً؟\n«ثالثاً»  ";
    let spans = split_sentences(text);
    let mut previous_end = 0;
    for span in &spans {
        assert!(span.start >= previous_end && span.start < span.end);
        let piece = span.slice(text).expect("char boundaries");
        assert_eq!(piece.trim(), piece);
        previous_end = span.end;
    }
    assert_eq!(spans.len(), 3);
}
