//! Defence in depth: when an analysis stage fails (a bug; the fuzz targets look for them), the
//! headless commands exit 1 with one line naming the stage and the sources, never a backtrace
//! unless RUST_BACKTRACE asks for one, and the reader draws what loaded, says what failed and
//! keeps bookmarks. Failures are injected on purpose: `CROSSCHECK_FAIL_STAGE` for the binary,
//! `failsafe::fail_stage_for_tests` in process (one test at a time: it is process-wide).

#[path = "support/screen.rs"]
mod support_screen;
use support_screen::{draw, screen};

use crosscheck::config::Config;
use crosscheck::corpus;
use crosscheck::failsafe;
use crosscheck::tui::{Action, Analysis, State, Tab, Theme, apply_keys, update};
use std::process::Command;
use std::sync::Mutex;

const BIN: &str = env!("CARGO_BIN_EXE_crosscheck");

/// In-process injection is process-wide: the tests that use it take turns.
static INJECTION: Mutex<()> = Mutex::new(());

fn run(args: &[&str], stage: &str, backtrace: bool) -> std::process::Output {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .env("CROSSCHECK_FAIL_STAGE", stage)
        .env("NO_COLOR", "1");
    if backtrace {
        command.env("RUST_BACKTRACE", "1");
    } else {
        command.env_remove("RUST_BACKTRACE");
    }
    command.output().unwrap()
}

#[test]
fn a_failed_stage_exits_1_with_one_line_naming_it_and_the_sources() {
    let cases: [(&[&str], &str); 6] = [
        (&["quotes"], "quotes"),
        (&["claims", "--format", "json"], "claims"),
        (&["analyse"], "shared passages"),
        (&["diff", "--quote", "1"], "collation"),
        (
            &[
                "diff",
                "--between",
                "000_47c4f7aed62dd45f",
                "001_2e6a31de3708db25",
            ],
            "word diff",
        ),
        (&["claims"], "quotes"),
    ];
    for (args, stage) in cases {
        let out = run(args, stage, false);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?} printed a partial report");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(
            stderr.starts_with(&format!(
                "crosscheck: internal error in the {stage} stage on "
            )),
            "{args:?}: {stderr}"
        );
        assert!(
            stderr.contains("000_47c4f7aed62dd45f"),
            "names the sources: {stderr}"
        );
        assert!(stderr.contains("please report it"), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(!stderr.contains("stack backtrace"), "{stderr}");
    }
}

#[test]
fn a_panic_outside_the_analysis_is_one_line_too() {
    let out = run(&["sources"], "loading", false);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("crosscheck: internal error in the loading stage: "),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn rust_backtrace_shows_the_panic_and_the_exit_status_stays_1() {
    let out = run(&["quotes"], "quotes", true);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("panicked"), "{stderr}");
    assert!(
        stderr.contains("internal error in the quotes stage"),
        "{stderr}"
    );
}

#[test]
fn commands_that_need_no_analysis_are_not_touched_by_its_failure() {
    let out = run(&["sources"], "claims", false);
    assert_eq!(out.status.code(), Some(0));
    let out = run(&["quotes", "--format", "json"], "claims", false);
    assert_eq!(out.status.code(), Some(0));
}

/// The state drawn once, as text.
fn drawn(state: &State) -> String {
    screen(draw(state).backend().buffer())
}

#[test]
fn the_reader_draws_says_what_failed_and_keeps_bookmarks() {
    let _turn = INJECTION.lock().unwrap_or_else(|e| e.into_inner());
    let config = Config::default();
    let theme = Theme::new(&config.theme, true);
    let mut state = State::new(corpus::bundled(), Analysis::default(), &config, theme);
    failsafe::fail_stage_for_tests(Some("quotes"));
    state.analyse();
    failsafe::fail_stage_for_tests(None);
    let failure = state.analysis_failure.clone().expect("the analysis failed");
    assert_eq!(failure.stage, "quotes");
    assert_eq!(failure.sources.len(), 5);
    assert!(state.findings.is_none());

    let dir = tempfile::tempdir().unwrap();
    state.open_bookmarks(Ok(dir.path().to_path_buf()));
    update(
        &mut state,
        Action::Resize {
            width: 160,
            height: 48,
        },
    );
    let screen = drawn(&state);
    assert!(
        screen.contains("analysis failed: internal error in the quotes stage"),
        "{screen}"
    );
    assert!(screen.contains("The National"), "the panes read: {screen}");

    for (key, tab) in [("2", Tab::Compare), ("3", Tab::Claims)] {
        apply_keys(&mut state, key).unwrap();
        assert_eq!(state.tab, tab);
        let screen = drawn(&state);
        assert!(
            screen.contains("The analysis could not be done"),
            "{screen}"
        );
    }
    apply_keys(&mut state, "5").unwrap();
    drawn(&state);

    apply_keys(&mut state, "1jjm").unwrap();
    assert!(state.prompt.is_some(), "the bookmark prompt opened");
    for c in "kept".chars() {
        update(&mut state, Action::PromptInput(c));
    }
    update(&mut state, Action::PromptSubmit);
    let saved = std::fs::read_to_string(dir.path().join("bookmarks.json")).unwrap();
    assert!(saved.contains("\"note\": \"kept\""), "{saved}");
    apply_keys(&mut state, "4").unwrap();
    assert!(drawn(&state).contains("kept"));

    // Analysed again without the failure, everything is back.
    state.analyse();
    assert!(state.analysis_failure.is_none());
    assert!(state.findings.is_some());
}

#[test]
fn a_failed_collation_in_compare_is_a_message_and_the_other_tabs_go_on() {
    let _turn = INJECTION.lock().unwrap_or_else(|e| e.into_inner());
    let config = Config::default();
    let theme = Theme::new(&config.theme, true);
    let mut state = State::new(corpus::bundled(), Analysis::default(), &config, theme);
    state.analyse();
    update(
        &mut state,
        Action::Resize {
            width: 160,
            height: 48,
        },
    );
    failsafe::fail_stage_for_tests(Some("collation"));
    apply_keys(&mut state, "2").unwrap();
    let screen = drawn(&state);
    failsafe::fail_stage_for_tests(None);
    assert!(
        screen.contains("cannot be compared: internal error in the collation stage"),
        "{screen}"
    );
    apply_keys(&mut state, "3").unwrap();
    assert!(!drawn(&state).contains("could not be done"));
}
