//! Bookmark flows: key strings applied to the reader on the bundled corpus (analysed, so quotes
//! and their cross-source clusters are real) with the store in a temporary data directory;
//! assertions on the state and on what the store wrote to disk.

use crosscheck::bookmarks::{Status, Store};
use crosscheck::config::Config;
use crosscheck::corpus;
use crosscheck::text::Span;
use crosscheck::tui::{
    Action, Analysis, HelpRow, PassageKind, PromptKind, State, Tab, Theme, apply_keys, update,
};
use std::path::Path;

fn reader(width: u16, height: u16, dir: &Path) -> State {
    let config = Config::default();
    let theme = Theme::new(&config.theme, true);
    let mut state = State::new(corpus::bundled(), Analysis::default(), &config, theme);
    state.analyse();
    state.open_bookmarks(Ok(dir.to_path_buf()));
    update(&mut state, Action::Resize { width, height });
    state
}

fn keys(state: &mut State, keys: &str) {
    apply_keys(state, keys).unwrap();
}

fn on_disk(dir: &Path) -> Vec<crosscheck::bookmarks::Bookmark> {
    Store::open(dir).unwrap().bookmarks().to_vec()
}

/// Moves the focused pane's cursor to the line holding byte `pos`, with `j` / `k` as a user
/// would.
fn cursor_to(state: &mut State, pos: usize) {
    let line = state.wrapped(state.focus).line_of(pos);
    let cursor = state.focused().unwrap().cursor;
    let motion = if line > cursor { "j" } else { "k" };
    keys(state, &motion.repeat(line.abs_diff(cursor)));
    assert_eq!(state.focused().unwrap().cursor, line);
}

#[test]
fn m_bookmarks_the_sentence_under_the_cursor_and_enter_saves_the_note() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = reader(160, 48, dir.path());
    keys(&mut s, "jj");
    let passage = s.passage.expect("a passage under the cursor");
    assert_eq!(passage.kind, PassageKind::Sentence);
    let article = s.corpus.articles[passage.article].clone();
    assert!(
        article.sentences().any(|sentence| sentence == passage.span),
        "the whole sentence: {:?}",
        article.slice(passage.span)
    );
    keys(&mut s, "m");
    assert!(matches!(
        s.prompt.as_ref().map(|p| &p.kind),
        Some(PromptKind::Note { .. })
    ));
    keys(&mut s, "the letter, first seen<enter>");
    assert_eq!(s.prompt, None);
    let saved = on_disk(dir.path());
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].note, "the letter, first seen");
    assert_eq!(saved[0].quote.exact, article.slice(passage.span));
    assert_eq!(saved[0].source.id, article.id);
    assert_eq!(saved[0].group, None);
    // The gutter marks come from the re-attached store.
    assert_eq!(s.analysis.bookmarks, [(passage.article, passage.span)]);
    assert!(s.notice.as_deref().unwrap().starts_with("bookmarked “"));
}

#[test]
fn esc_in_the_note_prompt_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = reader(80, 24, dir.path());
    keys(&mut s, "jjmnot this one<esc>");
    assert_eq!(s.prompt, None);
    assert!(on_disk(dir.path()).is_empty());
    assert!(s.analysis.bookmarks.is_empty());
    assert!(s.marks.rows.is_empty());
}

/// The first quote in pane `pane`'s article that other sources carry, with those sources.
fn shared_quote(s: &State, pane: usize) -> (Span, usize) {
    let a = s.panes[pane].article;
    let h = s
        .analysis
        .highlights
        .of(a)
        .iter()
        .find(|h| {
            h.group.is_some_and(|g| {
                (0..s.corpus.articles.len())
                    .filter(|&o| o != a)
                    .filter(|&o| {
                        s.analysis
                            .highlights
                            .of(o)
                            .iter()
                            .any(|x| x.group == Some(g))
                    })
                    .count()
                    >= 2
            })
        })
        .expect("the bundled letter is quoted in three or more sources");
    (h.span, h.group.unwrap())
}

