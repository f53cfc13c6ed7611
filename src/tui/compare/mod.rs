//! The Compare tab's state and what its keys do: the list of shared passages (quote clusters),
//! the selected one collated on demand and cached per base, the layout (stacked or table),
//! cosmetic differences shown or hidden, the current variant, and jumps to the Reader.

pub mod passage;
pub mod rows;

use super::Action;
use super::list::{self, Motion};
use super::search::Hit;
use super::state::{State, Tab};
use crate::collate::Base;
use passage::Passage;
use ratatui::layout::Rect;
use rows::Row;
use std::collections::HashMap;

/// A shared passage in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub cluster: usize,
    pub speaker: Option<String>,
    pub sources: usize,
    /// Bytes quoted, summed over every source's version.
    pub quoted: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    List,
    Versions,
}

#[derive(Debug, Clone, Default)]
pub struct CompareView {
    /// Shared clusters, most sources first; `None` until the tab is first opened.
    pub entries: Option<Vec<Entry>>,
    pub selected: usize,
    pub list_top: usize,
    pub focus: Focus,
    /// The selected version of the passage.
    pub version: usize,
    /// Compared against this version, or the consensus.
    pub base: Option<usize>,
    pub hide_cosmetic: bool,
    pub table: bool,
    /// The current variant's column.
    pub variant: Option<usize>,
    /// First row of the collation on screen.
    pub scroll: usize,
    /// Collations by (cluster, base version).
    pub cache: HashMap<(usize, Option<usize>), Passage>,
    /// Per source, the source it shares the most quoted words with, and how many.
    pub closest: Option<Vec<Option<(usize, usize)>>>,
    /// The selected collation laid out for the screen, as `prepare` last left it: the view
    /// draws these and never lays out itself.
    pub laid_out: Vec<Row>,
    /// What `laid_out` was made for: cluster, base, table, cosmetic hidden, width.
    laid_out_for: Option<(usize, Option<usize>, bool, bool, usize)>,
    /// Where to scroll once the collation is laid out again.
    scroll_to: Option<ScrollTarget>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ScrollTarget {
    /// The selected version's heading.
    Version,
    /// The selected version's row holding this column.
    Column(usize),
}

/// Where the Compare tab draws its parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub list: Rect,
    pub matrix: Rect,
    pub header: Rect,
    pub rows: Rect,
}

/// Rows at the top of the right side: the passage's title and the legend.
pub const HEADER_ROWS: u16 = 2;

pub fn areas(body: Rect, versions: usize) -> Areas {
    let left = (body.width / 3).clamp(24, 44).min(body.width);
    let matrix_h = (versions as u16 + 2).min(body.height / 2);
    let list_h = body.height.saturating_sub(matrix_h);
    let right_x = body.x + left + 1;
    let right_w = body.width.saturating_sub(left + 1);
    let header_h = HEADER_ROWS.min(body.height);
    Areas {
        list: Rect::new(body.x, body.y, left, list_h),
        matrix: Rect::new(body.x, body.y + list_h, left, matrix_h),
        header: Rect::new(right_x, body.y, right_w, header_h),
        rows: Rect::new(right_x, body.y + header_h, right_w, body.height - header_h),
    }
}

impl CompareView {
    pub fn entry(&self) -> Option<&Entry> {
        self.entries.as_ref()?.get(self.selected)
    }

    /// The selected passage collated against the chosen base, once `prepare` has run.
    pub fn passage(&self) -> Option<&Passage> {
        let entry = self.entry()?;
        self.cache.get(&(entry.cluster, self.base))
    }

    /// The consensus collation of a cluster, when it has been computed.
    pub fn consensus(&self, cluster: usize) -> Option<&Passage> {
        self.cache.get(&(cluster, None))
    }

    /// The collation's rows for a right side `width` columns wide (drawn from its second
    /// column).
    pub fn rows(&self, state: &State, width: usize) -> Vec<Row> {
        let Some(p) = self.passage() else {
            return Vec::new();
        };
        let width = width.saturating_sub(1);
        if self.table {
            rows::table(&state.corpus, p, width, self.hide_cosmetic)
        } else {
            rows::stacked(&state.corpus, p, width, self.hide_cosmetic)
        }
    }
}

