//! `crosscheck bookmarks`: the real binary with a temporary data directory.

use std::path::Path;
use std::process::{Command, Output};

const REUTERS_LINE: &str = "Poorly worded, implies withdrawal.";
const ESPER_LINE: &str = "We are repositioning forces throughout the region";

fn crosscheck(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn ok(data: &Path, args: &[&str]) -> String {
    let out = crosscheck(data, args);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn add_reuters(data: &Path, note: &str) -> String {
    ok(
        data,
        &[
            "bookmarks",
            "add",
            "Reuters",
            "--text",
            REUTERS_LINE,
            "--note",
            note,
        ],
    )
}

/// A command line naming something that is not there: exit status 2, and why on stderr.
fn failure(data: &Path, args: &[&str]) -> String {
    let out = crosscheck(data, args);
    assert_eq!(out.status.code(), Some(2), "{args:?} should fail");
    String::from_utf8(out.stderr).unwrap()
}

fn json(data: &Path, args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&ok(data, args)).unwrap()
}

fn annotations(data: &Path, extra: &[&str]) -> Vec<serde_json::Value> {
    let mut args = vec!["bookmarks", "export", "--format", "json"];
    args.extend_from_slice(extra);
    json(data, &args)["first"]["items"]
        .as_array()
        .unwrap()
        .clone()
}

fn status_of(annotation: &serde_json::Value) -> &str {
    annotation["crosscheck"]["status"].as_str().unwrap()
}

#[test]
fn add_list_export_and_delete_on_the_bundled_corpus() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    assert_eq!(ok(d, &["bookmarks", "list"]), "no bookmarks\n");
    let added = add_reuters(d, "Milley's verdict");
    assert!(added.starts_with("added "), "{added}");
    assert!(added.contains("Reuters “Poorly worded"), "{added}");
    // Line breaks in the given passage do not matter.
    let esper = ESPER_LINE.replace("forces ", "forces\n");
    ok(
        d,
        &["bookmarks", "add", "000_47c4f7aed62dd45f", "--text", &esper],
    );

    let list = ok(d, &["bookmarks", "list"]);
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), 3, "{list}");
    assert!(lines[0].starts_with("ID") && lines[0].contains("STATUS"));
    assert!(lines[1].contains("exact") && lines[1].contains("Reuters"));
    assert!(lines[1].contains("Milley's verdict"));
    assert!(lines[2].contains("exact") && lines[2].contains(ESPER_LINE));

    let md = ok(d, &["bookmarks", "export"]);
    assert!(md.contains(&format!("> {REUTERS_LINE}\n")), "{md}");
    assert!(
        md.contains("— Reuters, *Leaked U.S. letter to Iraq"),
        "{md}"
    );
    assert!(md.contains("**Note:** Milley's verdict"), "{md}");

    let csv = ok(d, &["bookmarks", "export", "--format", "csv"]);
    assert!(csv.starts_with("id,status,source,outlet,title,date,passage,note"));
    assert!(
        csv.contains(",\"Poorly worded, implies withdrawal.\","),
        "{csv}"
    );

    let items = annotations(d, &[]);
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["type"], "Annotation");
    assert_eq!(items[0]["target"]["selector"][0]["exact"], REUTERS_LINE);

    let filtered = ok(d, &["bookmarks", "list", "--filter", "VERDICT"]);
    assert_eq!(filtered.lines().count(), 2, "{filtered}");

    let id = items[1]["id"]
        .as_str()
        .unwrap()
        .rsplit(':')
        .next()
        .unwrap()
        .to_string();
    let deleted = ok(d, &["bookmarks", "delete", &id[..13]]);
    assert!(deleted.starts_with(&format!("deleted {id}")), "{deleted}");
    assert_eq!(annotations(d, &[]).len(), 1);
    let err = failure(d, &["bookmarks", "delete", &id]);
    assert!(err.contains("there is no bookmark"), "{err}");
}

#[test]
fn add_says_clearly_what_is_wrong() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let err = failure(
        d,
        &["bookmarks", "add", "Reuters", "--text", "zebra crossing"],
    );
    assert!(err.contains("is not in 003_0226aa1b8ab6f164"), "{err}");
    let err = failure(d, &["bookmarks", "add", "Reuters", "--text", "Milley"]);
    assert!(
        err.contains("occurs") && err.contains("longer passage"),
        "{err}"
    );
    let err = failure(d, &["bookmarks", "add", "Nowhere News", "--text", "x"]);
    assert!(err.contains("no source \"Nowhere News\""), "{err}");
    assert!(err.contains("003_0226aa1b8ab6f164"), "{err}");
    assert!(!d.join("bookmarks.json").exists());
}

