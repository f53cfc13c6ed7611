//! Who said it: people (titles and name forms unified into one person across the corpus),
//! documents (the letter, with its signer where the text names one) and bodies ("the prime
//! minister's office"). Pronouns resolve to the most recent person or document named; a quote
//! with no attribution in reach keeps no speaker.

use super::attribution::is_speech_verb;
use super::names::{Name, bare, described_as_body, is_body_name, is_head_title, names_in};
use crate::corpus::Article;
use crate::text::{Span, name_key};
use rustc_hash::{FxHashMap as HashMap, FxHashSet};
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
    /// Whether the corpus describes the name as a body ("X, an advocacy group"): never a
    /// person, however else it is used.
    body: bool,
    surname: String,
    given: Vec<String>,
    /// Pronouns the corpus uses of this person: positive for he, negative for she.
    gender_votes: i32,
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
    /// The entry in `persons` of each person speaker.
    entry_of: HashMap<usize, usize>,
    /// Capitalised runs the corpus describes as a body ("X, an advocacy group"), lower-cased,
    /// for marking a person entry of that name made later.
    bodies: FxHashSet<String>,
}

/// A word a person may be called by alone, with its surname key worked out once for every
/// person it is compared with.
pub struct Called {
    pub word: String,
    surname_key: String,
}

impl Called {
    pub fn new(word: String) -> Called {
        Called {
            surname_key: surname_key(&word),
            word,
        }
    }
}

/// A person's gender as far as the text tells: from honorifics and the pronouns used of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

impl Gender {
    /// Whether a pronoun of gender `pronoun` can refer to someone of this gender.
    pub fn fits(self, pronoun: Gender) -> bool {
        self == Gender::Unknown || pronoun == Gender::Unknown || self == pronoun
    }

    pub fn of_pronoun(word: &str) -> Gender {
        match word {
            "he" | "him" | "his" | "himself" => Gender::Male,
            "she" | "her" | "hers" | "herself" => Gender::Female,
            _ => Gender::Unknown,
        }
    }

    pub fn of_title(word: &str) -> Gender {
        match word {
            "mr" | "sir" | "lord" | "king" | "prince" => Gender::Male,
            "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" => Gender::Female,
            _ => Gender::Unknown,
        }
    }
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
        // "Internal Affairs Lidia Varosh": words of an office run into a name; the person is
        // the one the name's last words already name.
        let name = &self.trimmed_to_known(name);
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
                self.entry_of.insert(speaker, self.persons.len());
                self.persons.push(PersonEntry {
                    speaker,
                    surname: surname_key(&name.surname()),
                    given: Vec::new(),
                    forms: Vec::new(),
                    gender_votes: 0,
                    body: false,
                });
                self.persons.len() - 1
            }
        };
        if !self.bodies.is_empty() && self.bodies.contains(&alias.to_lowercase()) {
            self.persons[index].body = true;
        }
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

    /// `name`, or its last words when the whole is unknown and they name someone known.
    fn trimmed_to_known(&self, name: &Name) -> Name {
        if name.words.len() < 3 || self.find_person(name).is_some() {
            return name.clone();
        }
        for skip in 1..name.words.len() - 1 {
            let shorter = Name {
                span: name.span,
                words: name.words[skip..].to_vec(),
                titled: name.titled,
            };
            if self.find_person(&shorter).is_some() {
                return shorter;
            }
        }
        name.clone()
    }

    /// The person a name refers to, if already known.
    pub fn known_person(&self, name: &Name) -> Option<usize> {
        self.find_person(name)
            .filter(|&i| !self.persons[i].body)
            .map(|i| self.persons[i].speaker)
    }

    /// Whether the corpus describes this run of names as a body somewhere.
    pub fn is_body(&self, name: &Name) -> bool {
        self.find_person(name).is_some_and(|i| self.persons[i].body)
            || !self.bodies.is_empty() && self.bodies.contains(&name.display().to_lowercase())
    }

    /// Records that the corpus describes `name` as a body.
    fn mark_body(&mut self, name: &Name) {
        if let Some(i) = self.find_person(name) {
            self.persons[i].body = true;
        }
        self.bodies.insert(name.display().to_lowercase());
    }

    /// Whether the person `speaker` can be called `word` alone: their surname or first given
    /// name.
    pub fn answers_to(&self, speaker: usize, word: &Called) -> bool {
        let Some(&e) = self.entry_of.get(&speaker) else {
            return false;
        };
        let entry = &self.persons[e];
        entry.surname == word.surname_key
            || entry
                .given
                .first()
                .is_some_and(|g| g.chars().count() > 1 && *g == word.word)
    }

    pub fn vote_gender(&mut self, speaker: usize, gender: Gender) {
        if let Some(&e) = self.entry_of.get(&speaker) {
            self.persons[e].gender_votes += match gender {
                Gender::Male => 1,
                Gender::Female => -1,
                Gender::Unknown => 0,
            };
        }
    }

    pub fn gender(&self, speaker: usize) -> Gender {
        match self
            .entry_of
            .get(&speaker)
            .map(|&e| self.persons[e].gender_votes)
        {
            Some(v) if v > 0 => Gender::Male,
            Some(v) if v < 0 => Gender::Female,
            _ => Gender::Unknown,
        }
    }

    pub fn is_person(&self, speaker: usize) -> bool {
        self.entry_of.contains_key(&speaker)
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

/// Registers every person named in the corpus ("General Mark Milley", "Mr Esper", "Ellen
/// Marsh") so later surnames, given names and pronouns can resolve to them, and counts the
/// pronouns and honorifics each is given: a sentence that names one person and then says "she"
/// is taken to speak of her.
pub fn register_names(registry: &mut Registry, article: &Article) {
    let text = &article.text;
    // Every name the article's text holds, in text order, read once for both passes.
    let mut named: Vec<Name> = Vec::new();
    for segment in segments(article) {
        for name in names_in(text, segment, true) {
            if is_body_name(&name) {
                continue;
            }
            if described_as_body(text, segment, &name) {
                registry.mark_body(&name);
                continue;
            }
            if name.titled || reads_as_person(text, segment, &name) {
                let person = registry.person(&name);
                let title = text[segment.start..name.span.start]
                    .split_whitespace()
                    .next_back()
                    .map(bare)
                    .unwrap_or_default();
                registry.vote_gender(person, Gender::of_title(&title));
            }
            named.push(name);
        }
    }
    let mut next = 0;
    for sentence in article.sentences() {
        while named
            .get(next)
            .is_some_and(|n| n.span.start < sentence.start)
        {
            next += 1;
        }
        let people: Vec<(usize, &Name)> = named[next..]
            .iter()
            .take_while(|n| n.span.end <= sentence.end)
            .filter_map(|n| registry.known_person(n).map(|p| (p, n)))
            .collect();
        let [(person, name)] = people.as_slice() else {
            continue;
        };
        let mut pronouns = text[name.span.end..sentence.end]
            .split_whitespace()
            .map(|w| Gender::of_pronoun(&bare(w)))
            .filter(|g| *g != Gender::Unknown);
        let Some(first) = pronouns.next() else {
            continue;
        };
        if pronouns.all(|g| g == first) {
            registry.vote_gender(*person, first);
        }
    }
}

/// Function words that, before a capitalised run, say nothing of whether it is a person.
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "of", "in", "at", "on", "to", "from", "by", "for", "with", "and", "or",
    "but", "near", "into", "over", "under", "across", "outside", "inside", "via", "than",
];

