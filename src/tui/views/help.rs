//! The help overlay, generated from the live keymap: every action with the keys bound to it,
//! one section per tab, the open tab's first. Long descriptions wrap under themselves, so the
//! keys column stays clear and the closing line always shows.

use super::super::state::State;
use super::super::{Action, HelpRow};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

pub struct Help<'a>(pub &'a State, pub usize);

/// The box, the lines above the list (a message), the list's lines, and how many of them
/// fit at once.
struct Laid<'a> {
    rect: Rect,
    head: Vec<Line<'a>>,
    body: Vec<Line<'a>>,
    visible: usize,
}

fn lay_out(state: &State, area: Rect) -> Laid<'_> {
    let theme = &state.theme;
    let rows = state.keymap.help_rows(state.tab);
    let key_width = rows
        .iter()
        .map(|r| match r {
            HelpRow::Keys(k, _) => k.width(),
            HelpRow::Heading(_) => 0,
        })
        .max()
        .unwrap_or(0)
        .min(22);
    let width = area.width.saturating_sub(4).min(72);
    let inner = usize::from(width.saturating_sub(2)).max(1);
    let indent = key_width + 3;
    let heading = theme.headline.add_modifier(Modifier::UNDERLINED);
    let mut body = Vec::new();
    for row in rows {
        match row {
            HelpRow::Heading(title) => {
                if !body.is_empty() {
                    body.push(Line::from(""));
                }
                body.push(Line::styled(format!(" {title}"), heading));
            }
            HelpRow::Keys(keys, what) => {
                let room = inner.saturating_sub(indent).max(10);
                for (i, part) in textwrap::wrap(what, room).into_iter().enumerate() {
                    let keys = if i == 0 { keys.as_str() } else { "" };
                    body.push(Line::from(vec![
                        Span::styled(format!(" {keys:<key_width$}  "), theme.header),
                        Span::styled(part.into_owned(), theme.text),
                    ]));
                }
            }
        }
    }
    // The message line may be cut short on a narrow screen; here it is whole.
    let mut head = Vec::new();
    if let Some(message) = &state.message {
        for part in textwrap::wrap(&format!(" {message}"), inner) {
            head.push(Line::styled(part.into_owned(), theme.warning));
        }
        head.push(Line::from(""));
    }
    // Borders, the blank line and the closing line take four rows.
    let height = area
        .height
        .saturating_sub(2)
        .min(u16::try_from(head.len() + body.len() + 4).unwrap_or(u16::MAX));
    let visible = usize::from(height.saturating_sub(4)).saturating_sub(head.len());
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    Laid {
        rect,
        head,
        body,
        visible,
    }
}

/// How far the help can scroll in `area`: its last line at the bottom of the box.
pub fn max_scroll(state: &State, area: Rect) -> usize {
    let laid = lay_out(state, area);
    laid.body.len().saturating_sub(laid.visible)
}

impl Widget for Help<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Help(state, scroll) = self;
        let theme = &state.theme;
        let Laid {
            rect,
            head,
            body,
            visible,
        } = lay_out(state, area);
        Clear.render(rect, buf);
        let scroll = scroll.min(body.len().saturating_sub(visible));
        let more = scroll + visible < body.len();
        let mut lines = head;
        lines.extend(body.into_iter().skip(scroll).take(visible));
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
