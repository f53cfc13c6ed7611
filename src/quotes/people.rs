//! The people one article mentions: where each is named (full names, and the surnames, given
//! names and pronouns that refer back to them), the roles the article gives them ("Ellen Marsh,
//! a spokesperson for the company", "chief executive Renata Kessler", "Ms Pike, 81"), and who
//! wrote the documents it quotes. Speakers are resolved against this, so a phrase is read as the
//! article means it: "Farrow" is the Farrow named last, "the spokesperson" is the one it named.

use super::attribution::{is_document_noun, is_speech_verb};
use super::names::{Name, bare, is_title_word, names_in};
use super::roles::{common_role, role_set_before};
use super::speakers::{Called, Gender, Registry, segments};
use super::subjects;
use crate::corpus::Article;
use crate::text::Span;
use rustc_hash::FxHashMap as HashMap;

/// Words that open a role phrase without being part of the role.
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "whose",
];

/// Lower-case words before a name that are not a role: verbs and prepositions ("It was chief
/// executive X", "according to X").
const NOT_ROLES: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "has",
    "had",
    "have",
    "by",
    "to",
    "of",
    "for",
    "with",
    "from",
    "and",
    "or",
    "but",
    "as",
    "that",
    "when",
    "after",
    "before",
    "if",
    "on",
    "in",
    "at",
    "says",
    "according",
];

/// Words that begin an unnamed speaker ("One engineer, who asked not to be named, said"): a
/// pronoun after such a sentence refers to that person, not to the last one named.
const UNNAMED_OPENERS: &[&str] = &["one", "a", "an", "another"];

/// How far back, in bytes, a person whose gender is known is preferred as a pronoun's
/// antecedent over a nearer one whose gender is not: about a paragraph.
const PRONOUN_REACH: usize = 600;

/// Document nouns that name no kind of document: they refer back to one named before.
const GENERIC_DOCUMENTS: &[&str] = &["document", "text"];

/// Whether the text before a noun ends with a determiner, one modifier allowed between: "the
/// memo", "its advisory", "a leaked memo", "the company's written statement", not "until
/// further notice".
fn determined(before: &str) -> bool {
    let determiner = |word: &str| {
        NOUN_DETERMINERS.contains(&bare(word).as_str())
            || word.ends_with("'s")
            || word.ends_with("’s")
    };
    let mut words = before.split_whitespace().rev();
    let Some(last) = words.next() else {
        return false;
    };
    if determiner(last) {
        return true;
    }
    let modifier = last.chars().next().is_some_and(char::is_lowercase)
        && last.chars().all(|c| c.is_alphanumeric() || c == '-')
        && !NOT_ROLES.contains(&last);
    modifier && words.next().is_some_and(determiner)
}

/// Words that make the noun after them a particular thing: "the memo", "this statement".
const NOUN_DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "this", "that", "our", "whose",
];

pub struct Mentions {
    /// (position, speaker) of every person named, in text order.
    people: Vec<(usize, usize)>,
    /// (speaker, role words) the article gives each person, lower-cased.
    roles: Vec<(usize, Vec<String>)>,
    /// Positions of sentences where someone the article does not name speaks.
    unnamed: Vec<usize>,
    /// Positions, as in `people`, of the mentions a speech verb follows ("Maureen Farrow
    /// said"), in order.
    speaking: Vec<usize>,
    /// (position, phrase) of roles standing as a clause's subject ("If the minister ...").
    role_subjects: Vec<(usize, String)>,
    /// (position, noun) of every document noun, in order.
    pub documents: Vec<(usize, String)>,
    /// Who wrote each document noun, once looked for.
    pub signers: HashMap<String, Option<usize>>,
}

