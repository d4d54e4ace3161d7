use super::*;

/// A sentence as stems (each word's hash, as written) and first-pass tags.
fn sentence(words: &str, tags: &str) -> (Vec<u64>, Vec<Tag>) {
    let stems: Vec<u64> = words.split_whitespace().map(hash_str).collect();
    let tags: Vec<Tag> = tags.split_whitespace().filter_map(Tag::parse).collect();
    assert_eq!(stems.len(), tags.len(), "{words}");
    (stems, tags)
}

/// The marks of sentence `of` of a document, each shown as
/// `votes-type/share/others name-type/whole-or-part/role/len` (`-`: none).
fn marks_of(document: &[(&str, &str)], of: usize) -> Vec<String> {
    let sentences: Vec<_> = document.iter().map(|(w, t)| sentence(w, t)).collect();
    let mut whole = DocLabels::default();
    for (stems, tags) in &sentences {
        whole.add(stems, tags);
    }
    let mut own = DocLabels::default();
    own.add(&sentences[of].0, &sentences[of].1);
    let mut marks = Vec::new();
    whole.marks(&own, &sentences[of].0, &mut marks);
    marks.into_iter().map(show).collect()
}

fn show(mark: Mark) -> String {
    let votes = mark.votes.map_or("-".to_string(), |v| {
        let t = v.entity_type.map_or("O".to_string(), |t| t.to_string());
        format!("{t}/{}/{}", v.share, v.others)
    });
    let name = mark.name.map_or("-".to_string(), |n| {
        let part = if n.whole { "whole" } else { "part" };
        format!("{}/{part}/{:?}/{}", n.entity_type, n.role, n.len)
    });
    format!("{votes} {name}")
}

#[test]
fn a_bank_named_three_times_is_seen_at_every_bare_mention() {
    // Only the first mention, with its head noun, was tagged by the first pass.
    let document = [
        ("أعلن بنك الاستثمار العربي أرباحه", "O B-ORG I-ORG I-ORG O"),
        ("وقال الاستثمار العربي إن فروعه ستزيد", "O O O O O O"),
        ("وارتفعت أسهم الاستثمار العربي أمس", "O O O O O"),
    ];
    let cases: [(usize, [&str; 2]); 3] = [
        // The second mention: each word was once ORG and once outside
        // elsewhere; the pair was the end of an organization's name.
        (1, ["ORG/2/2 ORG/part/Begin/2", "ORG/2/2 ORG/part/End/2"]),
        (2, ["ORG/2/2 ORG/part/Begin/2", "ORG/2/2 ORG/part/End/2"]),
        // The first mention: its words were only ever outside elsewhere,
        // and its own name does not vote for itself.
        (0, ["O/0/2 -", "O/0/2 -"]),
    ];
    for (of, expected) in cases {
        let marks = marks_of(&document, of);
        let first_word = if of == 0 { 2 } else { of };
        assert_eq!(
            &marks[first_word..first_word + 2],
            &expected,
            "sentence {of}: {marks:?}"
        );
    }
}

#[test]
fn marks_tell_types_shares_and_whole_names() {
    let document = [
        ("زار الرئيس ساركوزي باريس", "O O B-PERS B-LOC"),
        ("وقال ساركوزي إن باريس ترحب", "O B-PERS O B-LOC O"),
        ("ساركوزي يلتقي ميركل", "O O B-PERS"),
    ];
    // Table: (sentence, word, expected mark).
    let cases = [
        // ساركوزي: a person twice elsewhere, the whole of the name.
        (2, 0, "PERS/3/2 PERS/whole/Single/1"),
        // ساركوزي in the first sentence: once a person, once outside elsewhere.
        (0, 2, "PERS/2/2 PERS/whole/Single/1"),
        // باريس in the second sentence: a place once elsewhere.
        (1, 3, "LOC/3/1 LOC/whole/Single/1"),
        // ميركل occurs nowhere else: nothing to say.
        (2, 2, "- -"),
        // إن occurs nowhere else either.
        (1, 2, "- -"),
    ];
    for (of, word, expected) in cases {
        let marks = marks_of(&document, of);
        assert_eq!(marks[word], expected, "sentence {of}, word {word}");
    }
}

#[test]
fn the_longest_run_wins_and_keys_follow_the_marks() {
    let document = [
        ("قالت وزارة الصحة العامة", "O B-ORG I-ORG I-ORG"),
        ("وزارة الصحة العامة أصدرت بيانا", "O O O O O"),
    ];
    let marks = marks_of(&document, 1);
    assert_eq!(
        marks[..3],
        [
            "ORG/3/1 ORG/whole/Begin/3",
            "ORG/3/1 ORG/whole/Inside/3",
            "ORG/3/1 ORG/whole/End/3"
        ],
        "{marks:?}"
    );
    let (stems, tags) = sentence(document[1].0, document[1].1);
    let mut whole = DocLabels::default();
    let (first, first_tags) = sentence(document[0].0, document[0].1);
    whole.add(&first, &first_tags);
    whole.add(&stems, &tags);
    let mut own = DocLabels::default();
    own.add(&stems, &tags);
    let mut keys = Vec::new();
    whole.features(&own, &stems, &mut keys);
    let counts: Vec<usize> = keys.iter().map(Vec::len).collect();
    assert_eq!(counts, [4, 4, 4, 0, 0], "two vote and two name keys each");
    assert_ne!(keys[0], keys[1], "the role tells first from inside words");
}
