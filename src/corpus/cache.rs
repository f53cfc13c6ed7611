//! The page cache: each fetched page kept in the data directory with its final URL and the time
//! it was fetched, so the same URLs open again offline and instantly, with the same text for
//! bookmarks to anchor on. Each page is two files named by a hash of the URL asked for: the
//! body as fetched, and a small JSON record; both are written atomically, as bookmarks are.

use super::fetch::Fetched;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// A cached page's record.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Record {
    pub url: String,
    pub final_url: String,
    pub fetched_at: String,
    pub media_type: String,
    pub charset: Option<String>,
    pub bytes: u64,
}

/// The cache in one folder (`pages` in the data directory).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageCache {
    dir: PathBuf,
}

impl PageCache {
    /// The cache kept under `data_dir`.
    pub fn in_data_dir(data_dir: &Path) -> PageCache {
        PageCache {
            dir: data_dir.join("pages"),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn paths(&self, url: &str) -> (PathBuf, PathBuf) {
        let key = super::article::fnv1a_hex(url.as_bytes());
        (
            self.dir.join(format!("{key}.json")),
            self.dir.join(format!("{key}.page")),
        )
    }

    /// The page kept for `url`, if any and whole.
    pub fn get(&self, url: &str) -> Option<(Record, Fetched)> {
        let (record_path, body_path) = self.paths(url);
        let record: Record = serde_json::from_slice(&std::fs::read(record_path).ok()?).ok()?;
        let body = std::fs::read(body_path).ok()?;
        if record.url != url || body.len() as u64 != record.bytes {
            return None;
        }
        let fetched = Fetched {
            final_url: record.final_url.clone(),
            media_type: record.media_type.clone(),
            charset: record.charset.clone(),
            body,
        };
        Some((record, fetched))
    }

    /// Keeps `fetched` as the page for `url`. The body is written before the record, so a
    /// record is only ever read beside a whole body.
    pub fn put(&self, url: &str, fetched: &Fetched) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let (record_path, body_path) = self.paths(url);
        let record = Record {
            url: url.to_string(),
            final_url: fetched.final_url.clone(),
            fetched_at: crate::bookmarks::now_rfc3339(),
            media_type: fetched.media_type.clone(),
            charset: fetched.charset.clone(),
            bytes: fetched.body.len() as u64,
        };
        crate::bookmarks::write_atomically(&body_path, &fetched.body)?;
        let json = serde_json::to_vec_pretty(&record).map_err(std::io::Error::other)?;
        crate::bookmarks::write_atomically(&record_path, &json)
    }

    /// Every cached page's record, oldest fetch first.
    pub fn list(&self) -> Vec<Record> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut records: Vec<Record> = entries
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
            .filter_map(|e| serde_json::from_slice(&std::fs::read(e.path()).ok()?).ok())
            .collect();
        records.sort_by(|a, b| (&a.fetched_at, &a.url).cmp(&(&b.fetched_at, &b.url)));
        records
    }

    /// Removes every cached page; returns how many there were.
    pub fn clear(&self) -> std::io::Result<usize> {
        let entries = match std::fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(e),
        };
        let mut pages = 0;
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            match path.extension().and_then(|x| x.to_str()) {
                Some("json") => pages += 1,
                Some("page") => {}
                // Leftover temporary files of an interrupted write go too.
                _ if !path.to_string_lossy().contains(".tmp-") => continue,
                _ => {}
            }
            std::fs::remove_file(&path)?;
        }
        Ok(pages)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_kept_listed_and_cleared() {
        let dir = tempfile::TempDir::new().unwrap();
        let cache = PageCache::in_data_dir(dir.path());
        assert!(cache.get("https://example.org/a").is_none());
        let page = Fetched {
            final_url: "https://example.org/a?final".into(),
            media_type: "text/html".into(),
            charset: Some("utf-8".into()),
            body: b"<p>Body</p>".to_vec(),
        };
        cache.put("https://example.org/a", &page).unwrap();
        let (record, again) = cache.get("https://example.org/a").unwrap();
        assert_eq!(again.body, page.body);
        assert_eq!(record.final_url, "https://example.org/a?final");
        assert_eq!(cache.list().len(), 1);
        assert_eq!(cache.clear().unwrap(), 1);
        assert!(cache.get("https://example.org/a").is_none());
    }
}
