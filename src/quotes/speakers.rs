//! Who said it: people (titles and name forms unified into one person across the corpus),
//! documents (the letter, with its signer where the text names one) and bodies ("the prime
//! minister's office"). Pronouns resolve to the most recent person or document named; a quote
//! with no attribution in reach keeps no speaker.

use super::attribution::{Attribution, after_quote, before_quote, is_document_noun};
use super::extract::Extracted;
use super::names::{Name, bare, name_in_phrase, names_in};
use crate::corpus::Article;
use crate::text::{Span, name_key};
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;
use std::collections::BTreeSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    Person,
    /// A letter, statement, tweet...: quoted writing rather than speech.
    Document,
    /// An institution or an unnamed description ("the prime minister's office").
    Group,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    pub kind: SpeakerKind,
    /// The canonical name: "Mark Milley", "the letter", "the prime minister's office".
    pub name: String,
    /// Every form the text used ("General Milley", "Gen. Mark Milley", "Milley"...).
    pub aliases: Vec<String>,
    /// For a document: who signed or wrote it, as a speaker index.
    pub signer: Option<usize>,
}

struct PersonEntry {
    speaker: usize,
    given: Vec<String>,
    /// Full forms (given names and surname) seen, with counts, for choosing the canonical name.
    forms: Vec<(String, usize)>,
}

/// The speakers of a corpus, built while attributing quotes.
#[derive(Default)]
pub struct Registry {
    pub speakers: Vec<Speaker>,
    persons: Vec<PersonEntry>,
    /// The people of each surname key.
    by_surname: HashMap<String, Namesakes>,
    others: HashMap<(SpeakerKind, String, Option<usize>), usize>,
}

fn given_compatible(a: &[String], b: &[String]) -> bool {
    match (a.first(), b.first()) {
        (Some(x), Some(y)) => {
            x == y
                || (x.chars().count() == 1 && y.starts_with(x.as_str()))
                || (y.chars().count() == 1 && x.starts_with(y.as_str()))
                || (x.len() >= 4 && y.len() >= 4 && name_key(x) == name_key(y))
        }
        _ => true,
    }
}

/// Surnames meet across transliterations ("Soleimani", "Suleimani"); short ones must match
/// exactly, where a shared consonant skeleton means little.
fn surname_key(surname: &str) -> String {
    if surname.chars().count() >= 5 {
        name_key(surname)
    } else {
        surname.to_string()
    }
}

/// The people who share a surname key, as indices into `persons`, split so that a lookup reads
/// only those it could match: every rule of `given_compatible` keeps the first letter of the
/// given name, so only people with the same initial, or with no given name known, can match.
/// (A corpus can hold thousands of namesakes: a scan of all of them per mention was quadratic.)
#[derive(Default)]
struct Namesakes {
    without_given: BTreeSet<usize>,
    by_initial: HashMap<Option<char>, BTreeSet<usize>>,
}

fn initial(given: &[String]) -> Option<char> {
    given.first().and_then(|g| g.chars().next())
}

impl Registry {
    fn find_person(&self, name: &Name) -> Option<usize> {
        let given = name.given();
        let namesakes = self.by_surname.get(&surname_key(&name.surname()))?;
        if given.is_empty() {
            // A bare surname: only when it can mean one person.
            let mut full = namesakes.by_initial.values().flatten();
            return match (full.next(), full.next()) {
                (Some(&one), None) => Some(one),
                (None, _) => namesakes.without_given.first().copied(),
                _ => None,
            };
        }
        namesakes
            .by_initial
            .get(&initial(&given))
            .into_iter()
            .flatten()
            .copied()
            .find(|&i| given_compatible(&self.persons[i].given, &given))
            .or_else(|| namesakes.without_given.first().copied())
    }

    /// The person a name refers to, created if new.
    pub fn person(&mut self, name: &Name) -> usize {
        let given = name.given();
        let alias = name.display();
        let index = match self.find_person(name) {
            Some(i) => i,
            None => {
                let speaker = self.speakers.len();
                self.speakers.push(Speaker {
                    kind: SpeakerKind::Person,
                    name: alias.clone(),
                    aliases: Vec::new(),
                    signer: None,
                });
                self.by_surname
                    .entry(surname_key(&name.surname()))
                    .or_default()
                    .without_given
                    .insert(self.persons.len());
                self.persons.push(PersonEntry {
                    speaker,
                    given: Vec::new(),
                    forms: Vec::new(),
                });
                self.persons.len() - 1
            }
        };
        let entry = &mut self.persons[index];
        if entry.given.len() < given.len() {
            if entry.given.is_empty() {
                let namesakes = self
                    .by_surname
                    .get_mut(&surname_key(&name.surname()))
                    .expect("every person is filed under its surname");
                namesakes.without_given.remove(&index);
                namesakes
                    .by_initial
                    .entry(initial(&given))
                    .or_default()
                    .insert(index);
            }
            entry.given = given.clone();
        }
        if !given.is_empty() {
            match entry.forms.iter_mut().find(|(f, _)| *f == alias) {
                Some((_, n)) => *n += 1,
                None => entry.forms.push((alias.clone(), 1)),
            }
        }
        let speaker = &mut self.speakers[entry.speaker];
        if !speaker.aliases.contains(&alias) {
            speaker.aliases.push(alias);
        }
        entry.speaker
    }

