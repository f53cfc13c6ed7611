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

fn hint_actions(state: &State) -> &'static [Action] {
    match state.tab {
        Tab::Reader if !state.search.query.is_empty() => &[
            Action::SearchNext,
            Action::Close,
            Action::NextShared,
            Action::ToggleAligned,
            Action::Help,
            Action::Quit,
        ],
        Tab::Reader => &[
            Action::ScrollDown,
            Action::FocusNext,
            Action::Search,
            Action::NextShared,
            Action::ToggleAligned,
            Action::NextSources,
            Action::Help,
            Action::Quit,
        ],
        Tab::Sources => &[
            Action::ScrollDown,
            Action::TabReader,
            Action::Help,
            Action::Quit,
        ],
        _ => &[Action::TabReader, Action::Help, Action::Quit],
    }
}

fn position(state: &State) -> String {
    let mut s = format!(" {}", state.tab.title());
    if state.tab != Tab::Reader {
        return s + " ";
    }
    if let Some(pane) = state.focused() {
        let article = &state.corpus.articles[pane.article];
        let lines = state.wrapped(state.focus).len().max(1);
        let last = (pane.top + state.text_rows()).min(lines);
        let shown = state.panes.len();
        let n = state.corpus.articles.len();
        s.push_str(&format!(
            " │ {} {}% │ {} of {} sources",
            article.display_name(),
            last * 100 / lines,
            shown,
            n
        ));
    }
    s.push_str(if state.aligned {
        " │ aligned"
    } else {
        " │ free"
    });
    if !state.search.query.is_empty() {
        let q = crate::text::sanitise_line(&state.search.query);
        match state.search.current {
            Some(i) => s.push_str(&format!(" │ “{q}” {}/{}", i + 1, state.search.hits.len())),
            None => s.push_str(&format!(" │ “{q}” 0 matches")),
        }
    }
    s + " "
}
