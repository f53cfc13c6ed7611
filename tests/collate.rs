//! The `collate` and `diff` commands, run as the real binary on temporary files and on the
//! bundled corpus.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const LETTER_001: &str = "Sir, in deference to the sovereignty of the Republic of Iraq, and as requested by the Iraqi Parliament and the Prime Minister, CJTF-OIR will be repositioning forces over the course of the coming days and weeks to prepare for onward movement.";
const LETTER_002: &str = "Sir, respecting the sovereignty of the Republic of Iraq and at the request of the Iraqi Parliament and Iraqi Prime Minister, the CJTF-OIR will reposition its forces in the coming days and weeks to prepare for the further movement.";
const LETTER_004: &str = "Sir, in deference to the sovereignty of the Republic of Iraq, and as requested by the Iraqi Parliament and the Prime Minister, CJTF-OIR will be repositioning forces over the course of the coming days and weeks to prepare for onward movement,";

fn crosscheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write(dir: &Path, name: &str, content: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

fn letters(dir: &Path) -> Vec<String> {
    [
        ("001.txt", LETTER_001),
        ("002.txt", LETTER_002),
        ("004.txt", LETTER_004),
    ]
    .iter()
    .map(|(name, text)| {
        write(dir, name, format!("{text}\n").as_bytes())
            .display()
            .to_string()
    })
    .collect()
}

#[test]
fn collate_text_aligns_rows_and_flags_the_retranslation() {
    let dir = tempfile::tempdir().unwrap();
    let files = letters(dir.path());
    let args: Vec<&str> = std::iter::once("collate")
        .chain(files.iter().map(String::as_str))
        .collect();
    let out = crosscheck(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("3 witnesses, 44 columns"), "{text}");
    assert!(!text.contains('\x1b'), "no colour when not a terminal");
    assert!(text.lines().all(|l| l.chars().count() <= 100), "{text}");
    let retranslated: Vec<&str> = text
        .lines()
        .filter(|l| l.ends_with("re-translation?"))
        .collect();
    assert_eq!(retranslated.len(), 1);
    assert!(retranslated[0].starts_with("002.txt"));
    // The first block: every row starts with its label, and the words line up in columns.
    let rows: Vec<&str> = text.lines().skip(2).take(4).collect();
    assert!(
        rows[0].starts_with("001.txt      Sir, in         deference"),
        "{rows:?}"
    );
    assert!(
        rows[1].starts_with("002.txt      Sir, respecting ·"),
        "{rows:?}"
    );
    assert!(rows[3].starts_with("(consensus)  Sir, in"), "{rows:?}");
    let at = |r: &str| r.find("sovereignty").map(|b| r[..b].chars().count());
    assert!(rows.iter().all(|r| at(r) == at(rows[0])), "{rows:?}");
}

#[test]
fn collate_json_has_columns_classes_fidelity_and_distances() {
    let dir = tempfile::tempdir().unwrap();
    let files = letters(dir.path());
    let mut args = vec!["collate", "--format", "json"];
    args.extend(files.iter().map(String::as_str));
    let out = crosscheck(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let witnesses = json["witnesses"].as_array().unwrap();
    let ids: Vec<&str> = witnesses
        .iter()
        .map(|w| w["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["001.txt", "002.txt", "004.txt"]);
    let flags: Vec<bool> = witnesses
        .iter()
        .map(|w| w["retranslation"].as_bool().unwrap())
        .collect();
    assert_eq!(flags, [false, true, false]);
    assert_eq!(witnesses[0]["fidelity"], 1.0);
    assert_eq!(json["base"], "consensus");

    let columns = json["columns"].as_array().unwrap();
    let last = columns.last().unwrap();
    assert_eq!(last["class"], "cosmetic");
    assert_eq!(last["base"], "movement.");
    // A cell is [start, end, text]; only the cells that differ from the base are in variants.
    assert_eq!(last["cells"][2][2], "movement,");
    assert_eq!(last["variants"], serde_json::json!([[2, "cosmetic"]]));
    let span = (
        last["cells"][2][0].as_u64().unwrap() as usize,
        last["cells"][2][1].as_u64().unwrap() as usize,
    );
    assert_eq!(&LETTER_004[span.0..span.1], "movement,");
    let course = columns
        .iter()
        .find(|c| c["base"] == "course")
        .expect("a column for 'course'");
    assert_eq!(course["class"], "omission");
    assert_eq!(course["cells"][1], Value::Null);
    assert!(
        course["variants"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!([1, "omission"]))
    );
    let same = columns.iter().find(|c| c["class"] == "same").unwrap();
    assert_eq!(same.get("variants"), None);

    let d = json["distances"].as_array().unwrap();
    assert_eq!(d[0][2], d[2][0]);
    assert!(d[0][2].as_f64().unwrap() < 0.01);
    assert!(d[0][1].as_f64().unwrap() > 0.3);
}

#[test]
fn collate_against_a_chosen_witness() {
    let dir = tempfile::tempdir().unwrap();
    let files = letters(dir.path());
    let mut args = vec!["collate", "--format", "json", "--base", "2"];
    args.extend(files.iter().map(String::as_str));
    let json: Value = serde_json::from_str(&stdout(&crosscheck(&args))).unwrap();
    assert_eq!(json["base"]["witness"], "002.txt");
    assert_eq!(json["witnesses"][1]["against_base"]["substitutions"], 0);

    args[4] = "nope.txt";
    let out = crosscheck(&args);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("001.txt, 002.txt, 004.txt"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn collate_refuses_what_is_not_a_transcription_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", b"Poorly worded.");
    let binary = write(dir.path(), "image.txt", b"GIF89a\0\0\x01");
    let latin1 = write(dir.path(), "latin1.txt", b"caf\xe9 cr\xe8me");
    let missing = dir.path().join("missing.txt");
    let out = crosscheck(&[
        "collate",
        good.to_str().unwrap(),
        binary.to_str().unwrap(),
        latin1.to_str().unwrap(),
        missing.to_str().unwrap(),
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(err.contains("image.txt: binary file"), "{err}");
    assert!(
        err.contains("latin1.txt: not valid UTF-8 (first bad byte at offset 3)"),
        "{err}"
    );
    assert!(err.contains("missing.txt: cannot read"), "{err}");
    assert!(err.contains("is a directory"), "{err}");
    assert!(!err.contains("good.txt"), "{err}");
}

#[test]
fn collate_neutralises_control_characters_in_text_and_names() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "a\x1b[2J.txt",
        b"The \x1b[31mtroops\x1b[m stay \xe2\x80\xae here.",
    );
    let b = write(dir.path(), "b.txt", b"The troops stay here.");
    let out = crosscheck(&["collate", a.to_str().unwrap(), b.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        !text.contains('\x1b') && !text.contains('\u{202e}'),
        "{text:?}"
    );
    assert!(text.contains('␛'), "{text}");
}

#[test]
fn collate_of_empty_files_prints_an_empty_table() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", b"");
    let b = write(dir.path(), "b.txt", b"   \n");
    let out = crosscheck(&[
        "collate",
        "--format",
        "json",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["columns"].as_array().unwrap().len(), 0);
    assert_eq!(json["distances"][0][1], 0.0);
}

#[test]
fn diff_of_bundled_sources_marks_words_like_git() {
    let out = crosscheck(&[
        "diff",
        "--between",
        "003_0226aa1b8ab6f164",
        "004_fd2ac79c1a0013a0",
        "--color",
        "never",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("--- 003_0226aa1b8ab6f164\n+++ 004_fd2ac79c1a0013a0\n"));
    assert!(text.contains("[-") && text.contains("{+"));
    assert!(!text.contains('\x1b'));
    // Both quote Milley word for word; the only change is the punctuation after "happening".
    assert!(
        text.contains(
            "“Poorly worded, implies withdrawal. That’s not what’s [-happening,”-]{+happening.”"
        ),
        "{text}"
    );

    let coloured = stdout(&crosscheck(&[
        "diff",
        "--between",
        "003_0226aa1b8ab6f164",
        "004_fd2ac79c1a0013a0",
        "--color",
        "always",
    ]));
    assert!(coloured.contains("\x1b[31m") && coloured.contains("\x1b[32m"));
    assert!(!coloured.contains("[-"));
}

#[test]
fn diff_json_gives_the_alignment_with_classes() {
    let out = crosscheck(&[
        "diff",
        "--between",
        "001_2e6a31de3708db25",
        "004_fd2ac79c1a0013a0",
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["base"]["witness"], "001_2e6a31de3708db25");
    let columns = json["columns"].as_array().unwrap();
    assert!(columns.len() > 500);
    // Both give the letter; 004 ends its sentence with a comma, a cosmetic change.
    let onward = columns
        .iter()
        .position(|c| c["cells"][0][2] == "onward" && c["cells"][1][2] == "onward")
        .expect("the letter's 'onward' aligned");
    assert_eq!(columns[onward + 1]["class"], "cosmetic");
    assert_eq!(columns[onward + 1]["cells"][1][2], "movement,”");
    for class in ["same", "substitution", "omission", "addition"] {
        assert!(columns.iter().any(|c| c["class"] == class), "no {class}");
    }
}

#[test]
fn diff_of_files_and_an_unknown_source() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "a.txt",
        b"The troops will stay in Iraq.\n\nNo decision was made.\n",
    );
    let b = write(
        dir.path(),
        "b.txt",
        b"The troops shall stay in Iraq.\n\nNo decision was made, he said.\n",
    );
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let out = crosscheck(&["diff", a, b, "--between", "a", "b"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "--- a\n+++ b\nThe troops [-will-]{+shall+} stay in Iraq.\n\nNo decision was [-made.-]{+made, he said.+}\n"
    );

    let out = crosscheck(&["diff", a, b, "--between", "a", "c\x1b"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("no source \"c␛\"; the loaded sources are: a, b"),
        "{err}"
    );

    let out = crosscheck(&["diff", "--between", "nope", "001_2e6a31de3708db25"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("004_fd2ac79c1a0013a0"));
}

#[test]
fn diff_quote_collates_every_wording_of_a_shared_quote() {
    let o = crosscheck(&["diff", "--quote", "4", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let witnesses: Vec<String> = v["witnesses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["id"].as_str().or_else(|| w.as_str()).unwrap().to_string())
        .collect();
    for id in [
        "001_2e6a31de3708db25",
        "002_40037b5cd1173c8a",
        "004_fd2ac79c1a0013a0",
    ] {
        assert!(
            witnesses.iter().any(|w| w == id),
            "{id} missing from {witnesses:?}"
        );
    }
    let text = stdout(&crosscheck(&["diff", "--quote", "4", "--color", "never"]));
    assert!(
        text.contains("respecting") && text.contains("deference"),
        "{text}"
    );
    let missing = crosscheck(&["diff", "--quote", "999"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("no quote cluster 999"));
}

#[test]
fn collate_lines_up_wide_witness_names_by_columns() {
    let dir = tempfile::tempdir().unwrap();
    let wide = write(
        dir.path(),
        "米軍書簡.txt",
        format!("{LETTER_002}\n").as_bytes(),
    );
    let narrow = write(dir.path(), "001.txt", format!("{LETTER_001}\n").as_bytes());
    let out = crosscheck(&[
        "collate",
        "--color",
        "never",
        wide.to_str().unwrap(),
        narrow.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    // In the first block every row's first word, and in the measures every row's word count,
    // starts at the same screen column.
    let column_of = |line: &str, needle: &str| {
        unicode_width::UnicodeWidthStr::width(&line[..line.find(needle).unwrap()])
    };
    let rows: Vec<&str> = text.lines().skip(2).take(3).collect();
    let sir: Vec<usize> = rows.iter().map(|l| column_of(l, "Sir")).collect();
    assert!(sir.iter().all(|&c| c == sir[0]), "{text}");
    let measures: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("WITNESS"))
        .take(3)
        .collect();
    assert_eq!(measures.len(), 3, "{text}");
    let words: Vec<usize> = measures
        .iter()
        .zip(["WORDS", "39", "41"])
        .map(|(l, n)| column_of(l, n) + n.len())
        .collect();
    assert!(words.iter().all(|&c| c == words[0]), "{text}");
}
