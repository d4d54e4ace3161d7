//! Reporting verbs: which they are, how sure a reporter is when using them,
//! and every written form they take.
//!
//! News prose reports speech with a few dozen verbs (قال، أكد، نفى، كشف…) in
//! any person, tense, gender and number, with وَ/فَ in front (وأضاف، فقالت).
//! The forms are generated from each verb's stems and conjugation class rather
//! than listed, so a new verb is one line; all of it is folded (`text::fold`)
//! so spelling variants of hamza, alef maqsura and diacritics meet.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::text::fold::fold_key;
use crate::text::words::WordHashBuild;

/// How surely the reporting verb presents what was said.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// قال، أضاف، ذكر، أوضح: reported without comment.
    Neutral,
    /// أكد، شدد، جزم: the source insists.
    Assertive,
    /// نفى، أنكر، كذّب: the source denies.
    Denial,
    /// زعم، ادعى: the reporter keeps a distance from the claim.
    Distancing,
    /// حذر، نبّه: the source warns.
    Warning,
    /// كشف، أفصح: the source discloses something not known before.
    Revealing,
}

impl Stance {
    /// The name used in JSON output and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Neutral => "neutral",
            Self::Assertive => "assertive",
            Self::Denial => "denial",
            Self::Distancing => "distancing",
            Self::Warning => "warning",
            Self::Revealing => "revealing",
        }
    }

    /// Every stance, in display order.
    pub const ALL: [Stance; 6] = [
        Self::Neutral,
        Self::Assertive,
        Self::Denial,
        Self::Distancing,
        Self::Warning,
        Self::Revealing,
    ];
}

/// How a verb is conjugated (the part of its shape the suffixes change).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// Every form is stem + suffix: أكد، شدد، أعلن، اعتبر، وصف.
    Sound,
    /// Hollow verbs shorten before consonant suffixes: قال → قلت، أضاف → أضفت.
    Hollow(&'static str),
    /// Verbs ending in ى: نفى → نفت، نفوا، ينفون.
    DefectiveY,
    /// Verbs ending in ا: دعا → دعت، دعوا، يدعون.
    DefectiveW,
}

/// What a verb needs after its subject to report a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Takes {
    /// A clause (أنّ/إنّ, a colon, a quotation) only: قال، أضاف، رأى.
    Clause,
    /// A clause or a noun object (the thing announced or denied): أعلن، نفى، أكد.
    Object,
}

/// One reporting verb.
#[derive(Debug)]
pub(super) struct Verb {
    /// The citation form shown to analysts (3rd person masculine perfect).
    pub lemma: &'static str,
    pub stance: Stance,
    pub takes: Takes,
    /// True when the verb has everyday senses besides reporting (نقل "move",
    /// بيّن/بين "between", علّق "suspend", كشف "uncover"), so its subject must
    /// be recognisably a source and a complement must follow.
    pub ambiguous: bool,
    /// Prepositions that introduce its complement (أشار إلى، شدد على، كشف عن).
    pub preps: &'static [&'static str],
    class: Class,
    /// Perfect, 3rd person masculine singular, as written.
    perfect: &'static str,
    /// Imperfect stem without the person prefix, as written (يؤكد → ؤكد).
    imperfect: &'static str,
    /// Active participles in the accusative that continue a speaker (مؤكدا).
    participles: &'static [&'static str],
}

/// Shorthand for the table below.
const fn verb(
    lemma: &'static str,
    perfect: &'static str,
    imperfect: &'static str,
    class: Class,
    stance: Stance,
    takes: Takes,
) -> Verb {
    Verb {
        lemma,
        stance,
        takes,
        ambiguous: false,
        preps: &[],
        class,
        perfect,
        imperfect,
        participles: &[],
    }
}

impl Verb {
    const fn with(
        mut self,
        preps: &'static [&'static str],
        participles: &'static [&'static str],
    ) -> Self {
        self.preps = preps;
        self.participles = participles;
        self
    }

    const fn ambiguous(mut self) -> Self {
        self.ambiguous = true;
        self
    }
}

use Class::{DefectiveW, DefectiveY, Hollow, Sound};
use Stance::{Assertive, Denial, Distancing, Neutral, Revealing, Warning};
use Takes::{Clause, Object};

