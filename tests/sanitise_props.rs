//! Property tests: whatever bytes an article holds, nothing that reaches layout, the screen or
//! stdout can control the terminal, and offsets map back into the raw text.

use crosscheck::corpus::{LoadOptions, load_paths};
use crosscheck::text::{Span, sanitise, split_sentences, words};
use proptest::prelude::*;

fn hostile_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        "[a-zA-Z ,.!?\"'“”‘’…-]{0,40}",
        Just("\x1b[31m".to_string()),
        Just("\x1b]52;c;aGk=\x07".to_string()),
        Just("\u{9b}2J".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\t".to_string()),
        Just("\u{202E}".to_string()),
        Just("\u{2066}".to_string()),
        Just("\u{200F}".to_string()),
        Just("\u{0}".to_string()),
        Just("\u{7f}".to_string()),
        Just("\n\n".to_string()),
        Just("日本語".to_string()),
        Just("👩‍👩‍👧".to_string()),
        any::<char>().prop_map(|c| c.to_string()),
    ];
    proptest::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

fn is_forbidden(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{200E}' | '\u{200F}')
}

proptest! {
    #[test]
    fn sanitised_text_has_no_control_character_but_newline(raw in hostile_text()) {
        let s = sanitise(&raw, 4);
        prop_assert!(!s.text.chars().any(is_forbidden), "{:?}", s.text);
        for (i, _) in s.text.char_indices() {
            prop_assert!(s.map.raw_offset(i) <= raw.len());
        }
    }

    #[test]
    fn sentences_and_tokens_stay_on_char_boundaries(raw in hostile_text()) {
        let text = sanitise(&raw, 4).text;
        let whole = Span::new(0, text.len());
        for s in split_sentences(&text, whole) {
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        for t in words(&text, whole) {
            prop_assert!(!t.text(&text).is_empty());
        }
    }

    #[test]
    fn loading_any_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("x.txt");
        std::fs::write(&path, &bytes).unwrap();
        let corpus = load_paths(&[path], &LoadOptions::default());
        prop_assert_eq!(corpus.articles.len() + corpus.errors.len(), 1);
        for a in &corpus.articles {
            prop_assert!(!a.text.chars().any(is_forbidden));
            let title = a.meta.title.clone().unwrap_or_default();
            prop_assert!(!title.chars().any(is_forbidden));
        }
    }
}
