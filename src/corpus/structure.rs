//! Finding an article's structure in sanitised text: the leading date token and header lines,
//! paragraphs, headline and standfirst, noise, sentences, and an outlet named by a news-agency
//! dateline.

use super::article::{Format, Noise, Paragraph, Role};
use super::header;
use super::matchers::{CharClass, word_ends};
use super::noise;
use crate::text::{Span, split_sentences};
use std::sync::LazyLock;

/// What the text itself says about the article.
#[derive(Debug, Default)]
pub struct Structure {
    pub paragraphs: Vec<Paragraph>,
    pub noise: Vec<Noise>,
    pub date: Option<String>,
    pub headline: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
}

/// Headlines and standfirsts are short; longer lines without a full stop are body text.
const HEADLINE_MAX_CHARS: usize = 160;

/// `^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?`: the date and where the token ends.
pub(super) fn date_token(text: &str) -> Option<(&str, usize)> {
    static DIGIT: LazyLock<CharClass> = LazyLock::new(|| CharClass::new(r"\d"));
    let rest = text.trim_start().strip_prefix("date")?;
    let date_start = rest.trim_start();
    if date_start.len() == rest.len() {
        return None;
    }
    let mut chars = date_start.char_indices();
    for expected in "dddd-dd-dd".chars() {
        let (_, c) = chars.next()?;
        let ok = if expected == 'd' {
            DIGIT.contains(c)
        } else {
            c == expected
        };
        if !ok {
            return None;
        }
    }
    let date_len = chars.next().map_or(date_start.len(), |(i, _)| i);
    let after = &date_start[date_len..];
    if !word_ends(after) {
        return None;
    }
    let blanks = after.trim_start_matches([' ', '\t']);
    let blanks = blanks.strip_prefix('\n').unwrap_or(blanks);
    Some((&date_start[..date_len], text.len() - blanks.len()))
}

/// A news agency's dateline opening the first body paragraph, "WASHINGTON (Reuters) -": the
/// name in parentheses, at most 41 characters. Written by hand with the semantics of
/// `^\p{Lu}[\p{Lu}\p{M} .,'/-]*\s\(([\p{L}][\p{L}&. -]+)\)\s*[-–—]`.
pub(super) fn dateline_outlet(body: &str) -> Option<&str> {
    const MAX_OUTLET: usize = 41;
    static UPPER: LazyLock<CharClass> = LazyLock::new(|| CharClass::new(r"\p{Lu}"));
    static PLACE: LazyLock<CharClass> = LazyLock::new(|| CharClass::new(r"[\p{Lu}\p{M} .,'/-]"));
    static LETTER: LazyLock<CharClass> = LazyLock::new(|| CharClass::new(r"\p{L}"));
    static NAME: LazyLock<CharClass> = LazyLock::new(|| CharClass::new(r"[\p{L}&. -]"));
    let first = body.chars().next()?;
    // Cheap necessary conditions first, so the Unicode tables load only for likely datelines.
    if first.is_ascii_lowercase() || !body.contains('(') || !UPPER.contains(first) {
        return None;
    }
    let place = &body[first.len_utf8()..];
    let run_end = place
        .char_indices()
        .find(|(_, c)| !PLACE.contains(*c))
        .map_or(place.len(), |(i, _)| i);
    let after_run = &place[run_end..];
    // The whitespace before '(' is either the run's last character (a space) or the first
    // character after it (another kind of whitespace).
    let paren = if let Some(rest) = after_run.strip_prefix('(') {
        place[..run_end].ends_with(' ').then_some(rest)?
    } else {
        let mut chars = after_run.chars();
        let ws = chars.next().filter(|c| c.is_whitespace())?;
        after_run[ws.len_utf8()..].strip_prefix('(')?
    };
    let name_first = paren.chars().next().filter(|c| LETTER.contains(*c))?;
    let name_rest = &paren[name_first.len_utf8()..];
    let name_end = name_rest
        .char_indices()
        .find(|(_, c)| !NAME.contains(*c))
        .map_or(name_rest.len(), |(i, _)| i);
    if name_end == 0 {
        return None;
    }
    let after_name = name_rest[name_end..].strip_prefix(')')?;
    let name = &paren[..name_first.len_utf8() + name_end];
    (after_name.trim_start().starts_with(['-', '–', '—']) && name.chars().count() <= MAX_OUTLET)
        .then_some(name)
}

