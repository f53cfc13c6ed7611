//! Recognising boilerplate that is not the report itself: captions, related links, ads,
//! translation and syndication notices, reporting credits and glued-in link previews.

use super::article::NoiseKind;
use super::matchers::{
    CharClass, any_word_prefix_ci, is_word_char, one_line_of_at_most, strip_any_prefix_ci,
    strip_prefix_ci, word_ends,
};
use crate::text::Span;
use std::sync::LazyLock;

/// Whether a trimmed paragraph is one kind of noise.
type Matcher = fn(&str) -> bool;

/// Whole-paragraph rules, tried in order on the trimmed paragraph text. Each is written by hand
/// with the semantics of the regex in its comment (the tests check them against those regexes).
pub(super) const RULES: [(NoiseKind, Matcher); 13] = [
    (NoiseKind::Caption, caption_opening),
    (NoiseKind::Caption, caption_credit),
    (NoiseKind::Caption, reuters_credit),
    (NoiseKind::Caption, agency_photo_credit),
    (NoiseKind::Caption, agency_slash_credit),
    (NoiseKind::Related, related_link),
    (NoiseKind::Advertisement, advertisement),
    (NoiseKind::TranslationNotice, translation_notice),
    (NoiseKind::Syndication, syndication),
    (NoiseKind::Credits, reporting_credits),
    (NoiseKind::Promotion, promotion),
    (NoiseKind::PageLine, page_line),
    (NoiseKind::Promotion, newsletter_box),
];

/// The kind of noise a whole paragraph is, if it is noise.
pub fn paragraph_noise(paragraph: &str) -> Option<NoiseKind> {
    let trimmed = paragraph.trim();
    RULES
        .iter()
        .find(|(_, matches)| matches(trimmed))
        .map(|(kind, _)| *kind)
}

/// `(?i)^(file photo\b|\(files?\)|in this (file )?photo\b|photo:|picture:)`
fn caption_opening(t: &str) -> bool {
    strip_prefix_ci(t, "file photo").is_some_and(word_ends)
        || strip_prefix_ci(t, "(file").is_some_and(|rest| {
            let rest = strip_prefix_ci(rest, "s").unwrap_or(rest);
            rest.starts_with(')')
        })
        || strip_prefix_ci(t, "in this ").is_some_and(|rest| {
            let rest = strip_prefix_ci(rest, "file ").unwrap_or(rest);
            strip_prefix_ci(rest, "photo").is_some_and(word_ends)
        })
        || strip_any_prefix_ci(t, &["photo:", "picture:"]).is_some()
}

/// Credit at the end of a caption: "... Picture: AP", "Photo: Getty Images".
/// `(?:Picture|Photo|Image|Photograph|Credit|Pictured)s?: [^.!?]{1,60}$`
fn caption_credit(t: &str) -> bool {
    const LABELS: [&str; 6] = [
        "Picture",
        "Photo",
        "Image",
        "Photograph",
        "Credit",
        "Pictured",
    ];
    // Colons found by `char` search (memchr), far faster than a two-byte needle on a long
    // paragraph.
    t.match_indices(':').any(|(i, _)| {
        if t.as_bytes().get(i + 1) != Some(&b' ') {
            return false;
        }
        let before = &t[..i];
        let before = before.strip_suffix('s').unwrap_or(before);
        let tail = &t[i + 2..];
        LABELS.iter().any(|l| before.ends_with(l))
            && !tail.is_empty()
            && !tail.contains(['.', '!', '?'])
            && tail.chars().nth(60).is_none()
    })
}

