//! `crosscheck collate FILE...`: every file is one transcription of the same text; prints their
//! alignment table with each difference's class, fidelity, re-translation flags and distances.
//! `write_collation` is the printer any command collating a set of texts shares.

use super::exit::NotFound;
use super::{Global, TextOrJson};
use crate::collate::{
    Base, CollateOptions, Collation, VariantClass, Witness, WitnessStats, collate,
};
use crate::corpus::DEFAULT_MAX_FILE_BYTES;
use crate::text::{collapse_whitespace, fit, pad, pad_left, sanitise, sanitise_line};
use anyhow::{Context, bail};
use clap::Args;
use serde::Serialize;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Args)]
pub struct CollateArgs {
    /// Transcriptions of the same text, one per file.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,

    /// Compare against this witness (its file name, or its position from 1) instead of the
    /// consensus.
    #[arg(long, value_name = "WITNESS")]
    pub base: Option<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    pub format: TextOrJson,
}

pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "crosscheck collate draft.txt wire.txt print.txt",
        "against their consensus",
    ),
    (
        "crosscheck collate v*.txt --base 2",
        "against the second file",
    ),
    (
        "crosscheck collate v*.txt --format json",
        "the alignment table as JSON",
    ),
];

/// How text output looks: colour, and the width to wrap the table to.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub width: usize,
}

impl Style {
    /// Colour per `--color` and NO_COLOR; the terminal's width (from COLUMNS) on a terminal,
    /// else 100 columns.
    pub fn for_stdout(global: &Global) -> Style {
        let tty = std::io::stdout().is_terminal();
        let width = tty
            .then(|| std::env::var("COLUMNS").ok()?.trim().parse::<usize>().ok())
            .flatten()
            .filter(|&w| w >= 20)
            .unwrap_or(100);
        Style {
            color: global.use_color(tty),
            width,
        }
    }
}

pub fn run(args: &CollateArgs, global: &Global) -> anyhow::Result<i32> {
    let cap = global
        .max_file_mib
        .map_or(DEFAULT_MAX_FILE_BYTES, |m| m.saturating_mul(1024 * 1024));
    let mut texts = Vec::new();
    let mut failed = false;
    for path in &args.files {
        match read_transcription(path, cap) {
            Ok(text) => texts.push(text),
            Err(e) => {
                eprintln!("crosscheck: {e:#}");
                failed = true;
            }
        }
    }
    if failed {
        return Ok(super::exit::NOT_FOUND);
    }
    let ids = witness_ids(&args.files);
    let witnesses: Vec<Witness> = ids
        .iter()
        .zip(&texts)
        .map(|(id, text)| Witness::new(id.clone(), text))
        .collect();
    let base = match &args.base {
        None => Base::Consensus,
        Some(name) => Base::Witness(find_witness(&ids, name)?),
    };
    let mut out = super::buffered_stdout();
    write_collation(
        &mut out,
        &witnesses,
        &CollateOptions::default().base(base),
        args.format,
        Style::for_stdout(global),
    )?;
    out.flush()?;
    Ok(super::exit::SUCCESS)
}

/// Reads one transcription whole, refusing what is not text, and sanitises it.
fn read_transcription(path: &Path, cap: u64) -> anyhow::Result<String> {
    let name = sanitise_line(&path.display().to_string());
    let meta = std::fs::metadata(path).with_context(|| format!("{name}: cannot read"))?;
    if meta.is_dir() {
        bail!("{name}: is a directory, not a transcription");
    }
    if meta.len() > cap {
        bail!(
            "{name}: larger than the {} MiB limit for one file (see --max-file-mib)",
            cap / (1024 * 1024)
        );
    }
    let bytes = std::fs::read(path).with_context(|| format!("{name}: cannot read"))?;
    if bytes.contains(&0) {
        bail!("{name}: binary file (contains NUL bytes), not a transcription");
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "{name}: not valid UTF-8 (first bad byte at offset {}); convert it to UTF-8 first",
            e.utf8_error().valid_up_to()
        )
    })?;
    Ok(sanitise(&text, 4).text)
}

/// File names, or whole paths where two files share a name.
fn witness_ids(files: &[PathBuf]) -> Vec<String> {
    let names: Vec<String> = files
        .iter()
        .map(|p| {
            p.file_name()
                .map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into())
        })
        .collect();
    names
        .iter()
        .zip(files)
        .map(|(name, path)| {
            let id = if names.iter().filter(|n| *n == name).count() > 1 {
                path.display().to_string()
            } else {
                name.clone()
            };
            sanitise_line(&id)
        })
        .collect()
}

fn find_witness(ids: &[String], name: &str) -> anyhow::Result<usize> {
    if let Some(i) = ids.iter().position(|id| id == name) {
        return Ok(i);
    }
    match name.parse::<usize>() {
        Ok(n) if (1..=ids.len()).contains(&n) => Ok(n - 1),
        _ => Err(NotFound(format!(
            "no witness {:?} to use as base; give a file name ({}) or a position from 1 to {}",
            sanitise_line(name),
            ids.join(", "),
            ids.len()
        ))
        .into()),
    }
}

