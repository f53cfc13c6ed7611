//! The one vocabulary of things the reader can do: the keymap, the help overlay, the status-bar
//! hints and the flow tests all speak it.

use serde::Deserialize;

/// Everything that can change the reader's state. The unit variants are what `[keys]` in the
/// config binds, by their snake_case names; the others come from the terminal (mouse, resize)
/// or from the search prompt, never from a key binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Quit,
    Help,
    /// Close the help or the prompt, else clear the search and the message line.
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
    OpenInCompare,
    NextSources,
    PrevSources,
    ChangeSource,
    ToggleCosmetic,
    ChangeBase,
    ToggleVariantTable,
    NextVariant,
    PrevVariant,
    CycleClaimsFilter,
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
        Action::OpenInCompare,
        Action::NextVariant,
        Action::PrevVariant,
        Action::ToggleCosmetic,
        Action::ChangeBase,
        Action::ToggleVariantTable,
        Action::CycleClaimsFilter,
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
            Action::Close => "close help or prompt; clear search",
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
            Action::SearchNext => "next match",
            Action::SearchPrev => "previous match",
            Action::OpenInCompare => {
                "Reader: open the shared quote on screen in Compare; Compare, Claims: show it in the Reader"
            }
            Action::ToggleCosmetic => "Compare: hide or show cosmetic differences",
            Action::ChangeBase => "Compare: compare against another source (or the consensus)",
            Action::ToggleVariantTable => "Compare: stacked versions or variant table",
            Action::NextVariant => "Compare: next variant (wording difference)",
            Action::PrevVariant => "Compare: previous variant",
            Action::CycleClaimsFilter => {
                "Claims: show all, in conflict, shared by all, unique to one source"
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
            Action::OpenInCompare => "open",
            Action::ToggleCosmetic => "cosmetic",
            Action::ChangeBase => "base",
            Action::ToggleVariantTable => "table",
            Action::NextVariant => "variant",
            Action::CycleClaimsFilter => "filter",
            _ => self.description(),
        }
    }
}
