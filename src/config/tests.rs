//! Tests of the settings: the example file, merging, colours and the errors' places.

use super::*;
use crate::tui::Action;

#[test]
fn the_example_file_is_complete_and_holds_the_documented_defaults() {
    let c = Config::default();
    assert_eq!(c.pane_min_width, 40);
    assert_eq!(c.tab_width, 4);
    assert!(c.aligned_scrolling);
    assert_eq!(c.max_file_mib, 32);
    assert_eq!(c.data_dir, None);
    assert_eq!(c.theme.accent, ColorSpec::Ansi(6));
    assert_eq!(c.theme.noise, ColorSpec::Ansi(8));
    assert_eq!(c.theme.clusters.len(), 8);
    let key = |s: &str| c.keys().get(&s.parse::<KeyChord>().unwrap()).cloned();
    assert_eq!(key("ctrl-d"), Some(Bound::one(Action::HalfPageDown)));
    assert_eq!(key("q"), Some(Bound::one(Action::Quit)));
    assert_eq!(key("shift-tab"), Some(Bound::one(Action::FocusPrev)));
    // Every bindable action has a default key, so help and hints can always name one.
    for action in Action::BINDABLE {
        assert!(
            c.keys().values().any(|b| b.contains(*action)),
            "{action:?} has no key"
        );
    }
    // An empty user file changes nothing.
    assert_eq!(Config::from_toml("", Path::new("x")).unwrap(), c);
    assert_eq!(
        Config::from_toml(EXAMPLE, Path::new("x")).unwrap(),
        c,
        "the example merged over the defaults is the defaults"
    );
}

#[test]
fn the_keys_table_is_the_examples_last() {
    let (settings, keys) = example_parts();
    assert!(!settings.contains("[keys]"));
    assert!(keys.starts_with("[keys]\n"));
    assert!(
        !keys
            .lines()
            .skip(1)
            .any(|l| l.trim_start().starts_with('['))
    );
}

#[test]
fn user_settings_merge_over_the_defaults() {
    let text = "pane_min_width = 50\n[theme]\naccent = \"#ff8800\"\n[keys]\n\"x\" = \"quit\"\n\"q\" = \"none\"\n";
    let c = Config::from_toml(text, Path::new("c.toml")).unwrap();
    assert_eq!(c.pane_min_width, 50);
    assert_eq!(c.theme.accent, ColorSpec::Rgb(255, 136, 0));
    assert_eq!(c.theme.noise, Config::default().theme.noise);
    assert_eq!(
        c.keys().get(&KeyChord::ch('x')),
        Some(&Bound::one(Action::Quit))
    );
    assert_eq!(c.keys().get(&KeyChord::ch('q')), None);
    assert_eq!(
        c.keys().get(&KeyChord::ch('j')),
        Some(&Bound::one(Action::ScrollDown))
    );
}

#[test]
fn errors_name_the_line_column_and_key() {
    let path = Path::new("/home/u/.config/crosscheck/config.toml");
    let e = Config::from_toml("tab_width = 4\npane_min_widht = 30\n", path).unwrap_err();
    assert_eq!(e.position, Some((2, 1)));
    assert!(e.message.contains("unknown field `pane_min_widht`"), "{e}");

    let e = Config::from_toml("[theme]\naccent = \"mauve\"\n", path).unwrap_err();
    assert_eq!(e.position.map(|p| p.0), Some(2));
    assert_eq!(e.key.as_deref(), Some("theme.accent"));
    assert!(e.to_string().contains("`mauve` is not a colour"), "{e}");

    let e = Config::from_toml("[keys]\n\"j\" = \"scrol_down\"\n", path).unwrap_err();
    assert_eq!(e.key.as_deref(), Some("keys.\"j\""));
    assert!(e.message.contains("scrol_down"), "{e}");

    let e = Config::from_toml("[keys]\n\"hyper-j\" = \"quit\"\n", path).unwrap_err();
    assert!(e.message.contains("unknown key `hyper-j`"), "{e}");

    let e = Config::from_toml("aligned_scrolling = yes\n", path).unwrap_err();
    assert_eq!(e.position.map(|p| p.0), Some(1));

    let e = Config::from_toml("pane_min_width = 5\n", path).unwrap_err();
    assert_eq!(e.key.as_deref(), Some("pane_min_width"));
    assert!(e.to_string().starts_with(&path.display().to_string()));
}

#[test]
fn a_missing_explicit_file_is_an_error_and_the_defaults_still_load() {
    let (c, e) = Config::load(Some(Path::new("/nonexistent/crosscheck.toml")));
    assert_eq!(c, Config::default());
    assert!(e.unwrap().message.starts_with("cannot read it"));
}

#[test]
fn the_data_dir_comes_from_the_command_line_then_the_config() {
    let c = Config::from_toml("data_dir = \"/srv/notes\"\n", Path::new("c")).unwrap();
    assert_eq!(c.data_dir(None).unwrap(), PathBuf::from("/srv/notes"));
    assert_eq!(
        c.data_dir(Some(Path::new("/tmp/x"))).unwrap(),
        PathBuf::from("/tmp/x")
    );
    let default = Config::default().data_dir(None).unwrap();
    assert!(default.ends_with("crosscheck"), "{}", default.display());
}

#[test]
fn colours_accept_names_in_several_spellings_and_hex() {
    for (s, c) in [
        ("light_blue", ColorSpec::Ansi(12)),
        ("LightBlue", ColorSpec::Ansi(12)),
        ("dark-grey", ColorSpec::Ansi(8)),
        ("#abc", ColorSpec::Rgb(0xaa, 0xbb, 0xcc)),
        ("#0a0B0c", ColorSpec::Rgb(10, 11, 12)),
        ("default", ColorSpec::Default),
    ] {
        assert_eq!(s.parse::<ColorSpec>(), Ok(c), "{s}");
    }
    assert!("#12345".parse::<ColorSpec>().is_err());
    assert!("#gggggg".parse::<ColorSpec>().is_err());
}
