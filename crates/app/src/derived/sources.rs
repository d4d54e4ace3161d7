//! The Sources view: every source ranked by its statements and grouped by kind, the
//! share of unnamed sources per outlet and per article, and who cites whom. Computed
//! when the attributions shown change (a fix, a correction, more articles), never per
//! frame, and only while the view is open.

use std::collections::HashMap;

use marsad_core::attribution::{Attribution, Link, Relation, SourceKind};
use marsad_core::corpus::EntityId;
use marsad_core::text::fold::fold_key_into;

use super::source_names::{Who, attributions_of, entity_id_of_mention};
use crate::model::{ArticleEntry, Corpus, Model, SourceKey};

/// Articles listed by their share of unnamed sources, at most.
const ARTICLE_LIMIT: usize = 200;
/// Citations listed, at most.
const CITATION_LIMIT: usize = 300;

/// One source: its statements, the articles they are in, and how often it is a link
/// of someone else's chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceRow {
    pub key: SourceKey,
    pub name: String,
    /// Statements it is the source of.
    pub statements: usize,
    /// Articles with one of them.
    pub articles: usize,
    /// Statements whose chain it is in (it carried them, or was cited).
    pub in_chains: usize,
}

/// The share of statements from unnamed sources in one outlet's articles, or one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Share<T> {
    pub of: T,
    pub statements: usize,
    pub anonymous: usize,
}

/// One "who cites whom": `from` relies on `to` this many times.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    pub from: (String, SourceKind),
    pub to: (String, SourceKind),
    pub count: usize,
}

/// What the Sources view shows.
#[derive(Debug, Default)]
pub struct Sources {
    /// Sources of each kind (in `SourceKind::ALL` order), most statements first.
    pub groups: Vec<(SourceKind, Vec<SourceRow>)>,
    /// Statements in all.
    pub statements: usize,
    /// Per outlet (the outlet line, else the file or folder; `None`: not named), most
    /// statements first.
    pub outlets: Vec<Share<Option<String>>>,
    /// Per article with a statement, the largest share of unnamed sources first.
    pub articles: Vec<Share<usize>>,
    /// Outlets and sources citing others, most often first.
    pub citations: Vec<Citation>,
}

impl Sources {
    /// The row of `key`, if it is a source of a statement.
    pub fn row(&self, key: &SourceKey) -> Option<&SourceRow> {
        self.groups
            .iter()
            .find(|(kind, _)| *kind == key.kind)?
            .1
            .iter()
            .find(|row| row.key == *key)
    }
}

/// What the view was computed for: the fixes' generation, the entities' generation, the
/// article count.
pub type SourcesKey = (u64, u64, usize);

/// The key of the view over `model`.
pub fn key(model: &Model) -> SourcesKey {
    let corpus = &model.corpus;
    (
        corpus.attributions.generation(),
        corpus.entities.generation(),
        corpus.articles.len(),
    )
}

/// Who published an article: its outlet line, else the record file or folder it is in.
pub fn outlet_of(entry: &ArticleEntry) -> Option<String> {
    let analysis = &entry.analysis;
    if let Some(outlet) = analysis.outlet.as_ref().or(analysis.agency.as_ref()) {
        return Some(outlet.clone());
    }
    let path = &analysis.path;
    if let Some((file, _)) = path.split_once('#') {
        return Some(file.to_owned());
    }
    path.rsplit_once('/')
        .map(|(folder, _)| format!("{folder}/"))
}

/// Where a kind stands in `SourceKind::ALL`.
fn kind_index(kind: SourceKind) -> usize {
    SourceKind::ALL.iter().position(|&k| k == kind).unwrap_or(0)
}

/// A source's row while counting, and the last article it was counted in (so an
/// article counts once).
struct Counting {
    row: SourceRow,
    last_article: Option<usize>,
}

/// Counts gathered while walking the attributions. Sources are numbered the first time
/// they are seen, by entity id (borrowed from the corpus) or by folded words, so a
/// source seen again costs one lookup, not an allocation.
#[derive(Default)]
struct Tally<'c> {
    sources: Vec<Counting>,
    /// By kind (`kind_index`): entity id → its number, `None` for a hidden entity
    /// (its sources are known by their words).
    by_entity: [HashMap<&'c str, Option<usize>>; 5],
    /// By kind: folded words → number.
    by_words: [HashMap<String, usize>; 5],
    /// Words folded into here, so a lookup allocates nothing.
    folded: String,
    outlets: HashMap<Option<String>, (usize, usize)>,
    articles: Vec<Share<usize>>,
    /// (citing, cited) source numbers → count.
    citations: HashMap<(usize, usize), usize>,
    statements: usize,
}

