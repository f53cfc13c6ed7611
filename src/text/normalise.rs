//! The normal form of a word: what is left once cosmetic differences (case, curly or straight
//! apostrophes, hyphenation, thousands separators, British or American spelling) are folded away.
//! Two words with the same normal form differ only cosmetically.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// British spellings and their American forms, for words news copy actually uses. Suffix rules
/// below cover the regular families; this table holds the rest.
const SPELLINGS: &[(&str, &str)] = &[
    ("defence", "defense"),
    ("offence", "offense"),
    ("licence", "license"),
    ("pretence", "pretense"),
    ("centre", "center"),
    ("centres", "centers"),
    ("theatre", "theater"),
    ("metre", "meter"),
    ("metres", "meters"),
    ("kilometre", "kilometer"),
    ("kilometres", "kilometers"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("catalogue", "catalog"),
    ("dialogue", "dialog"),
    ("grey", "gray"),
    ("cheque", "check"),
    ("tyre", "tire"),
    ("aluminium", "aluminum"),
    ("manoeuvre", "maneuver"),
    ("manoeuvres", "maneuvers"),
    ("judgement", "judgment"),
    ("ageing", "aging"),
    ("sceptical", "skeptical"),
    ("travelled", "traveled"),
    ("travelling", "traveling"),
    ("cancelled", "canceled"),
    ("cancelling", "canceling"),
    ("labelled", "labeled"),
    ("modelled", "modeled"),
    ("fuelled", "fueled"),
    ("signalled", "signaled"),
    ("counselling", "counseling"),
    ("enrol", "enroll"),
    ("fulfil", "fulfill"),
    ("towards", "toward"),
    ("whilst", "while"),
    ("amongst", "among"),
];

/// Words ending in -our whose American form ends in -or.
const OUR_STEMS: &[&str] = &[
    "colour",
    "honour",
    "favour",
    "labour",
    "behaviour",
    "neighbour",
    "rumour",
    "harbour",
    "humour",
    "armour",
    "vigour",
    "endeavour",
    "saviour",
    "valour",
    "parlour",
    "odour",
];

/// Stems whose British -ise family (-ise, -ised, -ises, -ising, -isation) is -ize in American use.
const ISE_STEMS: &[&str] = &[
    "organ",
    "recogn",
    "real",
    "apolog",
    "author",
    "critic",
    "emphas",
    "mobil",
    "normal",
    "prior",
    "stabil",
    "character",
    "jeopard",
    "legal",
    "capital",
    "modern",
    "minim",
    "maxim",
    "final",
    "util",
    "special",
    "summar",
    "symbol",
    "neutral",
    "central",
    "memor",
    "harmon",
    "categor",
    "sympath",
    "militar",
    "polar",
    "radical",
    "destabil",
    "demilitar",
    "stigmat",
];

/// Endings of the -our family kept after "or" ("colours" -> "colors"), the bare stem first.
const OUR_ENDINGS: &[&str] = &["", "s", "ed", "ing", "able", "ably", "ite", "ites"];

/// British -ise endings and their American forms.
const ISE_ENDINGS: &[(&str, &str)] = &[
    ("ise", "ize"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ising", "izing"),
    ("isation", "ization"),
    ("isations", "izations"),
    ("iser", "izer"),
    ("isers", "izers"),
];

// A word splits into a listed stem and ending in at most one way, so endings are tried first
// (a cheap suffix test) and the stem looked up only when one fits.
fn fold_our(word: &str) -> Option<String> {
    // Every stem ends in "our", so one scan turns most words away before eight suffix tests.
    if !holds(word, b"our") {
        return None;
    }
    OUR_ENDINGS.iter().find_map(|ending| {
        let stem = word.strip_suffix(ending)?;
        OUR_STEMS
            .contains(&stem)
            .then(|| format!("{}or{ending}", &stem[..stem.len() - 3]))
    })
}

fn fold_ise(word: &str) -> Option<String> {
    // Every British ending starts with "is".
    if !holds(word, b"is") {
        return None;
    }
    ISE_ENDINGS.iter().find_map(|(british, american)| {
        let stem = word.strip_suffix(british)?;
        ISE_STEMS
            .contains(&stem)
            .then(|| format!("{stem}{american}"))
    })
}

static AMERICAN: LazyLock<FxHashMap<&'static str, &'static str>> =
    LazyLock::new(|| SPELLINGS.iter().copied().collect());

/// Whether `word` has `part` in it: a plain scan, since a word is a few bytes long and a
/// substring searcher costs more to set up than this costs to run.
fn holds(word: &str, part: &[u8]) -> bool {
    word.as_bytes().windows(part.len()).any(|w| w == part)
}

/// The normal form of one token's surface text.
pub fn normalise_word(surface: &str) -> String {
    let mut word = String::with_capacity(surface.len());
    let numeric = surface
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    for c in surface.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' => word.push('\''),
            '-' | '\u{2010}' | '\u{2011}' => {}
            ',' if numeric => {}
            // Initialisms: "U.S" (the tokeniser leaves the final stop outside) is "us".
            '.' if !numeric => {}
            c if c.is_ascii() => word.push(c.to_ascii_lowercase()),
            c => word.extend(c.to_lowercase()),
        }
    }
    if numeric && word.ends_with('.') {
        word.pop();
    }
    if let Some(american) = AMERICAN.get(word.as_str()) {
        return (*american).to_string();
    }
    fold_our(&word).or_else(|| fold_ise(&word)).unwrap_or(word)
}

