//! Regression tests for inputs that crashed crosscheck, found by the hostile-file generator and
//! the fuzz targets (fuzz/). Each input is written out as the bytes that crashed, minimised, and
//! goes through what crashed on it: the library call, and the command, which must exit 0 with
//! no panic on stderr.

use crosscheck::corpus::{self, Corpus, LoadOptions};
use crosscheck::{analysis, cli, invariants};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_crosscheck");

fn load(bytes: &[u8], name: &str) -> Corpus {
    let corpus = corpus::from_bytes(bytes, name, &LoadOptions::default());
    assert!(corpus.errors.is_empty(), "{:?}", corpus.errors);
    corpus
}

/// Runs the whole analysis and checks what the commands would print from it.
fn analyse_and_check(corpus: &Corpus) {
    invariants::check_corpus(corpus).unwrap();
    let findings = analysis::analyse(corpus);
    invariants::check_quote_index(corpus, &findings.quotes).unwrap();
    let quotes = cli::quotes::to_json(corpus, &findings.quotes);
    invariants::check_quotes_json(corpus, &quotes).unwrap();
    let claims = serde_json::to_value(cli::claims_json::Report(&findings.claims)).unwrap();
    invariants::check_claims_json(corpus, &claims).unwrap();
}

/// Runs the binary on `bytes` written to a file named `name`, beside the bundled seeds.
fn command_on(bytes: &[u8], name: &str, args: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/corpus");
    let out = Command::new(BIN)
        .args(args)
        .arg(&path)
        .arg(&seeds)
        .env_remove("RUST_BACKTRACE")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("internal error"), "{stderr}");
}

/// A letter's signer was looked for in the fully lower-cased sentence, whose offsets were used
/// in the original when the two had the same length: "İ" lower-cases one byte longer and "ẞ"
/// one byte shorter, so between them every offset was one byte off, here inside the "ẞ" of the
/// signer's name (`byte index 57 is not a char boundary`).
#[test]
fn a_signer_after_characters_whose_lower_case_changes_length() {
    let bytes: &[u8] = b"\xe2\x80\x9cGo,\xe2\x80\x9d the letter said.\n\n\
        \xc4\xb0 the letter was signed by \xe1\xba\x9e Smith.\n";
    let corpus = load(bytes, "signer.txt");
    analyse_and_check(&corpus);
    let quotes = analysis::try_quotes(&corpus).unwrap();
    let signer = quotes.speakers.iter().find_map(|s| s.signer);
    assert!(
        signer.is_some(),
        "the signer is still found: {:?}",
        quotes.speakers
    );
    command_on(bytes, "signer.txt", &["quotes"]);
    command_on(bytes, "signer.txt", &["claims", "--format", "json"]);
}
