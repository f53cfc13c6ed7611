//! The Reader's motions: the cursor line and the scrolling that keeps it on screen, aligned
//! panes, jumps to shared passages and search matches, Compare, and which sources are shown.

use super::relayout;
use crate::tui::Action;
use crate::tui::align::aligned_top;
use crate::tui::layout::{self, PANE_HEADER};
use crate::tui::search::Hit;
use crate::tui::state::{CompareSelection, Pane, State, Tab};

pub(super) fn reader_action(state: &mut State, action: Action) {
    if state.panes.is_empty() {
        return;
    }
    let rows = state.text_rows().max(1);
    let focus = state.focus;
    let page = rows.saturating_sub(2).max(1);
    let n = state.panes.len();
    match action {
        Action::ScrollDown => cursor_by(state, 1),
        Action::ScrollUp => cursor_by(state, -1),
        Action::HalfPageDown => page_by(state, rows as isize / 2),
        Action::HalfPageUp => page_by(state, -(rows as isize / 2)),
        Action::PageDown => page_by(state, page as isize),
        Action::PageUp => page_by(state, -(page as isize)),
        Action::Top => {
            scroll_to(state, focus, 0);
            move_cursor(state, focus, 0);
        }
        Action::Bottom => {
            scroll_to(state, focus, usize::MAX);
            move_cursor(state, focus, usize::MAX);
        }
        Action::FocusNext => set_focus(state, (focus + 1) % n),
        Action::FocusPrev => set_focus(state, (focus + n - 1) % n),
        Action::FocusLeft => set_focus(state, focus.saturating_sub(1)),
        Action::FocusRight => set_focus(state, (focus + 1).min(n - 1)),
        Action::ToggleAligned => {
            state.aligned = !state.aligned;
            sync_from(state, focus);
        }
        Action::NextShared | Action::PrevShared => {
            shared_passage(state, action == Action::NextShared)
        }
        Action::SearchNext | Action::SearchPrev => {
            if state.search.query.is_empty() {
                let key = state.keymap.describe_keys(Action::Search);
                state.notice = Some(format!("no search yet: press {key} to search"));
            } else if let Some(hit) = state.search.step(action == Action::SearchNext) {
                jump_to(state, hit);
            }
        }
        Action::Open => open_in_compare(state),
        Action::NextSources | Action::PrevSources => {
            page_sources(state, action == Action::NextSources)
        }
        Action::ChangeSource => change_source(state),
        Action::Wheel { column, row, down } => {
            if let Some(p) = pane_at(state, column, row) {
                let top = state.panes[p].top;
                let to = if down { top + 3 } else { top.saturating_sub(3) };
                scroll_to(state, p, to);
            }
        }
        _ => {}
    }
}

/// A selection belongs to one pane: moving focus or changing sources ends it.
fn set_focus(state: &mut State, pane: usize) {
    if pane != state.focus {
        state.selection = None;
    }
    state.focus = pane;
}

fn cursor_by(state: &mut State, delta: isize) {
    let focus = state.focus;
    let to = state.panes[focus].cursor.saturating_add_signed(delta);
    move_cursor(state, focus, to);
}

/// Ctrl-D and friends: the view and the cursor move together; at either end the cursor
/// carries on alone, as in vim.
fn page_by(state: &mut State, delta: isize) {
    let focus = state.focus;
    let top = state.panes[focus].top;
    scroll_to(state, focus, top.saturating_add_signed(delta));
    cursor_by(state, delta);
}

/// Puts pane `pane`'s cursor on line `to` (clamped to the text) and scrolls just enough to
/// keep it on screen.
pub(super) fn move_cursor(state: &mut State, pane: usize, to: usize) {
    let len = state.wrapped(pane).len();
    let cursor = to.min(len.saturating_sub(1));
    state.panes[pane].cursor = cursor;
    let rows = state.text_rows().max(1);
    let top = state.panes[pane].top;
    if cursor < top {
        scroll_to(state, pane, cursor);
    } else if cursor >= top + rows {
        scroll_to(state, pane, cursor + 1 - rows);
    }
}

