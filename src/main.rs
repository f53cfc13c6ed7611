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
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            std::process::exit(0)
        }
        Err(e) => {
            eprintln!("crosscheck: {e:#}");
            std::process::exit(1);
        }
    }
}
