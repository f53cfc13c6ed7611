//! The Compare tab: shared passages on the left (with a distance matrix of the selected one
//! below), the selected passage's collation on the right, stacked or as a variant table, with
//! each difference styled by its class.

use super::super::compare::passage::Passage;
use super::super::compare::rows::{self, RowKind};
use super::super::compare::{self, Focus};
use super::super::state::State;
use super::super::theme::Theme;
use super::{no_findings, put};
use crate::collate::VariantClass;
use crate::text::fit;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

pub struct Compare<'a>(pub &'a State);

/// How a word of each class looks: changed, added, dropped and moved words stand out, cosmetic
/// differences are faint; without colour, by bold, underline, italics and strike-through.
pub fn class_style(theme: &Theme, class: VariantClass) -> Style {
    let m = |m: Modifier| Style::new().add_modifier(m);
    let c = |c: Color, x: Modifier| Style::new().fg(c).add_modifier(x);
    match (class, theme.color) {
        (VariantClass::Same, _) => theme.text,
        (VariantClass::Cosmetic, _) => m(Modifier::DIM),
        (VariantClass::Substitution, true) => c(Color::Magenta, Modifier::BOLD),
        (VariantClass::Addition, true) => c(Color::Green, Modifier::BOLD),
        (VariantClass::Omission, true) => c(Color::Red, Modifier::CROSSED_OUT),
        (VariantClass::Transposition, true) => c(Color::Cyan, Modifier::BOLD),
        (VariantClass::Substitution, false) => m(Modifier::BOLD | Modifier::UNDERLINED),
        (VariantClass::Addition, false) => m(Modifier::BOLD),
        (VariantClass::Omission, false) => m(Modifier::CROSSED_OUT),
        (VariantClass::Transposition, false) => m(Modifier::ITALIC | Modifier::BOLD),
    }
}

impl Widget for Compare<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.0;
        let theme = &state.theme;
        let Some(entries) = state.compare.entries.as_ref() else {
            let text = "Quotes are not analysed yet: nothing to compare.";
            return no_findings(state, area, buf, text);
        };
        if entries.is_empty() {
            let text =
                "No passage is quoted by more than one source, so there is nothing to compare.";
            put(buf, area, area.x + 1, area.y + 1, text, theme.text);
            return;
        }
        let passage = state.compare.passage();
        let areas = compare::areas(area, passage.map_or(0, Passage::width));
        list(state, areas.list, buf);
        for y in area.y..area.y + area.height {
            put(buf, area, areas.header.x - 1, y, "│", theme.separator);
        }
        let Some(p) = passage else {
            return;
        };
        matrix(state, p, areas.matrix, buf);
        header(state, p, areas.header, buf);
        collation(state, areas.rows, buf);
    }
}

fn list(state: &State, area: Rect, buf: &mut Buffer) {
    let theme = &state.theme;
    let c = &state.compare;
    let entries = c.entries.as_deref().unwrap_or_default();
    let width = usize::from(area.width.saturating_sub(1));
    let title = format!("Shared quotes ({})", entries.len());
    put(
        buf,
        area,
        area.x + 1,
        area.y,
        &fit(&title, width),
        theme.header,
    );
    let rows = usize::from(area.height.saturating_sub(1));
    for (row, (i, e)) in entries
        .iter()
        .enumerate()
        .skip(c.list_top)
        .take(rows)
        .enumerate()
    {
        let differ = c.consensus(e.cluster).map_or("…".to_string(), |p| {
            format!("{:>3.0}%", p.substantive_share() * 100.0)
        });
        let right = format!(" {}src {differ}", e.sources);
        let speaker = e.speaker.as_deref().unwrap_or("unattributed");
        let left = format!("#{} {speaker}", e.cluster);
        let room = width.saturating_sub(right.width() + 1);
        let left = fit(&left, room);
        let line = format!(
            "{left}{}{right}",
            " ".repeat(room.saturating_sub(left.width()))
        );
        let style = if i != c.selected {
            theme.text
        } else if c.focus == Focus::List {
            theme.header_focused
        } else {
            theme.header
        };
        put(buf, area, area.x + 1, area.y + 1 + row as u16, &line, style);
    }
}

