//! Keys as the config writes them (`"ctrl-d"`, `"G"`, `"shift-tab"`, `"pgdn"`): parsing,
//! printing, conversion from terminal events, and the `"jj<tab>G"` sequences flow tests type.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyName {
    /// A printable character, already in its shifted form (`G`, `?`).
    Char(char),
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Delete,
    Insert,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    F(u8),
}

/// One key press: a key and whether Ctrl or Alt was held. Shift is part of the character
/// (`G` is shift-g) or of the key name (`BackTab` is shift-tab).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyChord {
    pub key: KeyName,
    pub ctrl: bool,
    pub alt: bool,
}

impl KeyChord {
    pub const fn plain(key: KeyName) -> Self {
        KeyChord {
            key,
            ctrl: false,
            alt: false,
        }
    }

    pub const fn ch(c: char) -> Self {
        Self::plain(KeyName::Char(c))
    }

    pub fn from_event(event: &KeyEvent) -> Option<Self> {
        let key = match event.code {
            KeyCode::Char(c) => KeyName::Char(c),
            KeyCode::Enter => KeyName::Enter,
            KeyCode::Esc => KeyName::Esc,
            KeyCode::Tab if event.modifiers.contains(KeyModifiers::SHIFT) => KeyName::BackTab,
            KeyCode::Tab => KeyName::Tab,
            KeyCode::BackTab => KeyName::BackTab,
            KeyCode::Backspace => KeyName::Backspace,
            KeyCode::Delete => KeyName::Delete,
            KeyCode::Insert => KeyName::Insert,
            KeyCode::Up => KeyName::Up,
            KeyCode::Down => KeyName::Down,
            KeyCode::Left => KeyName::Left,
            KeyCode::Right => KeyName::Right,
            KeyCode::PageUp => KeyName::PageUp,
            KeyCode::PageDown => KeyName::PageDown,
            KeyCode::Home => KeyName::Home,
            KeyCode::End => KeyName::End,
            KeyCode::F(n) => KeyName::F(n),
            _ => return None,
        };
        let mut chord = KeyChord {
            key,
            ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
            alt: event.modifiers.contains(KeyModifiers::ALT),
        };
        // Terminals report ctrl-D for ctrl-shift-d inconsistently; bind by the lower case.
        if chord.ctrl
            && let KeyName::Char(c) = chord.key
        {
            chord.key = KeyName::Char(c.to_ascii_lowercase());
        }
        Some(chord)
    }
}

fn named(name: &str) -> Option<KeyName> {
    Some(match name {
        "enter" | "return" | "ret" | "cr" => KeyName::Enter,
        "esc" | "escape" => KeyName::Esc,
        "tab" => KeyName::Tab,
        "backtab" => KeyName::BackTab,
        "backspace" | "bs" => KeyName::Backspace,
        "delete" | "del" => KeyName::Delete,
        "insert" | "ins" => KeyName::Insert,
        "up" => KeyName::Up,
        "down" => KeyName::Down,
        "left" => KeyName::Left,
        "right" => KeyName::Right,
        "pageup" | "pgup" => KeyName::PageUp,
        "pagedown" | "pgdn" | "pgdown" => KeyName::PageDown,
        "home" => KeyName::Home,
        "end" => KeyName::End,
        "space" => KeyName::Char(' '),
        "minus" => KeyName::Char('-'),
        "lt" => KeyName::Char('<'),
        "gt" => KeyName::Char('>'),
        _ => {
            let n: u8 = name.strip_prefix('f')?.parse().ok()?;
            return (1..=24).contains(&n).then_some(KeyName::F(n));
        }
    })
}

impl std::str::FromStr for KeyChord {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut rest = s;
        let (mut ctrl, mut alt, mut shift) = (false, false, false);
        loop {
            let lower = rest.to_ascii_lowercase();
            let prefix = ["ctrl-", "c-", "alt-", "a-", "m-", "shift-", "s-"]
                .into_iter()
                .find(|p| lower.starts_with(p) && rest.len() > p.len());
            let Some(p) = prefix else { break };
            match p {
                "ctrl-" | "c-" => ctrl = true,
                "alt-" | "a-" | "m-" => alt = true,
                _ => shift = true,
            }
            rest = &rest[p.len()..];
        }
        let mut chars = rest.chars();
        let key = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() => KeyName::Char(c),
            _ => named(&rest.to_ascii_lowercase()).ok_or_else(|| {
                format!("unknown key `{s}` (try a character, or ctrl-x, alt-x, shift-tab, enter, esc, up, pgdn, home, f1...)")
            })?,
        };
        let key = match (key, shift) {
            (KeyName::Tab, true) => KeyName::BackTab,
            (KeyName::Char(c), true) => KeyName::Char(c.to_uppercase().next().unwrap_or(c)),
            (k, _) => k,
        };
        let key = match (key, ctrl) {
            (KeyName::Char(c), true) => KeyName::Char(c.to_ascii_lowercase()),
            (k, _) => k,
        };
        Ok(KeyChord { key, ctrl, alt })
    }
}

