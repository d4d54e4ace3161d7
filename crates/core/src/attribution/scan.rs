//! Finding reported statements in an article's passages: reporting verbs,
//! participles that continue a speaker, source frames and headline forms,
//! each with its source phrase, the chain around it and the statement.
//!
//! This pass reads words and punctuation only; which phrases are sources of
//! what kind is decided afterwards, once the entities are known
//! (`classify`). The article parser runs it, so quotes know their speakers.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::Span;
use crate::entities::gazetteer::Gazetteer;
use crate::entities::names::NameWords;

use super::lexicon::{
    CLAUSE_MARKERS, FRAME_WORDS, FrameWord, NOT_REPORTING_BEFORE, UNAUTHORIZED_WORDS,
    WITHHOLDING_WORDS,
};
use super::lexicon::{OCCASION_NOUNS, OUTLET_HEADS, TIME_WORDS, in_set, is_definite};
use super::phrase::{Complement, Details, Role, ViaHint, Words, is_particle, is_published_verb};
use super::quotes::{MIN_SPEECH_WORDS, quotation_spans};
use super::tokens::{gap, tokenize};
use super::verbs::{Agreement, Form, Number, Stance, Takes, Verb, form_of};

/// What a passage is, for the forms a report takes in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassageKind {
    /// Running text: paragraphs, list items, quote blocks.
    Prose,
    /// A dek: reports count, but its speakers are not indirect speakers of the body.
    Dek,
    /// A headline, where `X: …` and `X يؤكد …` report speech.
    Title,
}

/// A stretch of the article's text read for reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Passage {
    pub span: Span,
    pub kind: PassageKind,
}

/// Who the source of a claim is, as far as the words say.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Subject {
    /// Named by a phrase in the text.
    Named(Span),
    /// A pronoun in the verb (وأوضح أن): someone named earlier.
    Implicit,
    /// A participle (مضيفا): whoever spoke last in this sentence.
    Continues,
}

/// A reported statement as the words show it, before its source is classified.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// The verb or frame words.
    pub cue: Span,
    /// The verb's citation form, or the frame's (بحسب، نقلا عن).
    pub lemma: &'static str,
    pub stance: Stance,
    /// The subject must be recognisably a source (an entity, a title, an outlet…)
    /// for the claim to stand: frames, headlines and verbs with other senses.
    pub strict: bool,
    /// Person, gender and number of the verb, for pronoun subjects.
    pub agreement: Agreement,
    pub subject: Subject,
    /// A description set off by commas after the subject (، المتخصص في …،).
    pub appositive: Option<Span>,
    /// Who the source relies on or who carried the statement.
    pub vias: Vec<(Span, ViaHint)>,
    /// The occasion noun (بيان، تصريح، مقابلة).
    pub occasion: Option<Span>,
    /// The text says the source asked not to be named.
    pub anonymity_stated: bool,
    pub statement: Span,
    /// For a verb that takes an object, the statement if the phrase read as
    /// its subject is its object instead (ووصفت جهود الإغاثة بأنها…، ونفى وجود…).
    pub object_reading: Option<Span>,
    /// Index of the sentence in the article, for continuations.
    pub sentence: u32,
    /// The cue is a frame (بحسب، نقلا عن), not a verb.
    pub frame: bool,
    /// The kind of passage the claim is in.
    pub passage: PassageKind,
    /// A frame or an "as X said" clause, folded into a report of the same sentence.
    attach: bool,
}

/// Reports and quotations found in an article.
#[derive(Clone, Debug, Default)]
pub struct Found {
    pub claims: Vec<Claim>,
    /// Quotations of speech with their speakers, as [`super::Quote`].
    pub quotes: Vec<super::Quote>,
}

