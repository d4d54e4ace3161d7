//! Sources named earlier in the article, for pronouns (وأوضح أن), roles and
//! documents that refer back (وأضاف الوزير، وأشار التقرير، وبحسب المصادر) and
//! participles that continue a speaker (مضيفا).

use super::classify::Described;
use super::verbs::{Agreement, Gender, Number};
use super::{Link, SourceKind};

/// A source as it was last seen, with what a pronoun must agree with.
#[derive(Clone, Debug)]
pub(super) struct Seen {
    pub source: Described,
    /// For a source another one cited: who cited it (أكسيوس for ثلاثة مصادر).
    pub cited_by: Option<Link>,
    pub gender: Gender,
    pub number: Number,
    pub sentence: u32,
}

/// How far back a reference looks, in sources: far enough for any article,
/// and a bound on the work for a file that is one endless report.
const LOOK_BACK: usize = 256;

/// The sources of the article so far, most recent last.
#[derive(Default)]
pub(super) struct History {
    seen: Vec<Seen>,
}

impl History {
    /// Records a source (again) as the most recent one.
    pub fn push(
        &mut self,
        source: &Described,
        agreement: Agreement,
        from_verb: bool,
        sentence: u32,
    ) {
        let number = match source.anonymous.as_ref().map(|a| a.count) {
            Some(None) => Number::Plural,
            Some(Some(2)) => Number::Dual,
            Some(Some(n)) if n > 2 => Number::Plural,
            _ => Number::Singular,
        };
        let gender = if from_verb
            && agreement.number == Number::Singular
            && agreement.gender != Gender::Unknown
        {
            agreement.gender
        } else {
            gender_of_phrase(source)
        };
        self.seen.push(Seen {
            source: source.clone(),
            cited_by: None,
            gender,
            number,
            sentence,
        });
    }

    /// Records a source another one cites, with who cited it.
    pub fn push_cited(&mut self, source: &Described, cited_by: Link, sentence: u32) {
        self.push(source, Agreement::default(), false, sentence);
        if let Some(last) = self.seen.last_mut() {
            last.cited_by = Some(cited_by);
        }
    }

    /// The chain a source came with when it was cited.
    pub fn via_of(&self, source: &Described) -> Vec<Link> {
        self.recent()
            .find(|s| s.source.span == source.span)
            .and_then(|s| s.cited_by.clone())
            .into_iter()
            .collect()
    }

    /// The latest source that a refer-back handle names (الوزير → وزير الخارجية …).
    pub fn by_handle(&self, handle: &str) -> Option<&Seen> {
        self.recent()
            .find(|s| s.source.handles.iter().any(|h| h == handle))
    }

    /// The latest source a pronoun verb with this agreement can refer to;
    /// failing that, the latest source at all.
    pub fn for_pronoun(&self, agreement: Agreement) -> Option<&Seen> {
        self.recent()
            .find(|s| agrees(agreement, s))
            .or_else(|| self.seen.last())
    }

    /// The source that spoke last in `sentence`, else the latest that agrees.
    pub fn continuing(&self, agreement: Agreement, sentence: u32) -> Option<&Seen> {
        self.seen
            .last()
            .filter(|s| s.sentence == sentence)
            .or_else(|| self.for_pronoun(agreement))
    }

    /// The latest source of all.
    pub fn last(&self) -> Option<&Seen> {
        self.seen.last()
    }

    /// The latest outlet (للموقع، الصحيفة), for a carrier that refers back.
    pub fn last_of_kind(&self, kind: SourceKind) -> Option<&Seen> {
        self.recent().find(|s| s.source.kind == kind)
    }

    /// The latest sources, most recent first.
    fn recent(&self) -> impl Iterator<Item = &Seen> {
        self.seen.iter().rev().take(LOOK_BACK)
    }
}

/// True when a pronoun verb can have `seen` as its subject: وأضافوا needs a
/// human plural, وأضافت a feminine singular or a plural of things (المصادر),
/// وأضاف a masculine singular.
fn agrees(verb: Agreement, seen: &Seen) -> bool {
    match (verb.number, verb.gender) {
        (Number::Plural, _) => seen.number == Number::Plural && seen.source.human_plural,
        (Number::Dual, _) => seen.number == Number::Dual,
        (Number::Singular, Gender::Feminine) => {
            (seen.gender == Gender::Feminine && seen.number == Number::Singular)
                || (seen.number == Number::Plural && !seen.source.human_plural)
        }
        (Number::Singular, Gender::Masculine) => {
            seen.gender != Gender::Feminine && seen.number == Number::Singular
        }
        (Number::Singular, Gender::Unknown) => seen.number == Number::Singular,
    }
}

/// The gender a phrase shows: ة ends feminine nouns (الوزارة، الصحيفة، الوزيرة).
fn gender_of_phrase(source: &Described) -> Gender {
    match source.handles.last() {
        Some(head) if head.ends_with('ه') || head.ends_with("ات") => Gender::Feminine,
        Some(_) => Gender::Masculine,
        None => Gender::Unknown,
    }
}
