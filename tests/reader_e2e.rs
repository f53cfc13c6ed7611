//! End to end: the real binary in tmux, with a temporary HOME and XDG directories. Each test
//! has its own tmux server (`-L`), so they run in parallel.

#[path = "support/pages.rs"]
mod pages;
#[path = "support/server.rs"]
mod server;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

struct Session {
    socket: String,
    dir: tempfile::TempDir,
}

const BIN: &str = env!("CARGO_BIN_EXE_crosscheck");

/// Whether tmux can run these tests. On a developer machine without it they are skipped with a
/// note, so `cargo test` works with nothing installed by hand; in CI (`CI` set, where `.ci/run`
/// installs tmux) a missing tmux is a failure, never a silent pass.
fn tmux_available() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is needed for the end-to-end tests in CI; .ci/run installs it"
        );
        eprintln!("skipping: tmux is not installed (apt-get install tmux runs these tests)");
    }
    found
}

impl Session {
    /// Starts `command` (run by sh) in a new tmux session of the given size. After the command
    /// ends the pane prints its exit status and terminal settings, then waits.
    fn start(name: &str, width: u16, height: u16, command: &str, env: &[(&str, &str)]) -> Session {
        Session::start_with_config(name, width, height, command, env, None)
    }

    /// As `start`, with `config` written to `$XDG_CONFIG_HOME/crosscheck/config.toml` first.
    fn start_with_config(
        name: &str,
        width: u16,
        height: u16,
        command: &str,
        env: &[(&str, &str)],
        config: Option<&str>,
    ) -> Session {
        let dir = tempfile::tempdir().unwrap();
        for sub in ["home", "config/crosscheck", "data", "state", "cache"] {
            std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        }
        if let Some(text) = config {
            std::fs::write(dir.path().join("config/crosscheck/config.toml"), text).unwrap();
        }
        let socket = format!("crosscheck-{name}-{}", std::process::id());
        let p = |s: &str| dir.path().join(s).display().to_string();
        let mut vars = vec![
            ("HOME".to_string(), p("home")),
            ("XDG_CONFIG_HOME".to_string(), p("config")),
            ("XDG_DATA_HOME".to_string(), p("data")),
            ("XDG_STATE_HOME".to_string(), p("state")),
            ("XDG_CACHE_HOME".to_string(), p("cache")),
            ("TERM".to_string(), "xterm-256color".to_string()),
        ];
        vars.extend(env.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        let exports: String = vars
            .iter()
            .map(|(k, v)| format!("export {k}='{v}'; "))
            .collect();
        let pid = p("pid");
        let go = p("go");
        // The command waits for `go`, so the output log misses nothing of what it writes.
        let script = format!(
            "{exports}unset NO_COLOR; {}; while [ ! -e {go} ]; do sleep 0.02; done; \
             sh -c 'echo $$ > {pid}; exec {command}'; \
             echo EXIT=$?; stty -a | tr ' ' '\\n' | grep -x -- '-\\?icanon'; sleep 600",
            env.iter()
                .filter(|(k, _)| *k == "NO_COLOR")
                .map(|(k, v)| format!("export {k}={v}"))
                .next()
                .unwrap_or_else(|| "true".into())
        );
        let status = Command::new("tmux")
            .args([
                "-L",
                &socket,
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-s",
                "t",
            ])
            .args(["-x", &width.to_string(), "-y", &height.to_string()])
            .arg(script)
            .status()
            .expect("tmux is needed for the end-to-end tests (apt-get install tmux)");
        assert!(status.success());
        let s = Session { socket, dir };
        let log = s.dir.path().join("output.log");
        s.tmux(&[
            "pipe-pane",
            "-o",
            "-t",
            "t",
            &format!("cat >> {}", log.display()),
        ]);
        std::fs::write(s.dir.path().join("go"), "").unwrap();
        s
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", "t"])
    }

    fn screen_with_styles(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-e", "-t", "t"])
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", "-t", "t", k]);
            // Keys sent together can arrive as one escape sequence (esc then 5 reads as alt-5).
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    fn literal(&self, text: &str) {
        self.tmux(&["send-keys", "-t", "t", "-l", text]);
    }

    /// Waits until the screen satisfies `ok`; panics with the screen after 10 seconds.
    fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            if start.elapsed() > Duration::from_secs(10) {
                panic!("timed out waiting for {what}; the screen shows:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn wait_for_text(&self, text: &str) -> String {
        self.wait_for(text, |s| s.contains(text))
    }

    fn format(&self, f: &str) -> String {
        self.tmux(&["display", "-p", "-t", "t", f])
            .trim()
            .to_string()
    }

    fn pid(&self) -> String {
        let path = self.dir.path().join("pid");
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if let Ok(pid) = std::fs::read_to_string(&path)
                && !pid.trim().is_empty()
            {
                return pid.trim().to_string();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("no pid written");
    }

    fn output_log(&self) -> String {
        String::from_utf8_lossy(
            &std::fs::read(self.dir.path().join("output.log")).unwrap_or_default(),
        )
        .into_owned()
    }

    /// After the reader exits: its status, and the terminal back in normal mode.
    fn assert_exited_cleanly(&self, code: i32) {
        let screen = self.wait_for("the exit status and terminal mode", |s| {
            s.contains("EXIT=") && s.lines().any(|l| l == "icanon" || l == "-icanon")
        });
        assert!(screen.contains(&format!("EXIT={code}")), "{screen}");
        let after: Vec<&str> = screen
            .lines()
            .skip_while(|l| !l.starts_with("EXIT="))
            .collect();
        assert!(
            after.contains(&"icanon"),
            "line editing is back (not raw mode): {after:?}"
        );
        assert_eq!(
            self.format("#{alternate_on}"),
            "0",
            "left the alternate screen"
        );
        assert_eq!(
            self.format("#{mouse_any_flag}#{mouse_standard_flag}#{mouse_button_flag}"),
            "000",
            "mouse capture off"
        );
        assert_eq!(self.format("#{cursor_flag}"), "1", "cursor shown");
        let log = self.output_log();
        let enabled = log
            .rfind("\x1b[?2004h")
            .expect("bracketed paste was turned on");
        let disabled = log
            .rfind("\x1b[?2004l")
            .expect("bracketed paste was turned off");
        assert!(disabled > enabled, "bracketed paste is off at the end");
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .status();
    }
}

fn reader_up(s: &Session) -> String {
    s.wait_for("the reader", |screen| {
        screen.contains("1 Reader") && screen.contains("? help")
    })
}

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