#[test]
fn m_on_a_shared_quote_bookmarks_the_quote_and_tab_applies_it_to_the_whole_cluster() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = reader(160, 48, dir.path());
    keys(&mut s, "<tab><tab>");
    let (span, group) = shared_quote(&s, 2);
    cursor_to(&mut s, span.start);
    let passage = s.passage.unwrap();
    assert_eq!(passage.kind, PassageKind::Quote(Some(group)));
    assert_eq!(passage.span, span);
    keys(&mut s, "m");
    let Some(PromptKind::Note {
        cluster,
        whole_cluster,
        ..
    }) = s.prompt.as_ref().map(|p| p.kind.clone())
    else {
        panic!("note prompt: {:?}", s.prompt)
    };
    assert!(cluster.len() >= 2, "{cluster:?}");
    assert!(!whole_cluster, "m offers the cluster; Tab takes it");
    keys(&mut s, "the letter<tab>");
    assert!(matches!(
        s.prompt.as_ref().unwrap().kind,
        PromptKind::Note {
            whole_cluster: true,
            ..
        }
    ));
    keys(&mut s, "<enter>");
    let saved = on_disk(dir.path());
    assert_eq!(saved.len(), cluster.len() + 1);
    let group_id = saved[0].group.clone().expect("one group for the cluster");
    assert!(saved.iter().all(|b| b.group.as_ref() == Some(&group_id)));
    assert!(saved.iter().all(|b| b.note == "the letter"));
    let mut sources: Vec<&str> = saved.iter().map(|b| b.source.id.as_str()).collect();
    sources.dedup();
    assert_eq!(sources.len(), saved.len(), "one bookmark per source");
    for (a, member) in &cluster {
        assert!(
            s.analysis.bookmarks.contains(&(*a, *member)),
            "marked in {a}"
        );
    }
}

#[test]
fn shift_m_bookmarks_the_whole_cluster_at_once_and_tab_narrows_it_to_one_source() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = reader(160, 48, dir.path());
    keys(&mut s, "<tab><tab>");
    let (span, _) = shared_quote(&s, 2);
    cursor_to(&mut s, span.start);
    keys(&mut s, "M<tab><enter>");
    assert_eq!(on_disk(dir.path()).len(), 1, "tab: this source only");
    keys(&mut s, "M<enter>");
    let saved = on_disk(dir.path());
    assert!(saved.len() >= 4, "{}", saved.len());
    assert!(
        saved[1..]
            .iter()
            .all(|b| b.group.is_some() && b.group == saved[1].group)
    );
    // Off a quote, M says why and bookmarks this source only.
    keys(&mut s, "g");
    keys(&mut s, "M");
    assert!(s.notice.as_deref().unwrap().contains("not a shared quote"));
    assert!(matches!(
        s.prompt.as_ref().unwrap().kind,
        PromptKind::Note {
            whole_cluster: false,
            ..
        }
    ));
}

#[test]
fn v_and_motions_select_lines_and_m_bookmarks_the_selection() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = reader(80, 24, dir.path());
    keys(&mut s, "jjvjj");
    assert_eq!(s.selection, Some(2));
    let passage = s.passage.unwrap();
    assert_eq!(passage.kind, PassageKind::Selection);
    let w = s.wrapped(0);
    assert_eq!(passage.span.start, w.lines[2].span.start);
    assert_eq!(passage.span.end, w.lines[4].span.end);
    keys(&mut s, "mselected<enter>");
    assert_eq!(s.selection, None, "bookmarking ends the selection");
    let saved = on_disk(dir.path());
    assert_eq!(saved.len(), 1);
    let article = &s.corpus.articles[passage.article];
    assert_eq!(saved[0].quote.exact, article.slice(passage.span));
    // Esc ends a selection; Enter on a selection bookmarks it too.
    keys(&mut s, "v<esc>");
    assert_eq!(s.selection, None);
    keys(&mut s, "vk<enter>");
    assert!(matches!(
        s.prompt.as_ref().unwrap().kind,
        PromptKind::Note { passage: p, .. } if p.kind == PassageKind::Selection
    ));
    keys(&mut s, "<enter>");
    assert_eq!(on_disk(dir.path()).len(), 2);
    // Moving focus ends a selection: it belongs to one pane.
    keys(&mut s, "v<tab>");
    assert_eq!(s.selection, None);
}

/// Two bookmarks, in the first two panes' articles, noted "alpha" and "beta".
fn two_bookmarks(s: &mut State) {
    keys(s, "jjmalpha<enter><tab>jjjmbeta<enter>");
    assert_eq!(s.marks.rows.len(), 2);
}

