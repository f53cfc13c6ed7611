//! Word tokens with byte spans: Unicode word boundaries (UAX #29), with hyphenated compounds
//! ("co-ordinated", "CJTF-OIR") kept as one token so spelling variants compare as one word.

use super::Span;
use unicode_segmentation::UnicodeSegmentation;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Word,
    Number,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.slice(text)
    }
}

fn is_hyphen(s: &str) -> bool {
    matches!(s, "-" | "\u{2010}" | "\u{2011}")
}

/// The word and number tokens of `text[span]`, with spans into `text`. Punctuation and
/// whitespace are not tokens; they stay in the text between spans.
pub fn words(text: &str, span: Span) -> Vec<Token> {
    let slice = span.slice(text);
    let mut out: Vec<Token> = Vec::new();
    // A hyphen directly after a word, waiting to see whether a word follows without a space.
    let mut pending_hyphen = false;
    for (offset, piece) in slice.split_word_bound_indices() {
        let start = span.start + offset;
        let end = start + piece.len();
        if piece.chars().any(char::is_alphanumeric) {
            let is_number = piece
                .chars()
                .all(|c| c.is_ascii_digit() || ",.".contains(c));
            let kind = if is_number {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            match out.last_mut() {
                Some(last) if pending_hyphen && is_hyphen(&text[last.span.end..start]) => {
                    last.span.end = end;
                    if kind == TokenKind::Word {
                        last.kind = TokenKind::Word;
                    }
                }
                _ => out.push(Token {
                    span: Span::new(start, end),
                    kind,
                }),
            }
            pending_hyphen = false;
        } else {
            pending_hyphen = is_hyphen(piece) && out.last().is_some_and(|t| t.span.end == start);
        }
    }
    out
}

/// Number of words in `text[span]`, the figure shown in headers and source lists.
pub fn word_count(text: &str, span: Span) -> usize {
    words(text, span).len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn surfaces(text: &str) -> Vec<&str> {
        words(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn words_keep_apostrophes_numbers_and_compounds() {
        assert_eq!(
            surfaces("Iraq’s 5,000 co-ordinated CJTF-OIR troops - don't."),
            [
                "Iraq’s",
                "5,000",
                "co-ordinated",
                "CJTF-OIR",
                "troops",
                "don't"
            ]
        );
    }

    #[test]
    fn numbers_are_marked() {
        let text = "about 5,000 US troops";
        let toks = words(text, Span::new(0, text.len()));
        assert_eq!(toks[1].kind, TokenKind::Number);
        assert_eq!(toks[2].kind, TokenKind::Word);
    }

    #[test]
    fn spans_point_into_the_whole_text() {
        let text = "xx Hello world";
        let toks = words(text, Span::new(3, text.len()));
        assert_eq!(toks[0].span, Span::new(3, 8));
    }
}
