//! `crosscheck claims`: the claims summary (who supports, omits or contradicts each claim, and
//! the conflicts first) as text, JSON or a Markdown table for a memo.

use super::{Global, Input, exit_code, load, report_errors};
use crate::claims::{Analysis, Claim, Conflict};
use clap::{Args, ValueEnum};
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ClaimsFormat {
    #[default]
    Text,
    Json,
    Markdown,
}

#[derive(Debug, Args)]
pub struct ClaimsArgs {
    #[command(flatten)]
    pub input: Input,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Text)]
    pub format: ClaimsFormat,
}

pub const EXAMPLES: &[(&str, &str)] = &[
    ("crosscheck claims", "the bundled corpus, conflicts first"),
    (
        "crosscheck claims reports/ --format markdown > claims.md",
        "a table for a memo",
    ),
    (
        "crosscheck claims reports/ --format json",
        "with every sentence's byte offsets",
    ),
];

pub fn run(args: &ClaimsArgs, global: &Global) -> anyhow::Result<i32> {
    let corpus = load(&args.input, global);
    report_errors(&corpus);
    let analysis = crate::analysis::try_claims(&corpus)?;
    let mut out = super::buffered_stdout();
    match args.format {
        ClaimsFormat::Text => write_text(&mut out, &analysis)?,
        ClaimsFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &super::claims_json::Report(&analysis))?;
            writeln!(out)?;
        }
        ClaimsFormat::Markdown => write_markdown(&mut out, &analysis)?,
    }
    out.flush()?;
    Ok(exit_code(&corpus))
}

fn ids(a: &Analysis, sources: &[usize]) -> Vec<String> {
    sources.iter().map(|&s| a.sources[s].clone()).collect()
}

fn who(a: &Analysis, sources: &[usize]) -> String {
    if sources.is_empty() {
        "-".into()
    } else {
        ids(a, sources).join(", ")
    }
}

fn write_claim_text(out: &mut impl Write, a: &Analysis, c: &Claim) -> std::io::Result<()> {
    let speaker = c
        .speaker
        .as_deref()
        .map(|s| format!(" [{s}]"))
        .unwrap_or_default();
    writeln!(out, "{} ({}){speaker}: {}", c.id, c.kind.label(), c.summary)?;
    match c.unique_to() {
        Some(s) => writeln!(out, "    only in {}", a.sources[s])?,
        None => {
            writeln!(out, "    supported by: {}", who(a, &c.supported_by()))?;
            writeln!(out, "    omitted by:   {}", who(a, &c.omitted_by()))?;
            if !c.contradicted_by().is_empty() {
                writeln!(out, "    contradicted by: {}", who(a, &c.contradicted_by()))?;
            }
        }
    }
    Ok(())
}

/// "58 claims across 5 sources, 2 conflicts": the first line of every report.
fn overview(a: &Analysis) -> String {
    format!(
        "{} claims across {} sources, {} conflicts",
        a.claims.len(),
        a.sources.len(),
        a.conflicts.len()
    )
}

/// The id of the claim a conflict is about, "-" when it stands alone.
fn claim_of<'a>(a: &'a Analysis, conflict: &Conflict) -> &'a str {
    conflict.claim.map_or("-", |i| a.claims[i].id.as_str())
}

pub fn write_text(out: &mut impl Write, a: &Analysis) -> std::io::Result<()> {
    writeln!(out, "{}", overview(a))?;
    if !a.conflicts.is_empty() {
        writeln!(out, "\nCONFLICTS")?;
    }
    for k in &a.conflicts {
        let claim = claim_of(a, k);
        writeln!(out, "! {} (claim {claim}) {}", k.id, k.reason)?;
        for side in &k.sides {
            writeln!(out, "    {} — “{}”", who(a, &side.sources), side.text)?;
            for e in &side.evidence {
                writeln!(
                    out,
                    "      {} {}..{}: {}",
                    a.sources[e.source], e.sentence.start, e.sentence.end, e.text
                )?;
            }
        }
    }
    writeln!(out, "\nCLAIMS")?;
    for c in &a.claims {
        write_claim_text(out, a, c)?;
    }
    Ok(())
}

/// Pipes and line breaks would break a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}

pub fn write_markdown(out: &mut impl Write, a: &Analysis) -> std::io::Result<()> {
    writeln!(out, "# Claims\n")?;
    writeln!(out, "{}.\n", overview(a))?;
    if !a.conflicts.is_empty() {
        writeln!(out, "## Conflicts\n")?;
        for k in &a.conflicts {
            let claim = claim_of(a, k);
            // The reason starts with what kind of conflict it is.
            writeln!(out, "- **{}** (claim {claim}): {}", k.id, cell(&k.reason))?;
            for side in &k.sides {
                writeln!(
                    out,
                    "  - {}: “{}”",
                    ids(a, &side.sources).join(", "),
                    cell(&side.text)
                )?;
            }
        }
        writeln!(out)?;
    }
    writeln!(out, "## Claims by source\n")?;
    let header: Vec<String> = a.sources.iter().map(|s| cell(s)).collect();
    writeln!(out, "| Claim | Kind | {} |", header.join(" | "))?;
    writeln!(out, "|---|---|{}", "---|".repeat(a.sources.len()))?;
    for c in &a.claims {
        let cells: Vec<&str> = (0..a.sources.len()).map(|s| c.stance(s).label()).collect();
        writeln!(
            out,
            "| {}: {} | {} | {} |",
            c.id,
            cell(&c.summary),
            c.kind.label(),
            cells.join(" | ")
        )?;
    }
    Ok(())
}
