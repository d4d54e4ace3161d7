//! Inputs from fuzzing (`fuzz/`, see its README) and the hostile shapes its seeds
//! start from, replayed through the invariants the fuzz targets assert: every span
//! in bounds and on character boundaries, sorted and disjoint where the contract
//! says so, and the text under a span equal to the text recorded with it.

use marsad_core::article;
use marsad_core::entities::Recognizer;
use marsad_core::ingest;
use marsad_core::text::{fold, fold_key, split_sentences, tokenize};
use marsad_core::time::{self, Reference};
use marsad_core::{Span, text};

/// Inputs that stress the invariants; a crash found by the fuzzer goes here, minimized.
const CASES: &[(&str, &str)] = &[
    ("empty", ""),
    ("lone newline", "\n"),
    ("CR only line ends", "عنوان\r\rفقرة أولى.\r"),
    ("marks before any letter", "\u{064e}\u{0651}\u{0670} زار"),
    (
        "mark flood on one letter",
        "ب\u{064e}\u{064e}\u{064e}\u{064e}\u{064e}\u{064e}\u{064e}\u{0651}\u{0652} تونس",
    ),
    ("tatweel only", "\u{0640}\u{0640}\u{0640}"),
    (
        "bidi override around a name",
        "قال \u{202e}محمد بن سالم\u{202c} يوم 5 ماي 2024.",
    ),
    (
        "unbalanced isolates",
        "\u{2067}\u{2067}القاهرة 2025-10-10 03:25 م",
    ),
    (
        "zero-width between letters",
        "و\u{200b}ز\u{200c}ي\u{200d}ر الخارجية",
    ),
    (
        "presentation forms",
        "\u{fefb}\u{fdf2} \u{fe8d}\u{fedf}\u{fed8}\u{fe8e}\u{fee9}\u{fead}\u{ff93}",
    ),
    (
        "mixed scripts and emoji",
        "שלום مرحبا hello 😀👩‍👩‍👧 ۱۴۰۲/۰۳/۱۵ ١٢ رمضان ١٤٤٥ هـ",
    ),
    ("dateline then nothing", "2025-01-22 07:45 م"),
    ("image syntax without a path", "![صورة [وكالة]]("),
    (
        "image path that ends early",
        "![تعليق [مصور]](/images/2025/1",
    ),
    ("byline bar alone", " |"),
    ("list bullets only", "- \n- \n-"),
    ("quote never closed", "قال الوزير: «إن الاتفاق صامد\nوأضاف «"),
    ("interval without an end", "من 5 إلى"),
    (
        "hijri with huge year",
        "12 ربيع الأول 99999999999999999999 هـ",
    ),
    (
        "numeric date with huge parts",
        "99/99/99999 و2025/13/45 و0/0/0",
    ),
    (
        "weekday and relative words only",
        "الثلاثاء الماضي أمس غدا قبل يومين بعد أسبوع",
    ),
    (
        "hashtag with tatweel and digits",
        "#وزير_الخارجيــــة_٢٠٢٤ #_ #",
    ),
    ("replacement characters", "\u{fffd}\u{fffd}عنوان\u{fffd}"),
    (
        "nul and controls",
        "عنوان\u{0}\u{1}\u{7f}\nفقرة\u{85}ثانية\u{2028}ثالثة.",
    ),
];

fn assert_span(text: &str, span: Span, what: &str, case: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{case}: {what} {span:?} out of bounds"
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{case}: {what} {span:?} cuts a character"
    );
}

fn assert_disjoint(spans: impl IntoIterator<Item = Span>, what: &str, case: &str) {
    let mut end = 0;
    for span in spans {
        assert!(
            span.start >= end,
            "{case}: {what} {span:?} overlaps the previous one"
        );
        end = span.end;
    }
}

#[test]
fn article_parse_keeps_blocks_on_boundaries() {
    for (case, input) in CASES {
        let parsed = article::parse(input);
        for block in &parsed.blocks {
            assert_span(input, block.span, "block", case);
        }
        assert_disjoint(parsed.blocks.iter().map(|b| b.span), "block", case);
        for quote in &parsed.quotes {
            assert_span(input, quote.span, "quote", case);
        }
        for warning in article::check_bidi(input) {
            assert_span(input, warning.span, "bidi warning", case);
        }
    }
}

