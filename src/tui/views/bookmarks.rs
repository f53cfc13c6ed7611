//! The Bookmarks view: every bookmark with its source, time, whether it is still found in the
//! loaded sources, the passage and the note; the filter, the selection, and store problems.

use super::super::Action;
use super::super::layout::{BOOKMARK_ROWS, BOOKMARKS_HEADER, bookmarks_shown};
use super::super::state::State;
use crate::bookmarks::Status;
use crate::text::fit;
use crate::text::sanitise_line;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

pub struct Bookmarks<'a>(pub &'a State);

impl Widget for Bookmarks<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.0;
        let theme = &state.theme;
        let m = &state.marks;
        let width = usize::from(area.width.saturating_sub(2));
        let mut header = match m.rows.len() {
            1 => "1 bookmark".to_string(),
            n => format!("{n} bookmarks"),
        };
        if !m.filter.is_empty() {
            let filter = fit(&sanitise_line(&m.filter), 30);
            header.push_str(&format!(" · {} match “{filter}”", m.visible.len()));
        }
        buf.set_stringn(area.x + 1, area.y, &header, width, theme.header);
        if let Some(problem) = &m.problem {
            buf.set_stringn(area.x + 1, area.y + 1, problem, width, theme.warning);
        }
        let top = area.y + BOOKMARKS_HEADER;
        if m.visible.is_empty() {
            let key = |a| state.keymap.describe_keys(a);
            let text = if m.rows.is_empty() {
                format!(
                    "No bookmarks yet. In the Reader ({}), {} bookmarks the passage under the cursor, {} selects lines.",
                    key(Action::TabReader),
                    key(Action::Bookmark),
                    key(Action::Select)
                )
            } else {
                format!(
                    "No bookmark matches the filter; {} clears it.",
                    key(Action::Close)
                )
            };
            for (y, line) in (top..area.y + area.height).zip(textwrap::wrap(&text, width)) {
                buf.set_stringn(area.x + 1, y, line, width, theme.text);
            }
            return;
        }
        let shown = bookmarks_shown(state.areas().body.height);
        for (slot, (index, &row)) in m
            .visible
            .iter()
            .enumerate()
            .skip(m.scroll)
            .take(shown)
            .enumerate()
        {
            let y = top + slot as u16 * BOOKMARK_ROWS;
            if y + BOOKMARK_ROWS > area.y + area.height {
                break;
            }
            let r = &m.rows[row];
            let b = &r.bookmark;
            let selected = index == m.selected;
            let time = b.created.get(..16).unwrap_or(&b.created).replace('T', " ");
            let head = format!(
                "{} {}  {}  ",
                if selected { "▸" } else { " " },
                fit(&sanitise_line(b.source.display_name()), 24),
                sanitise_line(&time),
            );
            let head_style = if selected {
                theme.header_focused
            } else {
                theme.header
            };
            if selected {
                buf.set_style(Rect::new(area.x, y, area.width, 1), theme.header_focused);
            }
            let (x, _) = buf.set_stringn(area.x, y, &head, width + 1, head_style);
            let left = usize::from((area.x + area.width).saturating_sub(x + 1));
            // The explanation where it fits, else the one word.
            let status = r.status();
            let label = Some(explained(status))
                .filter(|l| l.width() <= left)
                .unwrap_or(status.label());
            let label_style = match status {
                Status::Orphaned => theme.warning,
                _ => head_style,
            };
            buf.set_stringn(x, y, label, left, label_style);
            let snippet = format!("“{}”", b.snippet(width.saturating_sub(5)));
            let snippet_style = if status == Status::Orphaned {
                theme.noise
            } else {
                theme.text
            };
            buf.set_stringn(area.x + 3, y + 1, snippet, width - 2, snippet_style);
            let (note, note_style) = if b.note.is_empty() {
                ("(no note)".to_string(), theme.noise)
            } else {
                (format!("note: {}", sanitise_line(&b.note)), theme.quote)
            };
            buf.set_stringn(
                area.x + 3,
                y + 2,
                fit(&note, width - 2),
                width - 2,
                note_style,
            );
        }
    }
}

/// The status with what it means, where the line has room: the word itself is the one
/// `crosscheck bookmarks list` and the exports use.
fn explained(status: Status) -> &'static str {
    match status {
        Status::Exact => "exact",
        Status::Moved => "moved: found elsewhere in the source",
        Status::Fuzzy => "fuzzy: found with other spacing or quote marks",
        Status::Orphaned => "orphaned: not in the loaded sources; saved text below",
    }
}
