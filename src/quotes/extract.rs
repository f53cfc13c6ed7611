//! From quoted runs to statements: a quote running over several paragraphs (no closing mark,
//! an opening mark on the next), a quote split around its attribution ("A," he said. "B."),
//! cuts marked by an ellipsis, and bracketed editorial insertions.

use super::attribution::after_quote;
use super::marks::{MarkKind, Quoted, scan};
use super::spans::reopens;
use super::terms::terms;
use crate::corpus::Article;
use crate::text::Span;

/// One statement as extracted, before speakers and clusters are known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    /// The quoted words, without marks, in order.
    pub parts: Vec<Span>,
    /// Bracketed editorial insertions inside the parts.
    pub insertions: Vec<Span>,
    pub kind: MarkKind,
    /// False when a mark was never closed.
    pub closed: bool,
    /// The first opening mark and the end of the last closing mark (or of the words).
    pub opening: Span,
    pub end: usize,
    /// Text between parts that attributes them ("General Milley said.").
    pub gaps: Vec<Span>,
}

/// Quoted runs of every content paragraph, chained across paragraphs where a quote runs on.
fn runs(article: &Article) -> Vec<(Vec<Quoted>, bool)> {
    let noise: Vec<Span> = article.noise.iter().map(|n| n.span).collect();
    let paragraphs: Vec<Span> = article.content_paragraphs().map(|p| p.span).collect();
    let mut out: Vec<(Vec<Quoted>, bool)> = Vec::new();
    let mut pending: Option<Vec<Quoted>> = None;
    for paragraph in paragraphs {
        let found = scan(&article.text, paragraph, &noise);
        let count = found.len();
        for (i, q) in found.into_iter().enumerate() {
            if let Some(mut chain) = pending.take() {
                if i == 0 && reopens(&article.text, paragraph, &chain[chain.len() - 1], Some(&q)) {
                    chain.push(q);
                    if q.closing.is_none() && i + 1 == count {
                        pending = Some(chain);
                    } else {
                        let closed = q.closing.is_some();
                        out.push((chain, closed));
                    }
                    continue;
                }
                out.push((chain, false));
            }
            if q.closing.is_none() && i + 1 == count {
                pending = Some(vec![q]);
            } else {
                out.push((vec![q], q.closing.is_some()));
            }
        }
    }
    if let Some(chain) = pending {
        out.push((chain, false));
    }
    out
}

/// End of a run's closing mark, or of its words when unclosed.
fn run_end(q: &Quoted) -> usize {
    q.closing.map_or(q.body.end, |c| c.end)
}

fn paragraph_end(article: &Article, pos: usize) -> usize {
    article
        .paragraph_at(pos)
        .map_or(article.text.len(), |p| article.paragraphs[p].span.end)
}

/// Every statement quoted in `article`, in text order.
pub fn statements(article: &Article) -> Vec<Extracted> {
    let text = &article.text;
    let runs = runs(article);
    let mut out: Vec<Extracted> = Vec::new();
    for (i, (chain, closed)) in runs.iter().enumerate() {
        let first = chain[0];
        let last = chain[chain.len() - 1];
        let statement = Extracted {
            parts: chain.iter().map(|q| q.body).collect(),
            insertions: Vec::new(),
            kind: first.kind,
            closed: *closed,
            opening: first.opening,
            end: run_end(&last),
            gaps: Vec::new(),
        };
        if let Some(previous) = out.last_mut()
            && chain.len() == 1
            && previous.closed
            && previous.kind == first.kind
            && article.paragraph_at(previous.end) == article.paragraph_at(first.opening.start)
            && is_attribution_gap(text, previous.end, first.opening.start)
        {
            let next_start = runs
                .get(i + 1)
                .map_or(usize::MAX, |(next, _)| next[0].opening.start);
            let limit = next_start.min(paragraph_end(article, first.opening.start));
            if after_quote(text, statement.end, limit.max(statement.end)).is_none() {
                previous
                    .gaps
                    .push(Span::new(previous.end, first.opening.start));
                previous.parts.push(first.body);
                previous.end = statement.end;
                previous.closed = statement.closed;
                continue;
            }
        }
        out.push(statement);
    }
    for statement in &mut out {
        statement.parts = statement
            .parts
            .iter()
            .flat_map(|&p| split_at_ellipses(article, p))
            .collect();
        statement.insertions = statement
            .parts
            .iter()
            .flat_map(|&p| insertions(text, p))
            .collect();
    }
    out
}

fn is_attribution_gap(text: &str, from: usize, to: usize) -> bool {
    from <= to
        && text[from..to].split_whitespace().count() <= 30
        && after_quote(text, from, to).is_some()
}

fn content_words(article: &Article, span: Span) -> usize {
    terms(article, span, &[])
        .iter()
        .filter(|t| t.content)
        .count()
}

