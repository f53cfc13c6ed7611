//! What the reader draws: snapshots of every screen at 80x24 and 160x48 on the bundled corpus,
//! and the cell styles where colour carries meaning.

use crosscheck::config::Config;
use crosscheck::corpus::{self, Role};
use crosscheck::tui::layout::{self, GUTTER, PANE_HEADER};
use crosscheck::tui::{Action, Analysis, Highlight, Highlights, State, Theme, apply_keys, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

fn state(width: u16, height: u16, color: bool) -> State {
    let config = Config::default();
    let theme = Theme::new(&config.theme, color);
    let mut s = State::new(corpus::bundled(), Analysis::default(), &config, theme);
    update(&mut s, Action::Resize { width, height });
    s
}

fn draw(s: &State) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(s.size.0, s.size.1)).unwrap();
    t.draw(|f| f.render_widget(s, f.area())).unwrap();
    t
}

fn buffer(s: &State) -> Buffer {
    draw(s).backend().buffer().clone()
}

fn row_text(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

#[test]
fn reader_at_80x24() {
    let s = state(80, 24, true);
    insta::assert_snapshot!(draw(&s).backend());
}

#[test]
fn reader_at_160x48() {
    let s = state(160, 48, true);
    insta::assert_snapshot!(draw(&s).backend());
}

#[test]
fn reader_scrolled_and_searching_at_160x48() {
    let mut s = state(160, 48, true);
    apply_keys(&mut s, "<c-d>/poorly worded<enter>n").unwrap();
    insta::assert_snapshot!(draw(&s).backend());
}

#[test]
fn help_and_sources_at_80x24_and_160x48() {
    for (name, keys) in [("help", "?"), ("sources", "5")] {
        for (w, h) in [(80, 24), (160, 48)] {
            let mut s = state(w, h, true);
            apply_keys(&mut s, keys).unwrap();
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), draw(&s).backend());
        }
    }
}

#[test]
fn a_terminal_too_small_says_how_big_it_must_be_and_recovers() {
    let mut s = state(50, 12, true);
    insta::assert_snapshot!(draw(&s).backend());
    update(
        &mut s,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    let buf = buffer(&s);
    assert!(row_text(&buf, 0).contains("1 Reader"));
}

#[test]
fn monochrome_reader_at_80x24_uses_no_colour_at_all() {
    let mut s = state(80, 24, false);
    apply_keys(&mut s, "/letter<enter>").unwrap();
    let t = draw(&s);
    insta::assert_snapshot!(t.backend());
    let buf = t.backend().buffer();
    for cell in &buf.content {
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset));
    }
    // Emphasis still shows: the focused header and search matches in reverse video.
    assert!(buf[(1, 1)].modifier.contains(Modifier::REVERSED));
    let hit = s.search.hits[s.search.current.unwrap()];
    let p = s
        .panes
        .iter()
        .position(|p| p.article == hit.article)
        .unwrap();
    let line = s.wrapped(p).line_of(hit.span.start) - s.panes[p].top;
    let y = 1 + PANE_HEADER + line as u16;
    let reversed = (0..80).any(|x| {
        buf[(x, y)].modifier.contains(Modifier::REVERSED)
            && "letterLETTER".contains(buf[(x, y)].symbol())
    });
    assert!(
        reversed,
        "the match is in reverse video: {}",
        row_text(buf, y)
    );
}

/// The cell where pane `pane`'s text begins on text row `row`.
fn text_cell(s: &State, pane: usize, row: usize) -> (u16, u16) {
    let rects = layout::pane_rects(s.areas().body, s.panes.len());
    (
        rects[pane].x + GUTTER,
        rects[pane].y + PANE_HEADER + row as u16,
    )
}

#[test]
fn a_shared_quote_has_the_same_colour_in_every_pane_and_clusters_differ() {
    let mut s = state(160, 48, true);
    let first = |a: usize| s.corpus.articles[a].sentences().next().unwrap();
    let mut per_article: Vec<Vec<Highlight>> = vec![Vec::new(); 5];
    per_article[0] = vec![Highlight {
        span: first(0),
        group: Some(2),
    }];
    per_article[1] = vec![Highlight {
        span: first(1),
        group: Some(2),
    }];
    per_article[2] = vec![Highlight {
        span: first(2),
        group: Some(5),
    }];
    per_article[3] = vec![Highlight {
        span: first(3),
        group: None,
    }];
    s.analysis.highlights = Highlights { per_article };
    let buf = buffer(&s);
    let fg = |pane: usize| {
        let a = s.panes[pane].article;
        let row = s.wrapped(pane).line_of(first(a).start);
        buf[text_cell(&s, pane, row)].fg
    };
    assert_eq!(fg(0), fg(1), "one cluster, one colour");
    assert_eq!(fg(0), s.theme.cluster(2).fg.unwrap());
    assert_ne!(fg(2), fg(0), "another cluster, another colour");
    assert_eq!(
        fg(3),
        s.theme.quote.fg.unwrap(),
        "a quote no one else carries"
    );
    assert_ne!(fg(3), fg(0));
}