/// A spelling-tolerant key for a name: the first letter and the consonants after it, doubled
/// letters once, so "Soleimani"/"Suleimani" and "Qassem"/"Qasem" meet.
pub fn name_key(word: &str) -> String {
    let mut chars = word.chars();
    let mut key = String::new();
    if let Some(first) = chars.next() {
        key.push(first);
    }
    for c in chars {
        if c.is_alphabetic() && !"aeiouy".contains(c) && !key.ends_with(c) {
            key.push(c);
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::name_key;
    use super::normalise_word as n;

    #[test]
    fn name_variants_share_a_key() {
        assert_eq!(name_key("soleimani"), name_key("suleimani"));
        assert_eq!(name_key("qassem"), name_key("qasem"));
        assert_ne!(name_key("soleimani"), name_key("seely"));
    }

    #[test]
    fn case_apostrophes_and_hyphens_fold() {
        assert_eq!(n("Iraq’s"), n("iraq's"));
        assert_eq!(n("co-ordinated"), n("coordinated"));
        assert_eq!(n("CJTF-OIR"), "cjtfoir");
        assert_eq!(n("U.S"), n("US"));
    }

    #[test]
    fn british_spellings_fold_to_american() {
        assert_eq!(n("Defence"), "defense");
        assert_eq!(n("honoured"), "honored");
        assert_eq!(n("recognised"), "recognized");
        assert_eq!(n("organisation"), "organization");
        assert_eq!(n("centre"), "center");
        assert_eq!(n("Colour"), "color");
        assert_eq!(n("favourites"), "favorites");
        assert_eq!(n("Prioritisation"), "prioritisation");
        assert_eq!(n("stabilisers"), "stabilizers");
        assert_eq!(n("destabilising"), "destabilizing");
    }

    #[test]
    fn thousands_separators_fold() {
        assert_eq!(n("5,000"), n("5000"));
        assert_ne!(n("5,000"), n("500"));
    }

    #[test]
    fn ordinary_words_are_left_alone() {
        assert_eq!(n("our"), "our");
        assert_eq!(n("rise"), "rise");
        assert_eq!(n("premise"), "premise");
        assert_eq!(n("tour"), "tour");
        assert_eq!(n("colourful"), "colourful");
        assert_eq!(n("Élysée"), "élysée");
    }
}
