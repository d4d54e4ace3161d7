use super::*;

/// A word and its expected readings as (proclitics, stem, enclitic).
type Case = (
    &'static str,
    &'static [(&'static str, &'static str, &'static str)],
);

/// Readings as (proclitics, stem text, enclitic), most likely first.
fn readings(word: &str) -> Vec<(&'static str, &str, &'static str)> {
    analyze_word(word)
        .into_iter()
        .map(|c| (c.proclitics, &word[c.stem.start..c.stem.end], c.enclitic))
        .collect()
}

#[test]
fn splits_proclitic_chains_most_likely_first() {
    let cases: &[Case] = &[
        ("الرئيس", &[("", "الرئيس", ""), ("ال", "رئيس", "")]),
        (
            "والرئيس",
            &[
                ("و", "الرئيس", ""),
                ("وال", "رئيس", ""),
                ("", "والرئيس", ""),
            ],
        ),
        (
            "بالحكومة",
            &[
                ("ب", "الحكومة", ""),
                ("بال", "حكومة", ""),
                ("", "بالحكومة", ""),
            ],
        ),
        (
            "للرئيس",
            &[("لل", "رئيس", ""), ("ل", "لرئيس", ""), ("", "للرئيس", "")],
        ),
        (
            "للبنان",
            &[("لل", "بنان", ""), ("ل", "لبنان", ""), ("", "للبنان", "")],
        ),
        (
            "وبالجزائر",
            &[
                ("وب", "الجزائر", ""),
                ("وبال", "جزائر", ""),
                ("و", "بالجزائر", ""),
                ("", "وبالجزائر", ""),
            ],
        ),
        ("وتونس", &[("", "وتونس", ""), ("و", "تونس", "")]),
        ("سيزور", &[("", "سيزور", ""), ("س", "يزور", "")]),
        (
            "وسيعقد",
            &[("", "وسيعقد", ""), ("و", "سيعقد", ""), ("وس", "يعقد", "")],
        ),
    ];
    for (word, expected) in cases {
        assert_eq!(readings(word), *expected, "analyze_word({word:?})");
    }
}

#[test]
fn respects_minimum_stems_and_what_folding_hides() {
    let cases: &[Case] = &[
        // Too short to lose a letter.
        ("بلد", &[("", "بلد", "")]),
        ("ولد", &[("", "ولد", "")]),
        // Kept, but after the whole word.
        ("وزير", &[("", "وزير", ""), ("و", "زير", "")]),
        // A hamza on the alef is not the article.
        ("ألمانيا", &[("", "ألمانيا", "")]),
        ("إلى", &[("", "إلى", "")]),
        // Ta marbuta is not the pronoun ه, alef maqsura not the pronoun ي.
        ("حكومة", &[("", "حكومة", "")]),
        ("مصطفى", &[("", "مصطفى", "")]),
        ("سوريا", &[("", "سوريا", "")]),
    ];
    for (word, expected) in cases {
        assert_eq!(readings(word), *expected, "analyze_word({word:?})");
    }
}

#[test]
fn splits_enclitic_pronouns() {
    let cases: &[Case] = &[
        ("حكومته", &[("", "حكومته", ""), ("", "حكومت", "ه")]),
        (
            "كتابهم",
            &[
                ("", "كتابهم", ""),
                ("", "كتاب", "هم"),
                ("ك", "تابهم", ""),
                ("ك", "تاب", "هم"),
            ],
        ),
        (
            "وزارتها",
            &[
                ("", "وزارتها", ""),
                ("و", "زارتها", ""),
                ("", "وزارت", "ها"),
                ("و", "زارت", "ها"),
            ],
        ),
        ("التونسي", &[("", "التونسي", ""), ("ال", "تونسي", "")]),
        ("تونسي", &[("", "تونسي", ""), ("", "تونس", "ي")]),
    ];
    for (word, expected) in cases {
        assert_eq!(readings(word), *expected, "analyze_word({word:?})");
    }
    let with_pronoun = analyze_word("حكومته");
    assert!(with_pronoun[1].ta_marbuta && !with_pronoun[0].ta_marbuta);
}

#[test]
fn spans_index_the_word_as_written() {
    // Diacritics stay with their letter: the stem of وَالرَّئِيسُ keeps its marks.
    let word = "وَالرَّئِيسُ";
    let best = &analyze_word(word)[0];
    assert_eq!(best.proclitics, "و");
    assert_eq!(&word[best.stem.start..best.stem.end], "الرَّئِيسُ");
    let definite = &analyze_word(word)[1];
    assert!(definite.definite);
    assert_eq!(&word[definite.stem.start..definite.stem.end], "رَّئِيسُ");
    // Tatweel and a ligature: no split cuts a character.
    for word in ["بالـحكومة", "ﻻعب", "ﺑﺎﻟﺤﻜﻮﻣﺔ"] {
        for candidate in analyze_word(word) {
            assert!(
                candidate.stem.slice(word).is_some(),
                "{word}: {candidate:?}"
            );
        }
    }
    assert_eq!(readings("ﺑﺎﻟﺤﻜﻮﻣﺔ")[1], ("بال", "ﺤﻜﻮﻣﺔ", ""));
}

#[test]
fn non_arabic_words_are_their_own_stem() {
    for word in ["Paris", "2024", "", "👍"] {
        assert_eq!(readings(word), [("", word, "")]);
    }
}

#[test]
fn strips_article_chains_for_matching_keys() {
    let cases = [
        ("والرييس", "رييس"),
        ("بالحكومه", "حكومه"),
        ("للرييس", "رييس"),
        ("الجزاير", "جزاير"),
        ("وبالجزاير", "جزاير"),
        ("تونس", "تونس"),
        ("بلجيكا", "بلجيكا"),
        ("وزير", "وزير"),
        ("الا", "الا"),
    ];
    for (word, expected) in cases {
        assert_eq!(
            strip_proclitics(word),
            expected,
            "strip_proclitics({word:?})"
        );
    }
    assert_eq!(strip_article("الرييس"), "رييس");
    assert_eq!(strip_article("والرييس"), "والرييس");
}
