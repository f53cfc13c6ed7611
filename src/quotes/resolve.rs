//! Deciding who said each quote of an article: the attribution phrase read against the people
//! the article mentions. A name is the person it names here; a pronoun the nearest fitting
//! person; a role ("the spokesperson") the person the article gives it; a document's words its
//! author where the article names one, the document kept as the medium. What is not a person
//! or a body is never a speaker: unknown is better than wrong.

use super::attribution::{Attribution, after_quote, before_quote, is_document_noun};
use super::continuation::{reported_before, same_sentence};
use super::documents::{document, with_document};
use super::extract::Extracted;
use super::names::{bare, is_body_name, name_in_phrase};
use super::people::Mentions;
use super::speakers::{Gender, Registry};
use crate::corpus::Article;
use crate::text::Span;
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;

/// How a quote's speaker was found, from surest to least sure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// The attribution names the speaker ("Marsh said", "said Ellen Marsh").
    Named,
    /// The attribution gives a role the article gives one person ("the spokesperson said").
    Role,
    /// A pronoun, resolved to the nearest fitting person named before it.
    Pronoun,
    /// A document ("the memo says"), with its author where the article names one.
    Document,
    /// No attribution of its own: a paragraph that goes on from the previous speaker's.
    Continued,
}

/// Who said one quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    pub speaker: usize,
    /// The document the words were quoted from, as a speaker index, when the speaker is its
    /// author.
    pub medium: Option<usize>,
    pub basis: Basis,
    /// Whether the text leaves no doubt: a name, a role, a document's named author; a pronoun
    /// whose person is named earlier in the same paragraph; a continuation of a paragraph
    /// whose speaker was sure. Attribution drift is only found between sure speakers.
    pub sure: bool,
}

impl Resolved {
    pub(super) fn new(speaker: usize, basis: Basis) -> Resolved {
        Resolved {
            speaker,
            medium: None,
            basis,
            sure: matches!(basis, Basis::Named | Basis::Role | Basis::Document),
        }
    }
}

/// Words a speaker phrase can end with that are not part of it: "NAME has formally",
/// "NAME reportedly", "the billionaire also".
const TRAILING: &[&str] = &[
    "has",
    "had",
    "have",
    "also",
    "then",
    "later",
    "again",
    "further",
    "too",
    "once",
    "still",
    "was",
    "is",
    "be",
    "been",
    "would",
    "will",
    "could",
    "himself",
    "herself",
    "itself",
    "yesterday",
    "today",
    "tonight",
    "now",
];

/// Words a body or role phrase never holds: a phrase with one of them is narration, not a
/// speaker ("the ultimatum to his staff", "In its statement the company").
const NOT_IN_ROLE: &[&str] = &[
    "to",
    "in",
    "at",
    "with",
    "on",
    "by",
    "from",
    "into",
    "about",
    "after",
    "before",
    "as",
    "when",
    "while",
    "if",
    "and",
    "but",
    "or",
    "not",
    "no",
    "asked",
    "addressing",
];

const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "its", "their", "our"];

/// Parts of a writing that news copy quotes as if they spoke ("the fourth point reads", "its
/// final paragraph says"): the words are the document's.
const DOCUMENT_PARTS: &[&str] = &[
    "point",
    "paragraph",
    "section",
    "clause",
    "passage",
    "sentence",
    "line",
    "item",
];
const UNRESOLVED: &[&str] = &[
    "they", "we", "i", "you", "which", "that", "who", "this", "one", "there",
];

/// Attributes each statement of one article, in order.
pub fn attribute(
    registry: &mut Registry,
    article: &Article,
    statements: &[Extracted],
) -> Vec<Option<Resolved>> {
    let quoted: Vec<Span> = statements
        .iter()
        .flat_map(|s| s.parts.iter().copied())
        .collect();
    let mut mentions = Mentions::new(registry, article, &quoted);
    let text = &article.text;
    let mut out: Vec<Option<Resolved>> = Vec::with_capacity(statements.len());
    let mut last_in_paragraph: HashMap<usize, Resolved> = HashMap::default();
    for (i, s) in statements.iter().enumerate() {
        let paragraph = article.paragraph_at(s.opening.start);
        let para_span = paragraph.map_or(Span::new(0, text.len()), |p| article.paragraphs[p].span);
        let end_para = article
            .paragraph_at(s.end.saturating_sub(1))
            .map_or(para_span, |p| article.paragraphs[p].span);
        let next_start = statements
            .get(i + 1)
            .map_or(usize::MAX, |n| n.opening.start)
            .min(end_para.end);
        let prev_end = if i > 0 && statements[i - 1].end > para_span.start {
            statements[i - 1].end
        } else {
            para_span.start
        };
        let before = before_quote(text, prev_end.min(s.opening.start), s.opening.start)
            .or_else(|| introduced(article, s, paragraph));
        let found: Vec<Attribution> = s
            .gaps
            .iter()
            .filter_map(|g| after_quote(text, g.start, g.end))
            .chain(after_quote(text, s.end, next_start.max(s.end)))
            .chain(before)
            .collect();
        let mut speaker = if found.is_empty() {
            continued(article, &mentions, s, paragraph, &last_in_paragraph)
                .or_else(|| same_sentence(article, statements, i, &out))
                .or_else(|| reported_before(registry, &mut mentions, article, s))
        } else {
            found
                .iter()
                .find_map(|a| resolve(registry, &mut mentions, article, a))
        };
        if let Some(r) = speaker.as_mut()
            && r.basis == Basis::Pronoun
            && !r.sure
        {
            // "He described it as ..." after a paragraph whose quote is surely his: the
            // pronoun goes on with the same speaker.
            let before = paragraph.and_then(|p| previous_paragraph(article, p));
            r.sure = before
                .and_then(|b| last_in_paragraph.get(&b))
                .is_some_and(|prev| prev.sure && prev.speaker == r.speaker);
        }
        if let (Some(sp), Some(p)) = (speaker, article.paragraph_at(s.end.saturating_sub(1))) {
            last_in_paragraph.insert(p, sp);
        }
        out.push(speaker);
    }
    out
}

