//! Person names in running text: runs of capitalised words, with titles and ranks ("U.S. Army
//! General", "Mr", "Brig. Gen.", "Defense Secretary") told apart from the name they precede.

use crate::text::Span;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Words that qualify a title ("U.S. Army", "Defense", "Prime") or stand in an office's name,
/// lower-cased and without dots. A name is what follows the last title word.
#[rustfmt::skip]
const QUALIFIERS: &[&str] = &[
    "brigade", "vice", "prime", "chair", "deputy", "chief", "supreme", "justice", "army",
    "navy", "marine", "marines", "corps", "air", "force", "us", "uk", "united", "states",
    "defense", "defence", "state", "pentagon", "iraqi", "iranian", "american", "british",
    "caretaker", "outgoing", "top", "senior", "staff", "speaker", "attorney", "of", "the",
    "joint", "chiefs",
];

/// Capitalised words that are never part of a person's name.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these",
    "those", "in", "on", "at", "but", "and", "or", "if", "when", "after", "before", "as", "for",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "there", "his", "her", "its", "their", "our", "my", "sir", "letter",
    "still", "meanwhile", "however", "overnight", "earlier", "later", "some", "several", "all",
    "government", "parliament", "command", "embassy", "department", "forces", "force",
    "ministry", "council", "office", "house", "republic", "coalition", "national", "security",
    "agency", "airport", "news", "press", "party", "university", "group", "company", "no",
    "yes", "not", "one", "nobody", "nothing", "none", "every", "each", "any", "what", "why",
    "how", "who", "where", "asked", "speaking", "addressing",
];

/// Last words that make a capitalised run an institution, a place or a title of a work rather
/// than a person: "Kellbridge Police Service", "Border Reception Program", "Harland Mill".
#[rustfmt::skip]
const BODY_WORDS: &[&str] = &[
    "service", "services", "union", "council", "agency", "ministry", "police", "court", "courts",
    "company", "office", "department", "group", "partners", "authority", "commission", "board",
    "committee", "association", "bank", "university", "college", "hospital", "school", "party",
    "institute", "foundation", "trust", "corporation", "inc", "ltd", "plc", "llc", "news",
    "post", "times", "review", "herald", "gazette", "press", "radio", "tv", "wire", "journal",
    "works", "mill", "square", "street", "road", "avenue", "lane", "bridge", "park", "centre",
    "center", "station", "airport", "river", "county", "borough", "city", "town", "village",
    "state", "states", "republic", "kingdom", "program", "programme", "act", "bill", "law",
    "plan", "fund", "festival", "market", "quay", "hall", "house", "church", "team", "club",
    "league", "network", "media", "daily", "weekly", "live", "online", "brief", "ledger",
    "courier", "tribune", "chronicle", "standard", "observer", "express", "mail", "mirror",
    "sun", "star", "voice", "voices", "watch", "notes", "world", "federation", "coalition",
    "alliance", "movement", "front", "army", "navy", "forces", "brigade", "division",
    "directorate", "directorates", "treatment", "water", "health", "region", "district",
    "north", "south", "east", "west", "central", "operations", "estate", "valley",
];

/// Whether a capitalised run names an institution or a place, not a person.
pub fn is_body_name(name: &Name) -> bool {
    name.words.last().is_some_and(|w| is_body_word(w))
}

/// Whether a phrase ending in `word` names an institution or a place: "the union", "Kellbridge
/// Police Service".
pub fn is_body_word(word: &str) -> bool {
    BODY_SET.contains(&*bare(word))
}

/// Nouns an apposition uses for an organisation: "Refugee Rights Kaldoria, an advocacy group,".
#[rustfmt::skip]
const ORGANISATION_NOUNS: &[&str] = &[
    "group", "organisation", "organization", "charity", "company", "firm", "union",
    "association", "agency", "campaign", "network", "coalition", "body", "nonprofit",
    "non-profit", "business", "party", "trust", "foundation", "institute", "alliance",
    "newspaper", "broadcaster", "website", "bank", "retailer", "manufacturer", "operator",
    "supplier", "chain", "startup", "movement", "platform", "regulator", "watchdog",
];

/// Whether the text describes a capitalised run as a body: an office held "of" it ("director
/// of Refugee Rights Kaldoria") or an apposition that calls it an organisation ("..., an
/// advocacy group,"). People are not directed, nor called groups.
pub fn described_as_body(text: &str, segment: Span, name: &Name) -> bool {
    let mut before = text[segment.start..name.span.start]
        .split_whitespace()
        .rev();
    let office_of = before.next().is_some_and(|w| w == "of")
        && before
            .next()
            .is_some_and(|w| !w.ends_with([',', '.', ';', ':']) && is_head_title(w));
    if office_of {
        return true;
    }
    let Some(rest) = text[name.span.end..segment.end].strip_prefix(", ") else {
        return false;
    };
    let apposition = rest
        .split([',', '.', ';', '(', ')', '—', '–'])
        .next()
        .unwrap_or_default();
    let words: Vec<String> = apposition.split_whitespace().map(bare).collect();
    // The organisation must be what the apposition is, not what it works for ("Ada Moss, a
    // lawyer for the union,").
    let of_something = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "for" | "of" | "at" | "in" | "with" | "from" | "to" | "by" | "on"
        )
    });
    !of_something
        && words.len() <= 5
        && words
            .first()
            .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "the"))
        && words
            .last()
            .is_some_and(|w| ORGANISATION_NOUNS.contains(&w.as_str()))
}

