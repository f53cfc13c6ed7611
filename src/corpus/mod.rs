//! The articles a user compares: the model (`Article`, `Paragraph`, noise), loading from files,
//! folders and stdin in several formats, and the bundled example corpus.

mod article;
mod bundled;
mod cache;
mod decode;
mod fetch;
mod formats;
mod header;
mod html;
mod load;
mod matchers;
mod noise;
#[cfg(test)]
mod oracle_tests;
mod structure;

pub use article::{Article, Format, Metadata, Noise, NoiseKind, Origin, Paragraph, Role};
pub use bundled::bundled;
pub use cache::{PageCache, Record as CachedPage};
pub use decode::{from_bytes, from_text};
pub use fetch::is_url;
pub use load::{
    DEFAULT_FETCH_TIMEOUT, DEFAULT_MAX_FILE_BYTES, LoadOptions, Step, load_paths,
    load_paths_reporting,
};

use serde::Serialize;

/// A file, or an entry inside one, that could not be loaded, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LoadError {
    pub path: String,
    pub reason: String,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

/// The loaded articles plus everything that could not be loaded.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub errors: Vec<LoadError>,
}

/// One line per source whose byline, address or language is known ("bbc  by Jane Doe  en
/// https://..."), for the Sources tab and `crosscheck sources`; none when no source has them.
pub fn bylines(corpus: &Corpus) -> Vec<String> {
    let width = corpus
        .articles
        .iter()
        .map(|a| unicode_width::UnicodeWidthStr::width(a.id.as_str()))
        .max()
        .unwrap_or(0);
    corpus
        .articles
        .iter()
        .filter(|a| a.meta.author.is_some() || a.meta.url.is_some())
        .map(|a| {
            let id_width = unicode_width::UnicodeWidthStr::width(a.id.as_str());
            let mut line = format!("{}{}", a.id, " ".repeat(width - id_width));
            for part in [
                a.meta.author.as_ref().map(|n| format!("by {n}")),
                a.meta.language.clone(),
                a.meta.url.clone(),
            ]
            .into_iter()
            .flatten()
            {
                line.push_str("  ");
                line.push_str(&part);
            }
            line
        })
        .collect()
}

impl Corpus {
    pub fn get(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.articles.iter().position(|a| a.id == id)
    }

    pub fn ids(&self) -> Vec<&str> {
        self.articles.iter().map(|a| a.id.as_str()).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// Adds an article, renaming it `id-2`, `id-3`... if its id is taken, so ids stay unique.
    pub fn push(&mut self, mut article: Article) {
        if self.get(&article.id).is_some() {
            let base = article.id.clone();
            let mut n = 2;
            while self.get(&format!("{base}-{n}")).is_some() {
                n += 1;
            }
            article.id = format!("{base}-{n}");
        }
        self.articles.push(article);
    }
}
