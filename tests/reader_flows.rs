//! Flows: key strings applied to the reader's state on the bundled corpus, asserting focus,
//! scroll positions, search matches and aligned panes.

use crosscheck::config::Config;
use crosscheck::corpus;
use crosscheck::text::Span;
use crosscheck::tui::{
    Action, Analysis, Anchors, Highlight, Highlights, Overlay, State, Tab, Theme, apply_keys,
    update,
};

fn reader(width: u16, height: u16, analysis: Analysis) -> State {
    let config = Config::default();
    let theme = Theme::new(&config.theme, true);
    let mut state = State::new(corpus::bundled(), analysis, &config, theme);
    update(&mut state, Action::Resize { width, height });
    state
}

fn keys(state: &mut State, keys: &str) {
    apply_keys(state, keys).unwrap();
}

fn tops(state: &State) -> Vec<usize> {
    state.panes.iter().map(|p| p.top).collect()
}

/// A sentence about two thirds of the way through each article, all in one anchor group; and
/// one near the start, in another: a stand-in for what the quotes module will provide.
fn constructed_anchors(state: &State) -> Anchors {
    let per_article = state
        .corpus
        .articles
        .iter()
        .map(|a| {
            let sentences: Vec<Span> = a.sentences().collect();
            let early = sentences[2];
            let late = sentences[sentences.len() * 2 / 3];
            vec![(early, 1), (late, 2)]
        })
        .collect();
    Anchors { per_article }
}

#[test]
fn the_wide_screen_shows_four_panes_and_the_narrow_one_two() {
    let wide = reader(160, 48, Analysis::default());
    assert_eq!(wide.panes.len(), 4);
    let narrow = reader(80, 24, Analysis::default());
    assert_eq!(narrow.panes.len(), 2);
    let ids: Vec<usize> = wide.panes.iter().map(|p| p.article).collect();
    assert_eq!(ids, [0, 1, 2, 3]);
}

#[test]
fn focus_moves_with_tab_shift_tab_h_and_l() {
    let mut s = reader(160, 48, Analysis::default());
    keys(&mut s, "<tab><tab>");
    assert_eq!(s.focus, 2);
    keys(&mut s, "<s-tab>");
    assert_eq!(s.focus, 1);
    keys(&mut s, "hhh");
    assert_eq!(s.focus, 0, "h stops at the left edge");
    keys(&mut s, "<s-tab>");
    assert_eq!(s.focus, 3, "shift-tab wraps");
    keys(&mut s, "llll");
    assert_eq!(s.focus, 3, "l stops at the right edge");
    keys(&mut s, "<tab>");
    assert_eq!(s.focus, 0, "tab wraps");
}

#[test]
fn scrolling_keys_move_the_focused_pane() {
    let mut s = reader(160, 48, Analysis::default());
    keys(&mut s, "s"); // free scrolling: only the focused pane moves
    assert!(!s.aligned);
    // j / k move the cursor; the view follows only when it would leave the screen.
    keys(&mut s, "jjj");
    assert_eq!(s.panes[0].cursor, 3);
    assert_eq!(tops(&s), [0, 0, 0, 0]);
    let rows = s.text_rows();
    keys(&mut s, &"j".repeat(rows));
    assert_eq!(s.panes[0].cursor, rows + 3);
    assert_eq!(s.panes[0].top, 4, "the cursor's line is the last on screen");
    keys(&mut s, &"k".repeat(rows + 1));
    assert_eq!(
        s.panes[0].top, 2,
        "the cursor's line is the first on screen"
    );
    keys(&mut s, "j<down><up><up><up>");
    assert_eq!((s.panes[0].top, s.panes[0].cursor), (1, 1));
    let half = s.text_rows() / 2;
    keys(&mut s, "<tab><c-d>");
    assert_eq!(s.panes[1].top, half);
    keys(&mut s, "<c-u>");
    assert_eq!(s.panes[1].top, 0);
    keys(&mut s, "G");
    let last_page = s.wrapped(1).len() - s.text_rows();
    assert_eq!(s.panes[1].top, last_page, "G shows the last full page");
    keys(&mut s, "jjj");
    assert_eq!(s.panes[1].top, last_page, "no scrolling past the end");
    keys(&mut s, "g");
    assert_eq!(s.panes[1].top, 0);
    keys(&mut s, "<pgdn>");
    assert_eq!(s.panes[1].top, s.text_rows() - 2);
    keys(&mut s, "<pgup><pgup>");
    assert_eq!(s.panes[1].top, 0);
    assert_eq!(tops(&s)[0], 1, "the other pane stayed where it was");
}

