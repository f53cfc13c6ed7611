//! Taking over the terminal and giving it back on every way out: normal quit, error, panic
//! (the message is printed after the terminal is restored), and SIGTERM / SIGHUP / SIGINT.

use crate::cli::exit::SIGNALLED;
use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io::{Stdout, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

pub type Term = Terminal<CrosstermBackend<Stdout>>;

/// Whether the reader has the terminal in raw mode on the alternate screen. Restoring twice
/// would leave the alternate screen twice, and terminals then move the cursor back to where
/// the reader started, over a panic message already printed.
static TAKEN: AtomicBool = AtomicBool::new(false);

/// Owns the terminal while the reader runs; dropping it restores the terminal.
pub struct TerminalGuard {
    pub terminal: Term,
}

impl TerminalGuard {
    pub fn new() -> std::io::Result<TerminalGuard> {
        install_panic_hook();
        enable_raw_mode()?;
        TAKEN.store(true, Ordering::SeqCst);
        let entered = execute!(
            stdout(),
            EnterAlternateScreen,
            EnableMouseCapture,
            EnableBracketedPaste,
            cursor::Hide
        );
        if let Err(e) = entered {
            restore();
            return Err(e);
        }
        match Terminal::new(CrosstermBackend::new(stdout())) {
            Ok(terminal) => Ok(TerminalGuard { terminal }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Puts the terminal back as the shell expects it. Safe to call more than once.
pub fn restore() {
    if !TAKEN.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = execute!(
        stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = disable_raw_mode();
}

fn install_panic_hook() {
    // The failsafe hook first, so this one runs before it: the screen is given back before
    // anything is printed.
    crate::failsafe::install_hook(false);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // A panic that an analysis guard catches becomes a message on the reader's own
        // screen: the reader goes on, so the terminal stays as it is.
        if !crate::failsafe::catching() {
            restore();
        }
        previous(info);
    }));
}

/// A flag set when SIGTERM, SIGHUP or SIGINT arrives; the event loop checks it and leaves
/// through the normal path, so the terminal is restored.
///
/// When the terminal itself vanishes (its window closed, its tmux server killed), crossterm's
/// input reader spins on the dead tty and never returns to the loop (crossterm issue #793),
/// so the reader would burn a core forever. A watchdog ends the process if the loop has not
/// left within `GRACE` of the signal; bookmarks are already on disk, each change is saved as
/// it is made.
pub fn termination_flag() -> std::io::Result<Arc<AtomicBool>> {
    const GRACE: Duration = Duration::from_secs(2);
    let flag = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&flag))?;
    }
    let watched = Arc::clone(&flag);
    std::thread::Builder::new()
        .name("signal watchdog".into())
        .spawn(move || {
            while !watched.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(100));
            }
            std::thread::sleep(GRACE);
            std::process::exit(SIGNALLED);
        })?;
    Ok(flag)
}
