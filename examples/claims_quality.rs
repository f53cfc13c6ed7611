//! How well the claims analysis finds the claims a generated corpus planted, and how long it
//! takes: the check that a faster clustering still finds the same claims.
//! `cargo run --release --example claims_quality -- [articles] [words] [seed]`

use crosscheck::analysis::claim_inputs;
use crosscheck::{claims, quotes, synth};
use std::time::Instant;

fn main() {
    let arg = |n: usize, default: usize| {
        std::env::args()
            .nth(n)
            .map_or(default, |a| a.parse().expect("a whole number"))
    };
    let (articles, words, seed) = (arg(1, 300), arg(2, 1000), arg(3, 1) as u64);
    let generated = synth::corpus(seed, articles, words);
    let corpus = synth::load(&generated);
    let start = Instant::now();
    // What `analysis::claims` does, with the clusters looked at before the table is built.
    let (quotes, statements) =
        claims::Statements::read_beside(&corpus, || quotes::analyse(&corpus));
    let inputs = claim_inputs(&quotes);
    let claimed = statements.join_quotes(&inputs);
    let clustered = start.elapsed();
    let sentences = claimed.claim_sentences();
    let finishing = Instant::now();
    let analysis = claimed.finish(&corpus);
    let took = clustered + finishing.elapsed();
    let score = synth::score_claims(&corpus, &generated, &sentences);
    println!(
        "{articles} articles x {words} words, seed {seed}: {} claims, {} sentences in them, in {:.2} s",
        analysis.claims.len(),
        score.sentences,
        took.as_secs_f64()
    );
    println!(
        "precision {:.4}  recall {:.4} (quotes {:.4} over {} sentences, numbers {:.4} over {})",
        score.precision,
        score.recall(),
        score.quote_recall,
        score.quote_sentences,
        score.number_recall,
        score.number_sentences
    );
}