#[test]
fn without_anchors_aligned_panes_follow_proportionally() {
    let mut s = reader(160, 48, Analysis::default());
    assert!(s.aligned, "aligned scrolling is on by default");
    keys(&mut s, "<c-d><c-d>");
    // Each pane is the same share of the way through its scrolling range.
    let range = |s: &State, i: usize| (s.wrapped(i).len() - s.text_rows()) as f64;
    let frac = s.panes[0].top as f64 / range(&s, 0);
    for i in 1..s.panes.len() {
        let f = s.panes[i].top as f64 / range(&s, i);
        assert!(
            (f - frac).abs() < 0.05,
            "pane {i} at {f:.2}, leader at {frac:.2}"
        );
    }
    keys(&mut s, "G");
    for i in 0..s.panes.len() {
        assert_eq!(
            s.panes[i].top as f64,
            range(&s, i),
            "every pane on its last page"
        );
    }
    keys(&mut s, "g");
    assert_eq!(tops(&s), [0, 0, 0, 0]);
}

#[test]
fn shared_passage_jumps_land_every_pane_on_the_same_anchor_group() {
    let mut s = reader(160, 48, Analysis::default());
    s.analysis.anchors = constructed_anchors(&s);
    let member_line = |s: &State, pane: usize, group: usize| {
        let a = s.panes[pane].article;
        let (span, _) = s
            .analysis
            .anchors
            .of(a)
            .iter()
            .find(|(_, g)| *g == group)
            .unwrap();
        s.wrapped(pane).line_of(span.start)
    };
    let all_on = |s: &State, group: usize, why: &str| {
        for i in 0..s.panes.len() {
            assert_eq!(s.panes[i].top, member_line(s, i, group), "{why}: pane {i}");
        }
    };
    keys(&mut s, "]");
    all_on(&s, 1, "first jump");
    keys(&mut s, "]");
    all_on(&s, 2, "second jump");
    // Moving through a shared passage keeps the others on theirs, row for row.
    keys(&mut s, "j");
    for i in 1..4 {
        let t = s.panes[i].top;
        let line = member_line(&s, i, 2);
        assert!(t >= line && t <= line + 2, "pane {i}");
    }
    keys(&mut s, "[");
    all_on(&s, 2, "back");
    // Leading from another pane works the same.
    keys(&mut s, "g<tab><tab>]");
    all_on(&s, 1, "led by pane 2");
    keys(&mut s, "]]");
    assert!(
        s.notice
            .as_deref()
            .unwrap()
            .contains("no shared passage after")
    );
}

#[test]
fn without_anchors_the_jump_says_so_instead_of_moving() {
    let mut s = reader(160, 48, Analysis::default());
    keys(&mut s, "jj]");
    assert_eq!((s.panes[0].top, s.panes[0].cursor), (0, 2));
    assert!(
        s.notice
            .as_deref()
            .unwrap()
            .starts_with("no shared passages are known")
    );
    keys(&mut s, "j");
    assert_eq!(s.notice, None, "a notice lasts until the next key");
}

