//! `crosscheck bookmarks`: list, export, add and delete bookmarks from the command line.

use super::exit::NotFound;
use super::help::examples;
use super::{Global, Input, exit_code, load, report_errors};
use crate::bookmarks::{
    self, Attached, ExportFormat, Store, StoreError, Target, attach_all, occurrences,
};
use crate::corpus::{Article, Corpus};
use crate::text::{column_widths, fit, sanitise_line, table_line};
use anyhow::Context;
use clap::{Args, Subcommand, ValueEnum};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct BookmarksArgs {
    #[command(subcommand)]
    pub command: BookmarksCommand,
}

pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "crosscheck bookmarks add Reuters --text \"I send drafts\" --note check",
        "bookmark a passage",
    ),
    (
        "crosscheck bookmarks list",
        "every bookmark, with its status",
    ),
    (
        "crosscheck bookmarks export -o notes.md",
        "as Markdown, to a file",
    ),
    (
        "crosscheck bookmarks delete 6b1167cd",
        "by the start of its id",
    ),
];

#[derive(Debug, Subcommand)]
pub enum BookmarksCommand {
    /// Show the bookmarks as a table, with whether each is still found in the sources.
    #[command(after_help = examples(&[
        ("crosscheck bookmarks list", "against the bundled corpus"),
        ("crosscheck bookmarks list reports/", "against your articles"),
        ("crosscheck bookmarks list --filter troops", "only those that mention troops"),
    ]))]
    List(ViewArgs),
    /// Write the bookmarks as Markdown (default), W3C Web Annotation JSON, or CSV.
    #[command(after_help = examples(&[
        ("crosscheck bookmarks export > notes.md", "Markdown, quotes with their sources"),
        ("crosscheck bookmarks export --format json -o notes.json", "W3C Web Annotations"),
        ("crosscheck bookmarks export --format csv -o notes.csv", "for a spreadsheet"),
    ]))]
    Export(ViewArgs),
    /// Bookmark a passage of one source.
    #[command(after_help = examples(&[
        (
            "crosscheck bookmarks add Reuters --text \"I send drafts\"",
            "by outlet, on the bundled corpus",
        ),
        (
            "crosscheck bookmarks add ap reports/ --text \"no decision\" --note \"check\"",
            "by source id, with a note",
        ),
    ]))]
    Add(AddArgs),
    /// Delete a bookmark by its id (or a unique start of it).
    #[command(after_help = examples(&[
        ("crosscheck bookmarks list", "shows the ids"),
        ("crosscheck bookmarks delete 6b1167cd", "a unique start of an id is enough"),
    ]))]
    Delete(DeleteArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Table,
    Markdown,
    Json,
    Csv,
}

#[derive(Debug, Args)]
pub struct ViewArgs {
    /// The corpus to find the bookmarks in (default: the bundled example corpus).
    #[command(flatten)]
    pub input: Input,

    /// Output format (default: table for list, markdown for export).
    #[arg(long, value_enum)]
    pub format: Option<OutputFormat>,

    /// Write to FILE (atomically) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Only bookmarks whose passage, note or source contains this text (any case).
    #[arg(long, value_name = "TEXT")]
    pub filter: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The source: its id, or its outlet when only one source has that outlet.
    pub source: String,

    /// The corpus holding the source (default: the bundled example corpus).
    #[command(flatten)]
    pub input: Input,

    /// The passage to bookmark, exactly as in the source (line breaks and quote styles may differ).
    #[arg(long, value_name = "PASSAGE")]
    pub text: String,

    /// A note to keep with the passage.
    #[arg(long, default_value = "")]
    pub note: String,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The bookmark's id, as `crosscheck bookmarks list` shows it, or a unique start of it.
    pub id: String,
}

pub fn run(args: &BookmarksArgs, global: &Global) -> anyhow::Result<i32> {
    let dir = super::config(global).data_dir(global.data_dir.as_deref())?;
    let mut store = Store::open(&dir).with_context(|| "could not read the bookmarks")?;
    print_warnings(&mut store);
    let result = match &args.command {
        BookmarksCommand::List(view) => show(&store, view, global, OutputFormat::Table),
        BookmarksCommand::Export(view) => show(&store, view, global, OutputFormat::Markdown),
        BookmarksCommand::Add(add) => add_passage(&mut store, add, global),
        BookmarksCommand::Delete(delete) => delete_one(&mut store, &delete.id),
    };
    // A change re-reads the file, and may have found it damaged by another program since.
    print_warnings(&mut store);
    result
}

fn print_warnings(store: &mut Store) {
    for warning in store.take_warnings() {
        eprintln!("crosscheck: warning: {warning}");
    }
}

