//! Every correction, applied on a resolution, then undone and redone.

mod corpus_common;

use corpus_common::{Fixture, article, id_named, resolve_all, summary, texts};
use marsad_core::EntityType::{self, Loc, Misc, Org, Pers};
use marsad_core::MentionSource;
use marsad_core::corpus::{Correction, EditHistory, EntityId, Resolution, apply};

fn corpus() -> Vec<Fixture> {
    vec![
        article(
            "قال منير الحداد إن الحداد سيزور صفاقس. وأكدت جمعية الأفق ذلك في صفاقس.",
            &[
                ("منير الحداد", Pers),
                ("الحداد", Pers),
                ("صفاقس", Loc),
                ("جمعية الأفق", Org),
                ("صفاقس", Loc),
            ],
        ),
        article(
            "التقى م. الحداد ممثلي الأفق في سوسة. وبعدها زار مهرجان الزيتون.",
            &[("م. الحداد", Pers), ("الأفق", Org), ("سوسة", Loc)],
        ),
    ]
}

type Summary = Vec<(String, EntityType, usize, usize, Vec<String>)>;

fn row(
    name: &str,
    t: EntityType,
    mentions: usize,
    articles: usize,
    aliases: &[&str],
) -> (String, EntityType, usize, usize, Vec<String>) {
    (
        name.to_owned(),
        t,
        mentions,
        articles,
        aliases.iter().map(|s| (*s).to_owned()).collect(),
    )
}

/// Applies one correction through an edit history, checks the view, then
/// checks that undo gives back the base view and redo the corrected one.
fn check(name: &str, correction: &Correction, want: &Summary, extra: &dyn Fn(&Resolution)) {
    let fixtures = corpus();
    let base = resolve_all(&fixtures);
    let texts = texts(&fixtures);
    let mut history = EditHistory::default();
    history.push(correction.clone());
    let corrected = apply(&base, history.corrections(), &texts);
    assert_eq!(&summary(&corrected), want, "{name}: corrected view");
    extra(&corrected);

    assert_eq!(history.undo(), Some(correction), "{name}: undo");
    assert!(!history.can_undo() && history.can_redo());
    assert_eq!(
        apply(&base, history.corrections(), &texts),
        base,
        "{name}: undo restores the base view"
    );

    assert_eq!(history.redo(), Some(correction), "{name}: redo");
    assert_eq!(
        apply(&base, history.corrections(), &texts),
        corrected,
        "{name}: redo restores the correction"
    );
    assert_eq!(history.redo(), None);
}

#[test]
fn base_view() {
    let base = resolve_all(&corpus());
    assert_eq!(
        summary(&base),
        vec![
            row("صفاقس", Loc, 2, 1, &[]),
            row("منير الحداد", Pers, 2, 1, &["الحداد"]),
            row("الأفق", Org, 1, 1, &[]),
            row("جمعية الأفق", Org, 1, 1, &[]),
            row("سوسة", Loc, 1, 1, &[]),
            row("م. الحداد", Pers, 1, 1, &[]),
        ]
    );
}

#[test]
fn merge() {
    let base = resolve_all(&corpus());
    let correction = Correction::Merge {
        into: id_named(&base, "جمعية الأفق"),
        merged: id_named(&base, "الأفق"),
    };
    let want = vec![
        row("جمعية الأفق", Org, 2, 2, &["الأفق"]),
        row("صفاقس", Loc, 2, 1, &[]),
        row("منير الحداد", Pers, 2, 1, &["الحداد"]),
        row("سوسة", Loc, 1, 1, &[]),
        row("م. الحداد", Pers, 1, 1, &[]),
    ];
    check("merge", &correction, &want, &|r| {
        assert_eq!(
            r.mention_entity(1, 1).map(EntityId::as_str),
            Some("ORG:جمعيه الافق")
        );
    });
}

#[test]
fn split_alias() {
    let base = resolve_all(&corpus());
    let correction = Correction::SplitAlias {
        entity: id_named(&base, "منير الحداد"),
        alias: "الحداد".to_owned(),
    };
    let want = vec![
        row("صفاقس", Loc, 2, 1, &[]),
        row("الأفق", Org, 1, 1, &[]),
        row("الحداد", Pers, 1, 1, &[]),
        row("جمعية الأفق", Org, 1, 1, &[]),
        row("سوسة", Loc, 1, 1, &[]),
        row("م. الحداد", Pers, 1, 1, &[]),
        row("منير الحداد", Pers, 1, 1, &[]),
    ];
    check("split", &correction, &want, &|r| {
        assert_eq!(
            r.mention_entity(0, 1).map(EntityId::as_str),
            Some("PERS:الحداد")
        );
    });
}

#[test]
fn rename() {
    let base = resolve_all(&corpus());
    let correction = Correction::Rename {
        entity: id_named(&base, "منير الحداد"),
        name: "منير بن صالح الحداد".to_owned(),
    };
    let want = vec![
        row("صفاقس", Loc, 2, 1, &[]),
        row(
            "منير بن صالح الحداد",
            Pers,
            2,
            1,
            &["الحداد", "منير الحداد"],
        ),
        row("الأفق", Org, 1, 1, &[]),
        row("جمعية الأفق", Org, 1, 1, &[]),
        row("سوسة", Loc, 1, 1, &[]),
        row("م. الحداد", Pers, 1, 1, &[]),
    ];
    // The id does not follow the name, so later corrections still find it.
    check("rename", &correction, &want, &|r| {
        assert!(r.entity(&EntityId::from("PERS:منير الحداد")).is_some());
    });
}

