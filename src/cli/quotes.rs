//! `crosscheck quotes`: every cluster of quoted statements, shared ones first, with its speaker
//! and each source's wording.

use super::{Global, Input, TextOrJson, exit_code, load, report_errors};
use crate::corpus::Corpus;
use crate::quotes::{Member, QuoteIndex};
use crate::text::{pad, sanitise_line};
use clap::Args;
use serde_json::{Value, json};
use std::io::Write;
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Args)]
pub struct QuotesArgs {
    #[command(flatten)]
    pub input: Input,

    /// Output format.
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    pub format: TextOrJson,
}

pub const EXAMPLES: &[(&str, &str)] = &[
    ("crosscheck quotes", "the bundled corpus, shared first"),
    (
        "crosscheck quotes reports/ --format json",
        "as JSON, with offsets",
    ),
    (
        "crosscheck diff reports/ --quote 2",
        "each wording of quote #2",
    ),
];

pub fn run(args: &QuotesArgs, global: &Global) -> anyhow::Result<i32> {
    let corpus = load(&args.input, global);
    let index = crate::analysis::try_quotes(&corpus)?;
    report_errors(&corpus);
    let mut out = super::buffered_stdout();
    match args.format {
        TextOrJson::Text => {
            write_text(&mut out, &corpus, &index)?;
        }
        TextOrJson::Json => {
            serde_json::to_writer_pretty(&mut out, &to_json(&corpus, &index))?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(exit_code(&corpus))
}

/// A member's words: its parts joined by an ellipsis, white space folded.
fn member_text(corpus: &Corpus, index: &QuoteIndex, member: &Member) -> String {
    let (article, spans) = index.member_spans(member);
    let article = &corpus.articles[article];
    spans
        .iter()
        .map(|&s| article.clean_text(s))
        .collect::<Vec<_>>()
        .join(" … ")
}

fn speaker_name(index: &QuoteIndex, speaker: Option<usize>) -> Option<String> {
    index.speaker(speaker).map(|s| sanitise_line(&s.name))
}

pub fn to_json(corpus: &Corpus, index: &QuoteIndex) -> Value {
    let clusters: Vec<Value> = index
        .clusters
        .iter()
        .map(|c| {
            let speaker = index.speaker(c.speaker);
            let members: Vec<Value> = c
                .members
                .iter()
                .map(|m| {
                    let (article, spans) = index.member_spans(m);
                    let quote = &index.quotes[m.quote];
                    json!({
                        "source": corpus.articles[article].id,
                        "text": member_text(corpus, index, m),
                        "start": spans[0].start,
                        "end": spans[spans.len() - 1].end,
                        "speaker": speaker_name(index, quote.speaker),
                        "medium": speaker_name(index, quote.medium),
                        "basis": quote.basis,
                        "parts": spans.iter().map(|s| json!({"start": s.start, "end": s.end})).collect::<Vec<_>>(),
                        "quote": m.quote,
                    })
                })
                .collect();
            json!({
                "id": c.id,
                "speaker": speaker_name(index, c.speaker),
                "speaker_kind": speaker.map(|s| s.kind),
                "signer": speaker.and_then(|s| speaker_name(index, s.signer)),
                "medium": speaker_name(index, index.cluster_medium(c)),
                "sources": c.sources,
                "members": members,
            })
        })
        .collect();
    json!({ "clusters": clusters })
}

pub fn write_text(
    out: &mut impl Write,
    corpus: &Corpus,
    index: &QuoteIndex,
) -> std::io::Result<()> {
    if index.clusters.is_empty() {
        writeln!(out, "no quotes found")?;
        return Ok(());
    }
    let width = corpus
        .articles
        .iter()
        .map(|a| a.id.width())
        .max()
        .unwrap_or(0);
    let shared = index.shared().count();
    writeln!(
        out,
        "{} quoted statements, {} reported by more than one source",
        index.clusters.len(),
        shared
    )?;
    for c in &index.clusters {
        if c.id == shared + 1 {
            writeln!(out, "\n-- quoted by one source only --")?;
        }
        let who = index
            .speaker_label(c)
            .map_or_else(|| "unknown speaker".into(), |l| sanitise_line(&l));
        let sources = if c.sources == 1 { "source" } else { "sources" };
        writeln!(out, "\n#{} {who}, {} {sources}", c.id, c.sources)?;
        for m in &c.members {
            let (article, spans) = index.member_spans(m);
            let id = &corpus.articles[article].id;
            let quote_speaker = index.quotes[m.quote].speaker;
            let differs = quote_speaker != c.speaker;
            let note = match (differs, speaker_name(index, quote_speaker)) {
                (true, Some(name)) => format!(" [{name}]"),
                (true, None) => " [speaker unknown]".into(),
                _ => String::new(),
            };
            writeln!(
                out,
                "  {} {:>6}  “{}”{note}",
                pad(id, width),
                spans[0].start,
                member_text(corpus, index, m)
            )?;
        }
    }
    Ok(())
}