/// Collates `witnesses` and prints the result: what `collate` prints for files, and what a
/// command collating any set of texts (a quote cluster's members, say) prints too.
pub fn write_collation(
    out: &mut impl Write,
    witnesses: &[Witness],
    options: &CollateOptions,
    format: TextOrJson,
    style: Style,
) -> anyhow::Result<()> {
    let ids: Vec<&str> = witnesses.iter().map(|w| w.id.as_str()).collect();
    let collation = crate::failsafe::guarded(&ids, || {
        crate::failsafe::stage("collation", || collate(witnesses, options))
    })?;
    match format {
        TextOrJson::Json => write_json(out, &collation)?,
        TextOrJson::Text => write_text(out, &collation, style)?,
    }
    Ok(())
}

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// The collation as JSON, shaped so that a big collation stays small and quick to write: a
/// column is `{"class", "base", "cells", "variants"?}`; `cells` has one entry per witness,
/// `[start, end, text]` (byte span into the witness's sanitised text, and the words there) or
/// `null` where the witness has no word; `variants` lists `[witness, class]` for each cell that
/// differs from the base (every other cell is the same), and is left out when none does.
/// Serialised from borrowed structs, compact (a `serde_json::Value` tree, or pretty-printing,
/// cost more than the collation itself).
#[derive(Serialize)]
struct CollationJson<'c> {
    witnesses: Vec<WitnessJson<'c>>,
    base: BaseJson<'c>,
    approximate: bool,
    columns: Vec<ColumnJson<'c>>,
    distances: Vec<Vec<f64>>,
}

#[derive(Serialize)]
struct WitnessJson<'c> {
    id: &'c str,
    words: usize,
    fidelity: f64,
    retranslation: bool,
    against_base: WitnessStats,
}

#[derive(Serialize)]
#[serde(untagged)]
enum BaseJson<'c> {
    Consensus(&'static str),
    Witness { witness: &'c str },
}

#[derive(Serialize)]
struct ColumnJson<'c> {
    class: VariantClass,
    base: Option<&'c str>,
    cells: Vec<Option<(usize, usize, &'c str)>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    variants: Vec<(usize, VariantClass)>,
}

fn to_json<'c>(c: &'c Collation) -> CollationJson<'c> {
    let fidelity = c.fidelity();
    let witnesses = c
        .witnesses()
        .iter()
        .enumerate()
        .map(|(w, witness)| WitnessJson {
            id: &witness.id,
            words: c.tokens(w).len(),
            fidelity: round(fidelity[w]),
            retranslation: c.is_retranslation(w),
            against_base: c.stats(w),
        })
        .collect();
    let base = match c.base() {
        Base::Consensus => BaseJson::Consensus("consensus"),
        Base::Witness(w) => BaseJson::Witness {
            witness: &c.witnesses()[w].id,
        },
    };
    let columns = c
        .columns()
        .map(|column| ColumnJson {
            class: column.class,
            base: c.base_text(column.index),
            cells: column
                .cells
                .iter()
                .enumerate()
                .map(|(w, cell)| {
                    cell.map(|t| {
                        let span = c.tokens(w)[t as usize].span;
                        (span.start, span.end, c.token_text(w, t))
                    })
                })
                .collect(),
            variants: column
                .classes
                .iter()
                .enumerate()
                .filter(|(_, class)| class.is_variant())
                .map(|(w, &class)| (w, class))
                .collect(),
        })
        .collect();
    let distances = c
        .distances()
        .into_iter()
        .map(|row| row.into_iter().map(round).collect())
        .collect();
    CollationJson {
        witnesses,
        base,
        approximate: c.is_approximate(),
        columns,
        distances,
    }
}

/// Writes the collation's JSON (see `to_json`) on one line.
pub fn write_json(out: &mut impl Write, c: &Collation) -> anyhow::Result<()> {
    serde_json::to_writer(&mut *out, &to_json(c))?;
    writeln!(out)?;
    Ok(())
}

fn mark(class: VariantClass) -> &'static str {
    match class {
        VariantClass::Same => "",
        VariantClass::Cosmetic => "c",
        VariantClass::Substitution => "S",
        VariantClass::Omission => "O",
        VariantClass::Addition => "A",
        VariantClass::Transposition => "T",
    }
}

fn colour(class: VariantClass) -> &'static str {
    match class {
        VariantClass::Same => "",
        VariantClass::Cosmetic => "\x1b[33m",
        VariantClass::Substitution => "\x1b[35m",
        VariantClass::Omission => "\x1b[31m",
        VariantClass::Addition => "\x1b[32m",
        VariantClass::Transposition => "\x1b[36m",
    }
}

