//! Clustering quotes over 100 generated articles of about 1,000 words each, a fifth of whose
//! quotes are shared (with words dropped) across articles; and locating a passage.

use criterion::{Criterion, criterion_group, criterion_main};
use crosscheck::corpus::{Corpus, LoadOptions, load_paths};
use crosscheck::quotes::{PassageIndex, analyse};
use crosscheck::text::Span;
use std::hint::black_box;

/// A small deterministic generator, so every run measures the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

fn word(rng: &mut Rng) -> String {
    const SYLLABLES: &[&str] = &[
        "ka", "lo", "mer", "ti", "sun", "dra", "vel", "po", "ran", "ex", "ul", "bri",
    ];
    (0..2 + rng.next(2))
        .map(|_| SYLLABLES[rng.next(SYLLABLES.len())])
        .collect()
}

fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut s: Vec<String> = (0..words).map(|_| word(rng)).collect();
    s[0] = format!("{}{}", s[0][..1].to_uppercase(), &s[0][1..]);
    format!("{}.", s.join(" "))
}

fn corpus(dir: &std::path::Path) -> Corpus {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let shared: Vec<String> = (0..200).map(|_| sentence(&mut rng, 20)).collect();
    let paths: Vec<_> = (0..100)
        .map(|a| {
            let mut text = format!("Headline number {a}\n\n");
            for p in 0..20 {
                let quote = if p % 5 == 0 {
                    let words: Vec<&str> = shared[rng.next(shared.len())]
                        .split(' ')
                        .filter(|_| rng.next(10) > 0)
                        .collect();
                    words.join(" ")
                } else {
                    sentence(&mut rng, 20)
                };
                text.push_str(&format!(
                    "{} \"{}\" Official Name{} said. {}\n\n",
                    sentence(&mut rng, 10),
                    quote,
                    rng.next(30),
                    sentence(&mut rng, 20)
                ));
            }
            let path = dir.join(format!("{a:03}.txt"));
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect();
    load_paths(&paths, &LoadOptions::default())
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus(dir.path());
    c.bench_function("cluster quotes, 100 articles x 1,000 words", |b| {
        b.iter(|| analyse(black_box(&corpus)))
    });
    let index = PassageIndex::new(&corpus);
    let span = corpus.articles[0].paragraphs[2].span;
    c.bench_function("locate one paragraph in 99 articles", |b| {
        b.iter(|| {
            index.locate(
                black_box(&corpus),
                0,
                black_box(Span::new(span.start, span.end)),
            )
        })
    });
    c.bench_function("build the passage index, 100 articles", |b| {
        b.iter(|| PassageIndex::new(black_box(&corpus)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