#[test]
fn noise_is_dimmed_headlines_bold_and_bookmarks_marked_in_the_gutter() {
    let mut s = state(160, 48, true);
    let a = s.panes[0].article;
    let first = s.corpus.articles[a].sentences().next().unwrap();
    s.analysis.bookmarks = vec![(a, first)];
    let buf = buffer(&s);
    let rects = layout::pane_rects(s.areas().body, s.panes.len());
    let (_, y) = text_cell(&s, 0, s.wrapped(0).line_of(first.start));
    assert_eq!(buf[(rects[0].x, y)].symbol(), "▌");
    assert_eq!(
        buf[(rects[0].x, y + 8)].symbol(),
        " ",
        "only the bookmarked passage"
    );

    let mut checked = (false, false);
    for pane in 0..s.panes.len() {
        let article = &s.corpus.articles[s.panes[pane].article];
        for (row, line) in s.wrapped(pane).lines.iter().enumerate().take(s.text_rows()) {
            let Some(p) = line.paragraph else { continue };
            let cell = &buf[text_cell(&s, pane, row)];
            match article.paragraphs[p].role {
                Role::Noise(_) => {
                    assert!(
                        cell.modifier.contains(Modifier::DIM),
                        "pane {pane} row {row}"
                    );
                    checked.0 = true;
                }
                Role::Headline => {
                    assert!(cell.modifier.contains(Modifier::BOLD));
                    checked.1 = true;
                }
                _ => {}
            }
        }
    }
    assert_eq!(
        checked,
        (true, true),
        "the corpus shows both on the first screen"
    );
}

#[test]
fn search_matches_are_highlighted_in_every_pane() {
    let mut s = state(160, 48, true);
    apply_keys(&mut s, "/iraq<enter>g").unwrap();
    let buf = buffer(&s);
    let bg = s.theme.search.bg.unwrap();
    let panes_with_match = (0..s.panes.len())
        .filter(|&p| {
            let rect = layout::pane_rects(s.areas().body, s.panes.len())[p];
            (rect.y..rect.y + rect.height)
                .any(|y| (rect.x..rect.x + rect.width).any(|x| buf[(x, y)].bg == bg))
        })
        .count();
    assert_eq!(panes_with_match, 4);
}

#[test]
fn hostile_articles_render_at_every_size_without_escaping_their_pane() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        ("cjk.txt", "日本語の見出し\n\n東京で記者会見が開かれた。「撤退の計画はない」と国防長官は述べた。😀👍🏽 絵文字も含む長い段落がここに続きます。\n".repeat(20)),
        ("controls.txt", "Title \x1b[31mred\x1b[0m\n\nBody with \u{202E}bidi\u{202C} and \x07 bells and a\ttab.\n".repeat(10)),
        ("long.txt", format!("{}\n\n{}", "x".repeat(5000), "word ".repeat(3000))),
        ("empty-ish.txt", "   \n\n  .  \n".to_string()),
    ];
    for (name, text) in &files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let corpus = corpus::load_paths(&[dir.path().to_path_buf()], &Default::default());
    assert!(corpus.articles.len() >= 3);
    let config = Config::default();
    for color in [true, false] {
        let mut s = State::new(
            corpus.clone(),
            Analysis::default(),
            &config,
            Theme::new(&config.theme, color),
        );
        for (w, h) in [(60, 15), (80, 24), (161, 49), (59, 14), (1, 1)] {
            update(
                &mut s,
                Action::Resize {
                    width: w,
                    height: h,
                },
            );
            for keys in [
                "",
                "G",
                "<c-u>jj",
                "/記者<enter>",
                "n",
                ">",
                "c",
                "?",
                "<esc>",
                "5",
                "G",
                "1",
            ] {
                apply_keys(&mut s, keys).unwrap();
                let buf = buffer(&s);
                if layout::too_small((w, h))
                    || s.tab != crosscheck::tui::Tab::Reader
                    || s.overlay.is_some()
                {
                    continue;
                }
                // Text stays inside its pane: the separator column is never overwritten.
                let rects = layout::pane_rects(s.areas().body, s.panes.len());
                for r in &rects[..rects.len() - 1] {
                    let x = r.x + r.width - 1;
                    for y in r.y..r.y + r.height {
                        assert_eq!(
                            buf[(x, y)].symbol(),
                            "│",
                            "{w}x{h} after {keys:?} at {x},{y}"
                        );
                    }
                }
                for cell in &buf.content {
                    assert!(
                        !cell.symbol().chars().any(|c| c.is_control()),
                        "control character drawn"
                    );
                }
            }
        }
    }
}

#[test]
fn a_long_load_shows_how_far_it_has_got() {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let loading = crosscheck::tui::views::Loading {
        done: 41,
        total: 400,
        current: "/articles/a42.txt",
        articles: 41,
    };
    t.draw(|f| f.render_widget(loading, f.area())).unwrap();
    let buf = t.backend().buffer();
    let text: Vec<String> = (0..24).map(|y| row_text(buf, y)).collect();
    assert!(
        text[2].starts_with("Reading 42 of 400; 41 article(s) loaded so far"),
        "{text:?}"
    );
    assert!(text[3].starts_with("/articles/a42.txt"));
}
