//! The Compare view's right side as rows of classed pieces of text, for a given width: the
//! stacked layout (each version under the base reading, wrapped) and the variant table
//! (aligned columns, one row per version, in blocks that fit). `update` uses the rows to
//! scroll to a version or a variant; the view styles and draws them.

use super::passage::Passage;
use crate::collate::{Base, VariantClass};
use crate::corpus::Corpus;
use crate::text::fit;
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// The base reading's title.
    BaseHeading,
    /// Version `w`'s title: source, fidelity, re-translation flag.
    Heading(usize),
    /// Words of version `w`, or of the base reading (`None`).
    Text(Option<usize>),
    Blank,
}

/// A piece of a row: its text, its class against the base, and its collation column (`None`
/// for labels and spaces).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub class: VariantClass,
    pub column: Option<usize>,
}

impl Piece {
    fn plain(text: impl Into<String>) -> Piece {
        Piece {
            text: text.into(),
            class: VariantClass::Same,
            column: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub kind: RowKind,
    pub pieces: Vec<Piece>,
}

/// What a version is called on screen: its source.
pub fn version_label(corpus: &Corpus, passage: &Passage, w: usize) -> String {
    corpus.articles[passage.versions[w].article]
        .display_name()
        .to_string()
}

fn base_label(corpus: &Corpus, passage: &Passage) -> String {
    match passage.base {
        Base::Consensus => "consensus (the majority reading)".into(),
        Base::Witness(w) => format!("base: {}", version_label(corpus, passage, w)),
    }
}

/// The text of a cell, `None` for a gap.
fn cell_text<'c>(corpus: &'c Corpus, passage: &Passage, c: usize, w: usize) -> Option<&'c str> {
    let span = passage.cell(c, w)?;
    Some(corpus.articles[passage.versions[w].article].slice(span))
}

fn base_text<'c>(corpus: &'c Corpus, passage: &Passage, c: usize) -> Option<&'c str> {
    let (w, span) = passage.base_cell(c)?;
    Some(corpus.articles[passage.versions[w].article].slice(span))
}

/// Version `w`'s words as pieces: its own words classed against the base, and the base's words
/// it drops, classed as omissions.
fn version_pieces(corpus: &Corpus, passage: &Passage, w: usize, hide: bool) -> Vec<Piece> {
    (0..passage.len())
        .filter_map(|c| {
            let class = passage.class(c, w, hide);
            let text = match cell_text(corpus, passage, c, w) {
                Some(t) => t,
                None if class == VariantClass::Same => return None,
                None => base_text(corpus, passage, c)?,
            };
            Some(Piece {
                text: text.to_string(),
                class,
                column: Some(c),
            })
        })
        .collect()
}

fn base_pieces(corpus: &Corpus, passage: &Passage) -> Vec<Piece> {
    (0..passage.len())
        .filter_map(|c| {
            Some(Piece {
                text: base_text(corpus, passage, c)?.to_string(),
                class: VariantClass::Same,
                column: Some(c),
            })
        })
        .collect()
}

/// Words into rows of at most `width` columns (a word wider than that gets a row of its own),
/// indented by two.
fn wrap(words: Vec<Piece>, width: usize, kind: RowKind, out: &mut Vec<Row>) {
    let room = width.saturating_sub(2).max(1);
    let mut row: Vec<Piece> = vec![Piece::plain("  ")];
    let mut used = 0;
    for word in words {
        let w = word.text.width();
        if used > 0 && used + 1 + w > room {
            out.push(Row {
                kind,
                pieces: std::mem::replace(&mut row, vec![Piece::plain("  ")]),
            });
            used = 0;
        }
        if used > 0 {
            row.push(Piece::plain(" "));
            used += 1;
        }
        used += w;
        row.push(word);
    }
    if used > 0 {
        out.push(Row { kind, pieces: row });
    }
}

/// Fewest columns a shortened source name keeps in a heading.
const LABEL_MIN: usize = 8;