/// Finds the reports in the passages of an article.
pub fn find(text: &str, passages: &[Passage]) -> Found {
    let names = NameWords::bundled();
    let gazetteer = Gazetteer::bundled();
    let mut found = Found::default();
    let mut sentence_id = 0u32;
    let mut previous_sentence: Option<Span> = None;
    let mut pending_colon: Option<usize> = None;
    let mut keys = String::new();
    for passage in passages {
        let quotes = quotation_spans(text, passage.span);
        let toks = tokenize(text, passage.span, &quotes, &mut keys);
        let speech = speech_quotes(text, &quotes, &toks);
        let words = Words {
            toks,
            quotes,
            speech,
            names: &names,
            gazetteer: &gazetteer,
        };
        // "وقال الوزير:" closing a paragraph reports the quotation that opens the next.
        if let Some(index) = pending_colon.take()
            && let Some(q) = words.speech_starting_at(0)
        {
            found.claims[index].statement = words.quotes[usize::from(q)];
        }
        let mut scanner = Scanner {
            words: &words,
            passage: *passage,
            previous_sentence,
        };
        let before = found.claims.len();
        for sentence in sentences(&words) {
            let mut claims = scanner.sentence(sentence.clone(), sentence_id);
            merge_attached(&mut claims);
            drop_nested(&mut claims);
            found.claims.extend(claims);
            sentence_id += 1;
            scanner.previous_sentence = Some(words.span(sentence.start, sentence.end - 1));
        }
        previous_sentence = scanner.previous_sentence;
        if found.claims.len() > before
            && found.claims.last().is_some_and(|c| c.statement.is_empty())
        {
            pending_colon = Some(found.claims.len() - 1);
        }
        // A quotation is held by a report of its own passage, or one whose colon closed the one before.
        let nearby = &found.claims[before.saturating_sub(1)..];
        super::speakers::add_quotes(text, &words, nearby, &mut found.quotes);
    }
    found.claims.retain(|c| !c.statement.is_empty());
    super::speakers::name_speakers(text, &found.claims, &mut found.quotes);
    found
}

/// Which quotations are speech: three words or more, unless they name an
/// outlet (إذاعة «شمس إف إم»، لـ«العربي الجديد»).
fn speech_quotes(text: &str, quotes: &[Span], toks: &[super::tokens::Tok<'_>]) -> Vec<bool> {
    let mut first_word = vec![None; quotes.len()];
    for (i, t) in toks.iter().enumerate() {
        if let Some(q) = t.quote
            && let Some(slot) = first_word.get_mut(usize::from(q))
        {
            slot.get_or_insert(i);
        }
    }
    quotes
        .iter()
        .zip(first_word)
        .map(|(span, first)| {
            let words = span.slice(text).map_or(0, |s| s.split_whitespace().count());
            let names_outlet = first.filter(|&i| i > 0).is_some_and(|i: usize| {
                let key = toks[i - 1].key;
                let bare = key.strip_prefix('ل').unwrap_or(key);
                key == "ل" || in_set(&OUTLET_HEADS, key) || in_set(&OUTLET_HEADS, bare)
            });
            words >= MIN_SPEECH_WORDS && !(names_outlet && words <= 5)
        })
        .collect()
}

/// The sentences of a passage as word ranges: a stop ends one, unless it is
/// inside a quotation that goes on.
fn sentences(words: &Words<'_>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (k, t) in words.toks.iter().enumerate() {
        let inside = words.in_speech(k) && !words.ends_speech(k);
        if t.has_after(gap::STOP) && !inside {
            out.push(start..k + 1);
            start = k + 1;
        }
    }
    if start < words.toks.len() {
        out.push(start..words.toks.len());
    }
    out
}

/// Drops pronoun reports inside another report's statement (…، مضيفا أن
/// مسؤولين دعوا إلى…): they are part of what was said, and their subject is
/// in the statement, not among the article's sources.
fn drop_nested(claims: &mut Vec<Claim>) {
    let mut kept: Vec<Claim> = Vec::with_capacity(claims.len());
    for claim in claims.drain(..) {
        // The report it would be nested in is one of the last few before it.
        // A pronoun, or a subject before its verb (أن الحكومة أكدت), inside what was said.
        let inner = match claim.subject {
            Subject::Implicit => true,
            Subject::Named(span) => span.end <= claim.cue.start,
            Subject::Continues => false,
        };
        let nested = inner
            && kept
                .iter()
                .rev()
                .take(4)
                .any(|c| c.statement != claim.statement && c.statement.contains(claim.cue));
        if !nested {
            kept.push(claim);
        }
    }
    *claims = kept;
}