impl TryFrom<String> for KeyChord {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl<'de> serde::Deserialize<'de> for KeyChord {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for KeyChord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("ctrl-")?;
        }
        if self.alt {
            f.write_str("alt-")?;
        }
        match self.key {
            KeyName::Char(' ') => f.write_str("space"),
            KeyName::Char(c) => write!(f, "{c}"),
            KeyName::Enter => f.write_str("enter"),
            KeyName::Esc => f.write_str("esc"),
            KeyName::Tab => f.write_str("tab"),
            KeyName::BackTab => f.write_str("shift-tab"),
            KeyName::Backspace => f.write_str("backspace"),
            KeyName::Delete => f.write_str("delete"),
            KeyName::Insert => f.write_str("insert"),
            KeyName::Up => f.write_str("up"),
            KeyName::Down => f.write_str("down"),
            KeyName::Left => f.write_str("left"),
            KeyName::Right => f.write_str("right"),
            KeyName::PageUp => f.write_str("pgup"),
            KeyName::PageDown => f.write_str("pgdn"),
            KeyName::Home => f.write_str("home"),
            KeyName::End => f.write_str("end"),
            KeyName::F(n) => write!(f, "f{n}"),
        }
    }
}

/// Parses a typed key sequence: characters stand for themselves, `<name>` for a named or
/// modified key (`<tab>`, `<s-tab>`, `<c-d>`, `<esc>`, `<enter>`, `<lt>` for `<`).
pub fn parse_sequence(s: &str) -> Result<Vec<KeyChord>, String> {
    let mut keys = Vec::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '<' {
            let name: String = chars.by_ref().take_while(|&c| c != '>').collect();
            keys.push(name.parse()?);
        } else {
            keys.push(KeyChord::ch(c));
        }
    }
    Ok(keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_key_strings_parse_and_print_back() {
        for s in [
            "ctrl-d",
            "G",
            "shift-tab",
            "pgdn",
            "enter",
            "?",
            "]",
            "alt-x",
            "f5",
            "space",
        ] {
            let k: KeyChord = s.parse().unwrap();
            assert_eq!(k.to_string(), s, "{s}");
        }
        assert_eq!("C-D".parse::<KeyChord>().unwrap().to_string(), "ctrl-d");
        assert_eq!("shift-g".parse::<KeyChord>().unwrap(), KeyChord::ch('G'));
        assert_eq!("-".parse::<KeyChord>().unwrap(), KeyChord::ch('-'));
        assert!("ctrl-".parse::<KeyChord>().is_err());
        assert!("hyperspace".parse::<KeyChord>().is_err());
        assert!("\u{1b}".parse::<KeyChord>().is_err());
    }

    #[test]
    fn terminal_events_become_the_same_chords_as_config_strings() {
        let ev = |code, m| KeyChord::from_event(&KeyEvent::new(code, m)).unwrap();
        assert_eq!(
            ev(KeyCode::Char('G'), KeyModifiers::SHIFT),
            KeyChord::ch('G')
        );
        assert_eq!(
            ev(KeyCode::BackTab, KeyModifiers::SHIFT),
            "shift-tab".parse().unwrap()
        );
        assert_eq!(
            ev(
                KeyCode::Char('D'),
                KeyModifiers::CONTROL | KeyModifiers::SHIFT
            ),
            "ctrl-d".parse().unwrap()
        );
    }

    #[test]
    fn sequences_mix_characters_and_named_keys() {
        let keys = parse_sequence("jj<tab>G<c-d><lt>").unwrap();
        let shown: Vec<String> = keys.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["j", "j", "tab", "G", "ctrl-d", "<"]);
    }
}
