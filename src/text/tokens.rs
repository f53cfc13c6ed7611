//! Word tokens with byte spans. A word is a run of letters, digits and combining marks, joined
//! across an apostrophe (don't, Iraq’s), a full stop or comma between digits or initials (5,000,
//! 3.5, U.S) and a hyphen (co-ordinated, CJTF-OIR, so spelling variants compare as one word).
//! Han and kana characters are words of one character each, as in Unicode word segmentation.
//! Hand-written rather than UAX #29 segmentation because it runs for every word count, word diff
//! and claims pass, and is several times faster on the ASCII-heavy text news is.

use super::Span;

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

fn is_combining(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}' | '\u{FE00}'..='\u{FE0F}'
        | '\u{200D}')
}

/// Characters that are each a word on their own: Han ideographs and kana.
fn is_single_char_word(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        // General punctuation (curly quotes, dashes, the ellipsis), common in news copy and
        // slow to look up in the Unicode tables: only the zero-width joiner is a word character.
        c == '\u{200D}'
    } else {
        is_word_char_by_tables(c)
    }
}

fn is_word_char_by_tables(c: char) -> bool {
    (c.is_alphanumeric() || is_combining(c)) && !is_single_char_word(c)
}

/// Whether `joiner` between `before` and `after` keeps one word going.
fn joins(before: char, joiner: char, after: char) -> bool {
    match joiner {
        '\'' | '\u{2019}' | '\u{02BC}' => true,
        '-' | '\u{2010}' | '\u{2011}' => true,
        ',' => before.is_ascii_digit() && after.is_ascii_digit(),
        // "3.5" and initialisms such as "U.S" and "e.g".
        '.' => {
            (before.is_ascii_digit() && after.is_ascii_digit())
                || (before.is_alphabetic() && after.is_alphabetic())
        }
        _ => false,
    }
}

/// The word and number tokens of `text[span]`, with spans into `text`. Punctuation and
/// whitespace are not tokens; they stay in the text between spans.
pub fn words(text: &str, span: Span) -> Vec<Token> {
    let mut out = Vec::with_capacity(span.len() / 6);
    scan(text, span, |token| out.push(token));
    out
}

/// Number of words in `text[span]`, the figure shown in headers and source lists.
pub fn word_count(text: &str, span: Span) -> usize {
    let mut count = 0;
    scan(text, span, |_| count += 1);
    count
}

/// What a byte is to the scanner, looked up in `BYTE_CLASS`.
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
/// ASCII that is neither a letter nor a digit.
const GAP: u8 = 4;
/// ASCII that may join two word parts (`joins`): only these need a look at what follows.
const JOINER: u8 = 8;

static BYTE_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphabetic() {
            LETTER
        } else if byte.is_ascii_digit() {
            DIGIT
        } else if matches!(byte, b'\'' | b'-' | b',' | b'.') {
            GAP | JOINER
        } else {
            GAP
        };
        b += 1;
    }
    table
};

