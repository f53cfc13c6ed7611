//! Recognising boilerplate that is not the report itself: captions, related links, ads,
//! translation and syndication notices, reporting credits and glued-in link previews.

use super::article::NoiseKind;
use crate::text::Span;
use regex::Regex;
use std::ops::RangeInclusive;
use std::sync::LazyLock;

struct Rule {
    kind: NoiseKind,
    pattern: Regex,
    /// When set, the pattern's first group must be this many characters long. Checked here
    /// rather than written `{2,40}` in the pattern: a bounded repeat of a Unicode class
    /// compiles to forty copies of it, tens of milliseconds at every start.
    group_chars: Option<RangeInclusive<usize>>,
}

fn rule(kind: NoiseKind, pattern: &str) -> Rule {
    Rule {
        kind,
        pattern: Regex::new(pattern).expect("noise patterns are valid"),
        group_chars: None,
    }
}

fn bounded_rule(kind: NoiseKind, pattern: &str, group_chars: RangeInclusive<usize>) -> Rule {
    Rule {
        group_chars: Some(group_chars),
        ..rule(kind, pattern)
    }
}

impl Rule {
    fn matches(&self, text: &str) -> bool {
        match &self.group_chars {
            None => self.pattern.is_match(text),
            Some(range) => self
                .pattern
                .captures(text)
                .and_then(|c| c.get(1))
                .is_some_and(|g| range.contains(&g.as_str().chars().count())),
        }
    }
}

/// Whole-paragraph patterns, tried in order on the trimmed paragraph text.
static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    vec![
        rule(
            NoiseKind::Caption,
            r"(?i)^(file photo\b|\(files?\)|in this (file )?photo\b|photo:|picture:)",
        ),
        // Credit at the end of a caption: "... Picture: AP", "Photo: Getty Images".
        rule(
            NoiseKind::Caption,
            r"(?:Picture|Photo|Image|Photograph|Credit|Pictured)s?: [^.!?]{1,60}$",
        ),
        bounded_rule(NoiseKind::Caption, r"\bREUTERS/([\p{L} .'-]+)$", 2..=40),
        rule(NoiseKind::Caption, r"\((?:AP|AFP|Reuters) Photo[^)]*\)$"),
        rule(NoiseKind::Caption, r"^/?\s*(?:AFP|AP|Getty Images|EPA)\s*/"),
        rule(
            NoiseKind::Related,
            r"(?i)^(related|read more|see also|also read|watch|listen|more on this)\s*:",
        ),
        rule(
            NoiseKind::Advertisement,
            r"(?i)^(advertisement|advertising|sponsored content|sponsored|ad)$",
        ),
        rule(
            NoiseKind::TranslationNotice,
            r"(?i)^(powered by automated translation|(this (article|story) (was|has been) )?(automatically|machine)[ -]translated\b.*)$",
        ),
        rule(
            NoiseKind::Syndication,
            r"(?i)^originally published (as|in|on|by)\b",
        ),
        rule(
            NoiseKind::Credits,
            r"(?i)^\(?(additional )?(reporting|writing|editing|compiled) by\b[^\n]*$",
        ),
        rule(
            NoiseKind::Promotion,
            r"(?i)^(sign up for|subscribe to|follow us on|share this (article|story)|click here)\b.{0,80}$",
        ),
    ]
});

/// The kind of noise a whole paragraph is, if it is noise.
pub fn paragraph_noise(paragraph: &str) -> Option<NoiseKind> {
    let trimmed = paragraph.trim();
    RULES.iter().find(|r| r.matches(trimmed)).map(|r| r.kind)
}

/// The end of a link preview's text: the "MORE" link that closes it.
static MORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r" MORE\b").unwrap());

