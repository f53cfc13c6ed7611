//! A document's author: the person an article names as the signer or writer of "the letter",
//! "the statement" or "the advisory" ("signed by X", "X wrote in the advisory"), whose words the
//! document's are, and the speaker recorded as the author of the document they spoke in.

use super::attribution::{Attribution, is_speech_verb};
use super::names::{bare, is_body_name, is_title_word, names_in};
use super::people::Mentions;
use super::resolve::{Basis, Resolved};
use super::speakers::Registry;
use crate::corpus::Article;
use crate::text::Span;

/// The speaker `resolved` with the document the attribution says the words are in ("Harcourt
/// said in the statement"): the person stays the speaker, and is recorded as the author.
pub(super) fn with_document(
    registry: &mut Registry,
    mentions: &mut Mentions,
    article: &Article,
    a: &Attribution,
    mut resolved: Resolved,
) -> Resolved {
    let Some(doc) = a.document else {
        return resolved;
    };
    let Some(noun) = doc
        .slice(&article.text)
        .split_whitespace()
        .map(bare)
        .next_back()
    else {
        return resolved;
    };
    if registry.is_person(resolved.speaker) {
        mentions
            .signers
            .entry(noun.clone())
            .or_insert(Some(resolved.speaker));
        resolved.medium = Some(registry.document(&noun, Some(resolved.speaker)));
    }
    resolved
}

/// The words of a document: its author's, when the article names one, with the document as
/// the medium; else the document's own.
pub(super) fn document(
    registry: &mut Registry,
    mentions: &mut Mentions,
    article: &Article,
    noun: &str,
) -> Resolved {
    let signer = match mentions.signers.get(noun) {
        Some(s) => *s,
        None => {
            let s = find_signer(registry, mentions, article, noun);
            mentions.signers.insert(noun.to_string(), s);
            s
        }
    };
    let doc = registry.document(noun, signer);
    match signer {
        Some(person) => Resolved {
            medium: Some(doc),
            ..Resolved::new(person, Basis::Document)
        },
        None => Resolved::new(doc, Basis::Document),
    }
}

/// The author of `noun` in this article: "signed by X", "the letter ... from X", "the name of
/// X", "X said in the statement", "X wrote in the advisory".
fn find_signer(
    registry: &mut Registry,
    mentions: &Mentions,
    article: &Article,
    noun: &str,
) -> Option<usize> {
    let text = &article.text;
    for sentence in article.sentences() {
        // ASCII case only, so every byte stays where it was and offsets into `lower` are
        // offsets into the sentence: full lower-casing changes lengths ("İ" grows, "ẞ" and the
        // Kelvin sign shrink), and two changes that cancel out leave the total length equal
        // while the offsets between them are off, inside a character.
        let lower = sentence.slice(text).to_ascii_lowercase();
        let mentions_noun = lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == noun);
        if !mentions_noun && !lower.contains("signed by ") {
            continue;
        }
        for key in ["signed by ", " from ", "name of "] {
            if key != "signed by " && !mentions_noun {
                continue;
            }
            for (at, _) in lower.match_indices(key) {
                let start = sentence.start + at + key.len();
                let mut end = (start + 90).min(sentence.end);
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                // The name must follow at once, titles allowed: "from Brig. Gen. X".
                let found = names_in(text, Span::new(start, end), true)
                    .into_iter()
                    .next()
                    .filter(|n| {
                        !is_body_name(n)
                            && text[start..n.span.start]
                                .split_whitespace()
                                .all(is_title_word)
                    });
                if let Some(name) = found {
                    return Some(registry.person(&name));
                }
            }
        }
        if let Some(person) = writer_in(registry, mentions, text, sentence, &lower, noun) {
            return Some(person);
        }
    }
    None
}

/// "X said in the statement" / "X wrote in its advisory": the person named before a speech
/// verb that puts words in the document `noun`.
fn writer_in(
    registry: &mut Registry,
    mentions: &Mentions,
    text: &str,
    sentence: Span,
    lower: &str,
    noun: &str,
) -> Option<usize> {
    let words: Vec<(usize, &str)> = lower
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - lower.as_ptr() as usize, w))
        .collect();
    for (i, (at, w)) in words.iter().enumerate() {
        if !is_speech_verb(&bare(w)) || words.get(i + 1).is_none_or(|(_, n)| *n != "in") {
            continue;
        }
        let names_doc = words
            .iter()
            .skip(i + 2)
            .take(3)
            .any(|(_, n)| bare(n) == noun);
        if !names_doc {
            continue;
        }
        let verb_at = sentence.start + at;
        let name = names_in(text, Span::new(sentence.start, verb_at), true)
            .into_iter()
            .rfind(|n| !is_body_name(n))?;
        return if name.words.len() == 1 && !name.titled {
            mentions.single(registry, &name.words[0], name.span.start)
        } else {
            Some(registry.person(&name))
        };
    }
    None
}
