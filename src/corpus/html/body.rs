//! The article body of a page as paragraphs: rs-trafilatura chooses the main content (leaving
//! out navigation, share bars, related boxes, newsletter prompts and comments), and this module
//! turns the HTML it keeps into plain paragraphs, one per block, with script, style and captions
//! never in the text.

use dom_query::{Document, NodeRef};

/// Elements whose text is never article text.
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "figcaption",
    "button",
    "select",
    "textarea",
    "iframe",
    "object",
    "nav",
    "head",
    "title",
];

/// Elements that start and end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "figure",
    "hr",
    "address",
    "details",
    "summary",
    "body",
    "center",
    "form",
    "fieldset",
];

/// The body paragraphs rs-trafilatura finds in `html`, each one line of collapsed text (a `<br>`
/// is a line break inside its paragraph). Empty when it finds no main content.
pub fn paragraphs(html: &str) -> Vec<String> {
    let options = rs_trafilatura::Options::default();
    let Ok(result) = rs_trafilatura::extract_with_options(html, &options) else {
        return Vec::new();
    };
    match result.content_html {
        Some(content) => html_paragraphs(&content),
        None => result
            .content_text
            .split("\n\n")
            .map(collapse)
            .filter(|p| !p.is_empty())
            .collect(),
    }
}

/// Splits a fragment of HTML into paragraphs at block elements. The walk keeps its own stack,
/// so however deep the markup nests it cannot overflow the thread's.
pub fn html_paragraphs(html: &str) -> Vec<String> {
    let doc = Document::from(html);
    let mut out = Vec::new();
    let mut current = String::new();
    let root = doc.root();
    // (node, leaving): a block is visited on the way in and again on the way out.
    let mut stack: Vec<(NodeRef, bool)> = root.children_it(true).map(|n| (n, false)).collect();
    while let Some((node, leaving)) = stack.pop() {
        if node.is_text() {
            push_text(&mut current, &node.text());
            continue;
        }
        if !node.is_element() {
            continue;
        }
        let name = node.node_name().unwrap_or_default();
        let name = name.as_ref();
        if SKIPPED.contains(&name) {
            continue;
        }
        if name == "br" {
            current.truncate(current.trim_end().len());
            current.push('\n');
            continue;
        }
        let block = BLOCKS.contains(&name);
        if block {
            finish(&mut current, &mut out);
        }
        if leaving {
            continue;
        }
        if block {
            stack.push((node, true));
        } else if matches!(name, "td" | "th") {
            current.push(' ');
        }
        stack.extend(node.children_it(true).map(|n| (n, false)));
    }
    finish(&mut current, &mut out);
    out
}

/// Appends text with its whitespace collapsed to single spaces.
fn push_text(current: &mut String, text: &str) {
    for (i, word) in text.split(char::is_whitespace).enumerate() {
        if i > 0 && !current.is_empty() && !current.ends_with([' ', '\n']) {
            current.push(' ');
        }
        current.push_str(word);
    }
}

fn finish(current: &mut String, out: &mut Vec<String>) {
    let paragraph = current
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    if !paragraph.is_empty() {
        out.push(paragraph);
    }
    current.clear();
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_paragraphs_and_inline_markup_joins() {
        let html = "<div><h2>Part one</h2><p>The <b>first</b>   point,\n made.</p>\
                    <script>var x = 1;</script><p>Line one<br>line two</p>\
                    <figure><img src=a.jpg><figcaption>A caption</figcaption></figure>\
                    <ul><li>One</li><li>Two &amp; three</li></ul></div>";
        assert_eq!(
            html_paragraphs(html),
            [
                "Part one",
                "The first point, made.",
                "Line one\nline two",
                "One",
                "Two & three"
            ]
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!(
            "{}<p>Deep.</p>{}",
            "<div>".repeat(5_000),
            "</div>".repeat(5_000)
        );
        assert_eq!(html_paragraphs(&html), ["Deep."]);
    }
}
