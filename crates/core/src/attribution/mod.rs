//! Attribution: who said what, citing whom, and how surely.
//!
//! Arabic news reports speech in a small set of frames: a reporting verb in
//! any person, tense and gender (قال، أكدت، نفوا، يرى) with its subject, what
//! it was said to (للموقع، في تصريح لوكالة…) and the statement (a quotation,
//! the clause after أنّ/إنّ, or the thing announced or denied); participles
//! that continue a speaker (مضيفا، مؤكدة); frames without a verb (بحسب،
//! وفقا لـ، نقلا عن، على لسان، كما جاء في); and headlines (`X: …`).
//!
//! It runs in two steps. [`find`] reads words and punctuation only, and the
//! article parser calls it so that quotations know their speakers. Once the
//! entities are known, [`attribute`] decides what each source is (a person,
//! an unnamed source, an outlet, an organisation, a document), drops frames
//! that name no source (وفقا للقانون، بحسب التوقعات), links named sources to
//! their entity mentions, and resolves pronouns, roles and documents that
//! refer back (وأضاف الوزير، وأوضح التقرير، وأضاف) to the source named before.

mod classify;
mod corrections;
mod lexicon;
mod outlets;
mod phrase;
mod quotes;
mod refer;
mod scan;
mod speakers;
mod tokens;
mod verbs;

use serde::{Deserialize, Serialize};

use crate::entities::gazetteer::Gazetteer;
use crate::entities::names::NameWords;
use crate::{Mention, Span};

use classify::{Classifier, Context, Described, Reading};
use refer::History;

pub use corrections::{Correction, apply as apply_corrections};
pub use phrase::ViaHint;
pub use quotes::Quote;
pub use scan::{Claim, Found, Passage, PassageKind, Subject, find};
pub use verbs::{Agreement, Gender, Number, Stance};

/// What kind of source a statement comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A named person, or an office that names one (وزير الخارجية الأميركي).
    Person,
    /// A source left unnamed (مصادر مطلعة، مسؤول كبير، شهود عيان).
    Anonymous,
    /// A news outlet (أكسيوس، وكالة رويترز، قناة الجزيرة).
    Outlet,
    /// An organisation, or a state speaking as one (الوزارة، حماس، واشنطن).
    Organization,
    /// A document with no issuer named (تقرير، بيان صادر …، وثيقة).
    Document,
}

impl SourceKind {
    /// Every kind, in display order.
    pub const ALL: [SourceKind; 5] = [
        Self::Person,
        Self::Anonymous,
        Self::Outlet,
        Self::Organization,
        Self::Document,
    ];

    /// The name used in JSON output and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Anonymous => "anonymous",
            Self::Outlet => "outlet",
            Self::Organization => "organization",
            Self::Document => "document",
        }
    }

    /// Parses [`SourceKind::as_str`]'s names.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// What the text says about a source left unnamed.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Anonymity {
    /// How many (ثلاثة مصادر → 3, مسؤول → 1); `None` for an unspecified plural (مصادر).
    pub count: Option<u32>,
    /// Where it is from (مسؤول كبير في الإدارة الأميركية → الإدارة الأميركية).
    pub affiliation: Option<String>,
    /// True when the text says the source asked not to be named (طلب عدم الكشف عن اسمه).
    pub stated: bool,
}

/// How a link of the chain stands to the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The source relies on it (أكسيوس ← ثلاثة مصادر مطلعة).
    Cites,
    /// It carried the statement (the outlet it was said to).
    Carrier,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Cites => "cites",
            Self::Carrier => "carrier",
        }
    }
}

/// One more link of a statement's chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub source: String,
    pub span: Span,
    pub kind: SourceKind,
    /// Index of the entity mention naming it, in the article's mentions.
    pub mention: Option<usize>,
    /// The proper name in it (أكسيوس in موقع أكسيوس).
    pub name: Option<String>,
    pub relation: Relation,
    pub anonymous: Option<Anonymity>,
}

