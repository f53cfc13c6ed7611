//! The Claims tab: a one-line picture of the corpus, a legend, the claims-by-sources table
//! (supports / omits / contradicts as a symbol and colour, or a letter without colour), and the
//! selected claim's sentence in every source.

use super::super::claims_view::{stance_mark, table_rows};
use super::super::state::State;
use super::super::theme::Theme;
use super::{no_findings, put};
use crate::claims::{Analysis, Stance, Standing};
use crate::text::fit;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

pub struct Claims<'a>(pub &'a State);

pub fn stance_style(theme: &Theme, stance: Stance) -> Style {
    let m = |m: Modifier| Style::new().add_modifier(m);
    match (stance, theme.color) {
        (Stance::Supports, true) => Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
        (Stance::Omits, true) => theme.noise,
        (Stance::Contradicts, true) => Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        (Stance::Supports, false) => m(Modifier::BOLD),
        (Stance::Omits, false) => Style::new(),
        (Stance::Contradicts, false) => m(Modifier::BOLD | Modifier::REVERSED),
    }
}

impl Widget for Claims<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.0;
        let theme = &state.theme;
        let Some(findings) = &state.findings else {
            return no_findings(state, area, buf, "Claims are not analysed yet.");
        };
        let a = &findings.claims;
        if a.claims.is_empty() {
            let text = "No claims were found in these sources.";
            put(buf, area, area.x + 1, area.y + 1, text, theme.text);
            return;
        }
        summary(state, a, area, buf);
        legend(state, area, buf);
        let rows = table_rows(area.height, a.sources.len());
        let table = Rect::new(area.x, area.y + 2, area.width, rows as u16 + 1);
        self::table(state, a, table, buf);
        let detail_y = table.y + table.height;
        let detail = Rect::new(
            area.x,
            detail_y,
            area.width,
            (area.y + area.height).saturating_sub(detail_y),
        );
        self::detail(state, a, detail, buf);
    }
}

fn summary(state: &State, a: &Analysis, area: Rect, buf: &mut Buffer) {
    let n = state.claims_view.counts;
    let text = format!(
        "{} claims: {} shared by all, {} by some, {} unique, {} in conflict",
        a.claims.len(),
        n.shared_by_all,
        n.shared_by_some,
        n.unique,
        n.conflict,
    );
    put(buf, area, area.x + 1, area.y, &text, state.theme.header);
}

fn legend(state: &State, area: Rect, buf: &mut Buffer) {
    let theme = &state.theme;
    let y = area.y + 1;
    let mut x = area.x + 1;
    for stance in [Stance::Supports, Stance::Omits, Stance::Contradicts] {
        x = put(
            buf,
            area,
            x,
            y,
            stance_mark(stance, theme.color),
            stance_style(theme, stance),
        );
        x = put(
            buf,
            area,
            x,
            y,
            &format!(" {}  ", stance.label()),
            theme.text,
        );
    }
    let x = put(buf, area, x, y, "! in conflict", theme.warning);
    let v = &state.claims_view;
    let text = format!("   showing: {} ({})", v.filter.label(), v.visible.len());
    put(buf, area, x, y, &text, theme.header);
}

/// Width of each source's column: the matrix takes at most half the width (less what the
/// claim's flag needs), so the claim text keeps the other half however many sources there are;
/// a column is never wider than a short name needs, nor narrower than a mark and a space.
fn column_width(width: u16, sources: usize) -> usize {
    let budget = (usize::from(width) / 2).saturating_sub(2);
    (budget / sources.max(1)).clamp(2, 13)
}

/// Whether columns are too narrow for names: then they are headed by source numbers, and the
/// detail below, which lists every source by number and name, is the legend.
fn numbered(col: usize) -> bool {
    col < 7
}

/// A column's heading: the source's name where it fits, else its number, else (in columns a
/// mark wide) the number of every fifth source, as on a ruler.
fn heading(name: &str, s: usize, col: usize) -> String {
    let number = (s + 1).to_string();
    if !numbered(col) {
        fit(name, col - 1)
    } else if number.len() < col || (s + 1).is_multiple_of(5) {
        number
    } else {
        "·".to_string()
    }
}