/// Whether an untitled run of capitalised words ("Ellen Marsh", "Market Row") is used as a
/// person's name here: someone speaks ("Ellen Marsh said", "said Tobias Wren"), is described
/// ("Ellen Marsh, a spokesperson", "Ada Pike, 81,") or is introduced by a role ("analyst Tobias
/// Wren"). Places and firms seldom are.
fn reads_as_person(text: &str, segment: Span, name: &Name) -> bool {
    let after = &text[name.span.end..segment.end];
    let next = after
        .split_whitespace()
        .next()
        .map(bare)
        .unwrap_or_default();
    if !after.starts_with([',', '.', ';', ':']) && is_speech_verb(&next) {
        return true;
    }
    if let Some(rest) = after.strip_prefix(", ") {
        let word = rest.split_whitespace().next().unwrap_or_default();
        // "Ada Pike, 81,", "Ellen Marsh, a spokesperson", "Agata Pell, director of ...".
        let described = word.chars().next().is_some_and(|c| c.is_ascii_digit())
            || matches!(
                bare(word).as_str(),
                "a" | "an" | "the" | "who" | "whose" | "its" | "his" | "her"
            )
            || word.chars().next().is_some_and(char::is_lowercase) && is_head_title(word);
        if described {
            return true;
        }
    }
    // "the company's People Operations team": a capitalised run that qualifies the noun after
    // it names a thing.
    let modifies = after.starts_with(' ')
        && next.chars().next().is_some_and(char::is_lowercase)
        && !matches!(
            next.as_str(),
            "who" | "is" | "was" | "has" | "had" | "will" | "would"
        );
    let before = text[segment.start..name.span.start].trim_end();
    if modifies || before.ends_with([',', '.', ';', ':', '"', '“', '(', '\'', '’']) {
        return false;
    }
    let previous = before.split_whitespace().next_back().unwrap_or_default();
    let word = bare(previous);
    // A role noun before the name ("analyst Tobias Wren", "councillor Idris Fenn"); a verb
    // ("represents Saltmere North") or a plural is not one.
    let role_like = !["s", "ed", "ing", "ly"]
        .iter()
        .any(|end| word.ends_with(end));
    is_speech_verb(&word)
        || previous.chars().next().is_some_and(char::is_lowercase)
            && role_like
            && word.chars().count() > 2
            && !FUNCTION_WORDS.contains(&word.as_str())
}