/// A quote that makes up its paragraph after a paragraph ending in a colon ("A spokesperson
/// told us:"): the attribution that colon introduces.
fn introduced(article: &Article, s: &Extracted, paragraph: Option<usize>) -> Option<Attribution> {
    let p = paragraph?;
    let text = &article.text;
    if article.paragraphs[p].span.trim(text).start != s.opening.start {
        return None;
    }
    let previous = previous_paragraph(article, p)?;
    let span = article.paragraphs[previous].span.trim(text);
    span.slice(text)
        .ends_with(':')
        .then(|| before_quote(text, span.start, span.end))
        .flatten()
}

/// The speaker phrase without the adverbs and auxiliaries that can trail it.
fn trim_phrase(text: &str, subject: Span) -> Span {
    let slice = subject.slice(text);
    let mut end = slice.len();
    for word in slice.split_whitespace().rev() {
        let b = bare(word);
        let lower_start = word.chars().next().is_some_and(char::is_lowercase);
        if lower_start && (TRAILING.contains(&b.as_str()) || b.ends_with("ly") && b.len() > 4) {
            end = slice[..end].trim_end().len() - word.len();
            end = slice[..end].trim_end().len();
        } else {
            break;
        }
    }
    Span::new(subject.start, subject.start + end.max(1).min(slice.len()))
}

pub(super) fn resolve(
    registry: &mut Registry,
    mentions: &mut Mentions,
    article: &Article,
    a: &Attribution,
) -> Option<Resolved> {
    let text = &article.text;
    let subject = trim_phrase(text, a.subject);
    let phrase = subject.slice(text);
    let words: Vec<String> = phrase
        .split_whitespace()
        .map(bare)
        .filter(|w| !w.is_empty())
        .collect();
    let head = words.last()?;
    let first = phrase.trim_start().chars().next()?;
    let pronoun = Gender::of_pronoun(head);
    if matches!(head.as_str(), "he" | "she") && pronoun != Gender::Unknown {
        // "he", or "Addressing the people, he": the nearest person it fits.
        let speaker = mentions.pronoun(registry, subject.end, pronoun)?;
        let paragraph = article
            .paragraph_at(subject.start)
            .map_or(Span::new(0, 0), |p| article.paragraphs[p].span);
        let resolved = Resolved {
            sure: mentions.names_between(speaker, paragraph.start, subject.start),
            ..Resolved::new(speaker, Basis::Pronoun)
        };
        return Some(with_document(registry, mentions, article, a, resolved));
    }
    if words.len() == 1 && head == "it" {
        let noun = mentions.document_before(a.subject.start)?.to_string();
        return Some(document(registry, mentions, article, &noun));
    }
    if words.len() == 1 && UNRESOLVED.contains(&head.as_str()) {
        return None;
    }
    let determined = DETERMINERS.contains(&words[0].as_str());
    if DOCUMENT_PARTS.contains(&head.as_str()) && determined && words.len() <= 4 {
        // "the fourth point reads": the document the article quoted last.
        let noun = mentions.document_before(a.subject.start)?.to_string();
        return Some(document(registry, mentions, article, &noun));
    }
    if is_document_noun(head) && (words.len() == 1 || determined) && words.len() <= 4 {
        // "the letter said", and "letter" alone where a relative clause hangs on it ("the
        // letter — which said").
        let noun = mentions.specific_document(head, subject.start);
        return Some(document(registry, mentions, article, &noun));
    }
    let named = name_in_phrase(text, subject);
    if !first.is_uppercase() && !determined && named.is_none() {
        // "and conceded", "officials": not a speaker the text names.
        return None;
    }
    if let Some(name) = named {
        let person = if is_body_name(&name) || registry.is_body(&name) {
            None
        } else if name.words.len() == 1 && !name.titled {
            mentions.single(registry, &name.words[0], name.span.start)
        } else if name.words.len() == 1 {
            // "Ms Ferraz": the Ferraz of that title this article named last, when it did.
            let title = text[..name.span.start]
                .split_whitespace()
                .next_back()
                .map(bare)
                .unwrap_or_default();
            let gender = Gender::of_title(&title);
            mentions
                .local(registry, &name.words[0], name.span.start, gender)
                .or_else(|| Some(registry.person(&name)))
        } else {
            Some(registry.person(&name))
        };
        if let Some(person) = person {
            mentions.add(name.span.start, person);
            return Some(with_document(
                registry,
                mentions,
                article,
                a,
                Resolved::new(person, Basis::Named),
            ));
        }
    }
    if let Some(person) = mentions.by_role(phrase, subject.start) {
        return Some(with_document(
            registry,
            mentions,
            article,
            a,
            Resolved::new(person, Basis::Role),
        ));
    }
    is_body_phrase(phrase, &words).then(|| {
        Resolved::new(
            registry.group(&crate::text::sanitise_line(phrase)),
            Basis::Named,
        )
    })
}

