//! The Compare, Claims and Sources views on the analysed seeds: snapshots at 80x24 and 160x48,
//! the styles that carry meaning (a changed word, a case-only difference), and flows for every
//! key of the two analysis tabs.

#[path = "support/screen.rs"]
mod support_screen;
use support_screen::{draw, screen};

use crosscheck::collate::Base;
use crosscheck::config::Config;
use crosscheck::corpus;
use crosscheck::tui::compare::Focus;
use crosscheck::tui::{Action, Analysis, ClaimsFilter, State, Tab, Theme, apply_keys, update};
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

fn analysed(width: u16, height: u16, color: bool) -> State {
    let config = Config::default();
    let theme = Theme::new(&config.theme, color);
    let mut s = State::new(corpus::bundled(), Analysis::default(), &config, theme);
    s.analyse();
    update(&mut s, Action::Resize { width, height });
    s
}

fn keys(s: &mut State, k: &str) {
    apply_keys(s, k).unwrap();
}

/// The cell where `word` starts on the first row that has it after row `from`.
fn find(buf: &Buffer, word: &str, from: u16) -> Option<(u16, u16)> {
    for y in from..buf.area.height {
        let row: Vec<&str> = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        let line: String = row.concat();
        if let Some(byte) = line.find(word) {
            // Columns, not bytes: count the cells before it.
            let mut x = 0u16;
            let mut seen = 0;
            for (i, cell) in row.iter().enumerate() {
                if seen >= byte {
                    x = i as u16;
                    break;
                }
                seen += cell.len();
            }
            return Some((x, y));
        }
    }
    None
}

#[test]
fn snapshots_of_compare_claims_and_sources_on_the_seeds() {
    for (name, k) in [("compare", "2"), ("claims", "3"), ("sources_analysed", "5")] {
        for (w, h) in [(80, 24), (160, 48)] {
            let mut s = analysed(w, h, true);
            keys(&mut s, k);
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), draw(&s).backend());
        }
    }
    let mut s = analysed(160, 48, true);
    keys(&mut s, "2vtb");
    insta::assert_snapshot!("compare_table_160x48", draw(&s).backend());
    let mut s = analysed(80, 24, false);
    keys(&mut s, "3");
    insta::assert_snapshot!("claims_no_color_80x24", draw(&s).backend());
}

#[test]
fn compare_opens_on_the_letter_and_marks_002s_changed_word_and_case_only_differences() {
    let mut s = analysed(160, 48, true);
    keys(&mut s, "2");
    let p = s.compare.passage().expect("the letter is collated");
    let articles: Vec<usize> = p.versions.iter().map(|v| v.article).collect();
    assert_eq!(
        articles,
        [1, 2, 4],
        "the letter, as 001, 002 and 004 quote it"
    );
    let v002 = p.versions.iter().find(|v| v.article == 2).unwrap();
    assert!(v002.retranslation, "002's letter is flagged re-translated");
    let t = draw(&s);
    let buf = t.backend().buffer();
    let text = screen(buf);
    assert!(text.contains("re-translation?"), "{text}");
    // "respecting" is 002's word for "in deference to": a substantive change, in colour.
    let (x, y) = find(buf, "respecting", 2).expect("002's version is on screen");
    let cell = &buf[(x, y)];
    assert!(cell.modifier.contains(Modifier::BOLD), "{cell:?}");
    assert_ne!(cell.fg, ratatui::style::Color::Reset);
    // Its "Iraq" lacks the comma the others have: a cosmetic difference, drawn faint.
    let faint = (2..buf.area.height).any(|y| {
        (0..buf.area.width).any(|x| {
            buf[(x, y)].modifier.contains(Modifier::DIM)
                && buf[(x, y)].symbol() == "I"
                && buf[(x + 1, y)].symbol() == "r"
        })
    });
    assert!(faint, "a cosmetic difference is faint:\n{text}");
    // With cosmetic differences hidden, nothing is faint in the collation.
    keys(&mut s, "t");
    let t = draw(&s);
    let buf = t.backend().buffer();
    let right = s.compare.passage().unwrap();
    assert!(right.variants(true).len() < right.variants(false).len());
    let dim_words = (3..buf.area.height - 1)
        .flat_map(|y| (50..buf.area.width).map(move |x| (x, y)))
        .filter(|&(x, y)| {
            buf[(x, y)].modifier.contains(Modifier::DIM) && buf[(x, y)].symbol() != " "
        })
        .count();
    assert!(
        dim_words < 12,
        "only the legend is faint, found {dim_words}"
    );
}