/// Link previews glued into a name, as some sites' pages copy out: "Mark EsperMark Esper
/// Overnight Defense: ... MORE denied". The name is followed with no space by a fuller name
/// ending in the same surname, then preview text up to "MORE". The span returned starts at the
/// glued name and runs through "MORE", leaving "Mark Esper denied".
pub fn inline_link_previews(text: &str, span: Span) -> Vec<Span> {
    let slice = span.slice(text);
    let mut out = Vec::new();
    if !slice.contains(" MORE") {
        return out;
    }
    let mut search_from = 0;
    let bytes = slice.as_bytes();
    while search_from < slice.len() {
        let Some(join) = find_glued_name(slice, search_from) else {
            break;
        };
        let Some(more) = MORE.find(&slice[join..]) else {
            break;
        };
        // Previews are a few hundred characters; a "MORE" further away is unrelated.
        if more.start() > 1200 || bytes[join..join + more.start()].contains(&b'\n') {
            search_from = join + 1;
            continue;
        }
        let end = join + more.end();
        out.push(Span::new(span.start + join, span.start + end));
        search_from = end;
    }
    out
}

/// The byte offset of the next upper-case letter glued onto a surname that it repeats:
/// "Esper|Mark Esper", "Trump|Donald John Trump".
fn find_glued_name(slice: &str, from: usize) -> Option<usize> {
    let mut prev: Option<char> = None;
    for (i, c) in slice[from..].char_indices() {
        let i = from + i;
        if prev.is_some_and(char::is_lowercase) && c.is_uppercase() && glued_name_repeats(slice, i)
        {
            return Some(i);
        }
        prev = Some(c);
    }
    None
}

fn glued_name_repeats(slice: &str, join: usize) -> bool {
    let before = &slice[..join];
    let surname_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let surname = &before[surname_start..];
    if surname.chars().count() < 2 || !surname.starts_with(char::is_uppercase) {
        return false;
    }
    // The glued name: up to four capitalised words, the last of which starts with the surname.
    let after = &slice[join..];
    after
        .split(' ')
        .take(4)
        .skip(1)
        .any(|w| w.starts_with(surname))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_are_recognised() {
        for caption in [
            "Iran-backed militiamen attacked the US Embassy in Baghdad for days. Picture: AP",
            "FILE PHOTO: U.S. Army General Mark Milley is seen. REUTERS/Tom Brenner",
            "(FILES) In this file photo taken on December 29, 2019 US Secretary...",
            " / AFP / Nicholas Kamm",
            "Protesters in Tahrir Square. REUTERS/Thaier al-Sudani",
        ] {
            assert_eq!(
                paragraph_noise(caption),
                Some(NoiseKind::Caption),
                "{caption}"
            );
        }
        // A photographer's credit is a name, not a sentence.
        let long = format!(
            "He spoke to REUTERS/{}",
            "a very long tail of words ".repeat(3)
        );
        assert_eq!(paragraph_noise(long.trim()), None);
    }

    #[test]
    fn boilerplate_lines_are_recognised() {
        let cases = [
            ("RELATED: Two rockets hit Green Zone", NoiseKind::Related),
            ("advertisement", NoiseKind::Advertisement),
            (
                "Powered by automated translation",
                NoiseKind::TranslationNotice,
            ),
            (
                "Originally published as the Pentagon chief",
                NoiseKind::Syndication,
            ),
            (
                "Reporting by Phil Stewart; Editing by Chris Reese",
                NoiseKind::Credits,
            ),
        ];
        for (line, kind) in cases {
            assert_eq!(paragraph_noise(line), Some(kind), "{line}");
        }
    }

    #[test]
    fn reporting_is_not_noise() {
        for line in [
            "The letter was unsigned, but several reporters confirmed its authenticity.",
            "He described the picture: grim.",
            "Reporters asked about the advertisement campaign.",
        ] {
            assert_eq!(paragraph_noise(line), None, "{line}");
        }
    }

    #[test]
    fn glued_link_preview_is_cut_after_the_name() {
        let text = "Defense Secretary Mark EsperMark EsperOvernight Defense: Trump campaign | Iowa? MORE denied Monday that U.S. troops would withdraw.";
        let spans = inline_link_previews(text, Span::new(0, text.len()));
        assert_eq!(spans.len(), 1);
        let kept = format!("{}{}", &text[..spans[0].start], &text[spans[0].end..]);
        assert_eq!(
            kept,
            "Defense Secretary Mark Esper denied Monday that U.S. troops would withdraw."
        );
    }

    #[test]
    fn camel_case_names_are_not_previews() {
        let text = "General Frank McKenzie said MORE troops would come.";
        assert!(inline_link_previews(text, Span::new(0, text.len())).is_empty());
    }
}
