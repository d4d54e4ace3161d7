//! The seed articles' alias groups resolve to one entity each.
//!
//! Uses `/work/shared/seeds` (not shipped); without it the test returns
//! early and says so, so a fresh checkout still passes.

use std::path::Path;

use marsad_core::corpus::{ArticleMentions, resolve};
use marsad_core::entities::gazetteer::Gazetteer;
use marsad_core::{Mention, MentionSource};

#[test]
fn seed_alias_groups_resolve_to_one_entity() {
    let dir = Path::new("/work/shared/seeds");
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("skipped: {} is not available", dir.display());
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let gazetteer = Gazetteer::bundled();
    let mentions: Vec<Vec<Mention>> = texts
        .iter()
        .map(|text| {
            gazetteer
                .find(text)
                .into_iter()
                .filter(|m| !m.is_title)
                .filter_map(|m| {
                    Some(Mention {
                        span: m.span,
                        text: m.span.slice(text)?.to_owned(),
                        entity_type: m.entity_type,
                        source: MentionSource::Gazetteer,
                        confidence: marsad_core::Confidence::CERTAIN,
                    })
                })
                .collect()
        })
        .collect();
    let inputs: Vec<ArticleMentions<'_>> = texts
        .iter()
        .zip(&mentions)
        .enumerate()
        .map(|(i, (text, mentions))| ArticleMentions {
            article: i,
            text,
            mentions,
            sentences: &[],
        })
        .collect();
    let resolution = resolve(&inputs);
    let entity_of = |surface: &str| {
        resolution
            .articles
            .iter()
            .flatten()
            .find(|m| m.mention.text == surface)
            .map(|m| m.entity.as_str().to_owned())
    };
    let same = [
        ("سنتكوم", "القيادة الوسطى الأمريكية"),
        ("البنتاغون", "وزارة الدفاع الأميركية"),
        ("الولايات المتحدة", "الولايات المتحدة الأميركية"),
        ("حماس", "حركة حماس"),
    ];
    for (a, b) in same {
        assert!(entity_of(a).is_some(), "«{a}» not found in the seeds");
        assert_eq!(
            entity_of(a),
            entity_of(b),
            "«{a}» and «{b}» should be one entity"
        );
    }
    assert_ne!(
        entity_of("واشنطن"),
        entity_of("الولايات المتحدة"),
        "واشنطن is a place of its own"
    );
}