#[test]
fn a_case_only_difference_is_faint_in_monochrome_too() {
    let mut s = analysed(160, 48, false);
    keys(&mut s, "2");
    // #6: 000 writes "co-ordinated", Reuters "coordinated": cosmetic.
    let i = s
        .compare
        .entries
        .as_ref()
        .unwrap()
        .iter()
        .position(|e| e.cluster == 6)
        .unwrap();
    let from = s.compare.selected;
    let step = if i > from { "j" } else { "k" };
    keys(&mut s, &step.repeat(i.abs_diff(from)));
    let t = draw(&s);
    let buf = t.backend().buffer();
    let (x, y) = find(buf, "coordinated", 3).expect("Reuters' spelling on screen");
    assert!(buf[(x, y)].modifier.contains(Modifier::DIM));
}

#[test]
fn compare_keys_move_through_passages_versions_bases_layouts_and_variants() {
    let mut s = analysed(80, 24, true);
    keys(&mut s, "2");
    assert_eq!(s.tab, Tab::Compare);
    let letter = s.compare.entry().unwrap().cluster;
    assert_eq!(s.compare.focus, Focus::List);
    keys(&mut s, "j");
    assert_ne!(s.compare.entry().unwrap().cluster, letter);
    keys(&mut s, "k");
    assert_eq!(s.compare.entry().unwrap().cluster, letter);
    keys(&mut s, "g");
    assert_eq!(s.compare.selected, 0);
    keys(&mut s, "G");
    assert_eq!(
        s.compare.selected,
        s.compare.entries.as_ref().unwrap().len() - 1
    );
    // Back to the letter; focus the versions.
    while s.compare.entry().unwrap().cluster != letter {
        keys(&mut s, "k");
    }
    keys(&mut s, "<tab>");
    assert_eq!(s.compare.focus, Focus::Versions);
    keys(&mut s, "j");
    assert_eq!(s.compare.version, 1);
    keys(&mut s, "jjjj");
    assert_eq!(s.compare.version, 2, "stops at the last version");
    keys(&mut s, "h");
    assert_eq!(s.compare.focus, Focus::List);
    keys(&mut s, "l");
    assert_eq!(s.compare.focus, Focus::Versions);
    // b: each source in turn as the base, then the consensus again.
    keys(&mut s, "b");
    assert_eq!(s.compare.passage().unwrap().base, Base::Witness(0));
    assert!(s.notice.as_deref().unwrap().contains("The National"));
    keys(&mut s, "bbb");
    assert_eq!(s.compare.passage().unwrap().base, Base::Consensus);
    // } and {: the next and previous variant, scrolled into view.
    keys(&mut s, "}");
    let first = s.compare.variant.unwrap();
    keys(&mut s, "}}");
    let third = s.compare.variant.unwrap();
    assert!(third > first);
    keys(&mut s, "{{");
    assert_eq!(s.compare.variant, Some(first));
    keys(&mut s, "{");
    assert!(s.notice.as_deref().unwrap().contains("no variant before"));
    keys(&mut s, "G}}}}}}}}}}}}}}}}}}}}");
    assert!(
        s.compare.scroll > 0,
        "the collation scrolled to the variant"
    );
    // v: the variant table, wrapped to the width.
    keys(&mut s, "v");
    assert!(s.compare.table);
    let text = screen(draw(&s).backend().buffer());
    assert!(text.contains("consensus"), "{text}");
    keys(&mut s, "v");
    assert!(!s.compare.table);
    // t hides and shows cosmetic differences.
    keys(&mut s, "t");
    assert!(s.compare.hide_cosmetic);
    keys(&mut s, "t");
    assert!(!s.compare.hide_cosmetic);
    // Page keys scroll the collation.
    keys(&mut s, "g");
    let at = s.compare.scroll;
    keys(&mut s, "<c-d>");
    let down = s.compare.scroll;
    assert!(down > at);
    keys(&mut s, "<c-u>");
    assert!(s.compare.scroll < down);
}

