//! End to end: the real binary in tmux, with a temporary HOME and XDG directories. Each test
//! has its own tmux server (`-L`), so they run in parallel.

#[path = "support/pages.rs"]
mod pages;
#[path = "support/server.rs"]
mod server;
#[path = "support/tmux.rs"]
mod tmux;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};
use tmux::{BIN, Session, reader_up, tmux_available};

#[test]
fn starts_on_the_bundled_corpus_responds_to_keys_and_quits_cleanly() {
    if !tmux_available() {
        return;
    }
    let s = Session::start("basic", 160, 48, BIN, &[]);
    let screen = reader_up(&s);
    for outlet in ["The National", "Reuters", "2020-01-06"] {
        assert!(screen.contains(outlet), "{outlet} in\n{screen}");
    }
    assert!(screen.contains("4/5 shown"));
    s.keys(&["5"]);
    let screen = s.wait_for_text("004_fd2ac79c1a0013a0");
    for id in ["000_", "001_", "002_", "003_", "004_"] {
        assert!(screen.contains(id), "{id}");
    }
    assert!(screen.contains("The Hill"));
    s.keys(&["1", "C-d"]);
    s.wait_for("scrolled", |screen| {
        !screen.contains(" 10% ") && screen.contains("1 Reader")
    });
    s.keys(&["/"]);
    s.literal("withdrawal");
    s.keys(&["Enter"]);
    s.wait_for_text("“withdrawal” ");
    s.keys(&["?"]);
    s.wait_for_text("Keys (from your keymap)");
    s.keys(&["Escape"]);
    s.wait_for("help closed", |screen| {
        !screen.contains("Keys (from your keymap)")
    });
    s.keys(&["q"]);
    s.assert_exited_cleanly(0);
}

#[test]
fn ctrl_c_quits_cleanly_from_the_search_prompt() {
    if !tmux_available() {
        return;
    }
    let s = Session::start("ctrlc", 100, 30, BIN, &[]);
    reader_up(&s);
    s.keys(&["/"]);
    s.wait_for_text("search:");
    s.keys(&["C-c"]);
    s.assert_exited_cleanly(0);
}

#[test]
fn sigterm_and_sighup_restore_the_terminal() {
    if !tmux_available() {
        return;
    }
    for (name, signal) in [("term", "TERM"), ("hup", "HUP")] {
        let s = Session::start(name, 100, 30, BIN, &[]);
        reader_up(&s);
        let status = Command::new("kill")
            .args(["-s", signal, &s.pid()])
            .status()
            .unwrap();
        assert!(status.success());
        s.assert_exited_cleanly(130);
    }
}

#[test]
fn the_reader_ends_when_its_terminal_vanishes() {
    if !tmux_available() {
        return;
    }
    let s = Session::start("vanish", 100, 30, BIN, &[]);
    reader_up(&s);
    let pid = s.pid();
    // The whole terminal goes, as when a window is closed: the reader gets SIGHUP and its tty
    // reads end-of-file from then on.
    s.tmux(&["kill-server"]);
    let alive = || {
        Command::new("kill")
            .args(["-0", &pid])
            .status()
            .is_ok_and(|st| st.success())
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    while alive() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(!alive(), "the reader (pid {pid}) outlived its terminal");
}

#[test]
fn articles_from_stdin_with_keys_from_the_terminal() {
    if !tmux_available() {
        return;
    }
    let article = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/corpus");
    let first = std::fs::read_dir(&article)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .min()
        .expect("a bundled article file");
    let cmd = format!("sh -c \"cat '{}' | {BIN} -\"", first.display());
    let s = Session::start("stdin", 100, 30, &cmd, &[]);
    let screen = reader_up(&s);
    let text_row = screen.lines().nth(4).unwrap();
    assert!(!text_row.contains('│'), "one source, one pane:\n{screen}");
    s.keys(&["j", "j", "5"]);
    s.wait_for_text("Sources");
    s.keys(&["q"]);
    s.assert_exited_cleanly(0);
}

#[test]
fn a_bad_config_is_reported_with_its_line_and_the_defaults_used() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("bad.toml");
    std::fs::write(&config, "tab_width = 4\npane_min_widht = 30\n").unwrap();
    let cmd = format!("{BIN} --config {}", config.display());
    let s = Session::start("config", 160, 48, &cmd, &[]);
    let screen = reader_up(&s);
    assert!(
        screen.contains("config ignored, using defaults"),
        "{screen}"
    );
    assert!(
        screen.contains("line 2 column 1 `pane_min_widht`"),
        "{screen}"
    );
    assert!(screen.contains("4/5 shown"), "defaults in force");
    // The help shows the whole message, with the file's path.
    s.keys(&["?"]);
    s.wait_for_text("bad.toml");
    s.keys(&["Escape", "Escape"]);
    s.wait_for("message dismissed", |screen| {
        !screen.contains("config ignored")
    });
    s.keys(&["q"]);
    s.assert_exited_cleanly(0);
}

