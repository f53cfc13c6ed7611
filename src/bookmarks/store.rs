//! The bookmark file: one versioned JSON document in the data directory. Every change is made
//! under an advisory lock to what is on disk at that moment (so two processes never lose each
//! other's changes), written atomically after the previous good version is kept as a backup.
//! A file that cannot be read is set aside and reported, never overwritten.

use super::atomic;
use super::clock;
use super::model::{Bookmark, Target, TargetError};
use crate::text::sanitise_line;
use serde::{Deserialize, Serialize};
use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

/// The newest file layout this build reads and the one it writes.
pub const SCHEMA_VERSION: u64 = 1;
pub const FILE_NAME: &str = "bookmarks.json";
pub const LOCK_NAME: &str = "bookmarks.lock";
pub const BACKUP_NAME: &str = "bookmarks.json.bak";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("there is no bookmark {0}")]
    NotFound(String),
    #[error("{prefix} could be any of {} bookmarks ({}); give more of the id", ids.len(), ids.join(", "))]
    Ambiguous { prefix: String, ids: Vec<String> },
    #[error("nothing to bookmark: no passage was given")]
    NoTargets,
    #[error(transparent)]
    Target(#[from] TargetError),
}

fn io_at(path: &Path) -> impl FnOnce(io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

#[derive(Deserialize)]
struct Document {
    bookmarks: Vec<Bookmark>,
}

#[derive(Serialize)]
struct DocumentRef<'a> {
    schema: u64,
    bookmarks: &'a [Bookmark],
}

/// Why a bookmark file could not be read.
#[derive(Debug)]
enum Unreadable {
    Invalid(String),
    Newer(u64),
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unreadable::Invalid(why) => f.write_str(why),
            Unreadable::Newer(v) => write!(
                f,
                "it was written by a newer crosscheck (schema {v}; this one reads up to {SCHEMA_VERSION})"
            ),
        }
    }
}

/// Reads the bookmarks file's bytes as `Store::open` does (without setting an unreadable file
/// aside): the bookmarks, or why the file cannot be used. For the fuzz targets.
pub fn parse_file(bytes: &[u8]) -> Result<Vec<Bookmark>, String> {
    parse(bytes)
        .map(|mut bookmarks| {
            sort(&mut bookmarks);
            bookmarks
        })
        .map_err(|why| why.to_string())
}

fn parse(bytes: &[u8]) -> Result<Vec<Bookmark>, Unreadable> {
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| Unreadable::Invalid(e.to_string()))?;
    let schema = value
        .get("schema")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| Unreadable::Invalid("it has no schema version".into()))?;
    if schema > SCHEMA_VERSION {
        return Err(Unreadable::Newer(schema));
    }
    serde_json::from_value::<Document>(value)
        .map(|d| d.bookmarks)
        .map_err(|e| Unreadable::Invalid(e.to_string()))
}

/// What was on disk when the lock was taken: the bookmarks, and the file's bytes when it
/// was read successfully (they become the backup before the next replace).
struct OnDisk {
    bookmarks: Vec<Bookmark>,
    good_bytes: Option<Vec<u8>>,
}

type WriteHook = fn(&Path) -> io::Result<()>;

/// The user's bookmarks, as last read from or written to the data directory.
pub struct Store {
    dir: PathBuf,
    bookmarks: Vec<Bookmark>,
    warnings: Vec<String>,
    before_rename: WriteHook,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("dir", &self.dir)
            .field("bookmarks", &self.bookmarks.len())
            .finish()
    }
}

impl Store {
    /// Reads the bookmarks in `dir` (none when there is no file yet; the directory is only
    /// created by the first change). Problems the user must hear about, such as a corrupt
    /// file set aside, are left in `take_warnings`.
    pub fn open(dir: impl Into<PathBuf>) -> Result<Store, StoreError> {
        let mut store = Store {
            dir: dir.into(),
            bookmarks: Vec::new(),
            warnings: Vec::new(),
            before_rename: |_| Ok(()),
        };
        store.reload()?;
        Ok(store)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    pub fn backup_path(&self) -> PathBuf {
        self.dir.join(BACKUP_NAME)
    }

    /// Oldest first.
    pub fn bookmarks(&self) -> &[Bookmark] {
        &self.bookmarks
    }

    /// The bookmarks `Bookmark::matches` the query, oldest first.
    pub fn filtered<'s>(&'s self, query: &'s str) -> impl Iterator<Item = &'s Bookmark> + 's {
        self.bookmarks.iter().filter(move |b| b.matches(query))
    }

