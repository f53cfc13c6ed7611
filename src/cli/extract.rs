//! `crosscheck extract`: the articles as crosscheck reads them (body paragraphs, noise left
//! out, and their metadata), to save a clean corpus from saved pages or URLs.

use super::{Global, Input, exit_code, load, report_errors};
use crate::corpus::{Article, Corpus};
use clap::{Args, ValueEnum};
use serde_json::json;
use std::io::Write;

pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "crosscheck extract page.html",
        "the body text as crosscheck reads it",
    ),
    (
        "crosscheck extract --urls links.txt --format json",
        "fetched pages as JSON, errors listed",
    ),
    (
        "crosscheck extract saved/ --format markdown",
        "front matter and text, to load back",
    ),
];

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: Input,

    /// Output format: plain text and Markdown read back into crosscheck with their metadata.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Text)]
    pub format: ExtractFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    Text,
    Markdown,
    Json,
}

/// What separates articles in the text format: a line no article paragraph is.
const TEXT_SEPARATOR: &str = "========================================";

pub fn run(args: &ExtractArgs, global: &Global) -> anyhow::Result<i32> {
    let corpus = load(&args.input, global);
    report_errors(&corpus);
    let mut out = super::buffered_stdout();
    match args.format {
        ExtractFormat::Json => {
            serde_json::to_writer(&mut out, &to_json(&corpus))?;
            writeln!(out)?;
        }
        ExtractFormat::Text => {
            for (i, article) in corpus.articles.iter().enumerate() {
                if i > 0 {
                    writeln!(out, "\n{TEXT_SEPARATOR}\n")?;
                }
                write_text(&mut out, article)?;
            }
        }
        ExtractFormat::Markdown => {
            for (i, article) in corpus.articles.iter().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                write_markdown(&mut out, article)?;
            }
        }
    }
    out.flush()?;
    Ok(exit_code(&corpus))
}

pub fn to_json(corpus: &Corpus) -> serde_json::Value {
    let articles: Vec<_> = corpus
        .articles
        .iter()
        .map(|a| {
            let mut article = super::sources::described(a);
            article.insert("words".into(), json!(a.words()));
            article.insert("text".into(), json!(a.body_text()));
            article
        })
        .collect();
    json!({ "articles": articles, "errors": corpus.errors })
}

/// A plain-text file crosscheck reads back with the same metadata: the title, a byline, then
/// `date:`, `source:` and `url:` lines, a blank line and the paragraphs.
fn write_text(out: &mut impl Write, a: &Article) -> std::io::Result<()> {
    let m = &a.meta;
    if let Some(title) = &m.title {
        writeln!(out, "{title}")?;
    }
    if let Some(author) = &m.author {
        writeln!(out, "By {author}")?;
    }
    for (key, value) in [("date", &m.date), ("source", &m.outlet), ("url", &m.url)] {
        if let Some(value) = value {
            writeln!(out, "{key}: {value}")?;
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", a.body_text())
}

/// Markdown with YAML front matter holding the metadata, the title as a heading.
fn write_markdown(out: &mut impl Write, a: &Article) -> std::io::Result<()> {
    let m = &a.meta;
    writeln!(out, "---")?;
    for (key, value) in [
        ("title", &m.title),
        ("author", &m.author),
        ("date", &m.date),
        ("source", &m.outlet),
        ("url", &m.url),
        ("language", &m.language),
    ] {
        if let Some(value) = value {
            writeln!(out, "{key}: {}", yaml_string(value))?;
        }
    }
    writeln!(out, "---")?;
    if let Some(title) = &m.title {
        writeln!(out, "\n# {title}")?;
    }
    writeln!(out, "\n{}", a.body_text())
}

/// A YAML double-quoted string (JSON's escaping is valid YAML).
fn yaml_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}
