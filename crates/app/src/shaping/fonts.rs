//! The bundled fonts and the font database built from them.
//!
//! The fonts are embedded so Arabic looks the same everywhere and startup does not scan
//! every system font (cosmic-text's `FontSystem::new` can take seconds in a debug build).
//! See `assets/fonts/README.md` for provenance and licence.

use std::sync::Arc;

use cosmic_text::fontdb;

/// Family name of the bundled Arabic face.
pub const ARABIC_FAMILY: &str = "Noto Naskh Arabic";
/// Family name of the bundled Latin companion face.
pub const LATIN_FAMILY: &str = "Noto Sans";

/// The bundled font files, regular and bold of each family.
const BUNDLED: &[&[u8]] = &[
    include_bytes!("../../../../assets/fonts/NotoNaskhArabic-Regular.ttf"),
    include_bytes!("../../../../assets/fonts/NotoNaskhArabic-Bold.ttf"),
    include_bytes!("../../../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../../../assets/fonts/NotoSans-Bold.ttf"),
];

/// Builds the font database: the bundled faces, plus the system's when `system_fallback`.
pub fn database(system_fallback: bool) -> fontdb::Database {
    let mut db = fontdb::Database::new();
    for data in BUNDLED {
        db.load_font_source(fontdb::Source::Binary(Arc::new(*data)));
    }
    if system_fallback {
        db.load_system_fonts();
    }
    // Generic families resolve to the bundled faces, so `Family::SansSerif` never picks a
    // system font that lacks Arabic.
    db.set_sans_serif_family(LATIN_FAMILY);
    db.set_serif_family(ARABIC_FAMILY);
    db
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_database_has_both_families_in_two_weights() {
        let db = database(false);
        for family in [ARABIC_FAMILY, LATIN_FAMILY] {
            for weight in [fontdb::Weight::NORMAL, fontdb::Weight::BOLD] {
                let query = fontdb::Query {
                    families: &[fontdb::Family::Name(family)],
                    weight,
                    ..fontdb::Query::default()
                };
                let id = db.query(&query);
                let face = id.and_then(|id| db.face(id));
                assert_eq!(face.map(|f| f.weight), Some(weight), "{family} {weight:?}");
            }
        }
        assert_eq!(db.len(), 4);
    }
}
