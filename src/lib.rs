//! crosscheck: read, compare and check several news reports of one event.
//!
//! The analysis modules never touch the terminal; `tui` is the only one that does.

pub mod analysis;
pub mod bookmarks;
pub mod claims;
pub mod cli;
pub mod collate;
pub mod config;
pub mod corpus;
pub mod failsafe;
pub mod invariants;
pub mod parallel;
pub mod quotes;
pub mod sorted;
pub mod synth;
pub mod text;
pub mod tui;
pub mod union_find;
