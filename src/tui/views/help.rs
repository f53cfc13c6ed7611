//! The help overlay, generated from the live keymap: every action with the keys bound to it.

use super::super::Action;
use super::super::state::State;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

pub struct Help<'a>(pub &'a State, pub usize);

impl Widget for Help<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Help(state, scroll) = self;
        let theme = &state.theme;
        let rows = state.keymap.help_rows();
        let key_width = rows
            .iter()
            .map(|(k, _)| k.width())
            .max()
            .unwrap_or(0)
            .min(22);
        let width = area.width.saturating_sub(4).min(72);
        let height = area.height.saturating_sub(2).min(rows.len() as u16 + 4);
        let rect = Rect::new(
            area.x + (area.width - width) / 2,
            area.y + (area.height - height) / 2,
            width,
            height,
        );
        Clear.render(rect, buf);
        let visible = usize::from(height.saturating_sub(4));
        let scroll = scroll.min(rows.len().saturating_sub(visible));
        let mut lines: Vec<Line> = rows
            .iter()
            .skip(scroll)
            .take(visible)
            .map(|(keys, what)| {
                Line::from(vec![
                    Span::styled(format!(" {keys:<key_width$}  "), theme.header),
                    Span::styled(*what, theme.text),
                ])
            })
            .collect();
        lines.push(Line::from(""));
        let key = |a| {
            state
                .keymap
                .keys_for(a)
                .first()
                .map_or(String::new(), |k| k.to_string())
        };
        let more = if scroll + visible < rows.len() {
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
        // The message line may be cut short on a narrow screen; here it is whole.
        if let Some(message) = &state.message {
            lines.insert(0, Line::styled(format!(" {message}"), theme.warning));
            lines.insert(1, Line::from(""));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(
                Block::new()
                    .borders(Borders::ALL)
                    .title(" Keys (from your keymap) ")
                    .border_style(theme.header),
            )
            .render(rect, buf);
    }
}
