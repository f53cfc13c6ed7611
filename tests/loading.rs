//! Loading user articles: every format, and every kind of bad input, each with a clear message
//! that names the file while the other files still load.

use crosscheck::corpus::{Corpus, Format, LoadOptions, load_paths};
use std::path::{Path, PathBuf};
use tempfile::TempDir;

fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, content).unwrap();
    path
}

fn load(paths: &[PathBuf]) -> Corpus {
    load_paths(paths, &LoadOptions::default())
}

fn only_error(corpus: &Corpus) -> &str {
    assert_eq!(corpus.errors.len(), 1, "{:?}", corpus.errors);
    &corpus.errors[0].reason
}

const GOOD: &str = "A good headline\n\nThe body of the report says something. Then more.\n";

#[test]
fn plain_text_with_date_token_and_headline() {
    let dir = TempDir::new().unwrap();
    let p = write(
        dir.path(),
        "report.txt",
        " date 2021-03-04 Short headline here\n\nBody text of the report.\n",
    );
    let c = load(&[p]);
    let a = &c.articles[0];
    assert_eq!(a.id, "report");
    assert_eq!(a.format, Format::Text);
    assert_eq!(a.meta.date.as_deref(), Some("2021-03-04"));
    assert_eq!(a.meta.title.as_deref(), Some("Short headline here"));
}

#[test]
fn markdown_front_matter_gives_metadata() {
    let dir = TempDir::new().unwrap();
    let p = write(
        dir.path(),
        "story.md",
        "---\ntitle: \"Front matter title\"\nsource: The Paper\ndate: 2020-01-06T09:00:00Z\nurl: https://example.org/a\n---\n\n# Heading in the body\n\nFirst paragraph of the story.\n",
    );
    let c = load(&[p]);
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    let a = &c.articles[0];
    assert_eq!(a.format, Format::Markdown);
    assert_eq!(a.meta.title.as_deref(), Some("Front matter title"));
    assert_eq!(a.meta.outlet.as_deref(), Some("The Paper"));
    assert_eq!(a.meta.date.as_deref(), Some("2020-01-06"));
    assert_eq!(a.meta.url.as_deref(), Some("https://example.org/a"));
    assert_eq!(a.slice(a.paragraphs[0].span), "Heading in the body");
    assert!(!a.slice(a.paragraphs[1].span).contains("---"));
}

#[test]
fn json_object_array_and_lines() {
    let dir = TempDir::new().unwrap();
    let one = write(
        dir.path(),
        "one.json",
        r#"{"title":"T1","body":"Body one.","outlet":"O1","date":"2020-01-06"}"#,
    );
    let many = write(
        dir.path(),
        "many.json",
        r#"[{"title":"A","text":"Text a."},{"headline":"B","content":"Text b.","source":"S"}]"#,
    );
    let lines = write(
        dir.path(),
        "feed.jsonl",
        "{\"title\":\"L1\",\"text\":\"Line one.\"}\n\n{\"id\":\"custom id\",\"text\":\"Line two.\",\"url\":\"u\"}\n",
    );
    let c = load(&[one, many, lines]);
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    assert_eq!(c.ids(), ["one", "many-1", "many-2", "feed-1", "custom-id"]);
    assert_eq!(c.articles[0].meta.outlet.as_deref(), Some("O1"));
    assert_eq!(c.articles[2].meta.title.as_deref(), Some("B"));
    assert_eq!(c.articles[2].meta.outlet.as_deref(), Some("S"));
    assert_eq!(c.articles[4].meta.url.as_deref(), Some("u"));
    assert_eq!(c.articles[3].format, Format::Jsonl);
}

