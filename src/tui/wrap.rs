//! An article's text wrapped to a pane width, as byte spans into the text, computed once per
//! (article, width) so drawing never wraps.

use crate::corpus::Article;
use crate::text::Span;
use std::borrow::Cow;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// The bytes of `article.text` on this screen line (empty for the gap between paragraphs).
    pub span: Span,
    /// The paragraph it belongs to; `None` for a gap.
    pub paragraph: Option<usize>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Wrapped {
    pub lines: Vec<Line>,
}

impl Wrapped {
    pub fn new(article: &Article, width: u16) -> Self {
        let width = usize::from(width.max(1));
        let mut lines = Vec::new();
        for (i, p) in article.paragraphs.iter().enumerate() {
            let span = p.span.trim(&article.text);
            if span.is_empty() {
                continue;
            }
            // The gap sits at the end of the paragraph before, so every line starts at a
            // different byte and `line_of` is unambiguous.
            if let Some(end) = lines.last().map(|l: &Line| l.span.end) {
                lines.push(Line {
                    span: Span::new(end, end),
                    paragraph: None,
                });
            }
            let text = span.slice(&article.text);
            let mut search_from = 0;
            for piece in textwrap::wrap(text, width) {
                let start = match &piece {
                    // Borrowed pieces point into `text`: their offset is exact.
                    Cow::Borrowed(s) => s.as_ptr() as usize - text.as_ptr() as usize,
                    Cow::Owned(s) => text[search_from..]
                        .find(s.as_str())
                        .map_or(search_from, |i| search_from + i),
                };
                let end = (start + piece.len()).min(text.len());
                search_from = end;
                lines.push(Line {
                    span: Span::new(span.start + start, span.start + end),
                    paragraph: Some(i),
                });
            }
        }
        Wrapped { lines }
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The line holding byte `pos` (the last line starting at or before it).
    pub fn line_of(&self, pos: usize) -> usize {
        self.lines
            .partition_point(|l| l.span.start <= pos)
            .saturating_sub(1)
    }

    /// The byte where line `i` starts, or the end of the text past the last line.
    pub fn start_of(&self, i: usize) -> usize {
        match self.lines.get(i) {
            Some(l) => l.span.start,
            None => self.lines.last().map_or(0, |l| l.span.end),
        }
    }
}

/// Wrapped articles by (article index, width). Filled by `update`, read by the views.
#[derive(Debug, Clone, Default)]
pub struct WrapCache {
    entries: HashMap<(usize, u16), Wrapped>,
}

impl WrapCache {
    pub fn ensure(&mut self, article_index: usize, article: &Article, width: u16) {
        self.entries
            .entry((article_index, width))
            .or_insert_with(|| Wrapped::new(article, width));
    }

    pub fn get(&self, article_index: usize, width: u16) -> Option<&Wrapped> {
        self.entries.get(&(article_index, width))
    }

    /// Drops wrappings at widths no longer on screen, so resizing does not grow the cache.
    pub fn keep_width(&mut self, width: u16) {
        self.entries.retain(|(_, w), _| *w == width);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{LoadOptions, Origin, load_paths};
    use unicode_width::UnicodeWidthStr;

    fn article(text: &str) -> Option<Article> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, text).unwrap();
        let c = load_paths(&[path], &LoadOptions::default());
        let mut a = c.articles.into_iter().next()?;
        a.origin = Origin::Stdin;
        Some(a)
    }

    #[test]
    fn lines_cover_the_paragraphs_and_fit_the_width() {
        for a in crate::corpus::bundled().articles {
            let w = Wrapped::new(&a, 37);
            for l in &w.lines {
                let s = l.span.slice(&a.text);
                assert!(s.width() <= 37, "{:?} is wider than 37", s);
            }
            let ink = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            let wrapped: String = w.lines.iter().map(|l| ink(l.span.slice(&a.text))).collect();
            let original: String = a.paragraphs.iter().map(|p| ink(a.slice(p.span))).collect();
            assert_eq!(
                wrapped, original,
                "{}: wrapping lost or invented text",
                a.id
            );
            assert!(w.lines.windows(2).all(|p| p[0].span.end <= p[1].span.start));
            assert_eq!(w.line_of(w.lines[5].span.start + 1), 5);
        }
    }

    #[test]
    fn wide_characters_count_as_two_columns() {
        let a =
            article("日本語のテキストはとても長い文章です。絵文字😀😀😀もあります。\n").unwrap();
        let w = Wrapped::new(&a, 10);
        assert!(w.len() > 3);
        for l in &w.lines {
            assert!(l.span.slice(&a.text).width() <= 10);
        }
    }

    #[test]
    fn hostile_text_wraps_without_panicking() {
        let long_word = "x".repeat(500);
        for text in [
            "",
            "\n\n\n",
            long_word.as_str(),
            "a\u{301}\u{301}\u{301} b\u{200b}c",
        ] {
            let Some(a) = article(text) else { continue };
            for width in [1, 2, 40] {
                let w = Wrapped::new(&a, width);
                for l in &w.lines {
                    assert!(
                        a.text.is_char_boundary(l.span.start)
                            && a.text.is_char_boundary(l.span.end)
                    );
                }
            }
        }
    }
}
