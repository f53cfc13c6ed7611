//! Drawing: `&State` in, cells out. Views never change state or compute analysis; what they
//! show was prepared by `update` (wrapped lines) or when the corpus loaded (highlights).

mod bookmarks;
mod claims;
pub mod compare;
mod help;
mod reader;
pub mod sources;
mod status;

use super::layout::{self, MIN_SIZE};
use super::state::{Overlay, State, Tab};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

impl Widget for &State {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if layout::too_small((area.width, area.height)) {
            too_small(area, buf);
            return;
        }
        let areas = self.areas();
        tabs(self, areas.tabs, buf);
        match self.tab {
            Tab::Reader => reader::Reader(self).render(areas.body, buf),
            Tab::Sources => sources::Sources(self).render(areas.body, buf),
            Tab::Compare => compare::Compare(self).render(areas.body, buf),
            Tab::Claims => claims::Claims(self).render(areas.body, buf),
            Tab::Bookmarks => bookmarks::Bookmarks(self).render(areas.body, buf),
        }
        if let Some(r) = areas.message {
            let text = self
                .notice
                .as_deref()
                .or(self.message.as_deref())
                .unwrap_or("");
            let style = if self.notice.is_some() {
                self.theme.text
            } else {
                self.theme.warning
            };
            buf.set_stringn(
                r.x + 1,
                r.y,
                text,
                usize::from(r.width.saturating_sub(2)),
                style,
            );
        }
        status::Status(self).render(areas.status, buf);
        if let Some(Overlay::Help { scroll }) = self.overlay {
            help::Help(self, scroll).render(areas.body, buf);
        }
    }
}

fn tabs(state: &State, area: Rect, buf: &mut Buffer) {
    for ((label, from, _), tab) in layout::tab_labels().into_iter().zip(Tab::ALL) {
        let style = if tab == state.tab {
            state.theme.tab_active
        } else {
            state.theme.tab
        };
        if from < area.width {
            buf.set_stringn(
                area.x + from,
                area.y,
                &label,
                usize::from(area.width - from),
                style,
            );
        }
    }
}

fn too_small(area: Rect, buf: &mut Buffer) {
    let text = format!(
        "crosscheck needs a terminal of at least {}x{}; this one is {}x{}. Make the window bigger (or press q to quit).",
        MIN_SIZE.0, MIN_SIZE.1, area.width, area.height
    );
    Paragraph::new(Line::from(text))
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// Loading screen: what is being read and how far along, instead of a blank terminal.
pub struct Loading<'a> {
    /// Paths finished, of `total`; `current` is being read.
    pub done: usize,
    pub total: usize,
    pub current: &'a str,
    pub articles: usize,
}

impl Widget for Loading<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let lines = vec![
            Line::from("crosscheck"),
            Line::from(""),
            Line::from(format!(
                "Reading {} of {}; {} article(s) loaded so far:",
                (self.done + 1).min(self.total),
                self.total,
                self.articles
            )),
            Line::from(crate::text::sanitise_line(self.current)),
            Line::from(""),
            Line::from("q or ctrl-c to give up"),
        ];
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }
}

/// Draws `text` at (`x`, `y`), cut at the right edge of `area`; nothing outside it. Returns
/// the column after the text.
/// What a tab that needs the analysis shows in place of its content: `fallback` while there
/// is none, or why the analysis failed, wrapped to the area.
pub(super) fn no_findings(state: &State, area: Rect, buf: &mut Buffer, fallback: &str) {
    let theme = &state.theme;
    let Some(failure) = &state.analysis_failure else {
        put(buf, area, area.x + 1, area.y + 1, fallback, theme.text);
        return;
    };
    let text = format!(
        "The analysis could not be done, so this tab has nothing to show. {failure}. \
         The reading panes, the Sources tab and bookmarks still work."
    );
    let width = usize::from(area.width.saturating_sub(2)).max(1);
    let lines = textwrap::wrap(&text, width);
    for (y, line) in (area.y + 1..area.y + area.height).zip(lines) {
        put(buf, area, area.x + 1, y, &line, theme.warning);
    }
}

pub(super) fn put(buf: &mut Buffer, area: Rect, x: u16, y: u16, text: &str, style: Style) -> u16 {
    if x >= area.x + area.width || y >= area.y + area.height {
        return x;
    }
    let room = usize::from(area.x + area.width - x);
    buf.set_stringn(x, y, text, room, style).0
}
