//! Keys to actions, built from the config, and back again: the help overlay and the status-bar
//! hints ask the live keymap which keys do what, so remapped keys show correctly. A key can do
//! one thing in each tab: it may be bound to several actions of different tabs
//! (`"v" = ["select", "toggle_variant_table"]`), and the tab decides which one it means.

use super::state::Tab;
use super::{Action, KeyChord};
use serde::de::{self, Deserialize, Deserializer, SeqAccess, Visitor};
use std::collections::BTreeMap;
use std::fmt;

/// The actions one key is bound to, at most one per tab (see `Action::tab`) and one that
/// works everywhere; as the config writes them, one action name or a list of names.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Bound(pub Vec<Action>);

impl Bound {
    pub fn one(action: Action) -> Bound {
        Bound(vec![action])
    }

    pub fn contains(&self, action: Action) -> bool {
        self.0.contains(&action)
    }

    /// What the key means in `tab`: the action of that tab, else the one for every tab.
    pub fn in_tab(&self, tab: Tab) -> Option<Action> {
        let of = |t| self.0.iter().copied().find(|a| a.tab() == t);
        of(Some(tab)).or_else(|| of(None))
    }

    /// Two actions for the same tab (or two for every tab) would leave one unreachable.
    fn check(&self) -> Result<(), String> {
        for (i, a) in self.0.iter().enumerate() {
            if let Some(b) = self.0[..i].iter().find(|b| b.tab() == a.tab()) {
                let tab = a
                    .tab()
                    .map_or("every tab".into(), |t| format!("the {}", t.title()));
                return Err(format!(
                    "`{}` and `{}` both act in {tab}; a key does one thing per tab",
                    config_name(*b),
                    config_name(*a)
                ));
            }
        }
        Ok(())
    }
}

/// `ToggleVariantTable` as the config spells it: `toggle_variant_table`.
fn config_name(action: Action) -> String {
    let mut name = String::new();
    for c in format!("{action:?}").chars() {
        if c.is_ascii_uppercase() && !name.is_empty() {
            name.push('_');
        }
        name.push(c.to_ascii_lowercase());
    }
    name
}

impl<'de> Deserialize<'de> for Bound {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct OneOrMany;
        impl<'de> Visitor<'de> for OneOrMany {
            type Value = Vec<Action>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an action name or a list of action names")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(vec![Action::deserialize(de::value::StrDeserializer::new(
                    v,
                ))?])
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut actions = Vec::new();
                while let Some(a) = seq.next_element()? {
                    actions.push(a);
                }
                Ok(actions)
            }
        }
        let mut bound = Bound(d.deserialize_any(OneOrMany)?);
        bound.0.retain(|a| *a != Action::None);
        bound.check().map_err(de::Error::custom)?;
        Ok(bound)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    bindings: BTreeMap<KeyChord, Bound>,
}

/// A line of the help overlay: a section's title, or keys and what they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpRow {
    Heading(String),
    Keys(String, &'static str),
}

impl Keymap {
    pub fn new(bindings: BTreeMap<KeyChord, Bound>) -> Self {
        let mut bindings: BTreeMap<KeyChord, Bound> = bindings
            .into_iter()
            .map(|(k, mut b)| {
                b.0.retain(|a| *a != Action::None);
                (k, b)
            })
            .filter(|(_, b)| !b.0.is_empty())
            .collect();
        // Configs written before `filter` had its own name bind `"/" = "search"`, which then
        // filtered the Bookmarks list: when no key filters, the search keys still do.
        if !bindings.values().any(|b| b.contains(Action::Filter)) {
            for b in bindings.values_mut() {
                if b.contains(Action::Search) && b.in_tab(Tab::Bookmarks) == Some(Action::Search) {
                    b.0.push(Action::Filter);
                }
            }
        }
        Keymap { bindings }
    }

    /// What `key` does in `tab`.
    pub fn action(&self, key: &KeyChord, tab: Tab) -> Option<Action> {
        self.bindings.get(key)?.in_tab(tab)
    }

