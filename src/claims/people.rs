//! Counts of people: which counted nouns name all people ("people", "persons") and which name
//! a kind of people ("migrants", "police officers"), so that a count of a kind can be held
//! against a count of everyone. A part cannot be more than its whole: "4,300 migrants" handled
//! last year cannot stand beside "3,400 people" processed last year, while "3 officers" beside
//! "14 people" can.

use super::lexicon::{Lexicon, TermId};
use super::terms;
use rustc_hash::FxHashSet as HashSet;

/// Nouns that count everyone, whoever they are.
const EVERYONE: &[&str] = &["people", "persons"];

/// Nouns that count one kind of people: roles, occupations, conditions. Not "members" (member
/// states) nor "casualties" (the killed and the injured together, which may outnumber "people
/// killed").
const KINDS: &[&str] = &[
    "adults",
    "applicants",
    "athletes",
    "attendees",
    "children",
    "citizens",
    "civilians",
    "colleagues",
    "commuters",
    "customers",
    "demonstrators",
    "detainees",
    "doctors",
    "drivers",
    "employees",
    "evacuees",
    "fans",
    "farmers",
    "firefighters",
    "guests",
    "immigrants",
    "inhabitants",
    "inmates",
    "journalists",
    "marchers",
    "men",
    "migrants",
    "miners",
    "nurses",
    "officers",
    "officials",
    "passengers",
    "patients",
    "pensioners",
    "pilgrims",
    "pilots",
    "police",
    "prisoners",
    "protesters",
    "protestors",
    "pupils",
    "refugees",
    "residents",
    "seekers",
    "shoppers",
    "soldiers",
    "spectators",
    "staff",
    "staffers",
    "students",
    "survivors",
    "teachers",
    "tenants",
    "tourists",
    "travellers",
    "travelers",
    "troops",
    "vendors",
    "victims",
    "visitors",
    "volunteers",
    "voters",
    "women",
    "workers",
];

/// The counted nouns of one corpus that count people, as terms.
pub struct PeopleNouns {
    everyone: HashSet<String>,
    kinds: HashSet<String>,
}

impl PeopleNouns {
    pub fn new() -> PeopleNouns {
        let folded = |words: &[&str]| -> HashSet<String> {
            words
                .iter()
                .filter_map(|w| match terms::fold(w, w) {
                    terms::Folded::Word(term) => Some(term),
                    _ => None,
                })
                .collect()
        };
        PeopleNouns {
            everyone: folded(EVERYONE),
            kinds: folded(KINDS),
        }
    }

    /// Whether the counted noun is everyone: "people", not "local people".
    pub fn is_everyone(&self, lexicon: &Lexicon, noun: TermId) -> bool {
        self.everyone.contains(lexicon.term(noun))
    }

    /// Whether the counted noun is a kind of people, by the noun a compound ends on: "licensed
    /// vendors" and "police officers" are.
    pub fn is_kind(&self, lexicon: &Lexicon, noun: TermId) -> bool {
        lexicon
            .term(noun)
            .rsplit(' ')
            .next()
            .is_some_and(|head| self.kinds.contains(head))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_found_by_the_noun_a_compound_ends_on() {
        let mut lexicon = Lexicon::default();
        let people = PeopleNouns::new();
        let term = |lexicon: &mut Lexicon, word: &str| match terms::fold(word, word) {
            terms::Folded::Word(t) => lexicon.intern(&t, false),
            other => panic!("{word} folds to {other:?}"),
        };
        let everyone = term(&mut lexicon, "people");
        let migrants = term(&mut lexicon, "migrants");
        let officers = lexicon.intern("polic officer", false);
        let homes = term(&mut lexicon, "homes");
        let local = lexicon.intern("local peopl", false);
        assert!(people.is_everyone(&lexicon, everyone));
        assert!(!people.is_kind(&lexicon, everyone));
        assert!(people.is_kind(&lexicon, migrants));
        assert!(people.is_kind(&lexicon, officers));
        assert!(!people.is_kind(&lexicon, homes) && !people.is_everyone(&lexicon, homes));
        assert!(!people.is_everyone(&lexicon, local) && !people.is_kind(&lexicon, local));
    }
}
