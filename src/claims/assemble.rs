//! Turns clustered units and found conflicts into the claims table: a summary, kind and
//! speaker per claim, a cell per source (supports / omits / contradicts, with the sentences),
//! and the rank order that puts conflicts first.

use super::cluster::{self, Weights};
use super::conflicts::{Found, Place};
use super::quoting::Quoting;
use super::units::Unit;
use super::{Analysis, Cell, Claim, ClaimKind, Conflict, ConflictKind, Evidence, Side, Stance};
use crate::corpus::Corpus;
use crate::parallel;
use crate::text::{Span, sanitise_line};
use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::sync::Arc;

/// Longest summary, in characters.
const SUMMARY_CHARS: usize = 160;

/// The clean text of every statement's sentence, made before the claims are known (while the
/// statements are clustered): a sentence is evidence in its claim and again on every side of
/// every conflict it stands on, and a big conflict has thousands of them.
pub struct SentenceTexts(HashMap<(usize, Span), Arc<str>>);

impl SentenceTexts {
    pub fn of(corpus: &Corpus, units: &[Unit]) -> Self {
        let mut made = HashMap::default();
        for u in units {
            made.entry((u.article, u.sentence))
                .or_insert_with(|| corpus.articles[u.article].clean_text(u.sentence).into());
        }
        SentenceTexts(made)
    }
}

/// Sentences' clean texts: a statement's made beforehand, others (a quote's, for attribution
/// drift) made once per thread as they are asked for.
struct Texts<'c> {
    corpus: &'c Corpus,
    statements: &'c SentenceTexts,
    made: RefCell<HashMap<(usize, Span), Arc<str>>>,
}

impl<'c> Texts<'c> {
    fn new(corpus: &'c Corpus, statements: &'c SentenceTexts) -> Self {
        Texts {
            corpus,
            statements,
            made: RefCell::default(),
        }
    }

    fn sentence(&self, source: usize, span: Span) -> Arc<str> {
        if let Some(text) = self.statements.0.get(&(source, span)) {
            return text.clone();
        }
        self.made
            .borrow_mut()
            .entry((source, span))
            .or_insert_with(|| self.corpus.articles[source].clean_text(span).into())
            .clone()
    }
}

fn evidence(texts: &Texts, (source, sentence, clause): Place, hedge: Option<String>) -> Evidence {
    Evidence {
        source,
        sentence,
        clause,
        text: texts.sentence(source, sentence),
        hedge,
    }
}

fn unit_evidence(texts: &Texts, u: &Unit) -> Evidence {
    evidence(texts, (u.article, u.sentence, u.clause), u.hedge.clone())
}

fn summary(corpus: &Corpus, u: &Unit) -> String {
    let article = &corpus.articles[u.article];
    let mut text = article.clean_text(u.clause);
    // A clause starts at its first word: "(it was) poorly worded" needs its parenthesis back.
    if text.matches(')').count() > text.matches('(').count()
        && article.text[..u.clause.start].ends_with('(')
    {
        text.insert(0, '(');
    }
    // A clause cut from inside a quotation keeps only one of its quote marks: drop them.
    let unbalanced = text.matches('“').count() != text.matches('”').count()
        || text.matches('"').count() % 2 == 1;
    if unbalanced {
        text.retain(|c| !matches!(c, '“' | '”' | '"'));
    }
    let mut trimmed = text
        .trim_matches(|c: char| c.is_whitespace() || "\"“”‘’'«»,;:".contains(c) || c == '…')
        .to_string();
    // An opening parenthesis goes only when nothing closes it.
    if trimmed.starts_with('(') && trimmed.matches('(').count() > trimmed.matches(')').count() {
        trimmed = trimmed[1..].trim_start().to_string();
    }
    if trimmed.chars().count() <= SUMMARY_CHARS {
        return trimmed;
    }
    let cut: String = trimmed.chars().take(SUMMARY_CHARS).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', ';', ':']))
}

fn speaker_of(u: &Unit, quoting: &Quoting) -> Option<String> {
    quoting.speaker(u.article, u.clause).map(sanitise_line)
}

fn quoted(u: &Unit, quoting: &Quoting) -> bool {
    u.quoted || quoting.is_quoted(u.article, u.clause)
}

fn kind(members: &[&Unit], quoting: &Quoting) -> ClaimKind {
    let half =
        |f: &dyn Fn(&Unit) -> bool| members.iter().filter(|u| f(u)).count() * 2 >= members.len();
    if half(&|u| !u.quantities.is_empty()) {
        ClaimKind::Number
    } else if half(&|u| u.denial) {
        ClaimKind::Denial
    } else if half(&|u| u.confirmation) {
        ClaimKind::Confirmation
    } else if half(&|u| quoted(u, quoting)) {
        ClaimKind::Quote
    } else {
        ClaimKind::Event
    }
}

