//! Quotations across sources: extraction (every quoting convention news copy uses), speakers
//! (people, documents and bodies, unified across the corpus), clusters of the same statement as
//! reported by several sources, and locating any passage in the other sources.
//!
//! `analyse` computes a `QuoteIndex` once per corpus; `PassageIndex` answers "where else is
//! this passage?" for any span.

mod attribution;
mod cluster;
mod continuation;
mod documents;
mod extract;
mod locate;
mod marks;
mod names;
mod people;
mod resolve;
mod roles;
mod similarity;
mod spans;
mod speakers;
mod subjects;
mod terms;

pub use locate::{PassageIndex, PassageMatch, locate};
pub use marks::MarkKind;
pub use resolve::Basis;
pub use spans::{is_quoted, quoted_spans};
pub use speakers::{Speaker, SpeakerKind};

use crate::corpus::Corpus;
use crate::text::Span;
use cluster::Unit;
use serde::Serialize;
use similarity::{Profile, Vocabulary};
use speakers::Registry;
use terms::Rarity;

/// One quoted statement in one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    pub article: usize,
    /// The quoted words without their marks, in order: one part for a plain quote; several for
    /// a quote split around its attribution, running over paragraphs, or cut by an ellipsis.
    pub parts: Vec<Part>,
    /// Index into `QuoteIndex::speakers`; None when the text does not say.
    pub speaker: Option<usize>,
    /// The document the words were quoted from when the speaker is its author ("said in the
    /// statement"), as an index into `QuoteIndex::speakers`.
    pub medium: Option<usize>,
    /// How the speaker was found; None with no speaker.
    pub basis: Option<Basis>,
    /// Whether the text leaves no doubt who the speaker is (see `resolve::Resolved::sure`).
    pub sure: bool,
    /// Bracketed editorial insertions inside the parts ("(it was)"), left out of comparison.
    pub insertions: Vec<Span>,
    pub marks: MarkKind,
    /// False when a quotation mark was never closed and the quote was cut at its paragraph end.
    pub closed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Part {
    pub span: Span,
    /// The id of the cluster this part belongs to.
    pub cluster: usize,
}

impl Quote {
    /// The speaker, when it is a person the text names surely: by name, by a role the article
    /// gives one person, as the named author of a document, by a pronoun whose person the same
    /// paragraph names last, or going on from such a paragraph.
    pub fn surely_named_person(&self, index: &QuoteIndex) -> Option<usize> {
        let speaker = self.speaker?;
        let person = index.speakers.get(speaker)?.kind == SpeakerKind::Person;
        (person && self.sure).then_some(speaker)
    }

    /// From the first part's start to the last part's end.
    pub fn span(&self) -> Span {
        Span::new(
            self.parts[0].span.start,
            self.parts[self.parts.len() - 1].span.end,
        )
    }
}

/// The parts of one quote that belong to a cluster.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Member {
    pub quote: usize,
    /// Indices into the quote's `parts`.
    pub parts: Vec<usize>,
}

/// One statement as reported by one or more sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cluster {
    /// 1-based and stable: clusters are numbered by how many sources report them (most first),
    /// then by where they first appear.
    pub id: usize,
    pub members: Vec<Member>,
    /// The speaker most members agree on.
    pub speaker: Option<usize>,
    /// Number of distinct articles among the members.
    pub sources: usize,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct QuoteIndex {
    pub quotes: Vec<Quote>,
    pub clusters: Vec<Cluster>,
    pub speakers: Vec<Speaker>,
}

impl QuoteIndex {
    /// The quotes of one article, with their indices, in text order.
    pub fn quotes_in(&self, article: usize) -> impl Iterator<Item = (usize, &Quote)> {
        self.quotes
            .iter()
            .enumerate()
            .filter(move |(_, q)| q.article == article)
    }

    pub fn cluster(&self, id: usize) -> Option<&Cluster> {
        id.checked_sub(1).and_then(|i| self.clusters.get(i))
    }

