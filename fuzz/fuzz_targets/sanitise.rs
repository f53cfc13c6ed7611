//! The sanitiser on any text: nothing unsafe reaches the output, a single line stays one line,
//! and the offset map sends every position of the output to a character boundary of the input,
//! in order.
#![no_main]
use crosscheck::text::sanitise::is_unsafe_char;
use crosscheck::text::{sanitise, sanitise_line};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&tab, rest)) = data.split_first() else {
        return;
    };
    let raw = String::from_utf8_lossy(rest);
    let tab_width = usize::from(tab % 17);
    let clean = sanitise(&raw, tab_width);
    if let Some(c) = clean.text.chars().find(|&c| is_unsafe_char(c)) {
        panic!("unsafe character {c:?} left in the sanitised text");
    }
    let mut last = 0;
    for pos in (0..=clean.text.len()).filter(|&p| clean.text.is_char_boundary(p)) {
        let r = clean.map.raw_offset(pos);
        assert!(r <= raw.len(), "offset {pos} maps past the raw text: {r}");
        assert!(
            raw.is_char_boundary(r),
            "offset {pos} maps inside a character: {r}"
        );
        assert!(r >= last, "offset {pos} maps before the offset before it");
        last = r;
    }
    let line = sanitise_line(&raw);
    assert!(!line.contains('\n'), "a sanitised line holds a line break");
    if let Some(c) = line.chars().find(|&c| is_unsafe_char(c)) {
        panic!("unsafe character {c:?} left in a sanitised line");
    }
});
