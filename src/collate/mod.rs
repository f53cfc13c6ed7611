//! Word-by-word collation of N versions (witnesses) of one text: the alignment table, the base
//! reading, each difference's class, and the measures built on them (fidelity, distances,
//! re-translation); a two-witness collation is the pairwise word diff.
//!
//! ```
//! use crosscheck::collate::{collate, CollateOptions, Witness, VariantClass};
//! let witnesses = [
//!     Witness::new("a", "That is not what's happening."),
//!     Witness::new("b", "That is not what’s happening"),
//!     Witness::new("c", "That is not the case."),
//! ];
//! let collation = collate(&witnesses, &CollateOptions::default());
//! let classes: Vec<_> = collation.columns().map(|c| c.class).collect();
//! assert_eq!(classes[3], VariantClass::Substitution);
//! ```

mod align;
mod classify;
mod keydiff;
mod lcs;
mod measures;
mod tokenise;

pub use classify::{Base, CellRef, VariantClass};
pub use measures::WitnessStats;
pub use similar::Algorithm;
pub use tokenise::Token;

use crate::text::Span;
use std::time::{Duration, Instant};

/// One version of the text: an id, the text, and the parts of it to collate (all of it by
/// default; an article's content paragraphs without noise, say).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Witness<'a> {
    pub id: String,
    pub text: &'a str,
    pub segments: Vec<Span>,
}

impl<'a> Witness<'a> {
    pub fn new(id: impl Into<String>, text: &'a str) -> Self {
        Witness {
            id: id.into(),
            text,
            segments: vec![Span::new(0, text.len())],
        }
    }

    /// Versions with no names of their own (generated or fuzzed texts), named `v0`, `v1`, ...
    /// in order.
    pub fn numbered(texts: &'a [String]) -> Vec<Witness<'a>> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Witness::new(format!("v{i}"), t))
            .collect()
    }

    /// Collates only `segments` (byte spans into `text`); punctuation never crosses their edges.
    pub fn with_segments(mut self, segments: Vec<Span>) -> Self {
        self.segments = segments;
        self
    }
}

/// How to collate, configured builder-style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CollateOptions {
    pub algorithm: Algorithm,
    pub base: Base,
    /// Past this, diffs return a coarser (still valid) alignment instead of a minimal one.
    pub timeout: Option<Duration>,
}

impl Default for CollateOptions {
    fn default() -> Self {
        CollateOptions {
            algorithm: Algorithm::Patience,
            base: Base::Consensus,
            timeout: Some(Duration::from_secs(2)),
        }
    }
}

impl CollateOptions {
    pub fn algorithm(mut self, algorithm: Algorithm) -> Self {
        self.algorithm = algorithm;
        self
    }

    pub fn base(mut self, base: Base) -> Self {
        self.base = base;
        self
    }

    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = timeout;
        self
    }
}

/// The alignment table of N witnesses. Rows are witnesses, columns aligned readings; every token
/// of every witness sits in exactly one column, in order.
#[derive(Debug, Clone)]
pub struct Collation<'a> {
    witnesses: Vec<Witness<'a>>,
    tokens: Vec<Vec<Token>>,
    key_texts: Vec<String>,
    /// Column-major: `cells[c * width + w]`.
    cells: Vec<Option<u32>>,
    classes: Vec<VariantClass>,
    column_classes: Vec<VariantClass>,
    bases: Vec<Option<CellRef>>,
    base: Base,
    approximate: bool,
}

/// One column of the table, borrowed.
#[derive(Debug, Clone, Copy)]
pub struct Column<'c> {
    pub index: usize,
    /// Each witness's token index, or `None` for a gap.
    pub cells: &'c [Option<u32>],
    /// Each witness's class against the base.
    pub classes: &'c [VariantClass],
    /// The most severe of `classes`.
    pub class: VariantClass,
    /// The base reading's cell, or `None` when the base has a gap here.
    pub base: Option<CellRef>,
}

/// Collates the witnesses (in the given order; the first seeds the table).
pub fn collate<'a>(witnesses: &[Witness<'a>], options: &CollateOptions) -> Collation<'a> {
    let deadline = options.timeout.map(|t| Instant::now() + t);
    let mut interner = tokenise::Interner::default();
    let tokens: Vec<Vec<Token>> = witnesses
        .iter()
        .map(|w| tokenise::tokenise(w.text, &w.segments, &mut interner))
        .collect();
    let key_texts = interner.into_key_texts();
    let table = align::align(&tokens, &key_texts, options.algorithm, deadline);
    let collation = Collation {
        witnesses: witnesses.to_vec(),
        tokens,
        key_texts,
        cells: table.cells,
        classes: Vec::new(),
        column_classes: Vec::new(),
        bases: Vec::new(),
        base: options.base,
        approximate: table.approximate,
    };
    collation.with_base(options.base)
}

