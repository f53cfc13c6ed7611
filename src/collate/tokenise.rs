//! Collation tokens: each word with the punctuation glued to it or standing beside it (so a
//! dropped comma or a curly quote is visible), and the integer ids alignment compares: the
//! normalised word (`key`, equal for cosmetic variants) and the exact surface (`surface`).

use crate::text::{self, Span, normalise_word};
// Interning hashes many short strings, where SipHash's setup cost dominates.
use rustc_hash::FxHashMap;

/// One token of a witness. `span` covers the word and its punctuation; `word` only the word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub word: Span,
    /// Interned normal form of the word: equal keys differ at most cosmetically.
    pub key: u32,
    /// Interned exact text of `span`: equal surfaces are the same reading.
    pub surface: u32,
}

/// Ids for words and surfaces, shared by every witness of one collation.
#[derive(Default)]
pub(crate) struct Interner<'a> {
    word_keys: FxHashMap<&'a str, u32>,
    /// Each normal form's key id; ids count up from 0 in order of first use.
    keys: FxHashMap<String, u32>,
    /// Each surface's id and its word's key. A surface is its word with the non-word
    /// characters around it, so the same surface always holds the same word and one lookup
    /// serves both.
    surfaces: FxHashMap<&'a str, (u32, u32)>,
}

impl<'a> Interner<'a> {
    fn key(&mut self, word: &'a str) -> u32 {
        if let Some(&k) = self.word_keys.get(word) {
            return k;
        }
        let next = self.keys.len() as u32;
        let k = *self.keys.entry(normalise_word(word)).or_insert(next);
        self.word_keys.insert(word, k);
        k
    }

    fn reserve(&mut self, tokens: usize) {
        self.surfaces.reserve(tokens);
        self.word_keys.reserve(tokens / 2);
        self.keys.reserve(tokens / 2);
    }

    /// The normal form behind each key id, by id.
    pub(crate) fn into_key_texts(self) -> Vec<String> {
        let mut texts = vec![String::new(); self.keys.len()];
        for (text, k) in self.keys {
            texts[k as usize] = text;
        }
        texts
    }

    /// The (surface, key) ids of a token whose surface is `surface` and word `word`.
    fn ids(&mut self, surface: &'a str, word: &'a str) -> (u32, u32) {
        if let Some(&ids) = self.surfaces.get(surface) {
            return ids;
        }
        let ids = (self.surfaces.len() as u32, self.key(word));
        self.surfaces.insert(surface, ids);
        ids
    }
}

/// Tokens of `text` inside `segments`; punctuation never joins a token across a segment edge
/// or a line break.
pub(crate) fn tokenise<'a>(
    text: &'a str,
    segments: &[Span],
    interner: &mut Interner<'a>,
) -> Vec<Token> {
    let mut out = Vec::new();
    // Room for a token every six bytes or so, so the tables seldom grow.
    interner.reserve(segments.iter().map(|s| s.len()).sum::<usize>() / 6);
    for &segment in segments {
        let words = text::words(text, segment);
        out.reserve(words.len());
        for (i, w) in words.iter().enumerate() {
            let prev_end = if i == 0 {
                segment.start
            } else {
                words[i - 1].span.end
            };
            let next = words.get(i + 1).map(|n| n.span.start);
            let start = w.span.start - leading(&text[prev_end..w.span.start], i == 0).len();
            let end = w.span.end
                + trailing(
                    &text[w.span.end..next.unwrap_or(segment.end)],
                    next.is_some(),
                )
                .len();
            let span = Span::new(start, end);
            let (surface, key) = interner.ids(span.slice(text), w.span.slice(text));
            out.push(Token {
                span,
                word: w.span,
                key,
                surface,
            });
        }
    }
    out
}

/// The punctuation directly before a word. Between two words with no space, the whole gap is
/// the previous word's trailing punctuation instead.
fn leading(gap: &str, first_in_segment: bool) -> &str {
    // Most gaps are ASCII (a space, a comma and a space), where whitespace is one byte.
    if !first_in_segment && gap.is_ascii() {
        return match gap.bytes().rposition(is_whitespace_byte) {
            Some(pos) => &gap[pos + 1..],
            None => "",
        };
    }
    leading_any(gap, first_in_segment)
}

