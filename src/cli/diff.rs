//! `crosscheck diff --between A B`: a word diff of two loaded sources, coloured like
//! `git diff --word-diff=color` (or `[-removed-]{+added+}` without colour), or as JSON the
//! two-witness alignment with each column's class.

use super::collate::{Style, write_json};
use super::exit::NotFound;
use super::{Global, Input, TextOrJson, load, report_errors};
use crate::collate::{Algorithm, Collation, VariantClass, Witness, word_diff};
use crate::corpus::{Article, Corpus};
use crate::text::{Span, sanitise_line};
use clap::Args;
use std::io::Write;
use std::time::{Duration, Instant};

/// A huge pair gets a coarser diff after this rather than hanging.
pub const DIFF_TIMEOUT: Duration = Duration::from_secs(2);

#[derive(Debug, Args)]
pub struct DiffArgs {
    #[command(flatten)]
    pub input: Input,

    /// The two sources to compare, by id (see `crosscheck sources`) or by an outlet only one
    /// source has: the old, then the new.
    #[arg(long, num_args = 2, value_names = ["SOURCE_A", "SOURCE_B"], required_unless_present = "quote", conflicts_with = "quote")]
    pub between: Vec<String>,

    /// Collate every source's wording of one shared quote, by cluster id (see `crosscheck quotes`).
    #[arg(long, value_name = "ID")]
    pub quote: Option<usize>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    pub format: TextOrJson,
}

pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "crosscheck diff --between Reuters \"The Hill\"",
        "by outlet (bundled corpus)",
    ),
    (
        "crosscheck diff reports/ --between ap-1 ap-2",
        "by id (crosscheck sources)",
    ),
    ("crosscheck diff --quote 1", "each wording of quote #1"),
    (
        "crosscheck diff --quote 1 --format json",
        "the alignment as JSON",
    ),
];

pub fn run(args: &DiffArgs, global: &Global) -> anyhow::Result<i32> {
    let corpus = load(&args.input, global);
    report_errors(&corpus);
    if let Some(id) = args.quote {
        return collate_quote(&corpus, id, args.format, global);
    }
    let sources = args
        .between
        .iter()
        .map(|name| super::names::source(&corpus, name))
        .collect::<Result<Vec<_>, _>>()?;
    let ids = [sources[0].id.as_str(), sources[1].id.as_str()];
    let diff = crate::failsafe::guarded(&ids, || {
        crate::failsafe::stage("word diff", || {
            word_diff(
                article_witness(sources[0]),
                article_witness(sources[1]),
                Algorithm::Patience,
                Some(Instant::now() + DIFF_TIMEOUT),
            )
        })
    })?;
    let mut out = super::buffered_stdout();
    match args.format {
        TextOrJson::Json => write_json(&mut out, &diff)?,
        TextOrJson::Text => write_word_diff(&mut out, &diff, Style::for_stdout(global).color)?,
    }
    out.flush()?;
    // The process ends here, which frees everything at once: freeing the collation and the
    // articles piece by piece first is a twentieth of a two-article diff's instructions.
    std::mem::forget(diff);
    std::mem::forget(corpus);
    Ok(super::exit::SUCCESS)
}

/// Collates the members of one quote cluster: each source's wording is a witness, named by its
/// source id (see `analysis::cluster_witnesses`).
fn collate_quote(
    corpus: &Corpus,
    id: usize,
    format: TextOrJson,
    global: &Global,
) -> anyhow::Result<i32> {
    let quotes = crate::analysis::try_quotes(corpus)?;
    let Some(cluster) = quotes.cluster(id) else {
        let message = match quotes.clusters.len() {
            0 => format!("no quote cluster {id}: no quotes were found in these sources"),
            n => format!(
                "no quote cluster {id}; `crosscheck quotes` with the same PATHs lists them (1 to {n})"
            ),
        };
        return Err(NotFound(message).into());
    };
    let witnesses: Vec<Witness> = crate::analysis::cluster_witnesses(corpus, &quotes, cluster)
        .into_iter()
        .map(|(_, w)| w)
        .collect();
    let mut out = super::buffered_stdout();
    super::collate::write_collation(
        &mut out,
        &witnesses,
        &crate::collate::CollateOptions::default(),
        format,
        Style::for_stdout(global),
    )?;
    out.flush()?;
    Ok(super::exit::SUCCESS)
}