/// The reporting verbs. Prepositions are folded (على → علي, إلى → الي).
pub(super) static VERBS: &[Verb] = &[
    verb("قال", "قال", "قول", Hollow("قل"), Neutral, Clause).with(&[], &["قائلا"]),
    verb("أضاف", "أضاف", "ضيف", Hollow("أضف"), Neutral, Clause).with(&[], &["مضيفا"]),
    verb("أوضح", "أوضح", "وضح", Sound, Neutral, Clause).with(&["ان"], &["موضحا"]),
    verb("أشار", "أشار", "شير", Hollow("أشر"), Neutral, Clause).with(&["الي"], &["مشيرا"]),
    verb("ذكر", "ذكر", "ذكر", Sound, Neutral, Clause)
        .with(&["ب"], &[])
        .ambiguous(),
    verb("ذكّر", "ذكّر", "ذكّر", Sound, Neutral, Clause).with(&["ب"], &["مذكرا"]),
    verb("أعلن", "أعلن", "علن", Sound, Neutral, Object).with(&["عن"], &["معلنا"]),
    verb("نفى", "نفى", "نفي", DefectiveY, Denial, Object)
        .with(&[], &["نافيا"])
        .ambiguous(),
    verb("أنكر", "أنكر", "نكر", Sound, Denial, Object).with(&[], &["منكرا"]),
    verb("كذّب", "كذّب", "كذّب", Sound, Denial, Object).with(&[], &["مكذبا"]),
    verb("فنّد", "فنّد", "فنّد", Sound, Denial, Object).with(&[], &["مفندا"]),
    verb("حذّر", "حذّر", "حذّر", Sound, Warning, Object).with(&["من"], &["محذرا"]),
    verb("نبّه", "نبّه", "نبّه", Sound, Warning, Clause).with(&["الي", "من"], &["منبها"]),
    // يُعتبر "is considered" is written like يَعتبر: only a clause after it reports.
    verb("اعتبر", "اعتبر", "عتبر", Sound, Neutral, Clause)
        .with(&[], &["معتبرا"])
        .ambiguous(),
    verb("رأى", "رأى", "رى", DefectiveY, Neutral, Clause).ambiguous(),
    verb("اعتقد", "اعتقد", "عتقد", Sound, Neutral, Clause),
    verb("توقع", "توقع", "توقع", Sound, Neutral, Clause).with(&[], &["متوقعا"]),
    verb("كشف", "كشف", "كشف", Sound, Revealing, Object)
        .with(&["عن"], &["كاشفا"])
        .ambiguous(),
    verb("أفصح", "أفصح", "فصح", Sound, Revealing, Object).with(&["عن"], &[]),
    verb("أفاد", "أفاد", "فيد", Hollow("أفد"), Neutral, Clause).with(&["ب"], &["مفيدا"]),
    verb("صرّح", "صرّح", "صرّح", Sound, Neutral, Clause).with(&["ب"], &["مصرحا"]),
    verb("نقل", "نقل", "نقل", Sound, Neutral, Clause)
        .with(&[], &["ناقلا"])
        .ambiguous(),
    verb("أورد", "أورد", "ورد", Sound, Neutral, Clause),
    verb("روى", "روى", "روي", DefectiveY, Neutral, Clause),
    verb("أكّد", "أكّد", "ؤكّد", Sound, Assertive, Object).with(&["علي"], &["مؤكدا"]),
    verb("شدّد", "شدّد", "شدّد", Sound, Assertive, Object).with(&["علي"], &["مشددا"]),
    verb("جزم", "جزم", "جزم", Sound, Assertive, Clause).with(&["ب"], &["جازما"]),
    verb("أصرّ", "أصرّ", "صرّ", Sound, Assertive, Clause).with(&["علي"], &["مصرا"]),
    verb("زعم", "زعم", "زعم", Sound, Distancing, Clause).with(&[], &["زاعما"]),
    verb("ادّعى", "ادّعى", "دّعي", DefectiveY, Distancing, Clause).with(&[], &["مدعيا"]),
    verb("تابع", "تابع", "تابع", Sound, Neutral, Clause)
        .with(&[], &["متابعا"])
        .ambiguous(),
    verb("أردف", "أردف", "ردف", Sound, Neutral, Clause).with(&[], &["مردفا"]),
    verb("استدرك", "استدرك", "ستدرك", Sound, Neutral, Clause).with(&[], &["مستدركا"]),
    verb("ختم", "ختم", "ختم", Sound, Neutral, Clause).ambiguous(),
    verb("لفت", "لفت", "لفت", Sound, Neutral, Clause)
        .with(&["الي"], &["لافتا"])
        .ambiguous(),
    verb("نوّه", "نوّه", "نوّه", Sound, Neutral, Clause).with(&["الي", "ب"], &["منوها"]),
    // يبلغ is also "reaches" (بلغ).
    verb("أبلغ", "أبلغ", "بلغ", Sound, Neutral, Clause)
        .with(&["ب"], &[])
        .ambiguous(),
    verb("أخبر", "أخبر", "خبر", Sound, Neutral, Clause).with(&["ب"], &[]),
    verb("بيّن", "بيّن", "بيّن", Sound, Neutral, Clause)
        .with(&[], &["مبينا"])
        .ambiguous(),
    verb("أبرز", "أبرز", "برز", Sound, Neutral, Clause)
        .with(&[], &["مبرزا"])
        .ambiguous(),
    verb("لاحظ", "لاحظ", "لاحظ", Sound, Neutral, Clause).with(&[], &["ملاحظا"]),
    verb("وصف", "وصف", "صف", Sound, Neutral, Object)
        .with(&[], &["واصفا"])
        .ambiguous(),
    verb("علّق", "علّق", "علّق", Sound, Neutral, Clause)
        .with(&[], &["معلقا"])
        .ambiguous(),
    verb("أعرب", "أعرب", "عرب", Sound, Neutral, Object).with(&["عن"], &["معربا"]),
    verb("دعا", "دعا", "دعو", DefectiveW, Neutral, Object).with(&["الي"], &["داعيا"]),
    verb("اعترف", "اعترف", "عترف", Sound, Neutral, Clause).with(&["ب"], &["معترفا"]),
    verb("فسّر", "فسّر", "فسّر", Sound, Neutral, Object).ambiguous(),
    verb("عزا", "عزا", "عزو", DefectiveW, Neutral, Object)
        .with(&[], &["عازيا"])
        .ambiguous(),
    verb("كتب", "كتب", "كتب", Sound, Neutral, Clause).ambiguous(),
    verb("غرّد", "غرّد", "غرّد", Sound, Neutral, Clause).with(&[], &["مغردا"]),
];

