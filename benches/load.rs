//! Loading and sanitising: the bundled seeds, and a synthetic corpus of 100 articles of
//! 1,000 words read from files.

use criterion::{Criterion, criterion_group, criterion_main};
use crosscheck::corpus::{self, LoadOptions};
use crosscheck::synth;
use crosscheck::text::sanitise;
use std::hint::black_box;

fn load(c: &mut Criterion) {
    c.bench_function("load/bundled seeds", |b| {
        b.iter(|| black_box(corpus::bundled()))
    });

    let dir = tempfile::TempDir::new().unwrap();
    for a in synth::corpus(1, 100, 1000) {
        std::fs::write(dir.path().join(a.name), a.text).unwrap();
    }
    let paths = [dir.path().to_path_buf()];
    c.bench_function("load/100 articles x 1000 words from files", |b| {
        b.iter(|| black_box(corpus::load_paths(&paths, &LoadOptions::default())))
    });

    let hostile =
        "Body \x1b[31mred\x1b[0m text\twith\r\n\u{202E}bidi\u{202C} and more. ".repeat(20_000);
    c.bench_function("sanitise/1.3 MB of hostile text", |b| {
        b.iter(|| black_box(sanitise(&hostile, 4)))
    });
}

criterion_group!(benches, load);
criterion_main!(benches);