/// The word lists as sets: every capitalised word of the corpus is looked up in them, several
/// times, and a scan of a list of a hundred words per lookup showed in profiles.
type WordSet = LazyLock<FxHashSet<&'static str>>;
static HEAD_SET: WordSet = LazyLock::new(|| HEAD_TITLES.iter().copied().collect());
static QUALIFIER_SET: WordSet = LazyLock::new(|| QUALIFIERS.iter().copied().collect());
static NOT_NAME_SET: WordSet = LazyLock::new(|| NOT_NAMES.iter().copied().collect());
static BODY_SET: WordSet = LazyLock::new(|| BODY_WORDS.iter().copied().collect());

const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Titles that stand directly before a person's name; the other title words only qualify them
/// ("U.S. Army", "Defense") and before a name-like word make an institution ("Task Force Iraq").
#[rustfmt::skip]
const HEAD_TITLES: &[&str] = &[
    "gen", "general", "brig", "brigadier", "lt", "lieutenant", "col", "colonel", "maj", "major",
    "capt", "captain", "adm", "admiral", "sgt", "sergeant", "cmdr", "commander", "mr", "mrs",
    "ms", "miss", "dr", "prof", "professor", "president", "secretary", "minister", "premier",
    "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "ambassador",
    "senator", "sen", "rep", "representative", "gov", "governor", "sir", "lord", "lady", "dame",
    "director", "leader", "ayatollah", "sheikh", "king", "queen", "prince", "pope", "judge",
    "mayor", "officer", "official", "reverend", "rev", "envoy", "commissioner", "chancellor",
    "ceo", "cfo", "coo", "chief", "executive", "analyst", "spokesman", "economist", "lawyer",
    "attorney", "constable", "superintendent", "inspector", "detective", "councillor",
    "councilor", "sheriff", "justice", "magistrate", "editor", "correspondent", "founder",
    "cofounder", "co-founder", "chair", "president", "vice-president", "head", "manager",
    "secretary-general", "sen", "mp", "mep",
];

pub fn is_head_title(word: &str) -> bool {
    HEAD_SET.contains(&*bare(word))
}

pub fn is_title_word(word: &str) -> bool {
    let word = bare(word);
    HEAD_SET.contains(word.as_str()) || QUALIFIER_SET.contains(word.as_str())
}

/// Lower-cased, dots and surrounding punctuation removed: "Gen." -> "gen", "U.S." -> "us".
pub fn bare(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .filter(|c| *c != '.')
        .flat_map(char::to_lowercase)
        .collect()
}

fn capitalised(word: &str) -> bool {
    word.trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// A person's name as written: the given names and surname, without titles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub span: Span,
    /// The words of the name as written ("William", "H.", "Seely", "III").
    pub words: Vec<String>,
    /// Whether a title or rank stood before it ("General Milley", "Mr Esper").
    pub titled: bool,
}

impl Name {
    /// The surname, folded: the last word that is not a suffix such as "III".
    pub fn surname(&self) -> String {
        self.words
            .iter()
            .rev()
            .map(|w| bare(w))
            .find(|w| !SUFFIXES.contains(&w.as_str()))
            .unwrap_or_default()
    }

    /// The given names, folded, initials included ("william", "h").
    pub fn given(&self) -> Vec<String> {
        let surname = self.surname();
        let mut out: Vec<String> = self.words.iter().map(|w| bare(w)).collect();
        while out
            .last()
            .is_some_and(|w| SUFFIXES.contains(&w.as_str()) || *w == surname)
        {
            out.pop();
        }
        out
    }

    pub fn display(&self) -> String {
        self.words.join(" ")
    }
}

/// A capitalised word of the text with its span, as cut by white space and punctuation.
#[derive(Debug, Clone)]
struct Word<'a> {
    span: Span,
    text: &'a str,
    /// Punctuation after the word that ends a run of name words (comma, full stop of a
    /// non-initial, dash, bracket).
    breaks_after: bool,
}

fn words_of(text: &str, span: Span) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let slice = span.slice(text);
    let mut offset = 0;
    for piece in slice.split_inclusive(char::is_whitespace) {
        let start = span.start + offset;
        offset += piece.len();
        let raw = piece.trim_end();
        let core = raw.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
        let core = core.trim_start_matches(|c: char| !c.is_alphanumeric());
        if core.is_empty() {
            out.push(Word {
                span: Span::new(start, start),
                text: "",
                breaks_after: true,
            });
            continue;
        }
        let lead = raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let core_start = start + lead;
        let trailing = &raw[lead + core.len()..];
        let stem = core.trim_end_matches('.');
        let initial_or_abbrev = core.ends_with('.')
            && (stem.chars().count() <= 2 || stem.contains('.') || is_title_word(stem));
        let breaks_after = !trailing.is_empty() || (core.ends_with('.') && !initial_or_abbrev);
        let kept = if initial_or_abbrev {
            core.len()
        } else {
            stem.len()
        };
        let text_span = Span::new(core_start, core_start + kept);
        out.push(Word {
            span: text_span,
            text: text_span.slice(text),
            breaks_after,
        });
    }
    out
}

