//! The one vocabulary of things the reader can do: the keymap, the help overlay, the status-bar
//! hints and the flow tests all speak it.

use super::state::Tab;
use serde::Deserialize;

/// Everything that can change the reader's state. The unit variants are what `[keys]` in the
/// config binds, by their snake_case names; the others come from the terminal (mouse, resize)
/// or from the search prompt, never from a key binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Quit,
    Help,
    /// Close the help or the prompt, else cancel the selection, else clear the search (the
    /// bookmark filter) and the message line.
    Close,
    TabReader,
    TabCompare,
    TabClaims,
    TabBookmarks,
    TabSources,
    NextTab,
    FocusNext,
    FocusPrev,
    FocusLeft,
    FocusRight,
    ScrollDown,
    ScrollUp,
    HalfPageDown,
    HalfPageUp,
    PageDown,
    PageUp,
    Top,
    Bottom,
    ToggleAligned,
    NextShared,
    PrevShared,
    Search,
    SearchNext,
    SearchPrev,
    /// Reader: the shared quote under the cursor in Compare (or bookmark the selection);
    /// Compare, Claims, Bookmarks: the selected passage in the Reader.
    #[serde(alias = "open_in_compare")]
    Open,
    Bookmark,
    BookmarkGroup,
    Select,
    EditNote,
    Delete,
    Undo,
    Export,
    NextSources,
    PrevSources,
    ChangeSource,
    ToggleCosmetic,
    ChangeBase,
    ToggleVariantTable,
    NextVariant,
    PrevVariant,
    CycleClaimsFilter,
    /// Bookmarks: type text to keep only the bookmarks that contain it.
    Filter,
    /// Binding a key to `none` in the config removes its default binding.
    None,
    #[serde(skip)]
    ForceQuit,
    #[serde(skip)]
    Resize {
        width: u16,
        height: u16,
    },
    #[serde(skip)]
    Click {
        column: u16,
        row: u16,
    },
    #[serde(skip)]
    Wheel {
        column: u16,
        row: u16,
        down: bool,
    },
    #[serde(skip)]
    PromptInput(char),
    #[serde(skip)]
    PromptBackspace,
    #[serde(skip)]
    PromptSubmit,
    /// Tab in a prompt: the bookmark for the whole quote cluster or one source; the export format.
    #[serde(skip)]
    PromptToggle,
}