/// Word diff of `old` against `new`: a two-witness collation with `old` as the base.
pub fn word_diff<'a>(
    old: Witness<'a>,
    new: Witness<'a>,
    algorithm: Algorithm,
    deadline: Option<Instant>,
) -> Collation<'a> {
    let options = CollateOptions::default()
        .algorithm(algorithm)
        .base(Base::Witness(0))
        .timeout(deadline.map(|d| d.saturating_duration_since(Instant::now())));
    collate(&[old, new], &options)
}

impl<'a> Collation<'a> {
    /// The same table classified against another base.
    pub fn with_base(mut self, base: Base) -> Self {
        let width = self.width();
        let base = match base {
            Base::Witness(w) if w >= width => Base::Consensus,
            b => b,
        };
        self.base = base;
        self.bases = classify::base_cells(&self.cells, width, &self.tokens, base);
        self.classes = classify::classify(
            &self.cells,
            width,
            &self.tokens,
            &self.bases,
            &self.key_texts,
        );
        self.column_classes = if width == 0 {
            Vec::new()
        } else {
            self.classes
                .chunks(width)
                .map(|c| c.iter().copied().max().unwrap_or(VariantClass::Same))
                .collect()
        };
        self
    }

    pub fn base(&self) -> Base {
        self.base
    }

    pub fn witnesses(&self) -> &[Witness<'a>] {
        &self.witnesses
    }

    /// Number of witnesses (rows).
    pub fn width(&self) -> usize {
        self.witnesses.len()
    }

    /// Number of columns.
    pub fn len(&self) -> usize {
        self.column_classes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.column_classes.is_empty()
    }

    /// True when the timeout cut an alignment short; the table is valid but may be coarser.
    pub fn is_approximate(&self) -> bool {
        self.approximate
    }

    pub fn tokens(&self, w: usize) -> &[Token] {
        &self.tokens[w]
    }

    /// The text of token `t` of witness `w`, punctuation included.
    pub fn token_text(&self, w: usize, t: u32) -> &'a str {
        self.tokens[w][t as usize]
            .span
            .slice(self.witnesses[w].text)
    }

    pub fn column(&self, c: usize) -> Column<'_> {
        let width = self.width();
        Column {
            index: c,
            cells: &self.cells[c * width..(c + 1) * width],
            classes: &self.classes[c * width..(c + 1) * width],
            class: self.column_classes[c],
            base: self.bases[c],
        }
    }

    pub fn columns(&self) -> impl ExactSizeIterator<Item = Column<'_>> + '_ {
        (0..self.len()).map(|c| self.column(c))
    }

    /// The text of witness `w` in column `c`, or `None` for a gap.
    pub fn cell_text(&self, c: usize, w: usize) -> Option<&'a str> {
        self.cells[c * self.width() + w].map(|t| self.token_text(w, t))
    }

    /// The base reading's text in column `c`, or `None` for a gap.
    pub fn base_text(&self, c: usize) -> Option<&'a str> {
        self.bases[c].map(|(w, t)| self.token_text(w, t))
    }

    /// Witness `w`'s row: (column, token, class) for every column, gaps included.
    pub fn row(
        &self,
        w: usize,
    ) -> impl Iterator<Item = (usize, Option<&Token>, VariantClass)> + '_ {
        let width = self.width();
        (0..self.len()).map(move |c| {
            let i = c * width + w;
            (
                c,
                self.cells[i].map(|t| &self.tokens[w][t as usize]),
                self.classes[i],
            )
        })
    }

    /// The column holding each token of witness `w`, in token order.
    pub fn token_columns(&self, w: usize) -> Vec<usize> {
        let width = self.width();
        (0..self.len())
            .filter(|&c| self.cells[c * width + w].is_some())
            .collect()
    }
}

/// The variant table cut into bands of whole columns that fit `room` (columns one space
/// apart; a column wider than `room` gets a band of its own), for the CLI and the Compare view.
pub fn table_bands(widths: &[usize], room: usize) -> Vec<std::ops::Range<usize>> {
    let mut bands = Vec::new();
    let mut start = 0;
    while start < widths.len() {
        let mut end = start;
        let mut used = 0;
        while end < widths.len() && (end == start || used + widths[end] < room) {
            used += widths[end] + 1;
            end += 1;
        }
        bands.push(start..end);
        start = end;
    }
    bands
}

#[cfg(test)]
mod tests;
