//! Phrases around a reporting cue: the noun phrase that names a source, the
//! material between it and the statement (the outlet it was said to, the
//! occasion, a description, a formula of anonymity), and where the statement
//! starts and ends.

use crate::Span;
use crate::entities::gazetteer::Gazetteer;
use crate::entities::names::NameWords;

use super::lexicon::{
    ANONYMOUS_HEADS, CLAUSE_MARKERS, DISCLOSURE_WORDS, DOCUMENT_HEADS, FRAME_WORDS,
    GENERIC_AUDIENCES, IDENTITY_WORDS, OCCASION_NOUNS, ORGANIZATION_HEADS, OUTLET_HEADS,
    QUALITY_WORDS, ROLE_HEADS, SAME_WORDS, SPEECH_NOUNS, TIME_WORDS, WITHHOLDING_WORDS, in_set,
    is_definite, number_word, strip_article,
};
use super::lexicon::{FrameWord, OCCASION_ADJECTIVES};
use super::outlets::OUTLETS;
use super::tokens::{Tok, gap};
use super::verbs::{Takes, Verb, form_of};

/// Longest noun phrase taken as a source, in words.
const MAX_PHRASE: usize = 12;

/// Longest statement, in words.
const MAX_STATEMENT: usize = 300;

/// Longest stretch between a source and its statement, in words.
const MAX_DETAILS: usize = 30;

/// How a link in the chain relates to the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViaHint {
    /// Whom the source relies on (نقلا عن مصادر).
    Cites,
    /// Who carried the statement (قال للموقع، في تصريح لوكالة…).
    Carrier,
    /// Decided once the kinds are known (بحسب X inside another report).
    Auto,
}

/// Where the statement starts, as found after a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Complement {
    /// A clause after أنّ/إنّ, starting at this word.
    Clause(usize),
    /// A quotation (index into the passage's quotations).
    Quote(u16),
    /// Words after a colon.
    Colon(usize),
    /// A noun object (نفى الاتهامات، أعلن إطلاق…).
    Object(usize),
}

/// What lies between a source and its statement.
#[derive(Clone, Debug, Default)]
pub(super) struct Details {
    pub vias: Vec<(Span, ViaHint)>,
    pub occasion: Option<Span>,
    pub appositive: Option<Span>,
    pub stated: bool,
    pub complement: Option<Complement>,
    /// The stance of a participle right after the verb (وتابع مؤكدا).
    pub participle: Option<super::verbs::Stance>,
}

/// What a noun phrase is being read for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Role {
    /// The subject of a reporting verb.
    Subject,
    /// The object of a frame (بحسب X) or of نقلا عن.
    Object,
    /// The outlet a statement was given to.
    Carrier,
}

/// The words of one passage and the lists the phrase rules read.
pub(super) struct Words<'t> {
    pub toks: Vec<Tok<'t>>,
    pub quotes: Vec<Span>,
    /// Per quotation: long enough to be speech (short ones are names or scare quotes).
    pub speech: Vec<bool>,
    pub names: &'t NameWords,
    pub gazetteer: &'t Gazetteer,
}

