//! Monochrome through the real crossterm backend. crossterm 0.29 honours NO_COLOR by writing an
//! empty SGR (`ESC[;m` or `ESC[m`, which reset everything) for each colour change, and ratatui sends the
//! modifiers before the colours, so any colour change would cancel reverse video. The reader's
//! monochrome theme never changes colour; these tests check the bytes a terminal would get.

use crosscheck::config::Config;
use crosscheck::corpus;
use crosscheck::tui::{Action, Analysis, State, Theme, apply_keys, update};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

/// Draws `state` through crossterm with colour output disabled as NO_COLOR does, and returns
/// the bytes written.
fn bytes(state: &State) -> String {
    crossterm::style::Colored::set_ansi_color_disabled(true);
    let mut out = Vec::new();
    {
        let backend = CrosstermBackend::new(&mut out);
        let viewport = Viewport::Fixed(Rect::new(0, 0, state.size.0, state.size.1));
        let mut t = Terminal::with_options(backend, TerminalOptions { viewport }).unwrap();
        t.draw(|f| f.render_widget(state, f.area())).unwrap();
    }
    String::from_utf8(out).unwrap()
}

/// Whether reverse video is on where `needle` is printed, following SGR sequences as a
/// terminal would.
fn reversed_at(stream: &str, needle: &str) -> bool {
    let at = stream.find(needle).expect("text is drawn");
    let mut reverse = false;
    let mut rest = &stream[..at];
    while let Some(i) = rest.find("\x1b[") {
        rest = &rest[i + 2..];
        let end = rest
            .find(|c: char| c.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        if rest[end..].starts_with('m') {
            let params = &rest[..end];
            // An empty parameter means 0: `ESC[m` and `ESC[;m` both reset everything.
            for p in params.split(';') {
                match p {
                    "" | "0" => reverse = false,
                    "7" => reverse = true,
                    "27" => reverse = false,
                    _ => {}
                }
            }
        }
    }
    reverse
}

fn reader(color: bool) -> State {
    let config = Config::default();
    let mut s = State::new(
        corpus::bundled(),
        Analysis::default(),
        &config,
        Theme::new(&config.theme, color),
    );
    update(
        &mut s,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    s
}

#[test]
fn monochrome_keeps_reverse_video_under_no_color() {
    let mut s = reader(false);
    let out = bytes(&s);
    assert!(reversed_at(&out, "1 Reader"), "the active tab is reversed");
    assert!(
        reversed_at(&out, "2020-01-07 · 478 words"),
        "the focused header is reversed"
    );
    assert!(
        !reversed_at(&out, "The National"),
        "the other header is not"
    );
    apply_keys(&mut s, "/confusion<enter>").unwrap();
    let out = bytes(&s);
    assert!(
        reversed_at(&out, "confusion"),
        "search matches are reversed"
    );
}

#[test]
fn the_colour_theme_under_no_color_would_lose_reverse_video() {
    // Why the monochrome theme exists: the same screen drawn with colours, where crossterm
    // suppresses them, loses the reverse video of the focused header.
    let s = reader(true);
    let out = bytes(&s);
    assert!(out.contains("\x1b[;m"), "crossterm wrote empty SGRs");
    assert!(!reversed_at(&out, "2020-01-07 · 478 words"));
}