/// A photographer's credit: a name of 2 to 40 characters.
/// `\bREUTERS/([\p{L} .'-]+)$`, the group 2 to 40 characters long.
fn reuters_credit(t: &str) -> bool {
    static NAME: LazyLock<CharClass> = LazyLock::new(|| CharClass::new(r"[\p{L} .'-]"));
    // Only the last "REUTERS/" can match: an earlier one's tail holds the later '/'. Found
    // through its slash (memchr) rather than a search for the whole needle.
    let Some(at) = t
        .rmatch_indices('/')
        .find(|&(i, _)| t[..i].ends_with("REUTERS"))
        .map(|(i, _)| i - "REUTERS".len())
    else {
        return false;
    };
    let boundary = !t[..at].chars().next_back().is_some_and(is_word_char);
    let name = &t[at + "REUTERS/".len()..];
    boundary && name.chars().all(|c| NAME.contains(c)) && (2..=40).contains(&name.chars().count())
}

/// `\((?:AP|AFP|Reuters) Photo[^)]*\)$`
fn agency_photo_credit(t: &str) -> bool {
    let Some(inner) = t.strip_suffix(')') else {
        return false;
    };
    // The credit's own parenthesis is the last one opened after any other ')'.
    let tail = inner.rfind(')').map_or(inner, |i| &inner[i + 1..]);
    ["(AP Photo", "(AFP Photo", "(Reuters Photo"]
        .iter()
        .any(|l| tail.contains(l))
}

/// `^/?\s*(?:AFP|AP|Getty Images|EPA)\s*/`
fn agency_slash_credit(t: &str) -> bool {
    let t = t.strip_prefix('/').unwrap_or(t).trim_start();
    ["AFP", "AP", "Getty Images", "EPA"]
        .iter()
        .filter_map(|l| t.strip_prefix(l))
        .any(|rest| rest.trim_start().starts_with('/'))
}

/// `(?i)^(related|read more|see also|also read|watch|listen|more on this)\s*:`
fn related_link(t: &str) -> bool {
    [
        "related",
        "read more",
        "see also",
        "also read",
        "watch",
        "listen",
        "more on this",
    ]
    .iter()
    .filter_map(|l| strip_prefix_ci(t, l))
    .any(|rest| rest.trim_start().starts_with(':'))
}

/// `(?i)^(advertisement|advertising|sponsored content|sponsored|ad)$`
fn advertisement(t: &str) -> bool {
    [
        "advertisement",
        "advertising",
        "sponsored content",
        "sponsored",
        "ad",
    ]
    .iter()
    .any(|l| strip_prefix_ci(t, l) == Some(""))
}

/// `(?i)^(powered by automated translation|(this (article|story) (was|has been) )?`
/// `(automatically|machine)[ -]translated\b.*)$`
fn translation_notice(t: &str) -> bool {
    if strip_prefix_ci(t, "powered by automated translation") == Some("") {
        return true;
    }
    let after_this = strip_prefix_ci(t, "this ")
        .and_then(|r| strip_any_prefix_ci(r, &["article ", "story "]))
        .and_then(|r| strip_any_prefix_ci(r, &["was ", "has been "]));
    let rest = after_this.unwrap_or(t);
    strip_any_prefix_ci(rest, &["automatically", "machine"])
        .and_then(|r| r.strip_prefix([' ', '-']))
        .and_then(|r| strip_prefix_ci(r, "translated"))
        .is_some_and(|r| word_ends(r) && !r.contains('\n'))
}

/// `(?i)^originally published (as|in|on|by)\b`
fn syndication(t: &str) -> bool {
    strip_prefix_ci(t, "originally published ")
        .is_some_and(|r| any_word_prefix_ci(r, &["as", "in", "on", "by"], |_| true))
}

/// `(?i)^\(?(additional )?(reporting|writing|editing|compiled) by\b[^\n]*$`
fn reporting_credits(t: &str) -> bool {
    let t = t.strip_prefix('(').unwrap_or(t);
    let t = strip_prefix_ci(t, "additional ").unwrap_or(t);
    strip_any_prefix_ci(t, &["reporting", "writing", "editing", "compiled"])
        .and_then(|r| strip_prefix_ci(r, " by"))
        .is_some_and(|r| word_ends(r) && !r.contains('\n'))
}

