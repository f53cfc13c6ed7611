//! Taking bookmarks out: Markdown for writing, W3C Web Annotations (JSON) for other tools,
//! CSV for spreadsheets. Everything from outside is sanitised or escaped on the way out.

use super::attach::{Attached, Status};
use super::model::Bookmark;
use crate::corpus::Corpus;
use crate::text::{sanitise, sanitise_line};
use serde_json::{Value, json};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Markdown,
    Json,
    Csv,
}

impl ExportFormat {
    /// The format's name as people know it: "Markdown", "JSON", "CSV".
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "Markdown",
            ExportFormat::Json => "JSON",
            ExportFormat::Csv => "CSV",
        }
    }

    /// The file name ending an export in this format gets by default.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => ".md",
            ExportFormat::Json => ".json",
            ExportFormat::Csv => ".csv",
        }
    }
}

/// The bookmarks in `format`; `corpus` is the one they were attached to.
pub fn export(format: ExportFormat, items: &[Attached<'_>], corpus: &Corpus) -> String {
    match format {
        ExportFormat::Markdown => markdown(items),
        ExportFormat::Json => {
            let mut s = serde_json::to_string_pretty(&web_annotations(items, corpus))
                .expect("a JSON value always serialises");
            s.push('\n');
            s
        }
        ExportFormat::Csv => csv(items),
    }
}

/// Text from a stored bookmark, sanitised with its line breaks kept.
fn passage_lines(b: &Bookmark) -> Vec<String> {
    sanitise(b.quote.exact.trim(), 4)
        .text
        .lines()
        .map(|l| l.trim().to_string())
        .collect()
}

/// Escapes what Markdown would otherwise read as formatting, links or HTML.
fn md_inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// One line of a block quote: inline escapes, plus what would start a list or heading.
fn md_quote_line(line: &str) -> String {
    let escaped = md_inline(line);
    if escaped.starts_with(['#', '-', '+', '=']) {
        format!("\\{escaped}")
    } else {
        escaped
    }
}

fn attribution(b: &Bookmark) -> String {
    let s = &b.source;
    let mut parts = vec![md_inline(&sanitise_line(s.display_name()))];
    if let Some(title) = s
        .title
        .as_deref()
        .map(sanitise_line)
        .filter(|t| !t.is_empty())
    {
        parts.push(format!("*{}*", md_inline(&title)));
    }
    parts.push(md_inline(&sanitise_line(
        s.date.as_deref().unwrap_or("undated"),
    )));
    parts.join(", ")
}

fn status_remark(status: Status) -> &'static str {
    match status {
        Status::Exact => "",
        Status::Moved => " · found again at a new place in the source",
        Status::Fuzzy => " · found again with other spacing or quote marks",
        Status::Orphaned => " · orphaned: not found in the loaded sources; saved text shown",
    }
}

/// Each passage as a block quote, then its source (outlet, title, date), the note, and when
/// it was bookmarked.
pub fn markdown(items: &[Attached<'_>]) -> String {
    let mut out = String::from("# Bookmarks\n");
    if items.is_empty() {
        out.push_str("\nNo bookmarks.\n");
    }
    for item in items {
        let b = item.bookmark;
        out.push('\n');
        for line in passage_lines(b) {
            if line.is_empty() {
                out.push_str(">\n");
            } else {
                out.push_str(&format!("> {}\n", md_quote_line(&line)));
            }
        }
        out.push_str(&format!("\n— {}\n", attribution(b)));
        let note = sanitise_line(&b.note);
        if !note.is_empty() {
            out.push_str(&format!("\n**Note:** {}\n", md_inline(&note)));
        }
        out.push_str(&format!(
            "\n<sub>Bookmark {} · {}{}</sub>\n",
            md_inline(&sanitise_line(&b.id)),
            md_inline(&sanitise_line(b.modified())),
            status_remark(item.attachment.status())
        ));
    }
    out
}

/// A W3C Web Annotation for one bookmark: the note as a TextualBody, the passage as a
/// TextQuoteSelector and, when it is found in the corpus, a TextPositionSelector counted in
/// characters of the source's (sanitised) text, as the model defines positions.
fn annotation(item: &Attached<'_>, corpus: &Corpus) -> Value {
    let b = item.bookmark;
    let s = &b.source;
    let mut selectors = vec![json!({
        "type": "TextQuoteSelector",
        "exact": b.quote.exact,
        "prefix": b.quote.prefix,
        "suffix": b.quote.suffix,
    })];
    if let (Some(i), Some(span)) = (item.attachment.article(), item.attachment.span()) {
        let text = &corpus.articles[i].text;
        let start = text[..span.start].chars().count();
        let end = start + text[span.start..span.end].chars().count();
        selectors.push(json!({ "type": "TextPositionSelector", "start": start, "end": end }));
    }
    let mut annotation = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": format!("urn:crosscheck:bookmark:{}", b.id),
        "type": "Annotation",
        "motivation": if b.note.is_empty() { "bookmarking" } else { "commenting" },
        "created": b.created,
        "target": {
            "source": s.url.clone().unwrap_or_else(|| s.origin.clone()),
            "selector": selectors,
        },
        "crosscheck": {
            "status": item.attachment.status(),
            "source_id": s.id,
            "outlet": s.outlet,
            "title": s.title,
            "date": s.date,
            "content_hash": s.content_hash,
            "group": b.group,
        },
    });
    if let Some(updated) = &b.updated {
        annotation["modified"] = json!(updated);
    }
    if !b.note.is_empty() {
        annotation["body"] = json!({
            "type": "TextualBody",
            "value": b.note,
            "format": "text/plain",
            "purpose": "commenting",
        });
    }
    annotation
}

