//! `crosscheck extract`: the articles as crosscheck reads them, in JSON, plain text and
//! Markdown; the text formats read back into crosscheck with the same text and metadata.

#[path = "support/pages.rs"]
mod pages;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use tempfile::TempDir;

fn crosscheck(args: &[&str], paths: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .args(paths)
        .output()
        .unwrap()
}

fn page(dir: &Path) -> PathBuf {
    let head = r#"<meta property="og:site_name" content="Coastal Courier">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Breakwater to be rebuilt",
"author":{"@type":"Person","name":"Ana Ruiz"},"datePublished":"2021-05-17T08:30:00Z"}</script>"#;
    let path = dir.join("harbour.html");
    std::fs::write(&path, pages::news_page("Breakwater to be rebuilt", head)).unwrap();
    path
}

#[test]
fn json_holds_each_article_and_each_error() {
    let dir = TempDir::new().unwrap();
    let p = page(dir.path());
    let missing = dir.path().join("missing.html");
    let out = crosscheck(&["extract", "--format", "json"], &[&p, &missing]);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let a = &json["articles"][0];
    assert_eq!(a["id"], "harbour");
    assert_eq!(a["title"], "Breakwater to be rebuilt");
    assert_eq!(a["outlet"], "Coastal Courier");
    assert_eq!(a["author"], "Ana Ruiz");
    assert_eq!(a["date"], "2021-05-17");
    assert_eq!(a["language"], "en");
    assert_eq!(a["url"], serde_json::Value::Null);
    assert_eq!(a["text"], pages::PARAGRAPHS.join("\n\n"));
    assert!(a["words"].as_u64().unwrap() > 100);
    assert_eq!(json["errors"][0]["reason"], "no such file or directory");
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.html"));
}

#[test]
fn text_and_markdown_read_back_with_the_same_text_and_metadata() {
    let dir = TempDir::new().unwrap();
    let p = page(dir.path());
    let original = crosscheck(&["extract", "--format", "json"], &[&p]);
    let original: serde_json::Value = serde_json::from_slice(&original.stdout).unwrap();
    for (format, name) in [("text", "again.txt"), ("markdown", "again.md")] {
        let out = crosscheck(&["extract", "--format", format], &[&p]);
        assert_eq!(out.status.code(), Some(0));
        let saved = dir.path().join(name);
        std::fs::write(&saved, &out.stdout).unwrap();
        let again = crosscheck(&["extract", "--format", "json"], &[&saved]);
        let again: serde_json::Value = serde_json::from_slice(&again.stdout).unwrap();
        // `words` differs by the headline: a text file's first line is a paragraph of its own,
        // where a page's headline is only its title.
        for field in ["title", "outlet", "author", "date", "text"] {
            assert_eq!(
                again["articles"][0][field], original["articles"][0][field],
                "{format}: {field}"
            );
        }
    }
}

#[test]
fn nothing_loaded_is_exit_status_2() {
    let dir = TempDir::new().unwrap();
    let out = crosscheck(
        &["extract", "--format", "json"],
        &[&dir.path().join("none.html")],
    );
    assert_eq!(out.status.code(), Some(2));
}