    pub fn get(&self, id: &str) -> Option<&Bookmark> {
        self.bookmarks.iter().find(|b| b.id == id)
    }

    /// The bookmark with this id, or the only one whose id starts with it.
    pub fn lookup(&self, id_or_prefix: &str) -> Result<&Bookmark, StoreError> {
        if let Some(b) = self.get(id_or_prefix) {
            return Ok(b);
        }
        let found: Vec<&Bookmark> = self
            .bookmarks
            .iter()
            .filter(|b| !id_or_prefix.is_empty() && b.id.starts_with(id_or_prefix))
            .collect();
        match found.as_slice() {
            [one] => Ok(one),
            [] => Err(StoreError::NotFound(sanitise_line(id_or_prefix))),
            many => Err(StoreError::Ambiguous {
                prefix: sanitise_line(id_or_prefix),
                ids: many.iter().map(|b| b.id.clone()).collect(),
            }),
        }
    }

    /// Every bookmark made together with `id` for one quote cluster (just `id` when alone).
    pub fn group_of(&self, id: &str) -> Vec<&Bookmark> {
        let Some(b) = self.get(id) else {
            return Vec::new();
        };
        match &b.group {
            Some(g) => self
                .bookmarks
                .iter()
                .filter(|o| o.group.as_ref() == Some(g))
                .collect(),
            None => vec![b],
        }
    }

    /// Messages for the user (one line each) gathered since the last call.
    pub fn take_warnings(&mut self) -> Vec<String> {
        std::mem::take(&mut self.warnings)
    }

    /// Reads the file again, picking up what other processes changed.
    pub fn reload(&mut self) -> Result<(), StoreError> {
        if !self.path().exists() {
            self.bookmarks.clear();
            return Ok(());
        }
        let _lock = self.lock()?;
        self.bookmarks = self.read_locked()?.bookmarks;
        Ok(())
    }

    /// Bookmarks every target with the same note: one target for a passage of one source,
    /// or one per member of a quote cluster (those share a `group`). Nothing is saved when any
    /// target is invalid.
    pub fn add(&mut self, targets: &[Target<'_>], note: &str) -> Result<Vec<Bookmark>, StoreError> {
        if targets.is_empty() {
            return Err(StoreError::NoTargets);
        }
        let created = clock::now_rfc3339();
        let mut made = targets
            .iter()
            .map(|&t| Bookmark::new(t, note, String::new(), created.clone()))
            .collect::<Result<Vec<_>, _>>()?;
        let group = (made.len() > 1).then(clock::new_id);
        self.change(move |list| {
            for b in &mut made {
                b.id = unused_id(list);
                b.group.clone_from(&group);
                list.push(b.clone());
            }
            Ok(made)
        })
    }

    /// Replaces the note of bookmark `id` (sanitised to one line) and stamps the edit time.
    pub fn edit_note(&mut self, id: &str, note: &str) -> Result<Bookmark, StoreError> {
        let note = sanitise_line(note);
        self.change(|list| {
            let b = find_mut(list, id)?;
            b.note = note;
            b.updated = Some(clock::now_rfc3339());
            Ok(b.clone())
        })
    }

    /// Deletes bookmark `id` and returns it, so the caller can `restore` it to undo.
    pub fn delete(&mut self, id: &str) -> Result<Bookmark, StoreError> {
        self.change(|list| {
            let i = list
                .iter()
                .position(|b| b.id == id)
                .ok_or_else(|| StoreError::NotFound(sanitise_line(id)))?;
            Ok(list.remove(i))
        })
    }

    /// Puts back a bookmark `delete` returned, with its id, times and note as they were.
    pub fn restore(&mut self, bookmark: Bookmark) -> Result<(), StoreError> {
        self.change(|list| {
            list.retain(|b| b.id != bookmark.id);
            list.push(bookmark);
            Ok(())
        })
    }

    /// Takes the lock, applies `op` to the bookmarks on disk now, and writes the result if
    /// `op` succeeds. `op` must leave the list untouched when it fails.
    fn change<T>(
        &mut self,
        op: impl FnOnce(&mut Vec<Bookmark>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let _lock = self.lock()?;
        let OnDisk {
            mut bookmarks,
            good_bytes,
        } = self.read_locked()?;
        let result = op(&mut bookmarks);
        if result.is_ok() {
            sort(&mut bookmarks);
            self.write_locked(&bookmarks, good_bytes.as_deref())?;
        }
        self.bookmarks = bookmarks;
        result
    }

    /// An exclusive advisory lock on `bookmarks.lock`, released when the file is dropped.
    /// A separate file, because the data file itself is replaced by each write.
    fn lock(&self) -> Result<File, StoreError> {
        fs::create_dir_all(&self.dir).map_err(io_at(&self.dir))?;
        let path = self.dir.join(LOCK_NAME);
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(io_at(&path))?;
        file.lock().map_err(io_at(&path))?;
        Ok(file)
    }

    fn read_locked(&mut self) -> Result<OnDisk, StoreError> {
        let path = self.path();
        // Any temporary file now is a leftover of a crash: every writer holds the lock.
        let _ = atomic::remove_leftovers(&path);
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Ok(OnDisk {
                    bookmarks: Vec::new(),
                    good_bytes: None,
                });
            }
            Err(e) => return Err(io_at(&path)(e)),
        };
        match parse(&bytes) {
            Ok(mut bookmarks) => Ok(OnDisk {
                bookmarks: {
                    sort(&mut bookmarks);
                    bookmarks
                },
                good_bytes: Some(bytes),
            }),
            Err(why) => self.set_aside(why),
        }
    }

