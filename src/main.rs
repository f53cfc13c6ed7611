//! The `crosscheck` binary: parse the command line, then run a headless command or the reader.

use clap::Parser;
use crosscheck::cli::{self, Cli};

fn main() {
    let args = Cli::parse();
    let code = match args.command {
        Some(command) => cli::run(command, &args.global),
        None => crosscheck::tui::run(&args.input, &args.global),
    };
    match code {
        Ok(code) => std::process::exit(code),
        // A reader such as `head` closing the pipe early is not an error worth reporting.
        Err(e) if is_broken_pipe(&e) => std::process::exit(cli::exit::SUCCESS),
        Err(e) => {
            eprintln!("crosscheck: {e:#}");
            std::process::exit(cli::exit::status_of(&e));
        }
    }
}

/// Whether writing stopped because the reader went away, however deep in the error chain (JSON
/// output wraps the write error in serde_json's).
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == BrokenPipe)
            || cause
                .downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind)
                == Some(BrokenPipe)
    })
}
