//! Where bookmarks live: the one place the data directory is decided.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
#[error(
    "no data directory: there is no home directory to put one in; pass --data-dir DIR or set XDG_DATA_HOME"
)]
pub struct NoDataDir;

/// The data directory: `explicit` (the `--data-dir` flag or a config value) when given, else
/// `$XDG_DATA_HOME/crosscheck`, else the platform's data directory for crosscheck.
pub fn data_dir(explicit: Option<&Path>) -> Result<PathBuf, NoDataDir> {
    resolve(explicit, std::env::var_os("XDG_DATA_HOME"), || {
        directories::ProjectDirs::from("", "", "crosscheck").map(|d| d.data_dir().to_path_buf())
    })
}

fn resolve(
    explicit: Option<&Path>,
    xdg_data_home: Option<OsString>,
    platform: impl FnOnce() -> Option<PathBuf>,
) -> Result<PathBuf, NoDataDir> {
    if let Some(dir) = explicit {
        return Ok(dir.to_path_buf());
    }
    // The XDG spec says a relative value is invalid and must be ignored.
    if let Some(xdg) = xdg_data_home.map(PathBuf::from).filter(|p| p.is_absolute()) {
        return Ok(xdg.join("crosscheck"));
    }
    platform().ok_or(NoDataDir)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn platform() -> Option<PathBuf> {
        Some(PathBuf::from("/home/u/.local/share/crosscheck"))
    }

    #[test]
    fn explicit_wins_over_everything() {
        let got = resolve(Some(Path::new("rel/dir")), Some("/xdg".into()), platform).unwrap();
        assert_eq!(got, PathBuf::from("rel/dir"));
    }

    #[test]
    fn xdg_data_home_comes_next() {
        let got = resolve(None, Some("/xdg".into()), platform).unwrap();
        assert_eq!(got, PathBuf::from("/xdg/crosscheck"));
    }

    #[test]
    fn empty_or_relative_xdg_is_ignored() {
        for xdg in ["", "relative/data"] {
            let got = resolve(None, Some(xdg.into()), platform).unwrap();
            assert_eq!(got, PathBuf::from("/home/u/.local/share/crosscheck"));
        }
    }

    #[test]
    fn no_home_is_an_error_that_says_what_to_do() {
        let err = resolve(None, None, || None).unwrap_err();
        assert!(err.to_string().contains("--data-dir"));
    }
}
