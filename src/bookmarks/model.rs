//! What a bookmark is: the source's identity, a text-quote anchor with a position hint, the
//! note and its times; and how one is made from a passage of a loaded article.

use crate::corpus::Article;
use crate::text::{Span, fit, sanitise_line};
use serde::{Deserialize, Serialize};

/// Characters of context kept on each side of the passage, as web annotation tools do.
pub const CONTEXT_CHARS: usize = 32;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    /// Unique and stable for the bookmark's life.
    pub id: String,
    pub source: SourceRef,
    pub quote: TextQuote,
    /// Byte offsets into the source's text when the bookmark was made: a hint, not the anchor.
    pub position: Position,
    #[serde(default)]
    pub note: String,
    /// RFC 3339, UTC.
    pub created: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// Shared by the bookmarks made together for every member of a quote cluster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
}

/// Enough about the source to find it again after it is renamed, moved or edited.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    pub id: String,
    /// The path (or `<stdin>`, `<bundled>/name`) it was loaded from.
    pub origin: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    /// `Article::content_hash()` of the text the bookmark was made on.
    pub content_hash: String,
}

/// A W3C TextQuoteSelector: the passage and a little text either side of it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextQuote {
    pub exact: String,
    #[serde(default)]
    pub prefix: String,
    #[serde(default)]
    pub suffix: String,
}

/// A byte range; `text::Span` is not deserialisable, and this is a stored format anyway.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub start: usize,
    pub end: usize,
}

impl From<Span> for Position {
    fn from(s: Span) -> Self {
        Position {
            start: s.start,
            end: s.end,
        }
    }
}

/// A passage to bookmark: a span of one article's text.
#[derive(Debug, Clone, Copy)]
pub struct Target<'a> {
    pub article: &'a Article,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TargetError {
    #[error("{source_id}: the passage {start}..{end} is outside the text ({len} bytes)")]
    OutOfBounds {
        source_id: String,
        start: usize,
        end: usize,
        len: usize,
    },
    #[error("{source_id}: the passage {start}..{end} does not start and end between characters")]
    NotCharBoundary {
        source_id: String,
        start: usize,
        end: usize,
    },
    #[error("{source_id}: the passage {start}..{end} is empty or only whitespace")]
    Empty {
        source_id: String,
        start: usize,
        end: usize,
    },
}

impl SourceRef {
    pub fn of(article: &Article) -> Self {
        SourceRef {
            id: article.id.clone(),
            origin: article.origin.to_string(),
            title: article.meta.title.clone(),
            outlet: article.meta.outlet.clone(),
            date: article.meta.date.clone(),
            url: article.meta.url.clone(),
            content_hash: article.content_hash(),
        }
    }

    /// The outlet where known, else the id, as `Article::display_name` does.
    pub fn display_name(&self) -> &str {
        self.outlet.as_deref().unwrap_or(&self.id)
    }
}

impl TextQuote {
    /// The quote of `span` (already checked) in `text`, with up to `CONTEXT_CHARS` either side.
    pub fn of(text: &str, span: Span) -> Self {
        let before = &text[..span.start];
        let prefix_start = before
            .char_indices()
            .rev()
            .nth(CONTEXT_CHARS - 1)
            .map_or(0, |(i, _)| i);
        let after = &text[span.end..];
        let suffix_end = after
            .char_indices()
            .nth(CONTEXT_CHARS)
            .map_or(after.len(), |(i, _)| i);
        TextQuote {
            exact: text[span.start..span.end].to_string(),
            prefix: before[prefix_start..].to_string(),
            suffix: after[..suffix_end].to_string(),
        }
    }
}

impl Bookmark {
    /// A bookmark on `target`, its span trimmed of surrounding whitespace. The note is kept
    /// to one sanitised line, as the reader's input gives it.
    pub fn new(
        target: Target<'_>,
        note: &str,
        id: String,
        created: String,
    ) -> Result<Bookmark, TargetError> {
        let span = checked_span(target)?;
        Ok(Bookmark {
            id,
            source: SourceRef::of(target.article),
            quote: TextQuote::of(&target.article.text, span),
            position: span.into(),
            note: sanitise_line(note),
            created,
            updated: None,
            group: None,
        })
    }

