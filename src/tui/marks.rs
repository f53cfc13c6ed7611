//! The bookmark store as the reader holds it: the store (or why there is none), every
//! bookmark re-attached to the loaded corpus, the Bookmarks view's filter and selection, and
//! deleted bookmarks kept for undo. Recomputed only when the bookmarks or the filter change.

use crate::bookmarks::{Attached, Attachment, Bookmark, Status, Store, attach_all};
use crate::corpus::Corpus;
use crate::text::{Span, sanitise_line};
use std::path::PathBuf;

/// A bookmark and where it is in the loaded corpus now.
#[derive(Debug, Clone)]
pub struct Row {
    pub bookmark: Bookmark,
    pub attachment: Attachment,
}

impl Row {
    pub fn status(&self) -> Status {
        self.attachment.status()
    }

    pub fn attached(&self) -> Attached<'_> {
        Attached {
            bookmark: &self.bookmark,
            attachment: self.attachment,
        }
    }
}

#[derive(Debug, Default)]
pub struct Marks {
    /// `None` when the data directory could not be found or read: `problem` says why.
    pub store: Option<Store>,
    /// The last store problem (a file set aside, a failed write), shown in the view.
    pub problem: Option<String>,
    /// Oldest first, as the store keeps them.
    pub rows: Vec<Row>,
    pub filter: String,
    /// Indices into `rows` that match the filter.
    pub visible: Vec<usize>,
    /// Index into `visible`.
    pub selected: usize,
    /// First entry on screen, an index into `visible`.
    pub scroll: usize,
    /// Deleted bookmarks, newest last, for undo.
    pub deleted: Vec<Bookmark>,
}

impl Marks {
    /// Opens the store in `dir` (`Err` when there is no data directory to use) and attaches
    /// its bookmarks to `corpus`. Returns the warnings the user must see.
    pub fn open(dir: Result<PathBuf, String>, corpus: &Corpus) -> (Marks, Vec<String>) {
        let mut marks = Marks::default();
        let mut warnings = Vec::new();
        // The store reads lazily and would only fail at the first save: say so now instead.
        let usable = |d: PathBuf| {
            if d.exists() && !d.is_dir() {
                Err(format!("{} is not a directory", d.display()))
            } else {
                Store::open(d).map_err(|e| e.to_string())
            }
        };
        match dir.and_then(usable) {
            Ok(mut store) => {
                warnings = store.take_warnings();
                marks.store = Some(store);
            }
            Err(e) => {
                let why = sanitise_line(&format!("bookmarks unavailable: {e}"));
                marks.problem = Some(why.clone());
                warnings.push(why);
            }
        }
        if let Some(w) = warnings.last() {
            marks.problem = Some(w.clone());
        }
        marks.refresh(corpus);
        (marks, warnings)
    }

    /// Re-attaches the store's bookmarks and re-applies the filter.
    pub fn refresh(&mut self, corpus: &Corpus) {
        let selected = self.selected_id();
        let bookmarks = self.store.as_ref().map_or(&[][..], Store::bookmarks);
        self.rows = attach_all(bookmarks, corpus)
            .into_iter()
            .map(|a| Row {
                bookmark: a.bookmark.clone(),
                attachment: a.attachment,
            })
            .collect();
        self.refilter_keeping(selected);
    }

    /// Re-applies the filter, keeping the selected bookmark selected when it is still shown.
    pub fn refilter(&mut self) {
        let selected = self.selected_id();
        self.refilter_keeping(selected);
    }

    fn selected_id(&self) -> Option<String> {
        self.selected_row().map(|r| r.bookmark.id.clone())
    }

    fn refilter_keeping(&mut self, selected: Option<String>) {
        self.visible = (0..self.rows.len())
            .filter(|&i| self.rows[i].bookmark.matches(&self.filter))
            .collect();
        self.selected = self.selected.min(self.visible.len().saturating_sub(1));
        if let Some(id) = selected {
            self.select_id(&id);
        }
    }

    /// The bookmarked passages found in the corpus, for the gutter marks.
    pub fn spans(&self) -> Vec<(usize, Span)> {
        self.rows
            .iter()
            .filter_map(|r| Some((r.attachment.article()?, r.attachment.span()?)))
            .collect()
    }

    pub fn selected_row(&self) -> Option<&Row> {
        self.rows.get(*self.visible.get(self.selected)?)
    }

    /// Selects the bookmark with this id if the filter shows it.
    pub fn select_id(&mut self, id: &str) {
        if let Some(i) = self
            .visible
            .iter()
            .position(|&r| self.rows[r].bookmark.id == id)
        {
            self.selected = i;
        }
    }
}