/// Who shares wording with whom: 0 is the same wording to the comma.
fn matrix(state: &State, p: &Passage, area: Rect, buf: &mut Buffer) {
    if area.height < 3 {
        return;
    }
    let theme = &state.theme;
    let width = usize::from(area.width.saturating_sub(1));
    let title = "Distance (0 = same words)";
    put(
        buf,
        area,
        area.x + 1,
        area.y,
        &fit(title, width),
        theme.header,
    );
    let short = |w: usize| fit(&rows::version_label(&state.corpus, p, w), 7);
    let mut head = format!("{:7}", "");
    for w in 0..p.width() {
        head.push_str(&format!(" {:>4}", fit(&short(w), 4)));
    }
    put(buf, area, area.x + 1, area.y + 1, &head, theme.noise);
    for (w, row) in p
        .distances
        .iter()
        .enumerate()
        .take(usize::from(area.height - 2))
    {
        let y = area.y + 2 + w as u16;
        let label = short(w);
        let mut x = put(buf, area, area.x + 1, y, &format!("{label:7}"), theme.noise);
        for (v, d) in row.iter().enumerate() {
            let text = if v == w {
                "    -".to_string()
            } else {
                format!(" {:>4}", format!("{d:.2}").trim_start_matches('0'))
            };
            let style = if v != w && *d < 0.05 {
                theme.header
            } else {
                theme.text
            };
            x = put(buf, area, x, y, &text, style);
        }
    }
}

fn header(state: &State, p: &Passage, area: Rect, buf: &mut Buffer) {
    let theme = &state.theme;
    let c = &state.compare;
    let hide = c.hide_cosmetic;
    let speaker = c
        .entry()
        .and_then(|e| e.speaker.as_deref())
        .unwrap_or("unattributed");
    let mut title = format!(
        "#{} {speaker} · {} versions · {} variants",
        p.cluster,
        p.width(),
        p.variants(hide).len()
    );
    if p.approximate {
        title.push_str(" · alignment approximate (timed out)");
    }
    put(buf, area, area.x + 1, area.y, &title, theme.header);
    let mut x = area.x + 1;
    let y = area.y + 1;
    for (label, class) in [
        ("changed", VariantClass::Substitution),
        ("added", VariantClass::Addition),
        ("dropped", VariantClass::Omission),
        ("moved", VariantClass::Transposition),
    ] {
        x = put(buf, area, x, y, label, class_style(theme, class));
        x = put(buf, area, x, y, " ", theme.text);
    }
    let cosmetic = if hide { "cosmetic hidden" } else { "cosmetic" };
    x = put(
        buf,
        area,
        x,
        y,
        cosmetic,
        class_style(theme, VariantClass::Cosmetic),
    );
    let layout = if c.table { " · table" } else { " · stacked" };
    put(buf, area, x, y, layout, theme.noise);
}

fn collation(state: &State, area: Rect, buf: &mut Buffer) {
    let theme = &state.theme;
    let c = &state.compare;
    let rows = &c.laid_out;
    let focused = c.focus == Focus::Versions;
    for (i, row) in rows
        .iter()
        .skip(c.scroll)
        .take(usize::from(area.height))
        .enumerate()
    {
        let y = area.y + i as u16;
        let selected =
            matches!(row.kind, RowKind::Heading(w) | RowKind::Text(Some(w)) if w == c.version);
        let mut x = area.x + 1;
        for (n, piece) in row.pieces.iter().enumerate() {
            let mut style = match row.kind {
                RowKind::BaseHeading => theme.header,
                RowKind::Heading(_) if selected && focused => theme.header_focused,
                RowKind::Heading(_) if selected => theme.header.add_modifier(Modifier::UNDERLINED),
                RowKind::Heading(_) => theme.header,
                _ if piece.column.is_none() && n == 0 && c.table && selected => {
                    if focused {
                        theme.header_focused
                    } else {
                        theme.header
                    }
                }
                _ if piece.column.is_none() && n == 0 && c.table => theme.noise,
                _ => class_style(theme, piece.class),
            };
            if piece.column.is_some() && piece.column == c.variant {
                style = style.add_modifier(Modifier::REVERSED);
            }
            x = put(buf, area, x, y, &piece.text, style);
        }
    }
}