#[test]
fn export_to_a_file_matches_standard_output() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    add_reuters(d, "");
    let out = data.path().join("out.md");
    let printed = ok(
        d,
        &["bookmarks", "export", "--output", out.to_str().unwrap()],
    );
    assert_eq!(printed, "");
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        ok(d, &["bookmarks", "export"])
    );
    let leftovers: Vec<_> = std::fs::read_dir(d)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn bookmarks_reattach_to_edited_files_given_as_paths() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let articles = tempfile::tempdir().unwrap();
    let file = articles.path().join("briefing.txt");
    let text = "Esper briefing\n\nThe secretary spoke at the Pentagon. \
        The letter was a draft, he said, and it was sent by mistake.\n";
    std::fs::write(&file, text).unwrap();
    let path = file.to_str().unwrap();
    ok(
        d,
        &[
            "bookmarks",
            "add",
            "briefing",
            path,
            "--text",
            "it was sent by mistake",
        ],
    );
    assert_eq!(status_of(&annotations(d, &[path])[0]), "exact");

    std::fs::write(
        &file,
        text.replace("The secretary", "On Monday the defence secretary"),
    )
    .unwrap();
    let list = ok(d, &["bookmarks", "list", path]);
    assert!(list.lines().nth(1).unwrap().contains("moved"), "{list}");

    // Renamed: found again by its content hash, no longer by id.
    let renamed = articles.path().join("renamed.txt");
    std::fs::rename(&file, &renamed).unwrap();
    assert_eq!(
        status_of(&annotations(d, &[renamed.to_str().unwrap()])[0]),
        "moved"
    );

    std::fs::write(
        &renamed,
        "Esper briefing\n\nThe letter was a draft, he said.\n",
    )
    .unwrap();
    let list = ok(d, &["bookmarks", "list", renamed.to_str().unwrap()]);
    assert!(list.contains("orphaned"), "{list}");
    // Against the bundled corpus it is orphaned too, and still exported with its saved text.
    let md = ok(d, &["bookmarks", "export"]);
    assert!(md.contains("> it was sent by mistake"), "{md}");
    assert!(md.contains("orphaned"), "{md}");
}

#[test]
fn a_corrupt_file_is_reported_and_kept() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    add_reuters(d, "");
    ok(
        d,
        &[
            "bookmarks",
            "add",
            "000_47c4f7aed62dd45f",
            "--text",
            ESPER_LINE,
        ],
    );
    std::fs::write(d.join("bookmarks.json"), "{ not json \u{1b}[2J").unwrap();
    let out = crosscheck(d, &["bookmarks", "list"]);
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("warning:") && err.contains("could not be read"),
        "{err}"
    );
    assert!(err.contains("restored from the backup"), "{err}");
    assert!(!err.contains('\u{1b}'));
    // The backup held the first bookmark.
    let list = String::from_utf8(out.stdout).unwrap();
    assert_eq!(list.lines().count(), 2, "{list}");
    let aside: Vec<_> = std::fs::read_dir(d)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("bookmarks.json.corrupt-")
        })
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(
        std::fs::read_to_string(aside[0].path()).unwrap(),
        "{ not json \u{1b}[2J"
    );
}

#[test]
fn processes_adding_at_once_lose_nothing() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let passages = [
        ("Reuters", REUTERS_LINE),
        ("000_47c4f7aed62dd45f", ESPER_LINE),
        ("The National", "there is no change in US policy"),
        (
            "The Hill",
            "Defense secretary denies US troops leaving Iraq",
        ),
    ];
    let children: Vec<_> = (0..3)
        .flat_map(|round| passages.iter().map(move |p| (round, p)))
        .map(|(round, (source, text))| {
            Command::new(env!("CARGO_BIN_EXE_crosscheck"))
                .arg("--data-dir")
                .arg(d)
                .args(["bookmarks", "add", source, "--text", text])
                .args(["--note", &format!("round {round}")])
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let items = annotations(d, &[]);
    assert_eq!(items.len(), 12);
    assert!(items.iter().all(|a| status_of(a) == "exact"));
}

#[test]
fn the_data_directory_defaults_to_xdg_data_home() {
    let xdg = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["bookmarks", "add", "Reuters", "--text", REUTERS_LINE])
        .env("XDG_DATA_HOME", xdg.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(xdg.path().join("crosscheck/bookmarks.json").exists());
}

#[test]
fn hostile_notes_are_neutralised_on_output() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let note = "=HYPERLINK(\"http://x\")\u{1b}]52;c;aGk=\u{7}\u{202E} flipped";
    add_reuters(d, note);
    for format in ["table", "markdown", "csv"] {
        let out = ok(d, &["bookmarks", "list", "--format", format]);
        assert!(
            !out.chars()
                .any(|c| c == '\u{1b}' || c == '\u{7}' || c == '\u{202E}'),
            "{format}: {out:?}"
        );
    }
    let csv = ok(d, &["bookmarks", "export", "--format", "csv"]);
    assert!(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")"), "{csv}");
}

#[test]
fn the_list_lines_up_by_columns_when_sources_and_passages_are_wide() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    let articles = tempfile::tempdir().unwrap();
    let story = |name: &str, outlet: &str, body: &str| {
        let path = articles.path().join(name);
        let text = format!("---\ntitle: {name}\nsource: {outlet}\n---\n\n{body}\n");
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_string()
    };
    let tokyo = story(
        "tokyo.md",
        "東京新聞",
        "米軍の書簡は誤って送られた草案だったと国防長官は述べた。",
    );
    let wire = story(
        "wire.md",
        "Reuters",
        "The letter was a draft sent by mistake, the defence secretary said.",
    );
    let add = |id: &str, path: &str, text: &str, note: &str| {
        ok(
            d,
            &["bookmarks", "add", id, path, "--text", text, "--note", note],
        );
    };
    add("tokyo", &tokyo, "誤って送られた草案", "ja-note");
    add("wire", &wire, "a draft sent by mistake", "en-note");
    let list = ok(d, &["bookmarks", "list", &tokyo, &wire]);
    // The NOTE column starts at the same screen column on every line.
    let note_columns: Vec<usize> = list
        .lines()
        .zip(["NOTE", "ja-note", "en-note"])
        .map(|(line, note)| {
            unicode_width::UnicodeWidthStr::width(&line[..line.find(note).unwrap()])
        })
        .collect();
    assert_eq!(note_columns[0], note_columns[1], "{list}");
    assert_eq!(note_columns[0], note_columns[2], "{list}");
}
