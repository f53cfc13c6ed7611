//! The JSON shape of `crosscheck claims`, serialised straight from the analysis: each claim's
//! record is made while it is written and dropped after, so a thousand sources by ten thousand
//! claims (each listing the sources that omit it) never stands in memory as one value tree.

use crate::claims::{Analysis, Claim, ClaimKind, Conflict, ConflictKind, Evidence, Side, Stance};
use crate::text::Span;
use serde::{Serialize, Serializer};
use std::borrow::Cow;

/// The whole report: `{"sources", "claims", "conflicts"}`.
pub struct Report<'a>(pub &'a Analysis);

impl Serialize for Report<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Shape<'a> {
            sources: &'a [String],
            claims: Each<'a, Claim, ClaimRecord<'a>>,
            conflicts: Each<'a, Conflict, ConflictRecord<'a>>,
        }
        let a = self.0;
        Shape {
            sources: &a.sources,
            claims: Each(a, &a.claims, ClaimRecord::new),
            conflicts: Each(a, &a.conflicts, ConflictRecord::new),
        }
        .serialize(serializer)
    }
}

/// A list whose records are made one at a time as it is written.
struct Each<'a, T, R>(&'a Analysis, &'a [T], fn(&'a Analysis, &'a T) -> R);

impl<'a, T, R: Serialize> Serialize for Each<'a, T, R> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Each(analysis, items, record) = *self;
        serializer.collect_seq(items.iter().map(|item| record(analysis, item)))
    }
}

/// Source ids for a list of source indices.
struct Ids<'a>(&'a Analysis, Cow<'a, [usize]>);

impl Serialize for Ids<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.1.iter().map(|&s| &self.0.sources[s]))
    }
}

#[derive(Serialize)]
struct ClaimRecord<'a> {
    id: &'a str,
    summary: &'a str,
    kind: ClaimKind,
    speaker: Option<&'a str>,
    support: Vec<Supporting<'a>>,
    omitted_by: Ids<'a>,
    contradicted_by: Ids<'a>,
    contradiction: Vec<Sentence<'a>>,
    unique_to: Option<&'a str>,
    conflicts: &'a [usize],
}

impl<'a> ClaimRecord<'a> {
    fn new(a: &'a Analysis, c: &'a Claim) -> Self {
        ClaimRecord {
            id: &c.id,
            summary: &c.summary,
            kind: c.kind,
            speaker: c.speaker.as_deref(),
            support: c.support().map(|e| Supporting::new(a, e)).collect(),
            omitted_by: Ids(a, Cow::Owned(c.omitted_by())),
            contradicted_by: Ids(a, Cow::Owned(c.contradicted_by())),
            contradiction: c
                .evidence(Stance::Contradicts)
                .map(|e| Sentence::new(a, e))
                .collect(),
            unique_to: c.unique_to().map(|s| a.sources[s].as_str()),
            conflicts: &c.conflicts,
        }
    }
}

/// A supporting sentence: where it is, the clause that makes the claim, and its hedge.
#[derive(Serialize)]
struct Supporting<'a> {
    #[serde(flatten)]
    sentence: Sentence<'a>,
    clause: Span,
    hedge: Option<&'a str>,
}

impl<'a> Supporting<'a> {
    fn new(a: &'a Analysis, e: &'a Evidence) -> Self {
        Supporting {
            sentence: Sentence::new(a, e),
            clause: e.clause,
            hedge: e.hedge.as_deref(),
        }
    }
}

/// A sentence on a side of a conflict, or contradicting a claim.
#[derive(Serialize)]
struct Sentence<'a> {
    source: &'a str,
    text: &'a str,
    start: usize,
    end: usize,
}

impl<'a> Sentence<'a> {
    fn new(a: &'a Analysis, e: &'a Evidence) -> Self {
        Sentence {
            source: &a.sources[e.source],
            text: &e.text,
            start: e.sentence.start,
            end: e.sentence.end,
        }
    }
}

#[derive(Serialize)]
struct ConflictRecord<'a> {
    id: &'a str,
    kind: ConflictKind,
    reason: &'a str,
    claim: Option<&'a str>,
    sides: Vec<SideRecord<'a>>,
}

impl<'a> ConflictRecord<'a> {
    fn new(a: &'a Analysis, k: &'a Conflict) -> Self {
        ConflictRecord {
            id: &k.id,
            kind: k.kind,
            reason: &k.reason,
            claim: k.claim.map(|i| a.claims[i].id.as_str()),
            sides: k.sides.iter().map(|s| SideRecord::new(a, s)).collect(),
        }
    }
}

#[derive(Serialize)]
struct SideRecord<'a> {
    sources: Ids<'a>,
    text: &'a str,
    evidence: Vec<Sentence<'a>>,
}

impl<'a> SideRecord<'a> {
    fn new(a: &'a Analysis, s: &'a Side) -> Self {
        SideRecord {
            sources: Ids(a, Cow::Borrowed(&s.sources)),
            text: &s.text,
            evidence: s.evidence.iter().map(|e| Sentence::new(a, e)).collect(),
        }
    }
}