/// Folds frames and "as X said" clauses into the report they qualify in the
/// same sentence (كشف التقرير …، وفقا لما نقل عن ثلاثة مصادر): the nearest
/// report before them, else the first after.
fn merge_attached(claims: &mut Vec<Claim>) {
    let mut reports: Vec<Claim> = Vec::with_capacity(claims.len());
    let mut waiting: Vec<Claim> = Vec::new();
    for claim in claims.drain(..) {
        if !claim.attach {
            let mut report = claim;
            for early in waiting.drain(..) {
                attach(&mut report, early);
            }
            reports.push(report);
        } else if let Some(report) = reports.last_mut() {
            attach(report, claim);
        } else {
            waiting.push(claim);
        }
    }
    // Frames with no report in their sentence stand on their own.
    for mut alone in waiting {
        alone.attach = false;
        reports.push(alone);
    }
    reports.sort_by_key(|c| c.cue.start);
    *claims = reports;
}

/// Adds a frame's source and chain to the report it qualifies.
fn attach(report: &mut Claim, attached: Claim) {
    let hint = if attached.lemma == "نقلا عن" {
        ViaHint::Cites
    } else {
        ViaHint::Auto
    };
    let new = match attached.subject {
        Subject::Named(span) => Some((span, hint)),
        _ => None,
    };
    for (span, hint) in new.into_iter().chain(attached.vias) {
        if !report.vias.iter().any(|(s, _)| s.overlaps(span)) {
            report.vias.push((span, hint));
        }
    }
    report.anonymity_stated |= attached.anonymity_stated;
}

/// Reads the reports of one passage, sentence by sentence.
struct Scanner<'w, 't> {
    words: &'w Words<'t>,
    passage: Passage,
    previous_sentence: Option<Span>,
}

impl Scanner<'_, '_> {
    fn sentence(&self, sen: Range<usize>, id: u32) -> Vec<Claim> {
        let mut claims = Vec::new();
        if self.passage.kind == PassageKind::Title {
            claims.extend(self.title_claim(&sen, id));
            return claims;
        }
        let anonymity = self.anonymity_in(&sen);
        for i in sen.clone() {
            if self.words.in_speech(i) {
                continue;
            }
            let key = self.words.key(i);
            // A frame word first: ونقلا عن is "quoting", not the dual of نقل.
            let claim = if let Some(frame) = frame_of(key) {
                self.frame_claim(i, frame, &sen, id)
            } else if let Some(form) = self.form_at(i, sen.start) {
                if form.participle {
                    self.participle_claim(i, form, &sen, id)
                } else {
                    self.verb_claim(i, form, &sen, id)
                }
            } else {
                None
            };
            claims.extend(claim);
        }
        for claim in &mut claims {
            claim.anonymity_stated |= anonymity;
        }
        claims
    }

    /// The reporting verb at word `i`; after حسبما / بحسب ما also with an
    /// object pronoun (حسب ما نقلته الإذاعة، وفقا لما ذكرته الصحيفة).
    fn form_at(&self, i: usize, start: usize) -> Option<Form> {
        let key = self.words.key(i);
        form_of(key).or_else(|| {
            // Cheap test first: only after ما / لما / حسبما.
            if i == start || !self.words.key(i - 1).ends_with("ما") {
                return None;
            }
            let bare = ["هما", "هم", "ها", "ه"]
                .iter()
                .find_map(|suffix| key.strip_suffix(suffix))?;
            let form = form_of(bare).filter(|f| !f.participle)?;
            self.as_clause_before(i, start).map(|_| form)
        })
    }

    fn claim(&self, cue: Span, verb: &Verb, subject: Subject, statement: Span, id: u32) -> Claim {
        Claim {
            cue,
            lemma: verb.lemma,
            stance: verb.stance,
            strict: verb.ambiguous,
            agreement: Agreement::default(),
            subject,
            appositive: None,
            vias: Vec::new(),
            occasion: None,
            anonymity_stated: false,
            statement,
            object_reading: None,
            sentence: id,
            frame: false,
            passage: self.passage.kind,
            attach: false,
        }
    }

