//! `crosscheck completions SHELL`: a completion script for the shell, generated from the same
//! command definitions as `--help`, so it names every command and flag there is.

use super::exit::SUCCESS;
use clap::{Args, Command, CommandFactory};
use clap_complete::Shell;
use std::io::Write;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write the completion script for.
    #[arg(value_enum)]
    pub shell: Shell,
}

pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "source <(crosscheck completions bash)",
        "bash, in this session",
    ),
    (
        "echo 'source <(crosscheck completions bash)' >> ~/.bashrc",
        "bash, in every new session",
    ),
    (
        "crosscheck completions zsh > ~/.zfunc/_crosscheck",
        "zsh, with fpath+=(~/.zfunc) before compinit in ~/.zshrc",
    ),
    (
        "crosscheck completions fish > ~/.config/fish/completions/crosscheck.fish",
        "fish",
    ),
];

pub fn run(args: &CompletionsArgs) -> anyhow::Result<i32> {
    let mut out = super::buffered_stdout();
    clap_complete::generate(args.shell, &mut completable(), "crosscheck", &mut out);
    out.flush()?;
    Ok(SUCCESS)
}

/// The command line without the reader's paths. With an optional path before the command,
/// clap_complete's zsh script takes the second word for the command, so Tab after
/// `crosscheck sources ` offered the commands again; without it, every shell completes the
/// commands and their flags, and bash and fish still complete a path in the first word as they
/// complete any file.
fn completable() -> Command {
    let cli = super::Cli::command();
    Command::new("crosscheck")
        .version(env!("CARGO_PKG_VERSION"))
        .args(cli.get_arguments().filter(|a| !a.is_positional()).cloned())
        .subcommands(cli.get_subcommands().filter(|c| !c.is_hide_set()).cloned())
}
