//! Loading one input from bytes in every format (text, Markdown with front matter, JSON,
//! JSON Lines, and guessed from the content): whatever the bytes, loading returns articles and
//! errors, never panics, and every span an article holds lies inside its text.
#![no_main]
use crosscheck::invariants;
use crosscheck_fuzz::{holds, load_piece};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let corpus = load_piece(data, 0);
    holds(invariants::check_corpus(&corpus));
    for article in &corpus.articles {
        let _ = (
            article.words(),
            article.noise_share(),
            article.content_hash(),
        );
        let _ = article.display_name();
        for s in article.sentences() {
            let _ = article.clean_text(s);
            let _ = article.sentence_at(s.start);
            let _ = article.paragraph_at(s.end);
        }
        let _ = article.raw_map.raw_offset(article.text.len());
    }
    let mut out = Vec::new();
    crosscheck::cli::sources_table(&mut out, &corpus).unwrap();
    let _ = crosscheck::cli::sources::to_json(&corpus);
});