#[test]
fn enter_on_a_version_shows_it_in_the_reader_and_enter_on_a_quote_comes_back() {
    let mut s = analysed(160, 48, true);
    keys(&mut s, "2<enter>");
    assert_eq!(
        s.compare.focus,
        Focus::Versions,
        "enter on the list opens the versions"
    );
    keys(&mut s, "j");
    let v = s.compare.passage().unwrap().versions[1].clone();
    keys(&mut s, "<enter>");
    assert_eq!(s.tab, Tab::Reader);
    let pane = s.focused().copied().unwrap();
    assert_eq!(pane.article, v.article);
    let line = s.wrapped(s.focus).line_of(v.segments[0].start);
    assert!((pane.top..pane.top + s.text_rows()).contains(&line));
    // Enter on that quote in the Reader opens Compare on its cluster and version.
    keys(&mut s, "<enter>");
    assert_eq!(s.tab, Tab::Compare);
    assert_eq!(s.compare.focus, Focus::Versions);
    let p = s.compare.passage().unwrap();
    assert_eq!(p.versions[s.compare.version].article, v.article);
}

#[test]
fn claims_show_the_signed_conflict_first_and_keys_filter_select_and_jump() {
    let mut s = analysed(80, 24, true);
    keys(&mut s, "3");
    let findings = s.findings.clone().unwrap();
    let a = &findings.claims;
    let first = s.claims_view.claim(a).unwrap();
    assert!(first.summary.contains("signed"), "{}", first.summary);
    assert!(!first.contradicted_by().is_empty());
    let text = screen(draw(&s).backend().buffer());
    assert!(text.contains("in conflict"), "{text}");
    assert!(
        text.contains("unsigned"),
        "the other side's sentence shows:\n{text}"
    );
    keys(&mut s, "j");
    assert_eq!(s.claims_view.selected, 1);
    keys(&mut s, "G");
    assert!(s.claims_view.selected > 10);
    assert!(
        s.claims_view.top > 0,
        "the table scrolled with the selection"
    );
    keys(&mut s, "g");
    assert_eq!((s.claims_view.selected, s.claims_view.top), (0, 0));
    // f cycles the filters; each keeps only its claims.
    for filter in [
        ClaimsFilter::Conflicts,
        ClaimsFilter::SharedByAll,
        ClaimsFilter::Unique,
        ClaimsFilter::All,
    ] {
        keys(&mut s, "f");
        assert_eq!(s.claims_view.filter, filter);
    }
    keys(&mut s, "f");
    assert_eq!(s.claims_view.visible.len(), a.conflicts.len().max(1));
    keys(&mut s, "fff");
    // l / h choose the source; enter shows its sentence in the Reader.
    keys(&mut s, "l");
    assert_eq!(s.claims_view.source, 1);
    keys(&mut s, "hh");
    assert_eq!(s.claims_view.source, 4, "wraps round");
    keys(&mut s, "<enter>");
    assert_eq!(s.tab, Tab::Reader);
    let evidence = &first.cell(4).unwrap().evidence[0];
    let pane = s.focused().copied().unwrap();
    assert_eq!(pane.article, 4);
    let line = s.wrapped(s.focus).line_of(evidence.sentence.start);
    assert!((pane.top..pane.top + s.text_rows()).contains(&line));
}

#[test]
fn sources_list_quotes_claims_and_the_closest_wording() {
    let mut s = analysed(80, 24, true);
    keys(&mut s, "5");
    let closest = s.compare.closest.clone().unwrap();
    // 001 and 004 quote the letter in the same words.
    assert_eq!(closest[1].map(|c| c.0), Some(4));
    let text = screen(draw(&s).backend().buffer());
    assert!(
        text.contains("CLOSEST WORDING") && text.contains("QUOTES"),
        "{text}"
    );
}

