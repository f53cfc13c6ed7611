//! People a statement names in a role ("Defense Secretary Mark Esper", "signed by William
//! Seely"), read where a name starts.

use super::lexicon::{Lexicon, Meaning, TermId, Tok};
use super::terms;
use crate::text::Span;

/// A person named in a role: "Defense Secretary Mark Esper", "signed by William Seely".
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// The surname's term, spelling-tolerant.
    pub key: TermId,
    pub role: TermId,
    /// The role word as written ("Secretary", "signed").
    pub role_span: Span,
    pub span: Span,
}

/// Whether two tokens are parts of one name: only spaces or an initial's full stop between.
pub(super) fn joined(text: &str, a: &Tok, b: &Tok) -> bool {
    text[a.span.end..b.span.start]
        .chars()
        .all(|c| c.is_whitespace() || c == '.')
}

pub(super) fn is_name_tok(lexicon: &Lexicon, tok: &Tok) -> bool {
    matches!(lexicon.meaning(tok), Meaning::Term { id, .. } if lexicon.is_name(id))
}

/// Records the person whose name starts at `i`, with the role the words before it give: the
/// nearest title ("Secretary", "Gen."), or the verb of "signed by".
pub(super) fn person(
    lexicon: &Lexicon,
    text: &str,
    toks: &[Tok],
    words: &[&str],
    i: usize,
) -> Option<Person> {
    let mut end = i;
    while end + 1 < toks.len()
        && is_name_tok(lexicon, &toks[end + 1])
        && joined(text, &toks[end], &toks[end + 1])
    {
        end += 1;
    }
    // "sent by CMT's chief operating officer": a name in the possessive owns what follows,
    // which is who the role is of.
    let written = toks[end].span.slice(text);
    if written.ends_with("'s")
        || written.ends_with("’s")
        || text[toks[end].span.end..].starts_with(['\'', '’'])
    {
        return None;
    }
    let Meaning::Term { id: key, .. } = lexicon.meaning(&toks[end]) else {
        return None;
    };
    // The nearest title, with only capitalised words ("Defense", "Army") in between.
    let title = (i.saturating_sub(3)..i)
        .rev()
        .take_while(|&j| {
            terms::is_title(words[j]) || toks[j].span.slice(text).starts_with(char::is_uppercase)
        })
        .find(|&j| terms::is_title(words[j]));
    let role_at = match title {
        Some(j) => Some(j),
        None if i >= 2 && words[i - 1] == "by" => Some(i - 2),
        None => None,
    };
    let j = role_at?;
    let Meaning::Term { id: role, .. } = lexicon.meaning(&toks[j]) else {
        return None;
    };
    // The whole title, not its last word: "Assistant Chief Constable" and "Chief Constable"
    // are two offices.
    let first = (i.saturating_sub(4)..=j)
        .find(|&k| {
            (k..=j).all(|m| {
                terms::is_title(words[m])
                    || toks[m].span.slice(text).starts_with(char::is_uppercase)
            })
        })
        .unwrap_or(j);
    Some(Person {
        key,
        role,
        role_span: Span::new(toks[first].span.start, toks[j].span.end),
        span: Span::new(toks[i].span.start, toks[end].span.end),
    })
}
