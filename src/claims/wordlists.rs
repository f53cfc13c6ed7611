//! The small word lists claims are read with: stop words and reporting verbs, negators,
//! hedges, denials and confirmations, titles, bodies that decide by vote and their verbs, and
//! the aliases news copy uses for one thing ("American" and "U.S.", "axes" and "cuts").

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
    "not", "no", "never", "none", "nor", "neither", "without", "cannot", "deprived", "devoid",
    "lacking",
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
pub fn alias(word: &str) -> Option<&'static str> {
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
        // People who sell in the street or at a market, by whichever word the outlet uses.
        "seller" | "sellers" | "trader" | "traders" | "vendors" => "vendor",
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

/// The state a word says does not hold, for words that name the opposite of a state: "shut"
/// and "closed" are "open" negated.
pub fn opposite_state(normal: &str) -> Option<&'static str> {
    matches!(normal, "shut" | "closed").then_some("open")
}
