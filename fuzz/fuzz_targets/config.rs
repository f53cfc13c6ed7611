//! The config file, whatever it holds: parsed and merged over the defaults, or refused with an
//! error naming a line, column and key that the reader shows; a config that parses drives
//! loading (its tab width) and the reader (keys, theme, pane width) without a panic.
#![no_main]
use crosscheck::config::Config;
use crosscheck::corpus::{self, LoadOptions, Origin};
use crosscheck::tui::{Action, Analysis, State, Theme, update};
use crosscheck_fuzz::{draw, seeds};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let path = Path::new("config.toml");
    let corpus = seeds().clone();
    match Config::from_toml(&text, path) {
        Err(error) => {
            let _ = error.to_string();
            let config = Config::default();
            let theme = Theme::new(&config.theme, true);
            let mut state = State::new(corpus, Analysis::default(), &config, theme);
            state.report_config_error(&error);
            update(
                &mut state,
                Action::Resize {
                    width: 60,
                    height: 12,
                },
            );
            draw(&state);
        }
        Ok(config) => {
            let options = LoadOptions {
                tab_width: config.tab_width,
                ..LoadOptions::default()
            };
            let _ = corpus::from_text("tabs", Origin::Stdin, "a\tb\t\tc \"said\" d\n", &options);
            let _ = config.data_dir(None);
            for color in [true, false] {
                let theme = Theme::new(&config.theme, color);
                let mut state = State::new(corpus.clone(), Analysis::default(), &config, theme);
                for (width, height) in [(80, 24), (30, 8)] {
                    update(&mut state, Action::Resize { width, height });
                    draw(&state);
                }
                update(&mut state, Action::Help);
                draw(&state);
            }
        }
    }
});
