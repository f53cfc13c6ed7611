//! The command line: clap definitions, and the headless subcommands that print analysis as
//! text or JSON for pipelines.

mod analyse;
mod bookmarks;
mod cache;
pub mod claims;
pub mod claims_json;
pub mod collate;
mod completions;
pub mod diff;
pub mod exit;
mod extract;
mod generate;
mod help;
mod man;
mod names;
pub mod quotes;
pub mod sources;

use crate::config::Config;
use crate::corpus::{self, Corpus, LoadError, LoadOptions};
use clap::{Args, Parser, Subcommand, ValueEnum};
use help::examples;
use std::path::PathBuf;
use std::sync::OnceLock;

#[derive(Debug, Parser)]
#[command(
    name = "crosscheck",
    version,
    about = "Read, compare and check several news reports of one event, side by side.",
    long_about = "Read, compare and check several news reports of one event, side by side.\n\n\
        With no command, opens the reader on PATHs (files, folders, or - for stdin), or on the \
        bundled example corpus when no PATH is given. Press ? in the reader for its keys.",
    after_help = examples(EXAMPLES),
    after_long_help = format!("{}\n\n{}", examples(EXAMPLES), exit::long_help()),
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    #[command(flatten)]
    pub input: Input,

    #[command(flatten)]
    pub global: Global,
}

const EXAMPLES: &[(&str, &str)] = &[
    ("crosscheck", "the reader, on the bundled example corpus"),
    (
        "crosscheck reports/ extra.md",
        "the reader, on your own articles",
    ),
    (
        "crosscheck claims reports/",
        "who claims what, conflicts first",
    ),
    (
        "crosscheck <COMMAND> --help",
        "each command's options and examples",
    ),
];

/// Options every command shares.
#[derive(Debug, Args, Clone)]
pub struct Global {
    /// Config file (default: $XDG_CONFIG_HOME/crosscheck/config.toml).
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Where bookmarks are kept (default: $XDG_DATA_HOME/crosscheck).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// When to use colour; NO_COLOR in the environment means never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Largest article file (or fetched page) to load, in MiB.
    #[arg(long, global = true, value_name = "MIB")]
    pub max_file_mib: Option<u64>,

    /// Fetch URLs again even when the page cache has them.
    #[arg(long, global = true)]
    pub refresh: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// The articles to work on.
#[derive(Debug, Args, Clone, Default)]
pub struct Input {
    /// Article files, folders, http(s) URLs, or - for stdin (default: the bundled example
    /// corpus).
    #[arg(value_name = "PATH|URL")]
    pub paths: Vec<PathBuf>,

    /// A file of URLs (or paths) to load after the PATHs: one a line, `#` starts a comment.
    #[arg(long, value_name = "FILE")]
    pub urls: Option<PathBuf>,
}

impl Input {
    /// The PATHs, then the lines of the `--urls` file; a file that cannot be read, or holds
    /// nothing to load, is a load error.
    pub fn sources(&self) -> (Vec<PathBuf>, Option<LoadError>) {
        let mut paths = self.paths.clone();
        let Some(file) = &self.urls else {
            return (paths, None);
        };
        let error = |reason: String| LoadError {
            path: crate::text::sanitise_line(&file.display().to_string()),
            reason,
        };
        match std::fs::read_to_string(file) {
            Ok(text) => {
                let listed: Vec<PathBuf> = text
                    .lines()
                    .map(|l| l.split_once('#').map_or(l, |(before, _)| before).trim())
                    .filter(|l| !l.is_empty())
                    .map(PathBuf::from)
                    .collect();
                let empty = listed.is_empty();
                paths.extend(listed);
                (paths, empty.then(|| error("no URLs in this file".into())))
            }
            Err(e) => (paths, Some(error(format!("cannot read the URL list: {e}")))),
        }
    }