/// `leading` for any gap, a character at a time.
fn leading_any(gap: &str, first_in_segment: bool) -> &str {
    if first_in_segment {
        let line = gap.rsplit('\n').next().unwrap_or(gap);
        return line.trim_start();
    }
    match gap.rfind(char::is_whitespace) {
        Some(pos) => {
            let ws = gap[pos..].chars().next().map_or(1, char::len_utf8);
            &gap[pos + ws..]
        }
        None => "",
    }
}

/// The punctuation after a word: glued to it, or standing alone on the same line before the next
/// word's own leading punctuation ("released … (it was)" keeps the ellipsis with "released").
fn trailing(gap: &str, has_next: bool) -> &str {
    if !gap.is_ascii() {
        return trailing_any(gap, has_next);
    }
    let bytes = gap.as_bytes();
    // Whitespace ends the word's part: with a next word, the part after the last whitespace
    // is that word's leading punctuation.
    let mine = if has_next {
        match bytes.iter().rposition(|&b| is_whitespace_byte(b)) {
            Some(last) => last + 1,
            None => return gap,
        }
    } else {
        gap.len()
    };
    let line_end = bytes[..mine]
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(mine);
    gap[..line_end].trim_end()
}

/// `trailing` for any gap, a character at a time.
fn trailing_any(gap: &str, has_next: bool) -> &str {
    if has_next && !gap.contains(char::is_whitespace) {
        return gap;
    }
    let mine = if has_next {
        gap.trim_end_matches(|c: char| !c.is_whitespace())
    } else {
        gap
    };
    let line = mine.split('\n').next().unwrap_or(mine);
    line.trim_end()
}

/// `char::is_whitespace` for an ASCII byte (which, unlike `u8::is_ascii_whitespace`, counts
/// the vertical tab).
fn is_whitespace_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn ascii_gaps_split_as_the_character_reading_does(
            gap in "[ \t\n\r\x0B\x0C.,;:!?()\"'-]{0,8}",
            flag in any::<bool>(),
        ) {
            prop_assert_eq!(leading(&gap, flag), leading_any(&gap, flag));
            prop_assert_eq!(trailing(&gap, flag), trailing_any(&gap, flag));
        }
    }

    fn surfaces(text: &str) -> Vec<&str> {
        let mut interner = Interner::default();
        tokenise(text, &[Span::new(0, text.len())], &mut interner)
            .iter()
            .map(|t| t.span.slice(text))
            .collect()
    }

    #[test]
    fn punctuation_stays_with_its_word() {
        assert_eq!(
            surfaces("“Poorly worded, implies withdrawal. That’s not what’s happening,”"),
            [
                "“Poorly",
                "worded,",
                "implies",
                "withdrawal.",
                "That’s",
                "not",
                "what’s",
                "happening,”"
            ]
        );
    }

    #[test]
    fn standalone_punctuation_joins_the_word_before_it() {
        assert_eq!(
            surfaces("released … (it was) poorly"),
            ["released …", "(it", "was)", "poorly"]
        );
        assert_eq!(surfaces("a -- b"), ["a --", "b"]);
    }

    #[test]
    fn glued_punctuation_goes_to_the_earlier_word() {
        assert_eq!(surfaces("withdrawal—That"), ["withdrawal—", "That"]);
    }

    #[test]
    fn punctuation_does_not_cross_lines() {
        assert_eq!(surfaces("end.\n\n“Next"), ["end.", "“Next"]);
        assert_eq!(surfaces("end\n—\nNext"), ["end", "Next"]);
    }

    #[test]
    fn cosmetic_variants_share_a_key_but_not_a_surface() {
        let text = "Co-ordinated coordinated, coordinated";
        let mut interner = Interner::default();
        let t = tokenise(text, &[Span::new(0, text.len())], &mut interner);
        assert_eq!(t[0].key, t[1].key);
        assert_eq!(t[1].key, t[2].key);
        assert_ne!(t[0].surface, t[1].surface);
        assert_ne!(t[1].surface, t[2].surface);
    }

    #[test]
    fn empty_and_wordless_text_has_no_tokens() {
        assert!(surfaces("").is_empty());
        assert!(surfaces(" … — !! ").is_empty());
    }
}