#[test]
fn a_config_in_xdg_config_home_remaps_keys_and_the_hints_show_it() {
    if !tmux_available() {
        return;
    }
    let config = "[keys]\n\"x\" = \"quit\"\n\"q\" = \"none\"\n";
    let s = Session::start_with_config("xdg", 160, 48, BIN, &[], Some(config));
    let screen = reader_up(&s);
    assert!(
        screen.contains("x quit"),
        "the hint shows the remapped key:\n{screen}"
    );
    s.keys(&["?"]);
    s.wait_for_text("x            quit");
    s.keys(&["Escape", "q"]);
    std::thread::sleep(Duration::from_millis(300));
    assert!(s.screen().contains("1 Reader"), "q no longer quits");
    s.keys(&["x"]);
    s.assert_exited_cleanly(0);
}

#[test]
fn resizing_below_the_minimum_asks_for_room_and_recovers() {
    if !tmux_available() {
        return;
    }
    let s = Session::start("resize", 100, 30, BIN, &[]);
    reader_up(&s);
    s.tmux(&["resize-window", "-t", "t", "-x", "50", "-y", "12"]);
    s.wait_for_text("needs a terminal of at least 60x15");
    s.tmux(&["resize-window", "-t", "t", "-x", "160", "-y", "48"]);
    s.wait_for_text("4/5 shown");
    s.keys(&["q"]);
    s.assert_exited_cleanly(0);
}

#[test]
fn no_color_and_color_never_give_a_monochrome_reader_with_reverse_video() {
    if !tmux_available() {
        return;
    }
    let never = format!("{BIN} --color never");
    for (name, cmd, env) in [
        ("nocolor", BIN, vec![("NO_COLOR", "1")]),
        ("never", never.as_str(), vec![]),
    ] {
        let s = Session::start(name, 100, 30, cmd, &env);
        reader_up(&s);
        let styled = s.screen_with_styles();
        assert!(
            !styled.contains("38;5;") && !styled.contains("48;5;"),
            "{name}: no colours:\n{styled}"
        );
        assert!(styled.contains("7m"), "{name}: reverse video:\n{styled}");
        s.keys(&["q"]);
        s.assert_exited_cleanly(0);
    }
}

#[test]
fn compare_shows_the_letters_wording_and_claims_the_signed_unsigned_conflict() {
    if !tmux_available() {
        return;
    }
    let s = Session::start("views", 80, 24, BIN, &[]);
    reader_up(&s);
    s.keys(&["2"]);
    let screen = s.wait_for("the letter in Compare", |screen| {
        screen.contains("#4 William Seely III (in the letter)")
            && screen.contains("in deference to the sovereignty")
    });
    assert!(screen.contains("consensus"), "{screen}");
    // The re-translated version, its changed words coloured.
    s.keys(&["Tab", "j"]);
    let styled = s.wait_for("002's version", |_| {
        s.screen_with_styles().contains("respecting")
    });
    assert!(styled.contains("re-translation?"), "{styled}");
    let styles = s.screen_with_styles();
    let at = styles.find("respecting").unwrap();
    assert!(
        styles[..at].ends_with('m'),
        "respecting is styled: {styles}"
    );
    s.keys(&["3"]);
    let screen = s.wait_for("the conflict in Claims", |screen| {
        screen.contains("in conflict") && screen.contains("unsigned")
    });
    assert!(screen.contains("It was signed"), "{screen}");
    assert!(screen.contains("opposite polarity"), "{screen}");
    s.keys(&["q"]);
    s.assert_exited_cleanly(0);
}

