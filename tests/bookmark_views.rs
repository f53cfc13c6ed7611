//! What the bookmarks look like: the Bookmarks tab at 80x24 and 160x48 with one bookmark of
//! each status (exact, moved, fuzzy, orphaned), and the gutter marks in the Reader.

use crosscheck::bookmarks::Status;
use crosscheck::config::Config;
use crosscheck::corpus;
use crosscheck::tui::layout::PANE_HEADER;
use crosscheck::tui::{Action, Analysis, State, Theme, apply_keys, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::Path;

fn reader(width: u16, height: u16, dir: &Path) -> State {
    let config = Config::default();
    let theme = Theme::new(&config.theme, true);
    let mut s = State::new(corpus::bundled(), Analysis::default(), &config, theme);
    s.analyse();
    s.open_bookmarks(Ok(dir.to_path_buf()));
    update(&mut s, Action::Resize { width, height });
    s
}

fn draw(s: &State) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(s.size.0, s.size.1)).unwrap();
    t.draw(|f| f.render_widget(s, f.area())).unwrap();
    t
}

/// Four bookmarks made with the keys, then edited on disk as time and file edits would: fixed
/// creation times; the second's saved position off by a few bytes (moved); the third's also
/// off and its spacing changed (fuzzy); the fourth's text no longer in its source (orphaned).
fn four_statuses(dir: &Path) {
    let mut s = reader(160, 48, dir);
    for (pane, note) in ["the letter's opening", "", "sent in error?", "gone"]
        .iter()
        .enumerate()
    {
        if pane > 0 {
            apply_keys(&mut s, "<tab>").unwrap();
        }
        // Down to the first sentence below the headline.
        apply_keys(&mut s, "jj").unwrap();
        while s.passage.is_none() {
            apply_keys(&mut s, "j").unwrap();
        }
        apply_keys(&mut s, &format!("m{note}<enter>")).unwrap();
    }
    assert_eq!(s.marks.rows.len(), 4);
    let path = dir.join("bookmarks.json");
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let list = json["bookmarks"].as_array_mut().unwrap();
    for (i, b) in list.iter_mut().enumerate() {
        b["created"] = format!("2020-01-07T09:3{i}:00Z").into();
    }
    for b in &mut list[1..3] {
        let start = b["position"]["start"].as_u64().unwrap();
        b["position"]["start"] = (start + 3).into();
        b["position"]["end"] = (b["position"]["end"].as_u64().unwrap() + 3).into();
    }
    let exact = list[2]["quote"]["exact"]
        .as_str()
        .unwrap()
        .replacen(' ', "\n  ", 2);
    list[2]["quote"]["exact"] = exact.into();
    list[3]["quote"]["exact"] = "A passage the source no longer carries.".into();
    std::fs::write(&path, serde_json::to_string_pretty(&json).unwrap()).unwrap();
}

#[test]
fn bookmarks_tab_at_80x24_and_160x48() {
    let dir = tempfile::tempdir().unwrap();
    four_statuses(dir.path());
    for (w, h) in [(80, 24), (160, 48)] {
        let mut s = reader(w, h, dir.path());
        let found: Vec<Status> = s.marks.rows.iter().map(|r| r.status()).collect();
        assert_eq!(
            found,
            [
                Status::Exact,
                Status::Moved,
                Status::Fuzzy,
                Status::Orphaned
            ]
        );
        apply_keys(&mut s, "4j").unwrap();
        insta::assert_snapshot!(format!("bookmarks_{w}x{h}"), draw(&s).backend());
    }
}

/// The word the Bookmarks tab shows for each bookmark is the one `crosscheck bookmarks list`
/// prints for it, and the one the JSON export gives as its status.
#[test]
fn the_reader_and_the_command_line_name_each_status_alike() {
    let dir = tempfile::tempdir().unwrap();
    four_statuses(dir.path());
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .arg("--data-dir")
            .arg(dir.path())
            .args(args)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let list = run(&["bookmarks", "list"]);
    let exported: serde_json::Value =
        serde_json::from_str(&run(&["bookmarks", "export", "--format", "json"])).unwrap();
    let items = exported["first"]["items"].as_array().unwrap();
    let mut s = reader(160, 48, dir.path());
    apply_keys(&mut s, "4").unwrap();
    let screen = draw(&s).backend().to_string();
    assert_eq!(s.marks.rows.len(), 4);
    for (row, item) in s.marks.rows.iter().zip(items) {
        let word = row.status().label();
        let id = &row.bookmark.id;
        let listed = list.lines().find(|l| l.starts_with(id.as_str())).unwrap();
        assert_eq!(listed.split_whitespace().nth(1), Some(word), "{listed}");
        assert_eq!(item["crosscheck"]["status"], word, "{item}");
        let created = row.bookmark.created[..16].replace('T', " ");
        let on_screen = screen.lines().find(|l| l.contains(&created)).unwrap();
        assert!(on_screen.contains(&format!("  {word}")), "{on_screen}");
    }
    let words: Vec<&str> = s.marks.rows.iter().map(|r| r.status().label()).collect();
    assert_eq!(words, ["exact", "moved", "fuzzy", "orphaned"]);
}

#[test]
fn bookmarks_tab_filtered_and_empty() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = reader(80, 24, dir.path());
    apply_keys(&mut s, "4").unwrap();
    insta::assert_snapshot!("bookmarks_empty_80x24", draw(&s).backend());
    four_statuses(dir.path());
    let mut s = reader(80, 24, dir.path());
    apply_keys(&mut s, "4/error").unwrap();
    insta::assert_snapshot!("bookmarks_filtering_80x24", draw(&s).backend());
}

#[test]
fn bookmarked_lines_are_marked_in_the_gutter_of_every_pane_that_shows_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = reader(80, 24, dir.path());
    apply_keys(&mut s, "jjmx<enter>").unwrap();
    let (_, span) = s.analysis.bookmarks[0];
    let w = s.wrapped(0);
    let marked: Vec<usize> = (0..w.len())
        .filter(|&l| w.lines[l].span.overlaps(span))
        .collect();
    let t = draw(&s);
    let buf = t.backend().buffer();
    let body = 1 + PANE_HEADER;
    for row in body..s.size.1 - 1 {
        let line = usize::from(row - body) + s.panes[0].top;
        let cell = &buf[(0, row)];
        assert_eq!(
            cell.symbol() == "▌",
            marked.contains(&line),
            "row {row} (line {line})"
        );
        if marked.contains(&line) {
            assert_eq!(cell.style().fg, s.theme.bookmark.fg);
        }
    }
    // The other pane shows another source: no marks there.
    let x = s.size.0 / 2 + 1;
    assert!((body..s.size.1 - 1).all(|row| buf[(x, row)].symbol() != "▌"));
}

#[test]
fn the_export_prompt_at_80_columns_shows_the_whole_path_before_its_key_reminders() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = reader(80, 24, dir.path());
    apply_keys(&mut s, "]m<enter>4x").unwrap();
    let t = draw(&s);
    let buffer = t.backend().buffer();
    let last: String = (0..80)
        .map(|x| buffer[(x, 23)].symbol().to_string())
        .collect();
    let path = dir.path().join("crosscheck-bookmarks.md");
    assert!(
        last.contains(&format!("to: {}█", path.display())),
        "{last:?}"
    );
}
