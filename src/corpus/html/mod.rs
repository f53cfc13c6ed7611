//! Reading web pages (saved files, standard input, fetched URLs): recognising HTML, decoding it,
//! and turning it into the article body's paragraphs and the page's metadata.

mod body;
mod charset;
mod meta;
mod tidy;

use super::article::Metadata;
use dom_query::Document;

/// The stack for extraction: the extractor walks the page recursively, and a hostile page may
/// nest elements tens of thousands deep. Reserved, not committed, so it costs nothing unused.
const EXTRACT_STACK_BYTES: usize = 512 * 1024 * 1024;

/// How long the extractor may take on one page; the largest real page takes well under a second.
const EXTRACT_TIME_LIMIT: std::time::Duration = std::time::Duration::from_secs(10);

/// What a page holds: its body paragraphs joined by blank lines, and its metadata.
#[derive(Debug)]
pub struct Page {
    pub body: String,
    pub meta: Metadata,
    pub warnings: Vec<String>,
}

/// Whether bytes with no telling file name are HTML: after blanks and a byte-order mark, a
/// doctype, a comment or one of the tags the WHATWG sniffing rules name.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    const TAGS: &[&[u8]] = &[
        b"!doctype html",
        b"html",
        b"head",
        b"body",
        b"meta",
        b"title",
        b"script",
        b"style",
        b"div",
        b"table",
        b"p",
        b"h1",
        b"a",
        b"b",
        b"br",
        b"font",
        b"iframe",
    ];
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let start = bytes.iter().take_while(|b| b.is_ascii_whitespace()).count();
    let Some(rest) = bytes[start..].strip_prefix(b"<") else {
        return false;
    };
    if rest.starts_with(b"!--") {
        return true;
    }
    TAGS.iter().any(|tag| {
        rest.len() > tag.len()
            && rest[..tag.len()].eq_ignore_ascii_case(tag)
            && matches!(rest[tag.len()], b' ' | b'>' | b'\t' | b'\n' | b'\r')
    })
}

/// Reads a page. `http_charset` is the charset its `Content-Type` header named, if any.
pub fn read(bytes: &[u8], http_charset: Option<&str>) -> Result<Page, String> {
    let decoded = charset::decode(bytes, http_charset);
    let mut warnings = Vec::new();
    if decoded.replaced > 0 {
        warnings.push(format!(
            "not valid {}: {} malformed sequence(s) shown as \u{FFFD}",
            decoded.encoding.name(),
            decoded.replaced
        ));
    }
    let capped = tidy::cap_nesting(&decoded.text);
    let doc = Document::from(capped.as_ref());
    let meta = meta::read(&doc);
    let headlines = meta::headlines(&doc, &meta);
    let tidied = tidy::tidy(&doc);
    if tidied.flattened || matches!(capped, std::borrow::Cow::Owned(_)) {
        warnings.push("markup nested too deeply was flattened before extraction".into());
    }
    let html = if tidied.changed {
        doc.html().to_string()
    } else {
        capped.into_owned()
    };
    drop(doc);
    let paragraphs = match extract(html.clone()) {
        Some(paragraphs) => paragraphs,
        None => {
            warnings
                .push("the article extractor gave up on this page; its whole text is shown".into());
            body::html_paragraphs(&html)
        }
    };
    let mut paragraphs = paragraphs.into_iter().peekable();
    // The extractor may keep the headline at the top of the body; it is the title, not text.
    if paragraphs
        .peek()
        .is_some_and(|first| headlines.iter().any(|h| same_words(first, h)))
    {
        paragraphs.next();
    }
    let body = paragraphs.collect::<Vec<_>>().join("\n\n");
    Ok(Page {
        body,
        meta,
        warnings,
    })
}

/// The body paragraphs, found on a thread of its own: with a deep stack, since the extractor
/// recurses, and a time limit, since its cost grows faster than the page on some degenerate
/// markup. `None` when it fails or runs out of time; a thread that ran out of time is left to
/// finish on its own, as a thread cannot be stopped from outside.
fn extract(html: String) -> Option<Vec<String>> {
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("html-extract".into())
        .stack_size(EXTRACT_STACK_BYTES)
        .spawn(move || {
            let _ = send.send(body::paragraphs(&html));
        })
        .ok()?;
    receive.recv_timeout(EXTRACT_TIME_LIMIT).ok()
}

fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_sniffed_from_its_first_tag() {
        assert!(looks_like_html(b"\n <!DOCTYPE html><html>"));
        assert!(looks_like_html(b"\xef\xbb\xbf<html lang=en>"));
        assert!(looks_like_html(b"<!-- saved page -->"));
        assert!(!looks_like_html(b"<3 this story"));
        assert!(!looks_like_html(b"A report.\n<p>"));
        assert!(!looks_like_html(b"<abbr>"));
    }
}
