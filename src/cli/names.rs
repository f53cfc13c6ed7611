//! Sources named on the command line: found by id or by outlet, and when nothing matches, an
//! error that lists what does exist so the next attempt can succeed.

use super::exit::NotFound;
use crate::corpus::{Article, Corpus};
use crate::text::sanitise_line;

/// More names than this are cut short, with a pointer to the command that lists them all.
const LISTED: usize = 8;

/// The source `wanted` names: its id, else its outlet when only one source has that outlet
/// (`Reuters` is easier to type than `003_0226aa1b8ab6f164`).
pub fn source<'c>(corpus: &'c Corpus, wanted: &str) -> Result<&'c Article, NotFound> {
    if let Some(a) = corpus.get(wanted) {
        return Ok(a);
    }
    let shown = format!("{:?}", sanitise_line(wanted));
    let by_outlet: Vec<&Article> = corpus
        .articles
        .iter()
        .filter(|a| {
            a.meta
                .outlet
                .as_deref()
                .is_some_and(|o| o.eq_ignore_ascii_case(wanted.trim()))
        })
        .collect();
    match by_outlet.as_slice() {
        [one] => Ok(one),
        [] if corpus.is_empty() => Err(NotFound(format!(
            "no source {shown}: no sources were loaded"
        ))),
        [] => Err(NotFound(format!(
            "no source {shown}; the loaded sources are: {}",
            listing(&corpus.ids(), "crosscheck sources")
        ))),
        many => Err(NotFound(format!(
            "several sources are from {shown}: {}; name one by its id",
            listing(
                &many.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
                "crosscheck sources"
            )
        ))),
    }
}

/// `names` joined by commas, the first few only when there are many, with `lister` (a command)
/// named as where to see the rest.
pub fn listing(names: &[&str], lister: &str) -> String {
    let shown: Vec<String> = names
        .iter()
        .take(LISTED)
        .map(|n| sanitise_line(n))
        .collect();
    let mut text = shown.join(", ");
    if names.len() > LISTED {
        text.push_str(&format!(
            " and {} more (`{lister}` lists them all)",
            names.len() - LISTED
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_listing_is_cut_and_says_where_the_rest_is() {
        let names: Vec<String> = (1..=11).map(|i| format!("s{i}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        assert_eq!(
            listing(&names, "crosscheck sources"),
            "s1, s2, s3, s4, s5, s6, s7, s8 and 3 more (`crosscheck sources` lists them all)"
        );
        assert_eq!(listing(&names[..LISTED], "x"), names[..LISTED].join(", "));
    }

    #[test]
    fn names_are_made_safe_to_print() {
        assert_eq!(listing(&["a\x1b[31m"], "x"), "a␛[31m");
    }
}