    /// Every key bound to `action`, plain characters first, then named keys.
    pub fn keys_for(&self, action: Action) -> Vec<KeyChord> {
        let mut keys: Vec<KeyChord> = self
            .bindings
            .iter()
            .filter(|(_, b)| b.contains(action))
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

    /// The help, one section per tab: the keys of `tab` first (what the reader is looking at),
    /// then those that work in every tab, then the other tabs'. Each action with at least one
    /// key gives a row: its keys and description.
    pub fn help_rows(&self, tab: Tab) -> Vec<HelpRow> {
        let others = Tab::ALL.into_iter().filter(|t| *t != tab).map(Some);
        let mut rows = Vec::new();
        for section in [Some(tab), None].into_iter().chain(others) {
            let keys: Vec<HelpRow> = Action::BINDABLE
                .iter()
                .filter(|a| a.tab() == section)
                .filter_map(|&a| {
                    let keys = self.describe_keys(a);
                    (!keys.is_empty()).then_some(HelpRow::Keys(keys, a.description()))
                })
                .collect();
            if keys.is_empty() {
                continue;
            }
            rows.push(HelpRow::Heading(match section {
                Some(t) => format!("In {}", t.title()),
                None => "In every tab".into(),
            }));
            rows.extend(keys);
            if section.is_none() {
                rows.push(HelpRow::Keys(
                    "ctrl-c".into(),
                    Action::ForceQuit.description(),
                ));
            }
        }
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn keymap(toml: &str) -> Keymap {
        let config = Config::from_toml(toml, std::path::Path::new("c")).unwrap();
        Keymap::new(config.keys().clone())
    }

    #[test]
    fn remapped_keys_show_in_help_and_hints() {
        let keymap = keymap("[keys]\n\"x\" = \"search\"\n\"/\" = \"none\"\n");
        assert_eq!(keymap.describe_keys(Action::Search), "x");
        assert_eq!(keymap.describe_keys(Action::ScrollDown), "j, down");
        assert_eq!(keymap.hints(&[Action::Search])[0].0, "x");
        assert!(
            keymap
                .help_rows(Tab::Reader)
                .iter()
                .any(|r| matches!(r, HelpRow::Keys(k, d) if k == "x" && d.contains("search")))
        );
        assert_eq!(keymap.action(&KeyChord::ch('/'), Tab::Reader), None);
    }

    #[test]
    fn one_key_does_one_thing_per_tab() {
        let keymap = keymap("");
        let v = KeyChord::ch('v');
        assert_eq!(keymap.action(&v, Tab::Reader), Some(Action::Select));
        assert_eq!(
            keymap.action(&v, Tab::Compare),
            Some(Action::ToggleVariantTable)
        );
        assert_eq!(keymap.action(&v, Tab::Bookmarks), None);
        let q = KeyChord::ch('q');
        for tab in Tab::ALL {
            assert_eq!(keymap.action(&q, tab), Some(Action::Quit));
        }
        // No default key is bound to two actions that would both want it in one tab.
        for tab in Tab::ALL {
            for (key, bound) in &keymap.bindings {
                let here: Vec<_> = bound.0.iter().filter(|a| a.tab() == Some(tab)).collect();
                assert!(here.len() <= 1, "{key} in {tab:?}: {here:?}");
            }
        }
    }

    #[test]
    fn a_tab_action_overrides_a_general_one_only_in_its_tab() {
        let keymap = keymap("[keys]\n\"q\" = [\"quit\", \"export\"]\n");
        let q = KeyChord::ch('q');
        assert_eq!(keymap.action(&q, Tab::Bookmarks), Some(Action::Export));
        assert_eq!(keymap.action(&q, Tab::Compare), Some(Action::Quit));
    }

    #[test]
    fn two_actions_for_one_tab_on_one_key_are_refused_by_name() {
        let path = std::path::Path::new("c");
        let e =
            Config::from_toml("[keys]\n\"v\" = [\"select\", \"bookmark\"]\n", path).unwrap_err();
        assert_eq!(e.key.as_deref(), Some("keys.\"v\""));
        assert!(
            e.message
                .contains("`select` and `bookmark` both act in the Reader"),
            "{e}"
        );
        let e = Config::from_toml("[keys]\n\"v\" = [\"quit\", \"help\"]\n", path).unwrap_err();
        assert!(e.message.contains("both act in every tab"), "{e}");
        let e = Config::from_toml("[keys]\n\"v\" = [\"select\", \"selct\"]\n", path).unwrap_err();
        assert!(e.message.contains("selct"), "{e}");
    }

    #[test]
    fn help_lists_each_tab_under_its_heading_the_current_tab_first() {
        let keymap = keymap("");
        let rows = keymap.help_rows(Tab::Compare);
        let headings: Vec<&str> = rows
            .iter()
            .filter_map(|r| match r {
                HelpRow::Heading(h) => Some(h.as_str()),
                HelpRow::Keys(..) => None,
            })
            .collect();
        assert_eq!(
            headings,
            [
                "In Compare",
                "In every tab",
                "In Reader",
                "In Claims",
                "In Bookmarks"
            ]
        );
        // `v` is listed twice, under the tab where it does each thing.
        let section_of = |what: &str| {
            let mut heading = "";
            for r in &rows {
                match r {
                    HelpRow::Heading(h) => heading = h,
                    HelpRow::Keys(k, d) if k == "v" && d.contains(what) => return heading,
                    HelpRow::Keys(..) => {}
                }
            }
            panic!("no `v` row for {what}")
        };
        assert_eq!(section_of("variant table"), "In Compare");
        assert_eq!(section_of("select lines"), "In Reader");
    }

    #[test]
    fn slash_searches_the_panes_and_filters_the_bookmarks() {
        let keymap = keymap("");
        let slash = KeyChord::ch('/');
        assert_eq!(keymap.action(&slash, Tab::Reader), Some(Action::Search));
        assert_eq!(keymap.action(&slash, Tab::Bookmarks), Some(Action::Filter));
        let rows = keymap.help_rows(Tab::Bookmarks);
        assert_eq!(rows[0], HelpRow::Heading("In Bookmarks".into()));
        assert_eq!(
            rows[1],
            HelpRow::Keys("/".into(), Action::Filter.description())
        );
        assert!(!Action::Search.description().contains("Bookmarks"));
        assert_eq!(keymap.hints(&[Action::Filter]), [("/".into(), "filter")]);
    }

    #[test]
    fn an_older_config_binding_search_alone_still_filters_the_bookmarks() {
        let old = keymap("[keys]\n\"/\" = \"search\"\n\"s\" = \"search\"\n");
        for key in ['/', 's'] {
            let key = KeyChord::ch(key);
            assert_eq!(old.action(&key, Tab::Reader), Some(Action::Search));
            assert_eq!(old.action(&key, Tab::Bookmarks), Some(Action::Filter));
        }
        // Once a key filters, the search keys only search.
        let new = keymap("[keys]\n\"/\" = \"search\"\n\"F\" = \"filter\"\n");
        let slash = KeyChord::ch('/');
        assert_eq!(new.action(&slash, Tab::Bookmarks), Some(Action::Search));
        assert_eq!(
            new.action(&KeyChord::ch('F'), Tab::Bookmarks),
            Some(Action::Filter)
        );
        assert_eq!(new.action(&KeyChord::ch('F'), Tab::Reader), None);
    }
}
