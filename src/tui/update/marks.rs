//! Bookmarks from the keyboard: `m`/`M`/`v` in the Reader, the Bookmarks tab's list keys,
//! and every store change (add, edit, delete, undo, export), each through the store's
//! locked, atomic API. A failure is shown, never fatal, and never overwrites anything.

use super::prompt;
use super::reader::show_in_reader;
use crate::bookmarks::{ExportFormat, Store, StoreError, Target, export};
use crate::text::{Span, sanitise_line};
use crate::tui::Action;
use crate::tui::list::{self, Motion};
use crate::tui::passage::cluster_members;
use crate::tui::search::Hit;
use crate::tui::state::{PassageKind, PromptKind, State};
use std::path::PathBuf;

/// Entries the Bookmarks list moves by for a page.
const PAGE: usize = 5;

/// `m`, `M`, `v` and Enter-with-a-selection in the Reader.
pub(super) fn reader_action(state: &mut State, action: Action) {
    match action {
        Action::Select => {
            state.selection = match state.selection {
                Some(_) => None,
                None => state.focused().map(|p| p.cursor),
            }
        }
        Action::Bookmark | Action::BookmarkGroup => ask_note(state, action),
        Action::Open if state.selection.is_some() => ask_note(state, Action::Bookmark),
        _ => {}
    }
}

/// Opens the note prompt for the passage under the cursor (or the selection).
fn ask_note(state: &mut State, action: Action) {
    let Some(passage) = state.passage else {
        state.notice = Some("nothing to bookmark on this line: move the cursor to text".into());
        return;
    };
    if state.marks.store.is_none() {
        state.notice = state.marks.problem.clone();
        return;
    }
    let cluster = cluster_members(state, &passage);
    let whole_cluster = action == Action::BookmarkGroup && !cluster.is_empty();
    if action == Action::BookmarkGroup && cluster.is_empty() {
        state.notice = Some(match passage.kind {
            PassageKind::Quote(Some(_)) => "no other source carries this quote".into(),
            _ => "not a shared quote: the bookmark is for this source only".into(),
        });
    }
    state.selection = None;
    prompt::open(
        state,
        PromptKind::Note {
            passage,
            cluster,
            whole_cluster,
        },
        "",
    );
}

/// Keys in the Bookmarks tab.
pub(super) fn list_action(state: &mut State, action: Action) {
    let m = &mut state.marks;
    if let Some(motion) = Motion::of(action, PAGE, 1) {
        m.selected = list::step(m.selected, m.visible.len(), motion);
        return;
    }
    match action {
        Action::Filter => {
            let before = m.filter.clone();
            let selected = m.selected_row().map(|r| r.bookmark.id.clone());
            let kind = PromptKind::Filter {
                before: before.clone(),
                selected,
            };
            prompt::open(state, kind, before);
        }
        Action::Open => open_selected(state),
        Action::EditNote => {
            if let Some(row) = m.selected_row() {
                let (id, note) = (row.bookmark.id.clone(), row.bookmark.note.clone());
                prompt::open(state, PromptKind::EditNote { id }, note);
            }
        }
        Action::Delete => delete_selected(state),
        Action::Undo => undo(state),
        Action::Export => {
            // The data directory is the one place known to be writable and easy to find again.
            let format = ExportFormat::Markdown;
            let name = format!("crosscheck-bookmarks{}", format.extension());
            let path = match &state.marks.store {
                Some(store) => store.dir().join(name).display().to_string(),
                None => name,
            };
            prompt::open(state, PromptKind::Export { format }, path);
        }
        _ => {}
    }
}

fn open_selected(state: &mut State) {
    let Some(row) = state.marks.selected_row() else {
        return;
    };
    let (article, span) = match (row.attachment.article(), row.attachment.span()) {
        (Some(a), Some(s)) => (a, s),
        _ => {
            state.notice = Some(format!(
                "orphaned: “{}” is no longer in the loaded sources; its saved text is kept",
                row.bookmark.snippet(40)
            ));
            return;
        }
    };
    show_in_reader(state, Hit { article, span });
}

