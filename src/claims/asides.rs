//! Asides: a relative clause set off by commas inside a sentence ("Kessler, who co-founded the
//! company in 2011, sent the email"; "The Ossley works, operated by Kellbrook Water,
//! supplies ..."). News packs background facts into them, and other reports state the same fact
//! in a sentence of its own, so an aside is a statement of its own about the words it follows,
//! and the sentence around it another.

use super::lexicon::{Lexicon, Tok};

/// Most words of the head an aside is said of ("the Kellbridge Police Service"): a longer run
/// since the last comma is a clause, not a noun phrase, and only its end is the head.
const HEAD_WORDS: usize = 6;
/// Fewest distinct content words in the aside itself: "which it denies" adds no fact.
const MIN_ASIDE_TERMS: usize = 2;

/// An aside within a sentence's tokens: its head starts at `head`, the aside itself runs from
/// `start` to `end` (exclusive), commas on both sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Aside {
    pub head: usize,
    pub start: usize,
    pub end: usize,
}

/// The asides within `range` of a sentence's tokens, in reading order, none overlapping. Only an
/// aside closed by a comma before the range ends counts: one that runs to the end of the
/// sentence is the sentence's last clause, cut there or not by the clause rules.
pub fn find(
    lexicon: &Lexicon,
    normals: &[String],
    text: &str,
    toks: &[Tok],
    range: std::ops::Range<usize>,
    min_rest_terms: usize,
) -> Vec<Aside> {
    let normal = |j: usize| normals[toks[j].normal as usize].as_str();
    let gap = |j: usize| &text[toks[j - 1].span.end..toks[j].span.start];
    let comma_before = |j: usize| gap(j).contains(',');
    let mut asides: Vec<Aside> = Vec::new();
    let mut j = range.start + 1;
    while j < range.end {
        let opens = comma_before(j)
            && (matches!(normal(j), "who" | "which" | "whose")
                || (j + 1 < range.end && is_participle(normal(j)) && normal(j + 1) == "by"));
        let close = opens
            .then(|| (j + 1..range.end).find(|&k| comma_before(k)))
            .flatten();
        // A comma that goes on into a list ("lets hospitals, warehouses and retailers plan
        // ...") does not close the aside: "and" or "or" soon after it, with words of one case
        // either side of it ("Kellbrook Water, supplies Dunmarrow and ..." is no list).
        let capital = |k: usize| toks[k].span.slice(text).starts_with(char::is_uppercase);
        let lists = |end: usize| {
            capital(end - 1) == capital(end)
                && (end..range.end.min(end + 3)).any(|k| matches!(normal(k), "and" | "or"))
        };
        let Some(end) =
            close.filter(|&end| !gap(end).contains(['"', '\u{201d}', '(', ')']) && !lists(end))
        else {
            j += 1;
            continue;
        };
        let comma_at_or_before = |from: usize| {
            (range.start + 1..=from)
                .rev()
                .find(|&k| comma_before(k))
                .unwrap_or(range.start)
        };
        let mut since_comma = comma_at_or_before(j - 1);
        // "Owen Pryce, 48, who runs ...": the aside is said of the person before the age.
        if since_comma > range.start
            && toks[since_comma..j]
                .iter()
                .all(|t| t.span.slice(text).bytes().all(|b| b.is_ascii_digit()))
        {
            since_comma = comma_at_or_before(since_comma - 1);
        }
        let head = since_comma.max(j.saturating_sub(HEAD_WORDS));
        let rest = toks[range.start..j]
            .iter()
            .chain(&toks[end..range.end])
            .copied()
            .collect::<Vec<_>>();
        if super::units::content_terms(lexicon, &toks[j..end]) >= MIN_ASIDE_TERMS
            && super::units::content_terms(lexicon, &toks[head..j]) >= 1
            && super::units::content_terms(lexicon, &rest) >= min_rest_terms
        {
            asides.push(Aside {
                head,
                start: j,
                end,
            });
            j = end;
        } else {
            j += 1;
        }
    }
    asides
}

/// "operated", "based", "owned": a past participle that opens a reduced relative clause when
/// "by" follows.
fn is_participle(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::lexicon;
    use crate::claims::tests::made_up;

    /// Each aside of the one-sentence article `text`: (the words it is said of, the aside).
    fn asides_of(text: &str) -> Vec<(String, String)> {
        let corpus = made_up(&[("01_wire.txt", &format!("Headline here\n\n{text}\n"))]);
        let (lexicon, normals, sentences) = lexicon::read(&corpus);
        let body = &corpus.articles[0].text;
        let s = sentences.last().expect("a sentence");
        let words = |from: usize, to: usize| {
            crate::text::Span::new(s.toks[from].span.start, s.toks[to - 1].span.end)
                .slice(body)
                .to_string()
        };
        find(&lexicon, &normals, body, &s.toks, 0..s.toks.len(), 3)
            .into_iter()
            .map(|a| (words(a.head, a.start), words(a.start, a.end)))
            .collect()
    }

    fn pair(head: &str, aside: &str) -> (String, String) {
        (head.to_string(), aside.to_string())
    }

    #[test]
    fn relative_clauses_and_participles_set_off_by_commas_are_asides() {
        assert_eq!(
            asides_of("Renata Kessler, who co-founded the company in 2011, sent the email."),
            [pair("Renata Kessler", "who co-founded the company in 2011")]
        );
        assert_eq!(
            asides_of("The Ossley works, operated by Kellbrook Water, supplies the town."),
            [pair("The Ossley works", "operated by Kellbrook Water")]
        );
        // Said of the person, not of the age between them.
        assert_eq!(
            asides_of("Owen Pryce, 48, who runs a cafe on the square, said he was scared."),
            [pair("Owen Pryce, 48", "who runs a cafe on the square")]
        );
    }

    #[test]
    fn a_clause_that_ends_the_sentence_or_says_too_little_is_no_aside() {
        assert!(asides_of("Police arrested 14 people, who were later released.").is_empty());
        assert!(asides_of("The mayor, who declined, left the city hall early.").is_empty());
        assert!(asides_of("The force said, in a statement, that it regretted it.").is_empty());
    }
}