    /// Moves the unreadable file out of the way, then carries on from the backup if it can
    /// be read, else from nothing.
    fn set_aside(&mut self, why: Unreadable) -> Result<OnDisk, StoreError> {
        let path = self.path();
        let aside = self.aside_path();
        fs::rename(&path, &aside).map_err(io_at(&path))?;
        atomic::sync_dir(&self.dir).map_err(io_at(&self.dir))?;
        let mut message = format!(
            "{} could not be read: {why}. It was moved to {} and is kept as it was",
            path.display(),
            aside.display()
        );
        let backup = self.backup_path();
        let recovered = fs::read(&backup)
            .ok()
            .and_then(|bytes| parse(&bytes).ok().map(|b| (b, bytes)));
        let on_disk = match recovered {
            Some((bookmarks, bytes)) => {
                atomic::write(&path, &bytes).map_err(io_at(&path))?;
                message.push_str(&format!(
                    "; {} bookmark(s) were restored from the backup {}",
                    bookmarks.len(),
                    backup.display()
                ));
                OnDisk {
                    bookmarks,
                    good_bytes: Some(bytes),
                }
            }
            None => {
                message.push_str("; there is no readable backup, so the list starts empty");
                OnDisk {
                    bookmarks: Vec::new(),
                    good_bytes: None,
                }
            }
        };
        self.warnings.push(sanitise_line(&message));
        Ok(on_disk)
    }

    /// `bookmarks.json.corrupt-<time>`, numbered if that name is taken.
    fn aside_path(&self) -> PathBuf {
        let base = format!(
            "{FILE_NAME}.corrupt-{}",
            clock::compact(std::time::SystemTime::now())
        );
        let mut candidate = self.dir.join(&base);
        let mut n = 2;
        while candidate.exists() {
            candidate = self.dir.join(format!("{base}-{n}"));
            n += 1;
        }
        candidate
    }

    fn write_locked(
        &self,
        bookmarks: &[Bookmark],
        previous: Option<&[u8]>,
    ) -> Result<(), StoreError> {
        if let Some(previous) = previous {
            let backup = self.backup_path();
            atomic::write(&backup, previous).map_err(io_at(&backup))?;
        }
        let document = DocumentRef {
            schema: SCHEMA_VERSION,
            bookmarks,
        };
        let mut bytes = serde_json::to_vec_pretty(&document)
            .map_err(|e| io_at(&self.path())(io::Error::other(e)))?;
        bytes.push(b'\n');
        let path = self.path();
        atomic::write_with_hook(&path, &bytes, self.before_rename).map_err(io_at(&path))
    }

    /// Makes every later write fail the way a crash between writing and renaming would.
    #[cfg(test)]
    fn interrupt_writes(&mut self, hook: WriteHook) {
        self.before_rename = hook;
    }
}

/// Oldest first. The sort is stable and times have whole seconds, so bookmarks made in the
/// same second keep the order they were added in (ids are random and would shuffle them).
fn sort(bookmarks: &mut [Bookmark]) {
    bookmarks.sort_by(|a, b| a.created.cmp(&b.created));
}

fn unused_id(list: &[Bookmark]) -> String {
    loop {
        let id = clock::new_id();
        if list.iter().all(|b| b.id != id) {
            return id;
        }
    }
}

fn find_mut<'l>(list: &'l mut [Bookmark], id: &str) -> Result<&'l mut Bookmark, StoreError> {
    list.iter_mut()
        .find(|b| b.id == id)
        .ok_or_else(|| StoreError::NotFound(sanitise_line(id)))
}

#[cfg(test)]
mod tests;
