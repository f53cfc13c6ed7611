//! The Reader view: sources side by side, each pane a header and its wrapped text, with noise
//! dimmed, quotes coloured by cluster, search matches, bookmark marks, and in the focused pane
//! the cursor line and the passage (or selection) under it.

use super::super::layout::{self, GUTTER, PANE_HEADER};
use super::super::state::{Pane, PassageKind, State};
use crate::corpus::{Article, Role};
use crate::text::Span;
use crate::text::fit;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

pub struct Reader<'a>(pub &'a State);

impl Widget for Reader<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.0;
        if state.panes.is_empty() {
            let text = "No sources loaded. Give crosscheck article files or folders (see the Sources tab for what failed).";
            buf.set_stringn(
                area.x + 1,
                area.y + 1,
                text,
                usize::from(area.width.saturating_sub(2)),
                state.theme.warning,
            );
            return;
        }
        let rects = layout::pane_rects(area, state.panes.len());
        for (i, rect) in rects.into_iter().enumerate() {
            draw_pane(state, i, rect, buf);
        }
    }
}

fn draw_pane(state: &State, index: usize, rect: Rect, buf: &mut Buffer) {
    let Pane {
        article: a,
        top,
        cursor,
    } = state.panes[index];
    let focused = index == state.focus;
    let article = &state.corpus.articles[a];
    let theme = &state.theme;
    let last = index + 1 == state.panes.len();
    let inner_width = rect.width.saturating_sub(if last { 0 } else { 1 });
    if !last {
        let x = rect.x + rect.width - 1;
        for y in rect.y..rect.y + rect.height {
            buf.set_string(x, y, "│", theme.separator);
        }
    }
    // Header: who, when, how long; then the title.
    let header_style = if focused {
        theme.header_focused
    } else {
        theme.header
    };
    // The name gives way first, so the date and length always show.
    let mut tail = String::new();
    if let Some(date) = &article.meta.date {
        tail.push_str(&format!(" · {date}"));
    }
    tail.push_str(&format!(" · {} words", article.words()));
    let room = usize::from(inner_width).saturating_sub(tail.width() + 1);
    let head = format!(" {}{tail}", fit(article.display_name(), room));
    let header_row = Rect::new(rect.x, rect.y, inner_width, 1);
    buf.set_style(header_row, header_style);
    buf.set_stringn(
        rect.x,
        rect.y,
        &head,
        usize::from(inner_width),
        header_style,
    );
    let (title, title_style) = match &article.meta.title {
        Some(t) => (t.as_str(), theme.text),
        None => ("(untitled)", theme.noise),
    };
    let title_width = usize::from(inner_width.saturating_sub(2));
    buf.set_stringn(
        rect.x + 1,
        rect.y + 1,
        fit(title, title_width),
        title_width,
        title_style,
    );

    let wrapped = state.wrapped(index);
    let text_x = rect.x + GUTTER;
    let text_width = usize::from(state.wrap_width);
    let rows = rect.height.saturating_sub(PANE_HEADER);
    if wrapped.is_empty() {
        buf.set_stringn(
            text_x,
            rect.y + PANE_HEADER,
            "(this source has no text)",
            text_width,
            theme.noise,
        );
        return;
    }
    for row in 0..rows {
        let Some(line) = wrapped.lines.get(top + usize::from(row)) else {
            break;
        };
        let y = rect.y + PANE_HEADER + row;
        if is_bookmarked(state, a, line.span) {
            buf.set_string(rect.x, y, "▌", theme.bookmark);
        }
        if focused && top + usize::from(row) == cursor {
            buf.set_string(rect.x + 1, y, "▸", theme.cursor);
        }
        let Some(p) = line.paragraph else { continue };
        let base = match article.paragraphs[p].role {
            Role::Headline => theme.headline,
            Role::Noise(_) => theme.noise,
            Role::Standfirst | Role::Body => theme.text,
        };
        let mut x = text_x;
        let passage = state
            .passage
            .filter(|p| focused && p.article == a)
            .map(|p| {
                let style = match p.kind {
                    PassageKind::Selection => theme.selection,
                    _ => theme.passage,
                };
                (p.span, style)
            });
        for (span, style) in styled_pieces(state, a, article, line.span, base, passage) {
            let limit = usize::from((text_x + text_width as u16).saturating_sub(x));
            x = buf.set_stringn(x, y, article.slice(span), limit, style).0;
        }
    }
}

fn is_bookmarked(state: &State, article: usize, line: Span) -> bool {
    state.analysis.bookmarks.iter().any(|&(a, s)| {
        a == article && (s.overlaps(line) || (line.is_empty() && s.contains(line.start)))
    })
}

/// The line cut where its styling changes: inline noise, quotes, search matches.
fn styled_pieces(
    state: &State,
    a: usize,
    article: &Article,
    line: Span,
    base: Style,
    passage: Option<(Span, Style)>,
) -> Vec<(Span, Style)> {
    let theme = &state.theme;
    let mut layers: Vec<(Span, Style)> = Vec::new();
    for n in article.noise.iter().filter(|n| n.span.overlaps(line)) {
        layers.push((n.span, theme.noise));
    }
    for h in state
        .analysis
        .highlights
        .of(a)
        .iter()
        .filter(|h| h.span.overlaps(line))
    {
        let style = match h.group {
            Some(g) => theme.cluster(g),
            None => theme.quote,
        };
        layers.push((h.span, style));
    }
    layers.extend(passage.filter(|(s, _)| s.overlaps(line)));
    let current = state.search.current.map(|i| state.search.hits[i]);
    for hit in state.search.hits_in(a, line) {
        let style = if Some(*hit) == current {
            theme.current_search
        } else {
            theme.search
        };
        layers.push((hit.span, style));
    }
    let mut cuts = vec![line.start, line.end];
    for (s, _) in &layers {
        cuts.extend(
            [s.start, s.end]
                .into_iter()
                .filter(|&c| c > line.start && c < line.end),
        );
    }
    cuts.retain(|&c| article.text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let piece = Span::new(w[0], w[1]);
            let style = layers
                .iter()
                .filter(|(s, _)| s.covers(piece))
                .fold(base, |acc, (_, st)| acc.patch(*st));
            (piece, style)
        })
        .collect()
}