/// Where a markdown heading's text starts: after the `#` marks and a space.
fn markdown_heading(line: &str) -> Option<usize> {
    let hashes = line.bytes().take_while(|b| *b == b'#').count();
    (1..=6)
        .contains(&hashes)
        .then_some(())
        .filter(|_| line[hashes..].starts_with(' '))
        .map(|_| hashes + 1)
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '!', '?', ':', ';', '"', '”', '’', '\'', ')', '…'])
}

/// Splits `text[from..]` into paragraph spans: blank lines separate paragraphs, and so does a
/// line break after a finished sentence; a line break inside a sentence (hard-wrapped text)
/// does not. Lines starting at one of `skip`'s starts (header lines) separate paragraphs, like
/// blank lines, and belong to none.
fn paragraph_spans(text: &str, from: usize, markdown: bool, skip: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    let mut pos = from;
    for line in text[from..].split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let content = Span::new(start, start + line.trim_end_matches('\n').len());
        let trimmed = content.slice(text).trim();
        if trimmed.is_empty() || skip.iter().any(|s| s.start == start) {
            out.extend(current.take());
            continue;
        }
        let starts_lower = trimmed.starts_with(char::is_lowercase);
        let heading = markdown && markdown_heading(trimmed).is_some();
        current = match current {
            Some(open)
                if !heading
                    && starts_lower
                    && !ends_sentence(open.slice(text))
                    && noise::paragraph_noise(trimmed).is_none() =>
            {
                Some(Span::new(open.start, content.end))
            }
            open => {
                out.extend(open);
                Some(content)
            }
        };
    }
    out.extend(current);
    out.into_iter()
        .map(|s| s.trim(text))
        .filter(|s| !s.is_empty())
        .collect()
}

/// Analyses sanitised article text starting at byte `from` (after any front matter). The body
/// of a web page has no headline or standfirst to find: the page's metadata holds its title,
/// and its first paragraph is text even when it is short.
pub fn analyse(text: &str, from: usize, format: Format) -> Structure {
    let markdown = format == Format::Markdown;
    let find_headline = format != Format::Html;
    let mut structure = Structure::default();
    let mut from = from;
    if let Some((date, end)) = date_token(&text[from..]) {
        structure.date = Some(date.to_string());
        from += end;
    }
    let header = if format == Format::Text {
        header::read(text, from)
    } else {
        header::Header::default()
    };
    structure.date = structure.date.or(header.meta.date);
    structure.author = header.meta.author;
    structure.url = header.meta.url;
    structure.outlet = header.meta.outlet;
    let mut first_content = true;
    let mut after_headline = false;
    for mut span in paragraph_spans(text, from, markdown, &header.lines) {
        let mut is_heading = false;
        if let Some(skip) = markdown
            .then(|| markdown_heading(span.slice(text)))
            .flatten()
        {
            span = Span::new(span.start + skip, span.end).trim(text);
            is_heading = true;
        }
        let body = span.slice(text);
        if let Some(kind) = noise::paragraph_noise(body) {
            structure.noise.push(Noise { span, kind });
            structure.paragraphs.push(Paragraph {
                span,
                role: Role::Noise(kind),
                sentences: Vec::new(),
            });
            continue;
        }
        let short = body.chars().count() <= HEADLINE_MAX_CHARS && !body.contains('\n');
        let unfinished = !body.trim_end().ends_with(['.', ':']);
        let role = if find_headline && first_content && (is_heading || (short && unfinished)) {
            structure.headline = Some(body.to_string());
            after_headline = true;
            Role::Headline
        } else if find_headline && after_headline && short && unfinished && !is_heading {
            after_headline = false;
            Role::Standfirst
        } else {
            after_headline = false;
            Role::Body
        };
        if role == Role::Body && structure.outlet.is_none() && first_body(&structure.paragraphs) {
            structure.outlet = dateline_outlet(body).map(|outlet| outlet.trim().to_string());
        }
        first_content = false;
        for preview in noise::inline_link_previews(text, span) {
            structure.noise.push(Noise {
                span: preview,
                kind: super::article::NoiseKind::LinkPreview,
            });
        }
        let sentences = sentences_around_noise(text, span, &structure.noise);
        structure.paragraphs.push(Paragraph {
            span,
            role,
            sentences,
        });
    }
    structure.noise.sort_by_key(|n| n.span.start);
    if header.meta.title.is_some() {
        structure.headline = header.meta.title;
    }
    structure
}

