//! What users of command-line tools expect: shell completions, a man page, help that ends with
//! examples and the exit statuses, errors that say what exists, and results alone on stdout.

use clap::CommandFactory;
use crosscheck::cli::Cli;
use std::path::Path;
use std::process::{Command, Output};

fn crosscheck(args: &[&str]) -> Output {
    crosscheck_in(Path::new("."), args)
}

/// Runs with bookmarks kept in `data`.
fn crosscheck_in(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .env("XDG_DATA_HOME", data)
        .env("XDG_CONFIG_HOME", data)
        .env_remove("NO_COLOR")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// Every command a user can type, as its words: `["sources"]`, `["bookmarks", "add"]`...
fn commands() -> Vec<Vec<String>> {
    fn walk(command: &clap::Command, path: &[String], out: &mut Vec<Vec<String>>) {
        for sub in command.get_subcommands().filter(|c| !c.is_hide_set()) {
            let mut words = path.to_vec();
            words.push(sub.get_name().to_string());
            out.push(words.clone());
            walk(sub, &words, out);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), &[], &mut out);
    out
}

#[test]
fn every_command_has_examples_of_itself_in_its_help() {
    let commands = commands();
    assert!(commands.len() >= 13, "{commands:?}");
    for words in commands {
        let name = words.join(" ");
        let mut args: Vec<&str> = words.iter().map(String::as_str).collect();
        args.push("--help");
        let o = crosscheck(&args);
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        let help = stdout(&o);
        let (_, examples) = help
            .split_once("\nExamples:\n")
            .unwrap_or_else(|| panic!("no examples in `{name} --help`:\n{help}"));
        assert!(
            examples.contains(&format!("crosscheck {name}")),
            "`{name} --help` has no example of itself:\n{examples}"
        );
        for line in help.lines().skip_while(|l| *l != "Examples:") {
            assert!(line.chars().count() <= 80, "{name}: too wide: {line}");
        }
    }
}

#[test]
fn the_long_help_documents_exit_statuses_and_streams() {
    let help = stdout(&crosscheck(&["--help"]));
    let (_, tail) = help.split_once("\nExit status:\n").expect(&help);
    for code in ["  0 ", "  1 ", "  2 ", "  130 "] {
        assert!(tail.contains(code), "{code:?} missing:\n{tail}");
    }
    assert!(tail.contains("standard error"), "{tail}");
    // The short help stays short.
    assert!(!stdout(&crosscheck(&["-h"])).contains("Exit status"));
}

#[test]
fn bash_completion_completes_commands_and_flags() {
    let o = crosscheck(&["completions", "bash"]);
    assert!(o.status.success());
    let script = stdout(&o);
    assert!(script.contains("_crosscheck()"), "{script}");
    assert!(script.contains("complete -F _crosscheck "));
    // Ask bash itself what it would offer, as the Tab key does.
    let complete = |words: &str| -> String {
        let probe = format!(
            "source /dev/stdin <<'SCRIPT'\n{script}\nSCRIPT\n\
             COMP_WORDS=({words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1))\n\
             _crosscheck crosscheck \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"\n\
             echo \"${{COMPREPLY[*]}}\""
        );
        let o = Command::new("bash").args(["-c", &probe]).output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o).trim().to_string()
    };
    assert_eq!(complete("crosscheck c"), "collate claims cache completions");
    assert_eq!(complete("crosscheck diff --bet"), "--between");
    assert_eq!(
        complete("crosscheck claims --format ''"),
        "text json markdown"
    );
    assert_eq!(complete("crosscheck bookmarks ex"), "export");
    assert_eq!(complete("crosscheck completions z"), "zsh");
    // The hidden benchmark-input command is not offered.
    assert_eq!(complete("crosscheck g"), "");
}

