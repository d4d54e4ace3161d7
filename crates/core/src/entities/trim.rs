//! Trimming mention spans to the name itself: proclitics off the first word
//! (وبإسرائيل → إسرائيل, لـإسرائيل → إسرائيل, والولايات → الولايات) and titles
//! off person names (الرئيس جو بايدن → جو بايدن).

use super::lexicon::Lexicon;
use super::normalize::{fold, fold_into, split_proclitics};

/// Bytes to skip at the start of `word` (original text) so that its
/// proclitics are excluded. The article stays with the name (والولايات →
/// الولايات); in the contraction لل one ل stays (للعراق → لعراق), as in the
/// gazetteer. Diacritics and tatweel after the clitic are skipped too.
pub(crate) fn proclitic_len(word: &str, lexicon: &Lexicon) -> usize {
    let folded = fold(word);
    let split = split_proclitics(&folded, |w| lexicon.count(w));
    let mut clitic = if split.article {
        let prefix = &folded[..split.prefix_len];
        if prefix.ends_with("لل") {
            split.prefix_len - "ل".len()
        } else {
            split.prefix_len - "ال".len()
        }
    } else {
        split.prefix_len
    };
    // An unknown word after و is almost always و + an unknown name.
    if clitic == 0 && folded.starts_with('و') && lexicon.count(&folded) == 0 {
        let rest = &folded["و".len()..];
        if rest.chars().count() >= 3 {
            clitic = "و".len();
        }
    }
    original_offset(word, clitic)
}

/// [`proclitic_len`] for the first word of a person's name. A word that is
/// itself a known given name keeps its first letter: فادي, وليد, بسام and
/// ليلى are names, not ف + ادي (أدى), و + ليد… And when the usual split
/// leaves no name, a single و ف ب ل ك off the front may (وفادي → فادي).
pub(crate) fn name_proclitic_len(
    word: &str,
    lexicon: &Lexicon,
    is_given_name: impl Fn(&str) -> bool,
) -> usize {
    let folded = fold(word);
    if is_given_name(&folded) {
        return 0;
    }
    let skip = proclitic_len(word, lexicon);
    if skip > 0 && !is_given_name(&fold(&word[skip..])) {
        let single = folded
            .strip_prefix(['و', 'ف', 'ب', 'ل', 'ك'])
            .filter(|rest| is_given_name(rest));
        if single.is_some() {
            return original_offset(word, "و".len());
        }
    }
    skip
}

/// The byte offset in `word` where its folded form reaches `folded_bytes`,
/// past any characters that fold to nothing.
fn original_offset(word: &str, folded_bytes: usize) -> usize {
    if folded_bytes == 0 {
        return 0;
    }
    let mut produced = 0;
    let mut buffer = String::new();
    for (i, c) in word.char_indices() {
        buffer.clear();
        let mut one = [0u8; 4];
        fold_into(c.encode_utf8(&mut one), &mut buffer);
        if produced >= folded_bytes && !buffer.is_empty() {
            return i;
        }
        produced += buffer.len();
    }
    word.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_proclitics_but_keeps_names_that_start_like_them() {
        let lexicon = Lexicon::parse(
            "اسراييل\t300\t1\t1\t1\nلبنان\t200\t1\t1\t1\nبغداد\t90\t1\t1\t1\nفرنسا\t120\t1\t1\t1\nولايات\t40\t1\t1\t1\nواشنطن\t60\t1\t1\t1\nوليد\t30\t1\t1\t1\n",
        )
        .unwrap();
        // (word, the part the mention keeps)
        let cases = [
            ("وبإسرائيل", "إسرائيل"),
            ("وإسرائيل", "إسرائيل"),
            ("لـإسرائيل", "إسرائيل"),
            ("بـإسرائيل", "إسرائيل"),
            ("والولايات", "الولايات"),
            ("بالولايات", "الولايات"),
            ("للولايات", "لولايات"),
            ("الولايات", "الولايات"),
            ("لبنان", "لبنان"),
            ("ولبنان", "لبنان"),
            ("بغداد", "بغداد"),
            ("فرنسا", "فرنسا"),
            ("واشنطن", "واشنطن"),
            ("وسيباستيان", "سيباستيان"),
            ("وليد", "وليد"),
        ];
        for (word, kept) in cases {
            assert_eq!(&word[proclitic_len(word, &lexicon)..], kept, "{word}");
        }
    }

    #[test]
    fn the_first_word_of_a_person_keeps_letters_that_begin_a_given_name() {
        // ادي (folded أدى "led to") is far more frequent than فادي.
        let lexicon = Lexicon::parse(
            "ادي\t900\t1\t1\t1\nفادي\t20\t1\t1\t1\nعلي\t500\t1\t1\t1\nمحمد\t800\t1\t1\t1\nسام\t30\t1\t1\t1\n",
        )
        .unwrap();
        let given = ["فادي", "وليد", "بسام", "ليلي", "علي", "محمد", "كمال"];
        let is_given = |w: &str| given.contains(&w);
        // (first word of a person, the part the mention keeps)
        let cases = [
            ("فادي", "فادي"),
            ("وفادي", "فادي"),
            ("وليد", "وليد"),
            ("بسام", "بسام"),
            ("ليلى", "ليلى"),
            ("كمال", "كمال"),
            ("وعلي", "علي"),
            ("لمحمد", "محمد"),
            ("وبسام", "بسام"),
        ];
        for (word, kept) in cases {
            let skip = name_proclitic_len(word, &lexicon, is_given);
            assert_eq!(&word[skip..], kept, "{word}");
        }
    }
}
