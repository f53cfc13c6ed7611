//! Re-attaching saved bookmarks to a loaded corpus: exact, moved, fuzzy, or orphaned.

use super::locate::{Folded, locate};
use super::model::Bookmark;
use crate::corpus::{Article, Corpus};
use crate::text::Span;
use serde::Serialize;
use std::cell::OnceCell;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The saved position still holds the saved text.
    Exact,
    /// The saved text was found, unchanged, elsewhere in the source (the file was edited).
    Moved,
    /// Found only by tolerating other spacing or quote marks (the file was re-saved), so the
    /// text there differs a little from the saved one.
    Fuzzy,
    /// The source is not loaded, or no longer carries the text. Shown with its saved text.
    Orphaned,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Exact => "exact",
            Status::Moved => "moved",
            Status::Fuzzy => "fuzzy",
            Status::Orphaned => "orphaned",
        }
    }
}

/// Where a bookmark is in the corpus now. `article` is an index into `corpus.articles`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attachment {
    Exact {
        article: usize,
        span: Span,
    },
    Moved {
        article: usize,
        span: Span,
    },
    Fuzzy {
        article: usize,
        span: Span,
    },
    /// `article` is the source when it is loaded but the text is gone from it.
    Orphaned {
        article: Option<usize>,
    },
}

impl Attachment {
    pub fn status(&self) -> Status {
        match self {
            Attachment::Exact { .. } => Status::Exact,
            Attachment::Moved { .. } => Status::Moved,
            Attachment::Fuzzy { .. } => Status::Fuzzy,
            Attachment::Orphaned { .. } => Status::Orphaned,
        }
    }

    pub fn article(&self) -> Option<usize> {
        match *self {
            Attachment::Exact { article, .. }
            | Attachment::Moved { article, .. }
            | Attachment::Fuzzy { article, .. } => Some(article),
            Attachment::Orphaned { article } => article,
        }
    }

    /// The passage's span in the article's text, unless orphaned.
    pub fn span(&self) -> Option<Span> {
        match *self {
            Attachment::Exact { span, .. }
            | Attachment::Moved { span, .. }
            | Attachment::Fuzzy { span, .. } => Some(span),
            Attachment::Orphaned { .. } => None,
        }
    }
}

/// A bookmark with where it is now.
#[derive(Debug, Clone, Copy)]
pub struct Attached<'a> {
    pub bookmark: &'a Bookmark,
    pub attachment: Attachment,
}

/// Re-attaches many bookmarks, folding each article's text at most once.
pub struct Attacher<'c> {
    corpus: &'c Corpus,
    hashes: Vec<String>,
    folded: Vec<OnceCell<Folded>>,
}

impl<'c> Attacher<'c> {
    pub fn new(corpus: &'c Corpus) -> Self {
        Attacher {
            corpus,
            hashes: corpus.articles.iter().map(Article::content_hash).collect(),
            folded: corpus.articles.iter().map(|_| OnceCell::new()).collect(),
        }
    }

    /// Sources are tried by id, then by content hash, then by title; the first that still
    /// carries the passage wins.
    pub fn attach(&self, bookmark: &Bookmark) -> Attachment {
        let candidates = self.candidates(bookmark);
        for &i in &candidates {
            if let Some(found) = self.find_in(i, bookmark) {
                return found;
            }
        }
        Attachment::Orphaned {
            article: candidates.first().copied(),
        }
    }

    fn candidates(&self, bookmark: &Bookmark) -> Vec<usize> {
        let source = &bookmark.source;
        let articles = &self.corpus.articles;
        let by = |pred: &dyn Fn(usize) -> bool| -> Vec<usize> {
            (0..articles.len()).filter(|&i| pred(i)).collect()
        };
        let mut out = by(&|i| articles[i].id == source.id);
        out.extend(by(&|i| self.hashes[i] == source.content_hash));
        if let Some(title) = source.title.as_deref().filter(|t| !t.trim().is_empty()) {
            out.extend(by(&|i| articles[i].meta.title.as_deref() == Some(title)));
        }
        let mut seen = vec![false; articles.len()];
        out.retain(|&i| !std::mem::replace(&mut seen[i], true));
        out
    }

    /// Exact when the passage is still at its saved position with its saved surroundings
    /// (or the best match is that position); elsewhere, moved when the text there is the saved
    /// text and fuzzy when only its spacing or quote marks differ.
    fn find_in(&self, i: usize, bookmark: &Bookmark) -> Option<Attachment> {
        let text = &self.corpus.articles[i].text;
        let quote = &bookmark.quote;
        let hint = Span::new(
            bookmark.position.start,
            bookmark.position.end.max(bookmark.position.start),
        );
        let at_hint = |s: &str| text.get(hint.start..hint.end) == Some(s);
        let holds = !hint.is_empty()
            && at_hint(&quote.exact)
            && text
                .get(..hint.start)
                .is_some_and(|b| b.ends_with(&quote.prefix))
            && text
                .get(hint.end..)
                .is_some_and(|a| a.starts_with(&quote.suffix));
        if holds {
            return Some(Attachment::Exact {
                article: i,
                span: hint,
            });
        }
        let folded = self.folded[i].get_or_init(|| Folded::new(text));
        locate(folded, quote, hint.start).map(|span| {
            if span == hint {
                Attachment::Exact { article: i, span }
            } else if text.get(span.start..span.end) == Some(quote.exact.trim()) {
                Attachment::Moved { article: i, span }
            } else {
                Attachment::Fuzzy { article: i, span }
            }
        })
    }
}

/// Each bookmark with where it is in `corpus` now, in the order given.
pub fn attach_all<'a>(
    bookmarks: impl IntoIterator<Item = &'a Bookmark>,
    corpus: &Corpus,
) -> Vec<Attached<'a>> {
    let attacher = Attacher::new(corpus);
    bookmarks
        .into_iter()
        .map(|bookmark| Attached {
            bookmark,
            attachment: attacher.attach(bookmark),
        })
        .collect()
}

#[cfg(test)]
mod tests;