/// The report itself: content paragraphs with noise (captions, link previews...) cut out.
pub fn article_witness(article: &Article) -> Witness<'_> {
    let mut segments = Vec::new();
    for paragraph in article.content_paragraphs() {
        let mut start = paragraph.span.start;
        for noise in article
            .noise
            .iter()
            .filter(|n| n.span.overlaps(paragraph.span))
        {
            if noise.span.start > start {
                segments.push(Span::new(start, noise.span.start));
            }
            start = start.max(noise.span.end);
        }
        if start < paragraph.span.end {
            segments.push(Span::new(start, paragraph.span.end));
        }
    }
    Witness::new(article.id.clone(), &article.text).with_segments(segments)
}

/// Markers around removed and added words, with or without colour.
struct Markers {
    removed: (&'static str, &'static str),
    added: (&'static str, &'static str),
}

const COLOUR: Markers = Markers {
    removed: ("\x1b[31m", "\x1b[m"),
    added: ("\x1b[32m", "\x1b[m"),
};
const PLAIN: Markers = Markers {
    removed: ("[-", "-]"),
    added: ("{+", "+}"),
};

/// Prints the new text with the old one's removed words and the new one's added words marked,
/// runs of changed words grouped as `git diff --word-diff` does. A cosmetic change is a change
/// here too: the point is to see every comma.
pub fn write_word_diff(out: &mut impl Write, diff: &Collation, color: bool) -> std::io::Result<()> {
    let markers = if color { &COLOUR } else { &PLAIN };
    let [old, new] = [0, 1].map(|w| sanitise_line(&diff.witnesses()[w].id));
    if color {
        writeln!(out, "\x1b[1m--- {old}\n+++ {new}\x1b[m")?;
    } else {
        writeln!(out, "--- {old}\n+++ {new}")?;
    }
    let new_text = diff.witnesses()[1].text;
    let new_tokens = diff.tokens(1);
    let mut removed: Vec<&str> = Vec::new();
    let mut added: Vec<u32> = Vec::new();
    let mut last_new: Option<u32> = None;
    let mut started = false;
    // Whitespace before a word of the new text: its own, as a space or paragraph break.
    let separator = |last: Option<u32>, next: u32| -> &'static str {
        match last {
            Some(l) if l + 1 == next => {
                let gap = &new_text
                    [new_tokens[l as usize].span.end..new_tokens[next as usize].span.start];
                if gap.bytes().filter(|&b| b == b'\n').count() >= 2 {
                    "\n\n"
                } else {
                    " "
                }
            }
            _ => " ",
        }
    };
    let flush = |out: &mut dyn Write,
                 removed: &mut Vec<&str>,
                 added: &mut Vec<u32>,
                 last_new: &mut Option<u32>,
                 started: &mut bool|
     -> std::io::Result<()> {
        let removed_now = !removed.is_empty();
        if removed_now {
            if *started {
                out.write_all(b" ")?;
            }
            write!(
                out,
                "{}{}{}",
                markers.removed.0,
                removed.join(" "),
                markers.removed.1
            )?;
            *started = true;
            removed.clear();
        }
        if let Some(&first) = added.first() {
            if removed_now {
                // git prints the pair as one unit: `[-old-]{+new+}`.
            } else if *started {
                out.write_all(separator(*last_new, first).as_bytes())?;
            }
            out.write_all(markers.added.0.as_bytes())?;
            for (i, &t) in added.iter().enumerate() {
                if i > 0 {
                    out.write_all(separator(Some(added[i - 1]), t).as_bytes())?;
                }
                out.write_all(diff.token_text(1, t).as_bytes())?;
            }
            out.write_all(markers.added.1.as_bytes())?;
            *last_new = added.last().copied();
            *started = true;
            added.clear();
        }
        Ok(())
    };
    for column in diff.columns() {
        let (a, b) = (column.cells[0], column.cells[1]);
        if column.classes[1] == VariantClass::Same {
            if let Some(t) = b {
                flush(out, &mut removed, &mut added, &mut last_new, &mut started)?;
                if started {
                    out.write_all(separator(last_new, t).as_bytes())?;
                }
                out.write_all(diff.token_text(1, t).as_bytes())?;
                last_new = Some(t);
                started = true;
            }
            continue;
        }
        if let Some(t) = a {
            removed.push(diff.token_text(0, t));
        }
        if let Some(t) = b {
            added.push(t);
        }
    }
    flush(out, &mut removed, &mut added, &mut last_new, &mut started)?;
    writeln!(out)
}
