//! Where an article's words stand inside quotation marks, for telling a speaker's words from
//! the report's own. A quote runs over the sentences of its paragraph until it closes; it
//! runs past the paragraph only as news copy marks it, by reopening the next one.

use super::marks::{Quoted, scan};
use crate::corpus::Article;
use crate::text::Span;

/// Whether the quoted runs of the paragraph after a paragraph whose last run `open` is left
/// unclosed take that quote up again: the news convention for a quote over several
/// paragraphs is an opening mark at the start of each one and a closing mark only at the end.
pub(super) fn reopens(text: &str, next: Span, open: &Quoted, next_first: Option<&Quoted>) -> bool {
    next_first.is_some_and(|q| q.kind == open.kind && q.opening.start == next.trim(text).start)
}

/// The quoted stretches of `article`'s content paragraphs, sorted and apart, each from just
/// after its opening mark to its closing mark.
///
/// Where the marks of a paragraph cannot all be paired (an odd number of straight marks, a
/// mark left open and not taken up by the next paragraph), the pairing is a guess, so no
/// quote of that paragraph runs past the sentence it opens in: one stray mark costs one
/// sentence, never the rest of the paragraph.
pub fn quoted_spans(article: &Article) -> Vec<Span> {
    let text = &article.text;
    let noise: Vec<Span> = article.noise.iter().map(|n| n.span).collect();
    let paragraphs: Vec<_> = article.content_paragraphs().collect();
    let runs: Vec<Vec<Quoted>> = paragraphs
        .iter()
        .map(|p| scan(text, p.span, &noise))
        .collect();
    let mut out = Vec::new();
    for (k, (paragraph, found)) in paragraphs.iter().zip(&runs).enumerate() {
        let continued = found.last().filter(|q| {
            q.closing.is_none()
                && paragraphs.get(k + 1).is_some_and(|next| {
                    reopens(text, next.span, q, runs.get(k + 1).and_then(|r| r.first()))
                })
        });
        let straight = paragraph
            .span
            .slice(text)
            .match_indices('"')
            .filter(|(i, _)| !noise.iter().any(|n| n.contains(paragraph.span.start + i)))
            .count()
            - continued.map_or(0, |q| usize::from(q.opening.slice(text) == "\""));
        let unsure = straight % 2 == 1
            || found
                .iter()
                .any(|q| q.closing.is_none() && Some(q) != continued);
        for q in found {
            // An unclosed run ends where `scan` ended it: a second opening mark, or the
            // paragraph's end.
            let end = q.closing.map_or(q.body.end, |c| c.start);
            let end = if unsure {
                let sentence = paragraph
                    .sentences
                    .iter()
                    .find(|s| s.contains(q.opening.start))
                    .map_or(paragraph.span.end, |s| s.end);
                end.min(sentence)
            } else {
                end
            };
            if end > q.opening.end {
                out.push(Span::new(q.opening.end, end));
            }
        }
    }
    out
}

/// Whether byte `pos` stands inside one of `spans` (sorted and apart, as `quoted_spans`
/// gives them).
pub fn is_quoted(spans: &[Span], pos: usize) -> bool {
    let i = spans.partition_point(|s| s.end <= pos);
    spans.get(i).is_some_and(|s| s.start <= pos)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::extract::tests::article;

    /// Whether the first occurrence of each needle stands inside quotation marks.
    fn quoted(text: &str, needles: &[&str]) -> Vec<bool> {
        let a = article(text);
        let spans = quoted_spans(&a);
        needles
            .iter()
            .map(|n| {
                let at = a.text.find(n).unwrap_or_else(|| panic!("no {n:?}"));
                is_quoted(&spans, at)
            })
            .collect()
    }

    #[test]
    fn a_quote_runs_over_the_sentences_of_its_paragraph() {
        let text = "Body.\n\n\"The ferry left on time. We never cancelled it,\" the operator \
                    said. The port disagreed.\n";
        assert_eq!(
            quoted(text, &["ferry", "never", "operator", "port"]),
            [true, true, false, false]
        );
        let curly = "Body.\n\n“The ferry left on time. We never cancelled it,” the operator \
                     said. The port disagreed.\n";
        assert_eq!(
            quoted(curly, &["ferry", "never", "operator", "port"]),
            [true, true, false, false]
        );
        let guillemets = "Body.\n\n«The ferry left on time. We never cancelled it,» the operator \
                          said.\n";
        assert_eq!(quoted(guillemets, &["never", "operator"]), [true, false]);
    }

    #[test]
    fn apostrophes_open_no_quote() {
        let text = "Body.\n\nThe farmers’ union didn’t agree. Its ’90s deal, O’Neill's plan and \
                    the co-ops' rules weren’t changed. Officials said it's settled.\n";
        assert_eq!(
            quoted(text, &["union", "deal", "rules", "Officials", "settled"]),
            [false; 5]
        );
    }

    #[test]
    fn single_marks_quote_when_they_pair() {
        let text = "Body.\n\n‘We did not close the road. It stayed open,’ the council said.\n";
        assert_eq!(
            quoted(text, &["close", "stayed", "council"]),
            [true, true, false]
        );
    }

    #[test]
    fn an_unclosed_quote_stops_at_its_sentence_and_paragraph() {
        let text = "Body.\n\nThe mayor said \"the bridge is safe. Engineers did not agree.\n\n\
                    Nobody was hurt.\n";
        assert_eq!(
            quoted(text, &["bridge", "Engineers", "Nobody"]),
            [true, false, false]
        );
    }

    #[test]
    fn an_odd_straight_mark_keeps_quotes_within_their_sentence() {
        let text = "Body.\n\nThe 12\" main burst. \"Crews were sent. Water was not cut,\" a \
                    spokesman said.\n";
        assert_eq!(
            quoted(text, &["main", "Crews", "Water"]),
            [false, true, false]
        );
    }

    #[test]
    fn a_quote_reopened_in_the_next_paragraph_runs_on() {
        let text = "Body.\n\n\"The first part of the speech. It goes on\n\n\"and then it ends,\" \
                    she said.\n\nAfter that nobody spoke.\n";
        assert_eq!(
            quoted(text, &["goes", "ends", "she", "nobody"]),
            [true, true, false, false]
        );
    }
}