#[test]
fn bidi_spoofing_cases_are_flagged() {
    for (case, input) in CASES
        .iter()
        .filter(|(c, _)| c.contains("bidi") || c.contains("isolates"))
    {
        assert!(
            !article::check_bidi(input).is_empty(),
            "{case}: not flagged"
        );
    }
}

#[test]
fn dates_match_their_spans() {
    let reference = Reference::from_ymd_hm(2024, 11, 27, Some(20), Some(51));
    for (case, input) in CASES {
        for found in [
            time::extract(input, Some(reference)),
            time::extract(input, None),
        ] {
            assert_disjoint(found.iter().map(|d| d.span), "date", case);
            for date in &found {
                assert_span(input, date.span, "date", case);
                assert_eq!(&input[date.span.start..date.span.end], date.text, "{case}");
            }
        }
    }
}

#[test]
fn fold_maps_every_boundary_back_to_a_boundary() {
    for (case, input) in CASES {
        let folded = fold(input);
        assert_eq!(fold_key(input), folded.text, "{case}");
        assert_eq!(
            fold(&folded.text).text,
            folded.text,
            "{case}: not idempotent"
        );
        let mut previous = 0;
        for f in folded
            .text
            .char_indices()
            .map(|(i, _)| i)
            .chain([folded.text.len()])
        {
            let o = folded.original_offset(f);
            assert!(
                o >= previous && input.is_char_boundary(o),
                "{case}: folded {f} → {o}"
            );
            previous = o;
        }
        for token in tokenize(&folded.text) {
            assert_span(
                input,
                folded.original_span(token.span),
                "folded token",
                case,
            );
        }
    }
}

#[test]
fn tokens_sentences_and_stems_stay_in_bounds() {
    for (case, input) in CASES {
        let tokens = tokenize(input);
        assert_disjoint(tokens.iter().map(|t| t.span), "token", case);
        for token in &tokens {
            assert_span(input, token.span, "token", case);
            let word = token.text(input);
            for candidate in text::analyze_word(word) {
                assert_span(word, candidate.stem, "stem", case);
            }
        }
        let sentences = split_sentences(input);
        assert_disjoint(sentences.iter().copied(), "sentence", case);
        for sentence in sentences {
            assert_span(input, sentence, "sentence", case);
        }
    }
}

#[test]
fn mentions_are_sorted_disjoint_and_match_their_text() {
    let recognizer = Recognizer::bundled().unwrap();
    for (case, input) in CASES {
        let mentions = recognizer.recognize(input);
        assert_disjoint(mentions.iter().map(|m| m.span), "mention", case);
        for mention in &mentions {
            assert_span(input, mention.span, "mention", case);
            assert_eq!(
                &input[mention.span.start..mention.span.end],
                mention.text,
                "{case}"
            );
        }
    }
}

#[test]
fn decoding_bytes_never_panics_and_gives_nfc() {
    let inputs: &[(&str, &[u8])] = &[
        ("utf-16 bom only", b"\xff\xfe"),
        ("utf-16 odd length", b"\xff\xfe\x27\x06\x44"),
        ("utf-8 bom then invalid", b"\xef\xbb\xbf\xd8"),
        ("truncated arabic", b"\xd8\xa7\xd9"),
        (
            "windows-1256 arabic",
            b"\xc7\xe1\xd1\xc6\xed\xd3 \xc7\xe1\xca\xe6\xe4\xd3\xed",
        ),
        ("decomposed hamza", "ا\u{0654}ب".as_bytes()),
    ];
    for (case, bytes) in inputs {
        if let Ok(decoded) = ingest::decode(bytes) {
            let again = ingest::decode(bytes).unwrap();
            assert_eq!(decoded.text, again.text, "{case}");
            assert!(!decoded.text.contains("ا\u{0654}"), "{case}: not NFC");
        }
    }
}

