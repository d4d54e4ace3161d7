//! Gazetteer lookups (canonical names, word features, demonyms) and list hygiene.

use marsad_core::EntityType::{self, Loc, Org, Pers};
use marsad_core::entities::gazetteer::{Gazetteer, GazetteerError, WordRoles};
use marsad_core::text::fold::fold_key;

#[test]
fn canonical_of_folded_forms() {
    let gazetteer = Gazetteer::bundled();
    let cases: &[(&str, Option<(&str, EntityType)>)] = &[
        ("اميركا", Some(("الولايات المتحدة", Loc))),
        ("الولايات المتحده الامريكيه", Some(("الولايات المتحدة", Loc))),
        ("لولايات المتحده", Some(("الولايات المتحدة", Loc))),
        ("سنتكوم", Some(("القيادة الوسطى الأمريكية", Org))),
        ("البنتاغون", Some(("وزارة الدفاع الأمريكية", Org))),
        ("واشنطن", Some(("واشنطن", Loc))),
        ("ترمب", Some(("دونالد ترامب", Pers))),
        ("الرييس", None),
        ("كلمة عادية", None),
    ];
    for (input, want) in cases {
        assert_eq!(gazetteer.canonical_of(input), *want, "for {input}");
    }
}

#[test]
fn word_features() {
    let gazetteer = Gazetteer::bundled();
    assert_eq!(gazetteer.word_type("تونس"), Some(Loc));
    assert_eq!(gazetteer.word_type("رويترز"), Some(Org));
    assert_eq!(gazetteer.word_type("المتحده"), None);
    let roles = gazetteer.word_roles("المتحده");
    assert_eq!(roles.single, None);
    assert_eq!(roles.inside, Some(Loc));
    assert_eq!(gazetteer.word_roles("غير_موجود"), WordRoles::default());
    for word in ["الرييس", "وزير", "المتحدث", "الشيخ", "الدكتور", "د."]
    {
        assert!(
            gazetteer.is_title_word(word),
            "{word} should be a title word"
        );
    }
    for word in ["تونس", "باسم", "الخارجيه"] {
        assert!(!gazetteer.is_title_word(word), "{word} is not a title word");
    }
}

#[test]
fn demonyms_point_to_their_country() {
    let gazetteer = Gazetteer::bundled();
    let cases = [
        ("الامريكيه", Some("الولايات المتحدة")),
        ("اميركي", Some("الولايات المتحدة")),
        ("المصريين", Some("مصر")),
        ("الاسراييلي", Some("إسرائيل")),
        ("التونسيون", Some("تونس")),
        ("الصفاقسي", Some("صفاقس")),
        ("مالي", None),
        ("بيت", None),
    ];
    for (word, want) in cases {
        assert_eq!(gazetteer.demonym_country(word), want, "for {word}");
    }
}

#[test]
fn bundled_lists_parse_strictly_without_conflicts() {
    let result = Gazetteer::from_sources(Gazetteer::bundled_sources());
    assert!(result.is_ok(), "{:?}", result.err());
    let gazetteer = Gazetteer::bundled();
    assert!(gazetteer.len() > 1500, "only {} entries", gazetteer.len());
}

#[test]
fn every_canonical_resolves_to_itself() {
    let gazetteer = Gazetteer::bundled();
    for (name, text) in Gazetteer::bundled_sources() {
        if name.starts_with("titles") || name.starts_with("demonyms") {
            continue;
        }
        for line in text.lines() {
            let mut fields = line.split('\t');
            let (Some(_), Some(ty), Some(canonical)) =
                (fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            let resolved = gazetteer.canonical_of(&fold_key(canonical));
            assert!(
                resolved.is_none_or(|(c, t)| c == canonical && t.as_str() == ty),
                "{name}: canonical «{canonical}» resolves to {resolved:?}"
            );
        }
    }
}

#[test]
fn titles_never_swallow_a_name() {
    // A title containing a whole entry would hide that entry from the matcher.
    let gazetteer = Gazetteer::bundled();
    let titles = Gazetteer::bundled_sources()
        .iter()
        .find(|(name, _)| *name == "titles.tsv")
        .map_or("", |(_, text)| text);
    for line in titles.lines() {
        let surface = line.split('\t').next().unwrap_or_default();
        let hits = gazetteer.find(surface);
        assert!(
            hits.iter().all(|m| m.is_title),
            "title «{surface}» contains a name: {hits:?}"
        );
    }
}

#[test]
fn strict_parsing_reports_bad_lines() {
    let cases: &[(&str, GazetteerError)] = &[
        (
            "تونس\tLOC",
            GazetteerError::BadLine {
                file: "t.tsv".into(),
                line: 1,
                why: "entity without a canonical name".into(),
            },
        ),
        (
            "\n\nتونس\tCITY\tتونس",
            GazetteerError::BadLine {
                file: "t.tsv".into(),
                line: 3,
                why: "unknown type".into(),
            },
        ),
        (
            "تونس\tLOC\tتونس\nتونس\tORG\tتونس",
            GazetteerError::Conflict {
                file: "t.tsv".into(),
                line: 2,
                surface: "تونس".into(),
            },
        ),
    ];
    for (text, want) in cases {
        assert_eq!(
            Gazetteer::from_sources(&[("t.tsv", text)]).err().as_ref(),
            Some(want),
            "for {text:?}"
        );
    }
}

#[test]
fn a_small_custom_list_matches() {
    let gazetteer = Gazetteer::from_sources(&[
        (
            "mine.tsv",
            "# comment\nمرصد\tORG\tمرصد\nالمرصد\tORG\tمرصد\n",
        ),
        ("titles.tsv", "المحلل\tTITLE\t\n"),
    ]);
    let Ok(gazetteer) = gazetteer else {
        panic!("custom list should parse");
    };
    let text = "قال المحلل في المرصد ولمرصد آخر";
    let got: Vec<&str> = gazetteer
        .find(text)
        .iter()
        .filter_map(|m| m.span.slice(text))
        .collect();
    assert_eq!(got, vec!["المحلل", "المرصد", "مرصد"]);
}
