//! Reading the supported file formats into article entries: plain text, Markdown with front
//! matter, JSON (an object or an array of them) and JSON Lines. HTML is read in `html`.

use super::article::{Format, Metadata};
use crate::text::sanitise_line;
use serde_json::{Map, Value};

/// One article read from a file, before its text is sanitised and analysed.
#[derive(Debug)]
pub struct Entry {
    /// Where in the file the entry came from ("entry 2", "line 5"), for files holding several.
    pub place: Option<String>,
    /// An id the entry names for itself (a JSON `id` field).
    pub id: Option<String>,
    pub body: String,
    pub meta: Metadata,
}

/// An entry, or why it could not be read.
pub type EntryResult = Result<Entry, (Option<String>, String)>;

/// Guesses the format from a file extension, or from the content for stdin and unknown names.
pub fn detect(extension: Option<&str>, content: &str) -> Format {
    match extension.map(|e| e.to_ascii_lowercase()).as_deref() {
        Some("md" | "markdown") => Format::Markdown,
        Some("json") => Format::Json,
        Some("jsonl" | "ndjson") => Format::Jsonl,
        Some("txt" | "text") => Format::Text,
        Some(e) if is_html_extension(e) => Format::Html,
        _ => {
            let head = content.trim_start();
            if head.starts_with('[')
                || (head.starts_with('{') && serde_json::from_str::<Value>(head).is_ok())
            {
                Format::Json
            } else if head.starts_with('{') {
                Format::Jsonl
            } else if head.starts_with("---\n")
                || head.starts_with("---\r\n")
                || head.starts_with("+++")
            {
                Format::Markdown
            } else {
                Format::Text
            }
        }
    }
}

pub fn is_supported_extension(extension: &str) -> bool {
    matches!(
        extension.to_ascii_lowercase().as_str(),
        "txt" | "text" | "md" | "markdown" | "json" | "jsonl" | "ndjson"
    ) || is_html_extension(extension)
}

pub fn is_html_extension(extension: &str) -> bool {
    matches!(
        extension.to_ascii_lowercase().as_str(),
        "html" | "htm" | "xhtml"
    )
}

/// Reads `content` as `format`. The outer error means nothing in the file could be read.
pub fn parse(content: &str, format: Format) -> Result<Vec<EntryResult>, String> {
    match format {
        Format::Text | Format::Markdown | Format::Html => Ok(vec![Ok(Entry {
            place: None,
            id: None,
            body: content.to_string(),
            meta: Metadata::default(),
        })]),
        Format::Json => parse_json(content),
        Format::Jsonl => Ok(parse_jsonl(content)),
    }
}

fn parse_json(content: &str) -> Result<Vec<EntryResult>, String> {
    let value: Value = serde_json::from_str(content).map_err(|e| {
        format!(
            "malformed JSON at line {}, column {}: {}",
            e.line(),
            e.column(),
            strip_position(&e)
        )
    })?;
    match value {
        Value::Object(obj) => Ok(vec![entry_from_object(obj).map_err(|r| (None, r))]),
        Value::Array(items) if items.is_empty() => Err("the JSON array is empty".into()),
        Value::Array(items) => Ok(items
            .into_iter()
            .enumerate()
            .map(|(i, item)| {
                let place = format!("entry {}", i + 1);
                match item {
                    Value::Object(obj) => entry_from_object(obj)
                        .map(|mut e| {
                            e.place = Some(place.clone());
                            e
                        })
                        .map_err(|r| (Some(place), r)),
                    other => Err((
                        Some(place),
                        format!("expected an article object, found {}", kind(&other)),
                    )),
                }
            })
            .collect()),
        other => Err(format!(
            "expected an article object or an array of them, found {}",
            kind(&other)
        )),
    }
}

fn parse_jsonl(content: &str) -> Vec<EntryResult> {
    content
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            let place = format!("line {}", i + 1);
            let parsed: Value = serde_json::from_str(line).map_err(|e| {
                (
                    Some(place.clone()),
                    format!(
                        "malformed JSON at column {}: {}",
                        e.column(),
                        strip_position(&e)
                    ),
                )
            })?;
            match parsed {
                Value::Object(obj) => entry_from_object(obj)
                    .map(|mut e| {
                        e.place = Some(place.clone());
                        e
                    })
                    .map_err(|r| (Some(place), r)),
                other => Err((
                    Some(place),
                    format!("expected an article object, found {}", kind(&other)),
                )),
            }
        })
        .collect()
}

/// serde_json's message without its trailing " at line L column C", which we report ourselves.
fn strip_position(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The first of `names` present in `obj` as a string; another type is an error naming the field.
fn field(obj: &Map<String, Value>, names: &[&str]) -> Result<Option<String>, String> {
    for name in names {
        match obj.get(*name) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) => return Ok(Some(s.clone())),
            Some(Value::Number(n)) => return Ok(Some(n.to_string())),
            Some(other) => {
                return Err(format!(
                    "field \"{name}\" should be a string, found {}",
                    kind(other)
                ));
            }
        }
    }
    Ok(None)
}

fn entry_from_object(obj: Map<String, Value>) -> Result<Entry, String> {
    let body = field(&obj, &["text", "body", "content", "article"])?
        .ok_or("no \"text\" or \"body\" field with the article's text")?;
    let meta = Metadata {
        title: field(&obj, &["title", "headline"])?.map(|t| sanitise_line(&t)),
        outlet: field(
            &obj,
            &["outlet", "source", "publisher", "site_name", "site"],
        )?
        .map(|t| sanitise_line(&t)),
        author: field(&obj, &["author", "byline", "by"])?.map(|t| sanitise_line(&t)),
        date: field(
            &obj,
            &[
                "date",
                "published",
                "published_at",
                "pubDate",
                "datePublished",
            ],
        )?
        .and_then(|d| normalise_date(&d)),
        url: field(&obj, &["url", "link"])?.map(|t| sanitise_line(&t)),
        language: field(&obj, &["language", "lang"])?.map(|t| sanitise_line(&t)),
    };
    Ok(Entry {
        place: None,
        id: field(&obj, &["id"])?.map(|t| sanitise_line(&t)),
        body,
        meta,
    })
}

