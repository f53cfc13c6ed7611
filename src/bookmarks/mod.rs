//! Bookmarks: passages with notes, kept in a versioned JSON file that survives crashes and
//! concurrent processes, anchored so they are found again after the source is edited, and
//! exported as Markdown, W3C Web Annotations or CSV.
//!
//! The reader's Bookmarks view and the `crosscheck bookmarks` command both use `Store` for
//! changes, `attach_all` to find bookmarks in the loaded corpus, and `export` to write them.

mod atomic;
mod attach;
mod clock;
mod datadir;
mod export;
mod locate;
mod model;
mod store;

pub use atomic::write as write_atomically;
pub use attach::{Attached, Attacher, Attachment, Status, attach_all};
pub use clock::now_rfc3339;
pub use datadir::{NoDataDir, data_dir};
pub use export::{ExportFormat, csv, export, markdown, web_annotations};
pub use locate::occurrences;
pub use model::{Bookmark, CONTEXT_CHARS, Position, SourceRef, Target, TargetError, TextQuote};
#[cfg(test)]
mod testutil;

pub use store::{BACKUP_NAME, FILE_NAME, LOCK_NAME, SCHEMA_VERSION, Store, StoreError, parse_file};
