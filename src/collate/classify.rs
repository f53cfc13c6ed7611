//! Choosing the base reading of each column (the consensus, or one witness) and classifying every
//! cell against it: same, cosmetic, substitution, omission, addition, or transposition (a run a
//! witness omits in one place and adds in another).

use super::tokenise::Token;
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;

/// How a cell differs from the base reading of its column, mildest first: a column's class is
/// the most severe of its cells' classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VariantClass {
    Same,
    /// Case, punctuation, quote style, hyphenation, US/UK spelling, number format.
    Cosmetic,
    Substitution,
    /// The base has a word here and this witness has none.
    Omission,
    /// This witness has a word the base lacks.
    Addition,
    /// An omission matched by the same words added elsewhere in the witness.
    Transposition,
}

impl VariantClass {
    pub fn label(self) -> &'static str {
        match self {
            VariantClass::Same => "same",
            VariantClass::Cosmetic => "cosmetic",
            VariantClass::Substitution => "substitution",
            VariantClass::Omission => "omission",
            VariantClass::Addition => "addition",
            VariantClass::Transposition => "transposition",
        }
    }

    pub fn is_variant(self) -> bool {
        self != VariantClass::Same
    }
}

/// What each column is compared against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Base {
    /// Each column's majority reading (a gap when most witnesses have none); ties go to the
    /// earliest witness.
    #[default]
    Consensus,
    /// One witness, by index.
    Witness(usize),
}

/// A cell: (witness, token index).
pub type CellRef = (usize, u32);

/// The base reading of every column: a representative cell, or `None` for a gap.
pub(crate) fn base_cells(
    cells: &[Option<u32>],
    width: usize,
    tokens: &[Vec<Token>],
    base: Base,
) -> Vec<Option<CellRef>> {
    let columns = cells.len().checked_div(width).unwrap_or(0);
    match base {
        Base::Witness(b) => (0..columns)
            .map(|c| cells[c * width + b].map(|t| (b, t)))
            .collect(),
        Base::Consensus => (0..columns)
            .map(|c| consensus_cell(&cells[c * width..(c + 1) * width], tokens))
            .collect(),
    }
}

fn consensus_cell(column: &[Option<u32>], tokens: &[Vec<Token>]) -> Option<CellRef> {
    // (key or None for a gap, count, first witness holding it)
    let mut readings: Vec<(Option<u32>, usize, usize)> = Vec::new();
    for (w, cell) in column.iter().enumerate() {
        let key = cell.map(|t| tokens[w][t as usize].key);
        match readings.iter_mut().find(|r| r.0 == key) {
            Some(r) => r.1 += 1,
            None => readings.push((key, 1, w)),
        }
    }
    let best = readings.iter().map(|r| r.1).max()?;
    let key = readings.iter().find(|r| r.1 == best)?.0?;
    // Among the witnesses with that word, the most common exact surface.
    let mut surfaces: Vec<(u32, usize, CellRef)> = Vec::new();
    for (w, cell) in column.iter().enumerate() {
        let Some(t) = *cell else { continue };
        let token = &tokens[w][t as usize];
        if token.key != key {
            continue;
        }
        match surfaces.iter_mut().find(|s| s.0 == token.surface) {
            Some(s) => s.1 += 1,
            None => surfaces.push((token.surface, 1, (w, t))),
        }
    }
    let best = surfaces.iter().map(|s| s.1).max()?;
    surfaces.iter().find(|s| s.1 == best).map(|s| s.2)
}

/// The class of `cell` (witness `w`) against `base`, before transpositions are found.
pub(crate) fn classify_cell(
    tokens: &[Vec<Token>],
    base: Option<CellRef>,
    w: usize,
    cell: Option<u32>,
) -> VariantClass {
    match (base, cell) {
        (None, None) => VariantClass::Same,
        (Some(_), None) => VariantClass::Omission,
        (None, Some(_)) => VariantClass::Addition,
        (Some((bw, bt)), Some(t)) => {
            let (b, x) = (&tokens[bw][bt as usize], &tokens[w][t as usize]);
            if b.surface == x.surface {
                VariantClass::Same
            } else if b.key == x.key {
                VariantClass::Cosmetic
            } else {
                VariantClass::Substitution
            }
        }
    }
}

/// Every cell's class against `bases`, column-major like the cells, transpositions included.
pub(crate) fn classify(
    cells: &[Option<u32>],
    width: usize,
    tokens: &[Vec<Token>],
    bases: &[Option<CellRef>],
    key_texts: &[String],
) -> Vec<VariantClass> {
    let mut classes: Vec<VariantClass> = cells
        .iter()
        .enumerate()
        .map(|(i, &cell)| classify_cell(tokens, bases[i / width], i % width, cell))
        .collect();
    for w in 0..width {
        mark_transpositions(cells, width, tokens, bases, key_texts, w, &mut classes);
    }
    classes
}

/// A moved run of only a short word or two ("the", "a") is more likely chance than a move.
const MIN_MOVED_CHARS: usize = 4;

/// Finds runs witness `w` omits that it adds, word for word, elsewhere, and marks both as
/// transpositions.
fn mark_transpositions(
    cells: &[Option<u32>],
    width: usize,
    tokens: &[Vec<Token>],
    bases: &[Option<CellRef>],
    key_texts: &[String],
    w: usize,
    classes: &mut [VariantClass],
) {
    // Runs of omitted and of added columns; columns empty in both witness and base are skipped.
    // Each run is a range of `run_columns` (one vector for all: most runs are one column).
    let mut run_columns: Vec<usize> = Vec::with_capacity(bases.len());
    let mut runs: Vec<(VariantClass, std::ops::Range<usize>)> = Vec::with_capacity(bases.len());
    for (c, base) in bases.iter().enumerate() {
        let class = classes[c * width + w];
        if base.is_none() && cells[c * width + w].is_none() {
            continue;
        }
        run_columns.push(c);
        match runs.last_mut() {
            Some((k, cols))
                if *k == class
                    && matches!(class, VariantClass::Omission | VariantClass::Addition) =>
            {
                cols.end += 1
            }
            _ => runs.push((class, run_columns.len() - 1..run_columns.len())),
        }
    }
    let key_of = |c: usize, class: VariantClass| -> u32 {
        let (tw, t) = if class == VariantClass::Omission {
            bases[c].expect("omitted columns have a base")
        } else {
            (w, cells[c * width + w].expect("added columns have a token"))
        };
        tokens[tw][t as usize].key
    };
    let mut omitted: HashMap<Vec<u32>, Vec<usize>> = HashMap::default();
    for (i, (class, cols)) in runs.iter().enumerate() {
        if *class == VariantClass::Omission {
            let keys: Vec<u32> = run_columns[cols.clone()]
                .iter()
                .map(|&c| key_of(c, *class))
                .collect();
            let chars: usize = keys.iter().map(|&k| key_texts[k as usize].len()).sum();
            if chars >= MIN_MOVED_CHARS {
                omitted.entry(keys).or_default().push(i);
            }
        }
    }
    if omitted.is_empty() {
        return;
    }
    for (class, cols) in &runs {
        if *class != VariantClass::Addition {
            continue;
        }
        let keys: Vec<u32> = run_columns[cols.clone()]
            .iter()
            .map(|&c| key_of(c, *class))
            .collect();
        let Some(candidates) = omitted.get_mut(&keys) else {
            continue;
        };
        let Some(partner) = candidates.pop() else {
            continue;
        };
        for &c in run_columns[cols.clone()]
            .iter()
            .chain(&run_columns[runs[partner].1.clone()])
        {
            classes[c * width + w] = VariantClass::Transposition;
        }
    }
}
