//! crosscheck: read, compare and check several news reports of one event.
//!
//! The analysis modules never touch the terminal; `tui` is the only one that does.

pub mod claims;
pub mod cli;
pub mod corpus;
pub mod text;
