//! The bookmark store's file, whatever it holds: read as the store reads it, then each
//! bookmark found again in the bundled seeds and a fuzzed article beside them (its saved
//! position may point anywhere), filtered, and exported in every format. Every few inputs the
//! bytes are also opened as a real store on disk, which sets an unreadable file aside.
#![no_main]
use crosscheck::bookmarks::{self, ExportFormat, Store, attach_all};
use crosscheck_fuzz::{corpus_of, holds, pieces, seeds};
use libfuzzer_sys::fuzz_target;
use std::sync::atomic::{AtomicUsize, Ordering};

fuzz_target!(|data: &[u8]| {
    let parts = pieces(data, 2);
    let file = parts[0];
    let corpus = corpus_of(&parts[1..], seeds().articles.iter().cloned());
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    if RUNS.fetch_add(1, Ordering::Relaxed) % 16 == 0 {
        let dir = std::env::temp_dir().join(format!("crosscheck-fuzz-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(bookmarks::FILE_NAME), file).unwrap();
        if let Ok(mut store) = Store::open(&dir) {
            let _ = store.take_warnings();
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
    let Ok(list) = bookmarks::parse_file(file) else {
        return;
    };
    let attached = attach_all(&list, &corpus);
    for a in &attached {
        if let (Some(article), Some(span)) = (a.attachment.article(), a.attachment.span()) {
            let text = &corpus.articles[article].text;
            holds(crosscheck::invariants::span_in(
                text,
                span,
                "an attached bookmark",
            ));
        }
        let _ = a.bookmark.snippet(30);
        let _ = a.bookmark.matches("said");
        let _ = a.bookmark.matches(&a.bookmark.note);
    }
    for format in [
        ExportFormat::Markdown,
        ExportFormat::Json,
        ExportFormat::Csv,
    ] {
        let _ = bookmarks::export(format, &attached, &corpus);
    }
});
