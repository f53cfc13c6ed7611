//! The reader's draw path at 200x60 on the bundled seeds: the first frame (state built, the
//! whole analysis run, drawn once), and a key press (the action applied, the screen redrawn)
//! in the Reader and in Compare. Targets: first frame under 100 ms, a key press under 2 ms.

use criterion::{Criterion, criterion_group, criterion_main};
use crosscheck::config::Config;
use crosscheck::corpus;
use crosscheck::tui::{Action, Analysis, State, Theme, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;

const SIZE: (u16, u16) = (200, 60);

fn state() -> State {
    let config = Config::default();
    let theme = Theme::new(&config.theme, true);
    let mut s = State::new(corpus::bundled(), Analysis::default(), &config, theme);
    s.analyse();
    update(
        &mut s,
        Action::Resize {
            width: SIZE.0,
            height: SIZE.1,
        },
    );
    s
}

fn draw(terminal: &mut Terminal<TestBackend>, s: &State) {
    terminal.draw(|f| f.render_widget(s, f.area())).unwrap();
}

fn key_press(c: &mut Criterion, name: &str, tab: Action) {
    let mut s = state();
    update(&mut s, tab);
    let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
    draw(&mut terminal, &s);
    let mut down = true;
    c.bench_function(name, |b| {
        b.iter(|| {
            // Down then up, so the view never reaches the end and stops moving.
            update(
                &mut s,
                if down {
                    Action::ScrollDown
                } else {
                    Action::ScrollUp
                },
            );
            down = !down;
            draw(&mut terminal, &s);
            black_box(terminal.backend().buffer().area);
        })
    });
}

fn draw_benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("first frame");
    group.sample_size(20);
    group.bench_function("seeds at 200x60 (load, analyse, draw)", |b| {
        b.iter(|| {
            let s = state();
            let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
            draw(&mut terminal, &s);
            black_box(terminal.backend().buffer().area)
        })
    });
    group.finish();
    key_press(c, "key press/reader at 200x60", Action::TabReader);
    key_press(c, "key press/compare at 200x60", Action::TabCompare);
}

criterion_group!(benches, draw_benches);
criterion_main!(benches);