fn compare_areas(state: &State) -> Areas {
    let versions = state.compare.passage().map_or(0, Passage::width);
    areas(state.areas().body, versions)
}

/// The shared clusters, and which to select first: the leaked letter, the longest passage that
/// several sources quote. Length times sources (the text quoted in all) ranks it, so a long
/// passage two sources carry does not beat a slightly shorter one three carry.
fn entries(state: &State) -> (Vec<Entry>, usize) {
    let Some(findings) = &state.findings else {
        return (Vec::new(), 0);
    };
    let quotes = &findings.quotes;
    let list: Vec<Entry> = quotes
        .shared()
        .map(|c| Entry {
            cluster: c.id,
            speaker: quotes.speaker_label(c),
            sources: c.sources,
            quoted: c
                .members
                .iter()
                .flat_map(|m| quotes.member_spans(m).1)
                .map(|s| s.len())
                .sum(),
        })
        .collect();
    let longest = (0..list.len())
        .max_by_key(|&i| (list[i].quoted, std::cmp::Reverse(i)))
        .unwrap_or(0);
    (list, longest)
}

fn collated(state: &mut State, cluster: usize, base: Option<usize>) {
    if state.compare.cache.contains_key(&(cluster, base)) {
        return;
    }
    let Some(findings) = state.findings.clone() else {
        return;
    };
    let base_of = base.map_or(Base::Consensus, Base::Witness);
    let collation = crate::failsafe::guarded(&cluster_sources(state, &findings, cluster), || {
        crate::failsafe::stage("collation", || {
            Passage::new(&state.corpus, &findings.quotes, cluster, base_of)
        })
    });
    match collation {
        Ok(Some(p)) => {
            state.compare.cache.insert((cluster, base), p);
        }
        Ok(None) => {}
        // The other passages can still be compared: say which one could not.
        Err(failure) => {
            state.message = Some(format!("passage {cluster} cannot be compared: {failure}"));
        }
    }
}

/// The ids of the sources that quote `cluster`, in corpus order.
fn cluster_sources<'s>(
    state: &'s State,
    findings: &crate::analysis::Findings,
    cluster: usize,
) -> Vec<&'s str> {
    let mut articles: Vec<usize> = findings
        .quotes
        .cluster(cluster)
        .map(|c| {
            c.members
                .iter()
                .filter_map(|m| findings.quotes.quotes.get(m.quote).map(|q| q.article))
                .collect()
        })
        .unwrap_or_default();
    articles.sort_unstable();
    articles.dedup();
    articles
        .into_iter()
        .filter_map(|a| state.corpus.articles.get(a).map(|a| a.id.as_str()))
        .collect()
}

/// Gets the Compare tab ready to draw: the list built, the selected passage and the visible
/// ones collated (only those: the first frame stays fast on a large corpus), a passage chosen
/// in the Reader selected, positions kept in range. Runs after every action.
pub fn prepare(state: &mut State) {
    if state.tab != Tab::Compare || state.findings.is_none() {
        return;
    }
    if state.compare.entries.is_none() {
        let (list, first) = entries(state);
        state.compare.entries = Some(list);
        state.compare.selected = first;
    }
    if let Some(sel) = state.compare_selection.take() {
        select_from_reader(state, sel.group, sel.article, sel.span);
    }
    let Some(entry) = state.compare.entry().cloned() else {
        state.compare.laid_out.clear();
        state.compare.laid_out_for = None;
        return;
    };
    let area = compare_areas(state);
    let list_rows = usize::from(area.list.height.saturating_sub(1)).max(1);
    let c = &mut state.compare;
    c.list_top = list::keep_in_window(c.list_top, c.selected, list_rows);
    let visible: Vec<usize> = c.entries.as_ref().map_or(Vec::new(), |e| {
        e.iter()
            .skip(c.list_top)
            .take(list_rows)
            .map(|e| e.cluster)
            .collect()
    });
    for cluster in visible {
        collated(state, cluster, None);
    }
    collated(state, entry.cluster, state.compare.base);
    let width = state.compare.passage().map_or(0, Passage::width);
    let c = &mut state.compare;
    c.version = c.version.min(width.saturating_sub(1));
    if c.base.is_some_and(|b| b >= width) {
        c.base = None;
    }
    let area = compare_areas(state);
    let width = usize::from(area.rows.width);
    let c = &state.compare;
    let made_for = Some((entry.cluster, c.base, c.table, c.hide_cosmetic, width));
    if c.laid_out_for != made_for {
        state.compare.laid_out = state.compare.rows(state, width);
        state.compare.laid_out_for = made_for;
    }
    let c = &mut state.compare;
    let row = match c.scroll_to.take() {
        Some(ScrollTarget::Version) => rows::row_of_version(&c.laid_out, c.version),
        Some(ScrollTarget::Column(column)) => rows::row_of_column(&c.laid_out, c.version, column),
        None => None,
    };
    if let Some(row) = row {
        let height = usize::from(area.rows.height).max(1);
        if row < c.scroll || row >= c.scroll + height {
            c.scroll = row.saturating_sub(height / 4);
        }
    }
    let max = c
        .laid_out
        .len()
        .saturating_sub(usize::from(area.rows.height));
    c.scroll = c.scroll.min(max);
}

