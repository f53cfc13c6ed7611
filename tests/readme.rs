//! The README's pictures of the reader are real screens: each is drawn here on the bundled
//! corpus, and the test fails when the README's copy differs. `scripts/readme-screens.sh` (this
//! test with CROSSCHECK_UPDATE_README=1) writes them into the README instead.

use crosscheck::config::Config;
use crosscheck::corpus;
use crosscheck::tui::{Action, Analysis, State, Theme, apply_keys, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use std::path::PathBuf;
use unicode_width::UnicodeWidthStr;

/// Each picture: its name in the README's markers, the terminal size, and the keys pressed
/// after the reader opens.
const SCREENS: &[(&str, u16, u16, &str)] = &[
    ("reader", 100, 30, "]]]"),
    ("compare", 100, 24, "2"),
    ("claims", 100, 24, "3"),
];

/// What the reader shows after `keys`, as text: one line per row, trailing blanks cut.
fn screen(width: u16, height: u16, keys: &str) -> String {
    let config = Config::default();
    // In colour, as most users see it: the monochrome theme draws other symbols.
    let theme = Theme::new(&config.theme, true);
    let mut state = State::new(corpus::bundled(), Analysis::default(), &config, theme);
    state.analyse();
    update(&mut state, Action::Resize { width, height });
    apply_keys(&mut state, keys).unwrap();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|f| f.render_widget(&state, f.area()))
        .unwrap();
    text(terminal.backend().buffer())
}

fn text(buf: &Buffer) -> String {
    let mut lines = Vec::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        // A wide character's cell is followed by one its second half covers.
        let mut covered = 0;
        for x in 0..buf.area.width {
            let symbol = buf[(x, y)].symbol();
            if covered == 0 {
                line.push_str(symbol);
            }
            covered = covered.max(symbol.width()).saturating_sub(1);
        }
        lines.push(line.trim_end().to_string());
    }
    lines.join("\n")
}

/// The README with `name`'s block (between its two markers) holding `body`.
fn with_block(readme: &str, name: &str, body: &str) -> Result<String, String> {
    let open = format!("<!-- screen:{name} -->\n");
    let close = format!("<!-- /screen:{name} -->");
    let start = readme
        .find(&open)
        .ok_or_else(|| format!("README.md has no {open:?} marker"))?
        + open.len();
    let end = readme[start..]
        .find(&close)
        .ok_or_else(|| format!("README.md has no {close:?} marker"))?
        + start;
    Ok(format!(
        "{}```text\n{body}\n```\n{}",
        &readme[..start],
        &readme[end..]
    ))
}

#[test]
fn the_readme_shows_the_reader_as_it_is_drawn() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let mut fresh = readme.clone();
    for &(name, width, height, keys) in SCREENS {
        fresh = with_block(&fresh, name, &screen(width, height, keys)).unwrap();
    }
    if std::env::var_os("CROSSCHECK_UPDATE_README").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    } else {
        assert!(
            fresh == readme,
            "README.md's screens are not what the reader draws now; run scripts/readme-screens.sh"
        );
    }
}

#[test]
fn a_block_is_replaced_between_its_markers_only() {
    let readme = "a\n<!-- screen:x -->\nold\n<!-- /screen:x -->\nb\n";
    assert_eq!(
        with_block(readme, "x", "new").unwrap(),
        "a\n<!-- screen:x -->\n```text\nnew\n```\n<!-- /screen:x -->\nb\n"
    );
    assert!(with_block(readme, "y", "new").is_err());
}