const GAP: &str = "·";
const MAX_LABEL: usize = 24;

fn write_padded(
    out: &mut impl Write,
    text: &str,
    width: usize,
    class: VariantClass,
    color: bool,
) -> std::io::Result<()> {
    if color && class.is_variant() {
        // The colour stops before the padding.
        let padded = pad(text, width);
        let (text, padding) = padded.split_at(text.len());
        write!(out, "{}{text}\x1b[m{padding}", colour(class))
    } else {
        write!(out, "{}", pad(text, width))
    }
}

/// The table as aligned text: one row per witness (and the consensus), wrapped into blocks of
/// columns that fit `style.width`, a row of marks under each block naming the variant columns;
/// then each witness's measures and the distance matrix.
pub fn write_text(out: &mut impl Write, c: &Collation, style: Style) -> std::io::Result<()> {
    let base_label = match c.base() {
        Base::Consensus => "(consensus)".to_string(),
        Base::Witness(w) => format!("(base: {})", fit(&c.witnesses()[w].id, MAX_LABEL)),
    };
    let mut labels: Vec<String> = c
        .witnesses()
        .iter()
        .map(|w| fit(&w.id, MAX_LABEL))
        .collect();
    let show_consensus = c.base() == Base::Consensus;
    if show_consensus {
        labels.push(base_label.clone());
    }
    let label_width = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    writeln!(
        out,
        "{} witnesses, {} columns, {} with variants; base {base_label}{}",
        c.width(),
        c.len(),
        c.columns().filter(|col| col.class.is_variant()).count(),
        if c.is_approximate() {
            " (timed out: alignment approximate)"
        } else {
            ""
        }
    )?;
    let texts: Vec<Vec<String>> = c
        .columns()
        .map(|col| {
            let mut cells: Vec<String> = (0..c.width())
                .map(|w| {
                    c.cell_text(col.index, w)
                        .map_or(GAP.to_string(), collapse_whitespace)
                })
                .collect();
            if show_consensus {
                cells.push(
                    c.base_text(col.index)
                        .map_or(GAP.to_string(), collapse_whitespace),
                );
            }
            cells
        })
        .collect();
    let widths: Vec<usize> = texts
        .iter()
        .map(|cells| cells.iter().map(|t| t.width()).max().unwrap_or(1).max(1))
        .collect();
    let room = style.width.saturating_sub(label_width + 2).max(1);
    for band in crate::collate::table_bands(&widths, room) {
        let (start, end) = (band.start, band.end);
        writeln!(out)?;
        for (row, label) in labels.iter().enumerate() {
            write!(out, "{}  ", pad(label, label_width))?;
            for col in start..end {
                let class = c.column(col).classes.get(row).copied();
                let class = class.unwrap_or(VariantClass::Same);
                let width = if col + 1 == end { 0 } else { widths[col] + 1 };
                write_padded(out, &texts[col][row], width, class, style.color)?;
            }
            writeln!(out)?;
        }
        write!(out, "{:label_width$}  ", "")?;
        let marks: String = (start..end)
            .map(|col| format!("{:<w$}", mark(c.column(col).class), w = widths[col] + 1))
            .collect();
        writeln!(out, "{}", marks.trim_end())?;
    }
    writeln!(
        out,
        "\nmarks: c cosmetic, S substitution, O omission, A addition, T transposition; {GAP} no word"
    )?;
    write_measures(out, c, &labels[..c.width()], label_width)
}

fn write_measures(
    out: &mut impl Write,
    c: &Collation,
    labels: &[String],
    label_width: usize,
) -> std::io::Result<()> {
    let fidelity = c.fidelity();
    writeln!(
        out,
        "\n{:label_width$}  WORDS  FIDELITY  COSMETIC  SUBST  OMIT  ADD  MOVED",
        "WITNESS"
    )?;
    for (w, label) in labels.iter().enumerate() {
        let s = c.stats(w);
        let note = if c.is_retranslation(w) {
            "  re-translation?"
        } else {
            ""
        };
        writeln!(
            out,
            "{}  {:>5}  {:>8.3}  {:>8}  {:>5}  {:>4}  {:>3}  {:>5}{note}",
            pad(label, label_width),
            s.words,
            fidelity[w],
            s.cosmetic,
            s.substitutions,
            s.omissions,
            s.additions,
            s.transpositions
        )?;
    }
    writeln!(out, "\ndistances (0 = the same wording):")?;
    let d = c.distances();
    write!(out, "{:label_width$}", "")?;
    for label in labels {
        write!(out, "  {}", pad_left(&fit(label, 6), 6))?;
    }
    writeln!(out)?;
    for (label, row) in labels.iter().zip(&d) {
        write!(out, "{}", pad(label, label_width))?;
        for x in row {
            write!(out, "  {x:>6.3}")?;
        }
        writeln!(out)?;
    }
    Ok(())
}
