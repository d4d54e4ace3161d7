use super::*;
use encoding_rs::ISO_8859_6;

const ARABIC: &str = "أعلنت وزارة الخارجية التونسية يوم الاثنين عن زيارة مرتقبة لوفد رسمي إلى الجزائر، \
وقال المتحدث باسم الوزارة إن المحادثات ستتناول التعاون الاقتصادي والأمن على الحدود المشتركة.";

fn encoded(encoding: &'static Encoding, text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding.encode(text);
    assert!(!unmappable, "{} cannot hold the sample", encoding.name());
    bytes.into_owned()
}

fn utf16(text: &str, little_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(if little_endian {
            &[0xff, 0xfe]
        } else {
            &[0xfe, 0xff]
        });
    }
    for unit in text.encode_utf16() {
        let pair = if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        };
        out.extend_from_slice(&pair);
    }
    out
}

#[test]
fn recognises_each_encoding_an_arabic_archive_holds() {
    let mut utf8_bom = b"\xef\xbb\xbf".to_vec();
    utf8_bom.extend_from_slice(ARABIC.as_bytes());
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("UTF-8", ARABIC.as_bytes().to_vec(), "UTF-8"),
        ("UTF-8 with BOM", utf8_bom, "UTF-8"),
        ("UTF-16LE with BOM", utf16(ARABIC, true, true), "UTF-16LE"),
        ("UTF-16BE with BOM", utf16(ARABIC, false, true), "UTF-16BE"),
        (
            "UTF-16LE without BOM",
            utf16(ARABIC, true, false),
            "UTF-16LE",
        ),
        (
            "Windows-1256",
            encoded(WINDOWS_1256, ARABIC),
            "windows-1256",
        ),
        ("ISO-8859-6", encoded(ISO_8859_6, ARABIC), "ISO-8859-6"),
    ];
    for (name, bytes, encoding) in cases {
        let decoded = decode(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(decoded.text, ARABIC, "{name}");
        assert_eq!(decoded.encoding, encoding, "{name}");
    }
}

#[test]
fn a_stray_nul_in_a_long_text_does_not_make_it_binary() {
    let mut bytes = ARABIC.repeat(3).into_bytes();
    bytes.insert(0, 0);
    let decoded = decode(&bytes).expect("text");
    assert_eq!(decoded.encoding, "UTF-8");
    assert_eq!(decoded.text.trim_start_matches('\0'), ARABIC.repeat(3));
}

#[test]
fn normalizes_to_nfc() {
    // Alef followed by a combining madda composes to آ.
    let decoded = decode("ا\u{653}خر".as_bytes()).expect("text");
    assert_eq!(decoded.text, "آخر");
}

#[test]
fn a_few_broken_bytes_do_not_turn_utf8_into_mojibake() {
    let mut bytes = ARABIC.as_bytes().to_vec();
    let boundary = ARABIC.char_indices().nth(20).map_or(0, |(i, _)| i);
    bytes.insert(boundary, 0xff);
    let decoded = decode(&bytes).expect("text");
    assert_eq!(decoded.encoding, "UTF-8");
    assert_eq!(decoded.text.matches('\u{fffd}').count(), 1);
}

#[test]
fn refuses_what_is_not_text() {
    let mut random = Vec::new();
    let mut x: u32 = 12345;
    for _ in 0..4096 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        random.push((x >> 16) as u8 | 1);
    }
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("NUL bytes", b"abc\0\0\x01\x02def\0ghi\0".to_vec(), "NUL"),
        ("PDF", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec(), "PDF"),
        ("PNG", b"\x89PNG\r\n\x1a\n".to_vec(), "PNG"),
        ("random bytes without NUL", random, "control"),
    ];
    for (name, bytes, reason) in cases {
        match decode(&bytes) {
            Err(IngestErrorKind::Binary(why)) => assert!(why.contains(reason), "{name}: {why}"),
            other => panic!("{name}: expected binary, got {other:?}"),
        }
    }
}

#[test]
fn a_utf16_file_with_broken_surrogates_everywhere_is_undecodable() {
    let mut bytes = vec![0xff, 0xfe];
    for _ in 0..100 {
        bytes.extend_from_slice(&[0x00, 0xd8, 0x41, 0x00]);
    }
    assert!(matches!(
        decode(&bytes),
        Err(IngestErrorKind::Undecodable(_))
    ));
}

#[test]
fn the_nfc_fast_path_skips_only_stable_starters() {
    for c in (0..=0x10_ffff)
        .filter_map(char::from_u32)
        .filter(|&c| is_stable_starter(c))
    {
        assert_eq!(canonical_combining_class(c), 0, "{c:?}");
        assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
    }
    // The answer over whole texts is the library's: marks out of order, a
    // composable hamza, a decomposed alef with madda, plain news text.
    for text in [
        ARABIC,
        "مُحَمَّدٌ «قال» – ٢٠٢٤",
        "\u{627}\u{653}",
        "ب\u{651}\u{64e}",
        "ب\u{64e}\u{651}",
        "e\u{301} café",
    ] {
        assert_eq!(nfc_quick_check(text), is_nfc_quick(text.chars()), "{text}");
    }
}
