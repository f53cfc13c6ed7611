//! The status bar: the search prompt while typing, else where you are (tab, focused source,
//! position, aligned scrolling, search matches) and the keys that matter here, taken from the
//! live keymap.

use super::super::Action;
use super::super::state::{State, Tab};
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
            let text = format!(" search: {prompt}█   enter search · esc cancel");
            buf.set_stringn(area.x, area.y, text, width, theme.status_key);
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

/// The keys worth a reminder here, most important first: the ones at the end give way when
/// the bar is narrow.
fn hint_actions(state: &State) -> &'static [Action] {
    match state.tab {
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
            Action::OpenInCompare,
        ],
        Tab::Claims => &[
            Action::Help,
            Action::Quit,
            Action::CycleClaimsFilter,
            Action::OpenInCompare,
            Action::FocusRight,
            Action::ScrollDown,
        ],
        _ => &[Action::Help, Action::Quit, Action::TabReader],
    }
}

/// Where the reader is: how far through the focused source, scrolling mode, search matches.
fn position(state: &State) -> String {
    if state.tab != Tab::Reader {
        return format!(" {} ", state.tab.title());
    }
    let mut parts = Vec::new();
    if let Some(pane) = state.focused() {
        let lines = state.wrapped(state.focus).len().max(1);
        let last = (pane.top + state.text_rows()).min(lines);
        let name = state.corpus.articles[pane.article].display_name();
        parts.push(format!("{} {}%", super::fit(name, 16), last * 100 / lines));
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
        let q = super::fit(&crate::text::sanitise_line(&state.search.query), 12);
        match state.search.current {
            Some(i) => parts.push(format!("“{q}” {}/{}", i + 1, state.search.hits.len())),
            None => parts.push(format!("“{q}” no matches")),
        }
    }
    format!(" {} ", parts.join(" · "))
}
