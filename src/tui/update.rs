//! `update`: the only place the reader's state changes. Keys become actions here too.

use super::align::aligned_top;
use super::layout::{self, tab_labels};
use super::search::{Hit, Search};
use super::state::{CompareSelection, Overlay, Pane, State, Tab};
use super::{Action, KeyChord, KeyName};

/// The action a key means right now: Ctrl-C always quits; the search prompt takes text;
/// everything else goes through the keymap.
pub fn action_for_key(state: &State, key: KeyChord) -> Option<Action> {
    if key.ctrl && key.key == KeyName::Char('c') {
        return Some(Action::ForceQuit);
    }
    if state.prompt.is_some() {
        return match key.key {
            KeyName::Esc => Some(Action::Close),
            KeyName::Enter => Some(Action::PromptSubmit),
            KeyName::Backspace => Some(Action::PromptBackspace),
            KeyName::Char(c) if !key.ctrl && !key.alt => Some(Action::PromptInput(c)),
            _ => None,
        };
    }
    state.keymap.action(&key)
}

/// Applies a typed key sequence (`"jj<tab>G"`), as the terminal would; for tests and scripts.
pub fn apply_keys(state: &mut State, keys: &str) -> Result<(), String> {
    for key in super::keys::parse_sequence(keys)? {
        if let Some(action) = action_for_key(state, key) {
            update(state, action);
        }
    }
    Ok(())
}

pub fn update(state: &mut State, action: Action) {
    if !matches!(
        action,
        Action::Resize { .. } | Action::Wheel { .. } | Action::None
    ) {
        state.notice = None;
    }
    match action {
        Action::Quit | Action::ForceQuit => state.quit = true,
        Action::None => {}
        Action::Resize { width, height } => state.size = (width, height),
        Action::Close => close(state),
        Action::Help => {
            state.overlay = match state.overlay {
                Some(Overlay::Help { .. }) => None,
                None => Some(Overlay::Help { scroll: 0 }),
            }
        }
        _ if state.overlay.is_some() => overlay_action(state, action),
        Action::PromptInput(c) => {
            if let Some(p) = &mut state.prompt {
                p.push(c);
            }
        }
        Action::PromptBackspace => {
            if let Some(p) = &mut state.prompt {
                p.pop();
            }
        }
        Action::PromptSubmit => submit_search(state),
        Action::TabReader => state.tab = Tab::Reader,
        Action::TabCompare => state.tab = Tab::Compare,
        Action::TabClaims => state.tab = Tab::Claims,
        Action::TabBookmarks => state.tab = Tab::Bookmarks,
        Action::TabSources => state.tab = Tab::Sources,
        Action::NextTab => {
            let i = Tab::ALL.iter().position(|t| *t == state.tab).unwrap_or(0);
            state.tab = Tab::ALL[(i + 1) % Tab::ALL.len()];
        }
        Action::Click { column, row } => click(state, column, row),
        _ if state.tab == Tab::Sources => sources_action(state, action),
        _ if state.tab == Tab::Reader => reader_action(state, action),
        _ if state.tab == Tab::Compare => super::compare::update(state, action),
        _ if state.tab == Tab::Claims => super::claims_view::update(state, action),
        _ => {}
    }
    relayout(state);
    super::compare::prepare(state);
}

fn close(state: &mut State) {
    if state.overlay.take().is_some() || state.prompt.take().is_some() {
        return;
    }
    if !state.search.query.is_empty() {
        state.search = Search::default();
    } else {
        state.message = None;
    }
}

fn overlay_action(state: &mut State, action: Action) {
    let Some(Overlay::Help { scroll }) = &mut state.overlay else {
        return;
    };
    match action {
        Action::ScrollDown | Action::Wheel { down: true, .. } => *scroll += 1,
        Action::ScrollUp | Action::Wheel { down: false, .. } => *scroll = scroll.saturating_sub(1),
        Action::Top => *scroll = 0,
        Action::HalfPageDown | Action::PageDown => *scroll += 10,
        Action::HalfPageUp | Action::PageUp => *scroll = scroll.saturating_sub(10),
        _ => {}
    }
    let max = state.keymap.help_rows().len();
    *scroll = (*scroll).min(max);
}