/// `(?i)^(sign up for|subscribe to|follow us on|share this (article|story)|click here)\b.{0,80}$`
fn promotion(t: &str) -> bool {
    any_word_prefix_ci(
        t,
        &[
            "sign up for",
            "subscribe to",
            "follow us on",
            "share this article",
            "share this story",
            "click here",
        ],
        |rest| one_line_of_at_most(rest, 80),
    )
}

/// Longest newsletter box taken for one: a line of a sentence or two.
const NEWSLETTER_BOX: usize = 200;

/// A newsletter box: one line that asks the reader to sign up, at either end ("Sign up for the
/// Weekly Briefing: ...", "Get our morning briefing in your inbox – sign up here").
fn newsletter_box(t: &str) -> bool {
    if !one_line_of_at_most(t, NEWSLETTER_BOX) {
        return false;
    }
    let asks = ["sign up", "subscribe"];
    let end = t.trim_end_matches(['.', '!', ' ']);
    let lower = end.to_lowercase();
    any_word_prefix_ci(t, &["sign up for", "subscribe to"], |_| true)
        || asks.iter().any(|ask| {
            ["here", "now", "today"]
                .iter()
                .any(|when| lower.ends_with(&format!("{ask} {when}")))
        })
}

/// A line of page furniture rather than report: "date: 2026-03-10", "source: ...", "Updated
/// 9:12 AM", "By Owen Clarke, Technology Correspondent".
fn page_line(t: &str) -> bool {
    let line = t.trim();
    if line.contains('\n') {
        return false;
    }
    // Without a colon only a short line can be one, and most paragraphs are neither: they are
    // turned away before the lower-case copy.
    if !line.contains(':') && line.split_whitespace().nth(8).is_some() {
        return false;
    }
    let lower = line.to_lowercase();
    let key = lower.split(':').next().unwrap_or_default().trim();
    let keyed = lower.contains(':')
        && matches!(
            key,
            "date"
                | "source"
                | "url"
                | "by"
                | "author"
                | "updated"
                | "published"
                | "title"
                | "posted"
                | "byline"
                | "dateline"
                | "filed"
        );
    let lead = lower.split_whitespace().next().unwrap_or_default();
    let short = line.split_whitespace().count() <= 8;
    keyed || short && matches!(lead, "updated" | "published" | "posted" | "by" | "last")
}

/// The end of a link preview's text: the "MORE" link that closes it (` MORE\b`), as a byte
/// range of `text`.
pub(super) fn find_more(text: &str) -> Option<(usize, usize)> {
    text.match_indices(" MORE")
        .map(|(i, m)| (i, i + m.len()))
        .find(|&(_, end)| word_ends(&text[end..]))
}

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
        let Some((more_start, more_end)) = find_more(&slice[join..]) else {
            break;
        };
        // Previews are a few hundred characters; a "MORE" further away is unrelated.
        if more_start > 1200 || bytes[join..join + more_start].contains(&b'\n') {
            search_from = join + 1;
            continue;
        }
        let end = join + more_end;
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
    fn newsletter_boxes_are_promotion_but_sentences_about_signing_up_are_not() {
        for line in [
            "Sign up for the Harbour Weekly Briefing: shipping, ports and policy news from our \
             desk, every Monday morning, free to your inbox",
            "Get the Morning Digest in your inbox every weekday – sign up here",
            "Our evening newsletter is free. Subscribe now!",
        ] {
            assert_eq!(paragraph_noise(line), Some(NoiseKind::Promotion), "{line}");
        }
        assert_eq!(
            paragraph_noise("More than 200 residents have signed up to the scheme so far."),
            None
        );
    }

    #[test]
    fn bylines_and_timestamps_are_page_lines() {
        for line in [
            "By Owen Clarke, Technology Correspondent",
            "Updated 9:12 AM",
            "date: 2026-03-10",
            "Last updated on Monday",
        ] {
            assert_eq!(paragraph_noise(line), Some(NoiseKind::PageLine), "{line}");
        }
        // A sentence that opens with "By" is report.
        assert_eq!(
            paragraph_noise(
                "By the time the order came, people there had been breathing smoke for hours."
            ),
            None
        );
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