#[test]
fn change_type() {
    let base = resolve_all(&corpus());
    let correction = Correction::ChangeType {
        entity: id_named(&base, "الأفق"),
        entity_type: Misc,
    };
    let want = vec![
        row("صفاقس", Loc, 2, 1, &[]),
        row("منير الحداد", Pers, 2, 1, &["الحداد"]),
        row("الأفق", Misc, 1, 1, &[]),
        row("جمعية الأفق", Org, 1, 1, &[]),
        row("سوسة", Loc, 1, 1, &[]),
        row("م. الحداد", Pers, 1, 1, &[]),
    ];
    check("change type", &correction, &want, &|r| {
        let mention = r
            .articles
            .get(1)
            .and_then(|l| l.get(1))
            .map(|m| m.mention.entity_type);
        assert_eq!(mention, Some(Misc));
        assert!(
            r.entity(&EntityId::from("ORG:الافق")).is_some(),
            "the id stays"
        );
    });
}

#[test]
fn hide_and_unhide() {
    let base = resolve_all(&corpus());
    let id = id_named(&base, "سوسة");
    let hidden_view = summary(&base);
    check(
        "hide",
        &Correction::Hide { entity: id.clone() },
        &hidden_view,
        &|r| {
            assert_eq!(r.entity(&id).map(|e| e.hidden), Some(true));
            assert_eq!(r.visible().count(), r.entities.len() - 1);
        },
    );
    let texts_fixtures = corpus();
    let texts = texts(&texts_fixtures);
    let both = [
        Correction::Hide { entity: id.clone() },
        Correction::Unhide { entity: id.clone() },
    ];
    assert_eq!(apply(&base, &both, &texts), base, "unhide cancels hide");
}

#[test]
fn add_entity_tags_every_occurrence() {
    let correction = Correction::add_entity("مهرجان الزيتون", Misc);
    let want = vec![
        row("صفاقس", Loc, 2, 1, &[]),
        row("منير الحداد", Pers, 2, 1, &["الحداد"]),
        row("الأفق", Org, 1, 1, &[]),
        row("جمعية الأفق", Org, 1, 1, &[]),
        row("سوسة", Loc, 1, 1, &[]),
        row("م. الحداد", Pers, 1, 1, &[]),
        row("مهرجان الزيتون", Misc, 1, 1, &[]),
    ];
    check("add", &correction, &want, &|r| {
        let added = r
            .articles
            .get(1)
            .and_then(|l| l.last())
            .map(|m| (m.mention.text.as_str(), m.mention.source));
        assert_eq!(added, Some(("مهرجان الزيتون", MentionSource::User)));
    });

    // A form already found takes over that mention, but a longer mention
    // around it (a full name, an initial and surname) keeps its own.
    let correction = Correction::add_entity("الحداد", Pers);
    let want = vec![
        row("صفاقس", Loc, 2, 1, &[]),
        row("الأفق", Org, 1, 1, &[]),
        row("الحداد", Pers, 1, 1, &[]),
        row("جمعية الأفق", Org, 1, 1, &[]),
        row("سوسة", Loc, 1, 1, &[]),
        row("م. الحداد", Pers, 1, 1, &[]),
        row("منير الحداد", Pers, 1, 1, &[]),
    ];
    check("add over existing", &correction, &want, &|_| {});
}

#[test]
fn corrections_chain_and_stale_ids_do_nothing() {
    let fixtures = corpus();
    let base = resolve_all(&fixtures);
    let texts = texts(&fixtures);
    let org = id_named(&base, "جمعية الأفق");
    let log = vec![
        Correction::Merge {
            into: org.clone(),
            merged: id_named(&base, "الأفق"),
        },
        Correction::Rename {
            entity: org.clone(),
            name: "جمعية الأفق الثقافية".to_owned(),
        },
        Correction::Hide {
            entity: EntityId::from("LOC:لا وجود له"),
        },
        Correction::Merge {
            into: org.clone(),
            merged: EntityId::from("ORG:غير موجود"),
        },
    ];
    let view = apply(&base, &log, &texts);
    let entity = view
        .entity(&org)
        .map(|e| (e.name.as_str(), e.mention_count, e.aliases.clone()));
    assert_eq!(
        entity,
        Some((
            "جمعية الأفق الثقافية",
            2,
            vec!["الأفق".to_owned(), "جمعية الأفق".to_owned()]
        ))
    );
    assert_eq!(view.entities.len(), base.entities.len() - 1);

    // Undoing the merge in a longer history keeps the later rename.
    let mut history = EditHistory::from_log(log);
    history.undo();
    history.undo();
    history.undo();
    history.push(Correction::Rename {
        entity: org.clone(),
        name: "الأفق".to_owned(),
    });
    assert!(!history.can_redo(), "a new correction clears redo");
    assert_eq!(history.corrections().len(), 2);
}

#[test]
fn corrections_round_trip_through_serde() {
    let log = vec![
        Correction::Merge {
            into: EntityId::from("ORG:ا"),
            merged: EntityId::from("ORG:ب"),
        },
        Correction::SplitAlias {
            entity: EntityId::from("PERS:ج"),
            alias: "د".to_owned(),
        },
        Correction::add_entity("مرصد", Org),
    ];
    let json = serde_json::to_string(&log).unwrap_or_default();
    let back: Vec<Correction> = serde_json::from_str(&json).unwrap_or_default();
    assert_eq!(back, log);
    assert!(
        json.contains("\"ORG:مرصد\""),
        "ids serialize as plain strings: {json}"
    );
}
