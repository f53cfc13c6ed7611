//! The example corpus embedded in the binary: five reports of the leaked January 2020 US
//! military letter to Iraq, with the manifest of what is known about each.

use super::article::{Metadata, Origin};
use super::decode::from_text;
use super::load::LoadOptions;
use super::{Corpus, LoadError};
use serde::Deserialize;

/// Each bundled file, by name, as it is in `assets/corpus/`.
pub const FILES: &[(&str, &str)] = &[
    (
        "000_47c4f7aed62dd45f.txt",
        include_str!("../../assets/corpus/000_47c4f7aed62dd45f.txt"),
    ),
    (
        "001_2e6a31de3708db25.txt",
        include_str!("../../assets/corpus/001_2e6a31de3708db25.txt"),
    ),
    (
        "002_40037b5cd1173c8a.txt",
        include_str!("../../assets/corpus/002_40037b5cd1173c8a.txt"),
    ),
    (
        "003_0226aa1b8ab6f164.txt",
        include_str!("../../assets/corpus/003_0226aa1b8ab6f164.txt"),
    ),
    (
        "004_fd2ac79c1a0013a0.txt",
        include_str!("../../assets/corpus/004_fd2ac79c1a0013a0.txt"),
    ),
];

pub const MANIFEST: &str = include_str!("../../assets/corpus/manifest.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub article: Vec<ManifestEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestEntry {
    pub file: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub language: Option<String>,
}

pub fn manifest() -> Manifest {
    toml::from_str(MANIFEST).expect("the bundled manifest is valid TOML (checked by tests)")
}

/// The bundled corpus, loaded exactly as a user's plain-text files would be, with the
/// manifest's metadata laid over what the text says.
pub fn bundled() -> Corpus {
    let manifest = manifest();
    let mut corpus = Corpus::default();
    for (name, text) in FILES {
        let id = name.strip_suffix(".txt").unwrap_or(name);
        match from_text(id, Origin::Bundled(name), text, &LoadOptions::default()) {
            Ok(mut article) => {
                if let Some(entry) = manifest.article.iter().find(|e| e.file == *name) {
                    let known = Metadata {
                        title: entry.title.clone(),
                        outlet: entry.outlet.clone(),
                        author: None,
                        date: entry.date.clone(),
                        url: None,
                        language: entry.language.clone(),
                    };
                    let meta = &mut article.meta;
                    meta.title = known.title.or(meta.title.take());
                    meta.outlet = known.outlet.or(meta.outlet.take());
                    meta.date = known.date.or(meta.date.take());
                    meta.language = known.language.or(meta.language.take());
                }
                corpus.push(article);
            }
            Err(reason) => corpus.errors.push(LoadError {
                path: format!("<bundled>/{name}"),
                reason,
            }),
        }
    }
    corpus
}