#[test]
fn a_bookmark_with_a_note_survives_a_restart_and_is_exported() {
    if !tmux_available() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let command = format!("{BIN} --data-dir {}", data.path().display());
    let s = Session::start("bookmark1", 100, 30, &command, &[]);
    reader_up(&s);
    s.keys(&["j", "j", "m"]);
    s.wait_for_text("note (");
    s.literal("the key sentence");
    s.keys(&["Enter"]);
    s.wait_for_text("bookmarked “");
    s.keys(&["q"]);
    s.assert_exited_cleanly(0);
    drop(s);

    let s = Session::start("bookmark2", 100, 30, &command, &[]);
    reader_up(&s);
    s.keys(&["4"]);
    let screen = s.wait_for_text("note: the key sentence");
    assert!(screen.contains("1 bookmark"), "{screen}");
    assert!(screen.contains("exact"), "{screen}");
    s.keys(&["x"]);
    s.wait_for_text("export Markdown to:");
    s.keys(&["Enter"]);
    s.wait_for_text("exported 1 bookmark(s) as Markdown");
    let markdown = std::fs::read_to_string(data.path().join("crosscheck-bookmarks.md")).unwrap();
    assert!(
        markdown.contains("**Note:** the key sentence"),
        "{markdown}"
    );
    assert!(markdown.contains("\n> "), "the passage as a block quote");
    s.keys(&["q"]);
    s.assert_exited_cleanly(0);
}

/// An analysis stage that fails (here one failed on purpose through the test-only
/// CROSSCHECK_FAIL_STAGE) does not take the reader down: the message names the stage and the
/// sources, the Claims tab says why it is empty, the panes still read and a bookmark made then
/// is kept.
#[test]
fn a_failed_analysis_leaves_the_reader_usable_and_bookmarks_kept() {
    if !tmux_available() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let command = format!("{BIN} --data-dir {}", data.path().display());
    let env = [("CROSSCHECK_FAIL_STAGE", "claims"), ("RUST_BACKTRACE", "")];
    let s = Session::start("failed-analysis", 160, 48, &command, &env);
    let screen = reader_up(&s);
    assert!(
        screen.contains("analysis failed: internal error in the claims stage"),
        "{screen}"
    );
    assert!(screen.contains("The National"), "{screen}");
    s.keys(&["3"]);
    s.wait_for_text("The analysis could not be done");
    s.keys(&["1", "Escape", "j", "j", "m"]);
    s.wait_for_text("note (");
    s.literal("kept anyway");
    s.keys(&["Enter"]);
    s.wait_for_text("bookmarked “");
    s.keys(&["q"]);
    s.assert_exited_cleanly(0);
    let saved = std::fs::read_to_string(data.path().join("bookmarks.json")).unwrap();
    assert!(saved.contains("kept anyway"), "{saved}");
    assert!(
        !s.output_log().contains("panicked"),
        "no panic message on screen"
    );
}

/// A bug outside the analysis (here one injected into the reader's event loop) still ends the
/// reader cleanly: the terminal is given back, then one line names the stage, exit status 1.
#[test]
fn a_panic_in_the_reader_restores_the_terminal_and_says_so_in_one_line() {
    if !tmux_available() {
        return;
    }
    let env = [("CROSSCHECK_FAIL_STAGE", "reader"), ("RUST_BACKTRACE", "")];
    let s = Session::start("reader-panic", 100, 30, BIN, &env);
    s.assert_exited_cleanly(1);
    let screen = s.screen();
    assert!(
        screen.contains("crosscheck: internal error in the reader stage: "),
        "{screen}"
    );
    assert!(!screen.contains("panicked"), "{screen}");
}

#[test]
fn the_reader_opens_two_urls_served_locally() {
    if !tmux_available() {
        return;
    }
    let server = server::start();
    let command = format!("{BIN} {0}/story-a.html {0}/news/story-b", server.base);
    let s = Session::start("urls", 160, 48, &command, &[]);
    let screen = reader_up(&s);
    assert!(screen.contains("harbour authority"), "{screen}");
    assert!(!screen.contains("Share on"), "{screen}");
    s.keys(&["5"]);
    let screen = s.wait_for_text("127.0.0.1-story-b");
    assert!(screen.contains("127.0.0.1-story-a"), "{screen}");
    assert!(screen.contains("Harbour works approved"), "{screen}");
    s.keys(&["q"]);
    s.assert_exited_cleanly(0);
}
