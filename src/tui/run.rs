//! The event loop: load the corpus while showing progress, then read terminal events, turn
//! them into actions, `update`, draw; until quit or a signal.

use super::state::{Analysis, State, Tab};
use super::terminal::{self, Term, TerminalGuard};
use super::views::Loading;
use super::{Action, KeyChord, Theme, action_for_key, update};
use crate::cli::{Global, Input};
use crate::config::Config;
use crate::corpus::{self, Corpus, LoadOptions};
use crossterm::event::{self, Event, KeyEventKind, MouseButton, MouseEventKind};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use crate::cli::exit::SIGNALLED;

/// Runs the reader on `input` until the user quits; returns the exit status.
pub fn run(input: &Input, global: &Global) -> anyhow::Result<i32> {
    if !std::io::stdout().is_terminal() {
        anyhow::bail!(
            "the reader needs a terminal on standard output; for text output use `crosscheck sources` or another subcommand"
        );
    }
    let (config, config_error) = Config::load(global.config.as_deref());
    // The theme decides about colour (NO_COLOR, --color); crossterm must not second-guess it,
    // or with NO_COLOR set it writes an empty SGR for every colour change, which also cancels
    // reverse video and bold.
    crossterm::style::Colored::set_ansi_color_disabled(false);
    let theme = Theme::new(&config.theme, global.use_color(true));
    let options = global.load_options(&config);
    let stop = terminal::termination_flag()?;
    let mut guard = TerminalGuard::new()?;
    let (paths, list_error) = input.sources();
    let Some(mut corpus) = load_with_progress(
        &mut guard.terminal,
        &paths,
        input.is_empty(),
        options,
        &stop,
    )?
    else {
        return Ok(SIGNALLED);
    };
    corpus.errors.extend(list_error);
    guard.terminal.draw(|frame| {
        let articles = corpus.articles.len();
        let analysing = Loading {
            done: 1,
            total: 1,
            current: "analysing quotes, shared passages and claims",
            articles,
        };
        frame.render_widget(analysing, frame.area());
    })?;
    let mut state = State::new(corpus, Analysis::default(), &config, theme);
    state.analyse();
    state.open_bookmarks(
        config
            .data_dir(global.data_dir.as_deref())
            .map_err(|e| e.to_string()),
    );
    let size = guard.terminal.size()?;
    update(
        &mut state,
        Action::Resize {
            width: size.width,
            height: size.height,
        },
    );
    if let Some(e) = &config_error {
        state.report_config_error(e);
    } else if state.message.is_some() {
        // A bookmark store problem, already on the message line.
    } else if !state.corpus.errors.is_empty() {
        let n = state.corpus.errors.len();
        let key = state.keymap.describe_keys(Action::TabSources);
        state.message = Some(format!(
            "{n} file(s) could not be loaded: see the Sources tab ({key})"
        ));
    }
    if state.corpus.is_empty() {
        state.tab = Tab::Sources;
    }
    super::update::relayout(&mut state);
    // Named, so that a bug here is reported as the reader's (after the guard, dropped while
    // the panic unwinds, has given the terminal back).
    crate::failsafe::stage("reader", || {
        event_loop(&mut guard.terminal, &mut state, &stop)
    })?;
    drop(guard);
    Ok(if stop.load(Ordering::SeqCst) {
        SIGNALLED
    } else {
        0
    })
}

fn event_loop(terminal: &mut Term, state: &mut State, stop: &AtomicBool) -> anyhow::Result<()> {
    while !state.quit && !stop.load(Ordering::SeqCst) {
        terminal.draw(|frame| frame.render_widget(&*state, frame.area()))?;
        if !event::poll(Duration::from_millis(250))? {
            continue;
        }
        // Handle everything already queued before drawing again, so holding a key down or a
        // burst of wheel events does not lag behind.
        loop {
            if let Some(action) = action_for_event(state, event::read()?) {
                match action {
                    Action::PromptInput(_) if state.prompt.is_none() => {}
                    _ => update(state, action),
                }
            }
            if state.quit || !event::poll(Duration::ZERO)? {
                break;
            }
        }
    }
    Ok(())
}

fn action_for_event(state: &mut State, event: Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            action_for_key(state, KeyChord::from_event(&key)?)
        }
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                column: m.column,
                row: m.row,
            }),
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => Some(Action::Wheel {
                column: m.column,
                row: m.row,
                down: m.kind == MouseEventKind::ScrollDown,
            }),
            _ => None,
        },
        Event::Resize(width, height) => Some(Action::Resize { width, height }),
        Event::Paste(text) if state.prompt.is_some() => {
            for c in crate::text::sanitise_line(&text).chars() {
                update(state, Action::PromptInput(c));
            }
            None
        }
        _ => None,
    }
}

enum Progress {
    Started(usize, String, usize),
    Done(Corpus),
}

/// Loads the paths on a worker thread, one path at a time, drawing how far it has got.
/// `None` when the user gave up or a signal arrived.
fn load_with_progress(
    terminal: &mut Term,
    paths: &[PathBuf],
    bundled: bool,
    options: LoadOptions,
    stop: &AtomicBool,
) -> anyhow::Result<Option<Corpus>> {
    if bundled {
        return Ok(Some(corpus::bundled()));
    }
    let (tx, rx) = mpsc::channel();
    let paths = paths.to_vec();
    let total = paths.len();
    std::thread::spawn(move || {
        let corpus = corpus::load_paths_reporting(&paths, &options, |step| {
            let shown = if step.path.as_os_str() == "-" {
                "standard input".to_string()
            } else {
                step.path.display().to_string()
            };
            tx.send(Progress::Started(step.done, shown, step.articles))
                .is_ok()
        });
        let _ = tx.send(Progress::Done(corpus));
    });
    let (mut done, mut current, mut articles) = (0, String::new(), 0);
    loop {
        loop {
            match rx.try_recv() {
                Ok(Progress::Started(i, path, n)) => (done, current, articles) = (i, path, n),
                Ok(Progress::Done(corpus)) => return Ok(Some(corpus)),
                Err(mpsc::TryRecvError::Empty) => break,
                Err(mpsc::TryRecvError::Disconnected) => {
                    anyhow::bail!(
                        "loading stopped unexpectedly while reading {}",
                        crate::text::sanitise_line(&current)
                    )
                }
            }
        }
        terminal.draw(|frame| {
            let loading = Loading {
                done,
                total,
                current: &current,
                articles,
            };
            frame.render_widget(loading, frame.area());
        })?;
        if stop.load(Ordering::SeqCst) {
            return Ok(None);
        }
        if event::poll(Duration::from_millis(100))?
            && let Event::Key(key) = event::read()?
            && let Some(chord) = KeyChord::from_event(&key)
            && (chord == KeyChord::ch('q')
                || (chord.ctrl && chord.key == super::KeyName::Char('c')))
        {
            return Ok(None);
        }
    }
}
