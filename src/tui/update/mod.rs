//! `update`: the only place the reader's state changes. Keys become actions here too.
//! Reader motions, prompts and bookmarks each have their own file.

mod marks;
mod prompt;
mod reader;

pub(super) use reader::show_in_reader;

use super::layout::{self, tab_labels};
use super::list::{self, Motion};
use super::search::Search;
use super::state::{Overlay, Pane, PromptKind, State, Tab};
use super::{Action, KeyChord, KeyName};

/// Lines the help and the Sources table scroll by for a page.
const SCROLL_PAGE: usize = 10;

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
            KeyName::Tab => Some(Action::PromptToggle),
            KeyName::Char(c) if !key.ctrl && !key.alt => Some(Action::PromptInput(c)),
            _ => None,
        };
    }
    state.keymap.action(&key, state.tab)
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
        Action::PromptInput(_)
        | Action::PromptBackspace
        | Action::PromptSubmit
        | Action::PromptToggle => prompt::prompt_action(state, action),
        // Keys that reach here while a prompt is open came from outside the keymap (a click).
        _ if state.prompt.is_some() => {}
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
        _ if state.tab == Tab::Bookmarks => marks::list_action(state, action),
        _ if state.tab == Tab::Reader => reader_tab(state, action),
        _ if state.tab == Tab::Compare => super::compare::update(state, action),
        _ if state.tab == Tab::Claims => super::claims_view::update(state, action),
        _ => {}
    }
    relayout(state);
    super::compare::prepare(state);
    super::claims_view::prepare(state);
}

fn reader_tab(state: &mut State, action: Action) {
    match action {
        Action::Search => prompt::open(state, PromptKind::Search, ""),
        Action::Select | Action::Bookmark | Action::BookmarkGroup => {
            marks::reader_action(state, action)
        }
        Action::Open if state.selection.is_some() => marks::reader_action(state, action),
        _ => reader::reader_action(state, action),
    }
}

fn close(state: &mut State) {
    if state.overlay.take().is_some() {
        return;
    }
    if state.prompt.is_some() {
        prompt::cancel(state);
        return;
    }
    if state.tab == Tab::Reader && state.selection.take().is_some() {
        return;
    }
    if state.tab == Tab::Bookmarks && !state.marks.filter.is_empty() {
        state.marks.filter.clear();
        state.marks.refilter();
    } else if state.tab != Tab::Bookmarks && !state.search.query.is_empty() {
        state.search = Search::default();
    } else {
        state.message = None;
    }
}

fn overlay_action(state: &mut State, action: Action) {
    super::help::prepare(state);
    let lines = state.help.max_scroll() + 1;
    let Some(Overlay::Help { scroll }) = &mut state.overlay else {
        return;
    };
    if let Some(motion) = Motion::of(action, SCROLL_PAGE, 1) {
        *scroll = list::step(*scroll, lines, motion);
    }
}

fn sources_action(state: &mut State, action: Action) {
    // The table is laid out (by `relayout`) whenever the Sources tab is open.
    let lines = state.sources_table.lines.len();
    let first_lines = lines.saturating_sub(state.text_rows()) + 1;
    if let Some(motion) = Motion::of(action, SCROLL_PAGE, 1) {
        state.sources_scroll = list::step(state.sources_scroll, first_lines, motion);
    }
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
        && let Some(p) = reader::pane_at(state, column, row)
    {
        reader::click_pane(state, p, row);
    }
}

/// Fits the panes to the terminal: how many, which articles, wrapped at the current width,
/// keeping each pane on the same text when the width changes.
pub fn relayout(state: &mut State) {
    if state.tab == Tab::Sources {
        super::sources_table::prepare(state);
    }
    super::help::prepare(state);
    let n_articles = state.corpus.articles.len();
    if n_articles == 0 {
        state.panes.clear();
        return;
    }
    let areas = state.areas();
    let count = layout::pane_count(areas.body.width, state.pane_min_width, n_articles);
    let old_width = state.wrap_width;
    let old_bytes: Vec<(usize, usize)> = (0..state.panes.len())
        .map(|i| {
            let w = state.wrapped(i);
            (
                w.start_of(state.panes[i].top),
                w.start_of(state.panes[i].cursor),
            )
        })
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
        state.panes.push(Pane::new(article));
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
        for (i, (top, cursor)) in old_bytes.into_iter().enumerate().take(count) {
            if let Some(w) = state.wrapped.get(state.panes[i].article, width) {
                let line = |byte| if byte == 0 { 0 } else { w.line_of(byte) };
                state.panes[i].top = line(top);
                state.panes[i].cursor = line(cursor);
            }
        }
        state.wrapped.keep_width(width);
    }
    for p in &mut state.panes {
        let len = state.wrapped.get(p.article, width).map_or(0, |w| w.len());
        p.top = p.top.min(len.saturating_sub(1));
    }
    reader::clamp_cursors(state);
    if state
        .selection
        .is_some_and(|line| line >= state.wrapped(state.focus).len())
    {
        state.selection = None;
    }
    state.passage = super::passage::under_cursor(state);
    let shown = layout::bookmarks_shown(state.areas().body.height);
    let m = &mut state.marks;
    m.scroll = list::keep_in_window(m.scroll, m.selected, shown);
}
