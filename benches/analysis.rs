//! Quote extraction and clustering, and claims, over synthetic corpora of articles that share
//! quotes and claims (built from the seeds' vocabulary), and over the bundled seeds.

use criterion::{Criterion, criterion_group, criterion_main};
use crosscheck::analysis::claim_inputs;
use crosscheck::corpus::{self, Corpus};
use crosscheck::{claims, quotes, synth};
use std::hint::black_box;

fn synthetic(articles: usize, words: usize) -> Corpus {
    synth::load(&synth::corpus(1, articles, words))
}

fn analysis(c: &mut Criterion) {
    let seeds = corpus::bundled();
    c.bench_function("quotes/bundled seeds", |b| {
        b.iter(|| black_box(quotes::analyse(&seeds)))
    });
    let seed_quotes = quotes::analyse(&seeds);
    c.bench_function("claims/bundled seeds", |b| {
        b.iter(|| black_box(claims::analyse(&seeds, &claim_inputs(&seed_quotes))))
    });

    let mut group = c.benchmark_group("100 articles x 1000 words");
    group.sample_size(10);
    let big = synthetic(100, 1000);
    group.bench_function("quotes", |b| b.iter(|| black_box(quotes::analyse(&big))));
    let big_quotes = quotes::analyse(&big);
    group.bench_function("claims", |b| {
        b.iter(|| black_box(claims::analyse(&big, &claim_inputs(&big_quotes))))
    });
    group.finish();
}

criterion_group!(benches, analysis);
criterion_main!(benches);
