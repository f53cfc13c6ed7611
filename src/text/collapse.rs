//! Whitespace collapsed to single spaces, in one pass as the text is copied: for sentence
//! texts with noise cut out, one-line fields and table cells.

/// Text with every run of whitespace made one space and none at either end, written piece by
/// piece as if the pieces were one string: pieces meet without a space unless whitespace
/// separates them.
pub struct Collapsed {
    text: String,
    /// Whitespace seen since the last word.
    gap: bool,
}

impl Collapsed {
    pub fn with_capacity(capacity: usize) -> Self {
        Collapsed {
            text: String::with_capacity(capacity),
            gap: false,
        }
    }

    pub fn push(&mut self, piece: &str) {
        for (i, word) in piece.split(char::is_whitespace).enumerate() {
            self.gap |= i > 0;
            if !word.is_empty() {
                if self.gap && !self.text.is_empty() {
                    self.text.push(' ');
                }
                self.text.push_str(word);
                self.gap = false;
            }
        }
    }

    pub fn into_string(self) -> String {
        self.text
    }
}

/// `text` with every run of whitespace made one space and none at either end.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = Collapsed::with_capacity(text.len());
    out.push(text);
    out.text
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn pieces_collapse_as_their_concatenation_would(
            pieces in proptest::collection::vec("([a-z]{1,4}| |\\n|\\t|\u{a0}|\u{2003}|é){0,6}", 0..5)
        ) {
            let mut out = Collapsed::with_capacity(0);
            for piece in &pieces {
                out.push(piece);
            }
            let whole = pieces.concat();
            prop_assert_eq!(out.text, whole.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
}
