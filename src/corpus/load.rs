//! Loading articles from paths (files, folders, URLs, `-` for stdin): finding the files,
//! reading each with a size cap or fetching it, and naming what could not be read; `decode`
//! turns the bytes into articles.

use super::article::Origin;
use super::cache::PageCache;
use super::decode::{add_bytes, slug};
use super::fetch::{self, Fetched};
use super::formats;
use super::{Corpus, LoadError};
use crate::text::sanitise_line;
use std::io::Read;
use std::path::{Path, PathBuf};

pub const DEFAULT_MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// How long fetching one URL may take, from connecting to the last byte.
pub const DEFAULT_FETCH_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadOptions {
    /// The size limit for a file, standard input and a fetched page alike.
    pub max_file_bytes: u64,
    pub tab_width: usize,
    pub fetch_timeout: std::time::Duration,
    /// Where fetched pages are kept and found again; `None` fetches every time.
    pub cache: Option<PageCache>,
    /// Fetch again even when the cache has the page.
    pub refresh: bool,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
            tab_width: 4,
            fetch_timeout: DEFAULT_FETCH_TIMEOUT,
            cache: None,
            refresh: false,
        }
    }
}

/// Loads every path in order. Errors are collected per file (and per entry); they never stop
/// the other files from loading.
pub fn load_paths(paths: &[PathBuf], options: &LoadOptions) -> Corpus {
    load_paths_reporting(paths, options, |_| true)
}

/// How far loading has got, for a progress display: the path about to be read.
#[derive(Debug, Clone, Copy)]
pub struct Step<'a> {
    /// How many paths are done, and how many there are.
    pub done: usize,
    pub total: usize,
    pub path: &'a Path,
    /// Articles loaded so far.
    pub articles: usize,
}

/// `load_paths`, calling `on_step` as each path is started; loading stops early (with what it
/// has) when `on_step` returns false. Paths are read on every core (pages take a while to
/// extract, URLs to fetch), and put together in their given order, so ids are as if read one
/// by one.
pub fn load_paths_reporting(
    paths: &[PathBuf],
    options: &LoadOptions,
    on_step: impl FnMut(Step) -> bool + Send,
) -> Corpus {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    let on_step = Mutex::new(on_step);
    let (started, articles, stopped) = (
        AtomicUsize::new(0),
        AtomicUsize::new(0),
        AtomicBool::new(false),
    );
    let parts = crate::parallel::map(paths, |path| {
        if stopped.load(Ordering::SeqCst) {
            return None;
        }
        {
            let mut on_step = on_step.lock().unwrap_or_else(|e| e.into_inner());
            let step = Step {
                done: started.fetch_add(1, Ordering::SeqCst),
                total: paths.len(),
                path,
                articles: articles.load(Ordering::SeqCst),
            };
            if !on_step(step) {
                stopped.store(true, Ordering::SeqCst);
                return None;
            }
        }
        let part = load_one(path, options);
        articles.fetch_add(part.articles.len(), Ordering::SeqCst);
        Some(part)
    });
    let mut corpus = Corpus::default();
    for part in parts.into_iter().flatten() {
        for article in part.articles {
            corpus.push(article);
        }
        corpus.errors.extend(part.errors);
    }
    corpus
}

/// What one path holds: a file, a folder, a URL or standard input.
fn load_one(path: &Path, options: &LoadOptions) -> Corpus {
    let mut corpus = Corpus::default();
    if path.as_os_str() == "-" {
        load_stdin(&mut corpus, options);
    } else if let Some(url) = path.to_str().filter(|p| fetch::is_url(p)) {
        load_url(&mut corpus, url, options);
    } else {
        match std::fs::metadata(path) {
            Err(e) => corpus.errors.push(error(path, io_reason(&e))),
            Ok(meta) if meta.is_dir() => load_dir(&mut corpus, path, options),
            Ok(_) => load_file(&mut corpus, path, options),
        }
    }
    corpus
}

fn error(path: &Path, reason: impl Into<String>) -> LoadError {
    LoadError {
        path: sanitise_line(&path.display().to_string()),
        reason: reason.into(),
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Every supported file under `dir`, recursively, sorted by path; hidden entries are skipped.
fn supported_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            supported_files(&path, out)?;
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(formats::is_supported_extension)
        {
            out.push(path);
        }
    }
    Ok(())
}

fn load_dir(corpus: &mut Corpus, dir: &Path, options: &LoadOptions) {
    let mut files = Vec::new();
    if let Err(e) = supported_files(dir, &mut files) {
        corpus.errors.push(error(dir, io_reason(&e)));
        return;
    }
    if files.is_empty() {
        corpus.errors.push(error(
            dir,
            "no articles in this folder (looked for .txt, .md, .json, .jsonl and .html files)",
        ));
    }
    for file in files {
        load_file(corpus, &file, options);
    }
}

