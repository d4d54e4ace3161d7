use super::*;
use TokenKind::{Arabic, Latin, Number, Punct, Symbol};

fn pieces(text: &str) -> Vec<(&str, TokenKind)> {
    tokenize(text)
        .into_iter()
        .map(|t| (t.text(text), t.kind))
        .collect()
}

#[test]
fn splits_news_text_into_typed_tokens() {
    let cases: &[(&str, &[(&str, TokenKind)])] = &[
        (
            "قال الرئيسُ: «سنعمل معاً».",
            &[
                ("قال", Arabic),
                ("الرئيسُ", Arabic),
                (":", Punct),
                ("«", Punct),
                ("سنعمل", Arabic),
                ("معاً", Arabic),
                ("»", Punct),
                (".", Punct),
            ],
        ),
        (
            "#وزير_الخارجية",
            &[
                ("#", Punct),
                ("وزير", Arabic),
                ("_", Punct),
                ("الخارجية", Arabic),
            ],
        ),
        ("و2017", &[("و", Arabic), ("2017", Number)]),
        (
            "بنسبة ٣٫٥٪ و3.5%",
            &[
                ("بنسبة", Arabic),
                ("٣٫٥", Number),
                ("٪", Punct),
                ("و", Arabic),
                ("3.5", Number),
                ("%", Punct),
            ],
        ),
        (
            "2024-11-27",
            &[
                ("2024", Number),
                ("-", Punct),
                ("11", Number),
                ("-", Punct),
                ("27", Number),
            ],
        ),
        (
            "۱۴۰۳ و1,000",
            &[("۱۴۰۳", Number), ("و", Arabic), ("1,000", Number)],
        ),
        ("انتهى.", &[("انتهى", Arabic), (".", Punct)]),
        ("جمـــيل", &[("جمـــيل", Arabic)]),
        ("ـــــ", &[("ـــــ", Symbol)]),
        ("مي\u{200c}خواهم", &[("مي\u{200c}خواهم", Arabic)]),
        ("تونس\u{200c} ", &[("تونس", Arabic)]),
        ("ﻻ بد", &[("ﻻ", Arabic), ("بد", Arabic)]),
        (
            "UNESCO، الأمم",
            &[("UNESCO", Latin), ("،", Punct), ("الأمم", Arabic)],
        ),
        (
            "COVID-19",
            &[("COVID", Latin), ("-", Punct), ("19", Number)],
        ),
        ("שלום مرحبا", &[("שלום", Latin), ("مرحبا", Arabic)]),
        (
            "؟ ؛ … “ ”",
            &[
                ("؟", Punct),
                ("؛", Punct),
                ("…", Punct),
                ("“", Punct),
                ("”", Punct),
            ],
        ),
        ("$100 +", &[("$", Symbol), ("100", Number), ("+", Symbol)]),
        (
            "👍🏽 👨\u{200d}👩\u{200d}👧 🇹🇳",
            &[
                ("👍🏽", Symbol),
                ("👨\u{200d}👩\u{200d}👧", Symbol),
                ("🇹🇳", Symbol),
            ],
        ),
        ("\u{202b}تونس\u{202c}", &[("تونس", Arabic)]),
        ("café", &[("café", Latin)]),
        ("", &[]),
        (" \n\t ", &[]),
    ];
    for (text, expected) in cases {
        assert_eq!(pieces(text), *expected, "tokenize({text:?})");
    }
}

#[test]
fn every_visible_character_lies_in_exactly_one_token() {
    let text = "في ٢٠٢٤م، زار د.محمد 🇹🇳 تونس\u{200f} (#قمة_2024) بنسبة 3.5%… ﷺ";
    let tokens = tokenize(text);
    let mut covered = vec![false; text.len()];
    let mut previous_end = 0;
    for token in &tokens {
        assert!(
            token.span.start >= previous_end,
            "tokens are ordered and disjoint"
        );
        assert!(!token.span.is_empty());
        assert!(token.span.slice(text).is_some(), "token cuts a character");
        covered[token.span.start..token.span.end].fill(true);
        previous_end = token.span.end;
    }
    for (i, c) in text.char_indices() {
        let skippable = c.is_whitespace() || is_invisible_control(c);
        assert_eq!(covered[i], !skippable, "{c:?} at {i}");
    }
}

#[test]
fn a_combining_mark_flood_stays_one_word() {
    let text = format!("ب{} كتب", "\u{64e}".repeat(10_000));
    let tokens = tokenize(&text);
    assert_eq!(tokens.len(), 2);
    assert_eq!(tokens[0].span, Span::new(0, 2 + 20_000));
    assert_eq!(tokens[1].text(&text), "كتب");
}
