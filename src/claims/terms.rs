//! The vocabulary claims are compared in: each word token folded to a term (spelling, light
//! stemming, country aliases, name variants), stop words dropped, numbers read as values, and
//! the small word lists that mark negation, hedging, denial and titles.

use crate::text::normalise_word;

/// Function words and reporting verbs: they say how something was reported, not what.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "across",
    "after",
    "again",
    "against",
    "all",
    "almost",
    "along",
    "already",
    "also",
    "although",
    "always",
    "am",
    "among",
    "an",
    "and",
    "another",
    "any",
    "approximately",
    "are",
    "around",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "either",
    "else",
    "etc",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "it's",
    "itself",
    "just",
    "least",
    "less",
    "let",
    "like",
    "many",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "near",
    "nearly",
    "neither",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "often",
    "on",
    "once",
    "only",
    "onto",
    "or",
    "other",
    "others",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "per",
    "perhaps",
    "quite",
    "rather",
    "roughly",
    "said",
    "same",
    "say",
    "says",
    "saying",
    "several",
    "shall",
    "she",
    "should",
    "since",
    "so",
    "some",
    "such",
    "than",
    "that",
    "that's",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "there's",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "to",
    "told",
    "too",
    "toward",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "via",
    "was",
    "we",
    "were",
    "what",
    "what's",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "yours",
    "added",
    "according",
    "mr",
    "mrs",
    "ms",
    "one",
    "also",
    "still",
    "would've",
    "should've",
    "could've",
    "we're",
    "they're",
    "you're",
    "i'm",
    "he's",
    "she's",
    "we've",
    "i've",
    "don't",
    "didn't",
    "doesn't",
    "isn't",
    "wasn't",
    "weren't",
    "aren't",
    "won't",
    "wouldn't",
    "shouldn't",
    "couldn't",
    "can't",
    "cannot",
    "hasn't",
    "haven't",
    "hadn't",
    "never",
    "none",
    "ii",
    "iii",
    "iv",
    "jr",
    "sr",
];

/// Words that turn the next content word into its opposite.
const NEGATORS: &[&str] = &[
    "not", "no", "never", "none", "nor", "neither", "without", "cannot",
];

/// Negators followed by these words are not negating anything ("not only ... but also").
const NOT_NEGATING_AFTER: &[&str] = &["only", "just", "least", "merely", "doubt", "to"];

/// Words and phrases that make a statement second-hand or uncertain.
const HEDGES: &[&[&str]] = &[
    &["reportedly"],
    &["allegedly"],
    &["purportedly"],
    &["supposedly"],
    &["apparently"],
    &["possibly"],
    &["probably"],
    &["presumably"],
    &["unconfirmed"],
    &["rumoured"],
    &["rumored"],
    &["alleged"],
    &["appeared", "to"],
    &["appears", "to"],
    &["appear", "to"],
    &["seemed", "to"],
    &["seems", "to"],
    &["is", "said", "to"],
    &["are", "said", "to"],
    &["was", "said", "to"],
    &["were", "said", "to"],
    &["is", "believed", "to"],
    &["was", "believed", "to"],
    &["are", "believed", "to"],
    &["is", "thought", "to"],
    &["was", "thought", "to"],
    &["may", "have"],
    &["might", "have"],
    &["could", "have"],
    &["it", "is", "unclear"],
    &["not", "immediately", "clear"],
];

const DENIAL: &[&str] = &[
    "deny",
    "denies",
    "denied",
    "denying",
    "denial",
    "rejected",
    "rejects",
    "dismissed",
    "refuted",
];

const CONFIRMATION: &[&str] = &[
    "confirm",
    "confirms",
    "confirmed",
    "confirming",
    "confirmation",
];

