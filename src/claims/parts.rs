//! Counted nouns that name part of what another counts: a compound of the noun it ends on
//! ("street vendors" of "vendors") and a kind of people of everyone ("migrants", "police
//! officers" of "people"). A part cannot be more than its whole: "4,300 migrants" handled last
//! year cannot stand beside "3,400 people" processed last year, while "3 officers" beside "14
//! people" can.

use super::lexicon::{Lexicon, TermId};
use super::terms;
use rustc_hash::FxHashSet as HashSet;
use std::collections::BTreeSet;

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
struct PeopleNouns {
    everyone: HashSet<String>,
    kinds: HashSet<String>,
}

impl PeopleNouns {
    fn new() -> PeopleNouns {
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
    fn is_everyone(&self, lexicon: &Lexicon, noun: TermId) -> bool {
        self.everyone.contains(lexicon.term(noun))
    }

    /// Whether the counted noun is a kind of people, by the noun a compound ends on: "licensed
    /// vendors" and "police officers" are.
    fn is_kind(&self, lexicon: &Lexicon, noun: TermId) -> bool {
        lexicon
            .term(noun)
            .rsplit(' ')
            .next()
            .is_some_and(|head| self.kinds.contains(head))
    }
}

/// A counted noun that names part of what another counts.
pub struct PartOf {
    pub part: TermId,
    pub whole: TermId,
    /// Whether the part is named by another noun than the whole ("migrants" of "people"), not
    /// by the whole's noun with words before it ("street vendors" of "vendors").
    pub other_noun: bool,
}

/// The noun a compound counted noun ends on ("vendor" of "licens vendor"); `None` for one word.
pub fn compound_head(lexicon: &Lexicon, noun: TermId) -> Option<&str> {
    lexicon.term(noun).rsplit_once(' ').map(|(_, head)| head)
}

/// The wholes each counted noun is a part of: the noun a compound ends on ("street vendors"
/// are vendors), and everyone for a kind of people ("migrants" are people).
pub fn parts_and_wholes(lexicon: &Lexicon, nouns: &BTreeSet<TermId>) -> Vec<PartOf> {
    let people = PeopleNouns::new();
    let everyone = nouns
        .iter()
        .copied()
        .find(|&n| people.is_everyone(lexicon, n));
    let mut found = Vec::new();
    for &part in nouns {
        if let Some(whole) = compound_head(lexicon, part)
            .and_then(|h| lexicon.find(h))
            .filter(|w| nouns.contains(w))
        {
            found.push(PartOf {
                part,
                whole,
                other_noun: false,
            });
        }
        if let Some(whole) = everyone.filter(|_| people.is_kind(lexicon, part)) {
            found.push(PartOf {
                part,
                whole,
                other_noun: true,
            });
        }
    }
    found
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