fn delete_one(store: &mut Store, id_or_prefix: &str) -> anyhow::Result<i32> {
    let id = match store.lookup(id_or_prefix) {
        Ok(b) => b.id.clone(),
        Err(e @ StoreError::NotFound(_)) => {
            return Err(
                NotFound(format!("{e}; `crosscheck bookmarks list` shows their ids")).into(),
            );
        }
        Err(e @ StoreError::Ambiguous { .. }) => return Err(NotFound(e.to_string()).into()),
        Err(e) => return Err(e.into()),
    };
    let removed = store.delete(&id)?;
    writeln!(
        std::io::stdout().lock(),
        "deleted {}: {} “{}”",
        sanitise_line(&removed.id),
        sanitise_line(removed.source.display_name()),
        removed.snippet(60)
    )?;
    Ok(super::exit::SUCCESS)
}

fn show(
    store: &Store,
    view: &ViewArgs,
    global: &Global,
    default: OutputFormat,
) -> anyhow::Result<i32> {
    let corpus = load(&view.input, global);
    report_errors(&corpus);
    let query = view.filter.as_deref().unwrap_or("");
    let items = crate::failsafe::guarded(&corpus.ids(), || {
        crate::failsafe::stage("bookmarks", || attach_all(store.filtered(query), &corpus))
    })?;
    let text = match view.format.unwrap_or(default) {
        OutputFormat::Table => table(&items, &corpus),
        OutputFormat::Markdown => bookmarks::export(ExportFormat::Markdown, &items, &corpus),
        OutputFormat::Json => bookmarks::export(ExportFormat::Json, &items, &corpus),
        OutputFormat::Csv => bookmarks::export(ExportFormat::Csv, &items, &corpus),
    };
    match &view.output {
        Some(path) => {
            bookmarks::write_atomically(path, text.as_bytes())
                .with_context(|| format!("could not write {}", path.display()))?;
            eprintln!(
                "crosscheck: wrote {} bookmark(s) to {}",
                items.len(),
                sanitise_line(&path.display().to_string())
            );
        }
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    Ok(exit_code(&corpus))
}

/// One line per bookmark: id, status, source, creation date, passage and note.
fn table(items: &[Attached<'_>], corpus: &Corpus) -> String {
    if items.is_empty() {
        return "no bookmarks\n".into();
    }
    let rows: Vec<[String; 6]> = items
        .iter()
        .map(|item| {
            let b = item.bookmark;
            // The source as loaded now, else as saved.
            let source = item
                .attachment
                .article()
                .map_or(b.source.display_name(), |i| {
                    corpus.articles[i].display_name()
                });
            [
                sanitise_line(&b.id),
                item.attachment.status().label().to_string(),
                fit(&sanitise_line(source), 16),
                sanitise_line(&b.created)
                    .replace('T', " ")
                    .chars()
                    .take(16)
                    .collect(),
                format!("“{}”", b.snippet(50)),
                fit(&sanitise_line(&b.note), 40),
            ]
        })
        .collect();
    let header = ["ID", "STATUS", "SOURCE", "CREATED", "PASSAGE", "NOTE"].map(String::from);
    let all: Vec<&[String; 6]> = std::iter::once(&header).chain(&rows).collect();
    // Widths in terminal columns, so a wide (CJK) source or passage keeps the columns in line.
    let widths = column_widths(&all, 6);
    let mut out = String::new();
    for row in all {
        out.push_str(&table_line(row, &widths, |_| false));
        out.push('\n');
    }
    out
}

fn add_passage(store: &mut Store, add: &AddArgs, global: &Global) -> anyhow::Result<i32> {
    let corpus = load(&add.input, global);
    report_errors(&corpus);
    let article = super::names::source(&corpus, &add.source)?;
    let target = find_passage(article, &add.text)?;
    let made = store.add(&[target], &add.note)?;
    for b in &made {
        writeln!(
            std::io::stdout().lock(),
            "added {}: {} “{}”",
            sanitise_line(&b.id),
            sanitise_line(article.display_name()),
            b.snippet(60)
        )?;
    }
    Ok(super::exit::SUCCESS)
}

fn find_passage<'a>(article: &'a Article, passage: &str) -> anyhow::Result<Target<'a>> {
    let found = occurrences(&article.text, passage);
    let shown = fit(&sanitise_line(passage), 60);
    match found.as_slice() {
        [span] => Ok(Target {
            article,
            span: *span,
        }),
        [] => Err(NotFound(format!(
            "“{shown}” is not in {}; give the passage as it is in the text",
            sanitise_line(&article.id)
        ))
        .into()),
        many => Err(NotFound(format!(
            "“{shown}” occurs {} times in {}; give a longer passage so it is found once",
            many.len(),
            sanitise_line(&article.id)
        ))
        .into()),
    }
}