#[test]
fn v_selects_in_the_reader_and_switches_the_layout_in_compare() {
    let mut s = analysed(80, 24, true);
    keys(&mut s, "v");
    assert_eq!(s.tab, Tab::Reader);
    assert!(s.selection.is_some(), "v starts a selection in the Reader");
    assert!(!s.compare.table);
    keys(&mut s, "<esc>2v");
    assert!(s.compare.table, "v switches Compare to the variant table");
    assert_eq!(s.selection, None);
    keys(&mut s, "1");
    assert_eq!(s.selection, None, "the Compare `v` left the Reader alone");
    keys(&mut s, "v");
    assert!(s.selection.is_some());
    // The Bookmarks keys do nothing in Compare and Claims, the Compare keys nothing elsewhere.
    keys(&mut s, "<esc>2");
    let before = (s.compare.table, s.compare.hide_cosmetic, s.message.clone());
    keys(&mut s, "edux3edux");
    assert_eq!(s.tab, Tab::Claims);
    assert_eq!(
        s.prompt, None,
        "x asked for no export path outside Bookmarks"
    );
    keys(&mut s, "tv1");
    assert_eq!(
        (s.compare.table, s.compare.hide_cosmetic, s.message.clone()),
        before
    );
}

#[test]
fn help_opened_in_compare_lists_the_compare_keys_first() {
    let mut s = analysed(80, 24, true);
    keys(&mut s, "2?");
    insta::assert_snapshot!("help_in_compare_80x24", draw(&s).backend());
    let text = screen(draw(&s).backend().buffer());
    assert!(text.contains("In Compare"), "{text}");
    assert!(text.contains("stacked versions or variant table"), "{text}");
    // Scrolling reaches the end and no further: the Bookmarks section, then the closing line.
    keys(&mut s, "G");
    let text = screen(draw(&s).backend().buffer());
    assert!(text.contains("export the bookmarks shown"), "{text}");
    assert!(!text.contains("for more"), "{text}");
    keys(&mut s, "k");
    let text = screen(draw(&s).backend().buffer());
    assert!(
        text.contains("for more"),
        "one line up from the end: {text}"
    );
}

/// With 25 sources the claims matrix keeps to half of a 160-column screen: its columns are
/// headed by numbers, the focused source is named in the header, and the detail below numbers
/// every source as the matrix does.
#[test]
fn claims_with_twenty_five_sources_leave_the_claim_text_half_the_width() {
    let config = Config::default();
    let theme = Theme::new(&config.theme, true);
    let corpus = crosscheck::synth::load(&crosscheck::synth::corpus(7, 25, 300));
    let mut s = State::new(corpus, Analysis::default(), &config, theme);
    s.analyse();
    update(
        &mut s,
        Action::Resize {
            width: 160,
            height: 48,
        },
    );
    keys(&mut s, "3");
    let t = draw(&s);
    let buf = t.backend().buffer();
    let header = screen(buf).lines().nth(3).unwrap().to_string();
    assert!(header.contains(" 1  2  3"), "{header}");
    assert!(header.contains("25"), "{header}");
    assert!(header.contains("claim · source 1:"), "{header}");
    let (x, _) = find(buf, "c1 ", 4).expect("the first claim's row");
    assert!(x <= 80, "claim text starts at column {x}");
    keys(&mut s, "l");
    let t = draw(&s);
    let header = screen(t.backend().buffer())
        .lines()
        .nth(3)
        .unwrap()
        .to_string();
    assert!(header.contains("claim · source 2:"), "{header}");
    // At 80x24 it still draws the matrix and a claim beside it.
    update(
        &mut s,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    let t = draw(&s);
    let text = screen(t.backend().buffer());
    assert!(text.lines().nth(4).unwrap().contains("c1"), "{text}");
}
