//! `crosscheck generate`: writes the deterministic synthetic inputs that benchmarks and the
//! comparison script feed to crosscheck and to the tools it is measured against.

use crate::synth;
use anyhow::Context;
use clap::{Args, Subcommand};
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct GenerateArgs {
    #[command(subcommand)]
    pub what: What,
}

#[derive(Debug, Subcommand)]
pub enum What {
    /// N versions of one passage (one of them re-translated), one file each: v01.txt, v02.txt...
    Versions {
        #[arg(long, default_value_t = 5)]
        count: usize,
        #[arg(long, default_value_t = 500)]
        words: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Folder to write into (created if missing).
        #[arg(long)]
        out: PathBuf,
    },
    /// A corpus of articles that share quotes and claims: synth_0000.txt, synth_0001.txt...
    Corpus {
        #[arg(long, default_value_t = 100)]
        articles: usize,
        #[arg(long, default_value_t = 1000)]
        words: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long)]
        out: PathBuf,
    },
}

fn write_all(out: &Path, files: impl IntoIterator<Item = (String, String)>) -> anyhow::Result<()> {
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    for (name, text) in files {
        let path = out.join(name);
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

pub fn run(args: &GenerateArgs) -> anyhow::Result<i32> {
    match &args.what {
        What::Versions {
            count,
            words,
            seed,
            out,
        } => write_all(
            out,
            synth::passage_versions(*seed, *count, *words)
                .into_iter()
                .enumerate()
                .map(|(i, text)| (format!("v{:02}.txt", i + 1), text + "\n")),
        )?,
        What::Corpus {
            articles,
            words,
            seed,
            out,
        } => write_all(
            out,
            synth::corpus(*seed, *articles, *words)
                .into_iter()
                .map(|a| (a.name, a.text)),
        )?,
    }
    Ok(super::exit::SUCCESS)
}
