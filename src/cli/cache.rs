//! `crosscheck cache list|clear`: the pages kept from fetching URLs.

use super::help::examples;
use super::{Global, TextOrJson, config};
use crate::corpus::PageCache;
use crate::text::sanitise_line;
use clap::{Args, Subcommand};
use std::io::Write;

pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "crosscheck cache list",
        "the pages kept, with their URL and fetch time",
    ),
    (
        "crosscheck cache clear",
        "forget them: the next run fetches again",
    ),
];

#[derive(Debug, Args)]
pub struct CacheArgs {
    #[command(subcommand)]
    pub command: CacheCommand,
}

#[derive(Debug, Subcommand)]
pub enum CacheCommand {
    /// Every cached page: when it was fetched, its size, its URL (and where it redirected).
    #[command(after_help = examples(&[
        ("crosscheck cache list", "when each page was fetched, its size and URL"),
        ("crosscheck cache list --format json", "the same as JSON"),
    ]))]
    List {
        #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
        format: TextOrJson,
    },
    /// Remove every cached page; URLs are fetched again next time.
    #[command(after_help = examples(&[
        ("crosscheck cache clear", "forget every page: the next run fetches again"),
    ]))]
    Clear,
}

pub fn run(args: &CacheArgs, global: &Global) -> anyhow::Result<i32> {
    let dir = config(global)
        .data_dir(global.data_dir.as_deref())
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let cache = PageCache::in_data_dir(&dir);
    let mut out = super::buffered_stdout();
    match &args.command {
        CacheCommand::List { format } => {
            let pages = cache.list();
            match format {
                TextOrJson::Json => {
                    serde_json::to_writer_pretty(&mut out, &serde_json::json!({ "pages": pages }))?;
                    writeln!(out)?;
                }
                TextOrJson::Text if pages.is_empty() => {
                    writeln!(out, "no cached pages in {}", cache.dir().display())?;
                }
                TextOrJson::Text => {
                    for p in &pages {
                        let url = sanitise_line(&p.url);
                        let moved = if p.final_url == p.url {
                            String::new()
                        } else {
                            format!(" -> {}", sanitise_line(&p.final_url))
                        };
                        writeln!(
                            out,
                            "{}  {:>8.1} KiB  {url}{moved}",
                            p.fetched_at,
                            p.bytes as f64 / 1024.0
                        )?;
                    }
                }
            }
        }
        CacheCommand::Clear => {
            let n = cache.clear()?;
            writeln!(
                out,
                "removed {n} cached page(s) from {}",
                cache.dir().display()
            )?;
        }
    }
    out.flush()?;
    Ok(0)
}