impl Mentions {
    /// The mentions of `article`, whose quoted words are `quoted`.
    pub fn new(registry: &Registry, article: &Article, quoted: &[Span]) -> Mentions {
        let text = &article.text;
        let mut m = Mentions {
            people: Vec::new(),
            roles: Vec::new(),
            unnamed: Vec::new(),
            speaking: Vec::new(),
            role_subjects: Vec::new(),
            documents: Vec::new(),
            signers: HashMap::default(),
        };
        for segment in segments(article) {
            let full = names_in(text, segment, true);
            for name in &full {
                if let Some(s) = registry.known_person(name) {
                    m.people.push((name.span.start, s));
                    let role = role_around(text, segment, name.span);
                    if !role.is_empty() {
                        m.roles.push((s, role));
                    }
                }
            }
            let slice = segment.slice(text);
            let mut offset = 0;
            for piece in slice.split_inclusive(char::is_whitespace) {
                let pos = segment.start + offset;
                offset += piece.len();
                let word = bare(piece);
                if word.is_empty() {
                    continue;
                }
                if is_document_noun(&word) && determined(slice[..offset - piece.len()].trim_end()) {
                    m.documents.push((pos, word.clone()));
                }
                let inside_full = full.iter().any(|n| n.span.contains(pos));
                let capital = piece
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
                if capital && !inside_full {
                    let trimmed = piece
                        .trim()
                        .trim_end_matches(|c: char| !c.is_alphanumeric());
                    if let Some(s) = m.single(registry, trimmed, pos) {
                        m.people.push((pos, s));
                    }
                }
            }
            m.people.sort_unstable();
        }
        for sentence in article.sentences() {
            m.speaking
                .extend(subjects::speaking(text, sentence, &m.people, quoted));
            m.role_subjects
                .extend(subjects::role_subjects(text, sentence, quoted));
            let mut words = sentence
                .slice(text)
                .split_whitespace()
                .map(bare)
                .filter(|w| !w.is_empty());
            let opens_unnamed = words
                .next()
                .is_some_and(|w| UNNAMED_OPENERS.contains(&w.as_str()));
            if opens_unnamed
                && words.take(13).any(|w| is_speech_verb(&w))
                && !m.people.iter().any(|(p, _)| sentence.contains(*p))
            {
                m.unnamed.push(sentence.start);
            }
        }
        m
    }

    /// The person a single capitalised word names here: the surname or given name of someone
    /// this article named before `pos` (the latest of them), or else a surname the corpus gives
    /// to one person only.
    pub fn single(&self, registry: &Registry, word: &str, pos: usize) -> Option<usize> {
        self.local(registry, word, pos, Gender::Unknown)
            .or_else(|| {
                registry.known_person(&Name {
                    span: Span::new(pos, pos + word.len()),
                    words: vec![word.to_string()],
                    titled: false,
                })
            })
    }

    /// The person of `gender` this article named before `pos` (the latest) whose surname or
    /// given name is `word`: "Ms Ferraz" after "Delphine Ferraz" and "Joaquim Ferraz" is the
    /// woman.
    pub fn local(
        &self,
        registry: &Registry,
        word: &str,
        pos: usize,
        gender: Gender,
    ) -> Option<usize> {
        let key = bare(word);
        if key.chars().count() < 2 {
            return None;
        }
        let called = Called::new(key);
        self.people
            .iter()
            .rev()
            .filter(|(p, _)| *p < pos)
            .map(|(_, s)| *s)
            .find(|&s| registry.answers_to(s, &called) && registry.gender(s).fits(gender))
    }

    pub fn add(&mut self, pos: usize, speaker: usize) {
        self.people.push((pos, speaker));
        self.people.sort_unstable();
    }

