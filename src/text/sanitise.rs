//! Neutralising untrusted article text once, at load time, before anything measures or draws it.
//!
//! Control characters and escape sequences would let an article move the cursor, recolour the
//! terminal or write the clipboard (OSC 52); bidirectional overrides would let it reorder what the
//! reader sees. Each becomes a visible, harmless symbol; the raw text is kept by the caller.

/// Sanitised text plus a map back to byte offsets in the raw text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sanitised {
    pub text: String,
    pub map: OffsetMap,
    /// How many characters were rewritten (controls, escapes, bidi marks), for load warnings.
    pub neutralised: usize,
}

/// Maps byte offsets in sanitised text back to the raw text it came from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OffsetMap {
    /// Points where sanitised and raw offsets diverge: (sanitised offset, raw offset) at the start
    /// of each rewritten character, and after it. Empty when the text was already clean.
    breakpoints: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// Maps a byte offset in the sanitised text to the corresponding offset in the raw text.
    pub fn raw_offset(&self, pos: usize) -> usize {
        match self.breakpoints.binary_search_by(|(s, _)| s.cmp(&pos)) {
            Ok(i) => self.breakpoints[i].1,
            Err(0) => pos,
            Err(i) => {
                let (s, r) = self.breakpoints[i - 1];
                // Inside a replacement (a tab that became spaces, a marker), stay on its raw char.
                let next_raw = self.breakpoints.get(i).map_or(usize::MAX, |(_, r)| *r);
                (r + (pos - s)).min(next_raw)
            }
        }
    }
}

/// The visible name shown in place of a bidirectional control character.
fn bidi_marker(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{202A}' => "⟨LRE⟩",
        '\u{202B}' => "⟨RLE⟩",
        '\u{202C}' => "⟨PDF⟩",
        '\u{202D}' => "⟨LRO⟩",
        '\u{202E}' => "⟨RLO⟩",
        '\u{2066}' => "⟨LRI⟩",
        '\u{2067}' => "⟨RLI⟩",
        '\u{2068}' => "⟨FSI⟩",
        '\u{2069}' => "⟨PDI⟩",
        '\u{061C}' => "⟨ALM⟩",
        '\u{200E}' => "⟨LRM⟩",
        '\u{200F}' => "⟨RLM⟩",
        _ => return None,
    })
}

/// Sanitises `raw`: CRLF and lone CR become LF, tabs are expanded to `tab_width` columns, a leading
/// byte-order mark is dropped, Unicode line and paragraph separators become LF, C0/C1 controls and
/// DEL become visible symbols (so an escape sequence shows as `␛[31m` and does nothing), and
/// bidirectional controls become named markers.
pub fn sanitise(raw: &str, tab_width: usize) -> Sanitised {
    let mut out = Writer::new(raw.len(), tab_width);
    let bytes = raw.as_bytes();
    let mut pos = 0;
    while pos < raw.len() {
        // Printable ASCII and line feeds, most of any article, are copied a run at a time.
        let run = bytes[pos..]
            .iter()
            .position(|&b| !(b' '..=b'~').contains(&b) && b != b'\n')
            .unwrap_or(raw.len() - pos);
        if run > 0 {
            out.plain(&raw[pos..pos + run]);
            pos += run;
        } else {
            let c = raw[pos..].chars().next().expect("pos is inside the text");
            out.char(raw, pos, c);
            pos += c.len_utf8();
        }
    }
    out.finish()
}

/// The sanitised text as it is written, with the column a tab expands from.
struct Writer {
    text: String,
    breakpoints: Vec<(usize, usize)>,
    neutralised: usize,
    column: usize,
    tab_width: usize,
}

impl Writer {
    fn new(capacity: usize, tab_width: usize) -> Self {
        Writer {
            text: String::with_capacity(capacity),
            breakpoints: Vec::new(),
            neutralised: 0,
            column: 0,
            tab_width: tab_width.max(1),
        }
    }

    /// Text that needs no rewriting: ASCII with no controls but line feeds.
    fn plain(&mut self, plain: &str) {
        self.text.push_str(plain);
        self.column = match plain.rfind('\n') {
            Some(line_feed) => plain.len() - line_feed - 1,
            None => self.column + plain.len(),
        };
    }