#[test]
fn search_finds_matches_in_every_pane_and_steps_through_them() {
    let mut s = reader(160, 48, Analysis::default());
    keys(&mut s, "/POORLY WORDED");
    assert_eq!(
        s.prompt.as_ref().map(|p| p.text.as_str()),
        Some("POORLY WORDED")
    );
    keys(&mut s, "<enter>");
    assert_eq!(s.prompt, None);
    let hits = s.search.hits.clone();
    let articles: std::collections::BTreeSet<usize> = hits.iter().map(|h| h.article).collect();
    assert!(articles.len() >= 3, "found in {articles:?}");
    for h in &hits {
        let text = s.corpus.articles[h.article].slice(h.span);
        assert_eq!(text.to_lowercase(), "poorly worded");
    }
    let current = |s: &State| s.search.hits[s.search.current.unwrap()];
    let visible = |s: &State| {
        let h = current(s);
        let p = s.panes.iter().position(|p| p.article == h.article).unwrap();
        assert_eq!(s.focus, p, "the pane with the match has focus");
        let line = s.wrapped(p).line_of(h.span.start);
        (s.panes[p].top..s.panes[p].top + s.text_rows()).contains(&line)
    };
    assert!(visible(&s));
    let first = s.search.current.unwrap();
    keys(&mut s, "n");
    assert_eq!(s.search.current, Some((first + 1) % hits.len()));
    assert!(visible(&s));
    keys(&mut s, "NN");
    assert_eq!(
        s.search.current,
        Some((first + hits.len() - 1) % hits.len())
    );
    keys(&mut s, "<esc>");
    assert!(s.search.hits.is_empty(), "esc clears the search");
}

#[test]
fn a_match_in_a_source_not_on_screen_is_brought_into_the_focused_pane() {
    let mut s = reader(80, 24, Analysis::default());
    let hill = s.corpus.articles.len() - 1;
    assert!(s.panes.iter().all(|p| p.article != hill));
    // Only The Hill's headline says this.
    keys(&mut s, "<tab>/defense secretary denies<enter>");
    assert_eq!(s.search.hits.len(), 1);
    assert_eq!(s.search.hits[0].article, hill);
    assert_eq!(s.focus, 1);
    assert_eq!(s.panes[1].article, hill);
    assert_eq!(s.panes[0].article, 0, "the other pane keeps its source");
}

#[test]
fn a_search_with_no_match_says_so_and_the_prompt_takes_every_character() {
    let mut s = reader(160, 48, Analysis::default());
    keys(&mut s, "/qjk?<enter>");
    assert!(!s.quit, "q typed into the prompt does not quit");
    assert_eq!(s.search.query, "qjk?");
    assert!(s.search.hits.is_empty());
    assert!(s.notice.as_deref().unwrap().contains("no match"));
    keys(&mut s, "/abc<bs><esc>");
    assert_eq!(s.prompt, None);
}

#[test]
fn enter_on_a_shared_quote_opens_it_in_compare() {
    let mut s = reader(160, 48, Analysis::default());
    let a = s.panes[0].article;
    let first = s.corpus.articles[a].sentences().next().unwrap();
    let mut per_article = vec![Vec::new(); s.corpus.articles.len()];
    per_article[a] = vec![Highlight {
        span: first,
        group: Some(3),
    }];
    s.analysis.highlights = Highlights { per_article };
    keys(&mut s, "<enter>");
    assert_eq!(s.tab, Tab::Compare);
    let sel = s.compare_selection.unwrap();
    assert_eq!((sel.group, sel.article, sel.span), (3, a, first));
    // (tests/reader_compare.rs follows the selection into the Compare view, with analysis.)
    keys(&mut s, "1<tab><enter>");
    assert_eq!(s.tab, Tab::Reader, "no shared quote in pane 2: stay");
    assert_eq!(
        s.notice.as_deref(),
        Some("no shared quote on screen in this pane")
    );
    s.analysis.highlights = Highlights::default();
    keys(&mut s, "<enter>");
    assert!(
        s.notice
            .as_deref()
            .unwrap()
            .starts_with("no quotes are marked")
    );
}