    /// True when `query` (case-insensitively) is in the passage, the note or the source's
    /// id, outlet or title; an empty query matches everything.
    pub fn matches(&self, query: &str) -> bool {
        let query = query.trim().to_lowercase();
        if query.is_empty() {
            return true;
        }
        let s = &self.source;
        [
            Some(self.quote.exact.as_str()),
            Some(self.note.as_str()),
            Some(s.id.as_str()),
            s.outlet.as_deref(),
            s.title.as_deref(),
        ]
        .into_iter()
        .flatten()
        .any(|field| field.to_lowercase().contains(&query))
    }

    /// The passage on one sanitised line, cut to `width` terminal columns with an ellipsis.
    pub fn snippet(&self, width: usize) -> String {
        fit(&sanitise_line(&self.quote.exact), width)
    }

    /// The newest of the creation and last edit times.
    pub fn modified(&self) -> &str {
        self.updated.as_deref().unwrap_or(&self.created)
    }
}

fn checked_span(target: Target<'_>) -> Result<Span, TargetError> {
    let text = &target.article.text;
    let Span { start, end } = target.span;
    let source_id = target.article.id.clone();
    if start > end || end > text.len() {
        return Err(TargetError::OutOfBounds {
            source_id,
            start,
            end,
            len: text.len(),
        });
    }
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Err(TargetError::NotCharBoundary {
            source_id,
            start,
            end,
        });
    }
    let span = target.span.trim(text);
    if span.is_empty() {
        return Err(TargetError::Empty {
            source_id,
            start,
            end,
        });
    }
    Ok(span)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::bundled;

    #[test]
    fn context_is_counted_in_characters_and_stops_at_the_edges() {
        let text = "«Élysée» — “Poorly worded,” he said.";
        let start = text.find("Poorly").unwrap();
        let q = TextQuote::of(text, Span::new(start, start + "Poorly worded,".len()));
        assert_eq!(q.exact, "Poorly worded,");
        assert_eq!(q.prefix, "«Élysée» — “");
        assert_eq!(q.suffix, "” he said.");
        let long = "x".repeat(100);
        let q = TextQuote::of(&long, Span::new(50, 51));
        assert_eq!(
            (q.prefix.len(), q.suffix.len()),
            (CONTEXT_CHARS, CONTEXT_CHARS)
        );
    }

    #[test]
    fn a_passage_is_trimmed_and_checked() {
        let corpus = bundled();
        let article = &corpus.articles[3];
        let start = article.text.find("Milley said").unwrap();
        let padded = Target {
            article,
            span: Span::new(start - 2, start + "Milley said".len()),
        };
        let b = Bookmark::new(padded, " a\tnote\n", "id".into(), "t".into()).unwrap();
        assert_eq!(b.quote.exact, "Milley said");
        assert_eq!(b.position, Position::from(Span::new(start, start + 11)));
        assert_eq!(b.note, "a note");
        let curly = article.text.find('“').unwrap();
        let inside = Target {
            article,
            span: Span::new(curly + 1, curly + 5),
        };
        assert!(matches!(
            Bookmark::new(inside, "", "id".into(), "t".into()),
            Err(TargetError::NotCharBoundary { .. })
        ));
    }

    #[test]
    fn filtering_looks_at_passage_note_and_source() {
        let corpus = bundled();
        let article = &corpus.articles[3];
        let start = article.text.find("Milley said").unwrap();
        let t = Target {
            article,
            span: Span::new(start, start + 11),
        };
        let b = Bookmark::new(t, "Check the Kuwait flights", "id".into(), "t".into()).unwrap();
        for query in [
            "",
            "  ",
            "milley",
            "KUWAIT",
            "reuters",
            "poorly worded draft",
            "003_02",
        ] {
            assert!(b.matches(query), "{query:?}");
        }
        assert!(!b.matches("Esper"));
        assert_eq!(b.snippet(8), "Milley …");
    }
}
