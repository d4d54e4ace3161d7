//! Spellings of one person's name that the press writes in several ways:
//! compound given names with or without their inner space (عبد الله /
//! عبدالله, نور الدين / نورالدين, سيف الإسلام / سيف الاسلام) and foreign names
//! transliterated with or without their long vowels (ترامب / ترمب,
//! بوتين / بوتن, نتنياهو / نتانياهو).

use std::collections::HashMap;

use crate::entities::names::NameWords;

/// First words of compound given names, written joined to the next word or apart.
const COMPOUND_FIRST: [&str; 3] = ["عبد", "ابو", "ابي"];
/// Last words of compound given names, written joined to the previous word or apart.
const COMPOUND_LAST: [&str; 3] = ["الدين", "الله", "الاسلام"];

/// A person's key (folded, words joined by single spaces) with its compound
/// given names written as one word, so both spellings share a key:
/// «عبد الله الثاني» and «عبدالله الثاني» → «عبدالله الثاني».
pub(crate) fn person_key(key: &str) -> String {
    let words: Vec<&str> = key.split(' ').collect();
    let mut out = String::with_capacity(key.len());
    let mut i = 0;
    while i < words.len() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(words[i]);
        // عبد الله, أبو بكر: the first word joins the next one.
        let joins_next = COMPOUND_FIRST.contains(&words[i]) && i + 1 < words.len();
        // نور الدين: the next word joins this one, unless it is the last
        // word after a compound (عبد الله is done, الله alone is not glued twice).
        let next_joins = words
            .get(i + 1)
            .is_some_and(|next| COMPOUND_LAST.contains(next));
        if joins_next {
            out.push_str(words[i + 1]);
            i += 2;
            if words
                .get(i)
                .is_some_and(|next| COMPOUND_LAST.contains(next))
                && words[i - 1] != "الله"
            {
                out.push_str(words[i]);
                i += 1;
            }
        } else if next_joins {
            out.push_str(words[i + 1]);
            i += 2;
        } else {
            i += 1;
        }
    }
    out
}

/// True when `longer` is `shorter` with one or two long vowels (ا و ي)
/// written in (ترامب is ترمب with an alef, بوتين is بوتن with a yeh);
/// كومي and كيم, or ميسا and ميسي, are not.
fn vowels_written_in(longer: &str, shorter: &str) -> bool {
    let long: Vec<char> = longer.chars().collect();
    let short: Vec<char> = shorter.chars().collect();
    let extra = long.len().saturating_sub(short.len());
    if !(1..=2).contains(&extra) {
        return false;
    }
    let mut j = 0;
    let mut skipped = 0;
    for (i, &c) in long.iter().enumerate() {
        if short.get(j) == Some(&c) {
            j += 1;
        } else if matches!(c, 'ا' | 'و' | 'ي') && i + 1 < long.len() {
            // Only inside the word: a vowel at the end makes another name
            // (كرستيان, Christian; كرستيانو, Cristiano).
            skipped += 1;
        } else {
            return false;
        }
    }
    j == short.len() && skipped == extra
}

/// Two spellings of one transliterated word: the same, or one is the other
/// with long vowels written in, both of at least four letters.
fn same_transliteration(a: &str, b: &str) -> bool {
    a == b
        || (a.chars().count() >= 4
            && b.chars().count() >= 4
            && (vowels_written_in(a, b) || vowels_written_in(b, a)))
}

/// The letters of a transliterated word that carry its sound: the long vowels
/// ا و ي inside it dropped (ترامب → ترمب, بوتين → بتن).
fn skeleton(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for (i, c) in word.chars().enumerate() {
        if i > 0 && matches!(c, 'ا' | 'و' | 'ي') {
            continue;
        }
        out.push(c);
    }
    out
}

/// People known with a word as a given name or surname for it to count as an
/// Arabic name, whose long vowels tell names apart (سعيد is not سعد).
pub(crate) const NATIVE_NAME_PEOPLE: u32 = 20;