/// Titles and ranks: they name a role, and are not part of the person's name.
const TITLES: &[&str] = &[
    "general",
    "gen",
    "brig",
    "brigadier",
    "brigade",
    "maj",
    "major",
    "col",
    "colonel",
    "lt",
    "lieutenant",
    "capt",
    "captain",
    "sgt",
    "sergeant",
    "adm",
    "admiral",
    "commander",
    "secretary",
    "minister",
    "president",
    "prime",
    "chairman",
    "chairwoman",
    "chief",
    "director",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "senator",
    "sen",
    "rep",
    "governor",
    "gov",
    "mayor",
    "king",
    "queen",
    "prince",
    "leader",
    "supreme",
    "ayatollah",
    "premier",
    "judge",
    "officer",
    "official",
    "deputy",
    "dr",
    "prof",
    "pope",
    "chancellor",
    "sheikh",
];

/// Bodies that decide by vote, folded to one actor where news copy uses the words for the same
/// body ("Iraq's parliament", "Iraqi lawmakers", "MPs").
pub fn deciding_body(normal: &str) -> Option<&'static str> {
    // What `trim_end_matches("'s")` gives, without setting up a substring search for every
    // word of the corpus.
    let mut body = normal;
    while let Some(shorter) = body.strip_suffix("'s") {
        body = shorter;
    }
    Some(match body {
        "parliament" | "parliaments" | "lawmakers" | "legislators" | "mps" | "legislature"
        | "congress" => "legislature",
        "senate" | "senators" => "senate",
        "cabinet" => "cabinet",
        "council" => "council",
        "assembly" => "assembly",
        "committee" => "committee",
        "court" => "court",
        "board" => "board",
        "government" => "government",
        "jury" => "jury",
        "shareholders" => "shareholders",
        "voters" => "voters",
        _ => return None,
    })
}

/// Verbs of a body's formal decision: "voted", "passed", "approved", "adopted".
pub fn is_decision_verb(normal: &str) -> bool {
    matches!(
        normal,
        "voted"
            | "votes"
            | "passed"
            | "passes"
            | "approved"
            | "approves"
            | "adopted"
            | "adopts"
            | "endorsed"
            | "endorses"
            | "ratified"
            | "ratifies"
    )
}

/// Folds an already normalised word to its shared form: "american" and "u.s" are "us".
fn alias(word: &str) -> Option<&'static str> {
    Some(match word {
        "u.s" | "u.s." | "america" | "american" | "americans" | "america's" | "u.s.a" | "usa" => {
            "us"
        }
        "u.k" | "uk" | "britain" | "british" => "uk",
        "gen" => "general",
        "brig" | "brigade" => "brigadier",
        "maj" => "major",
        "col" => "colonel",
        "lt" => "lieutenant",
        "defence" => "defense",
        "iraqi" | "iraqis" | "iraq's" => "iraq",
        "iranian" | "iranians" | "iran's" => "iran",
        "memo" => "letter",
        // News copy uses these interchangeably for the same people.
        "forces" | "force" | "soldiers" | "troops" | "troop" => "troop",
        // Headlinese: the short words headlines and tabloids use for the plain ones.
        "axe" | "axes" | "axed" | "axing" | "slash" | "slashes" | "slashed" | "slashing" => "cut",
        "blaze" | "blazes" => "fire",
        "probe" | "probes" | "probed" | "probing" | "investigate" | "investigates"
        | "investigated" | "investigating" => "investigation",
        "quit" | "quits" | "quitting" => "resign",
        "cop" | "cops" => "police",
        "kid" | "kids" | "children" | "tot" | "tots" => "child",
        "mum" | "mums" | "mom" | "moms" => "mother",
        "jail" | "jails" | "jailed" => "prison",
        "nab" | "nabs" | "nabbed" => "arrest",
        "slay" | "slays" | "slain" => "kill",
        "pact" | "pacts" => "agreement",
        _ => return None,
    })
}

pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(&word)
}

pub fn is_negator(word: &str) -> bool {
    NEGATORS.contains(&word) || (word.ends_with("n't") && word != "n't")
}

pub fn is_false_negation(next: &str) -> bool {
    NOT_NEGATING_AFTER.contains(&next)
}

pub fn is_title(word: &str) -> bool {
    TITLES.contains(&word.trim_end_matches('.'))
}

pub fn is_denial(word: &str) -> bool {
    DENIAL.contains(&word)
}