/// Version `w`'s title within `width`: the flags and figures stay whole, the source name gives
/// way first (a long id must not push "re-translation?" off a narrow screen), then the count.
fn heading(corpus: &Corpus, passage: &Passage, w: usize, width: usize) -> String {
    let v = &passage.versions[w];
    let mut flags = String::new();
    if passage.base == Base::Witness(w) {
        flags.push_str(" · the base");
    }
    if v.retranslation {
        flags.push_str(" · re-translation?");
    }
    flags.push_str(&format!(" · fidelity {:.2}", v.fidelity));
    let words = format!(" · {} words", v.words);
    let label = version_label(corpus, passage, w);
    let room = |tail: usize| width.saturating_sub(tail).max(LABEL_MIN);
    if label.width() + flags.width() + words.width() <= width {
        format!("{label}{flags}{words}")
    } else if room(flags.width() + words.width()) > LABEL_MIN {
        format!(
            "{}{flags}{words}",
            fit(&label, room(flags.width() + words.width()))
        )
    } else {
        format!("{}{flags}", fit(&label, room(flags.width())))
    }
}

/// The stacked layout: the consensus reading (when it is the base), then every version's
/// heading and words.
pub fn stacked(corpus: &Corpus, passage: &Passage, width: usize, hide: bool) -> Vec<Row> {
    let mut out = Vec::new();
    if passage.base == Base::Consensus {
        out.push(Row {
            kind: RowKind::BaseHeading,
            pieces: vec![Piece::plain(base_label(corpus, passage))],
        });
        wrap(
            base_pieces(corpus, passage),
            width,
            RowKind::Text(None),
            &mut out,
        );
        out.push(Row {
            kind: RowKind::Blank,
            pieces: Vec::new(),
        });
    }
    for w in 0..passage.width() {
        out.push(Row {
            kind: RowKind::Heading(w),
            pieces: vec![Piece::plain(heading(corpus, passage, w, width))],
        });
        wrap(
            version_pieces(corpus, passage, w, hide),
            width,
            RowKind::Text(Some(w)),
            &mut out,
        );
        out.push(Row {
            kind: RowKind::Blank,
            pieces: Vec::new(),
        });
    }
    out.pop();
    out
}

const GAP: &str = "·";
/// Labels longer than this are cut so the table keeps room for words.
const MAX_LABEL: usize = 16;

/// The variant table: one row per version (and the consensus), columns aligned, in blocks of
/// columns that fit `width`.
pub fn table(corpus: &Corpus, passage: &Passage, width: usize, hide: bool) -> Vec<Row> {
    let consensus = passage.base == Base::Consensus;
    let mut labels: Vec<(RowKind, String)> = (0..passage.width())
        .map(|w| {
            let mut label = version_label(corpus, passage, w);
            if passage.base == Base::Witness(w) {
                label.push_str(" (base)");
            }
            (RowKind::Text(Some(w)), fit(&label, MAX_LABEL))
        })
        .collect();
    if consensus {
        labels.insert(0, (RowKind::Text(None), "consensus".into()));
    }
    let label_width = labels.iter().map(|(_, l)| l.width()).max().unwrap_or(0);
    let text = |c: usize, kind: RowKind| -> (String, VariantClass) {
        match kind {
            RowKind::Text(Some(w)) => (
                cell_text(corpus, passage, c, w).unwrap_or(GAP).to_string(),
                passage.class(c, w, hide),
            ),
            _ => (
                base_text(corpus, passage, c).unwrap_or(GAP).to_string(),
                VariantClass::Same,
            ),
        }
    };
    let widths: Vec<usize> = (0..passage.len())
        .map(|c| {
            labels
                .iter()
                .map(|(k, _)| text(c, *k).0.width())
                .max()
                .unwrap_or(1)
        })
        .collect();
    let room = width.saturating_sub(label_width + 2).max(1);
    let mut out = Vec::new();
    for band in crate::collate::table_bands(&widths, room) {
        let (start, end) = (band.start, band.end);
        if start > 0 {
            out.push(Row {
                kind: RowKind::Blank,
                pieces: Vec::new(),
            });
        }
        for (kind, label) in &labels {
            let mut pieces = vec![Piece::plain(format!("{label:<label_width$}  "))];
            for (c, &w) in widths.iter().enumerate().take(end).skip(start) {
                let (t, class) = text(c, *kind);
                let pad = w - t.width();
                pieces.push(Piece {
                    text: t,
                    class,
                    column: Some(c),
                });
                pieces.push(Piece::plain(" ".repeat(pad + 1)));
            }
            out.push(Row {
                kind: *kind,
                pieces,
            });
        }
    }
    out
}

