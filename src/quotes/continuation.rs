//! Quotes with no attribution of their own that news copy still gives a speaker: a quote in
//! the sentence of an attributed one ("it says, “are to be held”, and late arrivals “should
//! return later”"), and a quote opening a sentence after one of reported speech ("Weir said he
//! had driven away. “The police were calm.”"). Both go on with that speaker, never surely.

use super::attribution::before_quote;
use super::extract::Extracted;
use super::people::Mentions;
use super::resolve::{Basis, Resolved, resolve};
use super::speakers::Registry;
use crate::corpus::Article;

/// A quote with no attribution of its own in the sentence of the quote before it ("Claims
/// lodged, it says, “are to be held”, and late arrivals “should return later”"): that quote's
/// speaker, as a continuation.
pub fn same_sentence(
    article: &Article,
    statements: &[Extracted],
    i: usize,
    out: &[Option<Resolved>],
) -> Option<Resolved> {
    let previous = statements.get(i.checked_sub(1)?)?;
    let sentence = article.sentence_at(statements[i].opening.start)?;
    if previous.end <= sentence.start {
        return None;
    }
    out.get(i - 1).copied().flatten().map(|r| Resolved {
        basis: Basis::Continued,
        sure: false,
        ..r
    })
}

/// A quote opening a sentence, with no attribution of its own, after a sentence of reported
/// speech in the same paragraph ("Her neighbour said he had driven his daughters away. “The
/// police were calm.”"): the news convention for the same speaker going on.
pub fn reported_before(
    registry: &mut Registry,
    mentions: &mut Mentions,
    article: &Article,
    s: &Extracted,
) -> Option<Resolved> {
    let text = &article.text;
    let p = article.paragraph_at(s.opening.start)?;
    let sentences = &article.paragraphs[p].sentences;
    let k = sentences.iter().position(|x| x.contains(s.opening.start))?;
    if k == 0 || !text[sentences[k].start..s.opening.start].trim().is_empty() {
        return None;
    }
    let previous = sentences[k - 1];
    // The sentence without its final stop, which would make it end before its own words.
    let words = previous
        .slice(text)
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    let a = before_quote(text, previous.start, previous.start + words.len())?;
    resolve(registry, mentions, article, &a).map(|r| Resolved {
        basis: Basis::Continued,
        sure: false,
        ..r
    })
}