/// Grammatical gender of a verb form or a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Gender {
    #[default]
    Unknown,
    Masculine,
    Feminine,
}

/// Grammatical number of a verb form or a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Number {
    #[default]
    Singular,
    Dual,
    Plural,
}

/// Who a verb form is about: enough to find the subject a pronoun verb refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Agreement {
    /// 1, 2 or 3.
    pub person: u8,
    pub gender: Gender,
    pub number: Number,
}

/// A written form of a reporting verb (or a participle continuing one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Form {
    /// Index into [`VERBS`].
    pub verb: u16,
    pub agreement: Agreement,
    pub imperfect: bool,
    pub participle: bool,
    /// True when the form carries a وَ/فَ in front.
    pub conjunction: bool,
}

impl Form {
    pub fn verb(self) -> &'static Verb {
        &VERBS[usize::from(self.verb)]
    }
}

/// Every folded form of every verb, with و and ف in front as well.
pub(super) static FORMS: LazyLock<HashMap<String, Form, WordHashBuild>> = LazyLock::new(|| {
    let mut forms = HashMap::default();
    for (index, verb) in VERBS.iter().enumerate() {
        let index = index as u16;
        for (written, agreement, imperfect) in conjugate(verb) {
            insert_with_conjunctions(&mut forms, &written, |conjunction| Form {
                verb: index,
                agreement,
                imperfect,
                participle: false,
                conjunction,
            });
        }
        for participle in verb.participles {
            let masculine = fold_key(participle);
            let stem = masculine.trim_end_matches('ا');
            // The bare stem (مضيف "host", مؤكد "certain") is a noun or an adjective, not a continuation.
            let variants = [
                (masculine.clone(), Gender::Masculine, Number::Singular),
                (format!("{stem}ه"), Gender::Feminine, Number::Singular),
                (format!("{stem}ين"), Gender::Masculine, Number::Plural),
            ];
            for (written, gender, number) in variants {
                let agreement = Agreement {
                    person: 3,
                    gender,
                    number,
                };
                insert_with_conjunctions(&mut forms, &written, |conjunction| Form {
                    verb: index,
                    agreement,
                    imperfect: false,
                    participle: true,
                    conjunction,
                });
            }
        }
    }
    forms
});

