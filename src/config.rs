//! User settings: the defaults embedded from `config.example.toml`, the user's file merged over
//! them, where that file is looked up, and errors that name the line, column and key.

use crate::tui::{Bound, KeyChord};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

/// The documented example, which is also the source of every default.
pub const EXAMPLE: &str = include_str!("../config.example.toml");

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub pane_min_width: u16,
    pub tab_width: usize,
    pub aligned_scrolling: bool,
    pub max_file_mib: u64,
    pub data_dir: Option<PathBuf>,
    pub theme: ThemeConfig,
    /// What each key does (see `keys`); `None` while that is the defaults.
    keys: Option<BTreeMap<KeyChord, Bound>>,
}

/// The example's settings, and its `[keys]` table (the last one): the default keys are parsed
/// only when asked for, as only the reader needs them.
fn example_parts() -> (&'static str, &'static str) {
    let keys = EXAMPLE
        .find("\n[keys]\n")
        .expect("config.example.toml has a [keys] table");
    EXAMPLE.split_at(keys + 1)
}

static DEFAULT_KEYS: LazyLock<BTreeMap<KeyChord, Bound>> = LazyLock::new(|| {
    let file: ConfigFile = toml::from_str(example_parts().1).expect("config.example.toml parses");
    file.keys.expect("config.example.toml has [keys]")
});

#[derive(Debug, Clone, PartialEq)]
pub struct ThemeConfig {
    pub accent: ColorSpec,
    pub noise: ColorSpec,
    pub quote: ColorSpec,
    pub clusters: Vec<ColorSpec>,
    pub search_fg: ColorSpec,
    pub search_bg: ColorSpec,
    pub bookmark: ColorSpec,
    pub status_fg: ColorSpec,
    pub status_bg: ColorSpec,
    pub warning: ColorSpec,
}

/// A colour as the config names it; the reader turns it into a terminal colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorSpec {
    /// The terminal's own foreground or background.
    Default,
    /// One of the 16 ANSI colours, 0 (black) to 15 (white).
    Ansi(u8),
    Rgb(u8, u8, u8),
}

const ANSI_NAMES: [&str; 16] = [
    "black",
    "red",
    "green",
    "yellow",
    "blue",
    "magenta",
    "cyan",
    "gray",
    "darkgray",
    "lightred",
    "lightgreen",
    "lightyellow",
    "lightblue",
    "lightmagenta",
    "lightcyan",
    "white",
];

impl std::str::FromStr for ColorSpec {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let name: String = s
            .chars()
            .filter(|c| !matches!(c, '_' | '-' | ' '))
            .collect::<String>()
            .to_ascii_lowercase();
        if let Some(hex) = name.strip_prefix('#') {
            let digits: Option<Vec<u8>> = hex
                .chars()
                .map(|c| c.to_digit(16).map(|d| d as u8))
                .collect();
            return match digits.as_deref() {
                Some(&[r, g, b]) => Ok(ColorSpec::Rgb(r * 17, g * 17, b * 17)),
                Some(&[r1, r2, g1, g2, b1, b2]) => {
                    Ok(ColorSpec::Rgb(r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2))
                }
                _ => Err(format!(
                    "`{s}` is not a colour: hex colours are #rrggbb or #rgb"
                )),
            };
        }
        let name = match name.as_str() {
            "grey" => "gray",
            "darkgrey" => "darkgray",
            "reset" | "none" => "default",
            n => n,
        };
        if name == "default" {
            return Ok(ColorSpec::Default);
        }
        ANSI_NAMES
            .iter()
            .position(|n| *n == name)
            .map(|i| ColorSpec::Ansi(i as u8))
            .ok_or_else(|| {
                format!(
                    "`{s}` is not a colour: use a name such as yellow or light_blue, or #rrggbb"
                )
            })
    }
}

