//! Claims that quote one part of a quote: the statements of several sources that carry the
//! same words of one quote (as the quotes engine grouped the quotes) are made one claim.

use super::ClaimInputs;
use super::cluster;
use super::lexicon::TermId;
use super::units::{Unit, overlapping};
use crate::union_find::Sets;
use rustc_hash::FxHashMap as HashMap;

/// A statement holds a quote when at least 1 / QUOTE_SHARE_DEN of it is the quote, or at least
/// QUOTE_HELD_BYTES of the quote (about six words) are in it.
const QUOTE_SHARE_DEN: usize = 3;
const QUOTE_HELD_BYTES: usize = 32;

/// Fewest words of a quote two statements must share, and the least share of the smaller
/// one's quoted words they must be, to quote the same part of it.
const SAME_PART_WORDS: usize = 2;
const SAME_PART_SHARE_DEN: usize = 2;

/// A claim is about a quote when at least 1 / ABOUT_THE_QUOTE_DEN of its statements hold it.
const ABOUT_THE_QUOTE_DEN: usize = 2;

/// A statement that holds a quote: its claim, and the quote's words it carries.
struct Holder {
    group: usize,
    words: Vec<TermId>,
}

/// Joins the claims that carry the same part of one quote: two statements that carry words of
/// one long statement belong together only when they carry the same words of it ("the
/// programme is to be suspended" twice), not because each quotes some part of it ("suspended
/// from 16 March" and "no public announcement"). A claim about the quote (half its statements
/// hold it) takes in the claims that carry the same part; two wide claims, each holding the
/// quote in a statement or two, are never joined through it, or one quote would chain
/// unrelated claims together.
pub fn merge_quote_groups(groups: &mut Vec<Vec<usize>>, units: &[Unit], inputs: &ClaimInputs) {
    if inputs.quote_groups.is_empty() {
        return;
    }
    let group_of = cluster::claim_of(groups, units.len());
    let mut sets = Sets::new(groups.len());
    for quote in &inputs.quote_groups {
        let holders = holders(units, &group_of, quote);
        let mut holding: HashMap<usize, usize> = HashMap::default();
        for h in &holders {
            *holding.entry(h.group).or_default() += 1;
        }
        let about_it = |g: usize| holding[&g] * ABOUT_THE_QUOTE_DEN >= groups[g].len();
        for (i, a) in holders.iter().enumerate() {
            for b in &holders[i + 1..] {
                if (about_it(a.group) || about_it(b.group)) && same_part(&a.words, &b.words) {
                    sets.join(a.group, b.group);
                }
            }
        }
    }
    let mut merged: Vec<Vec<usize>> = vec![Vec::new(); groups.len()];
    for (g, members) in groups.iter().enumerate() {
        merged[sets.root(g)].extend(members);
    }
    merged.retain(|m| !m.is_empty());
    for m in &mut merged {
        m.sort_unstable();
    }
    merged.sort_by_key(|m| m[0]);
    *groups = merged;
}

/// The statements that hold `quote`, with the quote's words each carries.
fn holders(
    units: &[Unit],
    group_of: &[usize],
    quote: &[(usize, crate::text::Span)],
) -> Vec<Holder> {
    let mut out = Vec::new();
    for &(article, span) in quote {
        // A statement holds the quote when the quote is a good part of it, or a sentence's
        // worth: one that only cites a few of its words ("preparing for “onward movement”")
        // is about something else and must not join the two claims.
        let holds = |u: &usize| {
            let shared = units[*u].clause.overlap(span);
            shared >= QUOTE_HELD_BYTES || shared * QUOTE_SHARE_DEN >= units[*u].clause.len()
        };
        for u in overlapping(units, article, span)
            .filter(holds)
            .filter(|&u| group_of[u] != usize::MAX)
        {
            let mut words: Vec<TermId> = units[u]
                .words
                .iter()
                .filter(|(_, at)| span.covers(*at))
                .map(|(t, _)| *t)
                .collect();
            words.sort_unstable();
            words.dedup();
            out.push(Holder {
                group: group_of[u],
                words,
            });
        }
    }
    out
}

/// Whether two statements' words of one quote (sorted) are the same part of it.
fn same_part(a: &[TermId], b: &[TermId]) -> bool {
    let shared = crate::sorted::common(a, b).count();
    shared >= SAME_PART_WORDS && shared * SAME_PART_SHARE_DEN >= a.len().min(b.len())
}
