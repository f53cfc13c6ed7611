//! The help overlay, generated from the live keymap: every action with the keys bound to it,
//! one section per tab, the open tab's first. Long descriptions wrap under themselves (laid
//! out by `tui::help` when the overlay opens), so the keys column stays clear and the closing
//! line always shows.

use super::super::Action;
use super::super::state::State;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

pub struct Help<'a>(pub &'a State, pub usize);

impl Widget for Help<'_> {
    fn render(self, _area: Rect, buf: &mut Buffer) {
        let Help(state, scroll) = self;
        let theme = &state.theme;
        let laid = &state.help;
        let rect = laid.rect;
        Clear.render(rect, buf);
        let scroll = scroll.min(laid.max_scroll());
        let more = scroll + laid.visible < laid.body.len();
        let mut lines = laid.head.clone();
        lines.extend(laid.body.iter().skip(scroll).take(laid.visible).cloned());
        lines.push(Line::from(""));
        let key = |a| {
            state
                .keymap
                .keys_for(a)
                .first()
                .map_or(String::new(), |k| k.to_string())
        };
        let more = if more {
            format!(" · {} for more", key(Action::ScrollDown))
        } else {
            String::new()
        };
        let closes = format!(
            " {} or {} closes{more}",
            key(Action::Close),
            key(Action::Help)
        );
        lines.push(Line::styled(closes, theme.noise));
        Paragraph::new(lines)
            .block(
                Block::new()
                    .borders(Borders::ALL)
                    .title(" Keys (from your keymap) ")
                    .border_style(theme.header),
            )
            .render(rect, buf);
    }
}
