//! Helpers for the bookmark tests: articles from temporary files and targets found by text.

use super::model::Target;
use crate::corpus::{Article, Corpus, LoadOptions, load_paths};
use crate::text::Span;
use std::path::Path;

/// Writes each (file name, text) into `dir` and loads them, in order.
pub fn corpus_of(dir: &Path, files: &[(&str, &str)]) -> Corpus {
    let paths: Vec<_> = files
        .iter()
        .map(|(name, text)| {
            let path = dir.join(name);
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect();
    let corpus = load_paths(&paths, &LoadOptions::default());
    assert!(corpus.errors.is_empty(), "{:?}", corpus.errors);
    corpus
}

/// The names of the files in `dir`, sorted.
pub fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// The first occurrence of `passage` in `article`, as a target.
pub fn target<'a>(article: &'a Article, passage: &str) -> Target<'a> {
    let start = article
        .text
        .find(passage)
        .unwrap_or_else(|| panic!("{passage:?} is not in {}", article.id));
    Target {
        article,
        span: Span::new(start, start + passage.len()),
    }
}

pub const LETTER: &str = "Pentagon chief denies withdrawal\n\n\
    A letter said forces would be repositioned. \
    The letter was a draft, the general said. \
    Officials said the letter was a draft and was never signed.\n\n\
    The letter was a draft, the general said again at the briefing.\n";
