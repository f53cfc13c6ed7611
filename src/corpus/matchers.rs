//! Small building blocks for the loader's fixed text patterns, with the `regex` crate's Unicode
//! semantics but no compile step: compiling the dozen patterns they replace cost more than the
//! rest of a two-article diff. `noise.rs` and `structure.rs` keep the original patterns as test
//! oracles.

use regex_syntax::hir::{Class, HirKind};

/// A set of characters, from a regex character class (`\p{L}`, `[\p{Lu}\p{M} .]`): parsed by
/// `regex-syntax`, which only looks up Unicode tables (cheap), never builds an automaton.
pub struct CharClass {
    ranges: Vec<(char, char)>,
}

impl CharClass {
    /// Panics unless `pattern` is a valid Unicode character class (the callers pass literals).
    pub fn new(pattern: &str) -> CharClass {
        let hir = regex_syntax::Parser::new()
            .parse(pattern)
            .expect("class patterns are valid");
        let HirKind::Class(Class::Unicode(class)) = hir.kind() else {
            panic!("{pattern} is not a Unicode character class");
        };
        CharClass {
            ranges: class
                .ranges()
                .iter()
                .map(|r| (r.start(), r.end()))
                .collect(),
        }
    }

    pub fn contains(&self, c: char) -> bool {
        self.ranges
            .binary_search_by(|&(start, end)| {
                if end < c {
                    std::cmp::Ordering::Less
                } else if start > c {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok()
    }
}

/// `\w` in Unicode mode, as `\b` sees it.
pub fn is_word_char(c: char) -> bool {
    regex_syntax::is_word_character(c)
}

/// `\b` after a word character: true at the end of `rest` or before a non-word character.
pub fn word_ends(rest: &str) -> bool {
    !rest.chars().next().is_some_and(is_word_char)
}

/// Whether `c` matches the ASCII `literal` character under `(?i)` (Unicode simple case folding:
/// besides ASCII case, K also matches the Kelvin sign and S the long s).
fn folds_to(c: char, literal: char) -> bool {
    c.eq_ignore_ascii_case(&literal)
        || (literal.eq_ignore_ascii_case(&'k') && c == '\u{212A}')
        || (literal.eq_ignore_ascii_case(&'s') && c == '\u{17F}')
}

/// `text` after a case-insensitive (`(?i)`) ASCII `literal` prefix, if it starts with one.
pub fn strip_prefix_ci<'t>(text: &'t str, literal: &str) -> Option<&'t str> {
    let mut chars = text.char_indices();
    for l in literal.chars() {
        let (_, c) = chars.next()?;
        if !folds_to(c, l) {
            return None;
        }
    }
    Some(chars.next().map_or("", |(i, _)| &text[i..]))
}

/// `text` after the first of `literals` it starts with (case-insensitive), in order.
pub fn strip_any_prefix_ci<'t>(text: &'t str, literals: &[&str]) -> Option<&'t str> {
    literals.iter().find_map(|l| strip_prefix_ci(text, l))
}

/// True when one of `literals` followed by `\b` starts `text`, and `rest` accepts what follows.
/// Every alternative is tried, as a regex alternation would be.
pub fn any_word_prefix_ci(text: &str, literals: &[&str], rest: impl Fn(&str) -> bool) -> bool {
    literals
        .iter()
        .filter_map(|l| strip_prefix_ci(text, l))
        .any(|after| word_ends(after) && rest(after))
}

/// `.{0,max}$` / `.*$`: no line break and at most `max` characters.
pub fn one_line_of_at_most(rest: &str, max: usize) -> bool {
    !rest.contains('\n') && rest.chars().nth(max).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_folding_matches_the_regex_crate() {
        for literal in (' '..='~').filter(char::is_ascii_graphic) {
            let pattern = format!("(?i){}", regex_syntax::escape(&literal.to_string()));
            let hir = regex_syntax::Parser::new().parse(&pattern).unwrap();
            let expected: Vec<char> = match hir.kind() {
                HirKind::Class(Class::Unicode(class)) => class
                    .ranges()
                    .iter()
                    .flat_map(|r| r.start()..=r.end())
                    .collect(),
                _ => vec![literal],
            };
            let found: Vec<char> = (char::MIN..=char::MAX)
                .filter(|c| folds_to(*c, literal))
                .collect();
            assert_eq!(found, expected, "{literal}");
        }
    }

    #[test]
    fn classes_hold_their_ranges_only() {
        let letters = CharClass::new(r"[\p{L}&. -]");
        for c in ['a', 'Ж', 'ß', '&', '.', ' ', '-', '中'] {
            assert!(letters.contains(c), "{c}");
        }
        for c in ['1', '(', ')', '\n', '\u{301}', '_'] {
            assert!(!letters.contains(c), "{c}");
        }
    }

    #[test]
    fn prefixes_fold_case_and_leave_the_rest() {
        assert_eq!(strip_prefix_ci("RELATED: x", "related"), Some(": x"));
        assert_eq!(strip_prefix_ci("\u{212A}ick", "kick"), Some(""));
        assert_eq!(strip_prefix_ci("\u{212A}ick", "kiss"), None);
        assert_eq!(strip_prefix_ci("\u{212A}ick", "kic"), Some("k"));
        assert_eq!(strip_prefix_ci("rel", "related"), None);
        assert_eq!(strip_prefix_ci("", ""), Some(""));
        assert!(word_ends(""));
        assert!(word_ends(": x"));
        assert!(!word_ends("é"));
    }
}