fn first_body(paragraphs: &[Paragraph]) -> bool {
    !paragraphs.iter().any(|p| p.role == Role::Body)
}

/// Sentence spans of a paragraph, where inline noise is opaque: its own full stops and question
/// marks do not end the sentence it is glued into.
fn sentences_around_noise(text: &str, span: Span, noise: &[Noise]) -> Vec<Span> {
    let inside: Vec<Span> = noise
        .iter()
        .map(|n| n.span)
        .filter(|n| span.covers(*n))
        .collect();
    if inside.is_empty() {
        return split_sentences(text, span);
    }
    // Split with noise blanked out, so offsets stay the same.
    let mut blanked = text[..span.end].to_string();
    for n in &inside {
        let filler = " ".repeat(n.len());
        blanked.replace_range(n.start..n.end, &filler);
    }
    split_sentences(&blanked, span)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_token_may_share_a_line_with_the_first_sentence() {
        let text = " date 2020-01-07 A LETTER from senior officials arrived.\n\nMore.";
        let s = analyse(text, 0, Format::Text);
        assert_eq!(s.date.as_deref(), Some("2020-01-07"));
        assert_eq!(
            s.paragraphs[0].span.slice(text),
            "A LETTER from senior officials arrived."
        );
        assert_eq!(s.headline, None);
    }

    #[test]
    fn short_unfinished_first_line_is_a_headline() {
        let text = "Pentagon says letter 'a mistake'\n\nGen Milley said the memo was a 'draft'\n\nBody text here.";
        let s = analyse(text, 0, Format::Text);
        assert_eq!(
            s.headline.as_deref(),
            Some("Pentagon says letter 'a mistake'")
        );
        assert_eq!(s.paragraphs[1].role, Role::Standfirst);
        assert_eq!(s.paragraphs[2].role, Role::Body);
    }

    #[test]
    fn hard_wrapped_lines_join_into_one_paragraph() {
        let text = "This sentence is wrapped\nover two lines.\nA new line after a full stop starts a paragraph.";
        let s = analyse(text, 0, Format::Text);
        let bodies: Vec<&str> = s.paragraphs.iter().map(|p| p.span.slice(text)).collect();
        assert_eq!(
            bodies,
            [
                "This sentence is wrapped\nover two lines.",
                "A new line after a full stop starts a paragraph."
            ]
        );
    }

    #[test]
    fn news_agency_dateline_names_the_outlet() {
        let text = "Headline\n\nWASHINGTON (Reuters) - A leaked letter arrived.";
        assert_eq!(
            analyse(text, 0, Format::Text).outlet.as_deref(),
            Some("Reuters")
        );
        let text = "Headline\n\nBAGHDAD (Agence France-Presse) — Rockets fell.";
        assert_eq!(
            analyse(text, 0, Format::Text).outlet.as_deref(),
            Some("Agence France-Presse")
        );
        // A long parenthesis is an aside, not an outlet.
        let aside = format!(
            "Headline\n\nBAGHDAD ({}) - Rockets fell.",
            "word ".repeat(9)
        );
        assert_eq!(analyse(&aside, 0, Format::Text).outlet, None);
    }

    #[test]
    fn header_lines_are_metadata_not_paragraphs() {
        let text = "Short headline here\nBy Jane Doe\ndate: 2021-03-04\nsource: The Paper\n\nThe body says 42 things.\n";
        let s = analyse(text, 0, Format::Text);
        assert_eq!(s.date.as_deref(), Some("2021-03-04"));
        assert_eq!(s.author.as_deref(), Some("Jane Doe"));
        assert_eq!(s.outlet.as_deref(), Some("The Paper"));
        assert_eq!(s.headline.as_deref(), Some("Short headline here"));
        let paragraphs: Vec<&str> = s.paragraphs.iter().map(|p| p.span.slice(text)).collect();
        assert_eq!(
            paragraphs,
            ["Short headline here", "The body says 42 things."]
        );
    }

    #[test]
    fn markdown_heading_is_the_headline() {
        let text = "# The title\n\nBody paragraph one.";
        let s = analyse(text, 0, Format::Markdown);
        assert_eq!(s.headline.as_deref(), Some("The title"));
        assert_eq!(s.paragraphs[0].span.slice(text), "The title");
    }
}