    /// The cluster of the quoted words at byte `pos` of `article`, if any.
    pub fn cluster_of(&self, article: usize, pos: usize) -> Option<&Cluster> {
        self.quotes_in(article)
            .flat_map(|(_, q)| &q.parts)
            .find(|p| p.span.contains(pos))
            .and_then(|p| self.cluster(p.cluster))
    }

    /// The document the cluster's speaker put these words in, as the first member that names
    /// one gives it.
    pub fn cluster_medium(&self, cluster: &Cluster) -> Option<usize> {
        cluster
            .members
            .iter()
            .map(|m| &self.quotes[m.quote])
            .filter(|q| q.speaker == cluster.speaker)
            .find_map(|q| q.medium)
    }

    /// Who said a cluster's words, as a reader is shown it: "William Seely III (in the
    /// letter)", "the letter (signed William Seely III)", "Mark Milley".
    pub fn speaker_label(&self, cluster: &Cluster) -> Option<String> {
        let speaker = self.speaker(cluster.speaker)?;
        let mut label = speaker.name.clone();
        if let Some(signer) = self.speaker(speaker.signer) {
            label.push_str(&format!(" (signed {})", signer.name));
        } else if let Some(medium) = self.speaker(self.cluster_medium(cluster)) {
            label.push_str(&format!(" (in {})", medium.name));
        }
        Some(label)
    }

    pub fn speaker(&self, index: Option<usize>) -> Option<&Speaker> {
        index.and_then(|i| self.speakers.get(i))
    }

    /// The article a member comes from and the spans of its parts.
    pub fn member_spans(&self, member: &Member) -> (usize, Vec<Span>) {
        let q = &self.quotes[member.quote];
        (
            q.article,
            member.parts.iter().map(|&p| q.parts[p].span).collect(),
        )
    }

    /// Clusters reported by at least two sources.
    pub fn shared(&self) -> impl Iterator<Item = &Cluster> {
        self.clusters.iter().filter(|c| c.sources >= 2)
    }
}

/// Extracts, attributes and clusters every quote of the corpus.
pub fn analyse(corpus: &Corpus) -> QuoteIndex {
    analyse_with(corpus, &Rarity::new(corpus))
}

/// As `analyse`, reusing the term rarities `passages` already worked out for the same corpus.
pub fn analyse_indexed(corpus: &Corpus, passages: &PassageIndex) -> QuoteIndex {
    analyse_with(corpus, passages.rarity())
}

fn analyse_with(corpus: &Corpus, rarity: &Rarity) -> QuoteIndex {
    let mut registry = Registry::default();
    for article in &corpus.articles {
        speakers::register_names(&mut registry, article);
    }
    let mut quotes: Vec<Quote> = Vec::new();
    for (a, article) in corpus.articles.iter().enumerate() {
        let statements = extract::statements(article);
        let attributed = resolve::attribute(&mut registry, article, &statements);
        for (s, resolved) in statements.into_iter().zip(attributed) {
            quotes.push(Quote {
                article: a,
                parts: s
                    .parts
                    .iter()
                    .map(|&span| Part { span, cluster: 0 })
                    .collect(),
                speaker: resolved.map(|r| r.speaker),
                medium: resolved.and_then(|r| r.medium),
                basis: resolved.map(|r| r.basis),
                sure: resolved.is_some_and(|r| r.sure),
                insertions: s.insertions,
                marks: s.kind,
                closed: s.closed,
            });
        }
    }
    let speakers = registry.finish();
    let mut vocabulary = Vocabulary::default();
    let mut units = Vec::new();
    let mut unit_parts = Vec::new();
    for (qi, q) in quotes.iter().enumerate() {
        let article = &corpus.articles[q.article];
        for (pi, part) in q.parts.iter().enumerate() {
            let terms = terms::terms(article, part.span, &q.insertions);
            units.push(Unit {
                article: q.article,
                quote: qi,
                profile: Profile::new(&terms, &mut vocabulary, rarity),
            });
            unit_parts.push((qi, pi));
        }
    }
    let groups = cluster::group(&units, &vocabulary.weights);
    let clusters = number_clusters(&mut quotes, &unit_parts, &groups, &speakers);
    QuoteIndex {
        quotes,
        clusters,
        speakers,
    }
}

