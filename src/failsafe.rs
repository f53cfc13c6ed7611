//! Defence in depth: an analysis stage that fails on some input (a bug: the analysis is meant
//! never to panic) becomes an error that names the stage and the sources, so the reader shows
//! it and keeps going on what loaded, and a headless command exits 1 with one line instead of
//! a backtrace.
//!
//! `stage(name, f)` marks a piece of work with its name; `guarded(sources, f)` runs work made
//! of stages and turns a panic anywhere inside it (on this thread or on a worker thread whose
//! panic was passed on) into a `StageFailure`. While guarded work runs, the panic hook records
//! the message instead of printing it, unless `RUST_BACKTRACE` asks for the details.

use std::any::Any;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What failed, where, and on which sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageFailure {
    /// The stage that failed ("quotes", "claims"...), or "analysis" when no stage was named.
    pub stage: &'static str,
    /// The ids of the sources the stage was working on.
    pub sources: Vec<String>,
    /// The panic's message and where in the code it was raised.
    pub message: String,
}

/// Most source ids a message names before it says how many more there are.
const NAMED_SOURCES: usize = 5;

impl StageFailure {
    /// The sources, a few by name: "a, b, c and 7 more".
    pub fn sources_named(&self) -> String {
        if self.sources.is_empty() {
            return "no sources".into();
        }
        let shown: Vec<String> = self
            .sources
            .iter()
            .take(NAMED_SOURCES)
            .map(|s| crate::text::sanitise_line(s))
            .collect();
        let more = self.sources.len().saturating_sub(NAMED_SOURCES);
        if more > 0 {
            format!("{} and {more} more", shown.join(", "))
        } else {
            shown.join(", ")
        }
    }
}

impl std::fmt::Display for StageFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "internal error in the {} stage on {}: {}; please report it (with RUST_BACKTRACE=1 for the details)",
            self.stage,
            self.sources_named(),
            self.message
        )
    }
}

impl std::error::Error for StageFailure {}

/// The payload a failed stage unwinds with, so the guard above it knows which stage it was.
struct StagePanic {
    stage: &'static str,
    message: String,
}

/// How many guarded runs are under way, on any thread: while one is, panics are recorded
/// rather than printed (worker threads of a guarded stage panic on threads of their own).
static GUARDED: AtomicUsize = AtomicUsize::new(0);

/// The last panic's message and place, as the hook saw it.
static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Whether guarded work is under way: the reader's terminal hook leaves the screen alone then.
pub fn catching() -> bool {
    GUARDED.load(Ordering::SeqCst) > 0
}

/// Whether the user asked for backtraces, so panics are printed as Rust prints them.
pub fn backtrace_wanted() -> bool {
    std::env::var_os("RUST_BACKTRACE").is_some_and(|v| !v.is_empty() && v != "0")
}

/// Installs the panic hook (once; later calls do nothing): it records each panic's message and
/// location for the error that reports it, and leaves printing to the hook that was there
/// before only when nothing catches the panic, or when RUST_BACKTRACE is set. `quiet` also
/// silences uncaught panics: the binary's `main` reports those itself, in one line.
pub fn install_hook(quiet: bool) {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let message = payload_text(info.payload());
            let place = info
                .location()
                .map(|l| format!(" at {}:{}", l.file(), l.line()))
                .unwrap_or_default();
            if let Ok(mut last) = LAST_PANIC.lock() {
                *last = Some(format!("{message}{place}"));
            }
            if backtrace_wanted() || (!quiet && !catching()) {
                previous(info);
            }
        }));
    });
}

/// The text of a panic payload: its message, or what a failed stage carried.
fn payload_text(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else if let Some(p) = payload.downcast_ref::<StagePanic>() {
        p.message.clone()
    } else {
        "unknown panic".into()
    }
}