impl<'de> Deserialize<'de> for ColorSpec {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// The file as written: every setting optional, anything unknown an error.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    pane_min_width: Option<u16>,
    tab_width: Option<usize>,
    aligned_scrolling: Option<bool>,
    max_file_mib: Option<u64>,
    data_dir: Option<PathBuf>,
    theme: Option<ThemeFile>,
    keys: Option<BTreeMap<KeyChord, Bound>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeFile {
    accent: Option<ColorSpec>,
    noise: Option<ColorSpec>,
    quote: Option<ColorSpec>,
    clusters: Option<Vec<ColorSpec>>,
    search_fg: Option<ColorSpec>,
    search_bg: Option<ColorSpec>,
    bookmark: Option<ColorSpec>,
    status_fg: Option<ColorSpec>,
    status_bg: Option<ColorSpec>,
    warning: Option<ColorSpec>,
}

/// A config file that could not be used, and exactly where it went wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ConfigError {
    pub path: PathBuf,
    /// 1-based line and column, when the problem is inside the file.
    pub position: Option<(usize, usize)>,
    /// The setting the problem is in, when there is one.
    pub key: Option<String>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = crate::text::sanitise_line(&self.path.display().to_string());
        write!(f, "{path}")?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        if let Some(key) = &self.key {
            write!(f, ": `{key}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl Default for Config {
    fn default() -> Self {
        let file: ConfigFile =
            toml::from_str(example_parts().0).expect("config.example.toml parses");
        let theme = file.theme.expect("config.example.toml has [theme]");
        let missing = "config.example.toml sets every setting";
        Config {
            pane_min_width: file.pane_min_width.expect(missing),
            tab_width: file.tab_width.expect(missing),
            aligned_scrolling: file.aligned_scrolling.expect(missing),
            max_file_mib: file.max_file_mib.expect(missing),
            data_dir: file.data_dir,
            theme: ThemeConfig {
                accent: theme.accent.expect(missing),
                noise: theme.noise.expect(missing),
                quote: theme.quote.expect(missing),
                clusters: theme.clusters.expect(missing),
                search_fg: theme.search_fg.expect(missing),
                search_bg: theme.search_bg.expect(missing),
                bookmark: theme.bookmark.expect(missing),
                status_fg: theme.status_fg.expect(missing),
                status_bg: theme.status_bg.expect(missing),
                warning: theme.warning.expect(missing),
            },
            keys: None,
        }
    }
}

impl Config {
    /// Parses a user file's text and merges it over the defaults.
    pub fn from_toml(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let file: ConfigFile = toml::from_str(text).map_err(|e| {
            let position = e.span().map(|s| line_column(text, s.start));
            ConfigError {
                path: path.to_path_buf(),
                position,
                key: e.span().and_then(|s| key_at(text, s.start)),
                message: e.message().trim().to_string(),
            }
        })?;
        let mut config = Config::default();
        config.merge(file);
        if config.pane_min_width < 20 {
            return Err(ConfigError {
                path: path.to_path_buf(),
                position: None,
                key: Some("pane_min_width".into()),
                message: format!(
                    "{} is too narrow to read; use 20 or more",
                    config.pane_min_width
                ),
            });
        }
        if config.theme.clusters.is_empty() {
            return Err(ConfigError {
                path: path.to_path_buf(),
                position: None,
                key: Some("theme.clusters".into()),
                message: "needs at least one colour".into(),
            });
        }
        Ok(config)
    }

    fn merge(&mut self, file: ConfigFile) {
        let ConfigFile {
            pane_min_width,
            tab_width,
            aligned_scrolling,
            max_file_mib,
            data_dir,
            theme,
            keys,
        } = file;
        set(&mut self.pane_min_width, pane_min_width);
        set(&mut self.tab_width, tab_width.map(|t| t.clamp(1, 16)));
        set(&mut self.aligned_scrolling, aligned_scrolling);
        set(&mut self.max_file_mib, max_file_mib);
        if data_dir.is_some() {
            self.data_dir = data_dir;
        }
        if let Some(t) = theme {
            let th = &mut self.theme;
            set(&mut th.accent, t.accent);
            set(&mut th.noise, t.noise);
            set(&mut th.quote, t.quote);
            set(&mut th.clusters, t.clusters);
            set(&mut th.search_fg, t.search_fg);
            set(&mut th.search_bg, t.search_bg);
            set(&mut th.bookmark, t.bookmark);
            set(&mut th.status_fg, t.status_fg);
            set(&mut th.status_bg, t.status_bg);
            set(&mut th.warning, t.warning);
        }
        if let Some(keys) = keys {
            let mut merged = self.keys().clone();
            for (key, bound) in keys {
                // `none` (an empty list once parsed) removes the key.
                if bound.0.is_empty() {
                    merged.remove(&key);
                } else {
                    merged.insert(key, bound);
                }
            }
            self.keys = (merged != *DEFAULT_KEYS).then_some(merged);
        }
    }

    /// What each key does; a key may do a different thing in each tab.
    pub fn keys(&self) -> &BTreeMap<KeyChord, Bound> {
        self.keys.as_ref().unwrap_or(&DEFAULT_KEYS)
    }

    /// Loads the config: `explicit` (from `--config`) must exist; the default location may
    /// not. On any problem the defaults are returned along with the error to show.
    pub fn load(explicit: Option<&Path>) -> (Config, Option<ConfigError>) {
        let (path, must_exist) = match explicit {
            Some(p) => (p.to_path_buf(), true),
            None => match default_path() {
                Some(p) => (p, false),
                None => return (Config::default(), None),
            },
        };
        match std::fs::read_to_string(&path) {
            Ok(text) => match Config::from_toml(&text, &path) {
                Ok(config) => (config, None),
                Err(e) => (Config::default(), Some(e)),
            },
            Err(e) if !must_exist && e.kind() == std::io::ErrorKind::NotFound => {
                (Config::default(), None)
            }
            Err(e) => {
                let error = ConfigError {
                    path,
                    position: None,
                    key: None,
                    message: format!("cannot read it: {e}"),
                };
                (Config::default(), Some(error))
            }
        }
    }

    /// Where bookmarks live: `--data-dir`, else the config's `data_dir`, else what
    /// `bookmarks::data_dir` decides (`$XDG_DATA_HOME/crosscheck`, else the platform's place).
    pub fn data_dir(&self, cli: Option<&Path>) -> Result<PathBuf, crate::bookmarks::NoDataDir> {
        crate::bookmarks::data_dir(cli.or(self.data_dir.as_deref()))
    }
}

fn set<T>(slot: &mut T, value: Option<T>) {
    if let Some(v) = value {
        *slot = v;
    }
}

/// `$VAR/crosscheck` when VAR holds an absolute path (the XDG spec says to ignore others).
fn xdg_dir(var: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(std::env::var_os(var)?);
    dir.is_absolute().then(|| dir.join("crosscheck"))
}

/// `$XDG_CONFIG_HOME/crosscheck/config.toml` (on every platform), else the platform's place.
pub fn default_path() -> Option<PathBuf> {
    xdg_dir("XDG_CONFIG_HOME")
        .or_else(|| {
            directories::ProjectDirs::from("", "", "crosscheck")
                .map(|d| d.config_dir().to_path_buf())
        })
        .map(|d| d.join("config.toml"))
}

fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The setting named on the line holding `offset`, with its table: `theme.accent`, `keys."x"`.
fn key_at(text: &str, offset: usize) -> Option<String> {
    let offset = offset.min(text.len());
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next().unwrap_or("");
    let (key, _) = line.split_once('=')?;
    let key = key.trim();
    let table = text[..line_start]
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| l.starts_with('[') && l.ends_with(']'))
        .map(|l| l.trim_matches(|c| c == '[' || c == ']').trim());
    Some(match table {
        Some(t) => format!("{t}.{key}"),
        None => key.to_string(),
    })
}

#[cfg(test)]
mod tests;