/// Adds a form alone and after و / ف, keeping the first verb that claims a spelling.
fn insert_with_conjunctions(
    forms: &mut HashMap<String, Form, WordHashBuild>,
    written: &str,
    form: impl Fn(bool) -> Form,
) {
    forms
        .entry(written.to_owned())
        .or_insert_with(|| form(false));
    for conjunction in ["و", "ف"] {
        forms
            .entry(format!("{conjunction}{written}"))
            .or_insert_with(|| form(true));
    }
}

/// The folded finite forms of a verb, with their agreement and tense.
fn conjugate(verb: &Verb) -> Vec<(String, Agreement, bool)> {
    use Gender::{Feminine as F, Masculine as M, Unknown as U};
    use Number::{Dual as D, Plural as P, Singular as S};
    let perfect = fold_key(verb.perfect);
    let imperfect = fold_key(verb.imperfect);
    // The base the perfect's suffixes attach to, and the stem before consonant suffixes.
    let (base, short) = match verb.class {
        Sound => (perfect.clone(), perfect.clone()),
        Hollow(short) => (perfect.clone(), fold_key(short)),
        DefectiveY | DefectiveW => {
            let base = perfect
                .strip_suffix(['ي', 'ا'])
                .unwrap_or(&perfect)
                .to_owned();
            let short = match verb.class {
                DefectiveW => format!("{base}و"),
                _ => format!("{base}ي"),
            };
            (base, short)
        }
    };
    let agree = |person, gender, number| Agreement {
        person,
        gender,
        number,
    };
    let mut out = Vec::with_capacity(24);
    // Perfect. Defective verbs keep their last letter before the dual ending (نفيا، دعوا).
    let dual_base = match verb.class {
        DefectiveY | DefectiveW => short.clone(),
        _ => base.clone(),
    };
    out.push((perfect.clone(), agree(3, M, S), false));
    out.push((format!("{base}ت"), agree(3, F, S), false));
    out.push((format!("{base}وا"), agree(3, M, P), false));
    out.push((format!("{dual_base}ا"), agree(3, M, D), false));
    out.push((format!("{base}تا"), agree(3, F, D), false));
    out.push((format!("{short}ن"), agree(3, F, P), false));
    out.push((format!("{short}نا"), agree(1, U, P), false));
    out.push((format!("{short}تم"), agree(2, M, P), false));
    if short != base {
        // قلت، أضفت: the 1st-person form differs from the 3rd feminine one only for these.
        out.push((format!("{short}ت"), agree(1, U, S), false));
    }
    // Imperfect: prefixes for the person, and the plural ending replaces a final ي/و.
    let plural_stem = match verb.class {
        DefectiveY | DefectiveW => imperfect
            .strip_suffix(['ي', 'و'])
            .unwrap_or(&imperfect)
            .to_owned(),
        _ => imperfect.clone(),
    };
    out.push((format!("ي{imperfect}"), agree(3, M, S), true));
    out.push((format!("ت{imperfect}"), agree(3, F, S), true));
    out.push((format!("ي{plural_stem}ون"), agree(3, M, P), true));
    out.push((format!("ت{plural_stem}ون"), agree(2, M, P), true));
    out.push((format!("ي{imperfect}ان"), agree(3, M, D), true));
    out.push((format!("ت{imperfect}ان"), agree(3, F, D), true));
    if verb.class == Sound {
        out.push((format!("ي{imperfect}ن"), agree(3, F, P), true));
    }
    out.push((format!("ا{imperfect}"), agree(1, U, S), true));
    out.push((format!("ن{imperfect}"), agree(1, U, P), true));
    out
}