#[test]
fn help_opens_closes_and_q_quits_even_from_it() {
    let mut s = reader(80, 24, Analysis::default());
    keys(&mut s, "?");
    assert_eq!(s.overlay, Some(Overlay::Help { scroll: 0 }));
    keys(&mut s, "jjj");
    assert_eq!(s.overlay, Some(Overlay::Help { scroll: 3 }));
    assert_eq!(s.panes[0].top, 0, "keys scroll the help, not the panes");
    keys(&mut s, "<esc>");
    assert_eq!(s.overlay, None);
    assert!(!s.quit);
    keys(&mut s, "?q");
    assert!(s.quit);
    let mut s = reader(80, 24, Analysis::default());
    keys(&mut s, "/<c-c>");
    assert!(s.quit, "ctrl-c quits even from the prompt");
}

#[test]
fn tabs_switch_by_number_and_by_click() {
    let mut s = reader(160, 48, Analysis::default());
    keys(&mut s, "5");
    assert_eq!(s.tab, Tab::Sources);
    keys(&mut s, "2");
    assert_eq!(s.tab, Tab::Compare);
    update(&mut s, Action::Click { column: 2, row: 0 });
    assert_eq!(s.tab, Tab::Reader);
    update(&mut s, Action::Click { column: 40, row: 0 });
    assert_eq!(s.tab, Tab::Bookmarks);
}

#[test]
fn the_mouse_focuses_and_scrolls_the_pane_under_it() {
    let mut s = reader(160, 48, Analysis::default());
    keys(&mut s, "s");
    update(
        &mut s,
        Action::Click {
            column: 90,
            row: 10,
        },
    );
    assert_eq!(s.focus, 2);
    update(
        &mut s,
        Action::Wheel {
            column: 45,
            row: 10,
            down: true,
        },
    );
    assert_eq!(tops(&s), [0, 3, 0, 0]);
    assert_eq!(s.focus, 2, "the wheel does not move focus");
}

#[test]
fn more_sources_than_panes_are_paged_or_chosen_per_pane() {
    let mut s = reader(160, 48, Analysis::default());
    keys(&mut s, ">");
    let shown: Vec<usize> = s.panes.iter().map(|p| p.article).collect();
    assert_eq!(shown, [4, 0, 1, 2]);
    keys(&mut s, "<lt>");
    let shown: Vec<usize> = s.panes.iter().map(|p| p.article).collect();
    assert_eq!(shown, [0, 1, 2, 3]);
    keys(&mut s, "<tab>c");
    let shown: Vec<usize> = s.panes.iter().map(|p| p.article).collect();
    assert_eq!(shown, [0, 4, 2, 3]);
}

#[test]
fn resizing_reflows_and_keeps_each_pane_on_its_text() {
    let mut s = reader(160, 48, Analysis::default());
    keys(&mut s, "s<c-d><c-d>");
    let byte = s.wrapped(0).start_of(s.panes[0].top);
    update(
        &mut s,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    assert_eq!(s.panes.len(), 2);
    let line = s.panes[0].top;
    let w = s.wrapped(0);
    assert!(w.lines[line].span.start <= byte && byte <= w.lines[line].span.end + 1);
    update(
        &mut s,
        Action::Resize {
            width: 20,
            height: 5,
        },
    );
    update(
        &mut s,
        Action::Resize {
            width: 200,
            height: 60,
        },
    );
    assert_eq!(s.panes.len(), 5);
    keys(&mut s, "jjjGg");
}

#[test]
fn an_empty_corpus_runs_without_panes() {
    let config = Config::default();
    let mut s = State::new(
        corpus::Corpus::default(),
        Analysis::default(),
        &config,
        Theme::new(&config.theme, false),
    );
    keys(&mut s, "jjGg<tab>]/x<enter>nN<enter>>c5jj1");
    assert!(s.panes.is_empty());
}
