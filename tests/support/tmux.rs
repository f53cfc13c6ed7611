//! The reader driven in tmux for end-to-end tests: a session on its own tmux server (`-L`)
//! with a temporary HOME and XDG directories, keys sent, screens read, and a clean exit checked.

use std::process::Command;
use std::time::{Duration, Instant};

pub struct Session {
    socket: String,
    dir: tempfile::TempDir,
}

pub const BIN: &str = env!("CARGO_BIN_EXE_crosscheck");

/// Whether tmux can run these tests. On a developer machine without it they are skipped with a
/// note, so `cargo test` works with nothing installed by hand; in CI (`CI` set, where `.ci/run`
/// installs tmux) a missing tmux is a failure, never a silent pass.
pub fn tmux_available() -> bool {
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
    pub fn start(
        name: &str,
        width: u16,
        height: u16,
        command: &str,
        env: &[(&str, &str)],
    ) -> Session {
        Session::start_with_config(name, width, height, command, env, None)
    }

    /// As `start`, with `config` written to `$XDG_CONFIG_HOME/crosscheck/config.toml` first.
    pub fn start_with_config(
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

    pub fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", "t"])
    }

    pub fn screen_with_styles(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-e", "-t", "t"])
    }

    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", "-t", "t", k]);
            // Keys sent together can arrive as one escape sequence (esc then 5 reads as alt-5).
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    pub fn literal(&self, text: &str) {
        self.tmux(&["send-keys", "-t", "t", "-l", text]);
    }

    /// Waits until the screen satisfies `ok`; panics with the screen after 10 seconds.
    pub fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
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

    pub fn wait_for_text(&self, text: &str) -> String {
        self.wait_for(text, |s| s.contains(text))
    }

    pub fn format(&self, f: &str) -> String {
        self.tmux(&["display", "-p", "-t", "t", f])
            .trim()
            .to_string()
    }

    pub fn pid(&self) -> String {
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

    pub fn output_log(&self) -> String {
        String::from_utf8_lossy(
            &std::fs::read(self.dir.path().join("output.log")).unwrap_or_default(),
        )
        .into_owned()
    }

    /// After the reader exits: its status, and the terminal back in normal mode.
    pub fn assert_exited_cleanly(&self, code: i32) {
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

pub fn reader_up(s: &Session) -> String {
    s.wait_for("the reader", |screen| {
        screen.contains("1 Reader") && screen.contains("? help")
    })
}