/// The form of a folded word, if it is a reporting verb or participle.
pub(super) fn form_of(key: &str) -> Option<Form> {
    FORMS.get(key).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lemma, person, gender, number and whether imperfect.
    type Reading = (&'static str, u8, Gender, Number, bool);

    fn lemma_and_agreement(word: &str) -> Option<Reading> {
        let form = form_of(&fold_key(word))?;
        let a = form.agreement;
        Some((
            form.verb().lemma,
            a.person,
            a.gender,
            a.number,
            form.imperfect,
        ))
    }

    #[test]
    fn forms_in_every_person_tense_and_gender() {
        use Gender::{Feminine as F, Masculine as M, Unknown as U};
        use Number::{Dual as D, Plural as P, Singular as S};
        let cases: &[(&str, Reading)] = &[
            ("قال", ("قال", 3, M, S, false)),
            ("وقالت", ("قال", 3, F, S, false)),
            ("فقالوا", ("قال", 3, M, P, false)),
            ("قلنا", ("قال", 1, U, P, false)),
            ("قلت", ("قال", 1, U, S, false)),
            ("يقول", ("قال", 3, M, S, true)),
            ("وتقول", ("قال", 3, F, S, true)),
            ("يقولون", ("قال", 3, M, P, true)),
            ("أضافت", ("أضاف", 3, F, S, false)),
            ("ويضيف", ("أضاف", 3, M, S, true)),
            ("أضفنا", ("أضاف", 1, U, P, false)),
            ("وأكّد", ("أكّد", 3, M, S, false)),
            ("يؤكد", ("أكّد", 3, M, S, true)),
            ("تؤكدان", ("أكّد", 3, F, D, true)),
            ("أكدا", ("أكّد", 3, M, D, false)),
            ("نفى", ("نفى", 3, M, S, false)),
            ("ونفت", ("نفى", 3, F, S, false)),
            ("نفوا", ("نفى", 3, M, P, false)),
            ("نفيا", ("نفى", 3, M, D, false)),
            ("ينفون", ("نفى", 3, M, P, true)),
            ("وينفي", ("نفى", 3, M, S, true)),
            ("رأت", ("رأى", 3, F, S, false)),
            ("ويرى", ("رأى", 3, M, S, true)),
            ("يرون", ("رأى", 3, M, P, true)),
            ("ادّعى", ("ادّعى", 3, M, S, false)),
            ("وادعت", ("ادّعى", 3, F, S, false)),
            ("يدّعي", ("ادّعى", 3, M, S, true)),
            ("دعا", ("دعا", 3, M, S, false)),
            ("ودعت", ("دعا", 3, F, S, false)),
            ("يدعو", ("دعا", 3, M, S, true)),
            ("دعوا", ("دعا", 3, M, P, false)),
            ("أشاروا", ("أشار", 3, M, P, false)),
            ("وتشير", ("أشار", 3, F, S, true)),
            ("حذرت", ("حذّر", 3, F, S, false)),
            ("اعتبرتا", ("اعتبر", 3, F, D, false)),
            ("يعتبرن", ("اعتبر", 3, F, P, true)),
            ("وصفت", ("وصف", 3, F, S, false)),
            ("يصف", ("وصف", 3, M, S, true)),
            ("فشددت", ("شدّد", 3, F, S, false)),
            ("يصرّ", ("أصرّ", 3, M, S, true)),
        ];
        for (word, expected) in cases {
            assert_eq!(lemma_and_agreement(word), Some(*expected), "{word}");
        }
    }

    #[test]
    fn participles_continue_a_speaker() {
        for (word, lemma, gender) in [
            ("مضيفاً", "أضاف", Gender::Masculine),
            ("مؤكدة", "أكّد", Gender::Feminine),
            ("وقائلا", "قال", Gender::Masculine),
            ("مشيرا", "أشار", Gender::Masculine),
            ("نافية", "نفى", Gender::Feminine),
        ] {
            let form = form_of(&fold_key(word)).expect(word);
            assert!(form.participle, "{word}");
            assert_eq!(form.verb().lemma, lemma, "{word}");
            assert_eq!(form.agreement.gender, gender, "{word}");
        }
    }

    #[test]
    fn nouns_and_other_words_are_not_verbs() {
        for word in [
            "قول",
            "تأكيد",
            "إعلان",
            "القائل",
            "كشوفات",
            "إشارة",
            "مؤكد",
            "بقال",
        ] {
            assert_eq!(form_of(&fold_key(word)), None, "{word}");
        }
    }
}