    /// A finite reporting verb at word `i`: its subject, what follows, the statement.
    fn verb_claim(&self, i: usize, form: Form, sen: &Range<usize>, id: u32) -> Option<Claim> {
        let w = self.words;
        let verb = form.verb();
        if form.agreement.person != 3 {
            // First and second person speak in the writer's voice or inside a quotation.
            return None;
        }
        let frame_start = self.as_clause_before(i, sen.start);
        if frame_start.is_none() && i > sen.start && NOT_REPORTING_BEFORE.has(w.key(i - 1)) {
            return None;
        }
        // مناشير تدعو الشباب…: a present-tense verb right after an indefinite noun
        // describes that noun; تطبيقات كشف الأرقام: a verb with a noun reading is that noun.
        if (form.imperfect || verb.ambiguous)
            && !form.conjunction
            && i > sen.start
            && frame_start.is_none()
        {
            let prev = w.key(i - 1);
            if !w.toks[i - 1].has_after(gap::PAUSE)
                && !is_particle(prev)
                && !is_definite(prev)
                && form_of(prev).is_none()
                && !w.is_name_word(prev)
                && w.toks[i - 1].quote.is_none()
            {
                return None;
            }
        }
        let mut k = i + 1;
        // نقلت عنه قناة…: the pronoun of whom it was quoted comes before the subject;
        // رسالة قالت فيها: the pronoun of what it was said in, with no subject after it.
        if matches!(
            w.key(k),
            "فيه"
                | "فيها"
                | "فيهم"
                | "فيهما"
                | "عنه"
                | "عنها"
                | "عنهم"
                | "عنهما"
                | "لنا"
                | "له"
                | "لها"
                | "لهم"
                | "لهما"
                | "به"
                | "بها"
                | "بهما"
        ) {
            k += 1;
        }
        let mut subject = Subject::Implicit;
        if !w.toks[i].has_after(gap::COLON | gap::QUOTE | gap::STOP)
            && k < sen.end
            && !w.is_carrier_start(k)
            && let Some(last) = w.phrase_end(k, sen.end, Role::Subject, Some(verb))
        {
            subject = Subject::Named(w.span(k, last));
            k = last + 1;
        }
        let mut strict = verb.ambiguous;
        // و أضاف with a space: the conjunction all the same.
        let conjunction = form.conjunction || (i > sen.start && matches!(w.key(i - 1), "و" | "ف"));
        if subject == Subject::Implicit
            && !conjunction
            && let Some(span) = self.subject_before(i, sen.start)
        {
            subject = Subject::Named(span);
            strict = true;
        }
        if subject == Subject::Implicit && form.imperfect && !continues_in_present(verb) {
            // يذكر أن، يشار إلى أن: the writer's aside, not a report.
            return None;
        }
        let details = w.details(k, sen.end, Some(verb), matches!(subject, Subject::Named(_)));
        let statement = match details.complement {
            Some(c) => self.statement_of(c, sen.end),
            None => self.statement_without_complement(i, sen, frame_start, subject)?,
        };
        if statement.is_empty() && !w.toks[sen.end - 1].has_after(gap::COLON) {
            return None;
        }
        let mut claim = self.claim(w.toks[i].span, verb, subject, statement, id);
        if claim.stance == Stance::Neutral
            && let Some(stance) = details.participle
        {
            claim.stance = stance;
        }
        claim.strict = strict;
        claim.agreement = form.agreement;
        claim.appositive = details.appositive;
        claim.vias = details.vias;
        claim.occasion = details.occasion;
        claim.anonymity_stated = details.stated;
        claim.attach = frame_start.is_some();
        if let Subject::Named(phrase) = subject
            && verb.takes == Takes::Object
            && !form.imperfect
            && form.agreement.number == Number::Singular
            && phrase.start > claim.cue.end
            && statement.end > phrase.end
            && (matches!(details.complement, Some(Complement::Object(_)))
                || matches!(verb.lemma, "وصف" | "اعتبر"))
        {
            claim.object_reading = Some(Span::new(phrase.start, statement.end));
        }
        if frame_start.is_none() {
            // في تصريح لجوهرة إف إم، قال…: the occasion and the outlet before the verb.
            let before = self.details_before(sen.start, i);
            claim.occasion = claim.occasion.or(before.occasion);
            claim.vias.extend(before.vias);
        }
        Some(claim)
    }

    /// An occasion opening the sentence before its verb (وفي بيان لها، …).
    fn details_before(&self, start: usize, verb: usize) -> Details {
        let w = self.words;
        let opens = (start..verb.min(start + 2)).find(|&k| matches!(w.key(k), "في" | "وفي"));
        match opens {
            Some(k) if OCCASION_NOUNS.has(w.key(k + 1)) => {
                let mut d = w.details(k, verb, None, false);
                d.complement = None;
                if w.key(k) == "وفي" {
                    d.occasion = Some(w.toks[k + 1].span);
                }
                d
            }
            _ => Details::default(),
        }
    }