fn most_common(values: Vec<String>) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for v in values {
        match counts.iter_mut().find(|(w, _)| *w == v) {
            Some((_, n)) => *n += 1,
            None => counts.push((v, 1)),
        }
    }
    // The first most frequent, so ties go to the earliest source.
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts.into_iter().find(|(_, n)| *n == best).map(|(v, _)| v)
}

/// The summary: the most typical statement of the claim among its supporting sources, plain
/// statements preferred over quotes.
fn summarise(
    corpus: &Corpus,
    units: &[Unit],
    weights: &Weights,
    members: &[usize],
    claim: &Claim,
) -> String {
    let centrality = cluster::centrality(units, members, weights);
    let score = |i: usize| {
        let u = &units[members[i]];
        let supports = claim.stance(u.article) == Stance::Supports;
        // A clause that opens its sentence reads as a summary, whatever its centrality;
        // "and that six were hurt" does not.
        let opens = u.clause.start == u.sentence.start;
        centrality[i]
            + if u.quoted { 0.0 } else { 0.05 }
            + if opens { 1.0 } else { 0.0 }
            + if supports { 10.0 } else { 0.0 }
    };
    (0..members.len())
        .max_by(|&a, &b| score(a).total_cmp(&score(b)).then(b.cmp(&a)))
        .map(|i| summary(corpus, &units[members[i]]))
        .unwrap_or_default()
}

/// A "contradicts" cell for each source on `side`, with its sentences (and their hedges).
fn contradicting_cells(
    texts: &Texts,
    units: &[Unit],
    side: &super::conflicts::FoundSide,
) -> Vec<Cell> {
    let hedges: HashMap<(usize, Span), Option<String>> = side
        .units
        .iter()
        .rev()
        .map(|&u| ((units[u].article, units[u].clause), units[u].hedge.clone()))
        .collect();
    let mut places = side.places.clone();
    places.sort_by_key(|p| p.0);
    side.sources
        .iter()
        .map(|&s| {
            let from = places.partition_point(|p| p.0 < s);
            let to = places.partition_point(|p| p.0 <= s);
            Cell {
                source: s,
                stance: Stance::Contradicts,
                evidence: places[from..to]
                    .iter()
                    .map(|p| {
                        let hedge = hedges.get(&(p.0, p.2)).cloned().flatten();
                        evidence(texts, *p, hedge)
                    })
                    .collect(),
            }
        })
        .collect()
}

fn claim(texts: &Texts, units: &[Unit], members: &[usize], quoting: &Quoting) -> Claim {
    let us: Vec<&Unit> = members.iter().map(|&u| &units[u]).collect();

    let mut cells: Vec<Cell> = Vec::new();
    for u in &us {
        let at = match cells.binary_search_by_key(&u.article, |c| c.source) {
            Ok(at) => at,
            Err(at) => {
                cells.insert(
                    at,
                    Cell {
                        source: u.article,
                        stance: Stance::Supports,
                        evidence: Vec::new(),
                    },
                );
                at
            }
        };
        let cell = &mut cells[at];
        match cell.evidence.iter_mut().find(|e| e.sentence == u.sentence) {
            Some(e) => {
                e.clause = crate::text::Span::new(
                    e.clause.start.min(u.clause.start),
                    e.clause.end.max(u.clause.end),
                );
                e.hedge = e.hedge.take().or_else(|| u.hedge.clone());
            }
            None => cell.evidence.push(unit_evidence(texts, u)),
        }
    }
    Claim {
        id: String::new(),
        summary: String::new(),
        kind: kind(&us, quoting),
        speaker: most_common(us.iter().filter_map(|u| speaker_of(u, quoting)).collect()),
        cells,
        source_count: texts.corpus.articles.len(),
        conflicts: Vec::new(),
    }
}

fn kind_rank(kind: ConflictKind) -> usize {
    match kind {
        ConflictKind::Polarity => 0,
        ConflictKind::Number => 1,
        ConflictKind::Role => 2,
        ConflictKind::Attribution => 3,
        ConflictKind::Hedge => 4,
    }
}