/// A reported statement and its source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// The source's words as written where it is named.
    pub source: String,
    /// Where those words are (for a pronoun or a role referring back: where the source was named).
    pub span: Span,
    pub kind: SourceKind,
    /// Index of the entity mention naming the source, in the article's mentions.
    pub mention: Option<usize>,
    /// The proper name in the source phrase (ماركو روبيو، أكسيوس).
    pub name: Option<String>,
    /// The title or role (وزير الخارجية الأميركي، الخبير العسكري).
    pub role: Option<String>,
    /// The rest of the chain: whom the source cites, who carried it.
    pub via: Vec<Link>,
    /// The reporting verb's citation form, or the frame's (بحسب).
    pub verb: String,
    /// The verb or frame as written.
    pub cue: Span,
    pub stance: Stance,
    /// The quotation, or the clause after أنّ/إنّ, or what was announced or denied.
    pub statement: Span,
    pub anonymous: Option<Anonymity>,
    /// The words here that refer back to the source (الوزير, or the verb for a pronoun).
    pub refers_back: Option<Span>,
    /// The document or occasion it was said in (بيان، تقرير، تصريح).
    pub document: Option<String>,
    /// The entity the analyst said the source is (overrides the mention's).
    #[serde(default)]
    pub entity: Option<String>,
    /// True when the analyst corrected this attribution.
    #[serde(default)]
    pub corrected: bool,
}

/// True when a source phrase may name a person: it does not open with the
/// head of a document, an outlet, an organisation or an unnamed source
/// (بيان صادر، موقع…، مصادر…). For finding speakers' names before the entities are known.
pub fn may_name_a_person(text: &str, span: Span) -> bool {
    let Some(first) = span.slice(text).and_then(|s| s.split_whitespace().next()) else {
        return false;
    };
    let key = crate::text::fold::fold_key(first);
    ![
        &lexicon::DOCUMENT_HEADS,
        &lexicon::SPEECH_NOUNS,
        &lexicon::OUTLET_HEADS,
        &lexicon::ORGANIZATION_HEADS,
        &lexicon::ANONYMOUS_HEADS,
        &lexicon::NON_SOURCE_HEADS,
    ]
    .iter()
    .any(|set| lexicon::in_set(set, &key))
}

/// Turns claims into attributions once the article's entity mentions are known.
pub fn attribute(
    text: &str,
    claims: &[Claim],
    mentions: &[Mention],
    gazetteer: &Gazetteer,
) -> Vec<Attribution> {
    let names = NameWords::bundled();
    let classifier = Classifier {
        text,
        mentions,
        gazetteer,
        names: &names,
    };
    let mut history = History::default();
    let mut out = Vec::with_capacity(claims.len());
    for claim in claims {
        let Some((mut source, refers_back, mut statement)) =
            source_of(&classifier, &history, claim)
        else {
            continue;
        };
        // A headline's `X: …` reports a person's words; a place or a topic before
        // the colon is a label (قربة: …، مهرجان قرطاج: …).
        if claim.passage == PassageKind::Title
            && claim.lemma.is_empty()
            && (source.kind != SourceKind::Person
                || (source.mention.is_none() && source.role.is_none()))
        {
            continue;
        }
        if let Some(a) = source.anonymous.as_mut() {
            a.stated |= claim.anonymity_stated;
        }
        let (mut via, cited) = links(&classifier, &history, claim, &source);
        if via.is_empty() && refers_back.is_some() {
            // وبحسب المصادر: sources a report cited come with the report that cited them.
            via = history.via_of(&source);
        }
        statement = balanced(text, statement);
        // Whom the source cites can be referred back to (وبحسب المصادر).
        for link in cited {
            let carrier = link_from(text, &source, Relation::Carrier);
            history.push_cited(&link, carrier, claim.sentence);
        }
        let mut remembered = source.clone();
        if let Some(occasion) = claim.occasion.and_then(|s| s.slice(text)) {
            // وجاء في البيان: the statement a source issued points back to it.
            let key = crate::text::fold::fold_key(occasion);
            remembered
                .handles
                .push(lexicon::strip_article(&key).to_owned());
        }
        history.push(&remembered, claim.agreement, !claim.frame, claim.sentence);
        out.push(assemble(text, claim, source, refers_back, via, statement));
    }
    out
}

