//! The status bar: the prompt while typing (search, note, filter, export path), else where you are (tab, focused source,
//! position, aligned scrolling, search matches) and the keys that matter here, taken from the
//! live keymap.

use super::super::Action;
use super::super::state::{PromptKind, State, Tab};
use crate::text::fit;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

pub struct Status<'a>(pub &'a State);

impl Widget for Status<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.0;
        let theme = &state.theme;
        buf.set_style(area, theme.status);
        let width = usize::from(area.width);
        if let Some(prompt) = &state.prompt {
            let (label, hints) = prompt_words(state, &prompt.kind);
            let text = crate::text::sanitise_line(&prompt.text);
            // What is typed comes first: the key reminders give way from the end, and only
            // then the start of a long input (its end, being typed, stays in view).
            let fixed = label.width() + 5;
            let mut hints: Vec<&str> = hints.split(" · ").collect();
            while !hints.is_empty() && fixed + text.width() + hints.join(" · ").width() > width {
                hints.pop();
            }
            let hints = hints.join(" · ");
            let room = width.saturating_sub(fixed + hints.width());
            let mut shown: String = text.chars().rev().collect();
            while shown.width() > room {
                shown.pop();
            }
            let shown: String = shown.chars().rev().collect();
            let line = format!(" {label}: {shown}█  {hints}");
            buf.set_stringn(area.x, area.y, line, width, theme.status_key);
            return;
        }
        let left = position(state);
        buf.set_stringn(area.x, area.y, &left, width, theme.status_key);
        let used = left.width() + 2;
        let mut hints = Vec::new();
        for (key, label) in state.keymap.hints(hint_actions(state)) {
            hints.push(format!("{key} {label}"));
        }
        // Drop hints from the end until they fit beside the position.
        while !hints.is_empty() && used + hints.join("  ").width() + 1 > width {
            hints.pop();
        }
        let text = hints.join("  ");
        let x = area.x + (width - text.width() - 1) as u16;
        if !text.is_empty() {
            buf.set_stringn(x, area.y, &text, width - used, theme.status);
        }
    }
}

/// What the prompt asks for, and its keys: the Tab option says what it would switch to.
fn prompt_words(state: &State, kind: &PromptKind) -> (String, String) {
    match kind {
        PromptKind::Search => ("search".into(), "enter search · esc cancel".into()),
        PromptKind::Note {
            passage,
            cluster,
            whole_cluster,
        } => {
            let name = state.corpus.articles[passage.article].display_name();
            let n = cluster.len() + 1;
            let (label, toggle) = match (cluster.is_empty(), whole_cluster) {
                (true, _) => (format!("note ({})", fit(name, 16)), String::new()),
                (false, true) => (
                    format!("note (all {n} sources)"),
                    " · tab: this source only".into(),
                ),
                (false, false) => (
                    format!("note ({})", fit(name, 16)),
                    format!(" · tab: all {n} sources"),
                ),
            };
            (label, format!("enter save{toggle} · esc cancel"))
        }
        PromptKind::EditNote { .. } => ("note".into(), "enter save · esc cancel".into()),
        PromptKind::Filter { .. } => ("filter".into(), "enter keep · esc cancel".into()),
        PromptKind::Export { format } => (
            format!("export {} to", format.name()),
            "tab format · enter write · esc cancel".into(),
        ),
    }
}

/// The keys worth a reminder here, most important first: the ones at the end give way when
/// the bar is narrow.
fn hint_actions(state: &State) -> &'static [Action] {
    match state.tab {
        Tab::Reader if state.selection.is_some() => &[
            Action::Bookmark,
            Action::Close,
            Action::ScrollDown,
            Action::Help,
        ],
        Tab::Reader if !state.search.query.is_empty() => &[
            Action::Help,
            Action::SearchNext,
            Action::Quit,
            Action::Close,
            Action::NextShared,
            Action::ToggleAligned,
        ],
        Tab::Reader => &[
            Action::Help,
            Action::Quit,
            Action::Search,
            Action::Bookmark,
            Action::FocusNext,
            Action::NextShared,
            Action::ToggleAligned,
            Action::NextSources,
            Action::ScrollDown,
        ],
        Tab::Sources => &[
            Action::Help,
            Action::Quit,
            Action::TabReader,
            Action::ScrollDown,
        ],
        Tab::Compare => &[
            Action::Help,
            Action::Quit,
            Action::NextVariant,
            Action::ToggleCosmetic,
            Action::ChangeBase,
            Action::ToggleVariantTable,
            Action::FocusNext,
            Action::Open,
        ],
        Tab::Claims => &[
            Action::Help,
            Action::Quit,
            Action::CycleClaimsFilter,
            Action::Open,
            Action::FocusRight,
            Action::ScrollDown,
        ],
        Tab::Bookmarks => &[
            Action::Help,
            Action::Quit,
            Action::Open,
            Action::EditNote,
            Action::Delete,
            Action::Undo,
            Action::Filter,
            Action::Export,
        ],
    }
}

/// Where the reader is: how far through the focused source, scrolling mode, search matches.
fn position(state: &State) -> String {
    if state.tab == Tab::Bookmarks {
        let m = &state.marks;
        return if m.filter.is_empty() {
            format!(" Bookmarks {} ", m.rows.len())
        } else {
            format!(" Bookmarks {}/{} ", m.visible.len(), m.rows.len())
        };
    }
    if state.tab != Tab::Reader {
        return format!(" {} ", state.tab.title());
    }
    let mut parts = Vec::new();
    if let Some(pane) = state.focused() {
        let lines = state.wrapped(state.focus).len().max(1);
        let last = (pane.top + state.text_rows()).min(lines);
        let name = state.corpus.articles[pane.article].display_name();
        parts.push(format!("{} {}%", fit(name, 16), last * 100 / lines));
        let n = state.corpus.articles.len();
        if n > state.panes.len() {
            parts.push(format!("{}/{n} shown", state.panes.len()));
        }
    }
    parts.push(
        if state.aligned {
            "aligned"
        } else {
            "free scroll"
        }
        .to_string(),
    );
    if !state.search.query.is_empty() {
        let q = fit(&crate::text::sanitise_line(&state.search.query), 12);
        match state.search.current {
            Some(i) => parts.push(format!("“{q}” {}/{}", i + 1, state.search.hits.len())),
            None => parts.push(format!("“{q}” no matches")),
        }
    }
    format!(" {} ", parts.join(" · "))
}