/// The message of the panic that just unwound: the hook's record (with its location) when there
/// is one, else the payload's text.
fn message_of(payload: &(dyn Any + Send)) -> String {
    let recorded = LAST_PANIC.lock().ok().and_then(|mut last| last.take());
    one_line(&recorded.unwrap_or_else(|| payload_text(payload)))
}

/// Longest message kept from a panic, in characters: a panic on a slice quotes the whole
/// text it was slicing, and the report is one line.
const MESSAGE_CHARS: usize = 300;

/// The message sanitised to one line and cut to `MESSAGE_CHARS`, its place kept at the end.
fn one_line(message: &str) -> String {
    let line = crate::text::sanitise_line(message);
    if line.chars().count() <= MESSAGE_CHARS {
        return line;
    }
    let (text, place) = match line.rfind(" at src/") {
        Some(i) => line.split_at(i),
        None => (line.as_str(), ""),
    };
    let cut: String = text.chars().take(MESSAGE_CHARS).collect();
    format!("{cut}…{place}")
}

/// Runs one named stage of the analysis. A panic inside it unwinds on, carrying the stage's
/// name (the innermost stage's, when stages nest) for `guarded` to report.
pub fn stage<T>(name: &'static str, work: impl FnOnce() -> T) -> T {
    let work = || {
        injected_failure(name);
        work()
    };
    match catch_unwind(AssertUnwindSafe(work)) {
        Ok(value) => value,
        Err(payload) if payload.is::<StagePanic>() => resume_unwind(payload),
        Err(payload) => resume_unwind(Box::new(StagePanic {
            stage: name,
            message: message_of(payload.as_ref()),
        })),
    }
}

/// Runs `work` on `sources`; a panic inside it becomes a `StageFailure` naming the stage it
/// happened in. Nothing `work` changed outside itself is to be trusted after a failure.
pub fn guarded<T>(sources: &[&str], work: impl FnOnce() -> T) -> Result<T, StageFailure> {
    install_hook(false);
    GUARDED.fetch_add(1, Ordering::SeqCst);
    let result = catch_unwind(AssertUnwindSafe(work));
    GUARDED.fetch_sub(1, Ordering::SeqCst);
    result.map_err(|payload| {
        let (stage, message) = match payload.downcast::<StagePanic>() {
            Ok(p) => (p.stage, p.message),
            Err(other) => ("analysis", message_of(other.as_ref())),
        };
        StageFailure {
            stage,
            sources: sources.iter().map(|s| s.to_string()).collect(),
            message,
        }
    })
}

/// The one-line report of a panic that reached the top of the program, for `main`: "internal
/// error in the STAGE stage: MESSAGE; please report it ...".
pub fn describe_panic(payload: &(dyn Any + Send)) -> String {
    let (stage, message) = match payload.downcast_ref::<StagePanic>() {
        Some(p) => (format!(" in the {} stage", p.stage), p.message.clone()),
        None => (String::new(), message_of(payload)),
    };
    format!(
        "internal error{stage}: {message}; please report it (with RUST_BACKTRACE=1 for the details)"
    )
}

/// A test-only failure injected into a named stage, so tests can show what the reader and the
/// commands do when the analysis fails (set by `CROSSCHECK_FAIL_STAGE` in the environment, or
/// `fail_stage_for_tests`).
static INJECTED: Mutex<Option<String>> = Mutex::new(None);

#[doc(hidden)]
pub fn fail_stage_for_tests(stage: Option<&str>) {
    if let Ok(mut injected) = INJECTED.lock() {
        *injected = stage.map(str::to_string);
    }
}

/// Panics when a failure was injected into `name` (tests only; see `fail_stage_for_tests`).
pub(crate) fn injected_failure(name: &str) {
    let from_env = || std::env::var("CROSSCHECK_FAIL_STAGE").ok();
    let injected = INJECTED
        .lock()
        .ok()
        .and_then(|i| i.clone())
        .or_else(from_env);
    if injected.as_deref() == Some(name) {
        panic!("failure injected into the {name} stage for a test");
    }
}