/// `YYYY-MM-DD` from a date or timestamp that starts with one; anything else is not kept.
pub fn normalise_date(s: &str) -> Option<String> {
    let s = s.trim();
    let head = s.get(..10)?;
    let b = head.as_bytes();
    let ok = b.iter().enumerate().all(|(i, c)| match i {
        4 | 7 => *c == b'-',
        _ => c.is_ascii_digit(),
    });
    (ok && (s.len() == 10 || !s.as_bytes()[10].is_ascii_digit())).then(|| head.to_string())
}

/// Front matter at the top of a Markdown file: `---` YAML-style `key: value` lines, or `+++` TOML.
#[derive(Debug, Default)]
pub struct FrontMatter {
    pub meta: Metadata,
    /// Byte offset where the Markdown body starts.
    pub body_start: usize,
}

pub fn front_matter(text: &str) -> Result<FrontMatter, String> {
    let fence = if text.starts_with("---\n") {
        "---"
    } else if text.starts_with("+++\n") {
        "+++"
    } else {
        return Ok(FrontMatter::default());
    };
    let inner_start = fence.len() + 1;
    let mut pos = inner_start;
    let mut close = None;
    for line in text[inner_start..].split_inclusive('\n') {
        if line.trim_end() == fence {
            close = Some((pos, pos + line.len()));
            break;
        }
        pos += line.len();
    }
    let (inner_end, body_start) = close
        .ok_or_else(|| format!("front matter opened with {fence} on line 1 is never closed"))?;
    let inner = &text[inner_start..inner_end];
    let pairs = if fence == "+++" {
        toml_pairs(inner)?
    } else {
        yaml_pairs(inner)?
    };
    let mut meta = Metadata::default();
    for (key, value) in pairs {
        let value = sanitise_line(&value);
        match key.to_ascii_lowercase().as_str() {
            "title" | "headline" => meta.title = Some(value),
            "source" | "outlet" | "publisher" | "site" | "site_name" => meta.outlet = Some(value),
            "author" | "by" | "byline" => meta.author = Some(value),
            "date" | "published" | "published_at" => meta.date = normalise_date(&value),
            "url" | "link" => meta.url = Some(value),
            "lang" | "language" => meta.language = Some(value),
            _ => {}
        }
    }
    Ok(FrontMatter { meta, body_start })
}

/// Simple YAML front matter: one `key: value` per line, values optionally quoted. Lists and
/// nested maps (tags, authors) are skipped, since no field we read uses them.
fn yaml_pairs(inner: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for (i, line) in inner.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') || line.starts_with([' ', '-']) {
            continue;
        }
        let (key, value) = trimmed.split_once(':').ok_or_else(|| {
            format!(
                "malformed front matter on line {}: expected `key: value`, found {:?}",
                i + 2,
                trimmed
            )
        })?;
        let value = value.trim();
        let unquoted = value
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
            .unwrap_or(value);
        out.push((key.trim().to_string(), unquoted.to_string()));
    }
    Ok(out)
}

fn toml_pairs(inner: &str) -> Result<Vec<(String, String)>, String> {
    let table: toml::Table = inner
        .parse()
        .map_err(|e: toml::de::Error| format!("malformed TOML front matter: {}", e.message()))?;
    Ok(table
        .into_iter()
        .filter_map(|(k, v)| match v {
            toml::Value::String(s) => Some((k, s)),
            toml::Value::Datetime(d) => Some((k, d.to_string())),
            _ => None,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_normalise_from_timestamps() {
        assert_eq!(
            normalise_date("2020-01-06T10:00:00Z").as_deref(),
            Some("2020-01-06")
        );
        assert_eq!(normalise_date("2020-01-06").as_deref(), Some("2020-01-06"));
        assert_eq!(normalise_date("January 6, 2020"), None);
        assert_eq!(normalise_date("2020-01-066"), None);
    }

    #[test]
    fn yaml_front_matter_is_read() {
        let fm = front_matter("---\ntitle: \"A title\"\nsource: Reuters\ndate: 2020-01-06\ntags:\n  - a\n---\n# Body\n").unwrap();
        assert_eq!(fm.meta.title.as_deref(), Some("A title"));
        assert_eq!(fm.meta.outlet.as_deref(), Some("Reuters"));
        assert_eq!(fm.meta.date.as_deref(), Some("2020-01-06"));
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        assert!(
            front_matter("---\ntitle: x\n\nBody")
                .unwrap_err()
                .contains("never closed")
        );
    }

    #[test]
    fn json_array_entries_fail_one_by_one() {
        let entries = parse(
            r#"[{"title":"a","text":"Body."},{"title":"b"},3]"#,
            Format::Json,
        )
        .unwrap();
        assert!(entries[0].is_ok());
        assert!(entries[1].as_ref().unwrap_err().1.contains("no \"text\""));
        assert!(
            entries[2]
                .as_ref()
                .unwrap_err()
                .1
                .contains("found a number")
        );
    }

    #[test]
    fn malformed_json_names_line_and_column() {
        let err = parse("{\n \"title\": }", Format::Json).unwrap_err();
        assert!(err.contains("line 2"), "{err}");
    }
}
