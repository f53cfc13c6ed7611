//! Text primitives shared by every analysis: byte spans, sanitising untrusted input,
//! sentence splitting, word tokens and the normalisation that tells cosmetic from real change.

pub mod calendar;
mod collapse;
mod fit;
pub mod normalise;
pub mod sanitise;
pub mod sentences;
pub mod span;
pub mod tokens;

pub use collapse::{Collapsed, collapse_whitespace};
pub use fit::{column_widths, fit, pad, pad_left, table_line};
pub use normalise::{name_key, normalise_word};
pub use sanitise::{OffsetMap, Sanitised, sanitise, sanitise_line};
pub use sentences::split_sentences;
pub use span::Span;
pub use tokens::{Token, word_count, words};