impl<'c> Tally<'c> {
    /// A new source's number.
    fn add(&mut self, kind: SourceKind, who: Who<'c, '_>) -> usize {
        self.sources.push(Counting {
            row: SourceRow {
                key: who.key(kind),
                name: who.name().to_owned(),
                statements: 0,
                articles: 0,
                in_chains: 0,
            },
            last_article: None,
        });
        self.sources.len() - 1
    }

    /// The number of the source an attribution or a link names: `mention` (the
    /// mention naming it) and `chosen` (the analyst's entity) as they say.
    fn number(
        &mut self,
        corpus: &'c Corpus,
        (article, kind): (usize, SourceKind),
        (mention, chosen): (Option<usize>, Option<&str>),
        words: &str,
    ) -> usize {
        let k = kind_index(kind);
        let entity_id = match chosen {
            Some(id) => match corpus.entities.get(&EntityId(id.to_owned())) {
                Some(entity) => Some(&entity.id),
                // Not an entity shown now: known by the id the analyst chose (rare).
                None => return self.chosen(kind, Who::Id(id, words)),
            },
            None => mention.and_then(|m| entity_id_of_mention(corpus, article, m)),
        };
        if let Some(id) = entity_id {
            let number = if let Some(&known) = self.by_entity[k].get(id.as_str()) {
                known
            } else {
                let entity = corpus.entities.get(id).filter(|e| !e.hidden);
                let number = entity.map(|e| self.add(kind, Who::Entity(e)));
                self.by_entity[k].insert(id.as_str(), number);
                number
            };
            if let Some(number) = number {
                return number;
            }
        }
        fold_key_into(words.trim(), &mut self.folded);
        if let Some(&number) = self.by_words[k].get(self.folded.as_str()) {
            return number;
        }
        let number = self.add(kind, Who::Words(words.trim()));
        self.by_words[k].insert(self.folded.clone(), number);
        number
    }

    /// The number of a source the analyst named by an entity id not shown now.
    fn chosen(&mut self, kind: SourceKind, who: Who<'c, '_>) -> usize {
        let key = who.key(kind);
        match self.sources.iter().position(|c| c.row.key == key) {
            Some(number) => number,
            None => self.add(kind, who),
        }
    }

    fn source(&mut self, corpus: &'c Corpus, article: usize, a: &Attribution) -> usize {
        let words = a.name.as_deref().unwrap_or(&a.source);
        let named = (a.mention, a.entity.as_deref());
        self.number(corpus, (article, a.kind), named, words)
    }

    fn link(&mut self, corpus: &'c Corpus, article: usize, link: &Link) -> usize {
        let words = link.name.as_deref().unwrap_or(&link.source);
        self.number(corpus, (article, link.kind), (link.mention, None), words)
    }

    fn statement(&mut self, article: usize, source: usize) {
        self.statements += 1;
        let counting = &mut self.sources[source];
        counting.row.statements += 1;
        if counting.last_article.replace(article) != Some(article) {
            counting.row.articles += 1;
        }
    }

    fn cites(&mut self, from: usize, to: usize) {
        if from != to {
            *self.citations.entry((from, to)).or_default() += 1;
        }
    }

    /// One article's attributions.
    fn article(&mut self, corpus: &'c Corpus, article: usize, attributions: &[Attribution]) {
        let entry = &corpus.articles[article];
        let publisher = outlet_of(entry);
        // Only an outlet line names a publisher that cites: a folder is no outlet.
        let citing = entry
            .analysis
            .outlet
            .as_deref()
            .map(|name| self.number(corpus, (article, SourceKind::Outlet), (None, None), name));
        let mut anonymous = 0;
        for a in attributions {
            let source = self.source(corpus, article, a);
            self.statement(article, source);
            anonymous += usize::from(a.kind == SourceKind::Anonymous);
            if let Some(publisher) = citing
                && a.kind == SourceKind::Outlet
            {
                // An outlet quoting another outlet or an agency.
                self.cites(publisher, source);
            }
            for link in &a.via {
                let linked = self.link(corpus, article, link);
                self.sources[linked].row.in_chains += 1;
                match link.relation {
                    Relation::Cites => self.cites(source, linked),
                    Relation::Carrier => self.cites(linked, source),
                }
            }
        }
        if !attributions.is_empty() {
            let outlet = self.outlets.entry(publisher).or_default();
            outlet.0 += attributions.len();
            outlet.1 += anonymous;
            self.articles.push(Share {
                of: article,
                statements: attributions.len(),
                anonymous,
            });
        }
    }