fn table(state: &State, a: &Analysis, area: Rect, buf: &mut Buffer) {
    let theme = &state.theme;
    let v = &state.claims_view;
    let col = column_width(area.width, a.sources.len());
    let name = |s: usize| state.corpus.articles[s].display_name();
    let mut x = area.x + 1;
    for s in 0..a.sources.len() {
        let style = if s == v.source {
            theme.header_focused
        } else {
            theme.header
        };
        let text = heading(name(s), s, col);
        // A number ends where the column's marks stand, so it reads as their heading.
        let at = if numbered(col) {
            x + ((col as u16 - 1) / 2 + 1).saturating_sub(text.width() as u16)
        } else {
            x
        };
        put(buf, area, at, area.y, &text, style);
        x += col as u16;
    }
    let title = if numbered(col) {
        // The focused column's name, since the headings only number the sources.
        format!("  claim · source {}: {}", v.source + 1, name(v.source))
    } else {
        "  claim".to_string()
    };
    let room = usize::from((area.x + area.width).saturating_sub(x));
    put(buf, area, x, area.y, &fit(&title, room), theme.header);
    for (row, (pos, shown)) in v
        .visible
        .iter()
        .enumerate()
        .skip(v.top)
        .take(usize::from(area.height.saturating_sub(1)))
        .enumerate()
    {
        let claim = &a.claims[shown.claim];
        let y = area.y + 1 + row as u16;
        let selected = pos == v.selected;
        let mut x = area.x + 1;
        for s in 0..a.sources.len() {
            let stance = claim.stance(s);
            let mut style = stance_style(theme, stance);
            if selected && s == v.source {
                style = style.add_modifier(Modifier::UNDERLINED);
            }
            let mark = stance_mark(stance, theme.color);
            put(buf, area, x + (col as u16 - 1) / 2, y, mark, style);
            x += col as u16;
        }
        let flag = if shown.standing == Standing::Conflict {
            "!"
        } else {
            " "
        };
        let x = put(buf, area, x, y, flag, theme.warning);
        let text = format!("{} {}", claim.id, claim.summary);
        let style = if selected {
            theme.header_focused
        } else {
            theme.text
        };
        let room = usize::from((area.x + area.width).saturating_sub(x + 1));
        put(buf, area, x + 1, y, &fit(&text, room), style);
    }
}

fn detail(state: &State, a: &Analysis, area: Rect, buf: &mut Buffer) {
    let theme = &state.theme;
    let Some(claim) = state.claims_view.claim(a) else {
        put(
            buf,
            area,
            area.x + 1,
            area.y,
            "No claim matches this filter.",
            theme.text,
        );
        return;
    };
    let width = usize::from(area.width.saturating_sub(2));
    let rule = "─".repeat(usize::from(area.width));
    put(buf, area, area.x, area.y, &rule, theme.separator);
    let speaker = claim
        .speaker
        .as_deref()
        .map(|s| format!(" [{s}]"))
        .unwrap_or_default();
    let title = format!(" {} ({}){speaker} ", claim.id, claim.kind.label());
    let x = put(buf, area, area.x + 1, area.y, &title, theme.header);
    let room = usize::from((area.x + area.width).saturating_sub(x + 1));
    put(buf, area, x, area.y, &fit(&claim.summary, room), theme.text);
    let mut y = area.y + 1;
    for &k in &claim.conflicts {
        let conflict = &a.conflicts[k];
        let text = format!("! {}", conflict.reason);
        put(buf, area, area.x + 1, y, &fit(&text, width), theme.warning);
        y += 1;
    }
    let name_width = (0..a.sources.len())
        .map(|s| state.corpus.articles[s].display_name().width().min(16))
        .max()
        .unwrap_or(0);
    let numbered = numbered(column_width(area.width, a.sources.len()));
    let number_width = a.sources.len().to_string().len();
    for s in 0..a.sources.len() {
        if y >= area.y + area.height {
            break;
        }
        let stance = claim.stance(s);
        let mut name = fit(state.corpus.articles[s].display_name(), name_width);
        if numbered {
            // The matrix above is headed by these numbers.
            name = format!("{:>number_width$} {name}", s + 1);
        }
        let name_width = name.width().max(name_width);
        let sentence = claim
            .cell(s)
            .and_then(|c| c.evidence.first())
            .map_or("(omits it)", |e| &*e.text);
        let mut x = put(
            buf,
            area,
            area.x + 1,
            y,
            stance_mark(stance, theme.color),
            stance_style(theme, stance),
        );
        let name_style = if s == state.claims_view.source {
            theme.header_focused
        } else {
            theme.header
        };
        x = put(
            buf,
            area,
            x + 1,
            y,
            &format!("{name:name_width$}"),
            name_style,
        );
        let room = usize::from((area.x + area.width).saturating_sub(x + 2));
        let style = if stance == Stance::Omits {
            theme.noise
        } else {
            theme.text
        };
        put(buf, area, x + 1, y, &fit(sentence, room), style);
        y += 1;
    }
}
