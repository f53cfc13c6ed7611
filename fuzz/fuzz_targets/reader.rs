//! The reader on fuzzed articles beside one bundled seed: the analysis is run as the reader
//! runs it, then a fuzzed sequence of actions (the first NUL-separated piece, one byte an
//! action of those a key can be bound to, the first 24) moves through every tab, pane, search
//! and overlay, drawing after each at sizes down to a few cells. Nothing may panic; what cannot be analysed is shown, not fatal.
#![no_main]
use crosscheck::config::Config;
use crosscheck::tui::{Action, Analysis, State, Theme, update};
use crosscheck_fuzz::{corpus_of, draw, one_seed, pieces};
use libfuzzer_sys::fuzz_target;

/// What the fuzzer may type into a prompt (search, bookmarks filter).
const TYPED: [char; 16] = [
    's', 'a', 'i', 'd', ' ', '\u{1b}', '"', 'x', '.', '1', 'Q', '/', 'é', '\u{202e}', '\u{301}',
    '日',
];

const SIZES: [(u16, u16); 4] = [(80, 24), (160, 48), (20, 6), (1, 1)];

fuzz_target!(|data: &[u8]| {
    let parts = pieces(data, 4);
    let (keys, articles) = parts.split_first().expect("splitn yields a piece");
    let corpus = corpus_of(articles, [one_seed()]);
    let config = Config::default();
    let theme = Theme::new(&config.theme, true);
    let mut state = State::new(corpus, Analysis::default(), &config, theme);
    state.analyse();
    state.open_bookmarks(Err("no bookmark store while fuzzing".into()));
    update(
        &mut state,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    draw(&state);
    for &k in keys.iter().take(24) {
        let action = match k {
            0xF0..=0xF3 => {
                let (width, height) = SIZES[usize::from(k & 3)];
                Action::Resize { width, height }
            }
            0xE0..=0xEF => Action::PromptInput(TYPED[usize::from(k & 15)]),
            0xD0 => Action::PromptSubmit,
            _ => Action::BINDABLE[usize::from(k) % Action::BINDABLE.len()],
        };
        update(&mut state, action);
        draw(&state);
    }
});
