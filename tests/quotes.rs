//! `crosscheck quotes` run as a real binary on the bundled corpus, in both formats.

use serde_json::Value;
use std::process::Command;

fn run(args: &[&str]) -> (String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs");
    (
        String::from_utf8(out.stdout).expect("utf-8 output"),
        out.status.code().unwrap_or(-1),
    )
}

fn clusters() -> Vec<Value> {
    let (stdout, code) = run(&["quotes", "--format", "json"]);
    assert_eq!(code, 0);
    let json: Value = serde_json::from_str(&stdout).expect("valid JSON");
    json["clusters"].as_array().expect("clusters array").clone()
}

fn sources(cluster: &Value) -> Vec<String> {
    let mut s: Vec<String> = cluster["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["source"].as_str().unwrap()[..3].to_string())
        .collect();
    s.dedup();
    s
}

#[test]
fn json_has_the_documented_shape_and_offsets_point_at_the_words() {
    let corpus = crosscheck::corpus::bundled();
    let clusters = clusters();
    assert!(!clusters.is_empty());
    for (i, c) in clusters.iter().enumerate() {
        assert_eq!(c["id"].as_u64(), Some(i as u64 + 1));
        assert!(c["speaker"].is_string() || c["speaker"].is_null());
        for m in c["members"].as_array().unwrap() {
            let source = m["source"].as_str().unwrap();
            let article = corpus.get(source).expect("source is an article id");
            let (start, end) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            assert!(start < end && end <= article.text.len());
            let text = m["text"].as_str().unwrap();
            let first_word = text.split_whitespace().next().unwrap();
            assert!(
                article.text[start..end].starts_with(first_word),
                "{source} {start}..{end}"
            );
            assert!(m["speaker"].is_string() || m["speaker"].is_null());
        }
    }
}

#[test]
fn json_shared_clusters_come_first_with_the_expected_members() {
    let clusters = clusters();
    let shared: Vec<&Value> = clusters
        .iter()
        .filter(|c| c["sources"].as_u64() > Some(1))
        .collect();
    let first_single = clusters
        .iter()
        .position(|c| c["sources"].as_u64() == Some(1))
        .unwrap();
    assert_eq!(first_single, shared.len(), "shared clusters come first");
    assert_eq!(clusters[0]["speaker"], "Mark Milley");
    assert_eq!(sources(&clusters[0]), ["000", "002", "003", "004"]);
    let letter = clusters
        .iter()
        .find(|c| {
            c["members"][0]["text"]
                .as_str()
                .unwrap()
                .starts_with("Sir, in deference")
        })
        .expect("the letter cluster");
    assert_eq!(sources(letter), ["001", "002", "004"]);
    // A document's words are its author's, with the document as the medium.
    assert!(letter["speaker"].as_str().unwrap().contains("Seely"));
    assert_eq!(letter["speaker_kind"], "person");
    assert_eq!(letter["medium"], "the letter");
}

#[test]
fn text_output_lists_clusters_readably() {
    let (stdout, code) = run(&["quotes"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("18 quoted statements") || stdout.contains("quoted statements"));
    assert!(stdout.contains("#1 Mark Milley, 4 sources"), "{stdout}");
    assert!(
        stdout.contains("William Seely III (in the letter)"),
        "{stdout}"
    );
    assert!(stdout.contains("-- quoted by one source only --"));
    assert!(!stdout.chars().any(|c| c.is_control() && c != '\n'));
}

#[test]
fn files_given_on_the_command_line_are_used() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(
        &a,
        "Headline\n\n\"The bridge will reopen in March,\" Mayor Jane Doe said.\n",
    )
    .unwrap();
    std::fs::write(&b, "Other headline\n\nThe mayor said \"the bridge will reopen in March\" at a meeting.\n\x1b[31m\"Evil\" he said\n").unwrap();
    let (stdout, code) = run(&[
        "quotes",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    let json: Value = serde_json::from_str(&stdout).unwrap();
    let first = &json["clusters"][0];
    assert_eq!(first["speaker"], "Jane Doe");
    assert_eq!(first["members"].as_array().unwrap().len(), 2);
    let (text, _) = run(&["quotes", a.to_str().unwrap(), b.to_str().unwrap()]);
    assert!(!text.contains('\x1b'));
}

#[test]
fn nothing_loadable_exits_with_two() {
    let (_, code) = run(&["quotes", "/nonexistent/crosscheck-quotes-test"]);
    assert_eq!(code, 2);
}
