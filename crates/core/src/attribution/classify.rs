//! What a source phrase is: a person, an unnamed source, an outlet, an
//! organisation or a document; its name, role, and for unnamed sources how
//! many and from where. Reads the phrase's words, the entity mentions inside
//! it and the word lists.

use crate::entities::gazetteer::Gazetteer;
use crate::entities::names::NameWords;
use crate::text::fold::fold_key;
use crate::{EntityType, Mention, Span};

use super::lexicon::{
    ANONYMOUS_HEADS, DOCUMENT_HEADS, DUAL_HEADS, INTERLOCUTOR_WORDS, NON_SOURCE_HEADS,
    ORGANIZATION_HEADS, OUTLET_HEADS, PLURAL_HEADS, QUALITY_WORDS, ROLE_HEADS, SAME_WORDS,
    SPEECH_NOUNS, in_set, is_definite, number_word, readings, strip_article,
};
use super::outlets::OUTLETS;
use super::tokens::{Tok, gap, tokenize};
use super::{Anonymity, SourceKind};

/// A source as its phrase describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Described {
    pub kind: SourceKind,
    /// The words naming the source (for a document with an issuer: the issuer's).
    pub span: Span,
    pub name: Option<String>,
    pub mention: Option<usize>,
    pub role: Option<String>,
    pub anonymous: Option<Anonymity>,
    /// The document it speaks through (تقرير in تقرير لموقع أكسيوس).
    pub document: Option<String>,
    /// Folded words a later phrase may use to refer back to it (وزير، تقرير، موقع، علي).
    pub handles: Vec<String>,
    /// Human plural (مسؤولون) as opposed to a grammatically feminine one (مصادر).
    pub human_plural: bool,
    /// The span starts after a preposition ل that swallowed the article's ا
    /// (للموقع): the words read الموقع.
    pub restored_article: bool,
}

/// What a phrase turned out to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Reading {
    Source(Described),
    /// A definite head or a surname pointing back (الوزير، التقرير، علي);
    /// the fallback is what it is when nothing earlier matches.
    RefersBack {
        handle: String,
        fallback: Described,
    },
    /// المصدر ذاته، محدثنا: the source already speaking.
    Same,
    /// Not a source (القانون، الخطة، التصريحات الأولية).
    NotSource,
    /// Nothing tells: a word the lists do not know.
    Unknown(Described),
}

/// Where the phrase stands, which decides how its first word is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Context {
    /// The subject of a reporting verb or a headline.
    Subject,
    /// After a frame or a preposition (بحسب X، للموقع، نقلا عن X): a leading ل is a preposition.
    Object,
}

/// The lists and mentions classification reads.
pub(super) struct Classifier<'a> {
    pub text: &'a str,
    pub mentions: &'a [Mention],
    pub gazetteer: &'a Gazetteer,
    pub names: &'a NameWords,
}

