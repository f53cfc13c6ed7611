//! The vocabulary claims are compared in: each word token folded to a term (spelling, light
//! stemming, aliases, name variants), stop words dropped, and numbers read as values. The word
//! lists it folds with are `wordlists`, re-exported here.

use super::wordlists::alias;
pub use super::wordlists::{
    deciding_body, hedge_at, is_confirmation, is_decision_verb, is_denial, is_false_negation,
    is_negator, is_stop_word, is_title, opposite_state,
};
use crate::text::normalise_word;

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