    fn finish(self) -> Sources {
        let named = |n: usize| {
            let row = &self.sources[n].row;
            (row.name.clone(), row.key.kind)
        };
        let mut citations: Vec<Citation> = self
            .citations
            .iter()
            .map(|(&(from, to), &count)| Citation {
                from: named(from),
                to: named(to),
                count,
            })
            .collect();
        citations.sort_by(|a, b| (b.count, &a.from, &a.to).cmp(&(a.count, &b.from, &b.to)));
        citations.truncate(CITATION_LIMIT);
        let mut groups: Vec<(SourceKind, Vec<SourceRow>)> = SourceKind::ALL
            .into_iter()
            .map(|kind| (kind, Vec::new()))
            .collect();
        for Counting { row, .. } in self.sources {
            if row.statements == 0 {
                continue;
            }
            if let Some((_, rows)) = groups.iter_mut().find(|(k, _)| *k == row.key.kind) {
                rows.push(row);
            }
        }
        for (_, rows) in &mut groups {
            rows.sort_by(|a, b| {
                (b.statements, b.articles, &a.name, &a.key).cmp(&(
                    a.statements,
                    a.articles,
                    &b.name,
                    &b.key,
                ))
            });
        }
        groups.retain(|(_, rows)| !rows.is_empty());
        Sources {
            groups,
            statements: self.statements,
            outlets: ranked_outlets(self.outlets),
            articles: ranked_articles(self.articles),
            citations,
        }
    }
}

/// Outlets, most statements first.
fn ranked_outlets(outlets: HashMap<Option<String>, (usize, usize)>) -> Vec<Share<Option<String>>> {
    let mut outlets: Vec<Share<Option<String>>> = outlets
        .into_iter()
        .map(|(of, (statements, anonymous))| Share {
            of,
            statements,
            anonymous,
        })
        .collect();
    outlets.sort_by(|a, b| {
        (b.statements, b.anonymous, &a.of).cmp(&(a.statements, a.anonymous, &b.of))
    });
    outlets
}

/// Articles, the largest share of unnamed sources first (k/n before j/m when k·m > j·n).
fn ranked_articles(mut articles: Vec<Share<usize>>) -> Vec<Share<usize>> {
    articles.sort_by(|a, b| {
        (b.anonymous * a.statements)
            .cmp(&(a.anonymous * b.statements))
            .then(b.anonymous.cmp(&a.anonymous))
            .then(a.of.cmp(&b.of))
    });
    articles.truncate(ARTICLE_LIMIT);
    articles
}

