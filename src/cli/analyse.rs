//! `crosscheck analyse`: runs the whole analysis (load, then quotes and clusters, passage index
//! and claims) and prints what it found and how long loading and analysing took; the benchmark
//! script times it.

use super::{Global, Input, TextOrJson, exit_code, load, report_errors};
use crate::analysis::{self, Findings};
use clap::Args;
use serde_json::json;
use std::io::Write;
use std::time::Instant;

#[derive(Debug, Args)]
pub struct AnalyseArgs {
    #[command(flatten)]
    pub input: Input,

    /// Output format.
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    pub format: TextOrJson,
}

pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "crosscheck analyse reports/",
        "what it found, and the time taken",
    ),
    (
        "crosscheck analyse reports/ --format json",
        "the same as JSON",
    ),
];

pub fn run(args: &AnalyseArgs, global: &Global) -> anyhow::Result<i32> {
    let mut stages: Vec<(&str, f64)> = Vec::new();
    let mut clock = Instant::now();
    let mut lap = |name: &'static str, stages: &mut Vec<(&str, f64)>| {
        stages.push((name, clock.elapsed().as_secs_f64() * 1000.0));
        clock = Instant::now();
    };
    let corpus = load(&args.input, global);
    lap("load", &mut stages);
    // The same analysis the reader runs, quotes and claims side by side on two threads.
    let findings = analysis::try_analyse(&corpus)?;
    lap("analysis", &mut stages);
    let Findings { quotes, claims, .. } = &findings;
    report_errors(&corpus);
    let words: usize = corpus.articles.iter().map(|a| a.words()).sum();
    let counts = json!({
        "sources": corpus.articles.len(),
        "errors": corpus.errors.len(),
        "words": words,
        "quotes": quotes.quotes.len(),
        "shared_quotes": quotes.shared().count(),
        "claims": claims.claims.len(),
        "conflicts": claims.conflicts.len(),
    });
    let mut out = super::buffered_stdout();
    match args.format {
        TextOrJson::Json => {
            let timings: serde_json::Map<String, serde_json::Value> = stages
                .iter()
                .map(|(k, v)| (k.to_string(), json!((v * 10.0).round() / 10.0)))
                .collect();
            serde_json::to_writer_pretty(
                &mut out,
                &json!({"counts": counts, "milliseconds": timings}),
            )?;
            writeln!(out)?;
        }
        TextOrJson::Text => {
            for (k, v) in counts.as_object().unwrap() {
                writeln!(out, "{:<14} {v}", k.replace('_', " "))?;
            }
            for (k, v) in &stages {
                writeln!(out, "{:<14} {v:.1} ms", k)?;
            }
        }
    }
    out.flush()?;
    let code = exit_code(&corpus);
    // The process ends with this command, and the findings and the corpus are millions of
    // small allocations: the system takes them back at once, where freeing them one by one
    // would add a tenth of a second to a thousand articles.
    std::mem::forget((findings, corpus));
    Ok(code)
}
