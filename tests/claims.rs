//! `crosscheck claims` run as a whole process on the bundled corpus, in every format.

use std::process::Command;

fn claims(args: &[&str]) -> (String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .arg("claims")
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run crosscheck");
    (
        String::from_utf8(out.stdout).expect("UTF-8 output"),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn json_has_the_documented_shape_and_the_seed_claims() {
    let (out, code) = claims(&["--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let sources: Vec<&str> = v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert_eq!(sources.len(), 5);
    let claims = v["claims"].as_array().unwrap();
    for c in claims {
        for key in ["id", "summary", "kind", "speaker", "support", "omitted_by"] {
            assert!(c.get(key).is_some(), "claim lacks {key}");
        }
        for s in c["support"].as_array().unwrap() {
            for key in ["source", "text", "start", "end"] {
                assert!(s.get(key).is_some(), "support lacks {key}");
            }
        }
    }
    let troops = claims
        .iter()
        .find(|c| {
            c["support"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s["text"].as_str().unwrap().contains("Some 5000 US troops"))
        })
        .expect("the 5,000 troops claim");
    assert_eq!(troops["kind"], "number");
    assert_eq!(troops["omitted_by"].as_array().unwrap().len(), 0);
    let supporters: std::collections::BTreeSet<&str> = troops["support"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["source"].as_str().unwrap())
        .collect();
    assert_eq!(supporters.len(), 5);
    let conflict = &v["conflicts"][0];
    assert!(conflict["reason"].as_str().unwrap().contains("signed"));
    let sides = conflict["sides"].as_array().unwrap();
    assert_eq!(sides.len(), 2);
    for side in sides {
        assert!(side.get("sources").is_some() && side.get("text").is_some());
    }
    // Offsets point at the text they quote (the bundled texts have no inline noise there).
    let first = &claims[0]["contradiction"][0];
    assert!(first["start"].as_u64().unwrap() < first["end"].as_u64().unwrap());
}

#[test]
fn markdown_is_a_claims_by_sources_table_with_conflicts_first() {
    let (out, code) = claims(&["--format", "markdown"]);
    assert_eq!(code, 0);
    let conflicts = out.find("## Conflicts").expect("conflicts section");
    let table = out.find("## Claims by source").expect("table");
    assert!(conflicts < table);
    let signed = out
        .lines()
        .find(|l| l.starts_with("- **k1** (claim c1):"))
        .expect("the first conflict names its claim");
    assert_eq!(signed.matches("opposite polarity").count(), 1, "{signed}");
    let header = out
        .lines()
        .find(|l| l.starts_with("| Claim | Kind |"))
        .expect("header row");
    assert_eq!(header.matches('|').count(), 2 + 5 + 1);
    let rows: Vec<&str> = out.lines().filter(|l| l.starts_with("| c")).collect();
    assert!(rows.len() > 10);
    assert!(
        rows.iter()
            .all(|r| r.matches('|').count() == header.matches('|').count())
    );
    assert!(rows[0].contains("contradicts"));
    assert!(
        rows.iter()
            .any(|r| r.contains("750 Marines") && r.matches("omits").count() == 4)
    );
}

#[test]
fn text_lists_conflicts_then_claims() {
    let (out, code) = claims(&[]);
    assert_eq!(code, 0);
    let conflicts = out.find("CONFLICTS").expect("conflicts");
    let claims_at = out.find("\nCLAIMS").expect("claims");
    assert!(conflicts < claims_at);
    assert!(out.contains("opposite polarity"));
    assert!(out.contains("only in 001_"));
}

#[test]
fn a_missing_file_is_reported_and_exits_2() {
    let (out, code) = claims(&["/nonexistent/crosscheck-claims.txt", "--format", "json"]);
    assert_eq!(code, 2);
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON even when empty");
    assert_eq!(v["claims"].as_array().unwrap().len(), 0);
}

#[test]
fn a_reader_that_stops_early_ends_the_output_quietly() {
    // More JSON than a pipe holds, so the write fails once the reader has gone.
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["claims", "--format", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run crosscheck");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("wait for crosscheck");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
}

/// The claim whose support has a sentence of `source` containing `needle`.
fn claim_with<'a>(
    claims: &'a [serde_json::Value],
    source: &str,
    needle: &str,
) -> &'a serde_json::Value {
    claims
        .iter()
        .find(|c| {
            c["support"].as_array().unwrap().iter().any(|s| {
                s["source"].as_str().unwrap().starts_with(source)
                    && s["text"].as_str().unwrap().contains(needle)
            })
        })
        .unwrap_or_else(|| panic!("no claim of {source} with {needle:?}"))
}

fn supporters(claim: &serde_json::Value) -> Vec<String> {
    let mut s: Vec<String> = claim["support"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["source"].as_str().unwrap()[..3].to_string())
        .collect();
    s.dedup();
    s
}

#[test]
fn the_letters_text_is_its_own_claim_apart_from_milleys_remarks_on_it() {
    let (out, _) = claims(&["--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let claims = v["claims"].as_array().unwrap();
    let letter = claim_with(claims, "001", "in deference to the sovereignty");
    assert_eq!(supporters(letter), ["001", "002", "004"]);
    assert_eq!(letter["kind"], "quote");
    let texts = |c: &serde_json::Value| -> Vec<String> {
        c["support"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["text"].as_str().unwrap().to_lowercase())
            .collect()
    };
    // 004 cites two words of the letter in a sentence about Milley's remarks: that sentence
    // must not bridge the letter and the remarks into one claim.
    assert!(texts(letter).iter().all(|t| !t.contains("poorly worded")));
    // Milley's remarks are one claim per part quoted: "poorly worded" is quoted by four
    // outlets (001 does not carry it), "a draft" by all five.
    let remarks = claim_with(claims, "003", "Poorly worded, implies withdrawal");
    assert_eq!(supporters(remarks), ["000", "002", "003", "004"]);
    assert!(texts(remarks).iter().all(|t| !t.contains("sovereignty")));
    let draft = claim_with(claims, "004", "That letter is a draft");
    assert_eq!(supporters(draft), ["000", "001", "002", "003", "004"]);
    assert!(texts(draft).iter().all(|t| !t.contains("sovereignty")));
    let summary = remarks["summary"].as_str().unwrap();
    assert!(!summary.starts_with("it was)"), "{summary}");
}

#[test]
fn the_config_tab_width_sets_offsets_for_commands_as_for_the_reader() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "\tThe city council voted on Monday night to close the old river bridge for repairs.\n",
    )
    .unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "tab_width = 2\n").unwrap();
    let start = |extra: &[&str]| {
        let mut args = vec!["--format", "json"];
        args.extend_from_slice(extra);
        args.push(article.to_str().unwrap());
        let (out, code) = claims(&args);
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        v["claims"][0]["support"][0]["start"].as_u64().unwrap()
    };
    // The leading tab is expanded to the tab width before anything is measured.
    assert_eq!(start(&["--config", config.to_str().unwrap()]), 2);
    assert_eq!(
        start(&["--config", dir.path().join("none.toml").to_str().unwrap()]),
        4
    );
}

/// A paragraph of a lone closing quotation mark is a sentence with no words: the claims analysis
/// must pass over it, not index its first word.
#[test]
fn a_sentence_of_punctuation_alone_is_passed_over() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stray.txt");
    std::fs::write(
        &path,
        b"The minister said the plan would go ahead next week.\n\n\xe2\x80\x9d\n\nA spokesman said the plan was on hold.\n",
    )
    .unwrap();
    let (out, code) = claims(&["--format", "json", path.to_str().unwrap()]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert!(v["claims"].as_array().is_some_and(|c| !c.is_empty()));
}
