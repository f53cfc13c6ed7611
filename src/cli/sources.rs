//! `crosscheck sources`: each loaded source with its metadata, size, noise and warnings.

use super::{Global, Input, TextOrJson, exit_code, load, report_errors};
use crate::corpus::{Article, Corpus};
use crate::text::{column_widths, fit, table_line};
use clap::Args;
use serde_json::json;
use std::io::Write;

#[derive(Debug, Args)]
pub struct SourcesArgs {
    #[command(flatten)]
    pub input: Input,

    /// Output format.
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    pub format: TextOrJson,
}

pub const EXAMPLES: &[(&str, &str)] = &[
    ("crosscheck sources", "the bundled example corpus"),
    (
        "crosscheck sources reports/ notes.md",
        "a folder and a file",
    ),
    (
        "crosscheck sources - < article.txt",
        "an article on standard input",
    ),
    (
        "crosscheck sources --format json reports/",
        "metadata and load errors as JSON",
    ),
];

pub fn run(args: &SourcesArgs, global: &Global) -> anyhow::Result<i32> {
    let corpus = load(&args.input, global);
    // Load errors go to stderr whatever the format (JSON also carries them, for programs).
    report_errors(&corpus);
    let mut out = super::buffered_stdout();
    match args.format {
        TextOrJson::Text => {
            write_table(&mut out, &corpus)?;
        }
        TextOrJson::Json => {
            serde_json::to_writer_pretty(&mut out, &to_json(&corpus))?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(exit_code(&corpus))
}

pub fn to_json(corpus: &Corpus) -> serde_json::Value {
    let sources: Vec<_> = corpus
        .articles
        .iter()
        .map(|a| {
            let mut source = described(a);
            source.extend([
                ("origin".into(), json!(a.origin.to_string())),
                ("format".into(), json!(a.format)),
                ("words".into(), json!(a.words())),
                ("noise_words".into(), json!(a.noise_words())),
                (
                    "noise_share".into(),
                    json!((a.noise_share() * 1000.0).round() / 1000.0),
                ),
                ("paragraphs".into(), json!(a.paragraphs.len())),
                ("warnings".into(), json!(a.warnings)),
            ]);
            source
        })
        .collect();
    json!({ "sources": sources, "errors": corpus.errors })
}

/// A source's id and metadata, the fields every JSON listing of sources starts with.
pub(super) fn described(a: &Article) -> serde_json::Map<String, serde_json::Value> {
    let m = &a.meta;
    [
        ("id", json!(a.id)),
        ("title", json!(m.title)),
        ("outlet", json!(m.outlet)),
        ("author", json!(m.author)),
        ("date", json!(m.date)),
        ("url", json!(m.url)),
        ("language", json!(m.language)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

fn or_dash(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("-")
}

fn row(a: &Article) -> [String; 6] {
    [
        a.id.clone(),
        or_dash(&a.meta.date).to_string(),
        a.words().to_string(),
        format!("{:.0}%", a.noise_share() * 100.0),
        fit(or_dash(&a.meta.outlet), 16),
        fit(or_dash(&a.meta.title), 60),
    ]
}

/// The table, then each source's byline and address where the page or file named them.
pub fn write_table(out: &mut impl Write, corpus: &Corpus) -> std::io::Result<()> {
    write_columns(out, corpus)?;
    for line in crate::corpus::bylines(corpus) {
        writeln!(out, "{line}")?;
    }
    write_notes(out, corpus)
}

fn write_columns(out: &mut impl Write, corpus: &Corpus) -> std::io::Result<()> {
    // With nothing loaded there is no table: the load errors on stderr say why.
    if corpus.articles.is_empty() {
        return Ok(());
    }
    let header = ["ID", "DATE", "WORDS", "NOISE", "OUTLET", "TITLE"].map(String::from);
    let rows: Vec<[String; 6]> = std::iter::once(header)
        .chain(corpus.articles.iter().map(row))
        .collect();
    let widths = column_widths(&rows, 6);
    for r in &rows {
        writeln!(out, "{}", table_line(r, &widths, |c| c == 2 || c == 3))?;
    }
    Ok(())
}

fn write_notes(out: &mut impl Write, corpus: &Corpus) -> std::io::Result<()> {
    for a in &corpus.articles {
        for w in &a.warnings {
            writeln!(out, "warning: {}: {w}", a.id)?;
        }
    }
    if !corpus.errors.is_empty() {
        writeln!(
            out,
            "{} file(s) could not be loaded (see above)",
            corpus.errors.len()
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{LoadOptions, load_paths};
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn the_table_lines_up_by_columns_when_names_are_wide() {
        let dir = tempfile::TempDir::new().unwrap();
        let story = |name: &str, outlet: &str, title: &str| {
            let path = dir.path().join(name);
            let text =
                format!("---\ntitle: {title}\nsource: {outlet}\n---\n\nThe body says something.\n");
            std::fs::write(&path, text).unwrap();
            path
        };
        let paths = [
            story("a.md", "東京新聞", "米軍の書簡"),
            story("b.md", "Reuters", "US letter"),
        ];
        let corpus = load_paths(&paths, &LoadOptions::default());
        let mut out = Vec::new();
        write_table(&mut out, &corpus).unwrap();
        let out = String::from_utf8(out).unwrap();
        // The TITLE column starts at the same screen column on every line.
        let title_columns: Vec<usize> = out
            .lines()
            .zip(["TITLE", "米軍の書簡", "US letter"])
            .map(|(line, title)| line[..line.find(title).unwrap()].width())
            .collect();
        assert_eq!(title_columns[0], title_columns[1], "{out}");
        assert_eq!(title_columns[0], title_columns[2], "{out}");
    }
}
