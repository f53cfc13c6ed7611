//! Where everything goes on screen, as a pure function of the terminal size, shared by the
//! views (to draw) and by `update` (to know what a click hit and how far a page is).

use ratatui::layout::Rect;

/// Below this the reader asks for a bigger window instead of drawing a broken screen.
pub const MIN_SIZE: (u16, u16) = (60, 15);
/// Rows at the top of each pane: source line and title.
pub const PANE_HEADER: u16 = 2;
/// Columns left of the text for the bookmark mark, and right of it: a space and the separator.
pub const GUTTER: u16 = 2;
pub const SEPARATOR: u16 = 2;
/// Bookmarks tab: rows above the list (the count and filter, the store's problem or a blank),
/// and rows per entry (source, time and status; the passage; the note).
pub const BOOKMARKS_HEADER: u16 = 2;
pub const BOOKMARK_ROWS: u16 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub tabs: Rect,
    pub body: Rect,
    pub message: Option<Rect>,
    pub status: Rect,
}

pub fn too_small(size: (u16, u16)) -> bool {
    size.0 < MIN_SIZE.0 || size.1 < MIN_SIZE.1
}

pub fn areas((width, height): (u16, u16), message: bool) -> Areas {
    let bottom = 1 + u16::from(message);
    let body_height = height.saturating_sub(1 + bottom);
    Areas {
        tabs: Rect::new(0, 0, width, 1.min(height)),
        body: Rect::new(0, 1, width, body_height),
        message: message.then(|| Rect::new(0, 1 + body_height, width, 1)),
        status: Rect::new(0, height.saturating_sub(1), width, 1.min(height)),
    }
}

/// How many panes fit side by side at `min_width` columns each (at least one).
pub fn pane_count(body_width: u16, min_width: u16, articles: usize) -> usize {
    let fit = usize::from(body_width / min_width.max(1)).max(1);
    fit.min(articles.max(1))
}

pub fn pane_rects(body: Rect, count: usize) -> Vec<Rect> {
    let count = count.max(1) as u16;
    let width = body.width / count;
    (0..count)
        .map(|i| {
            let w = if i + 1 == count {
                body.width - width * (count - 1)
            } else {
                width
            };
            Rect::new(body.x + i * width, body.y, w, body.height)
        })
        .collect()
}

/// The text column width, the same in every pane so one wrapping serves them all.
pub fn text_width(body_width: u16, count: usize) -> u16 {
    let count = count.max(1) as u16;
    (body_width / count)
        .saturating_sub(GUTTER + SEPARATOR)
        .max(1)
}

/// The tab bar's labels and the columns each occupies.
pub fn tab_labels() -> Vec<(String, u16, u16)> {
    let mut x = 0;
    super::Tab::ALL
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let label = format!(" {} {} ", i + 1, t.title());
            let w = label.len() as u16;
            let item = (label, x, x + w);
            x += w + 1;
            item
        })
        .collect()
}

/// How many bookmarks the Bookmarks tab shows at once in a body this tall; `update` keeps the
/// selection among them.
pub fn bookmarks_shown(body_height: u16) -> usize {
    usize::from(body_height.saturating_sub(BOOKMARKS_HEADER) / BOOKMARK_ROWS).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panes_fill_the_body_and_count_follows_the_width() {
        assert_eq!(pane_count(80, 40, 5), 2);
        assert_eq!(pane_count(160, 40, 5), 4);
        assert_eq!(pane_count(300, 40, 5), 5);
        assert_eq!(pane_count(30, 40, 5), 1);
        assert_eq!(pane_count(80, 40, 0), 1);
        let rects = pane_rects(Rect::new(0, 1, 161, 40), 4);
        assert_eq!(rects.iter().map(|r| r.width).sum::<u16>(), 161);
        assert_eq!(text_width(161, 4), 36);
    }

    #[test]
    fn the_bookmarks_tab_shows_whole_entries_and_always_one() {
        let body = |h| areas((80, h), false).body.height;
        assert_eq!(bookmarks_shown(body(24)), 6);
        assert_eq!(bookmarks_shown(body(48)), 14);
        assert_eq!(bookmarks_shown(0), 1);
    }
}