impl Action {
    /// Every action a key can be bound to, in the order the help overlay lists them.
    pub const BINDABLE: &'static [Action] = &[
        Action::ScrollDown,
        Action::ScrollUp,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::PageDown,
        Action::PageUp,
        Action::Top,
        Action::Bottom,
        Action::FocusNext,
        Action::FocusPrev,
        Action::FocusLeft,
        Action::FocusRight,
        Action::NextSources,
        Action::PrevSources,
        Action::ChangeSource,
        Action::ToggleAligned,
        Action::NextShared,
        Action::PrevShared,
        Action::Search,
        Action::SearchNext,
        Action::SearchPrev,
        Action::Open,
        Action::Bookmark,
        Action::BookmarkGroup,
        Action::Select,
        Action::NextVariant,
        Action::PrevVariant,
        Action::ToggleCosmetic,
        Action::ChangeBase,
        Action::ToggleVariantTable,
        Action::CycleClaimsFilter,
        Action::Filter,
        Action::EditNote,
        Action::Delete,
        Action::Undo,
        Action::Export,
        Action::TabReader,
        Action::TabCompare,
        Action::TabClaims,
        Action::TabBookmarks,
        Action::TabSources,
        Action::NextTab,
        Action::Help,
        Action::Close,
        Action::Quit,
    ];

    /// What the help overlay says the action does.
    pub fn description(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Help => "show or hide this help",
            Action::Close => "close help or prompt; cancel selection; clear search",
            Action::TabReader => "Reader tab",
            Action::TabCompare => "Compare tab: how each source words a shared quote",
            Action::TabClaims => "Claims tab: who supports, omits or contradicts what",
            Action::TabBookmarks => "Bookmarks tab",
            Action::TabSources => "Sources tab",
            Action::NextTab => "next tab",
            Action::FocusNext => "focus next pane (wraps)",
            Action::FocusPrev => "focus previous pane (wraps)",
            Action::FocusLeft => "focus pane to the left",
            Action::FocusRight => "focus pane to the right",
            Action::ScrollDown => "scroll down a line",
            Action::ScrollUp => "scroll up a line",
            Action::HalfPageDown => "scroll down half a page",
            Action::HalfPageUp => "scroll up half a page",
            Action::PageDown => "scroll down a page",
            Action::PageUp => "scroll up a page",
            Action::Top => "go to the top",
            Action::Bottom => "go to the bottom",
            Action::ToggleAligned => "aligned scrolling on/off",
            Action::NextShared => "next shared passage",
            Action::PrevShared => "previous shared passage",
            Action::Search => "search all panes",
            Action::Filter => "filter the list: passage, note or source containing the text",
            Action::SearchNext => "next match",
            Action::SearchPrev => "previous match",
            Action::Open => {
                "open: in the Reader, the shared quote under the cursor in Compare (bookmark the \
                 selection); elsewhere, the selected passage in the Reader"
            }
            Action::Bookmark => "bookmark the passage under the cursor (or the selection)",
            Action::BookmarkGroup => "bookmark the quote in every source that carries it",
            Action::Select => "select lines from the cursor to bookmark (motions extend)",
            Action::EditNote => "edit the bookmark's note",
            Action::Delete => "delete the bookmark",
            Action::Undo => "undo the last delete",
            Action::Export => "export the bookmarks shown (Markdown, JSON, CSV)",
            Action::ToggleCosmetic => "hide or show cosmetic differences",
            Action::ChangeBase => "compare against another source (or the consensus)",
            Action::ToggleVariantTable => "stacked versions or variant table",
            Action::NextVariant => "next variant (wording difference)",
            Action::PrevVariant => "previous variant",
            Action::CycleClaimsFilter => {
                "show all, in conflict, shared by all, unique to one source"
            }
            Action::NextSources => "show the next sources in the panes",
            Action::PrevSources => "show the previous sources in the panes",
            Action::ChangeSource => "put another source in this pane",
            Action::None => "nothing (unbinds a key)",
            Action::ForceQuit => "quit at once",
            Action::Resize { .. } => "resize",
            Action::Click { .. } => "mouse click",
            Action::Wheel { .. } => "mouse wheel",
            Action::PromptInput(_) => "type into the prompt",
            Action::PromptBackspace => "delete in the prompt",
            Action::PromptSubmit => "run the prompt",
            Action::PromptToggle => "switch the prompt's option",
        }
    }

    /// A short label for the status-bar hints.
    pub fn hint(self) -> &'static str {
        match self {
            Action::ScrollDown | Action::ScrollUp => "scroll",
            Action::FocusNext => "pane",
            Action::FocusRight => "source",
            Action::Search => "search",
            Action::NextShared => "shared",
            Action::ToggleAligned => "align",
            Action::NextSources => "sources",
            Action::Help => "help",
            Action::Quit => "quit",
            Action::Close => "close",
            Action::SearchNext => "next",
            Action::Open => "open",
            Action::Bookmark => "mark",
            Action::Select => "select",
            Action::EditNote => "note",
            Action::Delete => "delete",
            Action::Undo => "undo",
            Action::Export => "export",
            Action::Filter => "filter",
            Action::BookmarkGroup => "mark all",
            Action::ToggleCosmetic => "cosmetic",
            Action::ChangeBase => "base",
            Action::ToggleVariantTable => "table",
            Action::NextVariant => "variant",
            Action::CycleClaimsFilter => "filter",
            _ => self.description(),
        }
    }

    /// The one tab an action works in, for those that belong to one: a key can then do a
    /// different thing in each tab (`v` selects in the Reader, switches layout in Compare).
    /// `None`: it works everywhere, or means the same kind of thing in several tabs.
    pub fn tab(self) -> Option<Tab> {
        match self {
            Action::Bookmark
            | Action::BookmarkGroup
            | Action::Select
            | Action::ToggleAligned
            | Action::NextShared
            | Action::PrevShared
            | Action::SearchNext
            | Action::SearchPrev
            | Action::NextSources
            | Action::PrevSources
            | Action::ChangeSource => Some(Tab::Reader),
            Action::ToggleCosmetic
            | Action::ChangeBase
            | Action::ToggleVariantTable
            | Action::NextVariant
            | Action::PrevVariant => Some(Tab::Compare),
            Action::CycleClaimsFilter => Some(Tab::Claims),
            Action::Filter | Action::EditNote | Action::Delete | Action::Undo | Action::Export => {
                Some(Tab::Bookmarks)
            }
            _ => None,
        }
    }
}