#[test]
fn directories_load_supported_files_in_a_stable_order() {
    let dir = TempDir::new().unwrap();
    write(dir.path(), "b.txt", GOOD);
    write(dir.path(), "a.md", GOOD);
    write(dir.path(), "sub/c.json", r#"{"text":"Nested."}"#);
    write(dir.path(), "notes.pdf", "not an article");
    write(dir.path(), ".hidden.txt", GOOD);
    let c = load(&[dir.path().to_path_buf()]);
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    assert_eq!(c.ids(), ["a", "b", "c"]);
}

#[test]
fn duplicate_stems_are_disambiguated() {
    let dir = TempDir::new().unwrap();
    let a = write(dir.path(), "x/report.txt", GOOD);
    let b = write(dir.path(), "y/report.md", GOOD);
    let c = load(&[a, b]);
    assert_eq!(c.ids(), ["report", "report-2"]);
}

#[test]
fn missing_path_is_reported_and_others_still_load() {
    let dir = TempDir::new().unwrap();
    let good = write(dir.path(), "good.txt", GOOD);
    let c = load(&[dir.path().join("nope.txt"), good]);
    assert_eq!(c.ids(), ["good"]);
    assert_eq!(only_error(&c), "no such file or directory");
    assert!(c.errors[0].path.ends_with("nope.txt"));
}

#[test]
fn empty_directory_is_reported() {
    let dir = TempDir::new().unwrap();
    write(dir.path(), "image.png", "png");
    let c = load(&[dir.path().to_path_buf()]);
    assert!(only_error(&c).contains("no articles in this folder"));
}

#[test]
fn binary_file_is_refused() {
    let dir = TempDir::new().unwrap();
    let p = write(dir.path(), "blob.txt", b"PK\x03\x04\x00\x00binary");
    let c = load(&[p]);
    assert!(only_error(&c).contains("binary file"));
}

#[test]
fn invalid_utf8_loads_lossily_with_a_count() {
    let dir = TempDir::new().unwrap();
    let p = write(
        dir.path(),
        "latin1.txt",
        b"Caf\xe9 report\n\nThe na\xefve body text. And \xff more.\n",
    );
    let c = load(&[p]);
    assert!(c.errors.is_empty());
    let a = &c.articles[0];
    assert!(a.text.contains("Caf\u{FFFD} report"));
    assert_eq!(
        a.warnings,
        ["not valid UTF-8: 3 invalid byte sequence(s) shown as \u{FFFD}"]
    );
}

#[test]
fn empty_and_blank_files_are_refused() {
    let dir = TempDir::new().unwrap();
    let empty = write(dir.path(), "empty.txt", "");
    let blank = write(dir.path(), "blank.md", " \n\n\t\n");
    let c = load(&[empty, blank]);
    assert_eq!(c.errors.len(), 2);
    assert!(c.errors.iter().all(|e| e.reason == "empty file"));
}

#[test]
fn oversized_file_is_refused_with_the_limit() {
    let dir = TempDir::new().unwrap();
    let p = write(dir.path(), "big.txt", "word ".repeat(300_000));
    let options = LoadOptions {
        max_file_bytes: 1024 * 1024,
        ..LoadOptions::default()
    };
    let c = load_paths(&[p], &options);
    let reason = only_error(&c);
    assert!(reason.contains("larger than the 1.0 MiB limit"), "{reason}");
}

#[test]
fn malformed_json_names_the_place() {
    let dir = TempDir::new().unwrap();
    let bad = write(dir.path(), "bad.json", "{\"title\": \"x\",\n \"text\": }");
    let lines = write(
        dir.path(),
        "feed.jsonl",
        "{\"text\":\"Fine line.\"}\n{broken\n[1,2]\n{\"title\":\"no text\"}\n",
    );
    let c = load(&[bad, lines]);
    assert_eq!(c.ids(), ["feed-1"], "the good line still loads");
    let reasons: Vec<String> = c.errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(reasons.len(), 4, "{reasons:#?}");
    assert!(
        reasons[0].contains("bad.json: malformed JSON at line 2"),
        "{}",
        reasons[0]
    );
    assert!(
        reasons[1].contains("feed.jsonl (line 2): malformed JSON"),
        "{}",
        reasons[1]
    );
    assert!(reasons[2].contains("(line 3): expected an article object, found an array"));
    assert!(reasons[3].contains("(line 4): no \"text\" or \"body\" field"));
}

#[test]
fn malformed_front_matter_is_reported() {
    let dir = TempDir::new().unwrap();
    let unclosed = write(dir.path(), "a.md", "---\ntitle: x\n\nBody text.\n");
    let bad_line = write(dir.path(), "b.md", "---\ntitle x\n---\nBody text.\n");
    let c = load(&[unclosed, bad_line]);
    assert!(c.is_empty());
    assert!(c.errors[0].reason.contains("never closed"));
    assert!(
        c.errors[1]
            .reason
            .contains("malformed front matter on line 2")
    );
}

#[test]
fn control_characters_and_escapes_are_neutralised_with_a_warning() {
    let dir = TempDir::new().unwrap();
    let p = write(
        dir.path(),
        "evil.txt",
        "Title\x1b[2J\x1b]52;c;ZXZpbA==\x07\r\n\r\nBody \u{202E}reversed\u{202C} text.\tTabbed.\n",
    );
    let c = load(&[p]);
    let a = &c.articles[0];
    assert!(!a.text.chars().any(|ch| ch.is_control() && ch != '\n'));
    assert!(!a.text.contains('\u{202E}'));
    assert!(a.text.contains("␛[2J"));
    assert!(a.text.contains("⟨RLO⟩"));
    assert!(
        a.raw.contains('\x1b'),
        "the raw text is kept for JSON output"
    );
    assert_eq!(
        a.warnings,
        ["5 control or bidirectional character(s) neutralised"]
    );
}

#[test]
fn a_file_of_only_boilerplate_is_not_an_article() {
    let dir = TempDir::new().unwrap();
    let p = write(
        dir.path(),
        "ad.txt",
        "advertisement\n\nRELATED: Something else\n",
    );
    let c = load(&[p]);
    assert!(only_error(&c).contains("only boilerplate"));
}

#[test]
fn plain_text_header_lines_are_metadata_never_text() {
    let dir = TempDir::new().unwrap();
    let p = write(
        dir.path(),
        "header.txt",
        "Harbour wall to be rebuilt\nBy Ana Ruiz\ndate: 2021-05-17\nsource: Coastal Courier\nurl: https://example.org/harbour\n\nThe council approved the work on Monday. It will cost 4 million euros.\n",
    );
    let c = load(&[p]);
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    let a = &c.articles[0];
    assert_eq!(a.meta.title.as_deref(), Some("Harbour wall to be rebuilt"));
    assert_eq!(a.meta.author.as_deref(), Some("Ana Ruiz"));
    assert_eq!(a.meta.date.as_deref(), Some("2021-05-17"));
    assert_eq!(a.meta.outlet.as_deref(), Some("Coastal Courier"));
    assert_eq!(a.meta.url.as_deref(), Some("https://example.org/harbour"));
    let sentences: Vec<&str> = a.sentences().map(|s| a.slice(s)).collect();
    assert!(
        sentences
            .iter()
            .all(|s| !s.contains("2021") && !s.contains("Ana Ruiz")),
        "{sentences:?}"
    );
    let claims = std::process::Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["claims", "--format", "json"])
        .arg(a.origin.to_string())
        .output()
        .unwrap();
    let claims = String::from_utf8(claims.stdout).unwrap();
    assert!(claims.contains("4 million euros"), "{claims}");
    assert!(
        !claims.contains("2021"),
        "the date line was read as a claim: {claims}"
    );
}
