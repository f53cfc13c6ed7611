//! What statements say of a figure (the words around it, its dates, the values it allows, what
//! it counts), and when two such are figures of one quantity that cannot both hold.

use super::dating::Year;
use super::lexicon::TermId;
use super::parts::PartOf;
use super::quantities::Figure;
use super::units::Unit;
use std::collections::{BTreeMap, BTreeSet};

/// How many times another figure may be, at most, and still be a rival count of the same thing.
const APART_AT_MOST: f64 = 10.0;
/// Words two spans of time must share around them, or two times of day or votes in their
/// sentences, to measure one thing.
const LOOSE_UNIT_SHARED: usize = 2;

/// One figure as written: the unit that states it and the quantity's index there.
pub(super) type Mention = (usize, usize);

/// Per value (as bits), the statements that give it.
pub(super) type ByValue = BTreeMap<u64, Vec<Mention>>;

/// What some statements say of a figure: the words around it, the months they date it to,
/// and the values they allow.
pub(super) struct Said {
    pub(super) terms: BTreeSet<TermId>,
    /// The terms of the figures' sentences, for figures read from words.
    pub(super) setting: BTreeSet<TermId>,
    pub(super) dates: BTreeSet<(Option<Year>, Option<u8>)>,
    pub(super) range: (f64, f64),
    /// What the figures measure.
    pub(super) kind: Figure,
    /// Every statement gives the figure inside quotation marks: as someone else's.
    pub(super) quoted: bool,
    /// The nouns the figures count.
    pub(super) nouns: BTreeSet<TermId>,
}

impl Said {
    pub(super) fn of(units: &[Unit], value: u64, mentions: &[Mention]) -> Said {
        let mut said = Said {
            terms: BTreeSet::new(),
            setting: BTreeSet::new(),
            dates: BTreeSet::new(),
            range: (f64::INFINITY, f64::NEG_INFINITY),
            kind: Figure::Count,
            quoted: true,
            nouns: BTreeSet::new(),
        };
        for &(u, k) in mentions {
            let q = &units[u].quantities[k];
            debug_assert_eq!(q.value.to_bits(), value);
            said.terms.extend(q.context.iter().copied());
            said.setting.extend(q.setting.iter().copied());
            said.dates.insert((q.year, q.month));
            // A count with no date may be the count now, unless the clause dates it from the
            // report's own day ("last year").
            if q.year.is_none() && q.month.is_none() && !q.relative {
                said.dates.insert((Some(Year::Now), None));
            }
            said.kind = q.kind;
            said.nouns.extend(q.unit);
            // A figure inside quotation marks is the speaker's, which the report may go on to
            // dispute.
            said.quoted &= units[u].in_quotes(q.span.start);
            let (lo, hi) = q.range();
            said.range = (said.range.0.min(lo), said.range.1.max(hi));
        }
        said
    }

    /// Whether both are figures for one quantity: something is said of both (a word around
    /// the figures is shared) and they are for the same year and month, if any. Where the
    /// unit says little of what is measured (any event lasts some years), two words around
    /// them must be shared. A time or a vote is of one event where the two sentences share two
    /// words and each side's words around its figure stand in the other's sentence: "the
    /// road reopened at 4pm" is not the time of "the fire broke out at 3.40am" on the same
    /// industrial estate.
    pub(super) fn same_quantity(&self, other: &Said) -> bool {
        let shared = |a: &BTreeSet<TermId>, b: &BTreeSet<TermId>| a.intersection(b).count();
        let said_of_both = match self.kind {
            Figure::Count => shared(&self.terms, &other.terms) >= 1,
            Figure::Duration => shared(&self.terms, &other.terms) >= LOOSE_UNIT_SHARED,
            Figure::Clock | Figure::Votes => {
                shared(&self.setting, &other.setting) >= LOOSE_UNIT_SHARED
                    && shared(&self.terms, &other.setting) >= 1
                    && shared(&other.terms, &self.setting) >= 1
            }
        };
        said_of_both && !self.dates.is_disjoint(&other.dates)
    }

    /// Whether two counts of different nouns are of one thing. The nouns do not say it, so two
    /// words around the figures must be shared, as for spans of time.
    pub(super) fn same_count_in_other_words(&self, other: &Said) -> bool {
        self.kind == Figure::Count && other.kind == Figure::Count && self.same_event(other)
    }

    /// Whether this count of a part is more than the other's count of its whole, bounds
    /// allowing, yet within a tenfold of it. The whole's figures may be given of other parts
    /// too ("400 vendors" beside "400 licensed vendors"), not of this one.
    pub(super) fn outnumbers(&self, whole: &Said, of: &PartOf) -> bool {
        self.nouns.len() == 1
            && self.nouns.contains(&of.part)
            && whole.nouns.contains(&of.whole)
            && !whole.nouns.contains(&of.part)
            && self.range.0 > whole.range.1
            && self.range.0 < whole.range.1 * APART_AT_MOST
    }

    /// Whether two figures are of one event by the words around them, two of them shared, not
    /// only their sentence: two times or votes one report gives, two counts of different nouns.
    pub(super) fn same_event(&self, other: &Said) -> bool {
        self.terms.intersection(&other.terms).count() >= LOOSE_UNIT_SHARED
            && !self.dates.is_disjoint(&other.dates)
    }

    /// Whether the two cannot both hold, bounds allowing ("more than 14,000" and "14,500"
    /// agree, "about 400" and "nearly 700" do not), yet are within a tenfold of each other:
    /// figures further apart count different things (a town's people and its cases).
    pub(super) fn apart(&self, other: &Said) -> bool {
        let (low, high) = if self.range.1 < other.range.0 {
            (self.range.1, other.range.0)
        } else if other.range.1 < self.range.0 {
            (other.range.1, self.range.0)
        } else {
            return false;
        };
        self.kind.read_from_words() || high < low * APART_AT_MOST
    }
}
