//! Claims: what each report asserts, clustered across reports, with who supports, omits or
//! contradicts each claim, and the conflicts a fact-checker looks at first. Lexical and
//! explainable throughout: every claim points back to the sentences (byte spans into
//! `article.text`) it came from.

mod asides;
mod assemble;
mod clock;
mod cluster;
mod conflicts;
mod dating;
mod decision;
mod events;
mod figures;
mod intent;
mod lexicon;
mod parts;
mod polarity;
mod quantities;
mod quote_parts;
mod quoting;
mod readings;
mod roles;
mod said;
mod stories;
mod terms;
mod units;
mod votes;
mod wordlists;

#[cfg(test)]
mod conflict_tests;
#[cfg(test)]
mod intent_tests;
#[cfg(test)]
mod quote_tests;
#[cfg(test)]
mod statement_tests;
#[cfg(test)]
mod tests;

use crate::corpus::Corpus;
use crate::text::Span;
use serde::Serialize;
use std::sync::{OnceLock, mpsc};

/// What the quotes engine knows, as plain data: who said what, and which quotes are the same
/// quote in several sources. `ClaimInputs::default()` means no quote information.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClaimInputs {
    pub attributions: Vec<Attribution>,
    /// Each group is one quote as it appears in several articles: (article index, quote span).
    pub quote_groups: Vec<Vec<(usize, Span)>>,
}

/// A quote (or attributed statement) in one article and who it is attributed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// Index into `corpus.articles`.
    pub article: usize,
    pub span: Span,
    pub speaker: Option<String>,
    /// Who the speaker is, when the text names a person surely (by name, by a role the
    /// article gives one person, or as a document's author): an identity shared across
    /// articles. Attribution drift is only found between two of these.
    pub person: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    Quote,
    Number,
    Event,
    Denial,
    Confirmation,
}

impl ClaimKind {
    pub fn label(self) -> &'static str {
        match self {
            ClaimKind::Quote => "quote",
            ClaimKind::Number => "number",
            ClaimKind::Event => "event",
            ClaimKind::Denial => "denial",
            ClaimKind::Confirmation => "confirmation",
        }
    }
}

/// A source's relation to a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stance {
    Supports,
    Omits,
    Contradicts,
}

impl Stance {
    pub fn label(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Omits => "omits",
            Stance::Contradicts => "contradicts",
        }
    }
}

/// A sentence of one source that bears on a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// Index into `Analysis::sources` (and `corpus.articles`).
    pub source: usize,
    /// The whole sentence, byte offsets into `article.text`.
    pub sentence: Span,
    /// The part of the sentence that makes the claim (the whole sentence unless it was cut at
    /// a clause joint).
    pub clause: Span,
    /// The sentence with any inline noise cut out; shared, since one sentence is evidence for
    /// its claim and on every side of every conflict it stands on.
    pub text: std::sync::Arc<str>,
    /// Hedge words that make this sentence second-hand ("reportedly").
    pub hedge: Option<String>,
}

/// One source's cell in the claims-by-sources table, for a source that supports or
/// contradicts the claim; a source without a cell omits it.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// Index into `Analysis::sources`.
    pub source: usize,
    pub stance: Stance,
    /// The supporting sentences, or the contradicting ones.
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// "c1", "c2"... in rank order.
    pub id: String,
    pub summary: String,
    pub kind: ClaimKind,
    pub speaker: Option<String>,
    /// Cells of the sources that support or contradict, in source order (sparse, so that a
    /// thousand sources by ten thousand claims stays small).
    pub cells: Vec<Cell>,
    /// How many sources the corpus has: those without a cell omit the claim.
    pub source_count: usize,
    /// Indices into `Analysis::conflicts` of the conflicts that touch this claim.
    pub conflicts: Vec<usize>,
}

impl Claim {
    pub fn cell(&self, source: usize) -> Option<&Cell> {
        self.cells
            .binary_search_by_key(&source, |c| c.source)
            .ok()
            .map(|i| &self.cells[i])
    }

    /// What `source` does with this claim: the cell of a claims-by-sources table.
    pub fn stance(&self, source: usize) -> Stance {
        self.cell(source).map_or(Stance::Omits, |c| c.stance)
    }

    fn with_stance(&self, stance: Stance) -> Vec<usize> {
        self.cells
            .iter()
            .filter(|c| c.stance == stance)
            .map(|c| c.source)
            .collect()
    }

