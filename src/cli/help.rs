//! The examples every command's `--help` ends with: written once as (command line, what it
//! does) pairs, printed as a section styled like clap's own headings, and read back by the
//! man page.

use clap::builder::styling::Style;

/// The heading's text, which the man page looks for to find where examples start.
pub const HEADING: &str = "Examples:";

/// Help is read in terminals of 80 columns.
const WIDTH: usize = 80;

/// An "Examples:" section: each command line with what it does after a `#`, aligned, so a
/// line can be pasted into a shell as it is. When a line would not fit in 80 columns, every
/// explanation goes on its own line above its command instead.
pub fn examples(pairs: &[(&str, &str)]) -> String {
    // clap's default heading style, so the section reads as one of the help's own.
    let heading = Style::new().bold().underline();
    let width = pairs.iter().map(|(c, _)| c.len()).max().unwrap_or(0);
    let aligned = pairs
        .iter()
        .all(|(_, what)| 2 + width + 4 + what.len() <= WIDTH);
    let mut text = format!("{heading}{HEADING}{heading:#}");
    for (command, what) in pairs {
        if aligned {
            text.push_str(&format!("\n  {command:<width$}  # {what}"));
        } else {
            text.push_str(&format!("\n  # {what}\n  {command}"));
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_line_up_their_explanations() {
        let text = examples(&[("crosscheck a", "one"), ("crosscheck abc", "two")]);
        let plain: Vec<&str> = text.lines().skip(1).collect();
        assert_eq!(
            plain,
            ["  crosscheck a    # one", "  crosscheck abc  # two"]
        );
        assert!(text.lines().next().unwrap().contains(HEADING));
    }

    #[test]
    fn examples_too_wide_for_one_line_put_the_explanation_above() {
        let long = "crosscheck x".repeat(6);
        let text = examples(&[("crosscheck a", "one"), (&long, "two")]);
        let plain: Vec<&str> = text.lines().skip(1).collect();
        assert_eq!(
            plain,
            ["  # one", "  crosscheck a", "  # two", &format!("  {long}")]
        );
    }
}