fn delete_selected(state: &mut State) {
    let Some(id) = state.marks.selected_row().map(|r| r.bookmark.id.clone()) else {
        return;
    };
    if let Some(removed) = change(state, |store| store.delete(&id)) {
        let key = state.keymap.describe_keys(Action::Undo);
        state.notice = Some(format!("deleted “{}”; {key} undoes", removed.snippet(40)));
        state.marks.deleted.push(removed);
    }
}

fn undo(state: &mut State) {
    let Some(bookmark) = state.marks.deleted.pop() else {
        state.notice = Some("nothing to undo".into());
        return;
    };
    let id = bookmark.id.clone();
    let snippet = bookmark.snippet(40);
    match change(state, |store| store.restore(bookmark.clone())) {
        Some(()) => {
            state.marks.select_id(&id);
            state.notice = Some(format!("restored “{snippet}”"));
        }
        // Kept for another try once the problem is fixed.
        None => state.marks.deleted.push(bookmark),
    }
}

/// Bookmarks every target (one source, or each member of a quote cluster) in one store call.
/// Returns whether they were saved.
pub(super) fn add(state: &mut State, targets: &[(usize, Span)], note: &str) -> bool {
    let corpus = &state.corpus;
    let targets: Vec<Target> = targets
        .iter()
        .map(|&(a, span)| Target {
            article: &corpus.articles[a],
            span,
        })
        .collect();
    let made = state.marks.store.as_mut().map(|s| s.add(&targets, note));
    let Some(result) = made else {
        return false;
    };
    match result {
        Ok(made) => {
            after_change(state);
            if let Some(first) = made.first() {
                state.marks.select_id(&first.id);
            }
            state.notice = Some(match made.len() {
                1 => format!("bookmarked “{}”", made[0].snippet(50)),
                n => format!("bookmarked “{}” in {n} sources", made[0].snippet(40)),
            });
            true
        }
        Err(e) => {
            failed(state, "bookmark not saved", &e);
            false
        }
    }
}

pub(super) fn edit_note(state: &mut State, id: &str, note: &str) -> bool {
    let saved = change(state, |store| store.edit_note(id, note)).is_some();
    if saved {
        state.notice = Some("note saved".into());
    }
    saved
}

/// Runs a store change; on success re-attaches and re-marks, on failure says why.
fn change<T>(state: &mut State, op: impl FnOnce(&mut Store) -> Result<T, StoreError>) -> Option<T> {
    let store = state.marks.store.as_mut()?;
    match op(store) {
        Ok(value) => {
            after_change(state);
            Some(value)
        }
        Err(e) => {
            failed(state, "bookmarks not changed", &e);
            None
        }
    }
}

fn after_change(state: &mut State) {
    let warnings = state
        .marks
        .store
        .as_mut()
        .map(Store::take_warnings)
        .unwrap_or_default();
    if let Some(w) = warnings.last() {
        state.message = Some(w.clone());
        state.marks.problem = Some(w.clone());
    }
    state.marks.refresh(&state.corpus);
    state.analysis.bookmarks = state.marks.spans();
}

fn failed(state: &mut State, what: &str, e: &StoreError) {
    let message = sanitise_line(&format!("{what}: {e}"));
    state.marks.problem = Some(message.clone());
    state.message = Some(message);
    // The store re-reads under its lock, so its list reflects the disk even after a failure.
    after_change(state);
}

/// Writes the bookmarks the list shows in `format` to `path` (relative to the current
/// directory), atomically.
pub(super) fn export_to(state: &mut State, format: ExportFormat, path: &str) -> bool {
    if path.is_empty() {
        state.notice = Some("no file given: nothing exported".into());
        return true;
    }
    let mut path = PathBuf::from(path);
    if path.is_relative()
        && let Ok(cwd) = std::env::current_dir()
    {
        path = cwd.join(path);
    }
    let items: Vec<_> = state
        .marks
        .visible
        .iter()
        .map(|&i| state.marks.rows[i].attached())
        .collect();
    let text = export(format, &items, &state.corpus);
    let shown = sanitise_line(&path.display().to_string());
    match crate::bookmarks::write_atomically(&path, text.as_bytes()) {
        Ok(()) => {
            state.notice = Some(format!(
                "exported {} bookmark(s) as {} to {shown}",
                items.len(),
                format.name()
            ));
            true
        }
        Err(e) => {
            state.message = Some(sanitise_line(&format!("export failed: {shown}: {e}")));
            false
        }
    }
}