/// The Sources view over the model's corpus, the analyst's fixes applied.
pub fn compute(model: &Model) -> Sources {
    let corpus = &model.corpus;
    let mut tally = Tally::default();
    for (article, entry) in corpus.articles.iter().enumerate() {
        let attributions = attributions_of(corpus, entry);
        tally.article(corpus, article, &attributions);
    }
    tally.finish()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use marsad_storage::AttributionCorrection;

    use super::*;
    use crate::derived::source_names::article_has_source;
    use crate::loader::{LoadedArticle, load_now};

    /// Two wire stories in a folder and one article with no statement beside them.
    const ARTICLES: &[(&str, &str)] = &[
        (
            "wires/one.txt",
            "الأردن يدعم استئناف المفاوضات\n\n\
             قالت مصادر دبلوماسية إن المفاوضات ستستأنف الأسبوع المقبل في عمان.\n\n\
             وأكد وزير الخارجية الأردني أيمن الصفدي أن بلاده تدعم جهود الوساطة.\n",
        ),
        (
            "wires/two.txt",
            "لندن تدرس عقوبات جديدة\n\n\
             ذكرت صحيفة الغارديان أن الحكومة البريطانية تدرس فرض عقوبات جديدة، نقلا عن مسؤولين حكوميين.\n\n\
             وقال أيمن الصفدي إن الحل السياسي هو الطريق الوحيد.\n",
        ),
        (
            "alone.txt",
            "افتتاح معرض الكتاب\n\n\
             افتتح معرض الكتاب أبوابه أمام الزوار صباح اليوم بمشاركة مئات الناشرين.\n",
        ),
    ];

    fn loaded(dir: &Path) -> Model {
        std::fs::create_dir_all(dir.join("wires")).unwrap();
        for (path, text) in ARTICLES {
            std::fs::write(dir.join(path), text).unwrap();
        }
        let mut model = Model::default();
        model.reset_for(dir.to_owned());
        let loaded = load_now(dir);
        for LoadedArticle { analysis, folded } in loaded.articles {
            model.corpus.add_article(analysis, folded);
        }
        model.corpus.set_resolved(loaded.entities);
        model
    }

    fn row<'a>(sources: &'a Sources, kind: SourceKind, name: &str) -> Option<&'a SourceRow> {
        sources
            .groups
            .iter()
            .filter(|(k, _)| *k == kind)
            .flat_map(|(_, rows)| rows)
            .find(|r| r.name == name)
    }

    #[test]
    fn sources_are_counted_across_articles_with_unnamed_shares_and_citations() {
        let dir = tempfile::tempdir().unwrap();
        let model = loaded(dir.path());
        let sources = compute(&model);
        assert_eq!(sources.statements, 4);
        let minister = row(&sources, SourceKind::Person, "أيمن الصفدي").expect("one person");
        assert_eq!((minister.statements, minister.articles), (2, 2));
        assert!(row(&sources, SourceKind::Anonymous, "مصادر دبلوماسية").is_some());
        let outlets: Vec<(Option<&str>, usize, usize)> = sources
            .outlets
            .iter()
            .map(|s| (s.of.as_deref(), s.statements, s.anonymous))
            .collect();
        assert_eq!(
            outlets,
            [(Some("wires/"), 4, 1)],
            "the folder stands for the outlet"
        );
        let citation = &sources.citations[0];
        assert_eq!(
            citation.to,
            ("مسؤولين حكوميين".to_owned(), SourceKind::Anonymous)
        );
        assert_eq!(citation.from.1, SourceKind::Outlet);
        let alone = model.corpus.position_of("alone.txt").unwrap();
        assert!(!article_has_source(&model.corpus, alone, &minister.key));
    }

    /// Each row's counts agree with its statements and with the articles the list keeps
    /// for it, and no source has two rows.
    fn check_agreement(model: &Model) {
        let corpus = &model.corpus;
        let mut keys = std::collections::BTreeSet::new();
        for (_, rows) in &compute(model).groups {
            for row in rows {
                assert!(keys.insert(row.key.clone()), "one row for {}", row.name);
                let detail = crate::derived::statements::compute(corpus, &row.key);
                assert_eq!(detail.statement_count, row.statements, "{}", row.name);
                let own: std::collections::BTreeSet<usize> =
                    detail.statements.iter().map(|l| l.article).collect();
                assert_eq!(own.len(), row.articles, "{}", row.name);
                let listed = (0..corpus.articles.len())
                    .filter(|&a| article_has_source(corpus, a, &row.key))
                    .count();
                assert!(listed >= row.articles, "{}", row.name);
            }
        }
    }

    #[test]
    fn a_source_row_and_its_statements_and_articles_agree() {
        let dir = tempfile::tempdir().unwrap();
        let mut model = loaded(dir.path());
        check_agreement(&model);
        // The unnamed sources, fixed to the minister (named later in the same folder).
        let one = model.corpus.position_of("wires/one.txt").unwrap();
        let unnamed = model.corpus.articles[one].analysis.attributions[0].cue;
        let minister = model
            .corpus
            .entities
            .list()
            .iter()
            .find(|e| e.name == "أيمن الصفدي")
            .map(|e| e.id.as_str().to_owned());
        model
            .corpus
            .correct_attribution(AttributionCorrection::Source {
                article: "wires/one.txt".to_owned(),
                cue: unnamed,
                source: "أيمن الصفدي".to_owned(),
                entity: minister,
                kind: Some(SourceKind::Person),
            });
        check_agreement(&model);
        let sources = compute(&model);
        let row = row(&sources, SourceKind::Person, "أيمن الصفدي").unwrap();
        assert_eq!((row.statements, row.articles), (3, 2));
    }

    #[test]
    fn fixes_move_a_source_to_another_kind_or_take_its_statement_out() {
        let dir = tempfile::tempdir().unwrap();
        let mut model = loaded(dir.path());
        let two = model.corpus.position_of("wires/two.txt").unwrap();
        let guardian = model.corpus.articles[two].analysis.attributions[0].cue;
        let one = model.corpus.position_of("wires/one.txt").unwrap();
        let unnamed = model.corpus.articles[one].analysis.attributions[0].cue;
        model
            .corpus
            .correct_attribution(AttributionCorrection::NotAStatement {
                article: "wires/two.txt".to_owned(),
                cue: guardian,
            });
        model
            .corpus
            .correct_attribution(AttributionCorrection::Kind {
                article: "wires/one.txt".to_owned(),
                cue: unnamed,
                kind: SourceKind::Organization,
            });
        let sources = compute(&model);
        assert_eq!(sources.statements, 3);
        assert!(sources.citations.is_empty());
        assert!(row(&sources, SourceKind::Organization, "مصادر دبلوماسية").is_some());
        assert_eq!(sources.outlets[0].anonymous, 0);
        model.corpus.undo();
        assert!(row(&compute(&model), SourceKind::Anonymous, "مصادر دبلوماسية").is_some());
    }
}