fn load_file(corpus: &mut Corpus, path: &Path, options: &LoadOptions) {
    let file = std::fs::File::open(path);
    let size = file
        .as_ref()
        .ok()
        .and_then(|f| f.metadata().ok())
        .map(|m| m.len());
    let bytes = match read_capped(file, size, options.max_file_bytes) {
        Ok(bytes) => bytes,
        Err(reason) => return corpus.errors.push(error(path, reason)),
    };
    let stem = path
        .file_stem()
        .map(|s| sanitise_line(&s.to_string_lossy()))
        .unwrap_or_else(|| "article".into());
    let extension = path.extension().and_then(|e| e.to_str());
    add_bytes(
        corpus,
        &bytes,
        &stem,
        extension,
        Origin::File(path.to_path_buf()),
        None,
        options,
    );
}

/// The page for `url`: from the cache unless refreshing, else fetched and kept. A page that
/// cannot be kept still loads, with a warning.
fn page(url: &str, options: &LoadOptions) -> Result<(Fetched, Option<String>), String> {
    let cache = options.cache.as_ref();
    if !options.refresh
        && let Some((_, fetched)) = cache.and_then(|c| c.get(url))
        && fetched.body.len() as u64 <= options.max_file_bytes
    {
        return Ok((fetched, None));
    }
    let fetched = fetch::fetch(url, options.fetch_timeout, options.max_file_bytes)?;
    let warning = cache
        .and_then(|c| c.put(url, &fetched).err())
        .map(|e| format!("the page could not be kept in the cache: {e}"));
    Ok((fetched, warning))
}

/// Fetches a page (or finds it in the cache) and reads it by its content type; its source id
/// is made from the URL.
fn load_url(corpus: &mut Corpus, url: &str, options: &LoadOptions) {
    let (fetched, cache_warning) = match page(url, options) {
        Ok(page) => page,
        Err(reason) => {
            return corpus.errors.push(LoadError {
                path: sanitise_line(url),
                reason,
            });
        }
    };
    let extension = fetch::extension_for(&fetched.media_type).ok();
    let first_new = corpus.articles.len();
    add_bytes(
        corpus,
        &fetched.body,
        &url_id(url),
        extension.filter(|e| !e.is_empty()),
        Origin::Url(url.to_string()),
        fetched.charset.as_deref(),
        options,
    );
    for article in &mut corpus.articles[first_new..] {
        article
            .meta
            .url
            .get_or_insert_with(|| sanitise_line(&fetched.final_url));
        article.warnings.extend(cache_warning.clone());
    }
}

/// A short, readable id for a URL, the same on every run: the host without `www.` and the
/// last part of the path without its extension, `bbc.co.uk-world-middle-east-51007222`.
pub(super) fn url_id(url: &str) -> String {
    const MAX_SLUG_CHARS: usize = 48;
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.rsplit('@').next().unwrap_or(host);
    let host = host.split(':').next().unwrap_or(host).to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let last = path.split('/').rfind(|s| !s.is_empty()).unwrap_or("");
    let last = last
        .rsplit_once('.')
        .filter(|(_, ext)| ext.len() <= 5 && ext.chars().all(|c| c.is_ascii_alphanumeric()))
        .map_or(last, |(stem, _)| stem);
    let slug: String = if last.is_empty() {
        String::new()
    } else {
        slug(last).chars().take(MAX_SLUG_CHARS).collect()
    };
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() || slug == "index" {
        slug_or(host, "page")
    } else {
        format!("{}-{slug}", slug_or(host, "page"))
    }
}

fn slug_or(s: &str, fallback: &str) -> String {
    let s = slug(s);
    if s == "article" { fallback.into() } else { s }
}

fn load_stdin(corpus: &mut Corpus, options: &LoadOptions) {
    match read_capped(Ok(std::io::stdin().lock()), None, options.max_file_bytes) {
        Ok(bytes) => add_bytes(corpus, &bytes, "stdin", None, Origin::Stdin, None, options),
        Err(reason) => corpus.errors.push(LoadError {
            path: "<stdin>".into(),
            reason,
        }),
    }
}

fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

/// Reads at most `cap` bytes; one byte more means the input is too large. `size_hint` (a file's
/// length) sizes the buffer so a file is read in one call rather than in doubling chunks.
fn read_capped<R: Read>(
    reader: std::io::Result<R>,
    size_hint: Option<u64>,
    cap: u64,
) -> Result<Vec<u8>, String> {
    let reader = reader.map_err(|e| io_reason(&e))?;
    let mut bytes = Vec::with_capacity(size_hint.map_or(0, |n| n.min(cap) as usize + 1));
    reader
        .take(cap + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::IsADirectory => "is a directory".to_string(),
            _ => io_reason(&e),
        })?;
    if bytes.len() as u64 > cap {
        return Err(format!(
            "larger than the {} limit for one file (raise max_file_mib in the config, or pass --max-file-mib)",
            mib(cap)
        ));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::url_id;

    #[test]
    fn url_ids_are_host_and_slug() {
        assert_eq!(
            url_id("https://www.bbc.co.uk/news/world-middle-east-51007222?at=1#top"),
            "bbc.co.uk-world-middle-east-51007222"
        );
        assert_eq!(
            url_id("http://127.0.0.1:8080/story/harbour.html"),
            "127.0.0.1-harbour"
        );
        assert_eq!(url_id("https://example.org/"), "example.org");
        assert_eq!(url_id("https://example.org/a/index.html"), "example.org");
    }
}
