//! The Sources tab's table: every loaded source with its metadata, size, noise share and
//! warnings, what it carries (quotes, claims) and whom it shares the most wording with, and
//! every file that could not be loaded, with the reason. Laid out when the width, the findings
//! or the closest-wording figures change, not on every frame.

use super::state::State;
use crate::claims::Stance;
use crate::text::{column_widths, fit, table_line};
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Header,
    Row,
    Error,
}

#[derive(Debug, Default)]
pub struct SourcesTable {
    pub lines: Vec<(String, LineKind)>,
    /// What `lines` was laid out for: the width, whether the findings and the closest
    /// wording were known.
    made_for: Option<(usize, bool, bool)>,
}

/// Lays the table out when what it shows has changed, and keeps the scroll within it.
pub fn prepare(state: &mut State) {
    // Closest wording comes from collating every shared quote: worked out on the first visit.
    if state.compare.closest.is_none() && state.findings.is_some() {
        super::compare::closest_sources(state);
    }
    let width = usize::from(state.areas().body.width.saturating_sub(2));
    let key = (
        width,
        state.findings.is_some(),
        state.compare.closest.is_some(),
    );
    if state.sources_table.made_for != Some(key) {
        state.sources_table.lines = lines(state, width);
        state.sources_table.made_for = Some(key);
    }
    let max = state
        .sources_table
        .lines
        .len()
        .saturating_sub(state.text_rows());
    state.sources_scroll = state.sources_scroll.min(max);
}

/// Rows of the table, warnings and errors, as (text, kind) so drawing and scrolling agree.
fn lines(state: &State, width: usize) -> Vec<(String, LineKind)> {
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
                a.words().to_string(),
                format!("{:.0}%", a.noise_share() * 100.0),
                a.warnings.len().to_string(),
                dash(&a.meta.title),
            ]
        })
        .collect();
    let header = ["ID", "OUTLET", "DATE", "WORDS", "NOISE", "WARN", "TITLE"].map(String::from);
    let mut widths = column_widths(std::iter::once(&header).chain(&rows), 7);
    for (c, width) in widths.iter_mut().enumerate() {
        *width = (*width).min(if c < 2 { 24 } else { 200 });
    }
    // The title takes what is left of the line, so every column shows at any width.
    let fixed: usize = widths[..6].iter().map(|w| w + 2).sum();
    widths[6] = widths[6].min(width.saturating_sub(fixed).max(10));
    let format_row = |r: &[String; 7]| table_line(r, &widths, |c| (3..=5).contains(&c));
    let mut out = vec![(format_row(&header), LineKind::Header)];
    out.extend(rows.iter().map(|r| (format_row(r), LineKind::Row)));
    let bylines = crate::corpus::bylines(corpus);
    if !bylines.is_empty() {
        out.push((String::new(), LineKind::Row));
        out.push(("Bylines and addresses".into(), LineKind::Header));
        out.extend(bylines.into_iter().map(|l| (l, LineKind::Row)));
    }
    out.extend(carried(state));
    let warnings: Vec<String> = corpus
        .articles
        .iter()
        .flat_map(|a| a.warnings.iter().map(move |w| format!("{}: {w}", a.id)))
        .collect();
    if !warnings.is_empty() {
        out.push((String::new(), LineKind::Row));
        out.push(("Warnings".into(), LineKind::Header));
        out.extend(warnings.into_iter().map(|w| (w, LineKind::Row)));
    }
    if !corpus.errors.is_empty() {
        out.push((String::new(), LineKind::Row));
        out.push(("Could not be loaded".into(), LineKind::Header));
        out.extend(
            corpus
                .errors
                .iter()
                .map(|e| (crate::text::sanitise_line(&e.to_string()), LineKind::Error)),
        );
    }
    out
}

/// Per source: its quotes (and how many other sources quote them too), the claims it makes
/// and contradicts, and the source whose quoted wording it shares most (words aligned in the
/// same place of a shared quote's collation).
fn carried(state: &State) -> Vec<(String, LineKind)> {
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
        (String::new(), LineKind::Row),
        (
            format!(
                "{:id_width$}  QUOTES  SHARED  CLAIMS  CONTRA  CLOSEST WORDING",
                "ID"
            ),
            LineKind::Header,
        ),
    ];
    let quotes = &findings.quotes;
    // (supports, contradicts) per source, in one pass over the claims.
    let mut stances = vec![(0usize, 0usize); corpus.articles.len()];
    for cell in findings.claims.claims.iter().flat_map(|c| &c.cells) {
        if let Some(counts) = stances.get_mut(cell.source) {
            match cell.stance {
                Stance::Supports => counts.0 += 1,
                Stance::Contradicts => counts.1 += 1,
                Stance::Omits => {}
            }
        }
    }
    for (a, article) in corpus.articles.iter().enumerate() {
        let (mut all, mut shared) = (0, 0);
        for (_, q) in quotes.quotes_in(a) {
            all += 1;
            let cluster = q.parts.first().and_then(|p| quotes.cluster(p.cluster));
            shared += usize::from(cluster.is_some_and(|c| c.sources >= 2));
        }
        let closest = match state.compare.closest.as_ref().map(|c| c[a]) {
            Some(Some((b, words))) => {
                format!("{}, {words} words", corpus.articles[b].display_name())
            }
            Some(None) => "nobody".into(),
            None => "…".into(),
        };
        let id = fit(&article.id, id_width);
        out.push((
            format!(
                "{id:id_width$}  {all:>6}  {shared:>6}  {:>6}  {:>6}  {closest}",
                stances[a].0, stances[a].1,
            ),
            LineKind::Row,
        ));
    }
    out
}
