//! Finding quoted runs in one paragraph: double and single quotation marks, straight or curly,
//! told apart from apostrophes by what surrounds them. A mark that cannot be paired never
//! reaches past its paragraph.

use crate::text::Span;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MarkKind {
    Double,
    Single,
}

/// One quoted run: the words between an opening mark and its closing mark (or the paragraph
/// end when the closing mark is missing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quoted {
    pub kind: MarkKind,
    /// The opening mark itself.
    pub opening: Span,
    /// The words inside the marks, trimmed of surrounding white space.
    pub body: Span,
    /// The closing mark, if there is one in this paragraph.
    pub closing: Option<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// Could open or close; decided by whether a quote is open.
    Either,
}

fn is_opening_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '"' | '\'' | '«' | ':'
                )
        }
    }
}

fn is_closing_context(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '—'
                        | '–'
                        | '-'
                        | '…'
                        | '”'
                        | '’'
                        | '"'
                        | '\''
                        | '»'
                )
        }
    }
}

fn shape(prev: Option<char>, next: Option<char>) -> Role {
    match (is_opening_context(prev), is_closing_context(next)) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    }
}

/// Words an apostrophe opens ('em, 'tis): an elision, not a quotation.
const ELISIONS: &[&str] = &["em", "tis", "twas", "til", "n", "cause", "bout"];

fn word_after(text: &str, pos: usize) -> &str {
    let rest = &text[pos..];
    let end = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    &rest[..end]
}

/// The role of a mark, or None when it is not a quotation mark here (an apostrophe).
fn role(
    text: &str,
    pos: usize,
    c: char,
    prev: Option<char>,
    next: Option<char>,
) -> Option<(MarkKind, Role)> {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    match c {
        '“' | '„' | '«' => Some((
            MarkKind::Double,
            if shape(prev, next) == Role::Close {
                Role::Either
            } else {
                Role::Open
            },
        )),
        '”' | '»' => Some((
            MarkKind::Double,
            if shape(prev, next) == Role::Open {
                Role::Either
            } else {
                Role::Close
            },
        )),
        '"' => Some((MarkKind::Double, shape(prev, next))),
        '‘' | '’' | '\'' | '‚' => {
            if alnum(prev) && alnum(next) {
                return None;
            }
            let after = pos + c.len_utf8();
            if is_opening_context(prev) {
                let word = word_after(text, after);
                let digits = !word.is_empty() && word.chars().take(2).all(|d| d.is_ascii_digit());
                let elision = ELISIONS.iter().any(|e| word.eq_ignore_ascii_case(e))
                    && !text[after + word.len()..].starts_with(['‘', '’', '\''])
                    || word == "n";
                if digits || elision {
                    return None;
                }
            }
            let role = match (shape(prev, next), c) {
                (Role::Either, '‘' | '‚') => Role::Open,
                (Role::Either, '’') => Role::Close,
                (r, _) => r,
            };
            Some((MarkKind::Single, role))
        }
        _ => None,
    }
}

/// Every quoted run in `paragraph`, ignoring marks inside `noise`. Nested quotes of the other
/// kind stay inside the outer run's body.
pub fn scan(text: &str, paragraph: Span, noise: &[Span]) -> Vec<Quoted> {
    let slice = paragraph.slice(text);
    let mut out = Vec::new();
    let mut open: Option<(MarkKind, Span)> = None;
    let mut prev: Option<char> = None;
    let mut chars = slice.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let pos = paragraph.start + offset;
        let next = chars.peek().map(|&(_, n)| n);
        let this_prev = prev;
        prev = Some(c);
        if !matches!(
            c,
            '“' | '„' | '«' | '”' | '»' | '"' | '‘' | '’' | '\'' | '‚'
        ) {
            continue;
        }
        if noise.iter().any(|n| n.contains(pos)) {
            continue;
        }
        let Some((kind, role)) = role(text, pos, c, this_prev, next) else {
            continue;
        };
        let mark = Span::new(pos, pos + c.len_utf8());
        match open {
            None => {
                if role != Role::Close {
                    open = Some((kind, mark));
                }
            }
            Some((open_kind, opening)) if open_kind == kind => match role {
                Role::Close | Role::Either => {
                    push(&mut out, text, kind, opening, mark.start, Some(mark));
                    open = None;
                }
                Role::Open => {
                    // A second opening mark: the first was never closed. End it here so it
                    // cannot run on, and start again.
                    push(&mut out, text, kind, opening, mark.start, None);
                    open = Some((kind, mark));
                }
            },
            Some(_) => {}
        }
    }
    if let Some((kind, opening)) = open {
        push(&mut out, text, kind, opening, paragraph.end, None);
    }
    out
}