/// The source of a claim, the words that refer back to it if they do, and
/// the statement (the subject may turn out to be the verb's object).
fn source_of(
    classifier: &Classifier<'_>,
    history: &History,
    claim: &Claim,
) -> Option<(Described, Option<Span>, Span)> {
    let statement = claim.statement;
    let named = match claim.subject {
        Subject::Named(span) => span,
        Subject::Implicit => {
            return history
                .for_pronoun(claim.agreement)
                .map(|s| (s.source.clone(), Some(claim.cue), statement));
        }
        Subject::Continues => {
            return history
                .continuing(claim.agreement, claim.sentence)
                .map(|s| (s.source.clone(), Some(claim.cue), statement));
        }
    };
    let context = if claim.frame {
        Context::Object
    } else {
        Context::Subject
    };
    let named = match claim.appositive {
        // قال الخبير الاقتصادي، الهاشمي علية، إن…: an office, then the name of who holds it.
        Some(apposition) if classifier.names_a_person(apposition) => {
            Span::new(named.start, apposition.end)
        }
        _ => named,
    };
    let found = match classifier.read(named, context) {
        Reading::Source(d) => Some(surname_back(history, d, named)),
        Reading::RefersBack { handle, fallback } => Some(
            history
                .by_handle(&handle)
                .map_or((fallback, None), |seen| (seen.source.clone(), Some(named))),
        ),
        Reading::Same => Some(history.last().map_or_else(
            || (classifier.fallback_person(named), None),
            |s| (s.source.clone(), Some(named)),
        )),
        Reading::NotSource => None,
        Reading::Unknown(d) => (!claim.strict).then(|| surname_back(history, d, named)),
    };
    match (found, claim.object_reading) {
        (Some((d, refers)), _) => Some((d, refers, statement)),
        // ونفى وجود خلاف: no source in the phrase, so it is the object of a pronoun verb.
        (None, Some(object)) => history
            .for_pronoun(claim.agreement)
            .map(|s| (s.source.clone(), Some(claim.cue), object)),
        (None, None) => None,
    }
}

/// A person named by one word that an earlier source's name ends with
/// (وقال روبيو after وزير الخارجية ماركو روبيو) is that source.
fn surname_back(history: &History, d: Described, span: Span) -> (Described, Option<Span>) {
    let single = d.kind == SourceKind::Person
        && d.name
            .as_deref()
            .is_some_and(|n| n.split_whitespace().count() == 1);
    let key = d
        .name
        .as_deref()
        .map(crate::text::fold::fold_key)
        .unwrap_or_default();
    match history.by_handle(&key).filter(|_| single) {
        Some(seen) if seen.source.kind == SourceKind::Person && seen.source.span != d.span => {
            (seen.source.clone(), Some(span))
        }
        _ => (d, None),
    }
}

/// A link of the chain made of a source (the outlet that cited a source, for later references).
fn link_from(text: &str, source: &Described, relation: Relation) -> Link {
    Link {
        source: source_text(text, source),
        span: source.span,
        kind: source.kind,
        mention: source.mention,
        name: source.name.clone(),
        relation,
        anonymous: source.anonymous.clone(),
    }
}

