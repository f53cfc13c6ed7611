//! The interactive reader: app state, the `Action` vocabulary, the keymap, `update`, the
//! event loop and the views. The only module that touches the terminal.

mod action;
mod align;
mod claims_view;
pub mod compare;
mod findings;
mod help;
mod keymap;
mod keys;
pub mod layout;
mod list;
mod marks;
mod passage;
mod run;
mod search;
mod sources_table;
mod state;
mod terminal;
mod theme;
mod update;
pub mod views;
mod wrap;

pub use action::Action;
pub use claims_view::{ClaimsView, Filter as ClaimsFilter};
pub use findings::reader_analysis;
pub use keymap::{Bound, HelpRow, Keymap};
pub use keys::{KeyChord, KeyName, parse_sequence};
pub use marks::{Marks, Row};
pub use run::run;
pub use search::{Hit, Search};
pub use state::{
    Analysis, Anchors, CompareSelection, Highlight, Highlights, Overlay, Pane, Passage,
    PassageKind, Prompt, PromptKind, State, Tab,
};
pub use terminal::restore as restore_terminal;
pub use theme::Theme;
pub use update::{action_for_key, apply_keys, relayout, update};
pub use wrap::{Line, Wrapped};
