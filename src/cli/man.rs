//! `crosscheck man`: the manual page in roff, built from the same command definitions as
//! `--help` (every command with its options and examples on one page), with the exit statuses,
//! output streams, environment and files.

use super::exit;
use super::help::HEADING;
use clap::{Args, Command, CommandFactory};
use clap_mangen::Man;
use roff::{Roff, bold, roman};
use std::io::{self, Write};

#[derive(Debug, Args)]
pub struct ManArgs {}

pub const EXAMPLES: &[(&str, &str)] = &[
    ("man -l <(crosscheck man)", "read it now"),
    (
        "crosscheck man > ~/.local/share/man/man1/crosscheck.1",
        "then `man crosscheck` finds it",
    ),
];

pub fn run() -> anyhow::Result<i32> {
    let mut out = super::buffered_stdout();
    out.write_all(page()?.as_bytes())?;
    out.flush()?;
    Ok(exit::SUCCESS)
}

/// The lines roff starts every piece it writes with (they define the apostrophe string, `\*(Aq`):
/// the page has them once, right after its `.TH` line.
const PREAMBLE: [&str; 2] = [".ie \\n(.g .ds Aq \\(aq", ".el .ds Aq '"];

/// The whole page. clap_mangen draws the title, name, synopsis, description and top-level
/// options; it would list the commands as pages of their own, which crosscheck does not
/// install, so each command gets a subsection here instead.
pub fn page() -> io::Result<String> {
    let cli = super::Cli::command();
    let page = Man::new(cli.clone()).manual("User Commands");
    let mut out = Vec::new();
    page.render_title(&mut out)?;
    page.render_name_section(&mut out)?;
    page.render_synopsis_section(&mut out)?;
    page.render_description_section(&mut out)?;
    page.render_options_section(&mut out)?;
    Roff::new()
        .control("SH", ["COMMANDS"])
        .to_writer(&mut out)?;
    for command in visible(&cli) {
        write_command(&mut out, command, "crosscheck")?;
    }
    let mut roff = Roff::new();
    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in exit::STATUSES {
        roff.control("TP", []);
        roff.text([bold(code.to_string())]);
        roff.text([roman(meaning)]);
    }
    roff.control("SH", ["OUTPUT"]);
    roff.text([roman(exit::STREAMS)]);
    roff.control("SH", ["ENVIRONMENT"]);
    for (name, meaning) in ENVIRONMENT {
        roff.control("TP", []);
        roff.text([bold(*name)]);
        roff.text([roman(*meaning)]);
    }
    roff.control("SH", ["FILES"]);
    for (name, meaning) in FILES {
        roff.control("TP", []);
        roff.text([bold(*name)]);
        roff.text([roman(*meaning)]);
    }
    roff.control("SH", ["EXAMPLES"]);
    examples(&mut roff, &cli, false);
    roff.to_writer(&mut out)?;
    page.render_version_section(&mut out)?;

    let text = String::from_utf8_lossy(&out);
    let mut lines = text.lines().filter(|l| !PREAMBLE.contains(l));
    let mut page = String::new();
    for line in lines.next().into_iter().chain(PREAMBLE).chain(lines) {
        page.push_str(line);
        page.push('\n');
    }
    Ok(page)
}

const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "NO_COLOR",
        "When set and not empty, no colour: the reader marks by bold, underline and reverse \
         video, and diff prints [-removed-]{+added+}. --color always overrides it.",
    ),
    (
        "XDG_CONFIG_HOME",
        "The config file is $XDG_CONFIG_HOME/crosscheck/config.toml (on macOS too).",
    ),
    (
        "XDG_DATA_HOME",
        "Bookmarks are kept in $XDG_DATA_HOME/crosscheck.",
    ),
    (
        "COLUMNS",
        "The width collate and diff --quote wrap their tables to on a terminal (100 otherwise).",
    ),
];

const FILES: &[(&str, &str)] = &[
    (
        "~/.config/crosscheck/config.toml",
        "The config file when XDG_CONFIG_HOME is not set (--config overrides). Every setting, \
         with its default, is in config.example.toml in the source.",
    ),
    (
        "~/.local/share/crosscheck/bookmarks.json",
        "The bookmarks when XDG_DATA_HOME is not set (--data-dir or the config's data_dir \
         override), beside a lock file and a backup of the previous version.",
    ),
];

fn visible(command: &Command) -> impl Iterator<Item = &Command> {
    command.get_subcommands().filter(|c| !c.is_hide_set())
}

/// One command's subsection: what it does, its synopsis, options and examples, then its own
/// commands (`bookmarks list`...).
fn write_command(out: &mut dyn Write, command: &Command, parent: &str) -> io::Result<()> {
    let name = format!("{parent} {}", command.get_name());
    let mut roff = Roff::new();
    roff.control("SS", [name.as_str()]);
    if let Some(about) = command.get_long_about().or(command.get_about()) {
        roff.text([roman(about.to_string())]);
    }
    roff.control("PP", []);
    roff.to_writer(out)?;
    let page = Man::new(command.clone().bin_name(&name));
    without_headings(out, |w| page.render_synopsis_section(w))?;
    without_headings(out, |w| page.render_options_section(w))?;
    let mut roff = Roff::new();
    examples(&mut roff, command, true);
    roff.to_writer(out)?;
    for sub in visible(command) {
        write_command(out, sub, &name)?;
    }
    Ok(())
}

/// A clap_mangen section without its `.SH` heading, to sit inside a command's subsection.
fn without_headings(
    out: &mut dyn Write,
    render: impl Fn(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let mut section = Vec::new();
    render(&mut section)?;
    for line in String::from_utf8_lossy(&section).lines() {
        if !line.starts_with(".SH") {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// The examples of `--help` (see `help::examples`), as an indented block kept line for line,
/// under a label of their own unless a section heading already says what they are.
fn examples(roff: &mut Roff, command: &Command, labelled: bool) {
    let Some(help) = command.get_after_help() else {
        return;
    };
    let help = help.to_string();
    let Some((_, lines)) = help.split_once(HEADING) else {
        return;
    };
    roff.control("PP", []);
    if labelled {
        roff.text([bold(HEADING)]);
    }
    roff.control("RS", ["4"]);
    roff.control("nf", []);
    for line in lines.lines().filter(|l| !l.trim().is_empty()) {
        roff.text([roman(line.strip_prefix("  ").unwrap_or(line))]);
    }
    roff.control("fi", []);
    roff.control("RE", []);
}
