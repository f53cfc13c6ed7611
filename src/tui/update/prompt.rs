//! The one-line prompt in the status bar: typing, the Tab option, and what Enter does for
//! each kind (search, a bookmark's note, the Bookmarks filter, the export path).

use super::marks;
use super::reader::jump_to;
use crate::bookmarks::ExportFormat;
use crate::tui::Action;
use crate::tui::search::Search;
use crate::tui::state::{Prompt, PromptKind, State};

/// Longest text a prompt takes: a note is one line, not a document.
const MAX_PROMPT_CHARS: usize = 2000;

pub(super) fn open(state: &mut State, kind: PromptKind, text: impl Into<String>) {
    state.prompt = Some(Prompt {
        kind,
        text: text.into(),
    });
}

pub(super) fn prompt_action(state: &mut State, action: Action) {
    let Some(prompt) = &mut state.prompt else {
        return;
    };
    match action {
        Action::PromptInput(c) => {
            if !c.is_control() && prompt.text.chars().count() < MAX_PROMPT_CHARS {
                prompt.text.push(c);
            }
        }
        Action::PromptBackspace => {
            prompt.text.pop();
        }
        Action::PromptToggle => toggle(prompt),
        Action::PromptSubmit => {
            submit(state);
            return;
        }
        _ => return,
    }
    if let Some(Prompt {
        kind: PromptKind::Filter { .. },
        text,
    }) = &state.prompt
    {
        state.marks.filter = text.clone();
        state.marks.refilter();
    }
}

fn toggle(prompt: &mut Prompt) {
    match &mut prompt.kind {
        PromptKind::Note {
            cluster,
            whole_cluster,
            ..
        } if !cluster.is_empty() => *whole_cluster = !*whole_cluster,
        PromptKind::Export { format } => {
            let old = format.extension();
            *format = match format {
                ExportFormat::Markdown => ExportFormat::Json,
                ExportFormat::Json => ExportFormat::Csv,
                ExportFormat::Csv => ExportFormat::Markdown,
            };
            // A path still ending in the old format's extension follows the new format.
            if let Some(stem) = prompt.text.strip_suffix(old) {
                prompt.text = format!("{stem}{}", format.extension());
            }
        }
        _ => {}
    }
}

/// Esc: the prompt closes without effect; a filter goes back to what it was.
pub(super) fn cancel(state: &mut State) {
    if let Some(Prompt {
        kind: PromptKind::Filter { before, selected },
        ..
    }) = state.prompt.take()
    {
        state.marks.filter = before;
        state.marks.refilter();
        if let Some(id) = selected {
            state.marks.select_id(&id);
        }
    }
}

/// Enter: runs the prompt. A note or an export the store or the disk refused stays in the
/// prompt, so what was typed is not lost; the message line says why.
fn submit(state: &mut State) {
    let Some(prompt) = state.prompt.take() else {
        return;
    };
    let done = match &prompt.kind {
        PromptKind::Search => {
            submit_search(state, &prompt.text);
            true
        }
        PromptKind::Note {
            passage,
            cluster,
            whole_cluster,
        } => {
            let mut targets = vec![(passage.article, passage.span)];
            if *whole_cluster {
                targets.extend(cluster);
            }
            marks::add(state, &targets, &prompt.text)
        }
        PromptKind::EditNote { id } => marks::edit_note(state, id, &prompt.text),
        PromptKind::Filter { .. } => true,
        PromptKind::Export { format } => marks::export_to(state, *format, prompt.text.trim()),
    };
    if !done {
        state.prompt = Some(prompt);
    }
}

fn submit_search(state: &mut State, query: &str) {
    if query.is_empty() {
        state.search = Search::default();
        return;
    }
    state.search = Search::run(&state.corpus, query);
    let Some(pane) = state.focused().copied() else {
        return;
    };
    let pos = state.wrapped(state.focus).start_of(pane.cursor);
    match state.search.first_from(pane.article, pos) {
        Some(i) => {
            state.search.current = Some(i);
            jump_to(state, state.search.hits[i]);
        }
        None => {
            let q = crate::text::sanitise_line(query);
            state.notice = Some(format!("no match for “{q}” in any source"));
        }
    }
}