    /// The person a name refers to, if already known.
    pub fn known_person(&self, name: &Name) -> Option<usize> {
        self.find_person(name).map(|i| self.persons[i].speaker)
    }

    fn other(&mut self, kind: SpeakerKind, name: String, signer: Option<usize>) -> usize {
        let next = self.speakers.len();
        let index = *self
            .others
            .entry((kind, name.clone(), signer))
            .or_insert(next);
        if index == next {
            self.speakers.push(Speaker {
                kind,
                name: name.clone(),
                aliases: vec![name],
                signer,
            });
        }
        index
    }

    pub fn document(&mut self, noun: &str, signer: Option<usize>) -> usize {
        self.other(SpeakerKind::Document, format!("the {noun}"), signer)
    }

    pub fn group(&mut self, phrase: &str) -> usize {
        self.other(SpeakerKind::Group, phrase.to_string(), None)
    }

    /// Picks each person's canonical name: the full form used most often, the longest on a tie.
    pub fn finish(mut self) -> Vec<Speaker> {
        for entry in &self.persons {
            if let Some((form, _)) = entry.forms.iter().max_by_key(|(f, n)| {
                (
                    *n,
                    f.split_whitespace().count(),
                    std::cmp::Reverse(f.clone()),
                )
            }) {
                self.speakers[entry.speaker].name = form.clone();
            }
        }
        self.speakers
    }
}

/// The text of an article that is the report itself: content paragraphs with inline noise cut
/// out.
pub fn segments(article: &Article) -> Vec<Span> {
    let mut out = Vec::new();
    for p in article.content_paragraphs() {
        let mut start = p.span.start;
        for n in article.noise.iter().filter(|n| n.span.overlaps(p.span)) {
            if n.span.start > start {
                out.push(Span::new(start, n.span.start));
            }
            start = start.max(n.span.end.min(p.span.end));
        }
        if start < p.span.end {
            out.push(Span::new(start, p.span.end));
        }
    }
    out
}

/// Registers every titled name in the corpus ("General Mark Milley", "Mr Esper") so later
/// bare surnames and pronouns can resolve to them.
pub fn register_names(registry: &mut Registry, article: &Article) {
    for segment in segments(article) {
        for name in names_in(&article.text, segment, false) {
            registry.person(&name);
        }
    }
}

/// What one article says about who is named where, for resolving pronouns.
struct Mentions {
    /// (position, speaker) of every person named, in order.
    people: Vec<(usize, usize)>,
    /// (position, noun) of every document noun, in order.
    documents: Vec<(usize, String)>,
    signers: HashMap<String, Option<usize>>,
}

impl Mentions {
    fn new(registry: &Registry, article: &Article) -> Mentions {
        let mut people = Vec::new();
        let mut documents = Vec::new();
        for segment in segments(article) {
            let slice = segment.slice(&article.text);
            let mut offset = 0;
            for piece in slice.split_inclusive(char::is_whitespace) {
                let pos = segment.start + offset;
                offset += piece.len();
                let word = bare(piece);
                if word.is_empty() {
                    continue;
                }
                if is_document_noun(&word) {
                    documents.push((pos, word.clone()));
                }
                let capital = piece
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
                if capital {
                    let name = Name {
                        span: Span::new(pos, pos + piece.len()),
                        words: vec![piece.trim().to_string()],
                        titled: false,
                    };
                    if let Some(s) = registry.known_person(&name) {
                        people.push((pos, s));
                    }
                }
            }
        }
        Mentions {
            people,
            documents,
            signers: HashMap::default(),
        }
    }

    fn person_before(&self, pos: usize) -> Option<usize> {
        self.people
            .iter()
            .rev()
            .find(|(p, _)| *p < pos)
            .map(|(_, s)| *s)
    }

    fn document_before(&self, pos: usize) -> Option<&str> {
        self.documents
            .iter()
            .rev()
            .find(|(p, _)| *p < pos)
            .map(|(_, n)| n.as_str())
    }
}

/// The signer of `noun` in this article: "signed by X", "the letter ... from X", "the name of X".
fn find_signer(registry: &mut Registry, article: &Article, noun: &str) -> Option<usize> {
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
        for key in ["signed by ", " from ", "name of "] {
            if key != "signed by " && !mentions_noun {
                continue;
            }
            for (at, _) in lower.match_indices(key) {
                let start = sentence.start + at + key.len();
                let end = (start + 90).min(sentence.end);
                let mut end = end;
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                // The name must follow at once, titles allowed: "from Brig. Gen. X".
                let found = names_in(text, Span::new(start, end), true)
                    .into_iter()
                    .next()
                    .filter(|n| {
                        text[start..n.span.start]
                            .split_whitespace()
                            .all(super::names::is_title_word)
                    });
                if let Some(name) = found {
                    return Some(registry.person(&name));
                }
            }
        }
    }
    None
}