fn push(
    out: &mut Vec<Quoted>,
    text: &str,
    kind: MarkKind,
    opening: Span,
    end: usize,
    closing: Option<Span>,
) {
    let body = Span::new(opening.end, end.max(opening.end)).trim(text);
    if body.slice(text).chars().any(char::is_alphanumeric) {
        out.push(Quoted {
            kind,
            opening,
            body,
            closing,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bodies(text: &str) -> Vec<(&str, bool)> {
        scan(text, Span::new(0, text.len()), &[])
            .iter()
            .map(|q| (q.body.slice(text), q.closing.is_some()))
            .collect()
    }

    #[test]
    fn straight_and_curly_double_quotes() {
        assert_eq!(
            bodies("“A draft,” he said. \"It was a mistake.\""),
            [("A draft,", true), ("It was a mistake.", true)]
        );
    }

    #[test]
    fn mixed_curly_and_straight_marks_pair() {
        assert_eq!(
            bodies("“That letter is a draft, it was a mistake,\" he said."),
            [("That letter is a draft, it was a mistake,", true)]
        );
        assert_eq!(
            bodies("It read \"Sir, in deference.” It added"),
            [("Sir, in deference.", true)]
        );
    }

    #[test]
    fn single_quotes_inside_double_stay_inside() {
        assert_eq!(
            bodies("\"He called it 'a draft' today,\" she said."),
            [("He called it 'a draft' today,", true)]
        );
    }

    #[test]
    fn single_quotes_as_main_marks_versus_apostrophes() {
        assert_eq!(
            bodies(
                "Pentagon says Iraq's letter 'a mistake' and 'don't panic' in the '90s, O’Brien said"
            ),
            [("a mistake", true), ("don't panic", true)]
        );
        assert_eq!(
            bodies("‘We won’t leave Iraq’s people,’ he said of the ’90s."),
            [("We won’t leave Iraq’s people,", true)]
        );
        assert_eq!(bodies("rock ’n’ roll, don’t, the soldiers’ guns"), []);
    }

    #[test]
    fn unclosed_mark_ends_at_the_paragraph() {
        assert_eq!(
            bodies("He said \"this never closes"),
            [("this never closes", false)]
        );
    }

    #[test]
    fn a_second_opening_mark_ends_a_broken_quote() {
        assert_eq!(
            bodies("a \"stray mark here. \"We won,\" he said."),
            [("stray mark here.", false), ("We won,", true)]
        );
    }

    #[test]
    fn stray_closing_marks_are_ignored() {
        assert_eq!(
            bodies("The 12\" pipe burst. \"Fix it,\" she said."),
            [("Fix it,", true)]
        );
    }

    #[test]
    fn marks_inside_noise_are_ignored() {
        let text = "Ads \"buy now\" then \"real quote\" ok";
        let noise = [Span::new(4, 13)];
        let found = scan(text, Span::new(0, text.len()), &noise);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].body.slice(text), "real quote");
    }

    #[test]
    fn hostile_marks_do_not_panic() {
        for text in [
            "\"",
            "'",
            "“”",
            "\"\"\"\"",
            "’‘’‘",
            "é\"é'é",
            "\u{0}\"\u{7f}'",
            "''''a''''",
        ] {
            let _ = bodies(text);
        }
    }
}