fn sources_action(state: &mut State, action: Action) {
    let s = &mut state.sources_scroll;
    match action {
        Action::ScrollDown | Action::Wheel { down: true, .. } => *s += 1,
        Action::ScrollUp | Action::Wheel { down: false, .. } => *s = s.saturating_sub(1),
        Action::PageDown | Action::HalfPageDown => *s += 10,
        Action::PageUp | Action::HalfPageUp => *s = s.saturating_sub(10),
        Action::Top => *s = 0,
        Action::Bottom => *s = usize::MAX,
        _ => {}
    }
    // `relayout` clamps the scroll to the list.
}

fn reader_action(state: &mut State, action: Action) {
    if state.panes.is_empty() {
        return;
    }
    let rows = state.text_rows().max(1);
    let focus = state.focus;
    let top = state.panes[focus].top;
    let n = state.panes.len();
    match action {
        Action::ScrollDown => scroll_to(state, focus, top + 1),
        Action::ScrollUp => scroll_to(state, focus, top.saturating_sub(1)),
        Action::HalfPageDown => scroll_to(state, focus, top + rows / 2),
        Action::HalfPageUp => scroll_to(state, focus, top.saturating_sub(rows / 2)),
        Action::PageDown => scroll_to(state, focus, top + rows.saturating_sub(2).max(1)),
        Action::PageUp => scroll_to(
            state,
            focus,
            top.saturating_sub(rows.saturating_sub(2).max(1)),
        ),
        Action::Top => scroll_to(state, focus, 0),
        Action::Bottom => scroll_to(state, focus, usize::MAX),
        Action::FocusNext => state.focus = (focus + 1) % n,
        Action::FocusPrev => state.focus = (focus + n - 1) % n,
        Action::FocusLeft => state.focus = focus.saturating_sub(1),
        Action::FocusRight => state.focus = (focus + 1).min(n - 1),
        Action::ToggleAligned => {
            state.aligned = !state.aligned;
            sync_from(state, focus);
        }
        Action::NextShared | Action::PrevShared => {
            shared_passage(state, action == Action::NextShared)
        }
        Action::Search => state.prompt = Some(String::new()),
        Action::SearchNext | Action::SearchPrev => {
            if state.search.query.is_empty() {
                let key = state.keymap.describe_keys(Action::Search);
                state.notice = Some(format!("no search yet: press {key} to search"));
            } else if let Some(hit) = state.search.step(action == Action::SearchNext) {
                jump_to(state, hit);
            }
        }
        Action::OpenInCompare => open_in_compare(state),
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
    let Pane { article, top } = state.panes[leader];
    let anchors = &state.analysis.anchors;
    let rows = state.text_rows();
    for i in 0..state.panes.len() {
        if i == leader {
            continue;
        }
        let other = state.panes[i].article;
        state.panes[i].top = aligned_top(
            state.wrapped(leader),
            anchors.of(article),
            top,
            state.wrapped(i),
            anchors.of(other),
            rows,
        );
    }
}

fn shared_passage(state: &mut State, forward: bool) {
    let focus = state.focus;
    let Pane { article, top } = state.panes[focus];
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
        lines.iter().copied().find(|&l| l > top)
    } else {
        lines.iter().copied().rev().find(|&l| l < top)
    };
    match target {
        Some(line) => {
            state.panes[focus].top = line;
            sync_from(state, focus);
        }
        None => {
            let which = if forward { "after" } else { "before" };
            state.notice = Some(format!("no shared passage {which} this point"));
        }
    }
}

fn submit_search(state: &mut State) {
    let query = state.prompt.take().unwrap_or_default();
    if query.is_empty() {
        state.search = Search::default();
        return;
    }
    state.search = Search::run(&state.corpus, &query);
    let Some(pane) = state.focused().copied() else {
        return;
    };
    let pos = state.wrapped(state.focus).start_of(pane.top);
    match state.search.first_from(pane.article, pos) {
        Some(i) => {
            state.search.current = Some(i);
            jump_to(state, state.search.hits[i]);
        }
        None => {
            let q = crate::text::sanitise_line(&query);
            state.notice = Some(format!("no match for “{q}” in any source"));
        }
    }
}

