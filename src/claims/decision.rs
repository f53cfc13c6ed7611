//! A body's formal decision ("parliament voted to", "a motion approved by the assembly") read
//! as one term for the act, so that reports wording it differently compare as one claim.

use super::lexicon::{Lexicon, Meaning, TermId, Tok};
use super::terms;

/// How far after a deciding body its verb may stand ("parliament at the weekend voted").
const DECISION_REACH: usize = 5;

/// A body's formal decision, as one term for the act ("iraq legislature decided"): reports word
/// it differently ("Iraq's parliament voted to", "the Iraqi parliament passed a resolution", "a
/// motion approved by the assembly"), and the act is the claim, not the words.
pub fn act(lexicon: &mut Lexicon, toks: &[Tok], words: &[&str]) -> Option<TermId> {
    let body_at = |i: usize| terms::deciding_body(words[i]).map(|body| (i, body));
    let active = (0..words.len()).find_map(|i| {
        let found = body_at(i)?;
        words[i + 1..words.len().min(i + 1 + DECISION_REACH)]
            .iter()
            .any(|v| terms::is_decision_verb(v))
            .then_some(found)
    });
    let passive = || {
        (0..words.len().saturating_sub(1)).find_map(|i| {
            if !terms::is_decision_verb(words[i]) || words[i + 1] != "by" {
                return None;
            }
            (i + 2..words.len().min(i + 2 + DECISION_REACH)).find_map(body_at)
        })
    };
    let (at, body) = active.or_else(passive)?;
    // Whose body: a name or country just before it ("Iraq's parliament", "the Iraqi
    // parliament") or after "of" ("the council of Springfield").
    let owner_at = |i: usize| match lexicon.meaning(toks.get(i)?) {
        Meaning::Term { id, negated: false }
            if lexicon.is_name(id) || matches!(lexicon.term(id), "us" | "uk") =>
        {
            Some(lexicon.term(id).to_string())
        }
        _ => None,
    };
    let owner = at.checked_sub(1).and_then(owner_at).or_else(|| {
        (words.get(at + 1) == Some(&"of"))
            .then(|| owner_at(at + 2))
            .flatten()
    });
    let act = match owner {
        Some(owner) => format!("{owner} {body} decided"),
        None => format!("{body} decided"),
    };
    Some(lexicon.intern(&act, false))
}
