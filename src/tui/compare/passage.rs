//! One quote cluster collated, in a form the reader can keep: the collation borrows the
//! articles' text, so what is kept is byte spans into each article, the classes and the
//! measures. Built once per cluster and base, on demand.

use crate::analysis::cluster_witnesses;
use crate::collate::{Base, CollateOptions, VariantClass, collate};
use crate::corpus::Corpus;
use crate::quotes::QuoteIndex;
use crate::text::Span;

/// One source's wording of the passage.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    pub article: usize,
    /// Where the quoted words are in the article.
    pub segments: Vec<Span>,
    pub words: usize,
    /// Against the consensus, 0..=1.
    pub fidelity: f64,
    pub retranslation: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Passage {
    pub cluster: usize,
    pub base: Base,
    pub versions: Vec<Version>,
    /// Column-major like the collation: `cells[c * width + w]` is the token of version `w` in
    /// column `c` (a span into its article), or a gap.
    cells: Vec<Option<Span>>,
    /// The normalised word of each cell: equal keys differ at most cosmetically.
    keys: Vec<Option<u32>>,
    classes: Vec<VariantClass>,
    /// The base reading of each column: (version, token span), or a gap.
    bases: Vec<Option<(usize, Span)>>,
    pub distances: Vec<Vec<f64>>,
    /// The alignment was cut short by the timeout: valid but coarser.
    pub approximate: bool,
    /// The columns that hold a difference, with cosmetic ones and without: worked out once,
    /// since the list and the header show them on every frame.
    variants: [Vec<usize>; 2],
}

impl Passage {
    /// Collates cluster `id` against `base`; `None` when there is no such cluster.
    pub fn new(corpus: &Corpus, quotes: &QuoteIndex, id: usize, base: Base) -> Option<Passage> {
        let cluster = quotes.cluster(id)?;
        let members = cluster_witnesses(corpus, quotes, cluster);
        let articles: Vec<usize> = members.iter().map(|(a, _)| *a).collect();
        let witnesses: Vec<_> = members.into_iter().map(|(_, w)| w).collect();
        let c = collate(&witnesses, &CollateOptions::default().base(base));
        let fidelity = c.fidelity();
        let versions = articles
            .iter()
            .enumerate()
            .map(|(w, &article)| Version {
                article,
                segments: witnesses[w].segments.clone(),
                words: c.tokens(w).len(),
                fidelity: fidelity[w],
                retranslation: c.is_retranslation(w),
            })
            .collect();
        let mut cells = Vec::new();
        let mut keys = Vec::new();
        let mut classes = Vec::new();
        for column in c.columns() {
            for (w, cell) in column.cells.iter().enumerate() {
                let token = cell.map(|t| c.tokens(w)[t as usize]);
                cells.push(token.map(|t| t.span));
                keys.push(token.map(|t| t.key));
                classes.push(column.classes[w]);
            }
        }
        let bases = c
            .columns()
            .map(|column| column.base.map(|(w, t)| (w, c.tokens(w)[t as usize].span)))
            .collect();
        let mut passage = Passage {
            cluster: id,
            base: c.base(),
            versions,
            cells,
            keys,
            classes,
            bases,
            distances: c.distances(),
            approximate: c.is_approximate(),
            variants: Default::default(),
        };
        passage.variants = [false, true].map(|hide| {
            (0..passage.len())
                .filter(|&col| passage.column_class(col, hide).is_variant())
                .collect()
        });
        Some(passage)
    }

    /// Number of versions.
    pub fn width(&self) -> usize {
        self.versions.len()
    }

    /// Number of columns.
    pub fn len(&self) -> usize {
        self.bases.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bases.is_empty()
    }

    pub fn cell(&self, c: usize, w: usize) -> Option<Span> {
        self.cells[c * self.width() + w]
    }

    /// Version `w`'s class in column `c`; with `hide_cosmetic`, cosmetic counts as the same.
    pub fn class(&self, c: usize, w: usize, hide_cosmetic: bool) -> VariantClass {
        match self.classes[c * self.width() + w] {
            VariantClass::Cosmetic if hide_cosmetic => VariantClass::Same,
            class => class,
        }
    }

    /// The most severe class in column `c`.
    pub fn column_class(&self, c: usize, hide_cosmetic: bool) -> VariantClass {
        (0..self.width())
            .map(|w| self.class(c, w, hide_cosmetic))
            .max()
            .unwrap_or(VariantClass::Same)
    }

    pub fn base_cell(&self, c: usize) -> Option<(usize, Span)> {
        self.bases[c]
    }

    /// The columns that hold a difference, in order.
    pub fn variants(&self, hide_cosmetic: bool) -> &[usize] {
        &self.variants[usize::from(hide_cosmetic)]
    }

    /// How much the versions differ: the share of columns where some wording differs in
    /// substance (more than case, punctuation or spelling).
    pub fn substantive_share(&self) -> f64 {
        if self.is_empty() {
            return 0.0;
        }
        self.variants(true).len() as f64 / self.len() as f64
    }

    /// Words versions `a` and `b` have in common, aligned in the same column.
    pub fn shared_words(&self, a: usize, b: usize) -> usize {
        let width = self.width();
        self.keys
            .chunks_exact(width)
            .filter(|column| column[a].is_some() && column[a] == column[b])
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus;

    #[test]
    fn the_letter_collates_with_its_retranslation_flagged() {
        let corpus = corpus::bundled();
        let quotes = crate::quotes::analyse(&corpus);
        let id = quotes
            .cluster_of(2, corpus.articles[2].text.find("respecting the").unwrap())
            .unwrap()
            .id;
        let p = Passage::new(&corpus, &quotes, id, Base::Consensus).unwrap();
        let v002 = p.versions.iter().position(|v| v.article == 2).unwrap();
        let v001 = p.versions.iter().position(|v| v.article == 1).unwrap();
        assert!(p.versions[v002].retranslation);
        assert!(!p.versions[v001].retranslation);
        assert!(p.versions[v002].fidelity < p.versions[v001].fidelity);
        assert!(p.shared_words(v001, v002) >= 10);
        assert!(p.substantive_share() > 0.1);
        assert!(!p.variants(false).is_empty());
        assert!(Passage::new(&corpus, &quotes, 0, Base::Consensus).is_none());
    }
}
