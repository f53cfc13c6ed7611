//! Collation of N versions of a passage and pairwise word diff, on the deterministic synthetic
//! versions (realistic edits, one re-translation) that benches/compare.sh also feeds to CollateX,
//! and word diff of two different seed reports.

use criterion::{Criterion, criterion_group, criterion_main};
// The command line's time limit: a diff with a deadline checks the clock as it goes, so the
// benches pass the one `crosscheck diff` does.
use crosscheck::cli::diff::{DIFF_TIMEOUT, article_witness};
use crosscheck::collate::{Algorithm, CollateOptions, Witness, collate, word_diff};
use crosscheck::synth;
use std::hint::black_box;
use std::time::Instant;

fn collation(c: &mut Criterion) {
    for (n, words) in [(5, 500), (20, 500), (10, 1000), (20, 2000)] {
        let texts = synth::passage_versions(1, n, words);
        let ws = Witness::numbered(&texts);
        c.bench_function(&format!("collate/{n} versions x {words} words"), |b| {
            b.iter(|| black_box(collate(&ws, &CollateOptions::default())))
        });
    }
    let big = synth::passage_versions(3, 2, 20_000);
    c.bench_function("word diff/two 20,000-word texts", |b| {
        b.iter(|| {
            black_box(word_diff(
                Witness::new("a", &big[0]),
                Witness::new("b", &big[1]),
                Algorithm::Patience,
                Some(Instant::now() + DIFF_TIMEOUT),
            ))
        })
    });
    // Two different reports, their content paragraphs as `crosscheck diff --between` takes
    // them: little in common, where Myers in the gaps between anchors was the largest cost.
    let corpus = crosscheck::corpus::bundled();
    let (old, new) = (&corpus.articles[0], &corpus.articles[4]);
    c.bench_function("word diff/two different seed articles", |b| {
        b.iter(|| {
            black_box(word_diff(
                article_witness(old),
                article_witness(new),
                Algorithm::Patience,
                Some(Instant::now() + DIFF_TIMEOUT),
            ))
        })
    });
}

criterion_group!(benches, collation);
criterion_main!(benches);
