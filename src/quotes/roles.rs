//! Role phrases as news copy writes them ("the group's director, Agata Pellin", "Justice
//! Halvorsen", "the CEO"), read into the words roles are compared in, so that "the judge" finds
//! the person an article titles "Justice".

use super::attribution::is_speech_verb;
use super::names::bare;
use super::people::{DETERMINERS, role_words};

/// A role word in the form roles are compared in: the titles news copy uses for one office
/// read as one ("Justice Halvorsen" is "the judge", "spokeswoman" is "the spokesperson",
/// "CEO" is "the chief executive").
pub fn common_role(word: &str) -> Vec<&str> {
    match word {
        "justice" | "magistrate" => vec!["judge"],
        "spokesman" | "spokeswoman" => vec!["spokesperson"],
        "chairman" | "chairwoman" | "chairperson" => vec!["chair"],
        "ceo" => vec!["chief", "executive"],
        other => vec![other],
    }
}

/// The role phrase set off before a name by a comma ("the group's director, Agata Pellin",
/// "On Monday the ministry's spokesman, Tomas Belcar"), from its determiner on: lower-case
/// words only, so a clause that names something else is not read as a role.
pub fn role_set_before(before: &str) -> Vec<String> {
    let Some(clause) = before.trim_end().strip_suffix(',') else {
        return Vec::new();
    };
    let clause = clause
        .rsplit([',', '.', ';', ':', '(', '—', '–', '"', '“', '”'])
        .next()
        .unwrap_or_default();
    let words: Vec<&str> = clause.split_whitespace().collect();
    let Some(start) = words
        .iter()
        .rposition(|w| DETERMINERS.contains(&bare(w).as_str()))
    else {
        return Vec::new();
    };
    let phrase = &words[start..];
    let lower = phrase.iter().skip(1).all(|w| {
        w.chars().next().is_some_and(char::is_lowercase) || w.ends_with("'s") || w.ends_with("’s")
    });
    if phrase.len() > 5 || !lower || phrase.iter().any(|w| is_speech_verb(&bare(w))) {
        return Vec::new();
    }
    role_words(&phrase.join(" "))
}
