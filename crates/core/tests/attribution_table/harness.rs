//! Runs a table of attribution cases through the whole per-article analysis.

use std::sync::LazyLock;

use marsad_core::attribution::{Attribution, Relation, SourceKind, Stance};
use marsad_core::pipeline::{Analyzer, ArticleAnalysis};

static ANALYZER: LazyLock<Analyzer> =
    LazyLock::new(|| Analyzer::new().expect("the bundled models load"));

/// What one attribution must be; fields left `None` are not checked.
#[derive(Clone, Debug)]
pub struct Expect {
    pub source: &'static str,
    pub kind: SourceKind,
    pub verb: Option<&'static str>,
    pub stance: Option<Stance>,
    pub statement: Option<&'static str>,
    pub role: Option<&'static str>,
    pub name: Option<&'static str>,
    pub via: Option<Vec<(&'static str, SourceKind, Relation)>>,
    /// The expected count, as `Some(3)` or `None` prints (an unspecified plural is `None`).
    pub count: Option<String>,
    /// The expected affiliation, as `Some("…")` or `None` prints.
    pub affiliation: Option<String>,
    pub stated: Option<bool>,
    pub refers_back: Option<bool>,
    pub document: Option<&'static str>,
}

/// An expected attribution from `source` of `kind`.
pub fn from(source: &'static str, kind: SourceKind) -> Expect {
    Expect {
        source,
        kind,
        verb: None,
        stance: None,
        statement: None,
        role: None,
        name: None,
        via: None,
        count: None,
        affiliation: None,
        stated: None,
        refers_back: None,
        document: None,
    }
}

impl Expect {
    pub fn verb(mut self, verb: &'static str) -> Self {
        self.verb = Some(verb);
        self
    }
    pub fn stance(mut self, stance: Stance) -> Self {
        self.stance = Some(stance);
        self
    }
    pub fn says(mut self, statement: &'static str) -> Self {
        self.statement = Some(statement);
        self
    }
    pub fn role(mut self, role: &'static str) -> Self {
        self.role = Some(role);
        self
    }
    pub fn name(mut self, name: &'static str) -> Self {
        self.name = Some(name);
        self
    }
    /// The chain, exactly (an empty slice checks there is none).
    pub fn via(mut self, links: &[(&'static str, SourceKind, Relation)]) -> Self {
        self.via = Some(links.to_vec());
        self
    }
    pub fn count(mut self, count: Option<u32>) -> Self {
        self.count = Some(format!("{count:?}"));
        self
    }
    pub fn affiliation(mut self, affiliation: Option<&'static str>) -> Self {
        self.affiliation = Some(format!("{affiliation:?}"));
        self
    }
    pub fn stated(mut self, stated: bool) -> Self {
        self.stated = Some(stated);
        self
    }
    pub fn refers_back(mut self) -> Self {
        self.refers_back = Some(true);
        self
    }
    pub fn direct(mut self) -> Self {
        self.refers_back = Some(false);
        self
    }
    pub fn document(mut self, document: &'static str) -> Self {
        self.document = Some(document);
        self
    }
}

/// One case: a few lines of an article (a title is added) and what they report.
pub struct Case {
    pub name: &'static str,
    pub body: &'static str,
    pub expect: Vec<Expect>,
}

pub fn case(name: &'static str, body: &'static str, expect: Vec<Expect>) -> Case {
    Case { name, body, expect }
}

pub fn analyze(text: String) -> ArticleAnalysis {
    ANALYZER.analyze_text(
        "case.txt".to_owned(),
        text,
        String::new(),
        "utf-8".to_owned(),
        marsad_core::pipeline::DateReading::default(),
    )
}

/// The differences between what a case found and what it expects, one line
/// each; the case's lines follow a title.
pub fn check(case: &Case) -> Vec<String> {
    check_text(case, format!("خبر للاختبار\n{}\n", case.body))
}

/// [`check`] for a case whose first line is the title.
pub fn check_titled(case: &Case) -> Vec<String> {
    check_text(case, format!("{}\n", case.body))
}

fn check_text(case: &Case, text: String) -> Vec<String> {
    let article = analyze(text);
    let found = &article.attributions;
    let text = &article.text;
    let mut problems = Vec::new();
    if found.len() != case.expect.len() {
        problems.push(format!(
            "{} attributions, expected {}: {}",
            found.len(),
            case.expect.len(),
            describe(text, found)
        ));
        return problems;
    }
    for (i, (a, e)) in found.iter().zip(&case.expect).enumerate() {
        let mut differ = |what: &str, got: String, want: String| {
            if got != want {
                problems.push(format!("#{i} {what}: got «{got}», expected «{want}»"));
            }
        };
        differ("source", a.source.clone(), e.source.to_owned());
        differ("kind", a.kind.as_str().into(), e.kind.as_str().into());
        if let Some(verb) = e.verb {
            differ("verb", a.verb.clone(), verb.to_owned());
        }
        if let Some(stance) = e.stance {
            differ("stance", a.stance.as_str().into(), stance.as_str().into());
        }
        if let Some(statement) = e.statement {
            let got = a.statement.slice(text).unwrap_or_default().to_owned();
            differ("statement", got, statement.to_owned());
        }
        if let Some(role) = e.role {
            differ("role", a.role.clone().unwrap_or_default(), role.to_owned());
        }
        if let Some(name) = e.name {
            differ("name", a.name.clone().unwrap_or_default(), name.to_owned());
        }
        if let Some(via) = &e.via {
            let got: Vec<String> = a
                .via
                .iter()
                .map(|l| format!("{} {} {}", l.source, l.kind.as_str(), l.relation.as_str()))
                .collect();
            let want: Vec<String> = via
                .iter()
                .map(|(s, k, r)| format!("{s} {} {}", k.as_str(), r.as_str()))
                .collect();
            differ("via", got.join(" | "), want.join(" | "));
        }
        let anonymous = a.anonymous.clone().unwrap_or_default();
        if let Some(count) = &e.count {
            differ("count", format!("{:?}", anonymous.count), count.clone());
        }
        if let Some(affiliation) = &e.affiliation {
            differ(
                "affiliation",
                format!("{:?}", anonymous.affiliation.as_deref()),
                affiliation.clone(),
            );
        }
        if let Some(stated) = e.stated {
            differ("stated", anonymous.stated.to_string(), stated.to_string());
        }
        if let Some(refers) = e.refers_back {
            differ(
                "refers back",
                a.refers_back.is_some().to_string(),
                refers.to_string(),
            );
        }
        if let Some(document) = e.document {
            differ(
                "document",
                a.document.clone().unwrap_or_default(),
                document.to_owned(),
            );
        }
    }
    if !problems.is_empty() {
        problems.push(format!("found: {}", describe(text, found)));
    }
    problems
}

/// A readable list of what was found, for failure messages.
pub fn describe(text: &str, found: &[Attribution]) -> String {
    found
        .iter()
        .map(|a| {
            let via: Vec<String> = a
                .via
                .iter()
                .map(|l| format!("{}:{}:{}", l.source, l.kind.as_str(), l.relation.as_str()))
                .collect();
            format!(
                "[{} ({}) {} «{}» via {:?} role {:?} anon {:?}]",
                a.source,
                a.kind.as_str(),
                a.verb,
                a.statement.slice(text).unwrap_or_default(),
                via,
                a.role,
                a.anonymous
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}