impl Words<'_> {
    pub fn key(&self, k: usize) -> &str {
        self.toks.get(k).map_or("", |t| t.key)
    }

    pub fn span(&self, first: usize, last: usize) -> Span {
        Span::new(self.toks[first].span.start, self.toks[last].span.end)
    }

    /// True when word `k` is inside a quotation long enough to be speech.
    pub fn in_speech(&self, k: usize) -> bool {
        self.toks
            .get(k)
            .and_then(|t| t.quote)
            .is_some_and(|q| self.speech[usize::from(q)])
    }

    /// The quotation that starts at word `k`, if it is speech.
    pub fn speech_starting_at(&self, k: usize) -> Option<u16> {
        let q = self.toks.get(k)?.quote?;
        let starts = k == 0 || self.toks[k - 1].quote != Some(q);
        (starts && self.speech[usize::from(q)]).then_some(q)
    }

    /// True when word `k` is the last of a speech quotation.
    pub fn ends_speech(&self, k: usize) -> bool {
        self.in_speech(k) && self.toks.get(k + 1).map(|t| t.quote) != Some(self.toks[k].quote)
    }

    /// A word of a person's name, a known name, or a Latin one.
    pub fn is_name_word(&self, key: &str) -> bool {
        // Offices and heads are common nouns, even when someone bears them as a surname (وزير).
        if is_particle(key)
            || self.gazetteer.is_title_word(key)
            || [
                &ROLE_HEADS,
                &ANONYMOUS_HEADS,
                &ORGANIZATION_HEADS,
                &OUTLET_HEADS,
                &DOCUMENT_HEADS,
            ]
            .iter()
            .any(|set| set.has(key))
        {
            return false;
        }
        // The list's transliteration flag also covers particles (في، عن): trusted
        // only for longer indefinite words (روبيو، بوليتيكو).
        let word = self.names.get(key);
        word.given >= 3
            || word.family >= 3
            || (word.transliterated && key.chars().count() >= 4 && !is_definite(key))
            || self.gazetteer.word_type(key).is_some()
            || key.bytes().any(|b| b.is_ascii_alphabetic())
    }

    /// True when a source phrase headed by word `head` may take a prepositional
    /// part (مسؤول في الإدارة، المتحدث باسم الوزارة، تقرير لموقع…).
    fn head_takes_complements(&self, head: usize) -> bool {
        let key = self.key(head);
        [
            &ANONYMOUS_HEADS,
            &ROLE_HEADS,
            &ORGANIZATION_HEADS,
            &DOCUMENT_HEADS,
            &SPEECH_NOUNS,
            &OUTLET_HEADS,
        ]
        .iter()
        .any(|set| in_set(set, key))
            || self.gazetteer.is_title_word(key)
            || number_word(key).is_some()
    }

    /// True when word `k` begins the outlet a statement was given to
    /// (للموقع، لوكالة رويترز، لـ"الفاصل"، للصحفيين).
    pub fn is_carrier_start(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        if t.key == "ل" {
            return k + 1 < self.toks.len();
        }
        let Some(rest) = t.key.strip_prefix('ل') else {
            return false;
        };
        // في بلاغ لها، قال له: a pronoun, not an outlet.
        if matches!(
            rest,
            "ه" | "ها" | "هم" | "هما" | "هن" | "نا" | "ي" | "ك" | "كم"
        ) {
            return false;
        }
        if rest.chars().count() < 2 {
            return false;
        }
        let stripped = if let Some(after) = t.key.strip_prefix("لل") {
            format!("ال{after}")
        } else {
            rest.to_owned()
        };
        if in_set(&OUTLET_HEADS, &stripped) || GENERIC_AUDIENCES.has(&stripped) {
            return true;
        }
        let mut words =
            std::iter::once(stripped.as_str()).chain(self.toks[k + 1..].iter().map(|t| t.key));
        if OUTLETS.match_len(&mut words).is_some() {
            return true;
        }
        // لـ"الفاصل": a quoted name after ل, unless an organisation's (لمنظمة "…").
        if t.has_after(gap::QUOTE)
            && self.toks.get(k + 1).is_some_and(|n| n.quote.is_some())
            && !in_set(&ORGANIZATION_HEADS, &stripped)
        {
            return true;
        }
        // An unknown name right before the statement, after the verb or after the
        // speaker's name (وأضاف للفاصل أن، قالت ابتسام السعدي للفاصل، إن): an outlet.
        // After an office it is the office's (الكاتب العام للنقابة إن).
        let marker_next = CLAUSE_MARKERS.has(self.key(k + 1))
            || (t.has_after(gap::COMMA) && CLAUSE_MARKERS.has(self.key(k + 2)));
        let after_verb_or_name = k > 0 && {
            let prev = self.key(k - 1);
            form_of(prev).is_some_and(|f| !f.participle) || self.is_name_word(prev)
        };
        marker_next
            && !in_set(&ORGANIZATION_HEADS, &stripped)
            && self.gazetteer.word_type(&stripped).is_none()
            && (after_verb_or_name || !is_definite_common(&stripped, self))
    }

    /// The last word of the noun phrase that starts at `first`, if one does.
    pub fn phrase_end(
        &self,
        first: usize,
        end: usize,
        role: Role,
        verb: Option<&Verb>,
    ) -> Option<usize> {
        let head = self.toks.get(first)?;
        if first >= end
            || CLAUSE_MARKERS.has(head.key)
            || TIME_WORDS.has(head.key)
            || form_of(head.key).is_some()
            || FRAME_WORDS.contains_key(head.key)
            || self.speech_starting_at(first).is_some()
            || is_particle(head.key)
        {
            return None;
        }
        let complements = self.head_takes_complements(first);
        let object_verb = role == Role::Subject && verb.is_some_and(|v| v.takes == Takes::Object);
        let mut k = first;
        loop {
            let t = &self.toks[k];
            if t.has_after(gap::PAUSE) || k + 1 >= end || k + 1 - first >= MAX_PHRASE {
                return Some(k);
            }
            let next = k + 1;
            let nk = self.key(next);
            if self.speech_starting_at(next).is_some()
                || CLAUSE_MARKERS.has(nk)
                || TIME_WORDS.has(nk)
                || form_of(nk).is_some()
                || FRAME_WORDS.contains_key(nk)
                || WITHHOLDING_WORDS.has(nk)
                || verb.is_some_and(|v| v.preps.contains(&nk))
            {
                return Some(k);
            }
            if !self.may_continue(first, k, next, role, complements, object_verb) {
                return Some(k);
            }
            k = next;
        }
    }

    /// Whether the phrase that started at `first` and reached `k` goes on to `next`.
    fn may_continue(
        &self,
        first: usize,
        k: usize,
        next: usize,
        role: Role,
        complements: bool,
        object_verb: bool,
    ) -> bool {
        let nk = self.key(next);
        let after = self.key(next + 1);
        if self.in_outlet_name(next) {
            return true;
        }
        let document =
            in_set(&DOCUMENT_HEADS, self.key(first)) || in_set(&SPEECH_NOUNS, self.key(first));
        match nk {
            // Where an unnamed source is from: مسؤول في الإدارة، مصادر من داخل الحكومة.
            "في" | "من" | "داخل" | "ضمن" => {
                complements
                    && !is_month(after)
                    && !is_occasion(after)
                    && !TIME_WORDS.has(after)
                    && !is_side_word(after)
            }
            // النائب عن حركة…, بيان صادر عن الرئاسة.
            "عن" => matches!(strip_article(self.key(k)), "نايب" | "صادر" | "صادره"),
            // علي written with ي after a name is the name Ali (يحيى محمد علي).
            "علي" if !self.toks[next].raw.ends_with('ى') && self.is_name_word(self.key(k)) => {
                true
            }
            "علي" | "الي" | "مع" | "حول" | "بشان" => {
                nk == "علي" && strip_article(self.key(k)).starts_with("مطلع")
            }
            _ if nk.starts_with('ل') && nk != "ل" && nk.chars().count() > 2 => {
                // تقرير لموقع أكسيوس: a document's ل names its issuer, even an outlet.
                if role != Role::Carrier && !document && self.is_carrier_start(next) {
                    return false;
                }
                // تقرير لموقع…، الكاتب العام للنقابة: the ل of possession.
                complements
            }
            "ل" => {
                role != Role::Carrier && (document || (complements && !self.is_carrier_start(next)))
            }
            // بالبنتاغون، باسم: a preposition on the word (not بوليتيكو، برس).
            // … بالاتحاد العام للشغل، … بالكاف: where an office or a source belongs.
            _ if nk.starts_with("بال") || nk == "باسم" => {
                let rest = nk.get('ب'.len_utf8()..).unwrap_or_default();
                nk == "باسم"
                    || (complements
                        && (in_set(&ANONYMOUS_HEADS, self.key(first))
                            || in_set(&ORGANIZATION_HEADS, rest)
                            || self.gazetteer.word_type(rest).is_some()))
            }
            // المدير الجهوي للتجارة بنابل: the place an office is in.
            _ if nk.starts_with('ب')
                && complements
                && nk.get('ب'.len_utf8()..).is_some_and(|place| {
                    self.gazetteer.word_type(place) == Some(crate::EntityType::Loc)
                }) =>
            {
                true
            }
            // أرقام نشرتها وزارة…: "which … published" links a document to its issuer
            // only right after it (بلاغ لمؤسسة تيسير نشرته الأربعاء ends the phrase).
            _ if is_published_verb(nk) => document && k == first,
            // الرئيس المدير العام ورئيس النيابة…: offices joined by و.
            _ if nk.starts_with('و')
                && complements
                && nk.get('و'.len_utf8()..).is_some_and(|rest| {
                    self.gazetteer.is_title_word(rest) || ROLE_HEADS.has(rest)
                }) =>
            {
                true
            }
            _ => !self.starts_new_phrase(first, next, object_verb),
        }
    }

    /// True when word `k` is inside an outlet's name that starts a few words
    /// before it (الجوهرة أف أم، وكالة تونس إفريقيا للأنباء).
    fn in_outlet_name(&self, k: usize) -> bool {
        if !OUTLETS.may_contain(self.key(k)) {
            return false;
        }
        (k.saturating_sub(3)..k).any(|start| {
            let words = self.toks[start..].iter().map(|t| t.key);
            OUTLETS.match_len(words).is_some_and(|len| start + len > k)
        })
    }

    /// Whether word `k` starts another constituent rather than continuing the
    /// phrase that began at `first`: a particle; a definite word after an
    /// indefinite adjective (مسؤول أمريكي الصحفيين); an indefinite common word
    /// after a definite one; and, after a verb that takes an object, a definite
    /// noun after a definite one (نفى حزب العمال الاتهامات).
    fn starts_new_phrase(&self, first: usize, k: usize, object_verb: bool) -> bool {
        let t = &self.toks[k];
        let prev = &self.toks[k - 1];
        if is_particle(t.key) {
            return true;
        }
        if t.quote.is_some()
            || number_word(t.key).is_some()
            || QUALITY_WORDS.has(t.key)
            || SAME_WORDS.has(t.key)
            || self.is_name_word(t.key)
        {
            return false;
        }
        // السيد كورونيس، الوزير بوريطة: after an office, an unknown word is a name.
        // (Not a feminine noun or a word with a pronoun on it: الوزير كلمته، الرئيس حالة.)
        if !is_definite(t.key)
            && !object_verb
            && !t.key.ends_with('ه')
            && (self.gazetteer.is_title_word(prev.key) || ROLE_HEADS.has(prev.key))
            && is_definite(prev.key)
            && k == first + 1
        {
            return false;
        }
        let prep_before = |i: usize| {
            let key = self.key(i);
            matches!(
                key,
                "في" | "من" | "عن" | "علي" | "الي" | "داخل" | "ضمن" | "باسم"
            ) || key.starts_with('ل')
                || (key.starts_with('ب') && key != "ب")
        };
        if is_definite(t.key) {
            // A name with the article runs to the comma after it (وزير الفلاحة الأسعد الاشعل،).
            let name_before_pause =
                (k..self.toks.len().min(k + 2)).any(|i| self.toks[i].has_after(gap::PAUSE));
            // وزارة الطاقة والمناجم: a genitive joined by و goes on.
            let coordinated = t.key.starts_with("وال");
            if object_verb
                && is_definite(prev.key)
                && !prev.key.starts_with('ل')
                && !is_adjective(t.key)
                && !name_before_pause
                && !coordinated
            {
                return true;
            }
            // مسؤول أمريكي الصحفيين, but وزارة الفلاحة (a noun before its genitive).
            return k >= first + 2
                && !is_definite(prev.key)
                && (is_adjective(prev.key) || QUALITY_WORDS.has(prev.key))
                && !self.is_name_word(prev.key)
                && !prep_before(k - 1)
                && !prep_before(k - 2)
                && prev.quote.is_none();
        }
        // الطاهر بياحي، الحبيب الصيد: a given name with the article goes on to the surname.
        (is_definite(prev.key) && !self.is_name_word(prev.key))
            || prev.quote.is_some()
            // نفى الرئيس قيس سعيد اتهامات: after a name of two words, not after a first name
            // (كشف مايك بنس).
            || (object_verb
                && self.is_name_word(prev.key)
                && k >= 2
                && self.is_name_word(self.key(k - 2)))
    }

    /// Reads what lies between a source (ending before `k`) and its statement.
    pub fn details(
        &self,
        mut k: usize,
        end: usize,
        verb: Option<&Verb>,
        after_subject: bool,
    ) -> Details {
        let mut d = Details::default();
        let mut first_segment = after_subject;
        let start = k;
        while k < end && k - start < MAX_DETAILS {
            if let Some(q) = self.speech_starting_at(k) {
                d.complement = Some(Complement::Quote(q));
                break;
            }
            if k > 0 && self.toks[k - 1].has_after(gap::COLON) {
                d.complement = Some(Complement::Colon(k));
                break;
            }
            let key = self.key(k);
            if CLAUSE_MARKERS.has(key) {
                if k + 1 < end {
                    d.complement = Some(Complement::Clause(k + 1));
                }
                break;
            }
            if let Some(v) = verb
                && v.preps.contains(&"ب")
                && key.starts_with('ب')
                && key.chars().count() > 3
                && !matches!(key, "باسم" | "بتاريخ")
            {
                // نوّه بالدور…, أفاد بوجود…: the preposition is written on the object.
                d.complement = Some(Complement::Object(k));
                break;
            }
            if let Some(v) = verb
                && v.preps.contains(&key)
            {
                d.complement = Some(if CLAUSE_MARKERS.has(self.key(k + 1)) {
                    Complement::Clause(k + 2)
                } else {
                    Complement::Object(k + 1)
                });
                break;
            }
            if let Some(next) = self.via_at(k, end, verb, &mut d) {
                k = next;
                continue;
            }
            if let Some(form) = form_of(key).filter(|f| f.participle)
                && !self.toks[k - 1].has_after(gap::PAUSE)
            {
                // ختم كلمته قائلا إن…، وتابع مؤكدا: the participle only colours the statement.
                if form.verb().lemma != "قال" {
                    d.participle = Some(form.verb().stance);
                }
                k += 1;
                continue;
            }
            if d.occasion.is_some() && OCCASION_ADJECTIVES.has(key) {
                k += 1;
                continue;
            }
            if WITHHOLDING_WORDS.has(key)
                && let Some(identity) = self.identity_after(k, end)
            {
                d.stated = true;
                k = identity + 1;
                continue;
            }
            if TIME_WORDS.has(key)
                || number_word(key).is_some()
                || is_month(key)
                || key.bytes().all(|b| b.is_ascii_digit())
            {
                k += 1;
                continue;
            }
            if key == "من" && is_side_word(self.key(k + 1)) {
                k += 2;
                continue;
            }
            // قال الخبير الاقتصادي، الهاشمي علية، إن / … بالكاف، الجمعي الزيدي ما…:
            // a name in apposition to the office before it.
            if first_segment
                && k > 0
                && self.toks[k - 1].has_after(gap::COMMA)
                && let Some(last) = self.name_run(k, end)
            {
                d.appositive = Some(self.span(k, last));
                first_segment = false;
                k = last + 1;
                continue;
            }
            if k > 0
                && self.toks[k - 1].has_after(gap::COMMA | gap::DASH | gap::PAREN)
                && let Some(close) = self.parenthetical_end(k, end)
            {
                if first_segment && is_definite(key) {
                    d.appositive = Some(self.span(k, close));
                }
                first_segment = false;
                k = close + 1;
                continue;
            }
            if let Some(marker) = self.marker_ahead(k, end) {
                // أبلغ مسؤول الصحفيين أن…، ووصف الهجوم بأنه…: a short object before the clause.
                d.complement = Some(Complement::Clause(marker + 1));
            } else if verb.is_some_and(|v| v.takes == Takes::Object) {
                d.complement = Some(Complement::Object(k));
            } else if let Some(colon) = self.colon_ahead(k, end) {
                // مضيفا بدون الخوض في التفاصيل: "…": an aside before the colon.
                d.complement = Some(Complement::Colon(colon + 1));
            }
            break;
        }
        d
    }

    /// A link of the chain starting at word `k` (an outlet spoken to, a source
    /// quoted, an occasion); returns the word after it.
    fn via_at(&self, k: usize, end: usize, verb: Option<&Verb>, d: &mut Details) -> Option<usize> {
        let key = self.key(k);
        let quoting_verb = verb.is_some_and(|v| matches!(v.lemma, "نقل" | "أورد" | "روى"));
        if (matches!(key, "نقلا" | "ونقلا") && self.key(k + 1) == "عن")
            || (key == "عن" && quoting_verb)
        {
            let from = if key == "عن" { k + 1 } else { k + 2 };
            let last = self.phrase_end(from, end, Role::Object, None)?;
            d.vias.push((self.span(from, last), ViaHint::Cites));
            // نقلت الوكالة عن الوزير قوله إن…: the verbal noun is not part of the statement.
            let after = last + 1;
            return Some(if self.key(after).starts_with("قول") {
                after + 1
            } else {
                after
            });
        }
        // ونقلت الوكالة على لسان قائد الجيش: whom it quotes.
        if key == "علي" && self.key(k + 1) == "لسان" {
            let last = self.phrase_end(k + 2, end, Role::Object, None)?;
            d.vias.push((self.span(k + 2, last), ViaHint::Cites));
            return Some(last + 1);
        }
        if key == "في" && is_occasion(self.key(k + 1)) {
            d.occasion = Some(self.span(k + 1, k + 1));
            return Some(k + 2);
        }
        if key == "مع" && d.occasion.is_some() {
            let last = self.phrase_end(k + 1, end, Role::Carrier, None)?;
            d.vias.push((self.span(k + 1, last), ViaHint::Carrier));
            return Some(last + 1);
        }
        if self.is_carrier_start(k) {
            let from = if key == "ل" { k + 1 } else { k };
            let last = self
                .phrase_end(from, end, Role::Carrier, None)
                .unwrap_or(from);
            d.vias.push((self.span(from, last), ViaHint::Carrier));
            return Some(last + 1);
        }
        None
    }

    /// The word naming the identity in an anonymity formula starting at `k`
    /// (طلب عدم الكشف عن اسمه، دون كشف اسمه).
    pub fn identity_after(&self, k: usize, end: usize) -> Option<usize> {
        let identity = (k + 1..end.min(k + 6)).find(|&i| IDENTITY_WORDS.has(self.key(i)))?;
        (k + 1..identity)
            .any(|i| DISCLOSURE_WORDS.has(self.key(i)))
            .then_some(identity)
    }

    /// A clause marker within the next few words, before any stop, colon,
    /// quotation or other report (commas may come between: في الجزائر، أن…).
    fn marker_ahead(&self, k: usize, end: usize) -> Option<usize> {
        for i in k..end.min(k + 20) {
            let key = self.key(i);
            // بعد أن، قبل أن: a subordinate clause, not the statement.
            let subordinate = i > 0
                && matches!(
                    self.key(i - 1),
                    "بعد" | "قبل" | "رغم" | "دون" | "حتي" | "منذ" | "بدون"
                );
            if CLAUSE_MARKERS.has(key) && !subordinate {
                return (i + 1 < end).then_some(i);
            }
            let reporting =
                form_of(key).is_some_and(|f| !(f.participle && f.verb().lemma == "قال"));
            if self.toks[i].has_after(gap::STOP | gap::COLON)
                || self.speech_starting_at(i).is_some()
                || reporting
                || FRAME_WORDS.contains_key(key)
            {
                return None;
            }
        }
        None
    }

    /// The last word of a person's name starting at `k` (two to four name words).
    fn name_run(&self, k: usize, end: usize) -> Option<usize> {
        let mut last = None;
        for i in k..end.min(k + 4) {
            let key = self.key(i);
            let bare = strip_article(key);
            // The first word must be a known name; surnames the lists do not know follow it.
            // A common given name (صاحب "owner" and ضيف "guest" are rare ones).
            let named = if i == k {
                let word = self.names.get(bare);
                word.given >= 20 || (bare != key && word.given + word.family >= 20)
            } else {
                !is_particle(key)
                    && !key.starts_with('ل')
                    && form_of(key).is_none()
                    && !FRAME_WORDS.contains_key(key)
                    && !TIME_WORDS.has(key)
                    && !self.head_takes_complements(i)
            };
            if !named || CLAUSE_MARKERS.has(key) || self.in_speech(i) {
                break;
            }
            last = Some(i);
            if self.toks[i].has_after(gap::PAUSE) {
                break;
            }
        }
        last.filter(|&l| l > k)
    }

    /// The word a colon follows within the next few words, when nothing
    /// between here and there opens a statement.
    fn colon_ahead(&self, k: usize, end: usize) -> Option<usize> {
        (k..end.min(k + 8))
            .take_while(|&i| {
                !CLAUSE_MARKERS.has(self.key(i)) && self.speech_starting_at(i).is_none()
            })
            .find(|&i| self.toks[i].has_after(gap::COLON))
            .filter(|&i| i + 1 < end)
    }

    /// The last word of a comma-closed aside starting at `k` (an apposition, a
    /// relative clause, a time), if it closes before `end` without a statement.
    fn parenthetical_end(&self, k: usize, end: usize) -> Option<usize> {
        for i in k..end.min(k + MAX_PHRASE) {
            if CLAUSE_MARKERS.has(self.key(i)) || self.speech_starting_at(i).is_some() {
                return None;
            }
            if self.toks[i].has_after(gap::COMMA | gap::DASH | gap::PAREN) {
                return (i + 1 < end).then_some(i);
            }
            if self.toks[i].has_after(gap::STOP | gap::COLON) {
                return None;
            }
        }
        None
    }

    /// The end (exclusive word index) of a statement starting at `from`: the
    /// sentence's end, or before another report in it (، مضيفا / ، وأضاف /
    /// ، بحسب / على حد قوله).
    pub fn statement_end(&self, from: usize, end: usize) -> usize {
        // A longer "sentence" is a run of text without stops, not one statement.
        let end = end.min(from + MAX_STATEMENT);
        for k in from + 1..end {
            if self.in_speech(k) {
                continue;
            }
            let key = self.key(k);
            let paused = self.toks[k - 1].has_after(gap::COMMA | gap::DASH | gap::PAREN);
            if let Some(form) = form_of(key)
                && (form.participle || (paused && form.conjunction))
            {
                return k;
            }
            // …، حيث قال / …، كما أكد: a new report after a comma and a particle.
            if form_of(key).is_some_and(|f| !f.participle && f.agreement.person == 3)
                && k >= from + 2
                && matches!(self.key(k - 1), "حيث" | "كما" | "فيما" | "بينما" | "اذ")
                && self.toks[k - 2].has_after(gap::COMMA | gap::DASH)
            {
                return k - 1;
            }
            if let Some(&(frame, lemma)) = FRAME_WORDS.get(key) {
                // بحسب، وفقا، نقلا close a statement anywhere; حسب and وفق only after a pause
                // (توزيع المنح حسب الحاجة is part of what was said).
                let strong = frame != FrameWord::According || !matches!(lemma, "حسب" | "وفق");
                if paused || strong || self.is_self_reference(k + 1) {
                    return k;
                }
            }
            if key == "علي" && self.key(k + 1) == "حد" {
                return k;
            }
        }
        end
    }

    /// حسب تعبيره، على حد قوله، وفق تقديره: the current speaker's own words.
    pub fn is_self_reference(&self, k: usize) -> bool {
        let key = self.key(k);
        let key = key.strip_prefix('ل').unwrap_or(key);
        [
            "تعبير",
            "قول",
            "تقدير",
            "وصف",
            "راي",
            "زعم",
            "رواي",
            "كلام",
            "ادعاء",
        ]
        .iter()
        .any(|noun| {
            key.strip_prefix(noun)
                .is_some_and(|suffix| matches!(suffix, "ه" | "ها" | "هم" | "هما" | "هن" | "ته"))
        })
    }
}