/// Keeps every cursor on its pane's screen after the view moved under it (wheel, aligned
/// panes following the leader, a resize).
pub(super) fn clamp_cursors(state: &mut State) {
    let rows = state.text_rows().max(1);
    for i in 0..state.panes.len() {
        let len = state.wrapped(i).len();
        let p = &mut state.panes[i];
        let last = (p.top + rows - 1).min(len.saturating_sub(1));
        p.cursor = p.cursor.clamp(p.top.min(last), last);
    }
}

fn max_top(state: &State, pane: usize) -> usize {
    state.wrapped(pane).len().saturating_sub(state.text_rows())
}

/// Moves pane `pane` to line `to` (clamped so the last page stays full), then brings the other
/// panes along when scrolling is aligned. A pane that alignment placed past its last full
/// page is not pulled back by scrolling on down.
fn scroll_to(state: &mut State, pane: usize, to: usize) {
    let top = state.panes[pane].top;
    let max = max_top(state, pane);
    state.panes[pane].top = if to > top { to.min(max.max(top)) } else { to };
    sync_from(state, pane);
}

/// Puts every other pane on its version of what pane `leader` shows.
fn sync_from(state: &mut State, leader: usize) {
    if !state.aligned {
        return;
    }
    let Pane { article, top, .. } = state.panes[leader];
    let anchors = &state.analysis.anchors;
    let rows = state.text_rows();
    for i in 0..state.panes.len() {
        if i == leader {
            continue;
        }
        let other = state.panes[i].article;
        let old_top = state.panes[i].top;
        let top = aligned_top(
            state.wrapped(leader),
            anchors.of(article),
            top,
            state.wrapped(i),
            anchors.of(other),
            rows,
        );
        // A follower's cursor keeps its row on screen, so it moves with the passage.
        let p = &mut state.panes[i];
        p.cursor = (p.cursor + top).saturating_sub(old_top);
        p.top = top;
    }
}

/// The next (or previous) shared passage after the cursor, shown at the top of the pane with
/// the cursor on it.
fn shared_passage(state: &mut State, forward: bool) {
    let focus = state.focus;
    let Pane {
        article, cursor, ..
    } = state.panes[focus];
    let wrapped = state.wrapped(focus);
    let lines: Vec<usize> = state
        .analysis
        .anchors
        .of(article)
        .iter()
        .map(|(span, _)| wrapped.line_of(span.start))
        .collect();
    if lines.is_empty() {
        state.notice = Some(format!(
            "no shared passages are known for {}",
            state.corpus.articles[article].display_name()
        ));
        return;
    }
    let target = if forward {
        lines.iter().copied().find(|&l| l > cursor)
    } else {
        lines.iter().copied().rev().find(|&l| l < cursor)
    };
    match target {
        Some(line) => {
            state.panes[focus].top = line;
            state.panes[focus].cursor = line;
            sync_from(state, focus);
        }
        None => {
            let which = if forward { "after" } else { "before" };
            state.notice = Some(format!("no shared passage {which} this point"));
        }
    }
}

/// Switches to the Reader (leaving any selection) with `hit` on screen in its article's pane,
/// focused: Enter in Compare, Claims and Bookmarks.
pub(in crate::tui) fn show_in_reader(state: &mut State, hit: Hit) {
    if state.panes.is_empty() {
        return;
    }
    state.tab = Tab::Reader;
    state.selection = None;
    relayout(state);
    jump_to(state, hit);
}

/// Shows `hit` with the cursor on it: in the pane that has its article, else in the focused
/// pane; a third of the way down so the context above shows.
pub(super) fn jump_to(state: &mut State, hit: Hit) {
    let pane = match state.panes.iter().position(|p| p.article == hit.article) {
        Some(p) => p,
        None => {
            state.panes[state.focus] = Pane::new(hit.article);
            relayout(state);
            state.focus
        }
    };
    set_focus(state, pane);
    let line = state.wrapped(pane).line_of(hit.span.start);
    let top = line.saturating_sub(state.text_rows() / 3);
    state.panes[pane].top = top.min(max_top(state, pane).max(line.min(top)));
    if !(state.panes[pane].top..state.panes[pane].top + state.text_rows()).contains(&line) {
        state.panes[pane].top = line;
    }
    state.panes[pane].cursor = line;
    sync_from(state, pane);
}

