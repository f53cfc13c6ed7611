//! One input's bytes to articles: refusing binary files, decoding (lossily, or by the page's
//! charset for HTML), parsing the format, and assembling each `Article` from its sanitised text,
//! structure and metadata.

use super::article::{Article, Format, Metadata, Origin};
use super::formats::{self, Entry};
use super::html;
use super::load::LoadOptions;
use super::structure;
use super::{Corpus, LoadError};
use crate::text::{sanitise, sanitise_line};
use std::path::Path;

/// Loads one input held in memory, as a file named `name` would be (its extension picks the
/// format, else the content does): the articles it holds and why any part could not be read.
/// The same path as every file the commands and the reader load; the fuzz targets use it.
pub fn from_bytes(bytes: &[u8], name: &str, options: &LoadOptions) -> Corpus {
    let path = Path::new(name);
    let stem = path
        .file_stem()
        .map(|s| sanitise_line(&s.to_string_lossy()))
        .unwrap_or_else(|| "article".into());
    let extension = path.extension().and_then(|e| e.to_str());
    let mut corpus = Corpus::default();
    add_bytes(
        &mut corpus,
        bytes,
        &stem,
        extension,
        Origin::File(path.to_path_buf()),
        None,
        options,
    );
    corpus
}

/// Turns one input's bytes into articles (several for JSON arrays and JSON Lines).
/// `http_charset` is the charset a server named for them, used if they are HTML.
pub(super) fn add_bytes(
    corpus: &mut Corpus,
    bytes: &[u8],
    stem: &str,
    extension: Option<&str>,
    origin: Origin,
    http_charset: Option<&str>,
    options: &LoadOptions,
) {
    let place = origin.to_string();
    let fail = |corpus: &mut Corpus, reason: String| {
        corpus.errors.push(LoadError {
            path: place.clone(),
            reason,
        })
    };
    // UTF-16 text holds NUL bytes; its byte-order mark says it is text.
    let utf16 = bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff");
    if bytes.contains(&0) && !utf16 {
        return fail(
            corpus,
            "binary file (contains NUL bytes), not an article".into(),
        );
    }
    let is_html = match extension {
        Some(e) if formats::is_html_extension(e) => true,
        Some(e) if formats::is_supported_extension(e) => false,
        _ => html::looks_like_html(bytes),
    };
    let (format, entries, warnings) = if is_html {
        match read_html(bytes, http_charset) {
            Ok(read) => read,
            Err(reason) => return fail(corpus, reason),
        }
    } else {
        match read_text(bytes, extension) {
            Ok(read) => read,
            Err(reason) => return fail(corpus, reason),
        }
    };
    let several = entries.len() > 1;
    for (n, entry) in entries.into_iter().enumerate() {
        match entry {
            Err((where_, reason)) => {
                let path = match where_ {
                    Some(w) => format!("{place} ({w})"),
                    None => place.clone(),
                };
                corpus.errors.push(LoadError { path, reason });
            }
            Ok(entry) => {
                let id = entry.id.clone().map(|id| slug(&id)).unwrap_or_else(|| {
                    if several {
                        format!("{stem}-{}", n + 1)
                    } else {
                        stem.to_string()
                    }
                });
                let entry_place = entry.place.clone();
                match assemble(id, origin.clone(), format, entry, warnings.clone(), options) {
                    Ok(article) => corpus.push(article),
                    Err(reason) => corpus.errors.push(LoadError {
                        path: match entry_place {
                            Some(w) => format!("{place} ({w})"),
                            None => place.clone(),
                        },
                        reason,
                    }),
                }
            }
        }
    }
}

type Parsed = (Format, Vec<formats::EntryResult>, Vec<String>);

