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
    let tab_width = tab_width.max(1);
    let mut text = String::with_capacity(raw.len());
    let mut breakpoints = Vec::new();
    let mut neutralised = 0;
    let mut column = 0usize;
    let mut chars = raw.char_indices().peekable();
    while let Some((raw_pos, c)) = chars.next() {
        let replacement: Option<std::borrow::Cow<'static, str>> = match c {
            '\u{FEFF}' if raw_pos == 0 => Some("".into()),
            '\r' => {
                if matches!(chars.peek(), Some((_, '\n'))) {
                    Some("".into())
                } else {
                    Some("\n".into())
                }
            }
            '\u{2028}' | '\u{2029}' => Some("\n".into()),
            '\t' => Some(" ".repeat(tab_width - column % tab_width).into()),
            '\n' => None,
            c if (c as u32) < 0x20 => {
                neutralised += 1;
                Some(
                    char::from_u32(0x2400 + c as u32)
                        .unwrap()
                        .to_string()
                        .into(),
                )
            }
            '\u{7F}' => {
                neutralised += 1;
                Some("␡".into())
            }
            '\u{80}'..='\u{9F}' => {
                neutralised += 1;
                // 8-bit CSI and OSC are the dangerous ones; all C1 codes look alike to a reader.
                Some(if c == '\u{9B}' { "␛[" } else { "␛" }.into())
            }
            c => bidi_marker(c).map(|m| {
                neutralised += 1;
                m.into()
            }),
        };
        match replacement {
            None => {
                text.push(c);
                column = if c == '\n' { 0 } else { column + 1 };
            }
            Some(rep) => {
                push_breakpoint(&mut breakpoints, text.len(), raw_pos);
                text.push_str(&rep);
                column = if rep.ends_with('\n') {
                    0
                } else {
                    column + rep.chars().count()
                };
                push_breakpoint(&mut breakpoints, text.len(), raw_pos + c.len_utf8());
            }
        }
    }
    Sanitised {
        text,
        map: OffsetMap { breakpoints },
        neutralised,
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
    sanitise(raw, 1)
        .text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

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
