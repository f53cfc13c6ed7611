//! Making hostile markup safe to parse and to hand to the extractor. The HTML parser looks
//! through the open elements at each tag, so a page of a million nested `<div>`s costs it a
//! million squared; the extractor walks the page recursively and compares elements with their
//! ancestors. Tags past a sane nesting depth are dropped before parsing, nesting still too deep
//! after it is flattened to its text, and empty leaf elements (thousands of stray `</p>` make
//! thousands of empty paragraphs) are dropped. Real pages are left as they are.

use dom_query::{Document, NodeRef};
use std::borrow::Cow;

/// Open tags deeper than this are dropped before parsing. Elements that close their open
/// sibling (`p`, `li`, table cells) do not count, so this is near the real nesting depth.
const MAX_TAG_DEPTH: usize = 400;

/// Elements with no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen",
];

/// Elements that an element of the same kind closes, so a run of them does not nest.
const SELF_CLOSING_RUNS: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
];

/// `html` with tags nested deeper than `MAX_TAG_DEPTH` taken out, or as it is when it never
/// nests that deep. Counts tags by a light scan (no attribute quoting), which is enough to tell
/// a real page from a hostile one.
pub fn cap_nesting(html: &str) -> Cow<'_, str> {
    if max_depth(html) <= MAX_TAG_DEPTH {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut depth = 0usize;
    let mut copied = 0;
    for tag in tags(html) {
        match tag.kind {
            TagKind::Open => {
                depth += 1;
                if depth > MAX_TAG_DEPTH {
                    out.push_str(&html[copied..tag.start]);
                    copied = tag.end;
                }
            }
            TagKind::Close => {
                if depth > MAX_TAG_DEPTH {
                    out.push_str(&html[copied..tag.start]);
                    copied = tag.end;
                }
                depth = depth.saturating_sub(1);
            }
        }
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

fn max_depth(html: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for tag in tags(html) {
        match tag.kind {
            TagKind::Open => {
                depth += 1;
                max = max.max(depth);
            }
            TagKind::Close => depth = depth.saturating_sub(1),
        }
    }
    max
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum TagKind {
    Open,
    Close,
}

struct Tag {
    start: usize,
    end: usize,
    kind: TagKind,
}

/// The tags that open or close a nesting level, in order.
fn tags(html: &str) -> impl Iterator<Item = Tag> + '_ {
    let bytes = html.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        loop {
            let start = pos + memchr(b'<', &bytes[pos..])?;
            let close = bytes.get(start + 1) == Some(&b'/');
            let name_start = start + 1 + usize::from(close);
            let name_len = bytes[name_start..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            let end =
                memchr(b'>', &bytes[name_start..]).map_or(bytes.len(), |e| name_start + e + 1);
            pos = if name_len == 0 { start + 1 } else { end };
            if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
                continue;
            }
            let name = html[name_start..name_start + name_len].to_ascii_lowercase();
            if VOID.contains(&name.as_str()) || SELF_CLOSING_RUNS.contains(&name.as_str()) {
                continue;
            }
            if !close && bytes[..end].ends_with(b"/>") {
                continue;
            }
            let kind = if close { TagKind::Close } else { TagKind::Open };
            return Some(Tag { start, end, kind });
        }
    })
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

/// Deeper than any real page nests (the deepest of 130 saved news pages is under 60).
const MAX_DEPTH: usize = 120;

/// Elements that are empty by nature or whose emptiness carries meaning to the extractor.
const KEEP_EMPTY: &[&str] = &[
    "img", "br", "hr", "meta", "link", "input", "source", "td", "th", "iframe", "script", "col",
    "html", "head", "body",
];

/// Empty leaf elements are dropped only past this many: real pages have a few hundred (icons,
/// spacers), which cost the extractor nothing, and dropping them means serialising the page
/// again.
const MAX_EMPTY_LEAVES: usize = 5_000;

/// What `tidy` changed.
pub struct Tidied {
    /// Nesting was flattened: worth a warning, as text structure was lost.
    pub flattened: bool,
    /// Anything at all changed, so the page must be serialised again for the extractor.
    pub changed: bool,
}

/// Tidies `doc` in place.
pub fn tidy(doc: &Document) -> Tidied {
    let mut too_deep = Vec::new();
    let mut empty = Vec::new();
    let mut stack: Vec<(NodeRef, usize)> = vec![(doc.root(), 0)];
    while let Some((node, depth)) = stack.pop() {
        if !node.is_element() && !node.is_document() {
            continue;
        }
        if depth >= MAX_DEPTH {
            too_deep.push(node);
            continue;
        }
        let mut children = node.children_it(false).peekable();
        if children.peek().is_none() && node.is_element() {
            let name = node.node_name().unwrap_or_default();
            if !KEEP_EMPTY.contains(&name.as_ref()) {
                empty.push(node);
            }
        }
        stack.extend(children.map(|c| (c, depth + 1)));
    }
    if empty.len() <= MAX_EMPTY_LEAVES {
        empty.clear();
    }
    let tidied = Tidied {
        flattened: !too_deep.is_empty(),
        changed: !too_deep.is_empty() || !empty.is_empty(),
    };
    for node in too_deep {
        let text = node.text();
        node.set_text(text.as_ref());
    }
    for node in empty {
        node.remove_from_parent();
    }
    tidied
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_flattened_to_its_text() {
        let deep = format!(
            "<html><body>{}<p>Deep text.</p>{}</body></html>",
            "<div>".repeat(5_000),
            "</div>".repeat(5_000)
        );
        let doc = Document::from(deep.as_str());
        assert!(tidy(&doc).flattened);
        assert!(doc.select("div").length() < MAX_DEPTH);
        assert!(doc.root().text().contains("Deep text."));
    }

    #[test]
    fn tags_past_the_depth_limit_are_dropped_before_parsing() {
        let deep = format!(
            "{}<p>Text</p>{}",
            "<div>".repeat(1_000),
            "</div>".repeat(1_000)
        );
        let capped = cap_nesting(&deep);
        assert_eq!(max_depth(&capped), MAX_TAG_DEPTH);
        assert!(capped.contains("<p>Text</p>"));
        let list = format!("<ul>{}</ul>", "<li>item".repeat(1_000));
        assert!(matches!(cap_nesting(&list), Cow::Borrowed(_)));
    }

    #[test]
    fn an_ordinary_page_is_left_alone() {
        let doc = Document::from("<html><body><p>One <img src=a.png></p><p>Two</p></body></html>");
        assert!(!tidy(&doc).changed);
    }
}
