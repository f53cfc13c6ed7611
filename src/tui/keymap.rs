//! Keys to actions, built from the config, and back again: the help overlay and the status-bar
//! hints ask the live keymap which keys do what, so remapped keys show correctly.

use super::{Action, KeyChord};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    bindings: BTreeMap<KeyChord, Action>,
}

impl Keymap {
    pub fn new(bindings: BTreeMap<KeyChord, Action>) -> Self {
        let bindings = bindings
            .into_iter()
            .filter(|(_, a)| *a != Action::None)
            .collect();
        Keymap { bindings }
    }

    pub fn action(&self, key: &KeyChord) -> Option<Action> {
        self.bindings.get(key).copied()
    }

    /// Every key bound to `action`, plain characters first, then named keys.
    pub fn keys_for(&self, action: Action) -> Vec<KeyChord> {
        let mut keys: Vec<KeyChord> = self
            .bindings
            .iter()
            .filter(|(_, a)| **a == action)
            .map(|(k, _)| *k)
            .collect();
        keys.sort_by_key(|k| {
            (
                k.ctrl || k.alt,
                !matches!(k.key, super::KeyName::Char(_)),
                *k,
            )
        });
        keys
    }

    /// The keys for `action` as the help shows them: `j, down`.
    pub fn describe_keys(&self, action: Action) -> String {
        let keys: Vec<String> = self
            .keys_for(action)
            .iter()
            .map(|k| k.to_string())
            .collect();
        keys.join(", ")
    }

    /// `(key, label)` pairs for the status bar; actions with no key are left out.
    pub fn hints(&self, actions: &[Action]) -> Vec<(String, &'static str)> {
        actions
            .iter()
            .filter_map(|&a| Some((self.keys_for(a).first()?.to_string(), a.hint())))
            .collect()
    }

    /// Help rows: for each bindable action with at least one key, its keys and description.
    pub fn help_rows(&self) -> Vec<(String, &'static str)> {
        let mut rows: Vec<(String, &'static str)> = Action::BINDABLE
            .iter()
            .filter_map(|&a| {
                let keys = self.describe_keys(a);
                (!keys.is_empty()).then_some((keys, a.description()))
            })
            .collect();
        rows.push(("ctrl-c".into(), Action::ForceQuit.description()));
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    #[test]
    fn remapped_keys_show_in_help_and_hints() {
        let text = "[keys]\n\"x\" = \"search\"\n\"/\" = \"none\"\n";
        let config = Config::from_toml(text, std::path::Path::new("c")).unwrap();
        let keymap = Keymap::new(config.keys);
        assert_eq!(keymap.describe_keys(Action::Search), "x");
        assert_eq!(keymap.describe_keys(Action::ScrollDown), "j, down");
        assert_eq!(keymap.hints(&[Action::Search])[0].0, "x");
        assert!(
            keymap
                .help_rows()
                .iter()
                .any(|(k, d)| k == "x" && d.contains("search"))
        );
        assert_eq!(keymap.action(&KeyChord::ch('/')), None);
    }
}