/// Whether a phrase that names no person reads as a body or a role: "the agency", "Kaldoria's
/// interior minister", "Kellbridge Police Service", "the VRHA"; not a lone capitalised word
/// ("Asked", "The") nor narration ("the ultimatum to his staff").
fn is_body_phrase(phrase: &str, words: &[String]) -> bool {
    if words.is_empty()
        || words.len() > 5
        || words.iter().any(|w| NOT_IN_ROLE.contains(&w.as_str()))
    {
        return false;
    }
    let acronym = |w: &str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
    };
    let raw: Vec<&str> = phrase.split_whitespace().collect();
    let determined = DETERMINERS.contains(&words[0].as_str())
        || raw[0].ends_with("'s")
        || raw[0].ends_with("’s");
    let last = raw[raw.len() - 1];
    if words.len() == 1 {
        return acronym(last);
    }
    let all_capitalised = raw
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let named_body = all_capitalised
        && is_body_name(&super::names::Name {
            span: Span::new(0, 0),
            words: vec![last.to_string()],
            titled: false,
        });
    (determined && words.len() >= 2) || named_body || acronym(last)
}

/// The paragraph before `p` that is the report's own, past captions and other noise.
fn previous_paragraph(article: &Article, p: usize) -> Option<usize> {
    (0..p).rev().find(|&q| !article.paragraphs[q].is_noise())
}

/// A quote standing alone in its paragraph, the news convention for "the same speaker goes
/// on": the speaker of the previous paragraph's quote, or the person that paragraph opens with.
fn continued(
    article: &Article,
    mentions: &Mentions,
    s: &Extracted,
    paragraph: Option<usize>,
    last_in_paragraph: &HashMap<usize, Resolved>,
) -> Option<Resolved> {
    let p = paragraph?;
    if article.paragraphs[p].span.trim(&article.text).start != s.opening.start {
        return None;
    }
    let previous = previous_paragraph(article, p)?;
    if let Some(sp) = last_in_paragraph.get(&previous) {
        // As sure as the paragraph it goes on from.
        return Some(Resolved {
            basis: Basis::Continued,
            ..*sp
        });
    }
    let span = article.paragraphs[previous].span.trim(&article.text);
    let opening = span.start
        + span
            .slice(&article.text)
            .char_indices()
            .nth(60)
            .map_or(span.len(), |(i, _)| i);
    mentions
        .first_between(span.start, opening)
        .map(|sp| Resolved::new(sp, Basis::Continued))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(phrase: &str) -> bool {
        let words: Vec<String> = phrase.split_whitespace().map(bare).collect();
        is_body_phrase(phrase, &words)
    }

    #[test]
    fn bodies_and_roles_are_speakers_and_stray_words_are_not() {
        assert!(body("the agency"));
        assert!(body("Kaldoria's interior minister"));
        assert!(body("Kellbridge Police Service"));
        assert!(body("the VRHA"));
        assert!(body("VRHA"));
        assert!(!body("Asked"));
        assert!(!body("The"));
        assert!(!body("the ultimatum to his staff"));
        assert!(!body("In its statement the company"));
        assert!(!body("Health chiefs have"));
    }

    #[test]
    fn trailing_adverbs_leave_the_phrase() {
        let text = "Drevnik has formally";
        assert_eq!(
            trim_phrase(text, Span::new(0, text.len())).slice(text),
            "Drevnik"
        );
        let text = "the 51-year-old billionaire also";
        assert_eq!(
            trim_phrase(text, Span::new(0, text.len())).slice(text),
            "the 51-year-old billionaire"
        );
    }
}
