//! URLs wherever a path is accepted: fetched from a local server written for the tests, each
//! failure one clear error naming the URL while the other inputs still load.

#[path = "support/pages.rs"]
mod pages;
#[path = "support/server.rs"]
mod server;

use crosscheck::corpus::{Corpus, LoadOptions, load_paths};
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

fn options() -> LoadOptions {
    LoadOptions {
        fetch_timeout: Duration::from_secs(1),
        max_file_bytes: 1024 * 1024,
        ..LoadOptions::default()
    }
}

fn load(urls: &[String]) -> Corpus {
    let paths: Vec<PathBuf> = urls.iter().map(PathBuf::from).collect();
    load_paths(&paths, &options())
}

fn reason_for(corpus: &Corpus, url: &str) -> String {
    corpus
        .errors
        .iter()
        .find(|e| e.path == url)
        .unwrap_or_else(|| panic!("no error for {url}: {:?}", corpus.errors))
        .reason
        .clone()
}

#[test]
fn pages_load_with_short_stable_ids_and_their_url() {
    let s = server::start();
    let a = format!("{}/story-a.html", s.base);
    let b = format!("{}/news/story-b", s.base);
    let c = load(&[a.clone(), b]);
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    assert_eq!(c.ids(), ["127.0.0.1-story-a", "127.0.0.1-story-b"]);
    let article = &c.articles[0];
    assert_eq!(article.meta.url.as_deref(), Some(a.as_str()));
    assert_eq!(article.origin.to_string(), a);
    // Four words before the site name: kept whole, as Readability.js keeps such titles.
    assert_eq!(
        article.meta.title.as_deref(),
        Some("Breakwater to be rebuilt | Coastal Courier")
    );
    assert!(article.text.contains("harbour authority"));
}

#[test]
fn redirects_are_followed_and_gzip_and_charsets_decoded() {
    let s = server::start();
    let c = load(&[
        format!("{}/redirect", s.base),
        format!("{}/gzip", s.base),
        format!("{}/latin", s.base),
    ]);
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    assert_eq!(
        c.articles[0].meta.url.as_deref(),
        Some(format!("{}/story-a.html", s.base).as_str())
    );
    assert!(c.articles[1].text.contains("harbour authority"));
    assert!(
        c.articles[2]
            .text
            .contains("eleven weeks \u{2013} caf\u{e9}s included")
    );
}

#[test]
fn each_failure_is_one_error_naming_the_url_and_the_rest_load() {
    let s = server::start();
    let missing = format!("{}/missing", s.base);
    let looping = format!("{}/loop", s.base);
    let image = format!("{}/image", s.base);
    let big = format!("{}/big", s.base);
    let refused = server::refused_url();
    let good = format!("{}/story-a.html", s.base);
    let c = load(&[
        missing.clone(),
        looping.clone(),
        image.clone(),
        big.clone(),
        refused.clone(),
        good,
    ]);
    assert_eq!(c.articles.len(), 1);
    assert_eq!(c.errors.len(), 5, "{:?}", c.errors);
    assert_eq!(
        reason_for(&c, &missing),
        "the server answered HTTP 404 Not Found"
    );
    assert!(reason_for(&c, &looping).contains("redirects"));
    assert!(reason_for(&c, &image).contains("not a web page or text (the server sent image/png)"));
    assert!(
        reason_for(&c, &big).contains("1.0 MiB limit"),
        "{}",
        reason_for(&c, &big)
    );
    assert!(
        reason_for(&c, &refused).contains("refused"),
        "{}",
        reason_for(&c, &refused)
    );
}

#[test]
fn a_slow_server_times_out() {
    let s = server::start();
    let slow = format!("{}/slow", s.base);
    let started = Instant::now();
    let c = load(std::slice::from_ref(&slow));
    assert!(started.elapsed() < server::SLOW, "{:?}", started.elapsed());
    assert!(
        reason_for(&c, &slow).contains("timed out"),
        "{:?}",
        c.errors
    );
}

#[test]
fn hostile_escapes_in_a_fetched_page_are_neutralised() {
    let s = server::start();
    let c = load(&[format!("{}/hostile", s.base)]);
    let text = &c.articles[0].text;
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'));
    assert!(text.contains("␛]52;c;aGk="), "{text}");
}

#[test]
fn the_user_agent_names_crosscheck_and_its_version() {
    let s = server::start();
    let c = load(&[format!("{}/agent", s.base)]);
    assert!(
        c.articles[0]
            .text
            .contains(concat!("crosscheck/", env!("CARGO_PKG_VERSION"))),
        "{}",
        c.articles[0].text
    );
}

#[test]
fn a_url_list_file_loads_beside_paths_with_errors_on_stderr() {
    let s = server::start();
    let dir = tempfile::TempDir::new().unwrap();
    let list = dir.path().join("urls.txt");
    std::fs::write(
        &list,
        format!(
            "# coverage of the harbour\n{0}/story-a.html\n\n{0}/missing  # gone\n",
            s.base
        ),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["sources", "--format", "json", "--urls"])
        .arg(&list)
        .arg(format!("{}/news/story-b", s.base))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = json["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["127.0.0.1-story-b", "127.0.0.1-story-a"]);
    assert_eq!(
        json["errors"][0]["reason"],
        "the server answered HTTP 404 Not Found"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["sources"])
        .arg(format!("{}/missing", s.base))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr.trim(),
        format!(
            "crosscheck: {}/missing: the server answered HTTP 404 Not Found",
            s.base
        )
    );
}

#[test]
fn fetched_pages_are_cached_and_reopen_offline_until_refreshed() {
    let s = server::start();
    let data = tempfile::TempDir::new().unwrap();
    let url = format!("{}/story-a.html", s.base);
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .arg("--data-dir")
            .arg(data.path())
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let first = run(&["extract", "--format", "json", &url]);
    assert_eq!(s.hits.load(std::sync::atomic::Ordering::SeqCst), 1);
    let again = run(&["extract", "--format", "json", &url]);
    assert_eq!(again, first);
    assert_eq!(
        s.hits.load(std::sync::atomic::Ordering::SeqCst),
        1,
        "served from the cache"
    );
    let listed = run(&["cache", "list"]);
    assert!(listed.contains(&url), "{listed}");
    run(&["extract", "--refresh", &url]);
    assert_eq!(s.hits.load(std::sync::atomic::Ordering::SeqCst), 2);
    let cleared = run(&["cache", "clear"]);
    assert!(cleared.starts_with("removed 1 cached page(s)"), "{cleared}");
    assert!(run(&["cache", "list"]).starts_with("no cached pages"));
}
