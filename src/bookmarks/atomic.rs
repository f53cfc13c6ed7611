//! Replacing a file so that a crash at any moment leaves either the old or the new content:
//! write a temporary file beside it, fsync, rename over, fsync the directory.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The marker every temporary file name carries, so leftovers of a crash can be recognised.
const TEMP_MARK: &str = ".tmp-";

/// Atomically replaces `path` with `bytes`.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_with_hook(path, bytes, |_| Ok(()))
}

/// As `write`, calling `before_rename` with the temporary file's path once it is written and
/// synced: tests use it to interrupt the write at its most delicate point.
pub fn write_with_hook(
    path: &Path,
    bytes: &[u8],
    before_rename: impl FnOnce(&Path) -> io::Result<()>,
) -> io::Result<()> {
    let temp = temp_path(path)?;
    let result = write_temp(&temp, bytes)
        .and_then(|()| before_rename(&temp))
        .and_then(|()| fs::rename(&temp, path))
        .and_then(|()| sync_dir(parent(path)));
    if result.is_err() {
        // Best effort: a leftover is harmless (never read as data) and cleaned up later.
        let _ = fs::remove_file(&temp);
    }
    result
}

pub fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// `.NAME.tmp-PID-N` beside `path`: hidden, unique per process and call.
fn temp_path(path: &Path) -> io::Result<PathBuf> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let temp = format!(
        ".{}{TEMP_MARK}{}-{n}",
        name.to_string_lossy(),
        std::process::id()
    );
    Ok(parent(path).join(temp))
}

fn write_temp(temp: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).create_new(true).open(temp)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Makes a rename in `dir` durable. Only Unix can open a directory to sync it.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Removes temporary files that an interrupted write of `path` left behind. Only call this
/// while holding the lock that every writer of `path` takes, so none is in use.
pub fn remove_leftovers(path: &Path) -> io::Result<usize> {
    let Some(name) = path.file_name() else {
        return Ok(0);
    };
    let prefix = format!(".{}{TEMP_MARK}", name.to_string_lossy());
    let mut removed = 0;
    for entry in fs::read_dir(parent(path))? {
        let entry = entry?;
        if entry.file_name().to_string_lossy().starts_with(&prefix) {
            fs::remove_file(entry.path())?;
            removed += 1;
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bookmarks::testutil::names;

    #[test]
    fn replaces_the_file_and_leaves_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data.json");
        write(&path, b"one").unwrap();
        write(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(names(dir.path()), ["data.json"]);
    }

    #[test]
    fn an_interrupted_write_keeps_the_old_file_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data.json");
        write(&path, b"old content").unwrap();
        let mut seen_temp = None;
        let err = write_with_hook(&path, b"new content", |temp| {
            // The new content is complete on disk, but not yet in place.
            assert_eq!(fs::read(temp).unwrap(), b"new content");
            seen_temp = Some(temp.to_path_buf());
            Err(io::Error::other("power cut"))
        })
        .unwrap_err();
        assert_eq!(err.to_string(), "power cut");
        assert_eq!(fs::read(&path).unwrap(), b"old content");
        assert!(!seen_temp.unwrap().exists());
        assert_eq!(names(dir.path()), ["data.json"]);
    }

    #[test]
    fn leftovers_of_this_file_only_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data.json");
        fs::write(dir.path().join(".data.json.tmp-1-0"), b"partial").unwrap();
        fs::write(dir.path().join(".other.json.tmp-1-0"), b"someone else's").unwrap();
        fs::write(&path, b"kept").unwrap();
        assert_eq!(remove_leftovers(&path).unwrap(), 1);
        assert_eq!(names(dir.path()), [".other.json.tmp-1-0", "data.json"]);
    }
}