/// Words that never begin a source phrase.
pub(super) fn is_particle(key: &str) -> bool {
    matches!(
        key,
        "في" | "من"
            | "الي"
            | "علي"
            | "عن"
            | "مع"
            | "و"
            | "ف"
            | "ثم"
            | "او"
            | "بل"
            | "لكن"
            | "ولكن"
            | "كما"
            | "وكما"
            | "فيما"
            | "بينما"
            | "حيث"
            | "اذ"
            | "قد"
            | "وقد"
            | "لقد"
            | "ما"
            | "لا"
            | "لم"
            | "لن"
            | "هذا"
            | "هذه"
            | "ذلك"
            | "تلك"
            | "هو"
            | "هي"
            | "هم"
            | "انه"
            | "ان"
            | "كل"
            | "غير"
            | "عبر"
            | "خلال"
            | "وفي"
            | "ومن"
            | "وهو"
            | "وهي"
            | "التي"
            | "الذي"
            | "الذين"
            | "ايضا"
            | "كذلك"
            | "حتي"
            | "بين"
            | "منذ"
            | "لدي"
            | "وذلك"
            | "ولا"
            | "بعد"
            | "قبل"
            | "عند"
            | "عندما"
            | "اما"
            | "الا"
            | "سوي"
    )
}

/// An occasion noun, with a pronoun on it or not (في افتتاحيتها، في تصريحه).
pub(super) fn is_occasion(key: &str) -> bool {
    OCCASION_NOUNS.has(key)
        || ["ها", "ه", "هم"].iter().any(|suffix| {
            key.strip_suffix(suffix).is_some_and(|noun| {
                OCCASION_NOUNS.has(noun)
                    || noun
                        .strip_suffix('ت')
                        .is_some_and(|stem| OCCASION_NOUNS.has(&format!("{stem}ه")))
            })
        })
}

