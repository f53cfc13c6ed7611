//! The Claims tab's state and what its keys do: which claims show (all, in conflict, shared by
//! all, unique to one source), the selected claim and source, and jumps to a source's sentence
//! in the Reader.

use super::Action;
use super::search::Hit;
use super::state::State;
use crate::claims::{Analysis, Claim, Stance};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Filter {
    #[default]
    All,
    Conflicts,
    SharedByAll,
    Unique,
}

impl Filter {
    pub const ALL: [Filter; 4] = [
        Filter::All,
        Filter::Conflicts,
        Filter::SharedByAll,
        Filter::Unique,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Filter::All => "all",
            Filter::Conflicts => "in conflict",
            Filter::SharedByAll => "shared by all",
            Filter::Unique => "unique to one source",
        }
    }
}

/// Where a claim stands across the corpus; every claim is exactly one of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Some source contradicts it, or it is part of a conflict.
    Conflict,
    SharedByAll,
    /// Supported by more than one source, not all.
    SharedBySome,
    /// One source only.
    Unique,
}

pub fn standing(claim: &Claim) -> Standing {
    let supporters = claim.supported_by().len();
    if !claim.conflicts.is_empty() || !claim.contradicted_by().is_empty() {
        Standing::Conflict
    } else if supporters >= claim.source_count {
        Standing::SharedByAll
    } else if supporters >= 2 {
        Standing::SharedBySome
    } else {
        Standing::Unique
    }
}

impl Filter {
    fn keeps(self, claim: &Claim) -> bool {
        match self {
            Filter::All => true,
            Filter::Conflicts => standing(claim) == Standing::Conflict,
            Filter::SharedByAll => standing(claim) == Standing::SharedByAll,
            Filter::Unique => standing(claim) == Standing::Unique,
        }
    }
}

/// Claims by standing: (shared by all, by some, unique, in conflict).
pub fn summary(analysis: &Analysis) -> (usize, usize, usize, usize) {
    let mut counts = (0, 0, 0, 0);
    for c in &analysis.claims {
        match standing(c) {
            Standing::SharedByAll => counts.0 += 1,
            Standing::SharedBySome => counts.1 += 1,
            Standing::Unique => counts.2 += 1,
            Standing::Conflict => counts.3 += 1,
        }
    }
    counts
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ClaimsView {
    pub filter: Filter,
    /// Position in the filtered list.
    pub selected: usize,
    /// The selected source column.
    pub source: usize,
    /// First row of the table on screen.
    pub top: usize,
}

impl ClaimsView {
    /// Indices into `analysis.claims` of the claims the filter keeps, in the analysis's rank
    /// order: those in conflict first, then by how many sources support them.
    pub fn visible(&self, analysis: &Analysis) -> Vec<usize> {
        (0..analysis.claims.len())
            .filter(|&i| self.filter.keeps(&analysis.claims[i]))
            .collect()
    }

    pub fn claim<'a>(&self, analysis: &'a Analysis) -> Option<&'a Claim> {
        let i = *self.visible(analysis).get(self.selected)?;
        analysis.claims.get(i)
    }
}

/// Rows the table shows at once, from the body height: the summary, legend and header lines
/// above it, and the selected claim's sentences below.
pub fn table_rows(body_height: u16, sources: usize) -> usize {
    let detail = (sources as u16 + 3).min(body_height / 2);
    usize::from(body_height.saturating_sub(3 + detail)).max(1)
}