    /// The person a pronoun at `pos` refers to: of the people named before it whose gender, as
    /// far as the corpus tells, fits, the nearest if just named speaking, else one nearby the
    /// corpus gives that gender, else the nearest; the holder of a role standing as a subject
    /// in between, if any; none when an unnamed speaker came between.
    pub fn pronoun(&self, registry: &Registry, pos: usize, gender: Gender) -> Option<usize> {
        let before = || self.people.iter().rev().filter(move |(p, _)| *p < pos);
        let nearest = before().find(|(_, s)| registry.gender(*s).fits(gender));
        // The nearest person who fits and was just named speaking ("Council leader Maureen
        // Farrow said ...") is who "she" goes on about, whatever the corpus knows of her.
        let speaking = nearest
            .filter(|(p, _)| pos - p <= PRONOUN_REACH && self.speaking.binary_search(p).is_ok());
        // Otherwise someone nearby whom the corpus calls "she" is a surer antecedent of "she"
        // than a nearer name it says nothing about ("the People Operations team").
        let known = || {
            before()
                .take_while(|(p, _)| pos - p <= PRONOUN_REACH)
                .find(|(_, s)| gender != Gender::Unknown && registry.gender(*s) == gender)
        };
        let (at, speaker) = speaking.or_else(known).or(nearest)?;
        let interrupted = self.unnamed.iter().any(|&u| u > *at && u < pos);
        if interrupted {
            return None;
        }
        // "If the minister did not approve it (... she said)": a role that stands as a
        // subject after the name is whom the pronoun means; the person the article gives that
        // role, or nobody.
        match self
            .role_subjects
            .iter()
            .rev()
            .find(|(r, _)| *r > *at && *r < pos)
        {
            Some((r, phrase)) => self
                .by_role(phrase, *r)
                .filter(|s| registry.gender(*s).fits(gender)),
            None => Some(*speaker),
        }
    }

    /// The person this article gives the role `phrase` ("the company's chief executive", "the
    /// spokesperson", "the 54-year-old"): when exactly one person has it, or else the one named
    /// last before `pos`.
    pub fn by_role(&self, phrase: &str, pos: usize) -> Option<usize> {
        let wanted = role_words(phrase);
        if wanted.is_empty() {
            return None;
        }
        let mut holders: Vec<usize> = self
            .roles
            .iter()
            .filter(|(_, role)| wanted.iter().all(|w| role.contains(w)))
            .map(|(s, _)| *s)
            .collect();
        holders.sort_unstable();
        holders.dedup();
        match holders.as_slice() {
            [] => None,
            [one] => Some(*one),
            many => self
                .people
                .iter()
                .rev()
                .filter(|(p, s)| *p < pos && many.contains(s))
                .map(|(_, s)| *s)
                .next(),
        }
    }

    /// Whether `speaker` is named in `[start, end)`, and nobody else after them there.
    pub fn names_between(&self, speaker: usize, start: usize, end: usize) -> bool {
        self.people
            .iter()
            .rev()
            .find(|(p, _)| *p >= start && *p < end)
            .is_some_and(|(_, s)| *s == speaker)
    }

    /// The first person named in `[start, end)`.
    pub fn first_between(&self, start: usize, end: usize) -> Option<usize> {
        self.people
            .iter()
            .find(|(p, _)| *p >= start && *p < end)
            .map(|(_, s)| *s)
    }

    /// The document a generic noun ("the text", "the document") stands for: the last specific
    /// one ("the memo") named before `pos`, or the noun itself.
    pub fn specific_document(&self, noun: &str, pos: usize) -> String {
        if !GENERIC_DOCUMENTS.contains(&noun) {
            return noun.to_string();
        }
        self.documents
            .iter()
            .rev()
            .filter(|(p, n)| *p < pos && !GENERIC_DOCUMENTS.contains(&n.as_str()))
            .map(|(_, n)| n.clone())
            .next()
            .unwrap_or_else(|| noun.to_string())
    }

    pub fn document_before(&self, pos: usize) -> Option<&str> {
        self.documents
            .iter()
            .rev()
            .find(|(p, _)| *p < pos)
            .map(|(_, n)| n.as_str())
    }
}

/// The role words of a speaker phrase: determiners, the possessor ("the company's") and the
/// body after "of" ("the chief executive of Penderlane") left out, "54-year-old" read as the
/// age "54", each word in its common form (`common_role`).
pub fn role_words(phrase: &str) -> Vec<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let after_owner = words
        .iter()
        .rposition(|w| w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'"))
        .map_or(0, |i| i + 1);
    let mut out = Vec::new();
    for w in &words[after_owner..] {
        let b = bare(w);
        if b == "of" && !out.is_empty() {
            break;
        }
        match b.strip_suffix("-year-old") {
            Some(age) if !age.is_empty() => out.push(age.to_string()),
            _ if b.is_empty() || DETERMINERS.contains(&b.as_str()) => {}
            _ => out.extend(common_role(&b).iter().map(|r| r.to_string())),
        }
    }
    out
}