fn select_from_reader(state: &mut State, cluster: usize, article: usize, span: crate::text::Span) {
    let Some(i) = state
        .compare
        .entries
        .as_ref()
        .and_then(|e| e.iter().position(|e| e.cluster == cluster))
    else {
        state.notice = Some(format!("passage {cluster} is not shared by other sources"));
        return;
    };
    select(state, i);
    collated(state, cluster, None);
    let version = state.compare.consensus(cluster).and_then(|p| {
        p.versions
            .iter()
            .position(|v| v.article == article && v.segments.iter().any(|s| s.overlaps(span)))
    });
    state.compare.version = version.unwrap_or(0);
    state.compare.focus = Focus::Versions;
    scroll_to_version(state);
}

fn select(state: &mut State, i: usize) {
    let c = &mut state.compare;
    let n = c.entries.as_ref().map_or(0, Vec::len);
    let i = i.min(n.saturating_sub(1));
    if i != c.selected {
        c.selected = i;
        c.version = 0;
        c.base = None;
        c.variant = None;
        c.scroll = 0;
    }
}

/// What a key does on the Compare tab.
pub fn update(state: &mut State, action: Action) {
    prepare(state);
    let page = usize::from(compare_areas(state).rows.height).max(2);
    let on_list = state.compare.focus == Focus::List;
    let selected = state.compare.selected;
    let versions = state.compare.passage().map_or(0, Passage::width);
    let entries = state.compare.entries.as_ref().map_or(0, Vec::len);
    // The wheel moves through what it is over, whichever side has the focus.
    let moves_list = match action {
        Action::Wheel { column, .. } => column < compare_areas(state).header.x,
        _ => on_list,
    };
    let motion = Motion::of(action, page / 2, 1);
    match action {
        _ if let Some(motion) = motion
            && moves_list =>
        {
            select(state, list::step(selected, entries, motion))
        }
        Action::ScrollDown | Action::ScrollUp | Action::Top | Action::Bottom => {
            if let Some(motion) = motion {
                state.compare.version = list::step(state.compare.version, versions, motion);
            }
            scroll_to_version(state);
        }
        Action::PageDown | Action::HalfPageDown => state.compare.scroll += page / 2,
        Action::PageUp | Action::HalfPageUp => {
            state.compare.scroll = state.compare.scroll.saturating_sub(page / 2)
        }
        Action::FocusNext | Action::FocusPrev => {
            state.compare.focus = if on_list {
                Focus::Versions
            } else {
                Focus::List
            }
        }
        Action::FocusLeft => state.compare.focus = Focus::List,
        Action::FocusRight => state.compare.focus = Focus::Versions,
        Action::Open if on_list => state.compare.focus = Focus::Versions,
        Action::Open => open_in_reader(state),
        Action::ToggleCosmetic => {
            state.compare.hide_cosmetic = !state.compare.hide_cosmetic;
            state.notice = Some(if state.compare.hide_cosmetic {
                "cosmetic differences hidden (case, punctuation, spelling)".into()
            } else {
                "cosmetic differences shown, faint".into()
            });
            if let Some(c) = state.compare.variant
                && state
                    .compare
                    .passage()
                    .is_some_and(|p| !p.column_class(c, state.compare.hide_cosmetic).is_variant())
            {
                state.compare.variant = None;
            }
        }
        Action::ChangeBase => change_base(state, versions),
        Action::ToggleVariantTable => {
            state.compare.table = !state.compare.table;
            scroll_to_version(state);
        }
        Action::NextVariant | Action::PrevVariant => {
            step_variant(state, action == Action::NextVariant)
        }
        Action::Wheel { down: true, .. } => state.compare.scroll += 3,
        Action::Wheel { down: false, .. } => {
            state.compare.scroll = state.compare.scroll.saturating_sub(3)
        }
        _ => {}
    }
}