/// "Which … published / issued" (نشرتها، أصدره): a relative clause after a document.
pub(super) fn is_published_verb(key: &str) -> bool {
    [
        "نشرت",
        "نشر",
        "اصدرت",
        "اصدر",
        "اوردت",
        "اورد",
        "اعدت",
        "اعد",
        "اجرت",
        "اجر",
        "اجرا",
    ]
    .iter()
    .any(|verb| {
        key.strip_prefix(verb)
            .is_some_and(|suffix| matches!(suffix, "ه" | "ها" | "هم" | "ته" | "تها"))
    })
}

/// An adjective after a definite noun (العام، الأول، الجديد، and nisbas: الأميركي، الوطنية).
fn is_adjective(key: &str) -> bool {
    let bare = strip_article(key);
    bare.ends_with('ي')
        || bare.ends_with("يه")
        || bare.ends_with("ين")
        || bare.ends_with("ون")
        || bare.ends_with("يين")
        || bare.ends_with("يون")
        || matches!(
            bare,
            "عام"
                | "عامه"
                | "اول"
                | "اولي"
                | "ثاني"
                | "اعلي"
                | "اكبر"
                | "جديد"
                | "جديده"
                | "سابق"
                | "سابقه"
                | "اسبق"
                | "مكلف"
                | "مكلفه"
                | "مساعد"
                | "منتخب"
                | "دايم"
                | "دايمه"
                | "خاص"
                | "خاصه"
                | "مستقل"
                | "مستقله"
                | "عليا"
                | "متحده"
                | "كبير"
                | "كبيره"
                | "اخير"
                | "اخيره"
                | "حاكم"
                | "حاكمه"
                | "مقبل"
                | "مشترك"
                | "مشتركه"
                | "متحدث"
                | "ناطق"
                | "منتهيه"
                | "مستقيل"
                | "مختص"
                | "مختصه"
                | "مسوول"
                | "مسووله"
        )
}