/// The row to show for a variant in column `c`: where version `w` differs there, else where
/// the first version that differs there does, else wherever the column shows.
pub fn row_of_column(rows: &[Row], w: usize, c: usize) -> Option<usize> {
    let differs = |r: &Row| {
        r.pieces
            .iter()
            .any(|p| p.column == Some(c) && p.class.is_variant())
    };
    rows.iter()
        .position(|r| r.kind == RowKind::Text(Some(w)) && differs(r))
        .or_else(|| rows.iter().position(differs))
        .or_else(|| {
            rows.iter()
                .position(|r| r.pieces.iter().any(|p| p.column == Some(c)))
        })
}

/// The first row of version `w`: its heading in the stacked layout, its first row in the table.
pub fn row_of_version(rows: &[Row], w: usize) -> Option<usize> {
    rows.iter()
        .position(|r| matches!(r.kind, RowKind::Heading(x) | RowKind::Text(Some(x)) if x == w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus;

    fn letter() -> (Corpus, Passage) {
        let corpus = corpus::bundled();
        let quotes = crate::quotes::analyse(&corpus);
        let pos = corpus.articles[2].text.find("respecting the").unwrap();
        let id = quotes.cluster_of(2, pos).unwrap().id;
        let p = Passage::new(&corpus, &quotes, id, Base::Consensus).unwrap();
        (corpus, p)
    }

    #[test]
    fn stacked_rows_fit_the_width_and_mark_002s_changed_words() {
        let (corpus, p) = letter();
        let rows = stacked(&corpus, &p, 50, false);
        for r in &rows {
            let w: usize = r.pieces.iter().map(|p| p.text.width()).sum();
            assert!(w <= 50 || r.pieces.len() <= 2, "{r:?}");
        }
        let v002 = p.versions.iter().position(|v| v.article == 2).unwrap();
        let respecting = rows
            .iter()
            .filter(|r| r.kind == RowKind::Text(Some(v002)))
            .flat_map(|r| &r.pieces)
            .find(|p| p.text == "respecting")
            .unwrap();
        assert_eq!(respecting.class, VariantClass::Substitution);
        assert!(row_of_version(&rows, v002).is_some());
    }

    #[test]
    fn a_heading_shortens_the_source_name_before_its_flags() {
        let (corpus, p) = letter();
        let v002 = p.versions.iter().position(|v| v.article == 2).unwrap();
        for width in [44, 52, 76] {
            let rows = stacked(&corpus, &p, width, false);
            let heading = rows
                .iter()
                .find(|r| r.kind == RowKind::Heading(v002))
                .map(|r| r.pieces[0].text.clone())
                .unwrap();
            assert!(heading.width() <= width, "{heading:?} at {width}");
            assert!(heading.contains("re-translation?"), "{heading:?}");
            assert!(heading.contains("fidelity 0."), "{heading:?}");
        }
    }

    #[test]
    fn the_table_wraps_into_blocks_with_every_column_once_per_version() {
        let (corpus, p) = letter();
        let rows = table(&corpus, &p, 60, true);
        for w in 0..p.width() {
            let columns: Vec<usize> = rows
                .iter()
                .filter(|r| r.kind == RowKind::Text(Some(w)))
                .flat_map(|r| r.pieces.iter().filter_map(|p| p.column))
                .collect();
            assert_eq!(columns, (0..p.len()).collect::<Vec<_>>());
        }
        assert!(
            rows.iter()
                .all(|r| r.pieces.iter().all(|p| p.class != VariantClass::Cosmetic))
        );
    }
}