/// The shared quote under the cursor; when the cursor is on none, the shared quote on screen
/// nearest to it (the user pressed Enter to compare something, and only one thing is close).
fn open_in_compare(state: &mut State) {
    let focus = state.focus;
    let Pane {
        article,
        top,
        cursor,
    } = state.panes[focus];
    let wrapped = state.wrapped(focus);
    let start = wrapped.start_of(top);
    let end = wrapped.start_of(top + state.text_rows());
    let under = state
        .passage
        .filter(|p| matches!(p.kind, crate::tui::state::PassageKind::Quote(Some(_))));
    // Shared quotes on screen: the one under the cursor, else the nearest.
    let on_screen = || {
        state
            .analysis
            .highlights
            .of(article)
            .iter()
            .filter(|h| h.group.is_some() && h.span.end > start && h.span.start < end)
    };
    let found = on_screen()
        .find(|h| under.is_some_and(|p| p.span == h.span))
        .or_else(|| on_screen().min_by_key(|h| wrapped.line_of(h.span.start).abs_diff(cursor)));
    match found {
        Some(h) => {
            state.compare_selection = Some(CompareSelection {
                group: h.group.expect("filtered to grouped"),
                article,
                span: h.span,
            });
            state.tab = Tab::Compare;
        }
        None if state
            .analysis
            .highlights
            .per_article
            .iter()
            .all(Vec::is_empty) =>
        {
            state.notice = Some("no quotes are marked in these sources, so none to compare".into())
        }
        None => state.notice = Some("no shared quote on screen in this pane".into()),
    }
}

fn page_sources(state: &mut State, forward: bool) {
    let n = state.corpus.articles.len();
    let count = state.panes.len();
    if n <= count {
        state.notice = Some("every source is already on screen".into());
        return;
    }
    let first = state.panes[0].article;
    let start = if forward {
        (first + count) % n
    } else {
        (first + n - count % n) % n
    };
    for (i, p) in state.panes.iter_mut().enumerate() {
        *p = Pane::new((start + i) % n);
    }
    state.selection = None;
}

fn change_source(state: &mut State) {
    let n = state.corpus.articles.len();
    let current = state.panes[state.focus].article;
    let shown: Vec<usize> = state.panes.iter().map(|p| p.article).collect();
    let next = (1..n)
        .map(|d| (current + d) % n)
        .find(|a| !shown.contains(a));
    let Some(next) = next else {
        state.notice = Some("every source is already on screen".into());
        return;
    };
    state.panes[state.focus] = Pane::new(next);
    state.selection = None;
    relayout(state);
    if let Some(leader) = (0..state.panes.len()).find(|&i| i != state.focus) {
        sync_from(state, leader);
    }
}

pub(super) fn pane_at(state: &State, column: u16, row: u16) -> Option<usize> {
    let body = state.areas().body;
    if row < body.y || row >= body.y + body.height {
        return None;
    }
    layout::pane_rects(body, state.panes.len())
        .iter()
        .position(|r| column >= r.x && column < r.x + r.width)
        .filter(|&i| i < state.panes.len())
}

/// A click in a pane focuses it and, on a text row, puts the cursor on the clicked line.
pub(super) fn click_pane(state: &mut State, pane: usize, row: u16) {
    set_focus(state, pane);
    let first_text_row = state.areas().body.y + PANE_HEADER;
    if let Some(offset) = row.checked_sub(first_text_row) {
        let line = state.panes[pane].top + usize::from(offset);
        if line < state.wrapped(pane).len() {
            state.panes[pane].cursor = line;
        }
    }
}
