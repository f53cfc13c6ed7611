//! `crosscheck sources` and the command line as a user meets it: help, version, exit codes.

use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn crosscheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .unwrap()
}

fn seeds() -> String {
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let dir = if shared.is_dir() {
        shared
    } else {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/corpus")
    };
    dir.display().to_string()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn sources_lists_the_bundled_corpus_with_no_arguments() {
    let o = crosscheck(&["sources"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.starts_with("ID "), "{out}");
    for line in [
        "000_47c4f7aed62dd45f  2020-01-07",
        "002_40037b5cd1173c8a  2020-01-06",
        "Reuters       Leaked U.S. letter to Iraq",
        "The Hill      Defense secretary denies US troops leaving Iraq",
    ] {
        assert!(out.contains(line), "missing {line:?} in\n{out}");
    }
    assert_eq!(out.lines().count(), 6);
}

#[test]
fn sources_json_on_the_seed_folder() {
    let o = crosscheck(&["sources", "--format", "json", &seeds()]);
    assert!(o.status.success());
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["sources", "errors"]);
    let sources = v["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 5);
    let by_id = |prefix: &str| {
        sources
            .iter()
            .find(|s| s["id"].as_str().unwrap().starts_with(prefix))
            .unwrap()
    };
    assert_eq!(by_id("000")["date"], "2020-01-07");
    assert_eq!(by_id("002")["date"], "2020-01-06");
    assert_eq!(by_id("000")["title"], Value::Null);
    assert_eq!(
        by_id("001")["title"],
        "Pentagon says Iraq withdrawal letter 'a mistake'"
    );
    assert_eq!(by_id("003")["outlet"], "Reuters");
    assert_eq!(
        by_id("004")["title"],
        "Defense secretary denies US troops leaving Iraq"
    );
    for s in sources {
        for key in ["id", "title", "outlet", "date", "words", "warnings"] {
            assert!(s.get(key).is_some(), "{key} missing from {s}");
        }
        assert!(s["words"].as_u64().unwrap() > 300);
    }
    assert_eq!(v["errors"], Value::Array(vec![]));
}

#[test]
fn bad_files_are_named_on_stderr_and_the_rest_still_load() {
    let dir = tempfile::TempDir::new().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "Headline\n\nSome report text.\n").unwrap();
    let missing = dir.path().join("missing.txt");
    let o = crosscheck(&["sources", good.to_str().unwrap(), missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("missing.txt: no such file or directory"),
        "{err}"
    );
    assert!(stdout(&o).contains("good"));

    let json = crosscheck(&[
        "sources",
        "--format",
        "json",
        good.to_str().unwrap(),
        missing.to_str().unwrap(),
    ]);
    let v: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["errors"][0]["reason"], "no such file or directory");
    assert!(
        v["errors"][0]["path"]
            .as_str()
            .unwrap()
            .ends_with("missing.txt")
    );
}

#[test]
fn exit_status_is_2_only_when_nothing_loads() {
    let o = crosscheck(&["sources", "/nonexistent/crosscheck/path"]);
    assert_eq!(o.status.code(), Some(2));
    // No table without a source, only the note that points to the errors on stderr.
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(!out.contains("ID"), "{out}");
    assert!(out.contains("could not be loaded"), "{out}");
    let o = crosscheck(&[
        "sources",
        "--format",
        "json",
        "/nonexistent/crosscheck/path",
    ]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn stdin_is_read_with_a_dash() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["sources", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"---\ntitle: Piped\n---\nA report read from standard input.\n")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["sources"][0]["id"], "stdin");
    assert_eq!(v["sources"][0]["title"], "Piped");
}

#[test]
fn escape_sequences_in_articles_never_reach_the_terminal() {
    let dir = tempfile::TempDir::new().unwrap();
    let evil = dir.path().join("evil\x1b[31m.txt");
    std::fs::write(&evil, "Title \x1b]52;c;ZXZpbA==\x07 here\n\nBody text.\n").unwrap();
    let o = crosscheck(&["sources", dir.path().to_str().unwrap()]);
    assert!(!o.stdout.contains(&0x1b), "{}", stdout(&o));
    assert!(!o.stderr.contains(&0x1b));
}

#[test]
fn help_and_version() {
    let o = crosscheck(&["--help"]);
    assert!(stdout(&o).contains("sources"));
    let o = crosscheck(&["sources", "--help"]);
    assert!(stdout(&o).contains("--format"));
    let o = crosscheck(&["--version"]);
    assert_eq!(
        stdout(&o).trim(),
        format!("crosscheck {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn analyse_reports_what_the_whole_analysis_found() {
    let o = crosscheck(&["analyse", "--format", "json"]);
    assert!(o.status.success());
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["counts"]["sources"], 5);
    assert!(v["counts"]["shared_quotes"].as_u64().unwrap() >= 5);
    assert!(v["counts"]["conflicts"].as_u64().unwrap() >= 1);
    for stage in ["load", "analysis"] {
        assert!(v["milliseconds"][stage].is_number(), "{stage}");
    }
}