/// Shows `hit`: in the pane that has its article, else in the focused pane; a third of the way
/// down so the context above shows.
pub(super) fn jump_to(state: &mut State, hit: Hit) {
    let pane = match state.panes.iter().position(|p| p.article == hit.article) {
        Some(p) => p,
        None => {
            state.panes[state.focus].article = hit.article;
            relayout(state);
            state.focus
        }
    };
    state.focus = pane;
    let line = state.wrapped(pane).line_of(hit.span.start);
    let top = line.saturating_sub(state.text_rows() / 3);
    state.panes[pane].top = top.min(max_top(state, pane).max(line.min(top)));
    if !(state.panes[pane].top..state.panes[pane].top + state.text_rows()).contains(&line) {
        state.panes[pane].top = line;
    }
    sync_from(state, pane);
}

fn open_in_compare(state: &mut State) {
    let focus = state.focus;
    let Pane { article, top } = state.panes[focus];
    let wrapped = state.wrapped(focus);
    let start = wrapped.start_of(top);
    let end = wrapped.start_of(top + state.text_rows());
    let found = state
        .analysis
        .highlights
        .of(article)
        .iter()
        .find(|h| h.group.is_some() && h.span.end > start && h.span.start < end);
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
        *p = Pane {
            article: (start + i) % n,
            top: 0,
        };
    }
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
    state.panes[state.focus] = Pane {
        article: next,
        top: 0,
    };
    relayout(state);
    if let Some(leader) = (0..state.panes.len()).find(|&i| i != state.focus) {
        sync_from(state, leader);
    }
}

fn pane_at(state: &State, column: u16, row: u16) -> Option<usize> {
    let body = state.areas().body;
    if row < body.y || row >= body.y + body.height {
        return None;
    }
    layout::pane_rects(body, state.panes.len())
        .iter()
        .position(|r| column >= r.x && column < r.x + r.width)
        .filter(|&i| i < state.panes.len())
}

fn click(state: &mut State, column: u16, row: u16) {
    if row == state.areas().tabs.y {
        if let Some(i) = tab_labels()
            .iter()
            .position(|(_, from, to)| (*from..*to).contains(&column))
        {
            state.tab = Tab::ALL[i];
        }
        return;
    }
    if state.tab == Tab::Reader
        && state.overlay.is_none()
        && let Some(p) = pane_at(state, column, row)
    {
        state.focus = p;
    }
}

/// Fits the panes to the terminal: how many, which articles, wrapped at the current width,
/// keeping each pane on the same text when the width changes.
pub fn relayout(state: &mut State) {
    let n_articles = state.corpus.articles.len();
    if n_articles == 0 {
        state.panes.clear();
        return;
    }
    let areas = state.areas();
    let count = layout::pane_count(areas.body.width, state.pane_min_width, n_articles);
    let old_width = state.wrap_width;
    let old_tops: Vec<usize> = (0..state.panes.len())
        .map(|i| state.wrapped(i).start_of(state.panes[i].top))
        .collect();
    while state.panes.len() > count {
        state.panes.pop();
    }
    while state.panes.len() < count {
        let shown: Vec<usize> = state.panes.iter().map(|p| p.article).collect();
        let after = state.panes.last().map_or(0, |p| p.article + 1);
        let article = (0..n_articles)
            .map(|d| (after + d) % n_articles)
            .find(|a| !shown.contains(a))
            .unwrap_or(0);
        state.panes.push(Pane { article, top: 0 });
    }
    state.focus = state.focus.min(count - 1);
    let width = layout::text_width(areas.body.width, count);
    for p in &state.panes {
        state
            .wrapped
            .ensure(p.article, &state.corpus.articles[p.article], width);
    }
    state.wrap_width = width;
    if width != old_width {
        for (i, byte) in old_tops.into_iter().enumerate().take(count) {
            if let Some(w) = state.wrapped.get(state.panes[i].article, width) {
                state.panes[i].top = if byte == 0 { 0 } else { w.line_of(byte) };
            }
        }
        state.wrapped.keep_width(width);
    }
    for p in &mut state.panes {
        let len = state.wrapped.get(p.article, width).map_or(0, |w| w.len());
        p.top = p.top.min(len.saturating_sub(1));
    }
    if state.tab == Tab::Sources {
        let max = super::views::sources::line_count(state).saturating_sub(state.text_rows());
        state.sources_scroll = state.sources_scroll.min(max);
    }
}