    pub fn supported_by(&self) -> Vec<usize> {
        self.with_stance(Stance::Supports)
    }

    pub fn omitted_by(&self) -> Vec<usize> {
        (0..self.source_count)
            .filter(|&s| self.cell(s).is_none())
            .collect()
    }

    pub fn contradicted_by(&self) -> Vec<usize> {
        self.with_stance(Stance::Contradicts)
    }

    /// The one source that makes this claim, when only one does and none contradicts it.
    pub fn unique_to(&self) -> Option<usize> {
        match &self.cells[..] {
            [only] if only.stance == Stance::Supports && self.source_count > 1 => Some(only.source),
            _ => None,
        }
    }

    /// Every supporting sentence, in source order.
    pub fn support(&self) -> impl Iterator<Item = &Evidence> {
        self.evidence(Stance::Supports)
    }

    /// Every sentence of the sources that take `stance`, in source order.
    pub fn evidence(&self, stance: Stance) -> impl Iterator<Item = &Evidence> {
        self.cells
            .iter()
            .filter(move |c| c.stance == stance)
            .flat_map(|c| c.evidence.iter())
    }

    /// Where the claim stands across the corpus. `Unique` differs from `unique_to` only for a
    /// claim one source makes that is also in a conflict: that one stands as `Conflict`.
    pub fn standing(&self) -> Standing {
        let supporters = self.supported_by().len();
        if !self.conflicts.is_empty() || !self.contradicted_by().is_empty() {
            Standing::Conflict
        } else if supporters >= self.source_count {
            Standing::SharedByAll
        } else if supporters >= 2 {
            Standing::SharedBySome
        } else {
            Standing::Unique
        }
    }
}

/// Where a claim stands across the corpus; every claim is exactly one of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Some source contradicts it, or it is part of a conflict.
    Conflict,
    SharedByAll,
    /// Supported by more than one source, not all.
    SharedBySome,
    /// One source only (or none, in a corpus of one).
    Unique,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConflictKind {
    /// One side says it, the other says it is not so ("signed" / "unsigned").
    Polarity,
    /// Different numbers for the same quantity.
    Number,
    /// Different people named in the same role.
    Role,
    /// The same quote attributed to different speakers.
    Attribution,
    /// Reported as hearsay or uncertain by some, flatly by others.
    Hedge,
}

impl ConflictKind {
    pub fn label(self) -> &'static str {
        match self {
            ConflictKind::Polarity => "opposite polarity",
            ConflictKind::Number => "different numbers for the same quantity",
            ConflictKind::Role => "different people named in the same role",
            ConflictKind::Attribution => "attribution drift",
            ConflictKind::Hedge => "hedged versus flat",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    /// Source indices, ascending.
    pub sources: Vec<usize>,
    /// What this side says, in a few words ("signed", "5,000 troops", "Mark Esper").
    pub text: String,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// "k1", "k2"...: stable for one corpus, in the order conflicts are listed.
    pub id: String,
    pub kind: ConflictKind,
    /// Why this is a conflict, in a sentence a journalist can read.
    pub reason: String,
    pub sides: Vec<Side>,
    /// Index into `Analysis::claims` of the claim this conflict is mainly about.
    pub claim: Option<usize>,
}

/// The claims summary of a corpus: claims in rank order (those in conflict first), then by how
/// many sources support them.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    /// Source ids, in corpus order; every `source` index points here.
    pub sources: Vec<String>,
    pub claims: Vec<Claim>,
    pub conflicts: Vec<Conflict>,
}

/// Extracts, clusters and checks the claims of `corpus`, using what `inputs` knows of quotes.
pub fn analyse(corpus: &Corpus, inputs: &ClaimInputs) -> Analysis {
    Statements::read_beside(corpus, || ())
        .1
        .finish(corpus, inputs)
}

/// The part of the claims analysis that needs nothing from the quotes engine (reading every
/// statement and clustering them, most of the work), so it can run while quotes are found.
pub struct Statements {
    read: Read,
    groups: Vec<Vec<usize>>,
    /// Which reports tell one story, made while clustering and read again for conflicts.
    stories: stories::Stories,
    opposed: Vec<polarity::Opposed>,
    sentence_texts: assemble::SentenceTexts,
}

