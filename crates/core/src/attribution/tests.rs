//! The two steps on small texts, with no entity mentions: what the words alone decide.

use super::*;
use crate::article::parse;

/// (source, kind, verb, statement) of each attribution in `text`.
fn attributions(text: &str) -> Vec<(String, SourceKind, String, String)> {
    let parsed = parse(text);
    attribute(text, &parsed.claims, &[], &Gazetteer::bundled())
        .into_iter()
        .map(|a| {
            let statement = a.statement.slice(text).unwrap_or_default().to_owned();
            (a.source, a.kind, a.verb, statement)
        })
        .collect()
}

#[test]
fn a_verb_its_subject_and_the_clause_after_inna() {
    let found = attributions("عنوان\nوقال مسؤول كبير في الوزارة إن الوفد سيصل غدا.\n");
    assert_eq!(
        found,
        vec![(
            "مسؤول كبير في الوزارة".to_owned(),
            SourceKind::Anonymous,
            "قال".to_owned(),
            "الوفد سيصل غدا".to_owned()
        )]
    );
}

#[test]
fn frames_that_name_no_source_stay_out() {
    for text in [
        "عنوان\nتهدف هذه القوة، وفقًا للتصريحات الأولية، إلى تأسيس مركز تنسيق.\n",
        "عنوان\nوتوزع المساعدات حسب الخطة المعلنة على كل المناطق.\n",
        "عنوان\nويتم ذلك وفقا للقانون المعمول به في البلاد.\n",
        "عنوان\nوستنخفض الأسعار بحسب التوقعات خلال الصيف المقبل.\n",
    ] {
        assert_eq!(attributions(text), vec![], "{text}");
    }
}

#[test]
fn a_megabyte_of_reports_on_one_line_is_read_in_one_pass() {
    // One line, no full stop: a sentence of ~200,000 words with 10,000 reports,
    // quotations and references back. Anything quadratic would not finish.
    let report = "وقال المسؤول للموقع، «نحن ملتزمون بكل ما اتفقنا عليه»، مضيفا أن الوفد وصل، بحسب مصادر مطلعة، ";
    let text = format!("عنوان\n{}\n", report.repeat(10_000));
    let parsed = parse(&text);
    let found = attribute(&text, &parsed.claims, &[], &Gazetteer::bundled());
    assert!(found.len() >= 10_000, "{} reports", found.len());
    for a in &found {
        assert!(a.statement.slice(&text).is_some());
        assert!(a.span.slice(&text).is_some());
    }
    assert_eq!(parsed.quotes.len(), 10_000);
}

#[test]
fn corrections_replace_the_source_change_the_kind_or_drop_the_statement() {
    let text = "عنوان\nوقال مسؤول إن الوفد وصل. وأفادت الصحيفة بأن الاجتماع تأجل. وقال شاهد إن الطريق أغلق.\n";
    let parsed = parse(text);
    let found = attribute(text, &parsed.claims, &[], &Gazetteer::bundled());
    assert_eq!(found.len(), 3);
    let corrections = [
        Correction::Source {
            cue: found[0].cue,
            source: "وزير الداخلية".to_owned(),
            entity: Some("PERS:وزير".to_owned()),
            kind: Some(SourceKind::Person),
        },
        Correction::Kind {
            cue: found[1].cue,
            kind: SourceKind::Organization,
        },
        Correction::NotAStatement { cue: found[2].cue },
        // A fix for a verb the text no longer has is ignored.
        Correction::NotAStatement {
            cue: Span::new(0, 1),
        },
    ];
    let fixed = apply_corrections(&found, &corrections);
    let summary: Vec<(&str, SourceKind, Option<&str>, bool)> = fixed
        .iter()
        .map(|a| (a.source.as_str(), a.kind, a.entity.as_deref(), a.corrected))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("وزير الداخلية", SourceKind::Person, Some("PERS:وزير"), true),
            ("الصحيفة", SourceKind::Organization, None, true),
        ]
    );
    assert_eq!(
        fixed[0].anonymous, None,
        "a person named is no unnamed source"
    );
    assert_eq!(fixed[1].anonymous, None);
}
