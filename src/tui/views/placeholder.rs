//! Tabs whose views are not built yet say so plainly, in one line; they never show made-up
//! content.

use super::super::state::{State, Tab};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

pub struct Placeholder<'a>(pub &'a State, pub Tab);

impl Widget for Placeholder<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Placeholder(state, tab) = self;
        let width = usize::from(area.width.saturating_sub(2));
        let line = format!("The {} view is not built yet.", tab.title());
        buf.set_stringn(area.x + 1, area.y + 1, line, width, state.theme.text);
        if tab == Tab::Compare
            && let Some(sel) = state.compare_selection
        {
            let article = &state.corpus.articles[sel.article];
            let text: String = article
                .slice(sel.span)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let line = format!(
                "Selected in the reader: shared passage {} from {}: {}",
                sel.group,
                article.display_name(),
                text
            );
            buf.set_stringn(
                area.x + 1,
                area.y + 3,
                line,
                width,
                state.theme.cluster(sel.group),
            );
        }
    }
}
