//! How a vote or a bench split, as reports write it ("a 2-1 decision", "by nine votes to four",
//! "unanimous", "voted unanimously"): the votes against, so that a unanimous ruling in one report
//! and a split one in another can be set against each other.

use super::lexicon::Tok;
use super::quantities::{Bound, Figure};
use super::readings::Reading;
use super::terms;

/// Nouns a split such as "2-1" or "5-4" stands before when it is a vote, not a score or a range.
const DECIDED_BY_VOTE: &[&str] = &[
    "decision",
    "vote",
    "ruling",
    "verdict",
    "majority",
    "judgment",
    "judgement",
    "split",
];

/// A vote's split found in a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vote {
    /// The votes against the side that won (0 for a unanimous one).
    pub against: u32,
    /// The index of the first token after the words that give it.
    pub end: usize,
}

/// The vote at token `i` as a figure: the votes against.
pub fn reading(text: &str, toks: &[Tok], words: &[&str], i: usize) -> Option<Reading> {
    let vote = vote_at(text, toks, words, i)?;
    Some(Reading {
        kind: Figure::Votes,
        value: f64::from(vote.against),
        term: None,
        end: vote.end,
        bound: Bound::Exact,
        compared: true,
    })
}

/// The vote written at token `i`, if one is.
fn vote_at(text: &str, toks: &[Tok], words: &[&str], i: usize) -> Option<Vote> {
    let word = |k: usize| words.get(k).copied().unwrap_or("");
    if matches!(word(i), "unanimous" | "unanimously") {
        return Some(Vote {
            against: 0,
            end: i + 1,
        });
    }
    let count = |k: usize| terms::number_word(word(k)).or_else(|| terms::number_value(word(k)));
    // "by nine votes to four", "by 52 votes to 48".
    if let Some(for_) = count(i)
        && word(i + 1) == "votes"
        && word(i + 2) == "to"
        && let Some(against) = count(i + 3)
    {
        return Some(Vote {
            against: for_.min(against) as u32,
            end: i + 4,
        });
    }
    // "a 2-1 decision", "voted 7-2": the hyphen joins the split into one token.
    let (for_, against) = toks[i].span.slice(text).split_once('-')?;
    let small = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if !small(for_) || !small(against) {
        return None;
    }
    let (for_, against): (u32, u32) = (for_.parse().ok()?, against.parse().ok()?);
    let is_vote =
        DECIDED_BY_VOTE.contains(&word(i + 1)) || matches!(word(i.checked_sub(1)?), "voted");
    (is_vote && for_ > against).then_some(Vote {
        against,
        end: i + 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::lexicon::plain_tokens;

    fn vote(s: &str, at: usize) -> Option<(u32, usize)> {
        let (toks, normals) = plain_tokens(s);
        let words: Vec<&str> = normals.iter().map(String::as_str).collect();
        vote_at(s, &toks, &words, at).map(|v| (v.against, v.end))
    }

    #[test]
    fn reads_the_ways_reports_give_a_split() {
        assert_eq!(vote("In a 2-1 decision", 2), Some((1, 3)));
        assert_eq!(vote("the justices voted 5-4 to uphold", 3), Some((4, 4)));
        assert_eq!(vote("passed by nine votes to four", 2), Some((4, 6)));
        assert_eq!(vote("passed by 52 votes to 48", 2), Some((48, 6)));
        assert_eq!(vote("The unanimous three-judge panel", 1), Some((0, 2)));
        assert_eq!(vote("parliament voted unanimously to", 2), Some((0, 3)));
    }

    #[test]
    fn leaves_scores_ranges_and_dates() {
        assert_eq!(vote("won 2-1 at home", 1), None);
        assert_eq!(vote("a 9-5 job", 1), None);
        assert_eq!(vote("from 2020-2024", 1), None);
        assert_eq!(vote("a 1-2 decision", 1), None);
        assert_eq!(vote("aged 18-24 voted", 1), None);
    }
}
