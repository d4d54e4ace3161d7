//! The analyst's fixes to attributions (who said what), with undo and redo, and the
//! key a source is known by across articles.
//!
//! The fixes are the workspace's own records ([`AttributionCorrection`]: the article,
//! the verb or frame it names, what is right), kept in the order they were made. An
//! article's attributions as shown are the analysis's with that article's fixes
//! replayed (`attribution::apply_corrections`), which is what the exports write too.

use std::borrow::Cow;
use std::collections::HashMap;

use marsad_core::attribution::{self, Attribution, Correction, SourceKind};
use marsad_storage::AttributionCorrection;

/// A source as the Sources view counts it: its kind and what names it across
/// articles (an entity id when the source is a known entity, else its folded words).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SourceKey {
    pub kind: SourceKind,
    /// `ORG:اكسيوس`, or `~` and the folded words (`~مسوول امريكي`).
    pub name: String,
}

impl SourceKey {
    /// The key of a source that is the entity `entity`.
    pub fn entity(kind: SourceKind, entity: &str) -> Self {
        Self {
            kind,
            name: entity.to_owned(),
        }
    }

    /// The key of a source known only by its words, folded.
    pub fn words(kind: SourceKind, folded: &str) -> Self {
        Self {
            kind,
            name: format!("~{folded}"),
        }
    }

    /// The entity id in the key, if the source is an entity.
    pub fn entity_id(&self) -> Option<&str> {
        (!self.name.starts_with('~')).then_some(self.name.as_str())
    }
}

/// The analyst's fixes to attributions, oldest first, with the ones undone kept for redo.
#[derive(Debug, Default)]
pub struct AttributionFixes {
    done: Vec<AttributionCorrection>,
    undone: Vec<AttributionCorrection>,
    /// How many fixes came from a saved list: undo stops there, as in a reopened document.
    floor: usize,
    /// Each article's fixes in effect, in core terms, by article path.
    by_article: HashMap<String, Vec<Correction>>,
    /// Bumped whenever the fixes in effect change, so caches know when to rebuild.
    generation: u64,
}

impl AttributionFixes {
    /// The fixes in effect, oldest first (what a workspace saves).
    pub fn log(&self) -> &[AttributionCorrection] {
        &self.done
    }

    /// Changes whenever the fixes in effect change.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// True when there is a fix to undo (not one replayed from a saved list).
    pub fn can_undo(&self) -> bool {
        self.done.len() > self.floor
    }

    /// True when there is an undone fix to redo.
    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    /// Records a new fix; what was undone can no longer be redone.
    pub fn push(&mut self, fix: AttributionCorrection) {
        self.done.push(fix);
        self.undone.clear();
        self.changed();
    }

    /// Takes back the last fix; returns it.
    pub fn undo(&mut self) -> Option<AttributionCorrection> {
        if !self.can_undo() {
            return None;
        }
        let fix = self.done.pop()?;
        self.undone.push(fix.clone());
        self.changed();
        Some(fix)
    }

    /// Makes the last undone fix again; returns it.
    pub fn redo(&mut self) -> Option<AttributionCorrection> {
        let fix = self.undone.pop()?;
        self.done.push(fix.clone());
        self.changed();
        Some(fix)
    }

    /// Replaces the fixes with a saved list; undo stops at it.
    pub fn replace(&mut self, fixes: Vec<AttributionCorrection>) {
        self.floor = fixes.len();
        self.done = fixes;
        self.undone.clear();
        self.changed();
    }

    /// An article's attributions with its fixes replayed (borrowed when it has none).
    pub fn apply<'a>(&self, path: &str, attributions: &'a [Attribution]) -> Cow<'a, [Attribution]> {
        match self.by_article.get(path) {
            Some(fixes) => Cow::Owned(attribution::apply_corrections(attributions, fixes)),
            None => Cow::Borrowed(attributions),
        }
    }

    /// True when the article at `path` has fixes in effect.
    pub fn has_fixes(&self, path: &str) -> bool {
        self.by_article.contains_key(path)
    }

    fn changed(&mut self) {
        self.by_article.clear();
        for fix in &self.done {
            self.by_article
                .entry(fix.article().to_owned())
                .or_default()
                .push(fix.to_core());
        }
        self.generation += 1;
    }
}

#[cfg(test)]
mod tests {
    use marsad_core::Span;

    use super::*;

    fn not_a_statement(article: &str, cue: usize) -> AttributionCorrection {
        AttributionCorrection::NotAStatement {
            article: article.to_owned(),
            cue: Span::new(cue, cue + 6),
        }
    }

    #[test]
    fn undo_and_redo_walk_the_fixes_and_stop_at_the_saved_ones() {
        let mut fixes = AttributionFixes::default();
        fixes.replace(vec![not_a_statement("a.txt", 10)]);
        assert!(!fixes.can_undo(), "a saved fix is the floor");
        fixes.push(not_a_statement("b.txt", 20));
        fixes.push(not_a_statement("b.txt", 40));
        assert!(fixes.has_fixes("b.txt"));
        assert_eq!(fixes.undo(), Some(not_a_statement("b.txt", 40)));
        assert_eq!(fixes.undo(), Some(not_a_statement("b.txt", 20)));
        assert_eq!(fixes.undo(), None);
        assert!(!fixes.has_fixes("b.txt"));
        assert!(fixes.has_fixes("a.txt"));
        assert_eq!(fixes.redo(), Some(not_a_statement("b.txt", 20)));
        fixes.push(not_a_statement("c.txt", 5));
        assert!(!fixes.can_redo(), "a new fix ends redo");
        assert_eq!(fixes.log().len(), 3);
    }

    #[test]
    fn a_key_names_an_entity_or_folded_words() {
        let entity = SourceKey::entity(SourceKind::Outlet, "ORG:اكسيوس");
        assert_eq!(entity.entity_id(), Some("ORG:اكسيوس"));
        let words = SourceKey::words(SourceKind::Anonymous, "مسوول امريكي");
        assert_eq!(words.entity_id(), None);
        assert_ne!(entity, words);
    }
}