/// Builds the clusters from each unit's group, numbers them stably and writes each part's
/// cluster id back.
fn number_clusters(
    quotes: &mut [Quote],
    unit_parts: &[(usize, usize)],
    groups: &[usize],
    speakers: &[Speaker],
) -> Vec<Cluster> {
    let count = groups.iter().max().map_or(0, |m| m + 1);
    let mut members: Vec<Vec<Member>> = vec![Vec::new(); count];
    for (&(qi, pi), &g) in unit_parts.iter().zip(groups) {
        match members[g].iter_mut().find(|m| m.quote == qi) {
            Some(m) => m.parts.push(pi),
            None => members[g].push(Member {
                quote: qi,
                parts: vec![pi],
            }),
        }
    }
    let mut clusters: Vec<Cluster> = members
        .into_iter()
        .map(|members| {
            let mut articles: Vec<usize> =
                members.iter().map(|m| quotes[m.quote].article).collect();
            articles.sort_unstable();
            articles.dedup();
            Cluster {
                id: 0,
                speaker: majority(&authored(quotes, &members, speakers), speakers),
                sources: articles.len(),
                members,
            }
        })
        .collect();
    let first = |c: &Cluster| {
        let m = &c.members[0];
        (
            quotes[m.quote].article,
            quotes[m.quote].parts[m.parts[0]].span.start,
        )
    };
    clusters.sort_by_key(|c| (std::cmp::Reverse(c.sources), first(c)));
    for (i, c) in clusters.iter_mut().enumerate() {
        c.id = i + 1;
        for m in &c.members {
            for &p in &m.parts {
                quotes[m.quote].parts[p].cluster = c.id;
            }
        }
    }
    clusters
}

/// Each member's speaker, a document whose author its article does not name read as the
/// author other members name: when the sources that quote the same words from a document
/// name one author between them ("Harcourt said in the statement"), the statement the others
/// quote is hers.
fn authored(quotes: &[Quote], members: &[Member], speakers: &[Speaker]) -> Vec<Option<usize>> {
    let mut authors: Vec<usize> = members
        .iter()
        .map(|m| &quotes[m.quote])
        .filter(|q| q.medium.is_some())
        .filter_map(|q| q.speaker)
        .collect();
    authors.sort_unstable();
    authors.dedup();
    let author = match authors.as_slice() {
        [one] => Some(*one),
        _ => None,
    };
    members
        .iter()
        .map(|m| {
            let speaker = quotes[m.quote].speaker?;
            let unsigned_document = speakers
                .get(speaker)
                .is_some_and(|s| s.kind == SpeakerKind::Document && s.signer.is_none());
            Some(match author {
                Some(a) if unsigned_document => a,
                _ => speaker,
            })
        })
        .collect()
}

/// The speaker most members give, the earliest on a tie. A person counts twice: where some
/// sources name who said it and others only "the statement" or "the agency", the person is the
/// better answer.
fn majority(values: &[Option<usize>], speakers: &[Speaker]) -> Option<usize> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for &v in values.iter().flatten() {
        let weight = match speakers.get(v).map(|s| s.kind) {
            Some(SpeakerKind::Person) => 2,
            _ => 1,
        };
        match counts.iter_mut().find(|(s, _)| *s == v) {
            Some((_, n)) => *n += weight,
            None => counts.push((v, weight)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts.iter().find(|(_, n)| *n == best).map(|(s, _)| *s)
}

#[cfg(test)]
mod speaker_tests;
#[cfg(test)]
mod tests;