/// Every statement, its terms and their weights.
struct Read {
    lexicon: lexicon::Lexicon,
    units: Vec<units::Unit>,
    weights: cluster::Weights,
}

impl Read {
    fn new(corpus: &Corpus) -> Read {
        let (mut lexicon, normals, sentences) = lexicon::read(corpus);
        let units = units::extract(corpus, &mut lexicon, &normals, &sentences);
        let weights = cluster::Weights::new(&lexicon, &units);
        Read {
            lexicon,
            units,
            weights,
        }
    }
}

impl Statements {
    /// Reads and clusters the statements on a thread of their own while `work` runs here.
    /// Once `work` is done, this thread works out what needs the statements but not the claims
    /// (opposite polarity, the evidence's sentence texts), so clustering, the longest part,
    /// never shares its core.
    pub fn read_beside<T>(corpus: &Corpus, work: impl FnOnce() -> T) -> (T, Statements) {
        let read: OnceLock<Read> = OnceLock::new();
        let (ready, when_read) = mpsc::channel::<()>();
        let ((done, beside), (groups, stories)) = crate::parallel::join(
            || {
                let done = work();
                // No message means the reading panicked; the join below passes that on.
                let beside = when_read.recv().ok().and_then(|()| read.get()).map(|read| {
                    (
                        polarity::find(corpus, &read.units, &read.weights),
                        assemble::SentenceTexts::of(corpus, &read.units),
                    )
                });
                (done, beside)
            },
            || {
                // Owned here, so a panic while reading drops it and the wait above ends.
                let ready = ready;
                let read = read.get_or_init(|| Read::new(corpus));
                let _ = ready.send(());
                let stories =
                    stories::Stories::new(&read.units, &read.weights, corpus.articles.len());
                let mut groups = cluster::cluster(&read.units, &read.weights, &stories);
                events::join_same_facts(&mut groups, &read.units);
                (groups, stories)
            },
        );
        let (opposed, sentence_texts) = beside.expect("the statements were read");
        let statements = Statements {
            read: read.into_inner().expect("the statements were read"),
            groups,
            stories,
            opposed,
            sentence_texts,
        };
        (done, statements)
    }

    /// Joins the claims that hold one quote (as the quotes engine grouped them): the claims
    /// are then final.
    pub fn join_quotes(mut self, inputs: &ClaimInputs) -> Claimed<'_> {
        quote_parts::merge_quote_groups(&mut self.groups, &self.read.units, inputs);
        Claimed {
            statements: self,
            inputs,
        }
    }

    /// Joins the claims that hold one quote, finds the conflicts and builds the table.
    pub fn finish(self, corpus: &Corpus, inputs: &ClaimInputs) -> Analysis {
        self.join_quotes(inputs).finish(corpus)
    }
}

/// The statements in their final claims, with what the quotes engine knows: all that is left
/// is finding the conflicts and building the table.
pub struct Claimed<'i> {
    statements: Statements,
    inputs: &'i ClaimInputs,
}

impl Claimed<'_> {
    /// The sentences of each claim as (source, sentence): what clustering found, before
    /// conflicts add the sentences that contradict a claim. For scoring the clustering against
    /// a known answer.
    pub fn claim_sentences(&self) -> Vec<Vec<(usize, Span)>> {
        let units = &self.statements.read.units;
        self.statements
            .groups
            .iter()
            .map(|members| {
                let mut sentences: Vec<(usize, Span)> = members
                    .iter()
                    .map(|&u| (units[u].article, units[u].sentence))
                    .collect();
                sentences.sort_unstable_by_key(|&(source, s)| (source, s.start));
                sentences.dedup();
                sentences
            })
            .collect()
    }

    /// Finds the conflicts and builds the table.
    pub fn finish(self, corpus: &Corpus) -> Analysis {
        let Claimed {
            statements:
                Statements {
                    read:
                        Read {
                            lexicon,
                            units,
                            weights,
                        },
                    groups,
                    stories,
                    opposed,
                    sentence_texts,
                },
            inputs,
        } = self;
        let quoting = quoting::Quoting::new(inputs, corpus.articles.len());
        let found = conflicts::find(
            corpus, &lexicon, &units, &groups, &stories, &quoting, opposed,
        );
        assemble::assemble(
            corpus,
            &units,
            &weights,
            groups,
            found,
            &quoting,
            &sentence_texts,
        )
    }
}
