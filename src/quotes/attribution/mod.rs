//! Reading the words around a quote for who said it: "X said", "said X", "X told reporters",
//! "according to X", "X wrote in the letter", "the letter — which said". Pure text patterns;
//! deciding who X is belongs to `speakers`.

mod after;
mod before;
mod phrases;
mod vocabulary;
mod words;

#[cfg(test)]
mod tests;

pub use after::after_quote;
pub use before::before_quote;
pub use vocabulary::{is_document_noun, is_speech_verb};

use crate::text::Span;

/// Who a quote is attributed to, as spans of the text around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribution {
    /// The speaker phrase ("General Milley", "he", "the letter"), apposition cut off.
    pub subject: Span,
    pub verb: Span,
    /// "in the draft letter" after the verb: the writing the subject put the words in.
    pub document: Option<Span>,
}