    /// A participle (مضيفا، مؤكدة) continuing the sentence's speaker.
    fn participle_claim(&self, i: usize, form: Form, sen: &Range<usize>, id: u32) -> Option<Claim> {
        let w = self.words;
        let verb = form.verb();
        // ختم كلمته قائلا، وتابع مؤكدا: the participle belongs to the verb before it.
        if (sen.start..i)
            .rev()
            .take(4)
            .take_while(|&k| !w.toks[k].has_after(gap::PAUSE))
            .any(|k| form_of(w.key(k)).is_some_and(|f| !f.participle))
        {
            return None;
        }
        let details = w.details(i + 1, sen.end, Some(verb), false);
        let statement = self.statement_of(details.complement?, sen.end);
        let mut claim = self.claim(w.toks[i].span, verb, Subject::Continues, statement, id);
        claim.strict = false;
        claim.agreement = form.agreement;
        claim.vias = details.vias;
        Some(claim)
    }

    /// A source frame at word `i` (بحسب X، وفقا لـ X، نقلا عن X، على لسان X، كما جاء في X).
    fn frame_claim(
        &self,
        i: usize,
        frame: FrameWord,
        sen: &Range<usize>,
        id: u32,
    ) -> Option<Claim> {
        let w = self.words;
        let mut k = i + 1;
        match frame {
            FrameWord::According => {
                if w.key(k) == "ل" || w.key(k) == "الي" {
                    k += 1;
                }
                if matches!(w.key(k), "ما" | "لما") {
                    // وفقا لما نقل عن…، بحسب ما أفادت…: the verb that follows carries it.
                    return None;
                }
            }
            FrameWord::Quoting if w.key(k) == "عن" => k += 1,
            FrameWord::Tongue if i > sen.start && w.key(i - 1) == "علي" => {}
            // الكتاب الذي جاء في ثلاثة أجزاء: a relative clause, "which came in".
            FrameWord::StatedIn
                if i > sen.start
                    && matches!(
                        w.key(i - 1),
                        "الذي" | "التي" | "الذين" | "اللذين" | "اللتين"
                    ) =>
            {
                return None;
            }
            FrameWord::StatedIn if w.key(k) == "في" => k += 1,
            _ => return None,
        }
        if w.is_self_reference(k) {
            return None;
        }
        let last = w.phrase_end(k, sen.end, Role::Object, None)?;
        let object = w.span(k, last);
        let statement = self.frame_statement(i, last, sen, frame)?;
        let lemma = FRAME_WORDS.get(w.key(i)).map_or(frame.lemma(), |f| f.1);
        let cue_start = if frame == FrameWord::Tongue { i - 1 } else { i };
        Some(Claim {
            cue: w.span(cue_start, k.saturating_sub(1).max(i)),
            lemma,
            stance: Stance::Neutral,
            strict: true,
            agreement: Agreement::default(),
            subject: Subject::Named(object),
            appositive: None,
            vias: Vec::new(),
            occasion: None,
            anonymity_stated: false,
            statement,
            object_reading: None,
            sentence: id,
            frame: true,
            passage: self.passage.kind,
            attach: frame != FrameWord::StatedIn,
        })
    }

    /// What a frame vouches for: the rest of the sentence after an opening
    /// frame (وبحسب المصادر، فإن …), the clause before a closing one (…، بحسب
    /// أكسيوس), the previous sentence after جاء ذلك, else the whole sentence.
    fn frame_statement(
        &self,
        i: usize,
        last: usize,
        sen: &Range<usize>,
        frame: FrameWord,
    ) -> Option<Span> {
        let w = self.words;
        let opening =
            (sen.start..i).all(|k| matches!(w.key(k), "و" | "ف" | "كما" | "وكما" | "علي"));
        if matches!(frame, FrameWord::StatedIn | FrameWord::Tongue)
            && (sen.start..i).any(|k| matches!(w.key(k), "ذلك" | "هذا" | "ذاك"))
        {
            return self.previous_sentence;
        }
        let mut from = last + 1;
        if from < sen.end && CLAUSE_MARKERS.has(w.key(from)) {
            from += 1;
        }
        let before = if frame == FrameWord::Tongue { i - 1 } else { i };
        // …، وفق بلاغ لمؤسسة نشرته الأربعاء: only a time or "which it published" after the source.
        let closing = (last + 1..sen.end).all(|k| {
            let key = w.key(k);
            TIME_WORDS.has(key) || is_published_verb(key) || key.bytes().all(|b| b.is_ascii_digit())
        });
        if opening && closing {
            // A sentence of its own after what it vouches for (… . حسب أرقام نشرتها الوزارة الثلاثاء.).
            return self.previous_sentence;
        }
        if opening || (frame == FrameWord::StatedIn && from > last + 1) {
            if from >= sen.end {
                return None;
            }
            let end = w.statement_end(from, sen.end);
            return Some(w.span(from, end - 1));
        }
        if closing && before > sen.start {
            return Some(w.span(sen.start, before - 1));
        }
        Some(w.span(sen.start, sen.end - 1))
    }

