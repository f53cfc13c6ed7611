//! HTML input: saved pages load as their article body, with metadata, decoded by their
//! charset, with script, style and page clutter left out, and hostile markup never panics or
//! hangs.

#[path = "support/pages.rs"]
mod pages;

use crosscheck::corpus::{Corpus, Format, LoadOptions, load_paths};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use tempfile::TempDir;

fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

fn load(paths: &[PathBuf]) -> Corpus {
    load_paths(paths, &LoadOptions::default())
}

#[test]
fn a_saved_page_loads_as_its_article_body() {
    let dir = TempDir::new().unwrap();
    let p = write(
        dir.path(),
        "harbour.html",
        pages::news_page("Breakwater to be rebuilt", ""),
    );
    let c = load(&[p]);
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    let a = &c.articles[0];
    assert_eq!(a.id, "harbour");
    assert_eq!(a.format, Format::Html);
    let text = a.body_text();
    let paragraphs: Vec<&str> = text.split("\n\n").collect();
    assert_eq!(paragraphs, pages::PARAGRAPHS, "{text}");
    for clutter in [
        "SCRIPT TEXT",
        "font-family",
        "Share on",
        "Related stories",
        "Lighthouse",
        "newsletter",
        "COMMENT TEXT",
        "Copyright",
        "Weather",
        "Breakwater to be rebuilt",
    ] {
        assert!(!a.text.contains(clutter), "{clutter:?} in {text}");
    }
    assert_eq!(a.meta.language.as_deref(), Some("en"));
}

#[test]
fn htm_files_and_folders_load_beside_text_files() {
    let dir = TempDir::new().unwrap();
    write(dir.path(), "a.htm", pages::news_page("One", ""));
    write(
        dir.path(),
        "b.txt",
        "A headline\n\nA plain report of the same event.\n",
    );
    let c = load(&[dir.path().to_path_buf()]);
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    assert_eq!(c.ids(), ["a", "b"]);
    assert_eq!(c.articles[0].format, Format::Html);
}

#[test]
fn windows_1252_pages_are_decoded_by_their_meta_charset() {
    let dir = TempDir::new().unwrap();
    let page = pages::news_page("Caf\u{e9} owners fear the works", "")
        .replace("charset=\"utf-8\"", "charset=\"windows-1252\"")
        .replace("eleven weeks", "eleven weeks \u{2013} caf\u{e9}s included");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&page);
    assert!(!unmappable);
    let c = load(&[write(dir.path(), "latin.html", &bytes)]);
    let a = &c.articles[0];
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    assert!(
        a.text.contains("eleven weeks \u{2013} caf\u{e9}s included"),
        "{}",
        a.text
    );
    assert_eq!(
        a.meta.title.as_deref(),
        Some("Caf\u{e9} owners fear the works")
    );
}

#[test]
fn entities_are_decoded_and_escapes_in_the_text_neutralised() {
    let dir = TempDir::new().unwrap();
    let page = pages::news_page("Escapes", "").replace(
        "Work is expected",
        "&#x1b;]52;c;aGk=&#x7;\u{1b}[31m&#x202e;Work &eacute;&nbsp;is expected",
    );
    let c = load(&[write(dir.path(), "hostile.html", page)]);
    let a = &c.articles[0];
    assert!(!a.text.contains('\u{1b}') && !a.text.contains('\u{202e}'));
    assert!(a.text.contains("␛]52;c;aGk="), "{}", a.text);
    assert!(a.text.contains("⟨RLO⟩Work é is expected"), "{}", a.text);
    assert!(a.text.contains("4.2 million euros & will"));
    assert!(a.warnings.iter().any(|w| w.contains("neutralised")));
}

#[test]
fn html_on_stdin_is_sniffed() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["sources", "-", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let page = pages::news_page("From a pipe", "");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(page.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["sources"][0]["format"], "html");
    assert_eq!(json["sources"][0]["id"], "stdin");
}

#[test]
fn a_page_with_no_article_is_one_error() {
    let dir = TempDir::new().unwrap();
    let empty = write(dir.path(), "empty.html", "  \n");
    let nav = write(
        dir.path(),
        "nav.html",
        "<html><body><nav><a href=/>Home</a></nav></body></html>",
    );
    let c = load(&[empty, nav]);
    assert!(c.articles.is_empty());
    assert_eq!(c.errors.len(), 2, "{:?}", c.errors);
    assert_eq!(c.errors[0].reason, "empty file");
    assert!(c.errors[1].path.ends_with("nav.html"));
}

/// Loads `page` and checks it neither panics nor takes long; returns the corpus.
fn load_quickly(name: &str, page: &str) -> Corpus {
    let dir = TempDir::new().unwrap();
    let p = write(dir.path(), name, page);
    let started = Instant::now();
    let c = load(&[p]);
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "{name} took {:?}",
        started.elapsed()
    );
    c
}

#[test]
fn deeply_nested_markup_neither_overflows_nor_hangs() {
    let deep = format!(
        "<html><body>{}<p>{}</p>{}</body></html>",
        "<div>".repeat(100_000),
        pages::PARAGRAPHS[0],
        "</div>".repeat(100_000)
    );
    let c = load_quickly("deep.html", &deep);
    assert!(c.articles[0].text.contains("harbour authority"));
    assert!(c.articles[0].warnings.iter().any(|w| w.contains("nested")));
    let unclosed = format!(
        "<html><body>{}<p>{}</p></body></html>",
        "<b><i><span>".repeat(30_000),
        pages::PARAGRAPHS[1]
    );
    load_quickly("unclosed.html", &unclosed);
}

#[test]
fn broken_and_huge_markup_loads_without_panicking() {
    let broken = "<html><body><p>Unclosed <b>bold <table><tr><td>cell<p>more &amp &#x110000; &#0; \
                  text</td></body><<<<>>></html><p>After the end. And more words here.";
    load_quickly("broken.html", broken);
    let huge = pages::news_page("Huge", "").replace(
        "<div class=\"article-body\">",
        &format!(
            "<div class=\"article-body\">{}",
            format!("<p>{} {}</p>\n", pages::PARAGRAPHS[2], pages::PARAGRAPHS[3]).repeat(5_000)
        ),
    );
    assert!(huge.len() > 1_500_000);
    let c = load_quickly("huge.html", &huge);
    assert!(c.articles[0].words() > 100_000);
    let stray_closers = format!(
        "<html><body><p>{}</p>{}</body></html>",
        pages::PARAGRAPHS[0],
        "</p>".repeat(50_000)
    );
    load_quickly("stray.html", &stray_closers);
}

#[test]
fn page_metadata_shows_in_sources() {
    let dir = TempDir::new().unwrap();
    let head = r#"<meta property="og:site_name" content="Coastal Courier">
<meta name="author" content="Ana Ruiz">
<meta property="article:published_time" content="2021-05-17T08:30:00+02:00">
<link rel="canonical" href="https://courier.example/news/breakwater">"#;
    let p = write(
        dir.path(),
        "page.html",
        pages::news_page("Breakwater", head),
    );
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .arg("sources")
        .arg(&p)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("2021-05-17"), "{text}");
    assert!(text.contains("Coastal Courier"), "{text}");
    assert!(
        text.contains("page  by Ana Ruiz  en  https://courier.example/news/breakwater"),
        "{text}"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["sources", "--format", "json"])
        .arg(&p)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let source = &json["sources"][0];
    assert_eq!(source["author"], "Ana Ruiz");
    assert_eq!(source["outlet"], "Coastal Courier");
    assert_eq!(source["url"], "https://courier.example/news/breakwater");
    assert_eq!(source["title"], "Breakwater");
}