/// What a key does on the Claims tab.
pub fn update(state: &mut State, action: Action) {
    let Some(findings) = state.findings.clone() else {
        return;
    };
    let analysis = &findings.claims;
    let count = state.claims_view.visible(analysis).len();
    let sources = analysis.sources.len();
    let rows = table_rows(state.areas().body.height, sources);
    let v = &mut state.claims_view;
    let last = count.saturating_sub(1);
    match action {
        Action::ScrollDown => v.selected = (v.selected + 1).min(last),
        Action::ScrollUp => v.selected = v.selected.saturating_sub(1),
        Action::Top => v.selected = 0,
        Action::Bottom => v.selected = last,
        Action::PageDown | Action::HalfPageDown => v.selected = (v.selected + rows / 2).min(last),
        Action::PageUp | Action::HalfPageUp => v.selected = v.selected.saturating_sub(rows / 2),
        Action::Wheel { down: true, .. } => v.selected = (v.selected + 3).min(last),
        Action::Wheel { down: false, .. } => v.selected = v.selected.saturating_sub(3),
        Action::FocusRight | Action::FocusNext if sources > 0 => {
            v.source = (v.source + 1) % sources
        }
        Action::FocusLeft | Action::FocusPrev if sources > 0 => {
            v.source = (v.source + sources - 1) % sources
        }
        Action::CycleClaimsFilter => {
            let i = Filter::ALL.iter().position(|f| *f == v.filter).unwrap_or(0);
            v.filter = Filter::ALL[(i + 1) % Filter::ALL.len()];
            v.selected = 0;
            v.top = 0;
            let shown = v.visible(analysis).len();
            state.notice = Some(format!(
                "showing claims {}: {shown} of {}",
                v.filter.label(),
                analysis.claims.len()
            ));
        }
        Action::Open => open_in_reader(state, analysis),
        _ => {}
    }
    let v = &mut state.claims_view;
    v.selected = v.selected.min(count.saturating_sub(1));
    if v.selected < v.top {
        v.top = v.selected;
    } else if v.selected >= v.top + rows {
        v.top = v.selected + 1 - rows;
    }
}

/// Shows the selected source's sentence for the selected claim in the Reader; when that source
/// omits the claim, the first source that has a sentence for it.
fn open_in_reader(state: &mut State, analysis: &Analysis) {
    let Some(claim) = state.claims_view.claim(analysis) else {
        state.notice = Some("no claim selected".into());
        return;
    };
    let source = state.claims_view.source;
    let (evidence, note) = match claim.cell(source).and_then(|c| c.evidence.first()) {
        Some(e) => (e, None),
        None => {
            let Some(e) = claim.cells.iter().find_map(|c| c.evidence.first()) else {
                state.notice = Some(format!("{} has no sentence to show", claim.id));
                return;
            };
            let name = |s: usize| state.corpus.articles[s].display_name().to_string();
            let note = format!(
                "{} omits {}; showing {}'s sentence",
                name(source),
                claim.id,
                name(e.source)
            );
            (e, Some(note))
        }
    };
    let hit = Hit {
        article: evidence.source,
        span: evidence.sentence,
    };
    super::update::show_in_reader(state, hit);
    state.notice = note;
}

/// The letter (or symbol) and meaning of each stance, for the table and its legend.
pub fn stance_mark(stance: Stance, color: bool) -> &'static str {
    match (stance, color) {
        (Stance::Supports, true) => "●",
        (Stance::Omits, true) => "·",
        (Stance::Contradicts, true) => "✖",
        (Stance::Supports, false) => "S",
        (Stance::Omits, false) => "-",
        (Stance::Contradicts, false) => "X",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus;

    #[test]
    fn every_claim_has_one_standing_and_conflicts_come_first() {
        let corpus = corpus::bundled();
        let findings = crate::analysis::analyse(&corpus);
        let a = &findings.claims;
        let (all, some, unique, conflict) = summary(a);
        assert_eq!(all + some + unique + conflict, a.claims.len());
        assert!(conflict >= 1 && all >= 1 && unique >= 1);
        let view = ClaimsView::default();
        let list = view.visible(a);
        assert_eq!(standing(&a.claims[list[0]]), Standing::Conflict);
        for filter in Filter::ALL {
            let v = ClaimsView {
                filter,
                ..ClaimsView::default()
            };
            assert!(v.visible(a).iter().all(|&i| filter.keeps(&a.claims[i])));
        }
        let v = ClaimsView {
            filter: Filter::Unique,
            ..ClaimsView::default()
        };
        assert_eq!(v.visible(a).len(), unique);
    }
}