pub fn is_confirmation(word: &str) -> bool {
    CONFIRMATION.contains(&word)
}

/// The hedge starting at `words[i]`, if any, as the words it spans.
pub fn hedge_at(words: &[&str], i: usize) -> Option<usize> {
    HEDGES.iter().find_map(|phrase| {
        (words.len() >= i + phrase.len() && phrase.iter().zip(&words[i..]).all(|(p, w)| p == w))
            .then_some(phrase.len())
    })
}

/// Light suffix stripping, enough for "troops"/"troop", "signed"/"sign", "denies"/"deny",
/// "withdrawal"/"withdraw"; not a full stemmer, because over-stemming merges different claims.
pub fn stem(word: &str) -> String {
    if word.len() <= 3 || !word.chars().all(|c| c.is_alphabetic()) {
        return word.to_string();
    }
    let mut w = word.to_string();
    if let Some(base) = w.strip_suffix("ies").or_else(|| w.strip_suffix("ied")) {
        if base.len() >= 2 {
            w = format!("{base}i");
        }
    } else if w.ends_with("sses") {
        w.truncate(w.len() - 2);
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.pop();
    } else if w.len() > 5 && w.ends_with("ing") {
        w.truncate(w.len() - 3);
        undouble(&mut w);
    } else if w.len() > 4 && w.ends_with("ed") {
        w.truncate(w.len() - 2);
        undouble(&mut w);
    } else if w.len() >= 8 && w.ends_with("al") && !w.ends_with("ial") {
        w.truncate(w.len() - 2);
    }
    if w.ends_with('y') && w.len() > 3 {
        w.pop();
        w.push('i');
    }
    if w.ends_with('e') && w.len() > 3 {
        w.pop();
    }
    w
}

fn undouble(w: &mut String) {
    let b = w.as_bytes();
    let n = b.len();
    if n >= 3 && b[n - 1] == b[n - 2] && !b"lsz".contains(&b[n - 1]) && b[n - 1].is_ascii() {
        w.pop();
    }
}

/// What one word token contributes to comparison.
#[derive(Debug, Clone, PartialEq)]
pub enum Folded {
    /// Dropped from comparison, with its normal form kept for phrase matching.
    Stop,
    Word(String),
    Number(f64),
}

/// Folds one token, from its `surface` as written and its `normal` form; names are folded later,
/// once the whole corpus shows which words are names.
pub fn fold(surface: &str, normal: &str) -> Folded {
    if surface == "US" || surface == "U.S" || surface == "U.S." {
        return Folded::Word("us".into());
    }
    if is_stop_word(normal) || is_negator(normal) {
        return Folded::Stop;
    }
    let normal = normal
        .strip_suffix("'s")
        .or_else(|| normal.strip_suffix('\''))
        .unwrap_or(normal);
    if let Some(value) = number_value(normal) {
        return Folded::Number(value);
    }
    // An alias is stemmed as the word it stands for is: "defence" meets "defense".
    if let Some(a) = alias(normal) {
        return Folded::Word(stem(a));
    }
    let stemmed = stem(normal);
    match alias(&stemmed) {
        Some(a) => Folded::Word(stem(a)),
        None => Folded::Word(stemmed),
    }
}

pub fn normal(surface: &str) -> String {
    normalise_word(surface)
}

/// The value of a numeric token ("5000", "5,000" normalised to "5000", "2.5").
pub fn number_value(normal: &str) -> Option<f64> {
    if normal.is_empty() || !normal.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    normal.parse().ok()
}