/// For each key of `keys` (person keys with their mention counts) that is a
/// transliteration variant of a more frequent one, the key it joins. Two keys
/// are variants when they have the same words but for long vowels, every
/// differing word has at least four letters and none of them is a common
/// Arabic name (سعيد/سعد, حميد/حمد stay apart).
pub(crate) fn transliteration_variants(
    keys: &HashMap<String, usize>,
    names: &NameWords,
) -> HashMap<String, String> {
    let is_native = |word: &str| {
        let n = names.get(word);
        n.given + n.family >= NATIVE_NAME_PEOPLE
    };
    // A surname alone (بوتن) is compared with the spellings full names end
    // with (فلاديمير بوتين) too, so it finds the spelling they use; a full
    // name is the better witness of a spelling, so it counts twice.
    let mut spellings: HashMap<&str, usize> = keys.iter().map(|(k, &n)| (k.as_str(), n)).collect();
    for (key, &count) in keys {
        if let Some((_, last)) = key.rsplit_once(' ') {
            *spellings.entry(last).or_default() += 2 * count;
        }
    }
    let mut groups: HashMap<String, Vec<(&str, usize)>> = HashMap::new();
    for (&key, &count) in &spellings {
        let shape: Vec<String> = key.split(' ').map(skeleton).collect();
        groups
            .entry(shape.join(" "))
            .or_default()
            .push((key, count));
    }
    let mut out = HashMap::new();
    for mut members in groups.into_values().filter(|g| g.len() > 1) {
        // Most frequent first; ties by spelling, so the choice is reproducible.
        members.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let head = members[0].0;
        for &(key, _) in members[1..].iter().filter(|(k, _)| keys.contains_key(*k)) {
            let differs_safely = key.split(' ').zip(head.split(' ')).all(|(a, b)| {
                a == b || (same_transliteration(a, b) && !is_native(a) && !is_native(b))
            });
            if differs_safely {
                out.insert(key.to_owned(), head.to_owned());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compound_given_names_are_one_word_in_the_key() {
        let cases = [
            ("عبد الله الثاني", "عبدالله الثاني"),
            ("عبدالله الثاني", "عبدالله الثاني"),
            ("ابو محمد الجولاني", "ابومحمد الجولاني"),
            ("ابي احمد", "ابياحمد"),
            ("نور الدين زكري", "نورالدين زكري"),
            ("نورالدين زكري", "نورالدين زكري"),
            ("سيف الاسلام القذافي", "سيفالاسلام القذافي"),
            ("صلاح الدين دميرتاش", "صلاحالدين دميرتاش"),
            ("عبد الفتاح السيسي", "عبدالفتاح السيسي"),
            ("حسن نصر الله", "حسن نصرالله"),
            ("عبد الله", "عبدالله"),
            ("ماكرون", "ماكرون"),
        ];
        for (key, want) in cases {
            assert_eq!(person_key(key), want, "for {key}");
        }
    }

    #[test]
    fn foreign_spellings_join_the_commoner_one_but_arabic_names_stay_apart() {
        let names = NameWords::parse("سعيد\t1111\t222\t1\nسعد\t302\t117\t1\n");
        let keys: HashMap<String, usize> = [
            ("ترامب", 40),
            ("ترمب", 9),
            ("دونالد ترامب", 12),
            ("دونالد ترمب", 3),
            ("بوتين", 20),
            ("بوتن", 2),
            ("نتنياهو", 7),
            ("نتانياهو", 5),
            ("سعيد", 8),
            ("سعد", 6),
            ("علي", 5),
            ("عل", 1),
            ("كيم", 30),
            ("كومي", 4),
            ("كيماوي", 2),
            ("ميسي", 20),
            ("ميسا", 2),
            ("مويس", 3),
            ("ماكرون", 30),
            ("ماكياريني", 1),
            ("كرستيانو", 9),
            ("كرستيان", 2),
        ]
        .into_iter()
        .map(|(k, n)| (k.to_owned(), n))
        .collect();
        let variants = transliteration_variants(&keys, &names);
        let cases = [
            ("ترمب", Some("ترامب")),
            ("دونالد ترمب", Some("دونالد ترامب")),
            ("بوتن", Some("بوتين")),
            ("نتانياهو", Some("نتنياهو")),
            ("ترامب", None),
            ("سعد", None),
            ("عل", None),
            ("كومي", None),
            ("كيماوي", None),
            ("ميسا", None),
            ("مويس", None),
            ("ماكياريني", None),
            ("كرستيان", None),
        ];
        for (key, want) in cases {
            assert_eq!(variants.get(key).map(String::as_str), want, "for {key}");
        }
    }
}