#[test]
fn the_bookmarks_tab_lists_filters_edits_deletes_and_undoes() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = reader(160, 48, dir.path());
    two_bookmarks(&mut s);
    keys(&mut s, "4");
    assert_eq!(s.tab, Tab::Bookmarks);
    assert_eq!(s.marks.visible, [0, 1]);
    assert!(s.marks.rows.iter().all(|r| r.status() == Status::Exact));
    keys(&mut s, "/bet");
    assert_eq!(s.marks.visible, [1], "the filter applies while typing");
    keys(&mut s, "<enter>");
    assert_eq!(s.marks.filter, "bet");
    keys(&mut s, "<esc>");
    assert_eq!(s.marks.visible, [0, 1]);
    assert_eq!(s.marks.selected, 1, "the selected bookmark stays selected");
    // Esc in the filter prompt puts back the filter there was.
    keys(&mut s, "/zzz<esc>");
    assert_eq!(s.marks.visible, [0, 1]);
    assert_eq!(s.marks.selected, 1);
    keys(&mut s, "e");
    assert_eq!(
        s.prompt.as_ref().unwrap().text,
        "beta",
        "e starts from the note"
    );
    keys(&mut s, "<bs><bs>tle<enter>");
    assert_eq!(on_disk(dir.path())[1].note, "betle");
    keys(&mut s, "e<bs>x<esc>");
    assert_eq!(on_disk(dir.path())[1].note, "betle", "esc saves nothing");
    let id = s.marks.rows[1].bookmark.id.clone();
    keys(&mut s, "d");
    assert_eq!(on_disk(dir.path()).len(), 1);
    assert_eq!(s.marks.rows.len(), 1);
    assert!(s.notice.as_deref().unwrap().contains("u undoes"));
    keys(&mut s, "u");
    let saved = on_disk(dir.path());
    assert_eq!(saved.len(), 2);
    assert!(saved.iter().any(|b| b.id == id && b.note == "betle"));
    assert_eq!(s.marks.selected_row().unwrap().bookmark.id, id);
    keys(&mut s, "u");
    assert_eq!(s.notice.as_deref(), Some("nothing to undo"));
}

#[test]
fn enter_in_the_bookmarks_tab_jumps_to_the_passage_in_the_reader() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = reader(80, 24, dir.path());
    // A passage far down the last source, which is not on screen at 80 columns.
    keys(&mut s, ">>");
    let a = s.panes[0].article;
    keys(&mut s, "Gmend<enter>");
    let span = s.analysis.bookmarks[0].1;
    keys(&mut s, "<lt><lt>g4<enter>");
    assert_eq!(s.tab, Tab::Reader);
    let pane = s.focused().copied().unwrap();
    assert_eq!(pane.article, a, "the source is brought on screen");
    let line = s.wrapped(s.focus).line_of(span.start);
    assert_eq!(pane.cursor, line);
    assert!((pane.top..pane.top + s.text_rows()).contains(&line));
}

#[test]
fn x_exports_markdown_to_the_data_dir_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = reader(160, 48, dir.path());
    two_bookmarks(&mut s);
    keys(&mut s, "4x");
    let path = dir.path().join("crosscheck-bookmarks.md");
    assert_eq!(s.prompt.as_ref().unwrap().text, path.display().to_string());
    keys(&mut s, "<tab>");
    assert!(s.prompt.as_ref().unwrap().text.ends_with(".json"));
    keys(&mut s, "<tab><tab><enter>");
    let md = std::fs::read_to_string(&path).unwrap();
    assert!(
        md.contains("**Note:** alpha") && md.contains("**Note:** beta"),
        "{md}"
    );
    let notice = s.notice.clone().unwrap();
    assert!(notice.contains(&path.display().to_string()), "{notice}");
    // Only what the filter shows is exported.
    keys(&mut s, "/alpha<enter>x<tab><enter>");
    let json = std::fs::read_to_string(dir.path().join("crosscheck-bookmarks.json")).unwrap();
    assert!(json.contains("alpha") && !json.contains("beta"), "{json}");
    // A path that cannot be written says so and leaves the reader running.
    keys(&mut s, "x");
    for _ in 0..s.prompt.as_ref().unwrap().text.chars().count() {
        keys(&mut s, "<bs>");
    }
    keys(&mut s, "/nonexistent/dir/out.md<enter>");
    assert!(s.message.as_deref().unwrap().starts_with("export failed"));
}

