//! The Sources tab: the table `sources_table` laid out, its header row kept in place while the
//! rest scrolls.

use super::super::sources_table::LineKind;
use super::super::state::State;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

pub struct Sources<'a>(pub &'a State);

impl Widget for Sources<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.0;
        let theme = &state.theme;
        let width = usize::from(area.width.saturating_sub(2));
        // The header row stays put while the rest scrolls.
        let Some((head, rest)) = state.sources_table.lines.split_first() else {
            return;
        };
        buf.set_stringn(area.x + 1, area.y, &head.0, width, theme.header);
        for (row, (text, kind)) in rest
            .iter()
            .skip(state.sources_scroll)
            .take(usize::from(area.height.saturating_sub(1)))
            .enumerate()
        {
            let style: Style = match kind {
                LineKind::Header => theme.header,
                LineKind::Row => theme.text,
                LineKind::Error => theme.warning,
            };
            buf.set_stringn(area.x + 1, area.y + 1 + row as u16, text, width, style);
        }
    }
}