    /// The character `c` found at byte `raw_pos` of `raw`, rewritten if it must be.
    fn char(&mut self, raw: &str, raw_pos: usize, c: char) {
        let next = raw_pos + c.len_utf8();
        let replacement: Option<std::borrow::Cow<'static, str>> = match c {
            '\u{FEFF}' if raw_pos == 0 => Some("".into()),
            '\r' => {
                if raw.as_bytes().get(next) == Some(&b'\n') {
                    Some("".into())
                } else {
                    Some("\n".into())
                }
            }
            '\u{2028}' | '\u{2029}' => Some("\n".into()),
            '\t' => Some(
                " ".repeat(self.tab_width - self.column % self.tab_width)
                    .into(),
            ),
            '\n' => None,
            c if (c as u32) < 0x20 => {
                self.neutralised += 1;
                Some(
                    char::from_u32(0x2400 + c as u32)
                        .unwrap()
                        .to_string()
                        .into(),
                )
            }
            '\u{7F}' => {
                self.neutralised += 1;
                Some("␡".into())
            }
            '\u{80}'..='\u{9F}' => {
                self.neutralised += 1;
                // 8-bit CSI and OSC are the dangerous ones; all C1 codes look alike to a reader.
                Some(if c == '\u{9B}' { "␛[" } else { "␛" }.into())
            }
            c => bidi_marker(c).map(|m| {
                self.neutralised += 1;
                m.into()
            }),
        };
        match replacement {
            None => {
                self.text.push(c);
                self.column = if c == '\n' { 0 } else { self.column + 1 };
            }
            Some(rep) => {
                push_breakpoint(&mut self.breakpoints, self.text.len(), raw_pos);
                self.text.push_str(&rep);
                self.column = if rep.ends_with('\n') {
                    0
                } else {
                    self.column + rep.chars().count()
                };
                push_breakpoint(&mut self.breakpoints, self.text.len(), next);
            }
        }
    }

    fn finish(self) -> Sanitised {
        Sanitised {
            text: self.text,
            map: OffsetMap {
                breakpoints: self.breakpoints,
            },
            neutralised: self.neutralised,
        }
    }
}

/// Records where sanitised and raw offsets line up; a later point at the same sanitised offset
/// wins, because it describes the text that follows.
fn push_breakpoint(points: &mut Vec<(usize, usize)>, sanitised: usize, raw: usize) {
    match points.last_mut() {
        Some(last) if last.0 == sanitised => last.1 = raw,
        _ => points.push((sanitised, raw)),
    }
}

/// True for any character that must never reach the terminal from article text.
pub fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n') || bidi_marker(c).is_some()
}

/// Sanitises a short field (title, outlet, note) to a single line.
pub fn sanitise_line(raw: &str) -> String {
    super::collapse_whitespace(&sanitise(raw, 1).text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Plain ASCII is copied a run at a time; that must write what one character at a
        /// time writes, tab stops and offsets included.
        #[test]
        fn runs_of_plain_text_sanitise_as_characters_one_by_one(
            raw in "([a-z ]{1,8}|\\t|\\r\\n|\\r|\\n|\u{1b}\\[1m|é|日|\u{202E}|\u{FEFF}|\u{85})*"
        ) {
            let mut by_char = Writer::new(raw.len(), 4);
            for (pos, c) in raw.char_indices() {
                by_char.char(&raw, pos, c);
            }
            prop_assert_eq!(sanitise(&raw, 4), by_char.finish());
        }
    }

    #[test]
    fn clean_text_is_untouched_and_maps_identically() {
        let s = sanitise("Plain “text”, with Unicode: 日本語.\n", 4);
        assert_eq!(s.text, "Plain “text”, with Unicode: 日本語.\n");
        assert_eq!(s.neutralised, 0);
        assert_eq!(s.map.raw_offset(7), 7);
    }

    #[test]
    fn line_endings_become_lf() {
        let s = sanitise("a\r\nb\rc\n", 4);
        assert_eq!(s.text, "a\nb\nc\n");
        assert_eq!(s.map.raw_offset(s.text.find('c').unwrap()), 5);
    }

    #[test]
    fn tabs_expand_to_the_next_stop() {
        assert_eq!(sanitise("ab\tc\n\td", 4).text, "ab  c\n    d");
    }

    #[test]
    fn escape_sequences_become_visible() {
        let s = sanitise(
            "red \x1b[31mtext\x1b[0m and \x1b]52;c;aGVsbG8=\x07 clip \u{9b}2J",
            4,
        );
        assert!(!s.text.chars().any(is_unsafe_char));
        assert!(s.text.contains("␛[31m"));
        assert!(s.text.contains("␛]52;c;aGVsbG8=␇"));
        assert_eq!(s.neutralised, 5);
    }

    #[test]
    fn bidi_controls_become_markers() {
        let s = sanitise("abc\u{202E}def\u{2066}x\u{200F}", 4);
        assert_eq!(s.text, "abc⟨RLO⟩def⟨LRI⟩x⟨RLM⟩");
        let def = s.text.find("def").unwrap();
        assert_eq!(s.map.raw_offset(def), 6);
    }

    #[test]
    fn byte_order_mark_is_dropped() {
        assert_eq!(sanitise("\u{FEFF}Title", 4).text, "Title");
    }
}
