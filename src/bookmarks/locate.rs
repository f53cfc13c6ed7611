//! Finding a passage again in a text that may have changed: tolerant of whitespace and of
//! straight versus typographic quotes, choosing among several occurrences by their context.

use super::model::TextQuote;
use crate::text::Span;

/// Text folded for tolerant matching (every whitespace run becomes one space, typographic
/// quotes become straight ones), with what is needed to map offsets back to the original.
pub struct Folded {
    pub text: String,
    /// (folded offset, original offset) wherever the two stop advancing together.
    points: Vec<(usize, usize)>,
}

fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => '"',
        _ => c,
    }
}

impl Folded {
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut points = vec![(0, 0)];
        let mut in_space = false;
        for (i, c) in original.char_indices() {
            let next = i + c.len_utf8();
            if c.is_whitespace() {
                let starts_run = !in_space;
                if starts_run {
                    text.push(' ');
                }
                in_space = true;
                // A lone ASCII space advances both texts by one byte: nothing to record.
                if !(starts_run && c == ' ') {
                    set_point(&mut points, text.len(), next);
                }
                continue;
            }
            in_space = false;
            let folded = fold_char(c);
            text.push(folded);
            if folded != c {
                set_point(&mut points, text.len(), next);
            }
        }
        Folded { text, points }
    }

    /// The original offset of folded offset `pos` (a char boundary of the folded text).
    pub fn original(&self, pos: usize) -> usize {
        let i = self.points.partition_point(|&(f, _)| f <= pos) - 1;
        let (f, o) = self.points[i];
        o + (pos - f)
    }

    /// Every place `needle` (already folded and trimmed) occurs, as original spans.
    fn find_all(&self, needle: &str) -> Vec<(usize, Span)> {
        if needle.is_empty() {
            return Vec::new();
        }
        self.text
            .match_indices(needle)
            .map(|(at, m)| {
                let span = Span::new(self.original(at), self.original(at + m.len()));
                (at, span)
            })
            .collect()
    }
}

fn set_point(points: &mut Vec<(usize, usize)>, folded: usize, original: usize) {
    match points.last_mut() {
        Some(last) if last.0 == folded => last.1 = original,
        _ => points.push((folded, original)),
    }
}

fn fold(s: &str) -> String {
    Folded::new(s).text
}

/// Every occurrence of `passage` in `text`, tolerating whitespace and quote-style changes.
pub fn occurrences(text: &str, passage: &str) -> Vec<Span> {
    let needle = fold(passage.trim());
    Folded::new(text)
        .find_all(&needle)
        .into_iter()
        .map(|(_, span)| span)
        .collect()
}

/// Where `quote` is in `text` now: the occurrence whose surroundings best agree with the
/// saved prefix and suffix, the one nearest the old position `hint` among equals.
pub fn locate(folded: &Folded, quote: &TextQuote, hint: usize) -> Option<Span> {
    let needle = fold(quote.exact.trim());
    let prefix = fold(&quote.prefix);
    let suffix = fold(&quote.suffix);
    folded
        .find_all(&needle)
        .into_iter()
        .max_by_key(|&(at, span)| {
            let before = &folded.text[..at];
            let after = &folded.text[at + needle.len()..];
            let context = common_suffix(before, &prefix) + common_prefix(after, &suffix);
            (context, std::cmp::Reverse(span.start.abs_diff(hint)))
        })
        .map(|(_, span)| span)
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

fn common_suffix(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(exact: &str, prefix: &str, suffix: &str) -> TextQuote {
        TextQuote {
            exact: exact.into(),
            prefix: prefix.into(),
            suffix: suffix.into(),
        }
    }

    #[test]
    fn folding_maps_offsets_back() {
        let text = "a  \n\t b “c” d’e";
        let f = Folded::new(text);
        assert_eq!(f.text, "a b \"c\" d'e");
        for (needle, original) in [("b", "b"), ("\"c\"", "“c”"), ("d'e", "d’e")] {
            let at = f.text.find(needle).unwrap();
            let start = f.original(at);
            let end = f.original(at + needle.len());
            assert_eq!(&text[start..end], original);
        }
    }

    #[test]
    fn finds_across_changed_whitespace_and_quotes() {
        let text = "He said:\n“We are\n   repositioning forces.”";
        let spans = occurrences(text, "\"We are repositioning forces.\"");
        assert_eq!(spans.len(), 1);
        assert_eq!(
            &text[spans[0].start..spans[0].end],
            "“We are\n   repositioning forces.”"
        );
    }

    #[test]
    fn context_picks_among_repeats() {
        let text = "First: the letter was a draft. Second: the letter was a draft. End.";
        let f = Folded::new(text);
        let second = text.rfind("the letter").unwrap();
        let q = quote("the letter was a draft", "Second: ", ". End.");
        assert_eq!(locate(&f, &q, 0).unwrap().start, second);
        let first = text.find("the letter").unwrap();
        let q = quote("the letter was a draft", "First: ", ". Second");
        assert_eq!(locate(&f, &q, 999).unwrap().start, first);
    }

    #[test]
    fn without_context_the_nearest_to_the_hint_wins() {
        let text = "x. x. x.";
        let f = Folded::new(text);
        let q = quote("x.", "", "");
        assert_eq!(locate(&f, &q, 3).unwrap().start, 3);
        assert_eq!(locate(&f, &q, 100).unwrap().start, 6);
    }

    #[test]
    fn hostile_input_finds_nothing_and_does_not_panic() {
        assert!(occurrences("", "x").is_empty());
        assert!(occurrences("text", "").is_empty());
        assert!(occurrences("text", " \n ").is_empty());
        let weird = "\u{202E}ab\u{0}c 日本 \u{FEFF}";
        assert_eq!(occurrences(weird, "日本").len(), 1);
        assert!(locate(&Folded::new(weird), &quote("zz", "", ""), 0).is_none());
    }
}
