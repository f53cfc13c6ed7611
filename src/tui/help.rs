//! The help overlay laid out for the screen: the keymap's rows wrapped to the box, prepared
//! when the overlay opens and again when the screen, the tab or the message changes, so the
//! view draws lines and never wraps.

use super::HelpRow;
use super::state::{Overlay, State, Tab};
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

/// The box, the lines above the list (a message), the list's lines, and how many of them
/// fit at once.
#[derive(Debug, Clone, Default)]
pub struct HelpLayout {
    pub rect: Rect,
    pub head: Vec<Line<'static>>,
    pub body: Vec<Line<'static>>,
    pub visible: usize,
    /// What it was laid out for: the area, the tab, the message.
    made_for: Option<(Rect, Tab, Option<String>)>,
}

impl HelpLayout {
    /// How far the help can scroll: its last line at the bottom of the box.
    pub fn max_scroll(&self) -> usize {
        self.body.len().saturating_sub(self.visible)
    }
}

/// Lays the help out for the body area while it is open; nothing when it is closed or
/// nothing it depends on changed.
pub fn prepare(state: &mut State) {
    if !matches!(state.overlay, Some(Overlay::Help { .. })) {
        state.help.made_for = None;
        return;
    }
    let made_for = (state.areas().body, state.tab, state.message.clone());
    if state.help.made_for.as_ref() == Some(&made_for) {
        return;
    }
    state.help = lay_out(state, made_for.0);
    state.help.made_for = Some(made_for);
}

fn lay_out(state: &State, area: Rect) -> HelpLayout {
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
    HelpLayout {
        rect,
        head,
        body,
        visible,
        made_for: None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Action, Theme, apply_keys, update};
    use super::*;
    use crate::config::Config;

    fn reader(width: u16, height: u16) -> State {
        let config = Config::default();
        let theme = Theme::new(&config.theme, true);
        let mut state = State::new(crate::corpus::bundled(), Default::default(), &config, theme);
        update(&mut state, Action::Resize { width, height });
        state
    }

    fn width(line: &Line) -> usize {
        line.spans.iter().map(|s| s.content.width()).sum()
    }

    #[test]
    fn help_is_laid_out_when_it_opens_and_again_when_the_screen_changes() {
        let mut s = reader(80, 24);
        assert!(s.help.body.is_empty(), "nothing is laid out while closed");
        apply_keys(&mut s, "?").unwrap();
        let at_80 = s.help.clone();
        assert!(!at_80.body.is_empty());
        assert_eq!(at_80.visible, usize::from(at_80.rect.height) - 4);
        assert!(at_80.rect.y + at_80.rect.height <= s.areas().body.bottom());
        for line in &at_80.body {
            assert!(width(line) <= usize::from(at_80.rect.width) - 2, "{line:?}");
        }
        update(
            &mut s,
            Action::Resize {
                width: 60,
                height: 48,
            },
        );
        assert_eq!(s.help.rect.width, 56, "the box follows the new width");
        assert!(s.help.body.len() > at_80.body.len(), "narrower: more lines");
        assert!(s.help.visible > at_80.visible, "taller: more of them shown");
        for line in &s.help.body {
            assert!(width(line) <= 54, "{line:?}");
        }
    }

    #[test]
    fn help_scrolls_to_its_last_line_and_back() {
        let mut s = reader(80, 24);
        apply_keys(&mut s, "?G").unwrap();
        let max = s.help.max_scroll();
        assert!(max > 0, "the keymap is longer than 24 rows");
        assert_eq!(s.overlay, Some(Overlay::Help { scroll: max }));
        apply_keys(&mut s, "jjj").unwrap();
        assert_eq!(s.overlay, Some(Overlay::Help { scroll: max }));
        apply_keys(&mut s, "kg").unwrap();
        assert_eq!(s.overlay, Some(Overlay::Help { scroll: 0 }));
    }

    #[test]
    fn a_message_is_laid_out_above_the_keys() {
        let mut s = reader(80, 24);
        s.message = Some("config ignored ".repeat(12));
        apply_keys(&mut s, "?").unwrap();
        assert!(s.help.head.len() >= 3, "wrapped, then a blank line");
        apply_keys(&mut s, "<esc>").unwrap();
        apply_keys(&mut s, "<esc>").unwrap();
        assert_eq!(s.message, None);
        apply_keys(&mut s, "?").unwrap();
        assert!(s.help.head.is_empty(), "laid out again without it");
    }
}
