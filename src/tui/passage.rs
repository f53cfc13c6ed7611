//! The passage under the cursor: the quote on the cursor line when there is one, else the
//! sentence that fills most of the line, or the visual selection cut to whole words; and the
//! same quote in the other sources of its cluster.

use super::state::{Passage, PassageKind, State};
use crate::text::Span;

/// What `m` would bookmark in the focused pane now, if anything (a gap between paragraphs
/// holds nothing).
pub fn under_cursor(state: &State) -> Option<Passage> {
    let pane = *state.focused()?;
    let wrapped = state.wrapped(state.focus);
    let article = &state.corpus.articles[pane.article];
    if let Some(anchor) = state.selection {
        let (from, to) = (anchor.min(pane.cursor), anchor.max(pane.cursor));
        let lines = wrapped
            .lines
            .get(from..=to.min(wrapped.len().checked_sub(1)?))?;
        let text_lines = || lines.iter().filter(|l| l.paragraph.is_some());
        let start = text_lines().map(|l| l.span.start).min()?;
        let end = text_lines().map(|l| l.span.end).max()?;
        let span = whole_words(&article.text, Span::new(start, end)).trim(&article.text);
        return (!span.is_empty()).then_some(Passage {
            article: pane.article,
            span,
            kind: PassageKind::Selection,
        });
    }
    let line = wrapped.lines.get(pane.cursor)?;
    let paragraph = line.paragraph?;
    let quote = state
        .analysis
        .highlights
        .of(pane.article)
        .iter()
        .filter(|h| h.span.overlap(line.span) > 0)
        .max_by_key(|h| (h.span.overlap(line.span), std::cmp::Reverse(h.span.start)));
    if let Some(h) = quote {
        return Some(Passage {
            article: pane.article,
            span: h.span,
            kind: PassageKind::Quote(h.group),
        });
    }
    let sentence = article.paragraphs[paragraph]
        .sentences
        .iter()
        .copied()
        .filter(|s| s.overlap(line.span) > 0)
        .max_by_key(|s| (s.overlap(line.span), std::cmp::Reverse(s.start)))
        .unwrap_or(line.span);
    let span = sentence.trim(&article.text);
    (!span.is_empty()).then_some(Passage {
        article: pane.article,
        span,
        kind: PassageKind::Sentence,
    })
}

/// The same quote in every other source that carries it: in each other article, the longest
/// part quoted from the passage's cluster (a source may quote only a phrase of it).
pub fn cluster_members(state: &State, passage: &Passage) -> Vec<(usize, Span)> {
    let PassageKind::Quote(Some(group)) = passage.kind else {
        return Vec::new();
    };
    (0..state.corpus.articles.len())
        .filter(|&a| a != passage.article)
        .filter_map(|a| {
            let h = state
                .analysis
                .highlights
                .of(a)
                .iter()
                .filter(|h| h.group == Some(group))
                .max_by_key(|h| (h.span.len(), std::cmp::Reverse(h.span.start)))?;
            Some((a, h.span))
        })
        .collect()
}

/// `span` widened so it neither starts nor ends inside a word (wrapping can break a long
/// word or a hyphenated compound across lines).
pub fn whole_words(text: &str, span: Span) -> Span {
    let word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    let mut start = span.start.min(text.len());
    while let (Some(before), Some(at)) = (
        text[..start].chars().next_back(),
        text[start..].chars().next(),
    ) {
        if !(word(before) && word(at)) {
            break;
        }
        start -= before.len_utf8();
    }
    let mut end = span.end.clamp(start, text.len());
    while let (Some(before), Some(at)) =
        (text[..end].chars().next_back(), text[end..].chars().next())
    {
        if !(word(before) && word(at)) {
            break;
        }
        end += at.len_utf8();
    }
    Span::new(start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_cut_inside_words_grows_to_whole_words() {
        let text = "the withdrawal of forces, naïve’s end";
        let w = whole_words(text, Span::new(7, 10));
        assert_eq!(w.slice(text), "withdrawal");
        let w = whole_words(text, Span::new(4, 25));
        assert_eq!(w.slice(text), "withdrawal of forces,");
        let start = text.find("ïve").unwrap();
        let w = whole_words(text, Span::new(start, start + 2));
        assert_eq!(w.slice(text), "naïve’s");
        assert_eq!(whole_words("", Span::new(0, 0)), Span::new(0, 0));
    }
}