    /// A headline that reports speech: `X: …` or `X يؤكد …`.
    fn title_claim(&self, sen: &Range<usize>, id: u32) -> Option<Claim> {
        let w = self.words;
        let limit = sen.end.min(sen.start + 6);
        for k in sen.start..limit {
            if w.toks[k].has_after(gap::COLON) && k + 1 < sen.end {
                let subject = Subject::Named(w.span(sen.start, k));
                let statement = w.span(k + 1, sen.end - 1);
                return Some(Claim {
                    cue: w.toks[k].span,
                    lemma: "",
                    stance: Stance::Neutral,
                    strict: true,
                    agreement: Agreement::default(),
                    subject,
                    appositive: None,
                    vias: Vec::new(),
                    occasion: None,
                    anonymity_stated: false,
                    statement,
                    object_reading: None,
                    sentence: id,
                    frame: false,
                    passage: PassageKind::Title,
                    attach: false,
                });
            }
            if w.toks[k].has_after(gap::PAUSE) {
                break;
            }
            let Some(form) = form_of(w.key(k)).filter(|f| !f.participle && !f.conjunction) else {
                continue;
            };
            if k == sen.start || k + 1 >= sen.end || form.agreement.person != 3 {
                return None;
            }
            let verb = form.verb();
            let details = w.details(k + 1, sen.end, Some(verb), false);
            let statement = match details.complement {
                Some(c) => self.statement_of(c, sen.end),
                None => w.span(k + 1, sen.end - 1),
            };
            let mut claim = self.claim(
                w.toks[k].span,
                verb,
                Subject::Named(w.span(sen.start, k - 1)),
                statement,
                id,
            );
            claim.strict = true;
            claim.agreement = form.agreement;
            return Some(claim);
        }
        None
    }

    /// The statement a complement opens.
    fn statement_of(&self, complement: Complement, end: usize) -> Span {
        let w = self.words;
        let from = match complement {
            Complement::Quote(q) => return w.quotes[usize::from(q)],
            Complement::Colon(k) => {
                if let Some(q) = w.speech_starting_at(k) {
                    return w.quotes[usize::from(q)];
                }
                k
            }
            Complement::Clause(k) | Complement::Object(k) => k,
        };
        if from >= end {
            return Span::new(w.toks[end - 1].span.end, w.toks[end - 1].span.end);
        }
        // أنّ «…»، في خطوة…: a clause that opens with a quotation reports that quotation.
        if let Some(q) = w.speech_starting_at(from) {
            return w.quotes[usize::from(q)];
        }
        let stop = w.statement_end(from, end);
        w.span(from, stop - 1)
    }

    /// A verb with nothing after its subject: a quotation just before it
    /// («…»، قال أبو سامي), or the clause before it (الخطة جاهزة، قال الوزير /
    /// …، حسبما أفادت وكالة رويترز).
    fn statement_without_complement(
        &self,
        i: usize,
        sen: &Range<usize>,
        frame_start: Option<usize>,
        subject: Subject,
    ) -> Option<Span> {
        let w = self.words;
        if i > sen.start && w.ends_speech(i - 1) {
            let q = w.toks[i - 1].quote?;
            return Some(w.quotes[usize::from(q)]);
        }
        let mut before = frame_start.unwrap_or(i);
        while frame_start.is_none()
            && before > sen.start
            && matches!(w.key(before - 1), "كما" | "وكما")
        {
            before -= 1;
        }
        let after_pause =
            before > sen.start && w.toks[before - 1].has_after(gap::COMMA | gap::DASH);
        if (frame_start.is_some() || after_pause)
            && before > sen.start
            && matches!(subject, Subject::Named(_))
        {
            return Some(w.span(sen.start, before - 1));
        }
        if frame_start.is_some() && subject == Subject::Implicit && before > sen.start {
            // وفقا لما نقل عن مصادر: a passive report; what it vouches for comes before it.
            return Some(w.span(sen.start, before - 1));
        }
        if w.toks[sen.end - 1].has_after(gap::COLON) && sen.end == w.toks.len() {
            // Reported in the next paragraph; filled in once it is read.
            let at = w.toks[sen.end - 1].span.end;
            return Some(Span::new(at, at));
        }
        None
    }

