//! The Claims tab's state and what its keys do: which claims show (all, in conflict, shared by
//! all, unique to one source), the selected claim and source, and jumps to a source's sentence
//! in the Reader.

use super::Action;
use super::list::{self, Motion};
use super::search::Hit;
use super::state::State;
use crate::claims::{Analysis, Claim, Stance, Standing};

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

impl Filter {
    fn keeps(self, standing: Standing) -> bool {
        match self {
            Filter::All => true,
            Filter::Conflicts => standing == Standing::Conflict,
            Filter::SharedByAll => standing == Standing::SharedByAll,
            Filter::Unique => standing == Standing::Unique,
        }
    }
}

pub fn summary(analysis: &Analysis) -> Counts {
    let mut counts = Counts::default();
    for c in &analysis.claims {
        match c.standing() {
            Standing::SharedByAll => counts.shared_by_all += 1,
            Standing::SharedBySome => counts.shared_by_some += 1,
            Standing::Unique => counts.unique += 1,
            Standing::Conflict => counts.conflict += 1,
        }
    }
    counts
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ClaimsView {
    pub filter: Filter,
    /// Position in the filtered list.
    pub selected: usize,
    /// The selected source column.
    pub source: usize,
    /// First row of the table on screen.
    pub top: usize,
    /// The claims the filter keeps, in the analysis's rank order (those in conflict first,
    /// then by how many sources support them), as `prepare` left them: drawing a frame does
    /// not filter the claims or work out where they stand again.
    pub visible: Vec<Shown>,
    /// Claims by standing, for the summary line.
    pub counts: Counts,
    /// The filter `visible` was made with, once the claims are analysed.
    prepared_for: Option<Filter>,
}

/// A claim in the table: its index into `analysis.claims` and where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown {
    pub claim: usize,
    pub standing: Standing,
}

/// Claims by standing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub shared_by_all: usize,
    pub shared_by_some: usize,
    pub unique: usize,
    pub conflict: usize,
}

impl ClaimsView {
    pub fn claim<'a>(&self, analysis: &'a Analysis) -> Option<&'a Claim> {
        analysis.claims.get(self.visible.get(self.selected)?.claim)
    }

    fn refresh(&mut self, analysis: &Analysis) {
        self.visible = (analysis.claims.iter().enumerate())
            .map(|(claim, c)| Shown {
                claim,
                standing: c.standing(),
            })
            .filter(|shown| self.filter.keeps(shown.standing))
            .collect();
        self.counts = summary(analysis);
        self.prepared_for = Some(self.filter);
    }
}

/// Filters the claims for the table once the analysis is there and when the filter changes.
pub fn prepare(state: &mut State) {
    let Some(findings) = &state.findings else {
        return;
    };
    let v = &mut state.claims_view;
    if v.prepared_for != Some(v.filter) {
        v.refresh(&findings.claims);
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
    prepare(state);
    let count = state.claims_view.visible.len();
    let sources = analysis.sources.len();
    let rows = table_rows(state.areas().body.height, sources);
    let v = &mut state.claims_view;
    let motion = Motion::of(action, rows / 2, 3);
    match action {
        _ if let Some(motion) = motion => v.selected = list::step(v.selected, count, motion),
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
            v.refresh(analysis);
            let shown = v.visible.len();
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
    v.top = list::keep_in_window(v.top, v.selected, rows);
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
        let n = summary(a);
        assert_eq!(
            n.shared_by_all + n.shared_by_some + n.unique + n.conflict,
            a.claims.len()
        );
        assert!(n.conflict >= 1 && n.shared_by_all >= 1 && n.unique >= 1);
        let mut view = ClaimsView::default();
        view.refresh(a);
        assert_eq!(view.visible[0].standing, Standing::Conflict);
        for shown in &view.visible {
            assert_eq!(shown.standing, a.claims[shown.claim].standing());
        }
        for filter in Filter::ALL {
            let mut v = ClaimsView {
                filter,
                ..ClaimsView::default()
            };
            v.refresh(a);
            assert!(v.visible.iter().all(|s| filter.keeps(s.standing)));
            if filter == Filter::Unique {
                assert_eq!(v.visible.len(), n.unique);
            }
        }
    }

    #[test]
    fn a_claim_one_source_makes_stands_unique_unless_in_conflict() {
        let corpus = corpus::bundled();
        let findings = crate::analysis::analyse(&corpus);
        let claims = &findings.claims.claims;
        let mut unique = 0;
        for c in claims {
            let standing = c.standing();
            match c.unique_to() {
                Some(_) if c.conflicts.is_empty() => {
                    assert_eq!(standing, Standing::Unique, "{}", c.id);
                    unique += 1;
                }
                Some(_) => assert_eq!(standing, Standing::Conflict, "{}", c.id),
                None => assert_ne!(standing, Standing::Unique, "{}", c.id),
            }
            if standing == Standing::SharedByAll {
                assert_eq!(c.supported_by().len(), c.source_count, "{}", c.id);
            }
        }
        assert!(unique >= 1);
    }
}