impl Classifier<'_> {
    /// Reads the phrase at `span`.
    pub fn read(&self, span: Span, context: Context) -> Reading {
        let mut keys = String::new();
        let toks = tokenize(self.text, span, &[], &mut keys);
        if toks.is_empty() {
            return Reading::NotSource;
        }
        let heads: Vec<String> = toks
            .iter()
            .enumerate()
            .map(|(i, t)| {
                if i == 0 && context == Context::Object {
                    self.object_head(t.key)
                } else {
                    t.key.to_owned()
                }
            })
            .collect();
        // After a frame or as a carrier, the preposition ل is not part of the source's words.
        let (span, restored) = if heads[0] == toks[0].key {
            (span, false)
        } else {
            let raw = toks[0].raw;
            let skip = raw
                .char_indices()
                .skip(1)
                .find(|&(_, c)| !crate::text::chars::is_arabic_mark(c))
                .map_or(raw.len(), |(i, _)| i);
            (
                Span::new(toks[0].span.start + skip, span.end),
                heads[0].starts_with("ال") && toks[0].key.starts_with("لل"),
            )
        };
        let mut reading = self.read_words(&toks, &heads, span, context);
        if restored {
            match &mut reading {
                Reading::Source(d)
                | Reading::Unknown(d)
                | Reading::RefersBack { fallback: d, .. } => {
                    if d.span.start == span.start {
                        d.restored_article = true;
                    }
                }
                Reading::Same | Reading::NotSource => {}
            }
        }
        reading
    }

    fn read_words(
        &self,
        toks: &[Tok<'_>],
        heads: &[String],
        span: Span,
        context: Context,
    ) -> Reading {
        let head = heads[0].as_str();
        if (INTERLOCUTOR_WORDS.has(head) && toks.len() == 1)
            || toks.iter().skip(1).any(|t| SAME_WORDS.has(t.key))
            || (matches!(head, "نفس" | "ذات") && toks.len() == 2)
        {
            return Reading::Same;
        }
        if let Some(described) = self.by_mention(toks, heads, span) {
            return described;
        }
        self.by_words(toks, heads, span, context)
    }

    /// A source named by an entity mention inside the phrase.
    fn by_mention(&self, toks: &[Tok<'_>], heads: &[String], span: Span) -> Option<Reading> {
        // A person's name never opens with a document, an outlet or an organisation
        // (بيان صادر read as a name is a statement).
        let head_not_personal = [
            &DOCUMENT_HEADS,
            &SPEECH_NOUNS,
            &OUTLET_HEADS,
            &ORGANIZATION_HEADS,
        ]
        .iter()
        .any(|set| in_set(set, &heads[0]));
        let inside = |m: &&Mention| {
            (span.contains(m.span) || (m.span.overlaps(span) && m.span.start >= span.start))
                && !(m.entity_type == EntityType::Pers
                    && head_not_personal
                    && m.span.start <= toks[0].span.start)
        };
        // Mentions are in text order: only those starting inside the phrase can be in it.
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        let candidates = || {
            self.mentions[from..]
                .iter()
                .take_while(|m| m.span.start < span.end)
                .enumerate()
                .map(move |(i, m)| (from + i, m))
        };
        let (index, mention) = candidates()
            .find(|(_, m)| inside(m) && m.entity_type == EntityType::Pers)
            // Festivals, awards, events (MISC) do not speak.
            .or_else(|| {
                candidates().find(|(_, m)| inside(m) && m.entity_type != EntityType::Misc)
            })?;
        let at = toks.iter().position(|t| t.span.end > mention.span.start)?;
        let head = heads[0].as_str();
        let before = self.slice(span.start, mention.span.start).trim().to_owned();
        let mut d = Self::described(heads, SourceKind::Person, span, toks);
        d.name = Some(mention.text.clone());
        d.mention = Some(index);
        // Before a person's name come offices (الناشطة، وزير الخارجية), nothing else:
        // مقربون من ماكرون are unnamed, لعبة بوكيمون is no one.
        let first_personal = at == 0 || self.is_role(head) || is_definite(head);
        match mention.entity_type {
            EntityType::Pers if !first_personal && in_set(&ANONYMOUS_HEADS, head) => {
                return Some(Reading::Source(self.anonymous(toks, heads, span)));
            }
            EntityType::Pers if !first_personal => return None,
            EntityType::Pers => {
                d.role =
                    (!before.is_empty()).then(|| before.trim_end_matches(['،', ',']).to_owned());
                d.handles.extend(name_handles(&mention.text));
            }
            _ if at > 0 && in_set(&ANONYMOUS_HEADS, head) && !is_definite(head) => {
                return Some(Reading::Source(self.anonymous(toks, heads, span)));
            }
            _ if at > 0
                && self.is_role(head)
                && !in_set(&OUTLET_HEADS, head)
                && !in_set(&DOCUMENT_HEADS, head) =>
            {
                // وزير الخارجية الأميركي، المتحدث باسم الجيش: an office, held by a person.
                d.name = None;
                d.mention = None;
                d.role = Some(self.slice(span.start, span.end).to_owned());
            }
            // استعداد الاتحاد العام: an organisation after a common noun is its
            // genitive (readiness of …), not the source.
            _ if at > 0
                && ![
                    &OUTLET_HEADS,
                    &ORGANIZATION_HEADS,
                    &DOCUMENT_HEADS,
                    &SPEECH_NOUNS,
                ]
                .iter()
                .any(|set| in_set(set, head)) =>
            {
                return None;
            }
            _ => {
                if let Some(reading) = self.document(toks, heads, span) {
                    return Some(reading);
                }
                d.kind = if OUTLETS.is_outlet(&fold_key(&mention.text))
                    || self.is_outlet_name(&mention.text)
                    || in_set(&OUTLET_HEADS, head)
                {
                    SourceKind::Outlet
                } else {
                    SourceKind::Organization
                };
                d.handles.push(fold_key(&mention.text));
            }
        }
        Some(Reading::Source(d))
    }

    /// A source the words alone describe.
    fn by_words(
        &self,
        toks: &[Tok<'_>],
        heads: &[String],
        span: Span,
        context: Context,
    ) -> Reading {
        let head = heads[0].as_str();
        let definite = is_definite(toks[0].key)
            || (context == Context::Object && toks[0].key.starts_with("لل"));
        let bare_definite = definite && toks.len() <= 2;
        // وفقا للقانون، حسب الجهات: the heads that are never a source, read before
        // the lists where the same word may also stand (جهات مطلعة).
        if definite && NON_SOURCE_HEADS.has(head) {
            return Reading::NotSource;
        }
        if let Some(len) = OUTLETS.match_len(heads.iter().map(String::as_str)) {
            let mut d = Self::described(heads, SourceKind::Outlet, span, toks);
            d.name = Some(
                self.slice(toks[0].span.start, toks[len - 1].span.end)
                    .to_owned(),
            );
            return Reading::Source(d);
        }
        if in_set(&DOCUMENT_HEADS, head) || in_set(&SPEECH_NOUNS, head) {
            if let Some(reading) = self.document(toks, heads, span) {
                return reading;
            }
            if in_set(&SPEECH_NOUNS, head) {
                return Reading::NotSource;
            }
            let d = Self::described(heads, SourceKind::Document, span, toks);
            return refers_back_if(bare_definite, head, d);
        }
        if in_set(&OUTLET_HEADS, head) {
            let mut d = Self::described(heads, SourceKind::Outlet, span, toks);
            d.name = self.name_after_head(toks);
            return refers_back_if(bare_definite && d.name.is_none(), head, d);
        }
        // الخبير، النائب: an office that names one person, unless it is the
        // generic unnamed official or source (المسؤول، المصدر).
        let personal_office = definite
            && self.is_role(head)
            && !matches!(strip_article(head), "مسوول" | "مسووله" | "مسيول" | "مصدر");
        // الاثنان المتبقيان: people counted, unnamed.
        let counted = number_word(head).is_some_and(|_| toks.len() > 1)
            || number_word(strip_article(head)).is_some_and(|_| definite);
        if !personal_office && (in_set(&ANONYMOUS_HEADS, head) || counted) {
            let d = self.anonymous(toks, heads, span);
            let handle = d.handles.first().map_or(head, String::as_str).to_owned();
            return refers_back_if(definite, &handle, d);
        }
        if self.is_role(head) {
            // وزير الخارجية، رئيس شبكة دستورنا: a construct whose second word is
            // definite or names an organisation is definite.
            let definite = definite
                || toks.get(1).is_some_and(|t| {
                    is_definite(t.key)
                        || in_set(&ORGANIZATION_HEADS, t.key)
                        || in_set(&OUTLET_HEADS, t.key)
                });
            if let Some(at) = self.name_start(toks) {
                let mut d = Self::described(heads, SourceKind::Person, span, toks);
                d.name = Some(self.slice(toks[at].span.start, span.end).to_owned());
                d.role = Some(self.slice(span.start, toks[at - 1].span.end).to_owned());
                d.handles
                    .extend(name_handles(d.name.as_deref().unwrap_or_default()));
                return Reading::Source(d);
            }
            if !definite {
                return Reading::Source(self.anonymous(toks, heads, span));
            }
            let mut d = Self::described(heads, SourceKind::Person, span, toks);
            d.role = Some(self.slice(span.start, span.end).to_owned());
            let handle = d
                .handles
                .first()
                .cloned()
                .unwrap_or_else(|| strip_article(head).to_owned());
            return Reading::RefersBack {
                handle,
                fallback: d,
            };
        }
        if in_set(&ORGANIZATION_HEADS, head) {
            let d = Self::described(heads, SourceKind::Organization, span, toks);
            return refers_back_if(bare_definite, head, d);
        }
        if readings(head).iter().any(|r| NON_SOURCE_HEADS.has(r))
            || readings(toks[0].key)
                .iter()
                .any(|r| NON_SOURCE_HEADS.has(r))
        {
            return Reading::NotSource;
        }
        if self.starts_like_a_name(toks[0].key) {
            let mut d = Self::described(heads, SourceKind::Person, span, toks);
            d.name = Some(self.slice(span.start, span.end).to_owned());
            d.handles = name_handles(d.name.as_deref().unwrap_or_default());
            return if toks.len() == 1 {
                Reading::RefersBack {
                    handle: head.to_owned(),
                    fallback: d,
                }
            } else {
                Reading::Source(d)
            };
        }
        let quoted_or_latin = toks[0].key.bytes().any(|b| b.is_ascii_alphabetic())
            || toks.iter().any(|t| t.has_after(gap::QUOTE));
        // A word the lists do not know, as the subject of a reporting verb: most
        // often someone described (المشجع، المزارع); organisations are in the lists.
        let kind = if quoted_or_latin && context == Context::Object {
            SourceKind::Outlet
        } else {
            SourceKind::Person
        };
        let mut d = Self::described(heads, kind, span, toks);
        let words = self
            .slice(span.start, span.end)
            .trim_matches(['"', '“', '”', '«', '»'])
            .to_owned();
        if definite && kind == SourceKind::Person {
            d.role = Some(words);
        } else {
            d.name = Some(words);
        }
        if quoted_or_latin && context == Context::Object {
            return Reading::Source(d);
        }
        // الشركتان، الوزارتين: two of an organisation.
        let dual_stem = head
            .strip_suffix("تان")
            .or_else(|| head.strip_suffix("تين"))
            .map(|stem| format!("{stem}ه"));
        if dual_stem.is_some_and(|stem| in_set(&ORGANIZATION_HEADS, &stem)) {
            let mut d = Self::described(heads, SourceKind::Organization, span, toks);
            d.name = Some(words_of(self, span));
            return Reading::Source(d);
        }
        // المهربون، منظمون: a group of people named by what they do.
        if toks.len() <= 2 && (head.ends_with("ون") || head.ends_with("ين")) {
            let mut group = self.anonymous(toks, heads, span);
            group.human_plural = true;
            if let Some(a) = group.anonymous.as_mut() {
                a.count = None;
            }
            return Reading::Unknown(group);
        }
        Reading::Unknown(d)
    }

    /// A document with its issuer (تقرير لموقع أكسيوس، بيان الوزارة، أرقام نشرتها
    /// وزارة الفلاحة): the issuer is the source, the document is kept.
    fn document(&self, toks: &[Tok<'_>], heads: &[String], span: Span) -> Option<Reading> {
        let head = heads[0].as_str();
        if !(in_set(&DOCUMENT_HEADS, head) || in_set(&SPEECH_NOUNS, head)) || toks.len() < 2 {
            return None;
        }
        let mut at = 1;
        // Adjectives of the document itself (صادر، الأولية، رسمي) come before the issuer.
        while at < toks.len() && is_issuer_glue(toks[at].key) {
            at += 1;
        }
        if at >= toks.len() {
            return None;
        }
        let issuer = Span::new(toks[at].span.start, span.end);
        let first = toks[at].key;
        // A definite document (التقرير الأممي) takes adjectives, not a possessor: its issuer needs ل or عن.
        let definite_head = is_definite(toks[0].key);
        let genitive = first.starts_with('ل')
            || (!definite_head && first.starts_with("ال"))
            || (at > 1 && !definite_head)
            || toks[at - 1].key == "عن"
            || (!definite_head
                && ([&ANONYMOUS_HEADS, &ORGANIZATION_HEADS, &OUTLET_HEADS]
                    .iter()
                    .any(|set| in_set(set, first))
                    || self.is_role(first)));
        if !genitive
            && !self.mentions.iter().any(|m| issuer.contains(m.span))
            && !self.starts_like_a_name(first)
        {
            return None;
        }
        let document = self
            .slice(span.start.max(toks[0].span.start), toks[0].span.end)
            .to_owned();
        let reading = self.read(issuer, Context::Object);
        let with_document = |mut d: Described| {
            d.document = Some(document.clone());
            d.handles.push(strip_article(head).to_owned());
            d
        };
        match reading {
            Reading::Source(d) => Some(Reading::Source(with_document(d))),
            Reading::RefersBack { handle, fallback } => Some(Reading::RefersBack {
                handle,
                fallback: with_document(fallback),
            }),
            Reading::Unknown(d)
                if d.kind != SourceKind::Person || self.starts_like_a_name(first) =>
            {
                Some(Reading::Source(with_document(d)))
            }
            _ => None,
        }
    }

    /// An unnamed source: how many, from where.
    fn anonymous(&self, toks: &[Tok<'_>], heads: &[String], span: Span) -> Described {
        let mut head_at = 0;
        let mut count = None;
        if let Some(n) = number_word(strip_article(&heads[0])) {
            count = Some(n);
            head_at = 1;
            // أحد المسؤولين، عدد من المصادر.
        }
        if matches!(heads[0].as_str(), "عدد" | "بعض") {
            head_at = toks
                .iter()
                .position(|t| {
                    (in_set(&ANONYMOUS_HEADS, t.key) || in_set(&OUTLET_HEADS, t.key))
                        && !matches!(t.key, "عدد" | "بعض")
                })
                .unwrap_or(0);
        }
        let head = heads.get(head_at).map_or("", String::as_str);
        if count.is_none() {
            count = if in_set(&DUAL_HEADS, head) {
                Some(2)
            } else if in_set(&PLURAL_HEADS, head) || matches!(heads[0].as_str(), "عدد" | "بعض")
            {
                None
            } else {
                Some(1)
            };
        }
        let affiliation = self.affiliation(&toks[(head_at + 1).min(toks.len())..]);
        // بعض المواقع الإلكترونية: unnamed outlets are outlets.
        if in_set(&OUTLET_HEADS, head) {
            return Self::described(heads, SourceKind::Outlet, span, toks);
        }
        let mut d = Self::described(heads, SourceKind::Anonymous, span, toks);
        d.anonymous = Some(Anonymity {
            count,
            affiliation,
            stated: false,
        });
        d.human_plural = count.is_none_or(|n| n > 1)
            && !matches!(
                strip_article(head),
                "مصادر" | "جهات" | "اوساط" | "دوائر" | "مصادرها" | "مصادره"
            );
        d.handles = vec![strip_article(head).to_owned()];
        d
    }

    /// Where an unnamed source is from: the phrase after its head, less the
    /// words that only say how well placed it is (كبير، مطلعة على…).
    fn affiliation(&self, rest: &[Tok<'_>]) -> Option<String> {
        let mut words = rest.iter().skip_while(|t| QUALITY_WORDS.has(t.key));
        let first = words.next()?;
        // مطلعة على سير المحادثات says how it knows, not where it is from.
        if matches!(first.key, "علي" | "الي") {
            return None;
        }
        let is_prep = |key: &str| {
            matches!(
                key,
                "في" | "من" | "داخل" | "ب" | "لدي" | "باسم" | "ضمن" | "صلب"
            )
        };
        let start = if is_prep(first.key) {
            let mut next = words.next()?;
            while is_prep(next.key) {
                next = words.next()?;
            }
            next.span.start
        } else if let Some(rest) = first.key.strip_prefix('ب').filter(|r| r.starts_with("ال")) {
            first.span.end - rest.len()
        } else {
            first.span.start
        };
        let end = rest.last()?.span.end;
        (start < end).then(|| self.slice(start, end).to_owned())
    }

    fn described(heads: &[String], kind: SourceKind, span: Span, toks: &[Tok<'_>]) -> Described {
        Described {
            kind,
            span,
            name: None,
            mention: None,
            role: None,
            anonymous: None,
            document: None,
            handles: Self::role_handles(toks, heads),
            human_plural: false,
            restored_article: false,
        }
    }

    /// The words a later phrase refers back by: the head, and for an office
    /// its first two words (وزير الخارجية is not وزير الدفاع).
    fn role_handles(toks: &[Tok<'_>], heads: &[String]) -> Vec<String> {
        let (Some(first), Some(head)) = (toks.first(), heads.first()) else {
            return Vec::new();
        };
        let head = strip_article(head).to_owned();
        let mut handles = Vec::with_capacity(2);
        // وزير الخارجية (a construct) is one office; الوزير الأميركي is الوزير described.
        if let Some(second) = toks
            .get(1)
            .filter(|t| !is_definite(first.key) && is_definite(t.key) && !t.has_after(gap::QUOTE))
        {
            handles.push(format!("{head} {}", strip_article(second.key)));
        }
        handles.push(head);
        handles
    }

    /// An unnamed person for a phrase that points back to nobody (المتحدث with no one before).
    pub fn fallback_person(&self, span: Span) -> Described {
        let mut keys = String::new();
        let toks = tokenize(self.text, span, &[], &mut keys);
        let heads: Vec<String> = toks.iter().map(|t| t.key.to_owned()).collect();
        let mut d = Self::described(&heads, SourceKind::Person, span, &toks);
        d.role = Some(self.slice(span.start, span.end).to_owned());
        d
    }

    /// True when the words at `span` are a person's name (a person mention, or
    /// a known given name first).
    pub fn names_a_person(&self, span: Span) -> bool {
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        let mentioned = self.mentions[from..]
            .iter()
            .take_while(|m| m.span.start < span.end)
            .any(|m| m.entity_type == EntityType::Pers);
        let first = span
            .slice(self.text)
            .and_then(|s| s.split_whitespace().next())
            .map(fold_key)
            .unwrap_or_default();
        let word = self.names.get(strip_article(&first));
        let office = self.is_role(&first);
        mentioned
            || (!office
                && (word.given >= 20
                    || (first.starts_with("ال") && word.given + word.family >= 20)))
    }

    /// True for a title or an office (الوزير، وزير، المتحدث، الخبير).
    fn is_role(&self, key: &str) -> bool {
        readings(key)
            .iter()
            .any(|r| self.gazetteer.is_title_word(r) || ROLE_HEADS.has(r))
    }

    /// Where a person's name starts after the role words, if one does.
    fn name_start(&self, toks: &[Tok<'_>]) -> Option<usize> {
        (1..toks.len()).find(|&i| {
            !is_definite(toks[i].key)
                && self.starts_like_a_name(toks[i].key)
                && !self.is_role(toks[i].key)
        })
    }

    /// A word that opens a person's name: a known given name, أبو/أم of a kunya.
    fn starts_like_a_name(&self, key: &str) -> bool {
        let bare = key.strip_prefix('و').unwrap_or(key);
        // وجود، ضيف are given names of a few people: a name needs more.
        matches!(bare, "ابو" | "ام" | "ابن" | "بن")
            || self.names.get(key).given >= 10
            || (self.names.get(key).transliterated && !is_definite(key))
    }

    /// The outlet's name after its head noun (موقع “أكسيوس” الأمريكي → أكسيوس).
    fn name_after_head(&self, toks: &[Tok<'_>]) -> Option<String> {
        let second = toks.get(1)?;
        let named = !is_definite(second.key)
            || toks[0].has_after(gap::QUOTE)
            || second.has_after(gap::QUOTE);
        let last = if toks[0].has_after(gap::QUOTE) {
            toks.iter()
                .skip(1)
                .position(|t| t.has_after(gap::QUOTE))
                .map_or(1, |p| p + 1)
        } else {
            1
        };
        named.then(|| {
            self.slice(second.span.start, toks[last].span.end)
                .to_owned()
        })
    }

    fn is_outlet_name(&self, name: &str) -> bool {
        self.gazetteer
            .canonical_of(&fold_key(name))
            .is_some_and(|(canonical, _)| OUTLETS.is_outlet(&fold_key(canonical)))
    }

    /// The first word of an object without its preposition ل, reading
    /// للجنة as لجنة or الجنة and لموقع as موقع by what the lists know.
    pub fn object_head(&self, key: &str) -> String {
        let mut candidates: Vec<String> = Vec::with_capacity(3);
        if let Some(rest) = key.strip_prefix("لل") {
            candidates.push(format!("ال{rest}"));
            candidates.push(format!("ل{rest}"));
        } else if let Some(rest) = key.strip_prefix('ل').filter(|r| r.chars().count() >= 2) {
            candidates.push(rest.to_owned());
        }
        let known = |c: &str| {
            let bare = c.strip_prefix("ال").unwrap_or(c);
            [
                &OUTLET_HEADS,
                &ORGANIZATION_HEADS,
                &DOCUMENT_HEADS,
                &SPEECH_NOUNS,
                &ANONYMOUS_HEADS,
                &NON_SOURCE_HEADS,
            ]
            .iter()
            .any(|set| set.has(c) || set.has(bare))
                || self.gazetteer.is_title_word(c)
                || ROLE_HEADS.has(c)
                || ROLE_HEADS.has(bare)
                || self.gazetteer.word_type(c).is_some()
                || OUTLETS.is_outlet(c)
        };
        if known(key) {
            return key.to_owned();
        }
        candidates
            .iter()
            .find(|c| known(c))
            .or(candidates.first())
            .cloned()
            .unwrap_or_else(|| key.to_owned())
    }

    fn slice(&self, start: usize, end: usize) -> &str {
        self.text.get(start..end).unwrap_or_default()
    }
}

/// The words at `span`, without quotation marks around them.
fn words_of(classifier: &Classifier<'_>, span: Span) -> String {
    classifier
        .slice(span.start, span.end)
        .trim_matches(['"', '“', '”', '«', '»'])
        .to_owned()
}

/// A phrase that points back when it is a bare definite head, else a source.
fn refers_back_if(refers: bool, head: &str, d: Described) -> Reading {
    if refers {
        Reading::RefersBack {
            handle: strip_article(head).to_owned(),
            fallback: d,
        }
    } else {
        Reading::Source(d)
    }
}

/// Words between a document and its issuer (بيان صادر عن، أرقام نشرتها، التقرير الأخير لـ).
fn is_issuer_glue(key: &str) -> bool {
    matches!(
        key,
        "صادر"
            | "الصادر"
            | "الصادره"
            | "صادره"
            | "عن"
            | "ل"
            | "جديد"
            | "جديده"
            | "الجديد"
            | "الاخير"
            | "الاخيره"
            | "اخير"
            | "رسمي"
            | "رسميه"
            | "الرسمي"
            | "الرسميه"
            | "مشترك"
            | "السنوي"
            | "سنوي"
            | "اولي"
            | "الاولي"
            | "الاوليه"
            | "نشرتها"
            | "نشرها"
            | "نشره"
            | "اصدرتها"
            | "اصدرها"
            | "اصدره"
            | "اوردتها"
            | "اوردها"
            | "اعدته"
            | "اعدها"
            | "اعده"
            | "اعدتها"
            | "اجرتها"
            | "اجراها"
            | "اجراه"
            | "اجرته"
            | "حصلت"
            | "حصل"
            | "نشرته"
            | "اصدرته"
            | "اطلعت"
            | "عليها"
            | "عليه"
    ) || QUALITY_WORDS.has(key)
}

/// Folded words a later mention of a person may use: each word of the name.
fn name_handles(name: &str) -> Vec<String> {
    let mut handles = Vec::new();
    for word in name.split_whitespace().map(fold_key) {
        let bare = strip_article(&word).to_owned();
        if bare != word {
            handles.push(bare);
        }
        handles.push(word);
    }
    handles
}