/// A page's one entry: its body paragraphs and metadata.
fn read_html(bytes: &[u8], http_charset: Option<&str>) -> Result<Parsed, String> {
    if bytes.trim_ascii().is_empty() {
        return Err("empty file".into());
    }
    let page = html::read(bytes, http_charset)?;
    if page.body.trim().is_empty() {
        return Err("no article text found in this page".into());
    }
    let entry = Entry {
        place: None,
        id: None,
        body: page.body,
        meta: page.meta,
    };
    Ok((Format::Html, vec![Ok(entry)], page.warnings))
}

/// Text formats: decoded as UTF-8 (lossily, with a warning), then parsed by their format.
fn read_text(bytes: &[u8], extension: Option<&str>) -> Result<Parsed, String> {
    // Checked strictly first: std's validation skips through ASCII a word at a time, where the
    // lossy decoder walks every character.
    let (content, replaced) = match std::str::from_utf8(bytes) {
        Ok(text) => (std::borrow::Cow::Borrowed(text), 0),
        Err(_) => (
            String::from_utf8_lossy(bytes),
            bytes
                .utf8_chunks()
                .filter(|c| !c.invalid().is_empty())
                .count(),
        ),
    };
    let mut warnings = Vec::new();
    if replaced > 0 {
        warnings.push(format!(
            "not valid UTF-8: {replaced} invalid byte sequence(s) shown as \u{FFFD}"
        ));
    }
    if content.trim().is_empty() {
        return Err("empty file".into());
    }
    let format = formats::detect(extension, &content);
    let entries = formats::parse(&content, format)?;
    Ok((format, entries, warnings))
}

/// An id safe to print and type: letters, digits, `-`, `_` and `.`.
pub(super) fn slug(s: &str) -> String {
    let slug: String = s
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect();
    let slug = slug.trim_matches('-').to_string();
    if slug.is_empty() {
        "article".into()
    } else {
        slug
    }
}

/// Builds an article from an entry: sanitises the text, reads front matter and structure, and
/// fills metadata from explicit fields first, then from what the text says.
fn assemble(
    id: String,
    origin: Origin,
    format: Format,
    entry: Entry,
    mut warnings: Vec<String>,
    options: &LoadOptions,
) -> Result<Article, String> {
    let raw = entry.body;
    let sanitised = sanitise(&raw, options.tab_width);
    if sanitised.neutralised > 0 {
        warnings.push(format!(
            "{} control or bidirectional character(s) neutralised",
            sanitised.neutralised
        ));
    }
    let text = sanitised.text;
    let (front, from) = if format == Format::Markdown {
        let fm = formats::front_matter(&text)?;
        (fm.meta, fm.body_start)
    } else {
        (Metadata::default(), 0)
    };
    let found = structure::analyse(&text, from, format);
    if found.paragraphs.iter().all(|p| p.is_noise()) {
        return Err(if found.paragraphs.is_empty() {
            "no article text".into()
        } else {
            "only boilerplate (captions, notices), no article text".into()
        });
    }
    let pick = |a: Option<String>, b: Option<String>, c: Option<String>| a.or(b).or(c);
    let meta = Metadata {
        title: pick(entry.meta.title, front.title, found.headline),
        outlet: pick(entry.meta.outlet, front.outlet, found.outlet),
        author: pick(entry.meta.author, front.author, found.author),
        date: pick(entry.meta.date, front.date, found.date),
        url: pick(entry.meta.url, front.url, found.url),
        language: pick(entry.meta.language, front.language, None),
    };
    Ok(Article {
        id,
        origin,
        format,
        meta,
        raw,
        text,
        raw_map: sanitised.map,
        paragraphs: found.paragraphs,
        noise: found.noise,
        warnings,
        word_counts: std::sync::OnceLock::new(),
    })
}

/// Builds one article from text in memory; used for the bundled corpus and by tests.
pub fn from_text(
    id: &str,
    origin: Origin,
    text: &str,
    options: &LoadOptions,
) -> Result<Article, String> {
    let entry = Entry {
        place: None,
        id: None,
        body: text.to_string(),
        meta: Metadata::default(),
    };
    assemble(
        id.to_string(),
        origin,
        Format::Text,
        entry,
        Vec::new(),
        options,
    )
}
