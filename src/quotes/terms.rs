//! The words quotes are compared by: normalised, lightly stemmed content terms weighted by how
//! rare they are across the corpus, and the full word sequence used to compare sentence shape.

use crate::corpus::{Article, Corpus};
use crate::text::{Span, normalise_word};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// Function words: they carry a sentence's shape, not its content.
#[rustfmt::skip]
const STOPWORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "because", "been", "before", "being", "but", "by", "can", "could", "did", "do", "does",
    "doing", "for", "from", "had", "has", "have", "having", "he", "her", "here", "hers", "him",
    "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "me", "more", "most",
    "my", "no", "nor", "not", "of", "off", "on", "only", "or", "other", "our", "ours", "out",
    "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the",
    "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through",
    "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
    "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
    "us", "said", "says", "say", "etc", "cetera", "et", "s", "t", "ll", "re", "ve", "d", "m",
];

/// Contractions expanded so "That's not" and "That is not" have the same shape.
fn expand(word: &str) -> Vec<String> {
    let (stem, tail) = if let Some(stem) = word.strip_suffix("n't") {
        (
            match stem {
                "won" => "will",
                "can" => "can",
                "ca" => "can",
                s => s,
            },
            Some("not"),
        )
    } else if let Some(stem) = word.strip_suffix("'s") {
        // Possessive or "is": either way the stem is the word that matters.
        let is = matches!(
            stem,
            "that" | "it" | "what" | "there" | "here" | "he" | "she" | "who" | "where" | "let"
        );
        (stem, is.then_some("is"))
    } else if let Some(stem) = word.strip_suffix("'re") {
        (stem, Some("are"))
    } else if let Some(stem) = word.strip_suffix("'ve") {
        (stem, Some("have"))
    } else if let Some(stem) = word.strip_suffix("'ll") {
        (stem, Some("will"))
    } else if let Some(stem) = word.strip_suffix("'m") {
        (stem, Some("am"))
    } else if let Some(stem) = word.strip_suffix('\'') {
        (stem, None)
    } else {
        (word, None)
    };
    let mut out = vec![stem.to_string()];
    out.extend(tail.map(String::from));
    out
}

/// Strips common inflections so "repositioning" meets "reposition" and "requested" meets
/// "request". Crude on purpose: it only has to make the same word meet itself.
pub fn stem(word: &str) -> String {
    let len = word.chars().count();
    if len <= 4 || !word.is_char_boundary(word.len().saturating_sub(4)) {
        return word.to_string();
    }
    for suffix in ["ings", "ing", "edly", "ed", "ly", "ies", "es", "s"] {
        if let Some(base) = word.strip_suffix(suffix)
            && base.chars().count() >= 4
        {
            if suffix == "ies" {
                return format!("{base}y");
            }
            if suffix == "s" && (base.ends_with('s') || base.ends_with('u')) {
                return word.to_string();
            }
            return base.to_string();
        }
    }
    word.to_string()
}

static STOPSET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| STOPWORDS.iter().copied().collect());

pub fn is_stopword(word: &str) -> bool {
    STOPSET.contains(word) || word.chars().all(|c| !c.is_alphanumeric())
}

/// One word of a passage as compared: its span, its shape form (normalised, contractions
/// expanded) and whether it carries content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub span: Span,
    pub form: String,
    pub content: bool,
}

/// The terms of `span` in `article`, skipping noise and the `excluded` spans (editorial
/// insertions). Content terms are stemmed; function words are kept for shape.
pub fn terms(article: &Article, span: Span, excluded: &[Span]) -> Vec<Term> {
    let mut out = Vec::new();
    for token in article.tokens(span) {
        if excluded.iter().any(|e| e.overlaps(token.span)) {
            continue;
        }
        for form in expand(&normalise_word(token.text(&article.text))) {
            if form.is_empty() {
                continue;
            }
            let content = !is_stopword(&form);
            let form = if content { stem(&form) } else { form };
            out.push(Term {
                span: token.span,
                form,
                content,
            });
        }
    }
    out
}

/// Each sentence of `article` with its content terms.
pub fn sentence_content_terms(article: &Article) -> impl Iterator<Item = (Span, Vec<Term>)> + '_ {
    article.sentences().map(|span| {
        let mut content = terms(article, span, &[]);
        content.retain(|t| t.content);
        (span, content)
    })
}

/// How rare each content term is across the corpus: inverse document frequency over articles,
/// smoothed so a term in every article still counts a little.
#[derive(Debug, Clone, Default)]
pub struct Rarity {
    df: HashMap<String, usize>,
    articles: usize,
}

impl Rarity {
    pub fn new(corpus: &Corpus) -> Rarity {
        Rarity::from_articles(corpus.articles.iter().map(|article| {
            sentence_content_terms(article)
                .flat_map(|(_, content)| content.into_iter().map(|t| t.form))
                .collect()
        }))
    }

    /// From each article's content terms (any order, repeats allowed).
    pub fn from_articles(articles: impl Iterator<Item = Vec<String>>) -> Rarity {
        let mut df: HashMap<String, usize> = HashMap::default();
        let mut count = 0;
        for mut seen in articles {
            count += 1;
            seen.sort_unstable();
            seen.dedup();
            for term in seen {
                *df.entry(term).or_default() += 1;
            }
        }
        Rarity {
            df,
            articles: count,
        }
    }

    /// The weight of a content term; a term never seen counts as the rarest.
    pub fn weight(&self, term: &str) -> f64 {
        let df = self.df.get(term).copied().unwrap_or(1).max(1) as f64;
        (1.0 + self.articles.max(1) as f64 / df).ln()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_meet() {
        assert_eq!(stem("repositioning"), stem("reposition"));
        assert_eq!(stem("requested"), stem("request"));
        assert_eq!(stem("drafts"), "draft");
        assert_eq!(stem("status"), "status");
        assert_eq!(stem("iraq"), "iraq");
    }

    #[test]
    fn contractions_expand() {
        assert_eq!(expand("that's"), ["that", "is"]);
        assert_eq!(expand("aren't"), ["are", "not"]);
        assert_eq!(expand("iraq's"), ["iraq"]);
        assert_eq!(expand("we're"), ["we", "are"]);
    }
}