/// The role an article gives the person named at `name`: the apposition after it ("Ellen
/// Marsh, a spokesperson for Penderlane,", "Ms Pike, 81,") and the title words right before it
/// ("chief executive Renata Kessler", "Assistant Chief Constable Delia Harcourt"), as
/// lower-cased words.
fn role_around(text: &str, segment: Span, name: Span) -> Vec<String> {
    let mut role = Vec::new();
    let after = &text[name.end..segment.end];
    if let Some(rest) = after.strip_prefix(", ") {
        let end = rest
            .find([',', ';', '.', '(', ')', '—', '–', ':'])
            .unwrap_or(rest.len());
        let words: Vec<String> = rest[..end]
            .split_whitespace()
            .map(bare)
            .filter(|w| !w.is_empty() && !DETERMINERS.contains(&w.as_str()))
            .collect();
        let verbish = words
            .iter()
            .any(|w| is_speech_verb(w) || matches!(w.as_str(), "who" | "which" | "that"));
        if words.len() <= 10 && !verbish {
            role.extend(words);
        }
    }
    let before = &text[segment.start..name.start];
    for word in before.split_whitespace().rev().take(4) {
        let lower = bare(word);
        // A capitalised word qualifies the title after it ("Interior Minister Lidia Varosh").
        let qualifier = !role.is_empty() && !word.ends_with("'s") && !word.ends_with("’s");
        let is_role_word = !word.ends_with([',', '.', ';', ':', '"', '“', '”'])
            && !lower.is_empty()
            && !DETERMINERS.contains(&lower.as_str())
            && !NOT_ROLES.contains(&lower.as_str())
            && !is_speech_verb(&lower)
            && (is_title_word(word)
                || qualifier
                || word.chars().next().is_some_and(char::is_lowercase));
        if !is_role_word {
            break;
        }
        role.push(lower);
    }
    role.extend(role_set_before(before));
    role.iter()
        .flat_map(|w| common_role(w))
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn around(text: &str, name: &str) -> Vec<String> {
        let start = text.find(name).unwrap();
        role_around(
            text,
            Span::new(0, text.len()),
            Span::new(start, start + name.len()),
        )
    }

    #[test]
    fn roles_from_apposition_and_title() {
        assert_eq!(
            around(
                "Ellen Marsh, a spokesperson for the firm, said it.",
                "Ellen Marsh"
            ),
            ["spokesperson", "for", "firm"]
        );
        assert_eq!(
            around("It was chief executive Rena Kohl who wrote.", "Rena Kohl"),
            ["executive", "chief"]
        );
        assert_eq!(
            around(
                "The email came from chief executive Rena Kohl.",
                "Rena Kohl"
            ),
            ["executive", "chief"]
        );
        assert_eq!(around("Ada Pike, 81, said.", "Ada Pike"), ["81"]);
        assert!(around("Ada Pike, who lives nearby, said.", "Ada Pike").is_empty());
    }

    #[test]
    fn documents_are_determined_with_one_modifier_between() {
        assert!(determined("A leaked"));
        assert!(determined("the company's written"));
        assert!(determined("said in a"));
        assert!(!determined("until further"));
        assert!(!determined("sent to"));
    }

    #[test]
    fn role_phrases_drop_determiners_and_owners() {
        assert_eq!(
            role_words("the company's chief executive"),
            ["chief", "executive"]
        );
        assert_eq!(role_words("the 54-year-old"), ["54"]);
        assert_eq!(
            role_words("The chief executive of Brightwell"),
            ["chief", "executive"]
        );
        assert_eq!(role_words("the presiding justice"), ["presiding", "judge"]);
        assert_eq!(role_words("the spokeswoman"), ["spokesperson"]);
        assert_eq!(role_words("The mayor"), ["mayor"]);
    }
}
