//! `crosscheck completions SHELL`: a completion script for the shell, generated from the same
//! command definitions as `--help`, so it names every command and flag there is.

use super::exit::SUCCESS;
use clap::{Args, CommandFactory};
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
    clap_complete::generate(
        args.shell,
        &mut super::Cli::command(),
        "crosscheck",
        &mut out,
    );
    out.flush()?;
    Ok(SUCCESS)
}
