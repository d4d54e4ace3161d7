//! Turning a mention's text into the name it stands for and its resolution key.
//!
//! The key is the folded form without titles or proclitics, with whitespace
//! squashed: أمريكا and أميركا differ, but هيئة and هيئه fold together and
//! وروبيو becomes روبيو when روبيو is known on its own.

use crate::entities::gazetteer::Gazetteer;
use crate::text::fold::fold_key;
use crate::text::proclitics::{self, ProcliticOptions, Split};

/// Folded, whitespace-squashed key of a name.
pub(crate) fn key_of(name: &str) -> String {
    let folded = fold_key(name);
    let mut out = String::with_capacity(folded.len());
    for word in folded.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{64b}'..='\u{65f}' | '\u{670}' | '\u{6d6}'..='\u{6ed}' | '\u{640}')
}

/// The mention text without surrounding punctuation and leading titles:
/// «الرئيس الأمريكي جو بايدن» → «جو بايدن».
pub(crate) fn clean_surface(gazetteer: &Gazetteer, text: &str) -> String {
    let trimmed = text.trim_matches(|c: char| !c.is_alphanumeric() && !is_mark(c));
    let mut rest = trimmed;
    // Titles can stack (وزير الخارجية الأمريكي السيد …); drop them one at a time.
    for _ in 0..4 {
        let hits = gazetteer.find(rest);
        let Some(first) = hits.first() else {
            break;
        };
        if !first.is_title || first.span.start != 0 {
            break;
        }
        let after = rest.get(first.span.end..).unwrap_or_default().trim_start();
        if after.is_empty() || !after.starts_with(char::is_alphanumeric) {
            break;
        }
        rest = after;
    }
    rest.to_owned()
}

/// Drops the first `letters` letters (and their marks) of `surface`.
pub(crate) fn drop_letters(surface: &str, letters: usize) -> &str {
    let mut seen = 0;
    for (i, c) in surface.char_indices() {
        if is_mark(c) {
            continue;
        }
        if seen == letters {
            return &surface[i..];
        }
        seen += 1;
    }
    ""
}

/// A form of a name once its proclitics are accounted for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Stripped {
    pub(crate) surface: String,
    pub(crate) key: String,
}

/// Candidate readings of `surface`/`key` without proclitics, most to least
/// plausible, for the caller to check against names it knows. The first
/// candidate is always the form as given.
pub(crate) fn proclitic_readings(surface: &str, key: &str) -> Vec<Stripped> {
    let mut out = vec![Stripped {
        surface: surface.to_owned(),
        key: key.to_owned(),
    }];
    let letters = key.chars().count();
    if key.starts_with('ل') && !key.starts_with("لا") && letters > 3 {
        // What is left of لل once an earlier step took the preposition:
        // «لنجم الساحلي» from «للنجم الساحلي» names «النجم الساحلي».
        out.push(Stripped {
            surface: format!("ا{surface}"),
            key: format!("ا{key}"),
        });
    }
    // The chains a mention may still carry: the article is part of names.
    let splits = proclitics::splits(key, ProcliticOptions::ALL).filter(|s| !s.chain.article);
    for Split {
        chain, stem: rest, ..
    } in splits
    {
        let prefix = chain.text;
        let n = prefix.chars().count();
        if prefix.ends_with('ل') && rest.starts_with('ل') {
            // ل + ال is written لل: the article's alef comes back.
            out.push(Stripped {
                surface: format!("ا{}", drop_letters(surface, n)),
                key: format!("ا{rest}"),
            });
        }
        out.push(Stripped {
            surface: drop_letters(surface, n).to_owned(),
            key: rest.to_owned(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings_cover_the_lam_contraction() {
        let readings = proclitic_readings("للولايات المتحدة", &key_of("للولايات المتحدة"));
        let keys: Vec<&str> = readings.iter().map(|r| r.key.as_str()).collect();
        assert!(keys.contains(&"الولايات المتحده"), "{keys:?}");
        let surfaces: Vec<&str> = readings.iter().map(|r| r.surface.as_str()).collect();
        assert!(surfaces.contains(&"الولايات المتحدة"), "{surfaces:?}");
    }

    #[test]
    fn drop_letters_keeps_marks_with_their_letter() {
        assert_eq!(drop_letters("وَبِغزة", 2), "غزة");
        assert_eq!(drop_letters("و", 1), "");
    }
}
