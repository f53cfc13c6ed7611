//! One loaded article: its metadata, raw and sanitised text, paragraphs, sentences and noise.

use crate::text::{self, Collapsed, OffsetMap, Span, Token};
use serde::Serialize;
use std::path::PathBuf;
use std::sync::OnceLock;

/// Where an article came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    File(PathBuf),
    /// A page fetched over HTTP(S), by the URL it was asked for.
    Url(String),
    Stdin,
    /// One of the example articles embedded in the binary, by file name.
    Bundled(&'static str),
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            // File names are as untrusted as the text inside them.
            Origin::File(p) => f.write_str(&text::sanitise_line(&p.display().to_string())),
            Origin::Url(url) => f.write_str(&text::sanitise_line(url)),
            Origin::Stdin => f.write_str("<stdin>"),
            Origin::Bundled(name) => write!(f, "<bundled>/{name}"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Markdown,
    Json,
    Jsonl,
    Html,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Metadata {
    pub title: Option<String>,
    pub outlet: Option<String>,
    /// The byline: one name, or several joined by commas.
    pub author: Option<String>,
    /// `YYYY-MM-DD` when known.
    pub date: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
}

/// Kinds of text that are not the report itself. Kept in the text, excluded from analysis,
/// shown dimmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoiseKind {
    /// Photo captions and credits ("Picture: AP", "FILE PHOTO: ...", "/ AFP / ...").
    Caption,
    /// "RELATED: ..." and similar links to other stories.
    Related,
    Advertisement,
    /// "Powered by automated translation".
    TranslationNotice,
    /// "Originally published as ...".
    Syndication,
    /// "Reporting by ...; Editing by ...".
    Credits,
    /// Link-preview text glued into a name ("Mark EsperMark EsperOvernight Defense: ... MORE").
    LinkPreview,
    /// Sharing and newsletter prompts.
    Promotion,
    /// Page furniture in the body: a byline, an "Updated 9:12 AM" stamp, a "date:" line.
    PageLine,
}

impl NoiseKind {
    pub fn label(self) -> &'static str {
        match self {
            NoiseKind::Caption => "caption",
            NoiseKind::Related => "related link",
            NoiseKind::Advertisement => "advertisement",
            NoiseKind::TranslationNotice => "translation notice",
            NoiseKind::Syndication => "syndication line",
            NoiseKind::Credits => "reporting credits",
            NoiseKind::LinkPreview => "link preview",
            NoiseKind::Promotion => "promotion",
            NoiseKind::PageLine => "byline or timestamp",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Noise {
    pub span: Span,
    pub kind: NoiseKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Headline,
    /// A short line under the headline that summarises the story.
    Standfirst,
    Body,
    Noise(NoiseKind),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    pub span: Span,
    pub role: Role,
    /// Sentence spans, in order; empty for noise paragraphs.
    pub sentences: Vec<Span>,
}

impl Paragraph {
    pub fn is_noise(&self) -> bool {
        matches!(self.role, Role::Noise(_))
    }
}

#[derive(Debug, Clone)]
pub struct Article {
    /// Unique within a corpus; what every view and command calls the source.
    pub id: String,
    pub origin: Origin,
    pub format: Format,
    pub meta: Metadata,
    /// The text as read (lossily decoded), before sanitising; for JSON output only.
    pub raw: String,
    /// The sanitised text every offset points into.
    pub text: String,
    pub raw_map: OffsetMap,
    pub paragraphs: Vec<Paragraph>,
    /// Every noise span, whole paragraphs and inline, sorted by start.
    pub noise: Vec<Noise>,
    pub warnings: Vec<String>,
    /// Word counts of the report itself and of its noise (see `words`), counted on first use:
    /// a word diff or a claims run never shows them.
    pub(crate) word_counts: OnceLock<(usize, usize)>,
}

impl Article {
    /// The outlet where known, else the id: how panes and tables name a source.
    pub fn display_name(&self) -> &str {
        self.meta.outlet.as_deref().unwrap_or(&self.id)
    }

    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }

    /// Number of words of the report itself, outside noise.
    pub fn words(&self) -> usize {
        self.word_counts().0
    }

    /// Number of words in the article's noise (captions, link previews...).
    pub fn noise_words(&self) -> usize {
        self.word_counts().1
    }

    fn word_counts(&self) -> (usize, usize) {
        *self.word_counts.get_or_init(|| {
            let (mut words, mut noise_words) = (0, 0);
            for p in &self.paragraphs {
                // Only a content paragraph with noise inside needs its words one by one.
                let (content, noise) = if !p.is_noise() && self.touches_noise(p.span) {
                    let tokens = text::words(&self.text, p.span);
                    let content = tokens
                        .iter()
                        .filter(|t| !self.touches_noise(t.span))
                        .count();
                    (content, tokens.len() - content)
                } else {
                    let all = text::word_count(&self.text, p.span);
                    if p.is_noise() { (0, all) } else { (all, 0) }
                };
                words += content;
                noise_words += noise;
            }
            (words, noise_words)
        })
    }

    /// The share of words that are noise, from 0 to 1.
    pub fn noise_share(&self) -> f64 {
        let all = self.words() + self.noise_words();
        if all == 0 {
            0.0
        } else {
            self.noise_words() as f64 / all as f64
        }
    }

    /// True when any part of `span` is noise.
    pub fn touches_noise(&self, span: Span) -> bool {
        self.noise.iter().any(|n| n.span.overlaps(span))
    }

    /// The paragraphs that are the report itself: headline, standfirst and body.
    pub fn content_paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.paragraphs.iter().filter(|p| !p.is_noise())
    }

    /// The body of the report as plain text: standfirst and body paragraphs with inline noise
    /// cut out, joined by blank lines; the headline (the title) and noise paragraphs left out.
    pub fn body_text(&self) -> String {
        self.paragraphs
            .iter()
            .filter(|p| matches!(p.role, Role::Body | Role::Standfirst))
            .map(|p| self.clean_text(p.span))
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    /// Every sentence of the report itself, in order.
    pub fn sentences(&self) -> impl Iterator<Item = Span> + '_ {
        self.content_paragraphs()
            .flat_map(|p| p.sentences.iter().copied())
    }

    /// Word tokens of `span` that are not inside noise.
    pub fn tokens(&self, span: Span) -> Vec<Token> {
        let mut tokens = text::words(&self.text, span);
        if self.touches_noise(span) {
            tokens.retain(|t| !self.touches_noise(t.span));
        }
        tokens
    }

    /// The text of `span` with inline noise cut out, whitespace collapsed where it was cut.
    pub fn clean_text(&self, span: Span) -> String {
        let mut out = Collapsed::with_capacity(span.len());
        let mut pos = span.start;
        for n in self.noise.iter().filter(|n| n.span.overlaps(span)) {
            if n.span.start > pos {
                out.push(&self.text[pos..n.span.start]);
            }
            pos = pos.max(n.span.end.min(span.end));
        }
        out.push(&self.text[pos..span.end]);
        out.into_string()
    }

    /// The paragraph containing byte `pos`, if any.
    pub fn paragraph_at(&self, pos: usize) -> Option<usize> {
        self.paragraphs
            .iter()
            .position(|p| p.span.contains(pos) || p.span.end == pos)
    }

    /// The sentence containing byte `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<Span> {
        let p = &self.paragraphs[self.paragraph_at(pos)?];
        p.sentences
            .iter()
            .copied()
            .find(|s| s.contains(pos) || s.end == pos)
    }

    /// A content hash of the sanitised text (64-bit FNV-1a, hex), stable across runs and
    /// platforms, for recognising an article again.
    pub fn content_hash(&self) -> String {
        fnv1a_hex(self.text.as_bytes())
    }
}

/// 64-bit FNV-1a of `bytes`, in hex: stable across runs and platforms.
pub(super) fn fnv1a_hex(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}