    /// Where the frame starts when the verb at `i` follows حسبما / بحسب ما /
    /// وفقا لما / حسب ما.
    fn as_clause_before(&self, i: usize, start: usize) -> Option<usize> {
        let w = self.words;
        if i == start {
            return None;
        }
        let prev = w.key(i - 1);
        if FRAME_WORDS
            .get(prev)
            .is_some_and(|f| f.0 == FrameWord::AccordingAs)
        {
            return Some(i - 1);
        }
        if !matches!(prev, "ما" | "لما") {
            return None;
        }
        let frame_at = |k: usize| {
            FRAME_WORDS
                .get(w.key(k))
                .is_some_and(|f| f.0 == FrameWord::According)
        };
        if i >= start + 2 && frame_at(i - 2) {
            return Some(i - 2);
        }
        (i >= start + 3 && w.key(i - 2) == "ل" && frame_at(i - 3)).then(|| i - 3)
    }

    /// The subject before the verb (الوزير أكد أن، وزارة الصحة، من جهتها، أكدت):
    /// a short phrase opening the sentence.
    fn subject_before(&self, i: usize, start: usize) -> Option<Span> {
        let w = self.words;
        if i == start {
            return None;
        }
        let mut last = i - 1;
        // من جهته، / بدوره،: an aside between the subject and the verb.
        if last > start + 1 && w.key(last - 1) == "من" && w.key(last).starts_with("جه")
            || w.key(last).starts_with("بدور")
        {
            last -= if w.key(last - 1) == "من" { 2 } else { 1 };
        } else if w.toks[last].has_after(gap::PAUSE) {
            return None;
        }
        // …، إلا أن موقع "مذربورد" أكد أن: the phrase may also follow a particle or a comma.
        let start = (start..last)
            .rev()
            .take(6)
            .find(|&k| {
                w.toks[k].has_after(gap::PAUSE)
                    || CLAUSE_MARKERS.has(w.key(k))
                    || matches!(
                        w.key(k),
                        "لكن" | "ولكن" | "بينما" | "فيما" | "حيث" | "اذ" | "الا"
                    )
            })
            .map_or(start, |k| k + 1);
        if last < start || last - start >= 7 || is_particle(w.key(start)) {
            return None;
        }
        let clean = (start..=last).all(|k| {
            let key = w.key(k);
            (k == last || !w.toks[k].has_after(gap::PAUSE))
                && !CLAUSE_MARKERS.has(key)
                && form_of(key).is_none()
                && !FRAME_WORDS.contains_key(key)
                && !w.in_speech(k)
                && !(k > start && is_particle(key))
        });
        clean.then(|| w.span(start, last))
    }

    /// True when the sentence says its source is not named (دون كشف اسمه…).
    fn anonymity_in(&self, sen: &Range<usize>) -> bool {
        let w = self.words;
        sen.clone().any(|k| {
            (WITHHOLDING_WORDS.has(w.key(k)) && w.identity_after(k, sen.end).is_some())
                || (UNAUTHORIZED_WORDS.has(w.key(k)) && k > 0 && w.key(k - 1) == "غير")
        })
    }
}

/// The frame a word is, if it is one.
fn frame_of(key: &str) -> Option<FrameWord> {
    FRAME_WORDS.get(key).map(|f| f.0)
}

/// Present-tense verbs that continue a speaker without naming them (ويضيف أن…).
fn continues_in_present(verb: &Verb) -> bool {
    matches!(verb.lemma, "قال" | "أضاف" | "تابع" | "أردف")
}
