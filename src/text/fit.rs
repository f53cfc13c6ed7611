//! Fitting text to a number of terminal columns: the reader's layouts and views, and the
//! commands' tables.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `s` cut to `width` columns, with an ellipsis when cut.
pub fn fit(s: &str, width: usize) -> String {
    // Printable ASCII is one column a byte, so the cut is a slice; the general reading below
    // measures the kept text again for every character, which views drawing a line per row
    // would pay on every frame.
    if s.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        return if s.len() <= width {
            s.to_string()
        } else {
            format!("{}…", &s[..width.saturating_sub(1)])
        };
    }
    fit_measured(s, width)
}

/// `fit` for any text: measured as a whole, since a character's width can depend on its
/// neighbours (emoji sequences, variation selectors).
fn fit_measured(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        if out.width() + c.width().unwrap_or(0) + 1 > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// One line of a table: each cell fitted to its column's width and padded by columns, not
/// characters (a Japanese outlet's name is twice as wide as it is long), the columns
/// `right_aligned` picks against their right edge, two spaces between columns.
pub fn table_line(
    cells: &[String],
    widths: &[usize],
    right_aligned: impl Fn(usize) -> bool,
) -> String {
    let mut line = String::new();
    for (c, (cell, &width)) in cells.iter().zip(widths).enumerate() {
        let cell = fit(cell, width);
        if right_aligned(c) {
            line.push_str(&pad_left(&cell, width));
        } else {
            line.push_str(&pad(&cell, width));
        }
        line.push_str("  ");
    }
    line.trim_end().to_string()
}

/// The width in columns of each of `columns` columns: its widest cell over `rows`.
pub fn column_widths<R: AsRef<[String]>>(
    rows: impl IntoIterator<Item = R>,
    columns: usize,
) -> Vec<usize> {
    let mut widths = vec![0; columns];
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row.as_ref()) {
            *width = (*width).max(cell.width());
        }
    }
    widths
}

/// `s` then spaces up to `width` columns: `format!("{s:<width$}")` counts characters, which
/// leaves wide (CJK) text too far out.
pub fn pad(s: &str, width: usize) -> String {
    format!("{s}{}", " ".repeat(width.saturating_sub(s.width())))
}

/// Spaces then `s`, to `width` columns.
pub fn pad_left(s: &str, width: usize) -> String {
    format!("{}{s}", " ".repeat(width.saturating_sub(s.width())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_fits_is_kept_whole() {
        assert_eq!(fit("Reuters", 7), "Reuters");
        assert_eq!(fit("", 0), "");
    }

    #[test]
    fn longer_text_is_cut_to_the_width_with_an_ellipsis() {
        assert_eq!(fit("The Hill", 5), "The …");
        assert_eq!(fit("The Hill", 5).width(), 5);
        // Wide characters count two columns; one that would cross the edge is left out.
        let cut = fit("巴格达巴格达", 6);
        assert_eq!(cut, "巴格…");
        assert!(cut.width() <= 6);
        assert_eq!(fit("abc", 1), "…");
    }

    proptest::proptest! {
        #[test]
        fn plain_ascii_is_cut_as_the_measured_reading_cuts_it(
            s in "[ -~]{0,40}",
            width in 0usize..45,
        ) {
            proptest::prop_assert_eq!(fit(&s, width), fit_measured(&s, width));
        }
    }

    #[test]
    fn a_columns_width_is_its_widest_cell_in_columns() {
        let rows = [
            ["ID".to_string(), "東京新聞".to_string()],
            ["000_47c4".to_string(), "Reuters".to_string()],
        ];
        assert_eq!(column_widths(&rows, 2), [8, 8]);
        assert_eq!(column_widths(&rows[..0], 2), [0, 0]);
    }

    #[test]
    fn padding_counts_columns_not_characters() {
        assert_eq!(pad("東京", 6), "東京  ");
        assert_eq!(pad_left("東京", 6), "  東京");
        assert_eq!(pad("Reuters", 3), "Reuters");
        assert_eq!(
            format!("{:<6}", "東京").width(),
            8,
            "what std's padding gives"
        );
    }

    #[test]
    fn table_lines_pad_by_columns_and_align_numbers_right() {
        let cells = ["巴格达".to_string(), "7".to_string(), "x".to_string()];
        assert_eq!(
            table_line(&cells, &[8, 3, 4], |c| c == 1),
            "巴格达      7  x"
        );
        // A cell wider than its column is cut to it.
        assert_eq!(table_line(&cells, &[4, 1, 1], |_| false), "巴…   7  x");
    }
}
