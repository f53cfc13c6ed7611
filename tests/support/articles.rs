//! Outlets written for a test, saved as a user's files and analysed for their claims.
// Shared by several test crates, each of which uses part of it.
#![allow(dead_code)]

use crosscheck::claims::{Analysis, ClaimInputs, analyse};
use crosscheck::corpus::{self, Corpus, LoadOptions};

/// Loads `(file name, text)` pairs the way a user's files are, and analyses their claims.
pub fn analysed(texts: &[(&str, &str)]) -> (Corpus, Analysis) {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths: Vec<std::path::PathBuf> = texts
        .iter()
        .map(|(name, text)| {
            let path = dir.path().join(name);
            std::fs::write(&path, text).expect("write");
            path
        })
        .collect();
    let corpus = corpus::load_paths(&paths, &LoadOptions::default());
    let analysis = analyse(&corpus, &ClaimInputs::default());
    (corpus, analysis)
}
