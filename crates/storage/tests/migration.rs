//! Format 1 workspaces open in this build with nothing the analyst did lost.

use std::path::Path;

use marsad_core::EntityType;
use marsad_storage::{EntityCorrection, FORMAT_VERSION, Language, Theme, Workspace};

fn fixture() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/v1.ron"
    ))
}

fn upgraded() -> Workspace {
    match marsad_storage::load(fixture()) {
        Ok(workspace) => workspace,
        Err(error) => panic!("the v1 fixture must load: {error}"),
    }
}

#[test]
fn a_v1_file_is_upgraded_to_the_current_version() {
    let workspace = upgraded();
    assert_eq!(workspace.format_version, FORMAT_VERSION);
    assert_eq!(workspace.corpus.path, "articles");
    assert_eq!(
        workspace.articles["tunis/2024-03-01-majlis.txt"].content_hash,
        "9f2c7c1e5b0a4d3e8f6a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6"
    );
    assert_eq!(workspace.articles.len(), 2);
}

#[test]
fn v1_merges_renames_and_hidden_become_corrections_in_replay_order() {
    let expected = vec![
        EntityCorrection::Merge {
            into: "LOC:تونس".into(),
            merged: "LOC:تونس العاصمة".into(),
        },
        EntityCorrection::Merge {
            into: "PERS:عبدالرحمن".into(),
            merged: "PERS:عبد الرحمن".into(),
        },
        EntityCorrection::Rename {
            entity: "PERS:عبدالرحمن".into(),
            name: "عبد الرحمن بن سالم".into(),
        },
        EntityCorrection::Hide {
            entity: "MISC:الأسبوع".into(),
        },
    ];
    assert_eq!(upgraded().corrections, expected);
}

#[test]
fn v1_notes_tags_and_settings_are_kept() {
    let workspace = upgraded();
    assert_eq!(
        workspace.notes.articles["tunis/2024-03-01-majlis.txt"],
        "تصريح الوزير يناقض بيان المجلس"
    );
    let tags: Vec<_> = workspace
        .article_tags("tunis/2024-03-01-majlis.txt")
        .collect();
    assert_eq!(tags, ["اقتصاد", "للمراجعة"]);
    // Format 1 had no tag colours: each tag gets a distinct one.
    let colours: Vec<_> = workspace
        .tags
        .definitions
        .values()
        .map(|d| d.colour)
        .collect();
    assert_eq!(colours.len(), 2);
    assert_ne!(colours[0], colours[1]);
    assert_eq!(workspace.view.language, Language::Ar);
    assert_eq!(workspace.view.theme, Theme::Dark);
    assert!((workspace.view.font_size - 20.0).abs() < f32::EPSILON);
    assert_eq!(
        workspace.selected_article.as_deref(),
        Some("tunis/2024-03-02-wizara.txt")
    );
}

#[test]
fn an_upgraded_workspace_saves_as_the_current_format_and_reloads_equal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("upgraded.ron");
    let workspace = upgraded();
    marsad_storage::save(&path, &workspace).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(&format!("format_version: {FORMAT_VERSION},")));
    assert!(!text.contains("merges"));
    assert_eq!(marsad_storage::load(&path).unwrap(), workspace);
}

#[test]
fn a_newer_format_is_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.ron");
    let future = format!("(format_version: {}, hologram: true)", FORMAT_VERSION + 1);
    std::fs::write(&path, &future).unwrap();
    let error = marsad_storage::load(&path).unwrap_err();
    assert!(
        matches!(error, marsad_storage::Error::NewerVersion { found, supported, .. }
            if found == FORMAT_VERSION + 1 && supported == FORMAT_VERSION),
        "{error}"
    );
    assert!(error.to_string().contains("newer Marsad"), "{error}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), future);
}

#[test]
fn a_file_without_a_version_gets_a_located_error() {
    let cases = [
        ("()", "format_version"),
        ("(formt_version: 2)", "formt_version"),
        ("(format_version: 0)", "version 0"),
    ];
    for (text, expected) in cases {
        let error =
            marsad_storage::from_ron_bytes(Path::new("w.ron"), text.as_bytes()).unwrap_err();
        assert!(error.to_string().contains(expected), "{text}: {error}");
    }
}

#[test]
fn user_added_entities_keep_their_type() {
    let correction = EntityCorrection::AddEntity {
        id: "user:1".into(),
        name: "الهيئة العليا المستقلة للانتخابات".into(),
        entity_type: EntityType::Org,
        aliases: vec!["هيئة الانتخابات".into()],
    };
    let workspace = Workspace {
        corrections: vec![correction.clone()],
        ..Workspace::default()
    };
    let text = marsad_storage::to_ron_string(&workspace).unwrap();
    assert!(text.contains("entity_type: ORG"), "{text}");
    let back = marsad_storage::from_ron_bytes(Path::new("w.ron"), text.as_bytes()).unwrap();
    assert_eq!(back.corrections, vec![correction]);
}

#[test]
fn corrections_convert_to_the_cores_and_back_unchanged() {
    let workspace = upgraded();
    let core = workspace.core_corrections();
    assert_eq!(core.len(), workspace.corrections.len());
    let back: Vec<EntityCorrection> = core.iter().map(Into::into).collect();
    assert_eq!(back, workspace.corrections);
}