    /// True when nothing was named, so the bundled corpus is meant.
    pub fn is_empty(&self) -> bool {
        self.paths.is_empty() && self.urls.is_none()
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the loaded sources with their metadata, word counts, noise share and warnings.
    #[command(after_help = examples(sources::EXAMPLES))]
    Sources(sources::SourcesArgs),
    /// Every quoted statement, grouped across sources, with its speaker and each wording.
    #[command(after_help = examples(quotes::EXAMPLES))]
    Quotes(quotes::QuotesArgs),
    /// Word diff of two sources, coloured like `git diff --word-diff=color`.
    #[command(after_help = examples(diff::EXAMPLES))]
    Diff(diff::DiffArgs),
    /// Align several transcriptions of one text word by word and classify every difference.
    #[command(after_help = examples(collate::EXAMPLES))]
    Collate(collate::CollateArgs),
    /// The claims each source makes: who supports, omits or contradicts each, conflicts first.
    #[command(after_help = examples(claims::EXAMPLES))]
    Claims(claims::ClaimsArgs),
    /// Print the articles as crosscheck reads them (body text and metadata), to save a clean
    /// corpus from web pages.
    #[command(after_help = examples(extract::EXAMPLES))]
    Extract(extract::ExtractArgs),
    /// List, export, add and delete bookmarked passages.
    #[command(after_help = examples(bookmarks::EXAMPLES))]
    Bookmarks(bookmarks::BookmarksArgs),
    /// List or clear the pages kept from fetching URLs (they let the same URLs open offline).
    #[command(after_help = examples(cache::EXAMPLES))]
    Cache(cache::CacheArgs),
    /// Run the whole analysis and print what it found and how long each stage took.
    #[command(after_help = examples(analyse::EXAMPLES))]
    Analyse(analyse::AnalyseArgs),
    /// Print a shell completion script: bash, zsh, fish, elvish or powershell.
    #[command(after_help = examples(completions::EXAMPLES))]
    Completions(completions::CompletionsArgs),
    /// Print the manual page (roff) to standard output.
    #[command(after_help = examples(man::EXAMPLES))]
    Man(man::ManArgs),
    /// Write deterministic synthetic inputs for benchmarks (passage versions, corpora).
    #[command(hide = true)]
    Generate(generate::GenerateArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum TextOrJson {
    #[default]
    Text,
    Json,
}

impl Global {
    /// How articles are loaded, the same for the reader and every command (bookmark offsets
    /// depend on it): the config's tab width, and its size limit unless the command line sets one.
    pub fn load_options(&self, config: &Config) -> LoadOptions {
        LoadOptions {
            max_file_bytes: self
                .max_file_mib
                .unwrap_or(config.max_file_mib)
                .saturating_mul(1024 * 1024),
            tab_width: config.tab_width,
            cache: config
                .data_dir(self.data_dir.as_deref())
                .ok()
                .map(|dir| corpus::PageCache::in_data_dir(&dir)),
            refresh: self.refresh,
            ..LoadOptions::default()
        }
    }

    /// Whether to colour output written to a terminal (`is_tty`), honouring NO_COLOR.
    pub fn use_color(&self, is_tty: bool) -> bool {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => is_tty && !no_color,
        }
    }
}

/// Standard output, buffered: stdout is line-buffered, and a large report (the claims of a
/// thousand articles are hundreds of megabytes of pretty JSON) would otherwise cost a system
/// call per line. Callers flush at the end, so a write error such as a closed pipe is seen.
pub(crate) fn buffered_stdout() -> std::io::BufWriter<std::io::StdoutLock<'static>> {
    std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock())
}

/// The config file's settings, read once per run: a file that cannot be used is reported once
/// on stderr and the defaults stand.
pub fn config(global: &Global) -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(|| {
        let (config, error) = Config::load(global.config.as_deref());
        if let Some(e) = error {
            eprintln!("crosscheck: warning: config ignored, using defaults: {e}");
        }
        config
    })
}

/// Loads the paths, or the bundled corpus when there are none. Fetching URLs shows how far it
/// has got on standard error when that is a terminal.
pub fn load(input: &Input, global: &Global) -> Corpus {
    crate::failsafe::stage("loading", || {
        if input.is_empty() {
            return corpus::bundled();
        }
        let (paths, list_error) = input.sources();
        let options = global.load_options(config(global));
        let show = std::io::IsTerminal::is_terminal(&std::io::stderr())
            && paths.iter().any(|p| p.to_str().is_some_and(corpus::is_url));
        let mut corpus = corpus::load_paths_reporting(&paths, &options, |step| {
            if show {
                progress_line(&step);
            }
            true
        });
        if show {
            eprint!("\r\x1b[K");
        }
        corpus.errors.extend(list_error);
        corpus
    })
}

/// "Loading 3 of 12: https://..." on one line of standard error, redrawn in place.
fn progress_line(step: &corpus::Step) {
    let shown = crate::text::fit(
        &crate::text::sanitise_line(&step.path.display().to_string()),
        60,
    );
    eprint!(
        "\r\x1b[KLoading {} of {}: {shown}",
        step.done + 1,
        step.total
    );
}

/// Prints load errors to stderr, one line each, naming the file and the reason.
pub fn report_errors(corpus: &Corpus) {
    for e in &corpus.errors {
        eprintln!("crosscheck: {e}");
    }
}

/// Exit status for a command that loaded `corpus`: `NOT_FOUND` when nothing at all could be
/// loaded.
pub fn exit_code(corpus: &Corpus) -> i32 {
    if corpus.is_empty() {
        exit::NOT_FOUND
    } else {
        exit::SUCCESS
    }
}

/// Runs a headless subcommand; returns the process exit code.
pub fn run(command: Command, global: &Global) -> anyhow::Result<i32> {
    match command {
        Command::Sources(args) => sources::run(&args, global),
        Command::Claims(args) => claims::run(&args, global),
        Command::Quotes(args) => quotes::run(&args, global),
        Command::Bookmarks(args) => bookmarks::run(&args, global),
        Command::Analyse(args) => analyse::run(&args, global),
        Command::Generate(args) => generate::run(&args),
        Command::Collate(args) => collate::run(&args, global),
        Command::Diff(args) => diff::run(&args, global),
        Command::Completions(args) => completions::run(&args),
        Command::Man(_) => man::run(),
        Command::Extract(args) => extract::run(&args, global),
        Command::Cache(args) => cache::run(&args, global),
    }
}

pub use sources::write_table as sources_table;
