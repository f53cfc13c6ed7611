//! Drawing the reader's state into a test terminal and reading the screen back as text, for
//! the tests that look at what the reader draws.

use crosscheck::tui::State;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

/// The state drawn once, at its own size.
pub fn draw(state: &State) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(state.size.0, state.size.1)).unwrap();
    t.draw(|f| f.render_widget(state, f.area())).unwrap();
    t
}

/// A drawn screen as text, a line a row.
pub fn screen(buf: &Buffer) -> String {
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}