// Readers: inputs the `html`, `pdf` and `analyze` fuzz targets found.

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ingest");
    std::fs::read(path.join(name)).expect("fixture")
}

/// The fixture with `from` changed to `to` (same length, so a PDF's offsets hold).
fn edited(mut bytes: Vec<u8>, from: &[u8], to: &[u8]) -> Vec<u8> {
    assert_eq!(from.len(), to.len());
    let at = bytes
        .windows(from.len())
        .position(|w| w == from)
        .expect("the fixture holds what the fuzzer changed");
    bytes[at..at + to.len()].copy_from_slice(to);
    bytes
}

fn read_one(name: &str, bytes: &[u8]) -> Result<ingest::FileDocuments, ingest::IngestError> {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).expect("write");
    ingest::read_file(dir.path(), &path, &ingest::IngestOptions::default())
}

/// Found by the `html` target: when two blocks of a page scored the same, the one
/// that held "the article" was whichever a hash map gave first, so the same page
/// read twice could give two texts (and an analyst's fixes pointing into one of them).
#[test]
fn a_page_whose_blocks_score_the_same_reads_the_same_every_time() {
    let page = "<html><body><h1>مهندسون سوريون يعرضون دروس إزالة الركام</h1>\
        <div class=\"a\"><p>وصل الوفد إلى عمان أمس، وقال إن الزيارة تستمر يومين.</p></div>\
        <div class=\"b\"><p>وصل الوفد إلى دمشق أمس، وقال إن الزيارة تستمر يومين.</p></div>\
        </body></html>";
    let texts: Vec<String> = (0..24)
        .map(|_| {
            let read = read_one("صفحة.html", page.as_bytes()).expect("the page reads");
            read.documents().next().expect("an article").text.clone()
        })
        .collect();
    assert!(texts.iter().all(|t| *t == texts[0]), "{texts:#?}");
    // The two blocks and the body holding both score the same; the first in the
    // page wins, so nothing is left out.
    assert!(texts[0].contains("وصل الوفد إلى عمان"), "{}", texts[0]);
    assert!(texts[0].contains("وصل الوفد إلى دمشق"), "{}", texts[0]);
}

/// Found by the `pdf` target: a creation date with a time no clock shows
/// (`D:20251113099999`) became a publication time of 09:99:99.
#[test]
fn a_pdf_creation_time_that_is_no_time_leaves_the_day() {
    let pdf = edited(
        fixture("report_logical.pdf"),
        b"D:20251113100000+02'00'",
        b"D:20251113099999+02'00'",
    );
    let read = read_one("تقرير.pdf", &pdf).expect("the PDF reads");
    let document = read.documents().next().expect("an article");
    let published = document
        .hints
        .published
        .as_ref()
        .expect("the creation date");
    assert_eq!(published.value.iso(), "2025-11-13");
}

/// Found by the `pdf` target: a ToUnicode map entry cut short (`<T\0 3A>` where
/// `<003A>` was) makes pdf-extract index past its list and panic. The folder read
/// catches it: that PDF is a problem, the rest of the folder is read.
#[test]
fn a_pdf_whose_font_map_is_cut_short_is_reported_and_the_folder_read() {
    let pdf = edited(
        fixture("report_logical.pdf"),
        b"<0009> <003A>",
        b"<0009> <T\x003A>",
    );
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("تقرير.pdf"), &pdf).expect("write");
    std::fs::write(
        dir.path().join("خبر.txt"),
        "وصل الوفد إلى الدوحة مساء الأحد.\n",
    )
    .expect("write");
    let report = ingest::read_folder(
        dir.path(),
        &ingest::IngestOptions::default(),
        &|_| {},
        &std::sync::atomic::AtomicBool::new(false),
    );
    assert_eq!(report.documents.len(), 1, "{:#?}", report.problems);
    assert_eq!(report.problems.len(), 1);
    assert_eq!(report.problems[0].path, "تقرير.pdf");
    assert!(
        report.problems[0].error.contains("failed on it"),
        "{}",
        report.problems[0].error
    );
}