/// A definite common word that is not itself a name (الاثنين، الإجراءات…).
fn is_definite_common(stripped: &str, words: &Words<'_>) -> bool {
    stripped.starts_with("ال") && words.gazetteer.word_type(stripped).is_none()
}

/// جهته، جانبه، ناحيتها: in من جهته (for his part).
fn is_side_word(key: &str) -> bool {
    ["جهت", "جانب", "ناحيت"].iter().any(|w| key.starts_with(w))
}

/// Month names, Gregorian (three systems) and Hijri, folded.
fn is_month(key: &str) -> bool {
    matches!(
        key,
        "يناير"
            | "فبراير"
            | "مارس"
            | "ابريل"
            | "مايو"
            | "يونيو"
            | "يوليو"
            | "اغسطس"
            | "سبتمبر"
            | "اكتوبر"
            | "نوفمبر"
            | "ديسمبر"
            | "جانفي"
            | "فيفري"
            | "افريل"
            | "ماي"
            | "جوان"
            | "جويليه"
            | "اوت"
            | "كانون"
            | "شباط"
            | "اذار"
            | "نيسان"
            | "ايار"
            | "حزيران"
            | "تموز"
            | "اب"
            | "ايلول"
            | "تشرين"
            | "الاول"
            | "الثاني"
            | "محرم"
            | "صفر"
            | "رمضان"
            | "شوال"
    )
}