fn change_base(state: &mut State, versions: usize) {
    if versions == 0 {
        return;
    }
    let c = &mut state.compare;
    c.base = match c.base {
        None => Some(0),
        Some(b) if b + 1 < versions => Some(b + 1),
        Some(_) => None,
    };
    c.variant = None;
    prepare(state);
    let name = match (state.compare.base, state.compare.passage()) {
        (Some(b), Some(p)) => rows::version_label(&state.corpus, p, b),
        _ => "the consensus".into(),
    };
    state.notice = Some(format!("comparing against {name}"));
}

fn step_variant(state: &mut State, forward: bool) {
    let Some(p) = state.compare.passage() else {
        return;
    };
    let variants = p.variants(state.compare.hide_cosmetic);
    let current = state.compare.variant;
    let next = match (current, forward) {
        (None, true) => variants.first().copied(),
        (None, false) => variants.last().copied(),
        (Some(c), true) => variants.iter().copied().find(|&v| v > c),
        (Some(c), false) => variants.iter().rev().copied().find(|&v| v < c),
    };
    match next {
        Some(c) => {
            state.compare.variant = Some(c);
            state.compare.scroll_to = Some(ScrollTarget::Column(c));
        }
        None if variants.is_empty() => {
            state.notice = Some("every version has the same wording here".into())
        }
        None => {
            let which = if forward { "after" } else { "before" };
            state.notice = Some(format!("no variant {which} this one"));
        }
    }
}

/// Scrolls to the selected version's heading once `prepare` has laid the collation out, a few
/// rows below the top when it has to move.
fn scroll_to_version(state: &mut State) {
    state.compare.scroll_to = Some(ScrollTarget::Version);
}

/// Shows the selected version in the Reader: its article's pane scrolled to it and focused.
fn open_in_reader(state: &mut State) {
    let Some(p) = state.compare.passage() else {
        return;
    };
    let Some(v) = p.versions.get(state.compare.version) else {
        return;
    };
    let Some(&span) = v.segments.first() else {
        return;
    };
    let hit = Hit {
        article: v.article,
        span,
    };
    super::update::show_in_reader(state, hit);
}

/// For every source, the one it shares the most quoted wording with: words aligned in the
/// same column of a shared passage's collation, summed over every shared passage.
pub(crate) fn closest_sources(state: &mut State) {
    let Some(findings) = state.findings.clone() else {
        return;
    };
    let n = state.corpus.articles.len();
    let mut shared = vec![vec![0usize; n]; n];
    let clusters: Vec<usize> = findings.quotes.shared().map(|c| c.id).collect();
    for cluster in clusters {
        collated(state, cluster, None);
        let Some(p) = state.compare.consensus(cluster) else {
            continue;
        };
        for a in 0..p.width() {
            for b in 0..p.width() {
                let (x, y) = (p.versions[a].article, p.versions[b].article);
                if x != y {
                    shared[x][y] += p.shared_words(a, b);
                }
            }
        }
    }
    let closest = shared
        .iter()
        .map(|row| {
            let (best, &words) = row
                .iter()
                .enumerate()
                .max_by_key(|&(i, w)| (*w, std::cmp::Reverse(i)))?;
            (words > 0).then_some((best, words))
        })
        .collect();
    state.compare.closest = Some(closest);
}
