//! Metadata lines at the top of a plain-text file: `date: 2020-01-06`, `By Jane Doe`,
//! `source: The Paper`, `url: https://...` (and `author:`, `title:`, `language:`), before or
//! just after the headline. They are metadata, never article text: the claims analysis would
//! otherwise read a date as a number someone claims.

use super::article::Metadata;
use super::formats::normalise_date;
use crate::text::{Span, sanitise_line};

/// How many lines from the top may hold the header (the headline, blank lines and header lines).
const MAX_HEADER_LINES: usize = 12;

/// A byline is short: "By" and at most this many words.
const MAX_BYLINE_WORDS: usize = 8;

/// What the header said, and the lines it took (to leave out of the paragraphs).
#[derive(Debug, Default)]
pub struct Header {
    pub meta: Metadata,
    pub lines: Vec<Span>,
}

/// Reads header lines in `text[from..]`: any number of them, with at most one other line (the
/// headline) before them; the first other line after them ends the header.
pub fn read(text: &str, from: usize) -> Header {
    let mut header = Header::default();
    let mut headline_seen = false;
    let mut pos = from;
    for line in text[from..].split_inclusive('\n').take(MAX_HEADER_LINES) {
        let span = Span::new(pos, pos + line.trim_end_matches('\n').len());
        pos += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if field(trimmed, &mut header.meta) {
            header.lines.push(span);
        } else if headline_seen || !header.lines.is_empty() {
            break;
        } else {
            headline_seen = true;
        }
    }
    header
}

/// Reads one header line into `meta`; false when the line is not one.
fn field(line: &str, meta: &mut Metadata) -> bool {
    if let Some(name) = byline(line) {
        meta.author.get_or_insert_with(|| sanitise_line(name));
        return true;
    }
    let Some((key, value)) = line.split_once(':') else {
        return false;
    };
    let value = value.trim();
    let clean = || Some(sanitise_line(value)).filter(|v| !v.is_empty());
    match key.trim().to_ascii_lowercase().as_str() {
        // A `date:` line is the header's even when its date is in another form, which is not
        // kept: it is still not article text.
        "date" | "published" => {
            if meta.date.is_none() {
                meta.date = normalise_date(value);
            }
        }
        "source" | "outlet" | "publisher" => {
            meta.outlet = meta.outlet.take().or_else(clean);
        }
        "url" | "link" if value.starts_with("http://") || value.starts_with("https://") => {
            meta.url = meta.url.take().or_else(clean);
        }
        "author" | "byline" => meta.author = meta.author.take().or_else(clean),
        "title" | "headline" => meta.title = meta.title.take().or_else(clean),
        "language" | "lang" if value.len() <= 16 => {
            meta.language = meta.language.take().or_else(clean);
        }
        _ => return false,
    }
    true
}

/// "By Jane Doe", "By Jane Doe and Li Wei", "BY JANE DOE, Reuters": the name, when every word is
/// capitalised or a joining word, and the line is not a sentence.
fn byline(line: &str) -> Option<&str> {
    let rest = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
        .or_else(|| line.strip_prefix("by "))?
        .trim();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let joining = |w: &str| matches!(w, "and" | "&" | "de" | "van" | "von" | "der" | "al" | "bin");
    let name_like = !words.is_empty()
        && words.len() <= MAX_BYLINE_WORDS
        && !rest.ends_with(['.', '!', '?', ':', ';'])
        && words
            .iter()
            .all(|w| joining(w) || w.starts_with(|c: char| c.is_uppercase()));
    name_like.then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lines_after_the_headline_are_metadata() {
        let text = "A headline here\nBy Jane Doe and Li Wei\ndate: 2020-01-06\nsource: The Paper\nurl: https://example.org/a\n\nThe body.\n";
        let h = read(text, 0);
        assert_eq!(h.meta.author.as_deref(), Some("Jane Doe and Li Wei"));
        assert_eq!(h.meta.date.as_deref(), Some("2020-01-06"));
        assert_eq!(h.meta.outlet.as_deref(), Some("The Paper"));
        assert_eq!(h.meta.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(h.lines.len(), 4);
    }

    #[test]
    fn body_text_is_never_a_header() {
        for text in [
            "By the end of the week, the letter had been leaked.\n",
            "Headline\n\nThe body starts. date: 2020-01-06\n",
            "Headline\n\nThe body.\n\ndate: 2020-01-06\n",
            "Title\nSubtitle\ndate: 2020-01-06\n",
        ] {
            assert!(read(text, 0).lines.is_empty(), "{text:?}");
        }
    }
}