#[test]
fn the_export_prompt_cycles_the_formats_and_its_file_ending_follows() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = reader(80, 24, dir.path());
    two_bookmarks(&mut s);
    keys(&mut s, "4x");
    let mut seen = Vec::new();
    for _ in 0..4 {
        let prompt = s.prompt.clone().unwrap();
        let PromptKind::Export { format } = prompt.kind else {
            panic!("{prompt:?}");
        };
        assert!(prompt.text.ends_with(format.extension()), "{}", prompt.text);
        let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
        t.draw(|f| f.render_widget(&s, f.area())).unwrap();
        let screen = t.backend().to_string();
        let status = screen.lines().last().unwrap();
        assert!(
            status.contains(&format!("export {} to", format.name())),
            "{status}"
        );
        seen.push((format.name(), format.extension()));
        keys(&mut s, "<tab>");
    }
    assert_eq!(
        seen,
        [
            ("Markdown", ".md"),
            ("JSON", ".json"),
            ("CSV", ".csv"),
            ("Markdown", ".md")
        ]
    );
}

#[test]
fn bookmarks_are_there_after_a_restart_with_the_same_data_dir() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = reader(160, 48, dir.path());
    two_bookmarks(&mut s);
    let marked = s.analysis.bookmarks.clone();
    drop(s);
    let mut again = reader(80, 24, dir.path());
    assert_eq!(again.analysis.bookmarks, marked);
    keys(&mut again, "4");
    let notes: Vec<&str> = again
        .marks
        .rows
        .iter()
        .map(|r| r.bookmark.note.as_str())
        .collect();
    assert_eq!(notes, ["alpha", "beta"]);
}

#[test]
fn a_corrupt_store_is_set_aside_and_reported_and_bookmarking_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bookmarks.json"), "{ not json").unwrap();
    let mut s = reader(80, 24, dir.path());
    let message = s.message.clone().expect("the user is told");
    assert!(message.contains("corrupt"), "{message}");
    let aside = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".corrupt-"))
        .count();
    assert_eq!(aside, 1, "the unreadable file is kept, renamed aside");
    keys(&mut s, "jmkept<enter>");
    assert_eq!(on_disk(dir.path()).len(), 1);
}

#[test]
fn without_a_usable_data_dir_the_reader_runs_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, "not a directory").unwrap();
    let mut s = reader(80, 24, &file);
    let message = s.message.clone().unwrap();
    assert!(message.contains("bookmarks unavailable"), "{message}");
    assert!(message.contains("not a directory"), "{message}");
    keys(&mut s, "jm");
    assert_eq!(
        s.prompt, None,
        "no prompt for a bookmark that cannot be saved"
    );
    assert!(
        s.notice
            .as_deref()
            .unwrap()
            .contains("bookmarks unavailable")
    );
    keys(&mut s, "4dux<esc>");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "not a directory");
    assert!(!s.quit);
}

#[test]
fn a_note_the_store_refused_stays_in_the_prompt() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, "not a directory").unwrap();
    // The directory does not exist yet, so the store only fails when it is first written.
    let mut s = reader(80, 24, &file.join("below"));
    assert_eq!(s.message, None);
    keys(&mut s, "jmworth keeping<enter>");
    assert!(
        s.message
            .as_deref()
            .unwrap()
            .starts_with("bookmark not saved")
    );
    let prompt = s.prompt.clone().expect("the note is still there");
    assert_eq!(prompt.text, "worth keeping");
    keys(&mut s, "<esc>");
    assert_eq!(s.prompt, None);
    assert!(!s.quit);
}

#[test]
fn every_bookmark_action_is_bound_and_listed_in_help() {
    let s = reader(80, 24, tempfile::tempdir().unwrap().path());
    let help = s.keymap.help_rows(s.tab);
    for action in [
        Action::Bookmark,
        Action::BookmarkGroup,
        Action::Select,
        Action::Open,
        Action::EditNote,
        Action::Delete,
        Action::Undo,
        Action::Export,
        Action::Filter,
    ] {
        let keys = s.keymap.describe_keys(action);
        assert!(!keys.is_empty(), "{action:?} is bound");
        assert!(
            help.iter().any(
                |r| matches!(r, HelpRow::Keys(k, d) if *d == action.description() && *k == keys)
            ),
            "{action:?} in help"
        );
    }
}
