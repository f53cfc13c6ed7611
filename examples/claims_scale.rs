//! How the claims analysis scales: builds corpora of A articles of about W words from the seed
//! sentences (shuffled, with numbers and names varied, so claims are shared but not copied
//! whole), then times `claims::analyse` on each. A measuring tool, not a test:
//! `cargo run --release --example claims_scale -- 100 200 400 800 1000`.

use crosscheck::claims::{self, ClaimInputs};
use crosscheck::corpus::{self, Corpus, LoadOptions};
use std::time::Instant;

/// A small deterministic generator (xorshift), so every run builds the same corpora.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn seed_sentences() -> Vec<String> {
    let seeds = corpus::bundled();
    seeds
        .articles
        .iter()
        .flat_map(|a| a.sentences().map(|s| a.clean_text(s)).collect::<Vec<_>>())
        .filter(|s| s.split_whitespace().count() >= 6)
        .collect()
}

fn build(articles: usize, words: usize, pool: &[String], rng: &mut Rng) -> Corpus {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut paths = Vec::new();
    for a in 0..articles {
        let mut text = String::new();
        let mut count = 0;
        while count < words {
            let mut sentence = pool[rng.below(pool.len())].clone();
            // Vary numbers and add an article-specific word so not every sentence is a copy.
            if rng.below(4) == 0 {
                sentence = sentence.replace("5,000", &format!("{},000", 1 + rng.below(9)));
            }
            if rng.below(3) == 0 {
                sentence.push_str(&format!(
                    " Officials in district{} agreed.",
                    rng.below(5000)
                ));
            }
            count += sentence.split_whitespace().count();
            text.push_str(&sentence);
            text.push_str(if rng.below(3) == 0 { "\n\n" } else { " " });
        }
        let path = dir.path().join(format!("{a:05}.txt"));
        std::fs::write(&path, text).expect("write article");
        paths.push(path);
    }
    let corpus = corpus::load_paths(&paths, &LoadOptions::default());
    drop(dir);
    corpus
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![100, 200, 400]
    } else {
        sizes
    };
    let pool = seed_sentences();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    println!("articles  words  claims  conflicts  seconds");
    for n in sizes {
        let corpus = build(n, 1000, &pool, &mut rng);
        let words: usize = corpus.articles.iter().map(|a| a.words).sum();
        let start = Instant::now();
        let analysis = claims::analyse(&corpus, &ClaimInputs::default());
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{n:>8}  {words:>5}  {:>6}  {:>9}  {secs:>7.3}",
            analysis.claims.len(),
            analysis.conflicts.len()
        );
    }
}