/// The chain around a claim: outlets it was given to, sources it cites (and
/// those cited, for later references back).
fn links(
    classifier: &Classifier<'_>,
    history: &History,
    claim: &Claim,
    source: &Described,
) -> (Vec<Link>, Vec<Described>) {
    let mut via = Vec::with_capacity(claim.vias.len());
    let mut cited = Vec::new();
    for &(span, hint) in &claim.vias {
        let described = match classifier.read(span, Context::Object) {
            Reading::Source(d) => d,
            // وأضاف للفاصل: a name the lists do not know, given a statement, is an outlet.
            Reading::Unknown(mut d) => {
                if hint == ViaHint::Carrier {
                    d.kind = SourceKind::Outlet;
                }
                d
            }
            Reading::RefersBack { handle, fallback } => history
                .by_handle(&handle)
                .or_else(|| {
                    history
                        .last_of_kind(fallback.kind)
                        .filter(|_| fallback.kind == SourceKind::Outlet)
                })
                .map_or(fallback, |s| s.source.clone()),
            Reading::Same | Reading::NotSource => continue,
        };
        if described.span == source.span {
            continue;
        }
        // بحسب X inside a report: an outlet carries a person's words, anything else is cited.
        let relation = match hint {
            ViaHint::Carrier => Relation::Carrier,
            ViaHint::Auto
                if described.kind == SourceKind::Outlet && source.kind != SourceKind::Outlet =>
            {
                Relation::Carrier
            }
            ViaHint::Cites | ViaHint::Auto => Relation::Cites,
        };
        if relation == Relation::Carrier && is_audience(classifier, span) {
            continue;
        }
        // قالت لـ«العربية»: what a statement is given to is an outlet unless a person is named.
        let mut described = described;
        if relation == Relation::Carrier
            && described.kind == SourceKind::Person
            && described.mention.is_none()
        {
            described.kind = SourceKind::Outlet;
        }
        described.span = balanced(classifier.text, described.span);
        via.push(link_from(classifier.text, &described, relation));
        if relation == Relation::Cites {
            cited.push(described);
        }
    }
    (via, cited)
}

/// للصحفيين، لوسائل الإعلام: said in public, to no outlet in particular.
fn is_audience(classifier: &Classifier<'_>, span: Span) -> bool {
    let Some(first) = span
        .slice(classifier.text)
        .and_then(|s| s.split_whitespace().next())
    else {
        return false;
    };
    let key = classifier.object_head(&crate::text::fold::fold_key(first));
    lexicon::GENERIC_AUDIENCES.has(&key)
}

fn assemble(
    text: &str,
    claim: &Claim,
    mut source: Described,
    refers_back: Option<Span>,
    via: Vec<Link>,
    statement: Span,
) -> Attribution {
    source.span = balanced(text, source.span);
    let anonymous = source.anonymous.clone();
    let occasion = claim
        .occasion
        .and_then(|s| s.slice(text))
        .map(str::to_owned);
    Attribution {
        source: source_text(text, &source),
        span: source.span,
        kind: source.kind,
        mention: source.mention,
        name: source.name,
        role: source.role,
        via,
        verb: claim.lemma.to_owned(),
        cue: claim.cue,
        stance: claim.stance,
        statement,
        anonymous,
        refers_back,
        document: source.document.or(occasion),
        entity: None,
        corrected: false,
    }
}

/// `span` widened over a quotation mark it opens or closes without its pair
/// (موقع «الجزيرة نت → موقع «الجزيرة نت»).
fn balanced(text: &str, span: Span) -> Span {
    const OPENING: [char; 3] = ['«', '“', '„'];
    const CLOSING: [char; 2] = ['»', '”'];
    let Some(inside) = span.slice(text) else {
        return span;
    };
    let (mut opens, mut closes, mut straight) = (0, 0, 0);
    // Every quotation mark starts with one of these bytes; other characters are skipped whole.
    for (i, b) in inside.bytes().enumerate() {
        if matches!(b, b'"' | 0xc2 | 0xe2) {
            match inside[i..].chars().next() {
                Some('"') => straight += 1,
                Some(c) if OPENING.contains(&c) => opens += 1,
                Some(c) if CLOSING.contains(&c) => closes += 1,
                _ => {}
            }
        }
    }
    let mut out = span;
    let next = text[span.end..].chars().next();
    if (opens > closes && next.is_some_and(|c| CLOSING.contains(&c)))
        || (straight % 2 == 1 && next == Some('"'))
    {
        out.end += next.map_or(0, char::len_utf8);
    }
    let previous = text[..span.start].chars().next_back();
    if (closes > opens && previous.is_some_and(|c| OPENING.contains(&c)))
        || (straight % 2 == 1 && out.end == span.end && previous == Some('"'))
    {
        out.start -= previous.map_or(0, char::len_utf8);
    }
    out
}

/// The source's words; a ل that was the preposition before the article (للموقع) gives back its ا.
fn source_text(text: &str, source: &Described) -> String {
    let words = source.span.slice(text).unwrap_or_default();
    if source.restored_article {
        format!("ا{words}")
    } else {
        words.to_owned()
    }
}

#[cfg(test)]
mod tests;