#[test]
fn zsh_fish_elvish_and_powershell_completions_name_commands_and_flags() {
    for shell in ["zsh", "fish", "elvish", "powershell"] {
        let o = crosscheck(&["completions", shell]);
        assert!(o.status.success(), "{shell}");
        let script = stdout(&o);
        for word in ["sources", "claims", "bookmarks", "between", "max-file-mib"] {
            assert!(script.contains(word), "{shell}: {word} missing");
        }
    }
    let zsh = stdout(&crosscheck(&["completions", "zsh"]));
    assert!(zsh.starts_with("#compdef crosscheck\n"));
    // The command is the first word: zsh must not read the second as the command.
    assert!(zsh.contains(":crosscheck-command-$line[1]:"), "{zsh}");
    let o = crosscheck(&["completions", "tcsh"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("possible values"));
}

#[test]
fn the_man_page_is_roff_with_every_command_and_the_exit_statuses() {
    let o = crosscheck(&["man"]);
    assert!(o.status.success());
    let page = stdout(&o);
    assert!(page.starts_with(".TH crosscheck 1 "), "{}", &page[..80]);
    for words in commands() {
        let heading = format!(".SS \"crosscheck {}\"", words.join(" "));
        assert!(page.contains(&heading), "{heading} missing");
    }
    for section in [
        "NAME",
        "SYNOPSIS",
        "OPTIONS",
        "COMMANDS",
        "ENVIRONMENT",
        "FILES",
    ] {
        assert!(page.contains(&format!("\n.SH {section}\n")), "{section}");
    }
    let (_, statuses) = page.split_once("\n.SH \"EXIT STATUS\"\n").unwrap();
    for code in ["0", "1", "2", "130"] {
        assert!(
            statuses.contains(&format!(".TP\n\\fB{code}\\fR\n")),
            "{code}"
        );
    }
    assert!(page.contains("\\-\\-between"), "options are listed");
    assert!(page.contains("crosscheck bookmarks export \\-\\-format csv"));
    assert_eq!(page.matches(".ds Aq").count(), 2, "one preamble");
}

#[test]
fn an_unknown_source_lists_those_there_are_and_a_source_can_be_named_by_outlet() {
    let data = tempfile::tempdir().unwrap();
    let o = crosscheck_in(
        data.path(),
        &["bookmarks", "add", "Nowhere", "--text", "draft"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let err = stderr(&o);
    assert!(err.starts_with("crosscheck: no source \"Nowhere\"; the loaded sources are: 000_"));
    assert!(err.contains("004_fd2ac79c1a0013a0"), "{err}");

    let o = crosscheck(&[
        "diff",
        "--between",
        "Reuters",
        "The Hill",
        "--color",
        "never",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("--- 003_0226aa1b8ab6f164\n+++ 004_fd2ac79c1a0013a0\n"));

    // Many sources: the first few, and the command that lists them all.
    let dir = tempfile::tempdir().unwrap();
    for i in 0..12 {
        std::fs::write(
            dir.path().join(format!("r{i:02}.txt")),
            format!("Report {i}\n\nThe council met on Monday.\n"),
        )
        .unwrap();
    }
    let folder = dir.path().to_str().unwrap();
    let o = crosscheck(&["diff", folder, "--between", "r00", "r99"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("r00, r01,"), "{err}");
    assert!(!err.contains("r11"), "{err}");
    assert!(
        err.contains("and 4 more (`crosscheck sources` lists them all)"),
        "{err}"
    );
}

#[test]
fn unknown_quotes_bookmarks_and_witnesses_say_how_to_find_the_right_one() {
    let o = crosscheck(&["diff", "--quote", "99"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("`crosscheck quotes` with the same PATHs lists them (1 to 18)"),
        "{}",
        stderr(&o)
    );

    let data = tempfile::tempdir().unwrap();
    let o = crosscheck_in(data.path(), &["bookmarks", "delete", "abc"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o)
            .contains("there is no bookmark abc; `crosscheck bookmarks list` shows their ids"),
        "{}",
        stderr(&o)
    );

    let dir = tempfile::tempdir().unwrap();
    let [a, b] = ["a.txt", "b.txt"].map(|name| {
        let path = dir.path().join(name);
        std::fs::write(&path, "The troops will stay.\n").unwrap();
        path.to_str().unwrap().to_string()
    });
    let o = crosscheck(&["collate", &a, &b, "--base", "c.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("give a file name (a.txt, b.txt) or a position from 1 to 2"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn load_errors_go_to_stderr_and_results_alone_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "Report\n\n\"We will stay,\" the minister said.\n").unwrap();
    let missing = dir.path().join("missing.txt");
    let (good, missing) = (good.to_str().unwrap(), missing.to_str().unwrap());
    for format in ["text", "json"] {
        for command in ["sources", "quotes", "claims"] {
            let o = crosscheck(&[command, "--format", format, good, missing]);
            assert!(o.status.success(), "{command} {format}");
            assert!(
                stderr(&o).starts_with("crosscheck: ") && stderr(&o).contains("missing.txt"),
                "{command} {format}: {}",
                stderr(&o)
            );
            let out = stdout(&o);
            assert!(!out.contains("crosscheck:"), "{command} {format}: {out}");
            if format == "json" {
                serde_json::from_str::<serde_json::Value>(&out).expect("stdout is JSON alone");
            }
        }
    }
}
