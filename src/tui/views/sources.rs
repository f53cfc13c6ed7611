//! The Sources tab: every loaded source with its metadata, size, noise share and warnings,
//! what it carries (quotes, claims) and whom it shares the most wording with, and every file
//! that could not be loaded, with the reason.

use super::super::state::State;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

pub struct Sources<'a>(pub &'a State);

/// Rows of the table, warnings and errors, as (text, kind) so drawing and scrolling agree.
fn lines(state: &State, width: usize) -> Vec<(String, Kind)> {
    let corpus = &state.corpus;
    let dash = |s: &Option<String>| s.clone().unwrap_or_else(|| "-".into());
    let rows: Vec<[String; 7]> = corpus
        .articles
        .iter()
        .map(|a| {
            [
                a.id.clone(),
                dash(&a.meta.outlet),
                dash(&a.meta.date),
                a.words.to_string(),
                format!("{:.0}%", a.noise_share() * 100.0),
                a.warnings.len().to_string(),
                dash(&a.meta.title),
            ]
        })
        .collect();
    let header = ["ID", "OUTLET", "DATE", "WORDS", "NOISE", "WARN", "TITLE"].map(String::from);
    let mut widths: Vec<usize> = (0..7)
        .map(|c| {
            std::iter::once(&header)
                .chain(&rows)
                .map(|r| r[c].width())
                .max()
                .unwrap_or(0)
                .min(if c < 2 { 24 } else { 200 })
        })
        .collect();
    // The title takes what is left of the line, so every column shows at any width.
    let fixed: usize = widths[..6].iter().map(|w| w + 2).sum();
    widths[6] = widths[6].min(width.saturating_sub(fixed).max(10));
    let format_row = |r: &[String; 7]| {
        let mut line = String::new();
        for (c, cell) in r.iter().enumerate() {
            let cell = super::fit(cell, widths[c]);
            let pad = " ".repeat(widths[c] - cell.width());
            if (3..=5).contains(&c) {
                line.push_str(&pad);
                line.push_str(&cell);
            } else {
                line.push_str(&cell);
                if c < 6 {
                    line.push_str(&pad);
                }
            }
            line.push_str("  ");
        }
        line.trim_end().to_string()
    };
    let mut out = vec![(format_row(&header), Kind::Header)];
    out.extend(rows.iter().map(|r| (format_row(r), Kind::Row)));
    out.extend(carried(state));
    let warnings: Vec<String> = corpus
        .articles
        .iter()
        .flat_map(|a| a.warnings.iter().map(move |w| format!("{}: {w}", a.id)))
        .collect();
    if !warnings.is_empty() {
        out.push((String::new(), Kind::Row));
        out.push(("Warnings".into(), Kind::Header));
        out.extend(warnings.into_iter().map(|w| (w, Kind::Row)));
    }
    if !corpus.errors.is_empty() {
        out.push((String::new(), Kind::Row));
        out.push(("Could not be loaded".into(), Kind::Header));
        out.extend(
            corpus
                .errors
                .iter()
                .map(|e| (crate::text::sanitise_line(&e.to_string()), Kind::Error)),
        );
    }
    out
}

/// Per source: its quotes (and how many other sources quote them too), the claims it makes
/// and contradicts, and the source whose quoted wording it shares most (words aligned in the
/// same place of a shared quote's collation).
fn carried(state: &State) -> Vec<(String, Kind)> {
    let Some(findings) = &state.findings else {
        return Vec::new();
    };
    let corpus = &state.corpus;
    let id_width = corpus
        .articles
        .iter()
        .map(|a| a.id.width())
        .max()
        .unwrap_or(2)
        .clamp(2, 24);
    let mut out = vec![
        (String::new(), Kind::Row),
        (
            format!(
                "{:id_width$}  QUOTES  SHARED  CLAIMS  CONTRA  CLOSEST WORDING",
                "ID"
            ),
            Kind::Header,
        ),
    ];
    let quotes = &findings.quotes;
    let claims = &findings.claims;
    for (a, article) in corpus.articles.iter().enumerate() {
        let (mut all, mut shared) = (0, 0);
        for (_, q) in quotes.quotes_in(a) {
            all += 1;
            let cluster = q.parts.first().and_then(|p| quotes.cluster(p.cluster));
            shared += usize::from(cluster.is_some_and(|c| c.sources >= 2));
        }
        let stance = |s: crate::claims::Stance| {
            claims
                .claims
                .iter()
                .filter(|c| c.cell(a).is_some_and(|cell| cell.stance == s))
                .count()
        };
        let closest = match state.compare.closest.as_ref().map(|c| c[a]) {
            Some(Some((b, words))) => {
                format!("{}, {words} words", corpus.articles[b].display_name())
            }
            Some(None) => "nobody".into(),
            None => "…".into(),
        };
        let id = super::fit(&article.id, id_width);
        out.push((
            format!(
                "{id:id_width$}  {all:>6}  {shared:>6}  {:>6}  {:>6}  {closest}",
                stance(crate::claims::Stance::Supports),
                stance(crate::claims::Stance::Contradicts),
            ),
            Kind::Row,
        ));
    }
    out
}

#[derive(Clone, Copy)]
enum Kind {
    Header,
    Row,
    Error,
}

pub fn line_count(state: &State) -> usize {
    lines(state, usize::MAX).len()
}

impl Widget for Sources<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.0;
        let theme = &state.theme;
        let width = usize::from(area.width.saturating_sub(2));
        let all = lines(state, width);
        // The header row stays put while the rest scrolls.
        let (head, rest) = all.split_first().expect("the header is always there");
        buf.set_stringn(area.x + 1, area.y, &head.0, width, theme.header);
        for (row, (text, kind)) in rest
            .iter()
            .skip(state.sources_scroll)
            .take(usize::from(area.height.saturating_sub(1)))
            .enumerate()
        {
            let style: Style = match kind {
                Kind::Header => theme.header,
                Kind::Row => theme.text,
                Kind::Error => theme.warning,
            };
            buf.set_stringn(area.x + 1, area.y + 1 + row as u16, text, width, style);
        }
    }
}