/// Splits a part where an ellipsis marks words cut out, when both sides say something on
/// their own: the two sides may come from different places in what was said.
fn split_at_ellipses(article: &Article, part: Span) -> Vec<Span> {
    let text = &article.text;
    let slice = part.slice(text);
    let mut cuts: Vec<Span> = Vec::new();
    let mut search = 0;
    while let Some(found) = slice[search..].find(['…', '.']) {
        let at = search + found;
        let len = if slice[at..].starts_with('…') {
            '…'.len_utf8()
        } else if slice[at..].starts_with("...") {
            3
        } else if slice[at..].starts_with(". . .") {
            5
        } else {
            search = at + 1;
            continue;
        };
        cuts.push(Span::new(part.start + at, part.start + at + len));
        search = at + len;
    }
    let mut out = Vec::new();
    let mut start = part.start;
    for cut in cuts {
        let left = Span::new(start, cut.start).trim(text);
        let right = Span::new(cut.end, part.end).trim(text);
        if content_words(article, left) >= 2 && content_words(article, right) >= 2 {
            out.push(left);
            start = right.start;
        }
    }
    out.push(Span::new(start, part.end).trim(text));
    out
}

/// Bracketed insertions, "(it was)" or "[the letter]"; an unmatched bracket is left alone.
fn insertions(text: &str, part: Span) -> Vec<Span> {
    let mut open: Vec<(char, usize)> = Vec::new();
    let mut out = Vec::new();
    for (offset, c) in part.slice(text).char_indices() {
        let pos = part.start + offset;
        match c {
            '(' | '[' => open.push((c, pos)),
            ')' | ']' => {
                let want = if c == ')' { '(' } else { '[' };
                if let Some(i) = open.iter().rposition(|&(o, _)| o == want) {
                    let (_, start) = open[i];
                    open.truncate(i);
                    out.push(Span::new(start, pos + 1));
                }
            }
            _ => {}
        }
    }
    out.sort();
    out
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::corpus::{LoadOptions, load_paths};

    /// One article loaded from `text` the way a user's file is.
    pub(in crate::quotes) fn article(text: &str) -> Article {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, text).unwrap();
        let mut corpus = load_paths(&[path], &LoadOptions::default());
        corpus.articles.remove(0)
    }

    fn parts(text: &str) -> Vec<Vec<String>> {
        let a = article(text);
        statements(&a)
            .iter()
            .map(|s| s.parts.iter().map(|p| a.slice(*p).to_string()).collect())
            .collect()
    }

    #[test]
    fn split_quote_around_attribution_is_one_statement() {
        assert_eq!(
            parts(
                "Body text here.\n\n\"That letter is a draft,\" General Milley said. \"It was a mistake.\"\n"
            ),
            [["That letter is a draft,", "It was a mistake."]]
        );
    }

    #[test]
    fn two_attributed_quotes_stay_apart() {
        assert_eq!(
            parts("Body.\n\n\"Yes,\" he said. \"No,\" she said.\n").len(),
            2
        );
    }

    #[test]
    fn quote_running_over_paragraphs() {
        let found = parts(
            "Body.\n\n\"The first paragraph of the speech runs on\n\n\"and the second one closes it,\" he said.\n\nAfter.\n",
        );
        assert_eq!(
            found,
            [[
                "The first paragraph of the speech runs on",
                "and the second one closes it,"
            ]]
        );
    }

    #[test]
    fn unclosed_quote_stops_at_its_paragraph() {
        let a = article(
            "Body.\n\n\"This never closes and\n\nThe next paragraph is narration with \"a quote\" in it.\n",
        );
        let found = statements(&a);
        assert_eq!(found.len(), 2);
        assert!(!found[0].closed);
        assert_eq!(a.slice(found[0].parts[0]), "This never closes and");
        assert_eq!(a.slice(found[1].parts[0]), "a quote");
    }

    #[test]
    fn ellipsis_splits_and_insertions_are_marked() {
        let a = article(
            "Body.\n\n\"It was a mistake, it was unsigned … (it was) poorly worded, (it) implies withdrawal.\"\n",
        );
        let s = &statements(&a)[0];
        let texts: Vec<&str> = s.parts.iter().map(|p| a.slice(*p)).collect();
        assert_eq!(
            texts,
            [
                "It was a mistake, it was unsigned",
                "(it was) poorly worded, (it) implies withdrawal."
            ]
        );
        let ins: Vec<&str> = s.insertions.iter().map(|p| a.slice(*p)).collect();
        assert_eq!(ins, ["(it was)", "(it)"]);
    }

    #[test]
    fn broken_bracket_does_not_swallow() {
        let a = article(
            "Body.\n\n\"It) was sent over (to some guys. Now it's a kerfuffle.\"\n\nNext.\n",
        );
        let s = &statements(&a)[0];
        assert!(s.insertions.is_empty());
        assert!(a.slice(s.parts[0]).ends_with("kerfuffle."));
    }
}