/// All bookmarks as one W3C AnnotationCollection holding a single page.
pub fn web_annotations(items: &[Attached<'_>], corpus: &Corpus) -> Value {
    let annotations: Vec<Value> = items.iter().map(|i| annotation(i, corpus)).collect();
    json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "label": "crosscheck bookmarks",
        "total": annotations.len(),
        "first": {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": annotations,
        },
    })
}

/// One CSV cell: a leading quote defuses formulas (= + - @, tab, carriage return) that a
/// spreadsheet would run; cells with separators, quotes or line breaks are quoted.
fn csv_cell(raw: &str) -> String {
    let mut cell = raw.to_string();
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        cell.insert(0, '\'');
    }
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

/// A header row and one row per bookmark, lines ending in CRLF as RFC 4180 has them.
pub fn csv(items: &[Attached<'_>]) -> String {
    let header = [
        "id", "status", "source", "outlet", "title", "date", "passage", "note", "created",
        "updated",
    ];
    let mut out = header.join(",") + "\r\n";
    for item in items {
        let b = item.bookmark;
        let s = &b.source;
        let line = |o: &Option<String>| sanitise_line(o.as_deref().unwrap_or(""));
        let cells = [
            sanitise_line(&b.id),
            item.attachment.status().label().to_string(),
            sanitise_line(&s.id),
            line(&s.outlet),
            line(&s.title),
            line(&s.date),
            passage_lines(b).join("\n"),
            sanitise_line(&b.note),
            sanitise_line(&b.created),
            line(&b.updated),
        ];
        let row: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bookmarks::attach::attach_all;
    use crate::bookmarks::clock::now_rfc3339;
    use crate::bookmarks::testutil::target;
    use crate::corpus::bundled;

    const PASSAGE: &str = "Poorly worded, implies withdrawal. That’s not what’s happening,";

    /// Bookmarks on Reuters (found) and on a source that is not loaded (orphaned).
    fn sample(corpus: &Corpus) -> Vec<Bookmark> {
        let reuters = &corpus.articles[3];
        let found = Bookmark::new(
            target(reuters, PASSAGE),
            "=cmd|' /C calc'!A0, then \"quote\"",
            "b-found".into(),
            now_rfc3339(),
        )
        .unwrap();
        let mut orphan = Bookmark::new(
            target(reuters, "Milley"),
            "",
            "b-orphan".into(),
            now_rfc3339(),
        )
        .unwrap();
        orphan.source.id = "gone".into();
        orphan.source.outlet = None;
        orphan.source.content_hash = "0".into();
        orphan.source.title = Some("A *gone* story".into());
        orphan.quote.exact = "Two lines,\nthe second \u{1b}[2J hostile".into();
        vec![found, orphan]
    }

    #[test]
    fn markdown_quotes_each_passage_with_its_source_and_note() {
        let corpus = bundled();
        let bookmarks = sample(&corpus);
        let md = markdown(&attach_all(&bookmarks, &corpus));
        assert!(md.starts_with("# Bookmarks\n"));
        assert!(md.contains(&format!("\n> {PASSAGE}\n")), "{md}");
        assert!(md.contains("— Reuters, *Leaked U.S. letter to Iraq was a poorly worded draft: top U.S. general*, undated"), "{md}");
        assert!(
            md.contains("**Note:** =cmd\\|' /C calc'!A0, then \"quote\"\n"),
            "{md}"
        );
        assert!(
            md.contains("> Two lines,\n> the second ␛\\[2J hostile\n"),
            "{md}"
        );
        assert!(md.contains("— gone, *A \\*gone\\* story*, undated"), "{md}");
        assert!(md.contains("orphaned"), "{md}");
        assert!(!md.contains('\u{1b}'));
        assert_eq!(markdown(&[]), "# Bookmarks\n\nNo bookmarks.\n");
    }

    #[test]
    fn json_is_a_web_annotation_collection() {
        let corpus = bundled();
        let bookmarks = sample(&corpus);
        let text = export(
            ExportFormat::Json,
            &attach_all(&bookmarks, &corpus),
            &corpus,
        );
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["@context"], "http://www.w3.org/ns/anno.jsonld");
        assert_eq!(v["type"], "AnnotationCollection");
        assert_eq!(v["total"], 2);
        let items = v["first"]["items"].as_array().unwrap();
        let found = &items[0];
        assert_eq!(found["@context"], "http://www.w3.org/ns/anno.jsonld");
        assert_eq!(found["type"], "Annotation");
        assert_eq!(found["id"], "urn:crosscheck:bookmark:b-found");
        assert_eq!(found["body"]["type"], "TextualBody");
        assert_eq!(found["body"]["value"], bookmarks[0].note);
        assert_eq!(
            found["target"]["source"],
            "<bundled>/003_0226aa1b8ab6f164.txt"
        );
        let selectors = found["target"]["selector"].as_array().unwrap();
        assert_eq!(selectors[0]["type"], "TextQuoteSelector");
        assert_eq!(selectors[0]["exact"], PASSAGE);
        assert_eq!(selectors[0]["prefix"], bookmarks[0].quote.prefix);
        assert_eq!(selectors[0]["suffix"], bookmarks[0].quote.suffix);
        assert_eq!(selectors[1]["type"], "TextPositionSelector");
        // Positions count characters, as the Web Annotation model has them.
        let reuters: Vec<char> = corpus.articles[3].text.chars().collect();
        let (start, end) = (
            selectors[1]["start"].as_u64().unwrap() as usize,
            selectors[1]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(reuters[start..end].iter().collect::<String>(), PASSAGE);
        assert_eq!(found["crosscheck"]["status"], "exact");
        let orphan = &items[1];
        assert_eq!(orphan["motivation"], "bookmarking");
        assert!(orphan.get("body").is_none());
        assert_eq!(orphan["target"]["selector"].as_array().unwrap().len(), 1);
        assert_eq!(orphan["crosscheck"]["status"], "orphaned");
    }

    /// Reads RFC 4180 CSV back, to check what a spreadsheet would see.
    fn parse_csv(text: &str) -> Vec<Vec<String>> {
        let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
        let (mut quoted, mut chars) = (false, text.chars().peekable());
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => cell.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut cell)),
                (false, '\r') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => cell.push(c),
            }
        }
        rows
    }

    #[test]
    fn csv_reads_back_cell_for_cell() {
        let corpus = bundled();
        let bookmarks = sample(&corpus);
        let text = csv(&attach_all(&bookmarks, &corpus));
        assert!(text.ends_with("\r\n"));
        let rows = parse_csv(&text);
        assert_eq!(rows.len(), 3);
        assert!(rows.iter().all(|r| r.len() == 10), "{rows:?}");
        assert_eq!(rows[0][6], "passage");
        assert_eq!(rows[1][1], "exact");
        assert_eq!(rows[1][3], "Reuters");
        assert_eq!(rows[1][6], PASSAGE);
        assert_eq!(rows[1][7], format!("'{}", bookmarks[0].note));
        assert_eq!(rows[2][1], "orphaned");
        assert_eq!(rows[2][6], "Two lines,\nthe second ␛[2J hostile");
    }

    #[test]
    fn csv_cells_are_quoted_and_defused() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a, b"), "\"a, b\"");
        assert_eq!(csv_cell("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("+1"), "'+1");
        assert_eq!(csv_cell("-2"), "'-2");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell(""), "");
    }

    #[test]
    fn markdown_escapes_formatting() {
        assert_eq!(
            md_inline("a *b* [c](d) <e>"),
            "a \\*b\\* \\[c\\](d) \\<e\\>"
        );
        assert_eq!(md_quote_line("# not a heading"), "\\# not a heading");
        assert_eq!(md_quote_line("- not a list"), "\\- not a list");
    }
}
