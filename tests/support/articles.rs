//! Outlets written for a test, saved as a user's files and analysed for their claims.
// Shared by several test crates, each of which uses part of it.
#![allow(dead_code)]

use crosscheck::claims::{Analysis, ClaimInputs, Conflict, ConflictKind, analyse};
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

/// Outlets on one story, each `(file name, title, own sentence)`: every report is its title,
/// the story's first sentence and its own sentence, analysed together.
pub fn one_story(story: &str, outlets: &[(&str, &str, &str)]) -> (Corpus, Analysis) {
    let written: Vec<(&str, String)> = outlets
        .iter()
        .map(|(name, title, own)| (*name, format!("{title}\n\n{story} {own}\n")))
        .collect();
    let borrowed: Vec<(&str, &str)> = written.iter().map(|(n, t)| (*n, t.as_str())).collect();
    analysed(&borrowed)
}

/// The analysis's number conflicts.
pub fn number_conflicts(a: &Analysis) -> Vec<&Conflict> {
    a.conflicts
        .iter()
        .filter(|c| c.kind == ConflictKind::Number)
        .collect()
}

/// Each side of a conflict as (the figure as written, the ids of its sources).
pub fn sides(corpus: &Corpus, c: &Conflict) -> Vec<(String, Vec<String>)> {
    c.sides
        .iter()
        .map(|s| {
            let ids = s
                .sources
                .iter()
                .map(|&i| corpus.articles[i].id.clone())
                .collect();
            (s.text.clone(), ids)
        })
        .collect()
}