/// Hands each token of `text[span]` to `emit`, in order.
fn scan(text: &str, span: Span, mut emit: impl FnMut(Token)) {
    let slice = span.slice(text);
    let bytes = slice.as_bytes();
    let class = |i: usize| BYTE_CLASS[usize::from(bytes[i])];
    // Start of the current word, and whether it holds a letter.
    let mut current: Option<(usize, bool)> = None;
    let mut prev = ' ';
    let mut finish = |start: usize, end: usize, lettered: bool| {
        emit(Token {
            span: Span::new(span.start + start, span.start + end),
            kind: if lettered {
                TokenKind::Word
            } else {
                TokenKind::Number
            },
        })
    };
    // The character starting at byte `i`; ASCII without decoding (most of a news text).
    let char_at = |i: usize| -> char {
        match bytes[i] {
            b if b.is_ascii() => char::from(b),
            _ => slice[i..]
                .chars()
                .next()
                .unwrap_or(char::REPLACEMENT_CHARACTER),
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        // Runs of ASCII, most of a news text, are taken a run at a time: letters and digits
        // only extend the word, and punctuation or spaces outside a word only pass by.
        let first = class(i);
        if first & (LETTER | DIGIT) != 0 {
            let mut lettered = false;
            let start = i;
            while i < bytes.len() {
                let c = class(i);
                if c & (LETTER | DIGIT) == 0 {
                    break;
                }
                lettered |= c & LETTER != 0;
                i += 1;
            }
            current = match current {
                Some((word_start, l)) => Some((word_start, l || lettered)),
                None => Some((start, lettered)),
            };
            prev = char::from(bytes[i - 1]);
            continue;
        }
        // ASCII punctuation or space that cannot join ends the word without a look ahead.
        if first & GAP != 0
            && first & JOINER == 0
            && let Some((start, lettered)) = current.take()
        {
            finish(start, i, lettered);
        }
        if current.is_none() && first & GAP != 0 {
            while i < bytes.len() && class(i) & GAP != 0 {
                i += 1;
            }
            prev = char::from(bytes[i - 1]);
            continue;
        }
        let c = char_at(i);
        let next_i = i + c.len_utf8();
        if is_word_char(c) {
            let lettered = !c.is_ascii_digit();
            current = match current {
                Some((start, l)) => Some((start, l || lettered)),
                None => Some((i, lettered)),
            };
        } else if let Some((start, lettered)) = current {
            let continues = next_i < bytes.len() && {
                let next = char_at(next_i);
                is_word_char(next) && joins(prev, c, next)
            };
            if !continues {
                finish(start, i, lettered);
                current = None;
            }
        }
        if !c.is_ascii() && is_single_char_word(c) {
            finish(i, next_i, true);
        }
        prev = c;
        i = next_i;
    }
    if let Some((start, lettered)) = current {
        finish(start, slice.len(), lettered);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `scan` as it was before its ASCII runs: one character at a time, the plain reading of
    /// the rules, kept as the oracle the fast paths must agree with.
    fn scan_by_char(text: &str) -> Vec<(Span, TokenKind)> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut out = Vec::new();
        let mut current: Option<(usize, bool)> = None;
        let mut prev = ' ';
        let kind = |lettered| {
            if lettered {
                TokenKind::Word
            } else {
                TokenKind::Number
            }
        };
        for (k, &(i, c)) in chars.iter().enumerate() {
            let next_i = i + c.len_utf8();
            if is_word_char(c) {
                let lettered = !c.is_ascii_digit();
                current = Some(current.map_or((i, lettered), |(s, l)| (s, l || lettered)));
            } else if let Some((start, lettered)) = current {
                let continues = chars
                    .get(k + 1)
                    .is_some_and(|&(_, next)| is_word_char(next) && joins(prev, c, next));
                if !continues {
                    out.push((Span::new(start, i), kind(lettered)));
                    current = None;
                }
            }
            if is_single_char_word(c) {
                out.push((Span::new(i, next_i), TokenKind::Word));
            }
            prev = c;
        }
        if let Some((start, lettered)) = current {
            out.push((Span::new(start, text.len()), kind(lettered)));
        }
        out
    }

    proptest! {
        #[test]
        fn the_ascii_runs_find_the_tokens_the_rules_give(
            text in "([a-z0-9A-Z]{1,6}|[ .,'’\\-]|[:;!?\"()]|[\n\t]|é|\u{301}|日本|[α-ω]|5,000|U\\.S)*"
        ) {
            let found: Vec<(Span, TokenKind)> = words(&text, Span::new(0, text.len()))
                .iter()
                .map(|t| (t.span, t.kind))
                .collect();
            prop_assert_eq!(found, scan_by_char(&text));
        }
    }

    #[test]
    fn general_punctuation_is_classed_as_the_tables_class_it() {
        for c in '\u{2000}'..='\u{206F}' {
            assert_eq!(is_word_char(c), is_word_char_by_tables(c), "{c:?}");
        }
    }

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
    fn initialisms_decimals_and_cjk() {
        assert_eq!(
            surfaces("U.S. troops, 3.5 km. 日本語 text"),
            ["U.S", "troops", "3.5", "km", "日", "本", "語", "text"]
        );
        assert_eq!(surfaces("Cafe\u{301} naïve"), ["Cafe\u{301}", "naïve"]);
        assert_eq!(
            surfaces("end.Next 'quoted' - dash"),
            ["end.Next", "quoted", "dash"]
        );
    }

    #[test]
    fn spans_point_into_the_whole_text() {
        let text = "xx Hello world";
        let toks = words(text, Span::new(3, text.len()));
        assert_eq!(toks[0].span, Span::new(3, 8));
    }

    #[test]
    fn word_count_counts_the_words_it_would_hand_out() {
        // Checked against the character-by-character reading, which shares no code with the
        // scanner both `words` and `word_count` run on.
        for article in &crate::corpus::bundled().articles {
            let all = Span::new(0, article.text.len());
            assert_eq!(
                word_count(&article.text, all),
                scan_by_char(&article.text).len()
            );
        }
        let count = |text: &str| word_count(text, Span::new(0, text.len()));
        assert_eq!(count("U.S. troops, 5,000 of them"), 5);
        assert_eq!(count(""), 0);
        assert_eq!(count(" — … !? \n\t"), 0);
        assert_eq!(count("don’t withdraw; it’s a draft"), 5);
        // Inside a span only: "troops" and "5,000" of the whole.
        assert_eq!(
            word_count("U.S. troops, 5,000 of them", Span::new(5, 18)),
            2
        );
    }
}
