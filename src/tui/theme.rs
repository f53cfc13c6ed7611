//! Styles for every kind of text the reader draws, from the configured colours, or without any
//! colour (NO_COLOR, `--color never`): then emphasis is bold, underline and reverse only.

use crate::config::{ColorSpec, ThemeConfig};
use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub color: bool,
    pub text: Style,
    pub headline: Style,
    pub noise: Style,
    pub quote: Style,
    pub clusters: Vec<Style>,
    pub search: Style,
    pub current_search: Style,
    pub bookmark: Style,
    /// The cursor's gutter mark, the passage `m` would bookmark, a visual selection.
    pub cursor: Style,
    pub passage: Style,
    pub selection: Style,
    pub header: Style,
    /// The focused pane's header, and the selected entry of a list.
    pub header_focused: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub status: Style,
    pub status_key: Style,
    pub warning: Style,
    pub separator: Style,
}

pub fn color(spec: ColorSpec) -> Color {
    match spec {
        ColorSpec::Default => Color::Reset,
        ColorSpec::Ansi(i) => Color::Indexed(i),
        ColorSpec::Rgb(r, g, b) => Color::Rgb(r, g, b),
    }
}

impl Theme {
    pub fn new(config: &ThemeConfig, use_color: bool) -> Theme {
        if !use_color {
            return Theme::monochrome(config.clusters.len());
        }
        let fg = |c| Style::new().fg(color(c));
        let bold = Modifier::BOLD;
        Theme {
            color: true,
            text: Style::new(),
            headline: Style::new().add_modifier(bold),
            noise: fg(config.noise).add_modifier(Modifier::DIM),
            quote: fg(config.quote),
            clusters: config
                .clusters
                .iter()
                .map(|&c| fg(c).add_modifier(bold))
                .collect(),
            search: fg(config.search_fg).bg(color(config.search_bg)),
            current_search: fg(config.search_fg)
                .bg(color(config.search_bg))
                .add_modifier(bold | Modifier::UNDERLINED),
            bookmark: fg(config.bookmark).add_modifier(bold),
            cursor: fg(config.accent).add_modifier(bold),
            passage: Style::new().add_modifier(Modifier::UNDERLINED),
            selection: Style::new().add_modifier(Modifier::REVERSED),
            header: Style::new().add_modifier(bold),
            header_focused: fg(config.accent).add_modifier(bold | Modifier::REVERSED),
            tab: Style::new(),
            tab_active: fg(config.accent).add_modifier(bold | Modifier::REVERSED),
            status: fg(config.status_fg).bg(color(config.status_bg)),
            status_key: fg(config.status_fg)
                .bg(color(config.status_bg))
                .add_modifier(bold),
            warning: fg(config.warning).add_modifier(bold),
            separator: fg(config.noise),
        }
    }

    /// No colour anywhere: every style leaves foreground and background alone, which also
    /// keeps crossterm from writing the empty SGR that would cancel reverse video.
    pub fn monochrome(clusters: usize) -> Theme {
        let m = |m: Modifier| Style::new().add_modifier(m);
        Theme {
            color: false,
            text: Style::new(),
            headline: m(Modifier::BOLD),
            noise: m(Modifier::DIM),
            quote: m(Modifier::ITALIC),
            clusters: vec![m(Modifier::UNDERLINED | Modifier::BOLD); clusters.max(1)],
            search: m(Modifier::REVERSED),
            current_search: m(Modifier::REVERSED | Modifier::BOLD | Modifier::UNDERLINED),
            bookmark: m(Modifier::BOLD),
            cursor: m(Modifier::BOLD),
            passage: m(Modifier::UNDERLINED),
            selection: m(Modifier::REVERSED),
            header: m(Modifier::BOLD),
            header_focused: m(Modifier::REVERSED | Modifier::BOLD),
            tab: Style::new(),
            tab_active: m(Modifier::REVERSED | Modifier::BOLD),
            status: m(Modifier::REVERSED),
            status_key: m(Modifier::REVERSED | Modifier::BOLD),
            warning: m(Modifier::BOLD | Modifier::UNDERLINED),
            separator: Style::new(),
        }
    }

    /// The style of a shared quote cluster: the same group, the same colour, in every pane.
    pub fn cluster(&self, group: usize) -> Style {
        self.clusters[group % self.clusters.len()]
    }
}