/// Multipliers written as words after a number: "5 million".
pub fn multiplier(normal: &str) -> Option<f64> {
    Some(match normal {
        "thousand" => 1e3,
        "million" | "mn" | "m" => 1e6,
        "billion" | "bn" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

/// Numbers spelt out, as news copy does for small counts.
pub fn number_word(normal: &str) -> Option<f64> {
    const WORDS: &[&str] = &[
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    WORDS.iter().position(|w| *w == normal).map(|v| v as f64)
}

/// Words that mark a figure as the newest a report gives: "now", "updated", "latest",
/// "revised".
pub fn marks_revision(normal: &str) -> bool {
    matches!(
        normal,
        "now" | "latest" | "revised" | "update" | "updated" | "updates"
    )
}

/// Whether a counted noun's term is a unit of time ("years", "minutes"): a span of time, not
/// a count of things.
pub fn is_span_of_time(term: &str) -> bool {
    const UNITS: [&str; 8] = [
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
    ];
    UNITS
        .iter()
        .any(|u| stem(u) == term || stem(&u[..u.len() - 1]) == term)
}

/// The months' names, January first.
pub use crate::text::calendar::MONTHS;

pub fn is_month(normal: &str) -> bool {
    const SHORT: &[&str] = &[
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ];
    MONTHS.contains(&normal) || SHORT.contains(&normal)
}

/// Currency symbols that make the number after them an amount of money.
pub fn currency_before(text_before: &str) -> Option<&'static str> {
    let t = text_before.trim_end();
    if t.ends_with('$') {
        Some("dollar")
    } else if t.ends_with('£') {
        Some("pound")
    } else if t.ends_with('€') {
        Some("euro")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> Folded {
        fold(s, &normal(s))
    }

    #[test]
    fn country_aliases_meet() {
        for s in ["US", "U.S", "American", "America"] {
            assert_eq!(f(s), Folded::Word("us".into()), "{s}");
        }
        assert_eq!(f("us"), Folded::Stop, "the pronoun is not the country");
    }

    #[test]
    fn an_alias_meets_the_word_it_stands_for_as_written() {
        assert_eq!(f("defence"), f("defense"));
        assert_eq!(f("Defence"), f("defenses"));
        assert_eq!(f("troops"), f("soldiers"));
    }

    #[test]
    fn headline_words_meet_the_plain_ones() {
        for (headline, plain) in [
            ("axes", "cuts"),
            ("slashed", "cut"),
            ("blaze", "fire"),
            ("probe", "investigation"),
            ("investigated", "investigation"),
            ("quits", "resign"),
            ("cops", "police"),
            ("kids", "children"),
            ("jailed", "prison"),
        ] {
            assert_eq!(f(headline), f(plain), "{headline} / {plain}");
        }
        assert_ne!(f("axes"), f("taxes"));
        assert_ne!(f("probe"), f("prove"));
    }

    #[test]
    fn numbers_fold_to_values() {
        assert_eq!(f("5,000"), Folded::Number(5000.0));
        assert_eq!(f("5000"), Folded::Number(5000.0));
        assert_eq!(f("2.5"), Folded::Number(2.5));
    }

    #[test]
    fn light_stemming_joins_inflections() {
        assert_eq!(stem("troops"), stem("troop"));
        assert_eq!(stem("signed"), stem("sign"));
        assert_eq!(stem("denies"), stem("deny"));
        assert_eq!(stem("denied"), stem("deny"));
        assert_eq!(stem("withdrawal"), stem("withdraw"));
        assert_eq!(stem("forces"), stem("force"));
        assert_eq!(stem("leaving"), stem("leave"));
        assert_ne!(stem("general"), stem("gene"));
    }

    #[test]
    fn negation_and_its_false_alarms() {
        assert!(is_negator("not"));
        assert!(is_negator("didn't"));
        assert!(is_negator("aren't"));
        assert!(!is_negator("note"));
        assert!(is_false_negation("only"));
    }

    #[test]
    fn a_body_is_known_with_its_possessive() {
        assert_eq!(deciding_body("parliament's"), Some("legislature"));
        assert_eq!(deciding_body("council's's"), Some("council"));
        assert_eq!(deciding_body("'s"), None);
        assert_eq!(deciding_body("parliamentarian"), None);
    }

    #[test]
    fn hedges_are_found_as_phrases() {
        let words: Vec<&str> = "he appeared to sign it".split(' ').collect();
        assert_eq!(hedge_at(&words, 1), Some(2));
        assert_eq!(hedge_at(&words, 0), None);
    }
}