pub fn assemble(
    corpus: &Corpus,
    units: &[Unit],
    weights: &Weights,
    groups: Vec<Vec<usize>>,
    mut found: Vec<Found>,
    quoting: &Quoting,
    sentence_texts: &SentenceTexts,
) -> Analysis {
    // Claims, conflict evidence and summaries are each worked out per item on every core,
    // each thread with its own sentence cache.
    let texts = || Texts::new(corpus, sentence_texts);
    let mut claims: Vec<Claim> = parallel::map_with(&groups, texts, |texts, members| {
        claim(texts, units, members, quoting)
    });
    let group_of = cluster::claim_of(&groups, units.len());
    found.sort_by_key(|f| {
        let involved: usize = f.sides.iter().map(|s| s.sources.len()).sum();
        (
            kind_rank(f.kind) > 3,
            std::cmp::Reverse(involved),
            kind_rank(f.kind),
        )
    });
    // Each side's sentences by source, built once for every claim the conflict bears on, and
    // each side's evidence.
    let evidenced: Vec<(Vec<Vec<Cell>>, Vec<Side>)> =
        parallel::map_with(&found, texts, |texts, f| {
            let side_cells = if f.contradicts {
                f.sides
                    .iter()
                    .map(|side| contradicting_cells(texts, units, side))
                    .collect()
            } else {
                Vec::new()
            };
            let sides = f
                .sides
                .iter()
                .map(|s| Side {
                    sources: s.sources.clone(),
                    text: s.text.clone(),
                    evidence: s.places.iter().map(|p| evidence(texts, *p, None)).collect(),
                })
                .collect();
            (side_cells, sides)
        });
    let mut conflicts = Vec::new();
    for (k, (f, (side_cells, sides))) in found.into_iter().zip(evidenced).enumerate() {
        for &g in &f.groups {
            claims[g].conflicts.push(k);
            if !f.contradicts {
                continue;
            }
            let in_group = |side: &super::conflicts::FoundSide| {
                side.units.iter().filter(|&&u| group_of[u] == g).count()
            };
            let main = (0..f.sides.len())
                .max_by(|&a, &b| {
                    in_group(&f.sides[a])
                        .cmp(&in_group(&f.sides[b]))
                        .then(b.cmp(&a))
                })
                .unwrap_or(0);
            for (i, cells) in side_cells.iter().enumerate() {
                for cell in cells {
                    let claim_cells = &mut claims[g].cells;
                    let at = claim_cells.binary_search_by_key(&cell.source, |c| c.source);
                    match (i == main, at) {
                        (false, Ok(at)) => claim_cells[at] = cell.clone(),
                        (false, Err(at)) => claim_cells.insert(at, cell.clone()),
                        // A source on the claim's own side that the claim's sentences missed
                        // (a conflict can gather its sides from several claims) supports it.
                        (true, Err(at)) => claim_cells.insert(
                            at,
                            Cell {
                                stance: Stance::Supports,
                                ..cell.clone()
                            },
                        ),
                        (true, Ok(_)) => {}
                    }
                }
            }
        }
        conflicts.push(Conflict {
            id: format!("k{}", conflicts.len() + 1),
            kind: f.kind,
            reason: f.reason,
            sides,
            claim: f.groups.first().copied(),
        });
    }
    let paired: Vec<(&Claim, &Vec<usize>)> = claims.iter().zip(&groups).collect();
    let summaries = parallel::map(&paired, |&(c, members)| {
        summarise(corpus, units, weights, members, c)
    });
    for (c, summary) in claims.iter_mut().zip(summaries) {
        c.summary = summary;
    }
    // Rank: claims in conflict first (in conflict order), then by how many sources support.
    // Each key worked out once: counting a claim's supporters walks its cells.
    let mut order: Vec<usize> = (0..claims.len()).collect();
    order.sort_by_cached_key(|&g| {
        let c = &claims[g];
        (
            c.conflicts.iter().min().copied().unwrap_or(usize::MAX),
            std::cmp::Reverse(c.supported_by().len() + c.contradicted_by().len()),
            groups[g][0],
        )
    });
    let mut rank_of = vec![0; claims.len()];
    for (rank, &g) in order.iter().enumerate() {
        rank_of[g] = rank;
    }
    let mut slots: Vec<Option<Claim>> = claims.into_iter().map(Some).collect();
    let claims: Vec<Claim> = order
        .iter()
        .enumerate()
        .map(|(rank, &g)| {
            let mut c = slots[g].take().expect("each claim is placed once");
            c.id = format!("c{}", rank + 1);
            c
        })
        .collect();
    for c in &mut conflicts {
        c.claim = c.claim.map(|g| rank_of[g]);
    }
    Analysis {
        sources: corpus.articles.iter().map(|a| a.id.clone()).collect(),
        claims,
        conflicts,
    }
}
