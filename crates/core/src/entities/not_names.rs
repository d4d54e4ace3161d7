//! Words the lists and the tagger mark that an analyst does not follow as
//! entities: currencies (دولار، ريال، الليرة التركية: units of account, not
//! named actors, places or events; ANERcorp tags them MISC, so the tagger and
//! the MISC list keep them, and only the analysis drops them) and the word
//! الله in invocations (إن شاء الله، الحمد لله), which is no entity of the
//! news. Names that contain them (حزب الله، عبد الله، الريال for Real Madrid
//! as a club) are other mentions and stay.

use super::gazetteer::Gazetteer;
use crate::text::fold::fold_key;
use crate::{EntityType, Mention};

/// Canonical names (as in `misc.tsv`) of the currencies.
const CURRENCIES: [&str; 16] = [
    "دولار",
    "يورو",
    "جنيه",
    "جنيه إسترليني",
    "درهم",
    "دينار",
    "ريال",
    "ليرة",
    "شيكل",
    "فرنك",
    "روبل",
    "روبية",
    "يوان",
    "بيزو",
    "تومان",
    "ليرة تركية",
];

/// Folded forms of الله a mention may be, with its proclitics.
const GOD: [&str; 6] = ["الله", "لله", "والله", "بالله", "فالله", "تالله"];

/// True when a mention is a currency (with any country adjective after it:
/// الدولار الأمريكي، الليرة التركية) or the word الله alone.
pub(crate) fn is_not_a_name(mention: &Mention, gazetteer: &Gazetteer) -> bool {
    let folded = fold_key(&mention.text);
    let words: Vec<&str> = folded.split_whitespace().collect();
    if let [only] = words.as_slice()
        && GOD.contains(only)
    {
        return true;
    }
    if mention.entity_type != EntityType::Misc {
        return false;
    }
    let is_currency = |name: &str| {
        gazetteer
            .canonical_of(name)
            .is_some_and(|(canonical, _)| CURRENCIES.contains(&canonical))
    };
    if is_currency(&folded) {
        return true;
    }
    // A currency and the adjectives of its country: الدولار الأمريكي.
    match words.split_first() {
        Some((first, rest)) if !rest.is_empty() => {
            is_currency(first) && rest.iter().all(|w| gazetteer.demonym_country(w).is_some())
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{MentionSource, Span};

    fn mention(text: &str, entity_type: EntityType) -> Mention {
        Mention {
            span: Span::new(0, text.len()),
            text: text.to_owned(),
            entity_type,
            source: MentionSource::Gazetteer,
            confidence: crate::Confidence::CERTAIN,
        }
    }

    #[test]
    fn currencies_and_the_word_god_are_not_names_but_names_holding_them_are() {
        let gazetteer = Gazetteer::bundled();
        let cases = [
            ("الدولار", EntityType::Misc, true),
            ("دولارا", EntityType::Misc, true),
            ("الدولار الأمريكي", EntityType::Misc, true),
            ("الريال", EntityType::Misc, true),
            ("الليرة التركية", EntityType::Misc, true),
            ("الله", EntityType::Pers, true),
            ("الله", EntityType::Misc, true),
            ("حزب الله", EntityType::Org, false),
            ("عبد الله", EntityType::Pers, false),
            ("الريال", EntityType::Org, false),
            ("كأس العالم", EntityType::Misc, false),
            ("عيد الفطر", EntityType::Misc, false),
        ];
        for (text, entity_type, want) in cases {
            assert_eq!(
                is_not_a_name(&mention(text, entity_type), &gazetteer),
                want,
                "for {text} {entity_type}"
            );
        }
    }
}
