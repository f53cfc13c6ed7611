//! Fitting text to a number of terminal columns: the reader's layouts and views, and the
//! commands' tables.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `s` cut to `width` columns, with an ellipsis when cut.
pub fn fit(s: &str, width: usize) -> String {
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
}
