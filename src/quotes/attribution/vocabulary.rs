//! The words attributions are read by: verbs of saying, nouns for writings, and the small words
//! that start, join or stand inside the phrase around a speaker.

/// Verbs that introduce reported speech or writing.
#[rustfmt::skip]
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "adds", "adding", "wrote", "writes",
    "stated", "states", "explained", "insisted", "conceded", "declared", "noted", "stressed",
    "asked", "replied", "continued", "argued", "claimed", "warned", "read", "reads",
    "specified", "concluded", "tweeted", "described", "asserted", "announced", "acknowledged",
    "admitted", "remarked", "recalled", "suggested", "urged", "posted", "commented",
    "responded", "cautioned", "quipped", "saying",
];

/// Nouns for writings that can be the source of a quote.
#[rustfmt::skip]
const DOCUMENT_NOUNS: &[&str] = &[
    "letter", "memo", "memorandum", "statement", "document", "report", "tweet", "post", "email",
    "note", "communique", "communiqué", "resolution", "notice", "directive", "cable", "message",
    "order", "draft", "press release", "release", "filing", "transcript", "advisory", "text",
    "announcement", "ruling", "judgment", "judgement", "speech", "affidavit",
];

/// Words that join a clause to the one before ("but asserted"): never part of a subject.
pub(super) const CONJUNCTIONS: &[&str] = &[
    "but", "and", "then", "also", "so", "yet", "or", "later", "again",
];

/// Words that end a speaker phrase: what follows says when or where ("said Gen. Qassem
/// Soleimani on Friday", "Milley told reporters at the Pentagon"), not who.
pub(super) const ADVERBIAL_STARTS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "while",
    "when",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "last",
    "from",
    "via",
];

/// Words that can stand between a subject and its verb: "Belcar had said", "she has told".
pub(super) const AUXILIARIES: &[&str] = &[
    "had", "has", "have", "would", "will", "also", "then", "later",
];

pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(&word)
}

pub fn is_document_noun(word: &str) -> bool {
    DOCUMENT_NOUNS.contains(&word)
}