/// Every run of capitalised words in `span` that reads as a person's name: titled runs
/// ("General Mark Milley", "spokeswoman Alyssa Farah") and, when `untitled` is set, runs of two
/// to four name words without a title.
pub fn names_in(text: &str, span: Span, untitled: bool) -> Vec<Name> {
    let words = words_of(text, span);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if words[i].text.is_empty() || !capitalised(words[i].text) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < words.len() && !words[j].text.is_empty() && capitalised(words[j].text) {
            j += 1;
            if words[j - 1].breaks_after {
                break;
            }
        }
        let run = &words[i..j];
        let title_before = i > 0
            && !words[i - 1].breaks_after
            && !words[i - 1].text.is_empty()
            && is_head_title(words[i - 1].text);
        if let Some(name) = name_of(run, title_before, untitled) {
            out.push(name);
        }
        i = j.max(i + 1);
    }
    out
}

fn name_of(run: &[Word], title_before: bool, untitled: bool) -> Option<Name> {
    let last_title = run.iter().rposition(|w| is_title_word(w.text));
    if last_title.is_some_and(|t| !is_head_title(run[t].text)) {
        return None;
    }
    let titled = title_before || last_title.is_some();
    let name = &run[last_title.map_or(0, |t| t + 1)..];
    let core = name
        .iter()
        .filter(|w| !SUFFIXES.contains(&bare(w.text).as_str()))
        .count();
    if core == 0 || core > 4 || name.iter().any(|w| NOT_NAME_SET.contains(&*bare(w.text))) {
        return None;
    }
    if !titled && (!untitled || core < 2) {
        return None;
    }
    if name.iter().any(|w| {
        w.text.chars().filter(|c| c.is_alphabetic()).count() == 0
            || w.text.ends_with("'s")
            || w.text.ends_with("’s")
    }) {
        return None;
    }
    Some(Name {
        span: Span::new(name[0].span.start, name[name.len() - 1].span.end),
        words: name.iter().map(|w| w.text.to_string()).collect(),
        titled,
    })
}

/// The name a speaker phrase gives, if it is a person's: the phrase's last name-like run,
/// titled or not ("Pentagon spokeswoman Alyssa Farah" -> "Alyssa Farah", "Milley").
pub fn name_in_phrase(text: &str, phrase: Span) -> Option<Name> {
    let words = words_of(text, phrase);
    let start = words
        .iter()
        .rposition(|w| w.text.is_empty() || !capitalised(w.text))
        .map_or(0, |i| i + 1);
    let run = &words[start..];
    if run.is_empty() {
        return None;
    }
    let title_before = start > 0 && is_head_title(words[start - 1].text);
    let last_title = run.iter().rposition(|w| is_title_word(w.text));
    let name = &run[last_title.map_or(0, |t| t + 1)..];
    let single_ok = name.len() == 1;
    name_of(run, title_before, true).or_else(|| {
        (single_ok && !NOT_NAME_SET.contains(&*bare(name[0].text))).then(|| Name {
            span: name[0].span,
            words: vec![name[0].text.to_string()],
            titled: title_before || last_title.is_some(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        names_in(text, Span::new(0, text.len()), false)
            .iter()
            .map(Name::display)
            .collect()
    }

    fn phrase(text: &str) -> Option<String> {
        name_in_phrase(text, Span::new(0, text.len())).map(|n| n.display())
    }

    #[test]
    fn titles_are_stripped() {
        assert_eq!(
            names(
                "U.S. Army General Mark Milley, chairman, and Mr Esper met Brig. Gen. William H. Seely III."
            ),
            ["Mark Milley", "Esper", "William H. Seely III"]
        );
        assert_eq!(
            names("Chairman of the Joint Chiefs of Staff General Mark Milley insisted"),
            ["Mark Milley"]
        );
        assert_eq!(
            names("Pentagon spokeswoman Alyssa Farah added"),
            ["Alyssa Farah"]
        );
        assert_eq!(names("Defense Secretary Mark Esper said"), ["Mark Esper"]);
    }

    #[test]
    fn places_and_offices_are_not_people() {
        assert_eq!(
            names("The Prime Minister met the Islamic State in Baghdad."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn speaker_phrases() {
        assert_eq!(phrase("Milley").as_deref(), Some("Milley"));
        assert_eq!(phrase("Gen Mark Milley").as_deref(), Some("Mark Milley"));
        assert_eq!(phrase("General Milley").as_deref(), Some("Milley"));
        assert_eq!(phrase("he"), None);
        assert_eq!(phrase("the letter"), None);
    }

    #[test]
    fn name_parts() {
        let n = &names_in("Brig Gen William H. Seely III", Span::new(0, 29), false)[0];
        assert_eq!(n.surname(), "seely");
        assert_eq!(n.given(), ["william", "h"]);
    }
}
