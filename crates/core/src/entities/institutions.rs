//! Generic institutions: ministries, parliaments, armies, courts… named by a
//! common noun that every country has (وزارة الصحة، البرلمان، الجيش). The
//! press tells whose by a country adjective after the name (وزارة الصحة
//! الأردنية) or by the article's subject; the recognizer keeps the adjective
//! with the mention and resolution keeps different countries' apart.

use super::gazetteer::Gazetteer;
use crate::text::fold::fold_key;
use crate::text::tokenize::{Token, TokenKind};
use crate::{EntityType, Mention, Span};

/// Folded first words of institution names that every country has.
const GENERIC_HEADS: [&str; 22] = [
    "وزاره",
    "الوزاره",
    "مجلس",
    "المجلس",
    "البرلمان",
    "برلمان",
    "الحكومه",
    "حكومه",
    "الجيش",
    "جيش",
    "الشرطه",
    "شرطه",
    "الرياسه",
    "رياسه",
    "البنك",
    "المحكمه",
    "محكمه",
    "النيابه",
    "الخارجيه",
    "الداخليه",
    "الدفاع",
    "المخابرات",
];

/// Folded generic names that stand alone (no country in them).
const GENERIC_NAMES: [&str; 14] = [
    "البرلمان",
    "الحكومه",
    "الجيش",
    "الشرطه",
    "الرياسه",
    "البنك المركزي",
    "المحكمه العليا",
    "المحكمه الدستوريه",
    "النيابه العامه",
    "الخارجيه",
    "الداخليه",
    "المخابرات",
    "مجلس النواب",
    "مجلس الوزراء",
];

/// True when `key` (folded, words joined by single spaces) names an
/// institution every country has, without saying whose: البرلمان، وزارة
/// الداخلية، مجلس النواب (not وزارة الداخلية البحرينية, not مجلس الأمن).
pub fn is_generic_institution(key: &str, gazetteer: &Gazetteer) -> bool {
    if GENERIC_NAMES.contains(&key) {
        return true;
    }
    let words: Vec<&str> = key.split(' ').collect();
    match words.as_slice() {
        // وزارة الصحة, وزارة الداخلية: a ministry named by its field alone.
        [head, field] => {
            (*head == "وزاره" || *head == "الوزاره")
                && field.starts_with("ال")
                && gazetteer.demonym_country(field).is_none()
        }
        _ => false,
    }
}

/// Widens each organization mention whose name is a generic institution
/// (its first word is one of [`GENERIC_HEADS`]) over a country adjective
/// right after it: «وزارة الصحة» + «الأردنية» → «وزارة الصحة الأردنية».
pub(crate) fn widen_by_country_adjective(
    text: &str,
    tokens: &[Token],
    gazetteer: &Gazetteer,
    mentions: &mut [Mention],
) {
    for i in 0..mentions.len() {
        let next_start = mentions.get(i + 1).map_or(usize::MAX, |m| m.span.start);
        let mention = &mut mentions[i];
        if mention.entity_type != EntityType::Org {
            continue;
        }
        let first = mention.text.split_whitespace().next().unwrap_or_default();
        if !GENERIC_HEADS.contains(&fold_key(first).as_str()) {
            continue;
        }
        let at = tokens.partition_point(|t| t.span.start < mention.span.end);
        let Some(next) = tokens.get(at) else {
            continue;
        };
        let gap = text.get(mention.span.end..next.span.start).unwrap_or("x");
        let word = next.text(text);
        if next.kind == TokenKind::Arabic
            && next.span.end <= next_start
            && gap == " "
            && word.starts_with("ال")
            && gazetteer.demonym_country(&fold_key(word)).is_some()
        {
            mention.span = Span::new(mention.span.start, next.span.end);
            if let Some(widened) = mention.span.slice(text) {
                widened.clone_into(&mut mention.text);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_institutions_are_the_ones_that_do_not_say_whose() {
        let gazetteer = Gazetteer::bundled();
        let cases = [
            ("البرلمان", true),
            ("وزاره الداخليه", true),
            ("وزاره الصحه", true),
            ("مجلس النواب", true),
            ("وزاره الداخليه البحرينيه", false),
            ("مجلس الامن", false),
            ("حزب الله", false),
            ("الامم المتحده", false),
        ];
        for (key, want) in cases {
            assert_eq!(is_generic_institution(key, &gazetteer), want, "for {key}");
        }
    }
}
