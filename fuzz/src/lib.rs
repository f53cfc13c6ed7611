//! What the fuzz targets share: cutting one fuzzed input into several articles, loading them
//! as the commands would, the bundled seeds to put beside them, and running every printer
//! (text, Markdown, JSON) into a sink so that what a command would print is made too.

use crosscheck::corpus::{self, Article, Corpus, LoadOptions};
use std::sync::OnceLock;

/// The formats a fuzzed piece is loaded as, picked by its first byte; the last leaves the
/// format to be guessed from the content, as for standard input.
const NAMES: [&str; 7] = [
    "fuzz.txt",
    "fuzz.md",
    "fuzz.json",
    "fuzz.jsonl",
    "fuzz",
    "fuzz.markdown",
    "fuzz.html",
];

/// Cuts `data` into at most `most` pieces at NUL bytes (a NUL makes a file binary, so it is
/// free to serve as the separator).
pub fn pieces(data: &[u8], most: usize) -> Vec<&[u8]> {
    data.splitn(most, |&b| b == 0).collect()
}

/// Loads one piece as a file would be: its first byte picks the format (see `NAMES`).
pub fn load_piece(piece: &[u8], n: usize) -> Corpus {
    let (name, body) = match piece.split_first() {
        Some((&first, rest)) => (NAMES[usize::from(first) % NAMES.len()], rest),
        None => (NAMES[0], piece),
    };
    let name = name.replacen("fuzz", &format!("fuzz{n}"), 1);
    corpus::from_bytes(body, &name, &LoadOptions::default())
}

/// The bundled example corpus, loaded once.
pub fn seeds() -> &'static Corpus {
    static SEEDS: OnceLock<Corpus> = OnceLock::new();
    SEEDS.get_or_init(corpus::bundled)
}

/// One seed article, the shortest of the bundled ones (the analysis of two or three fuzzed
/// articles beside it stays fast enough to fuzz).
pub fn one_seed() -> Article {
    seeds()
        .articles
        .iter()
        .min_by_key(|a| a.text.len())
        .expect("the bundled corpus has articles")
        .clone()
}

/// The fuzzed pieces loaded one after another, beside `seeds` (which come first).
pub fn corpus_of(pieces: &[&[u8]], seeds: impl IntoIterator<Item = Article>) -> Corpus {
    let mut corpus = Corpus::default();
    for a in seeds {
        corpus.push(a);
    }
    for (n, piece) in pieces.iter().enumerate() {
        let part = load_piece(piece, n);
        for a in part.articles {
            corpus.push(a);
        }
        corpus.errors.extend(part.errors);
    }
    corpus
}

/// Panics with the breach when an invariant does not hold: the fuzzer reports it as a crash.
pub fn holds(check: Result<(), String>) {
    if let Err(breach) = check {
        panic!("invariant broken: {breach}");
    }
}

/// Draws the reader's state on an off-screen terminal of its size.
pub fn draw(state: &crosscheck::tui::State) {
    let (width, height) = state.size;
    let backend = ratatui::backend::TestBackend::new(width, height);
    let mut terminal = ratatui::Terminal::new(backend).expect("a test terminal");
    terminal
        .draw(|frame| frame.render_widget(state, frame.area()))
        .expect("drawing off screen cannot fail");
}