/// Attributes each statement of one article, in order, returning a speaker per statement.
pub fn attribute(
    registry: &mut Registry,
    article: &Article,
    statements: &[Extracted],
) -> Vec<Option<usize>> {
    let mut mentions = Mentions::new(registry, article);
    let text = &article.text;
    let mut out: Vec<Option<usize>> = Vec::with_capacity(statements.len());
    let mut last_in_paragraph: HashMap<usize, usize> = HashMap::default();
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
        let before = before_quote(text, prev_end.min(s.opening.start), s.opening.start);
        let found: Vec<Attribution> = s
            .gaps
            .iter()
            .filter_map(|g| after_quote(text, g.start, g.end))
            .chain(after_quote(text, s.end, next_start.max(s.end)))
            .chain(before)
            .collect();
        let speaker = if found.is_empty() {
            standalone(article, &mentions, s, paragraph, &last_in_paragraph)
        } else {
            found
                .iter()
                .find_map(|a| resolve(registry, &mut mentions, article, a))
        };
        if let (Some(sp), Some(p)) = (speaker, article.paragraph_at(s.end.saturating_sub(1))) {
            last_in_paragraph.insert(p, sp);
        }
        out.push(speaker);
    }
    out
}

const PRONOUNS_PERSON: &[&str] = &["he", "she"];
const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "its", "their", "our"];
const UNRESOLVED: &[&str] = &[
    "they", "we", "i", "you", "which", "that", "who", "this", "one",
];

fn resolve(
    registry: &mut Registry,
    mentions: &mut Mentions,
    article: &Article,
    a: &Attribution,
) -> Option<usize> {
    let text = &article.text;
    let phrase = a.subject.slice(text);
    let words: Vec<String> = phrase
        .split_whitespace()
        .map(bare)
        .filter(|w| !w.is_empty())
        .collect();
    let head = words.last()?;
    let first = phrase.trim_start().chars().next()?;
    if !first.is_uppercase() && !DETERMINERS.contains(&words[0].as_str()) && words.len() > 1
        || words.len() == 1
            && !first.is_uppercase()
            && !PRONOUNS_PERSON.contains(&head.as_str())
            && head != "it"
            && !is_document_noun(head)
    {
        // "and conceded", "officials": not a speaker the text names.
        return None;
    }
    if words.len() == 1 && PRONOUNS_PERSON.contains(&head.as_str()) {
        return mentions.person_before(a.subject.start);
    }
    if words.len() == 1 && head == "it" {
        let noun = mentions.document_before(a.subject.start)?.to_string();
        return Some(document(registry, mentions, article, &noun, None));
    }
    if words.len() == 1 && UNRESOLVED.contains(&head.as_str()) {
        return None;
    }
    if is_document_noun(head) {
        return Some(document(registry, mentions, article, head, None));
    }
    if let Some(name) = name_in_phrase(text, a.subject) {
        let person = if name.words.len() == 1 && !name.titled {
            registry.known_person(&name)
        } else {
            Some(registry.person(&name))
        };
        if let Some(person) = person {
            mentions.people.push((name.span.start, person));
            mentions.people.sort_unstable();
            if let Some(doc) = a.document {
                let noun = doc.slice(text).split_whitespace().map(bare).next_back()?;
                return Some(document(registry, mentions, article, &noun, Some(person)));
            }
            return Some(person);
        }
    }
    (words.len() <= 5).then(|| registry.group(&crate::text::sanitise_line(phrase)))
}

fn document(
    registry: &mut Registry,
    mentions: &mut Mentions,
    article: &Article,
    noun: &str,
    signer: Option<usize>,
) -> usize {
    let signer = signer.or_else(|| {
        if let Some(s) = mentions.signers.get(noun) {
            return *s;
        }
        let s = find_signer(registry, article, noun);
        mentions.signers.insert(noun.to_string(), s);
        s
    });
    registry.document(noun, signer)
}

/// A quote standing alone in its paragraph, the news convention for "the same speaker goes
/// on": the speaker of the previous paragraph's quote, or the person that paragraph opens with.
fn standalone(
    article: &Article,
    mentions: &Mentions,
    s: &Extracted,
    paragraph: Option<usize>,
    last_in_paragraph: &HashMap<usize, usize>,
) -> Option<usize> {
    let p = paragraph?;
    if article.paragraphs[p].span.trim(&article.text).start != s.opening.start {
        return None;
    }
    let previous = (0..p).rev().find(|&q| !article.paragraphs[q].is_noise())?;
    if let Some(sp) = last_in_paragraph.get(&previous) {
        return Some(*sp);
    }
    let span = article.paragraphs[previous].span.trim(&article.text);
    let first_word = span
        .slice(&article.text)
        .split_whitespace()
        .next()
        .map(bare)?;
    if PRONOUNS_PERSON.contains(&first_word.as_str()) {
        return mentions.person_before(span.start + 1);
    }
    let opening = span.start
        + span
            .slice(&article.text)
            .char_indices()
            .nth(60)
            .map_or(span.len(), |(i, _)| i);
    mentions
        .people
        .iter()
        .find(|(pos, _)| *pos >= span.start && *pos < opening)
        .map(|(_, sp)| *sp)
}
