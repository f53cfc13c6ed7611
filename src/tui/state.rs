//! Everything the reader shows, in one place: the corpus, the analysis it was given, the panes
//! and their positions, the open tab, overlays, search. Only `update` changes it.

use super::layout::{self, Areas};
use super::marks::Marks;
use super::search::Search;
use super::wrap::{WrapCache, Wrapped};
use super::{Keymap, Theme};
use crate::bookmarks::ExportFormat;
use crate::config::{Config, ConfigError};
use crate::corpus::Corpus;
use crate::text::Span;
use std::path::PathBuf;

/// A quote in one article; `group` is its cross-source cluster, `None` when no other source
/// carries it. The same group is drawn in the same colour in every pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Highlight {
    pub span: Span,
    pub group: Option<usize>,
}

/// Quote highlights per article (indexed like `corpus.articles`), each list sorted by start.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Highlights {
    pub per_article: Vec<Vec<Highlight>>,
}

impl Highlights {
    pub fn of(&self, article: usize) -> &[Highlight] {
        self.per_article.get(article).map_or(&[], Vec::as_slice)
    }
}

/// Passages in different articles that are versions of the same thing: per article, sorted
/// `(span, group)` pairs; the same group id in two articles means "these correspond".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Anchors {
    pub per_article: Vec<Vec<(Span, usize)>>,
}

impl Anchors {
    pub fn of(&self, article: usize) -> &[(Span, usize)] {
        self.per_article.get(article).map_or(&[], Vec::as_slice)
    }

    /// Anchors from the shared (grouped) quote highlights: the simplest correspondence there is.
    pub fn from_highlights(highlights: &Highlights) -> Anchors {
        let per_article = highlights
            .per_article
            .iter()
            .map(|hs| {
                let mut v: Vec<(Span, usize)> =
                    hs.iter().filter_map(|h| Some((h.span, h.group?))).collect();
                v.sort();
                v
            })
            .collect();
        Anchors { per_article }
    }
}

/// The analysis the reader displays, computed once when the corpus loads.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub highlights: Highlights,
    pub anchors: Anchors,
    /// Bookmarked passages: (article index, span).
    pub bookmarks: Vec<(usize, Span)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Reader,
    Compare,
    Claims,
    Bookmarks,
    Sources,
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::Reader,
        Tab::Compare,
        Tab::Claims,
        Tab::Bookmarks,
        Tab::Sources,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Tab::Reader => "Reader",
            Tab::Compare => "Compare",
            Tab::Claims => "Claims",
            Tab::Bookmarks => "Bookmarks",
            Tab::Sources => "Sources",
        }
    }
}

/// One column of text: which article, the first wrapped line on screen, and the cursor line
/// (kept on screen).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pane {
    pub article: usize,
    pub top: usize,
    pub cursor: usize,
}

impl Pane {
    pub fn new(article: usize) -> Pane {
        Pane {
            article,
            ..Pane::default()
        }
    }
}

/// What `m` would bookmark now: the quote under the cursor, else its sentence, or the
/// visual selection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Passage {
    pub article: usize,
    pub span: Span,
    pub kind: PassageKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassageKind {
    /// A quote; `Some(group)` when other sources carry it too.
    Quote(Option<usize>),
    Sentence,
    /// The visual selection, whole lines cut to whole words.
    Selection,
}

/// A one-line input in the status bar and what it is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptKind {
    Search,
    /// The note for a new bookmark on `passage`; `cluster` holds the same quote in the other
    /// sources that carry it, bookmarked too when `whole_cluster` is on.
    Note {
        passage: Passage,
        cluster: Vec<(usize, Span)>,
        whole_cluster: bool,
    },
    EditNote {
        id: String,
    },
    /// The Bookmarks filter, typed live; Esc puts `before` back, and the bookmark that was
    /// selected (by id).
    Filter {
        before: String,
        selected: Option<String>,
    },
    Export {
        format: ExportFormat,
    },
}

/// The shared passage the Compare view should open on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompareSelection {
    pub group: usize,
    pub article: usize,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help { scroll: usize },
}

#[derive(Debug)]
pub struct State {
    pub corpus: Corpus,
    /// Quotes, clusters and claims, for the Compare and Claims views; `analysis` holds what the
    /// reader marks, derived from it.
    pub findings: Option<std::sync::Arc<crate::analysis::Findings>>,
    /// Why there are no findings: the analysis failed on these sources (a bug). The reader
    /// goes on without them: the panes, the Sources tab and bookmarks still work.
    pub analysis_failure: Option<crate::failsafe::StageFailure>,
    pub analysis: Analysis,
    pub keymap: Keymap,
    pub theme: Theme,
    pub pane_min_width: u16,
    pub aligned: bool,
    pub tab: Tab,
    /// Terminal size, columns by rows.
    pub size: (u16, u16),
    pub panes: Vec<Pane>,
    pub focus: usize,
    pub overlay: Option<Overlay>,
    /// The help overlay laid out for the screen while it is open.
    pub help: super::help::HelpLayout,
    pub prompt: Option<Prompt>,
    /// The visual selection's fixed end, a line of the focused pane; the cursor is the other.
    pub selection: Option<usize>,
    /// Derived from the cursor (and selection) by `update`, so drawing does not search.
    pub passage: Option<Passage>,
    pub marks: Marks,
    pub search: Search,
    pub compare_selection: Option<CompareSelection>,
    /// A lasting problem the reader should see (a bad config file); Esc clears it.
    pub message: Option<String>,
    /// A passing remark (nothing found, no more passages); the next key clears it.
    pub notice: Option<String>,
    pub sources_scroll: usize,
    pub sources_table: super::sources_table::SourcesTable,
    pub compare: super::compare::CompareView,
    pub claims_view: super::claims_view::ClaimsView,
    pub quit: bool,
    pub wrapped: WrapCache,
    /// The text width the panes are wrapped at now.
    pub wrap_width: u16,
}

impl State {
    pub fn new(corpus: Corpus, analysis: Analysis, config: &Config, theme: Theme) -> Self {
        let mut state = State {
            corpus,
            findings: None,
            analysis_failure: None,
            analysis,
            keymap: Keymap::new(config.keys().clone()),
            theme,
            pane_min_width: config.pane_min_width,
            aligned: config.aligned_scrolling,
            tab: Tab::Reader,
            size: (80, 24),
            panes: Vec::new(),
            focus: 0,
            overlay: None,
            help: Default::default(),
            prompt: None,
            selection: None,
            passage: None,
            marks: Marks::default(),
            search: Search::default(),
            compare_selection: None,
            message: None,
            notice: None,
            sources_scroll: 0,
            sources_table: Default::default(),
            compare: Default::default(),
            claims_view: Default::default(),
            quit: false,
            wrapped: WrapCache::default(),
            wrap_width: 0,
        };
        super::update::relayout(&mut state);
        state
    }

    /// Analyses the corpus (quotes, clusters, claims) and marks what the reader shows from it.
    /// When a stage fails the reader carries on without findings: the failure, naming the
    /// stage and the sources, goes to the message line and to the tabs that needed them.
    pub fn analyse(&mut self) {
        let ids: Vec<String> = self.corpus.ids().into_iter().map(str::to_string).collect();
        let sources: Vec<&str> = ids.iter().map(String::as_str).collect();
        let done = crate::analysis::try_analyse(&self.corpus).and_then(|findings| {
            let analysis = crate::failsafe::guarded(&sources, || {
                crate::failsafe::stage("highlights", || {
                    super::findings::reader_analysis(&self.corpus, &findings)
                })
            })?;
            Ok((findings, analysis))
        });
        let bookmarks = std::mem::take(&mut self.analysis.bookmarks);
        self.claims_view = Default::default();
        match done {
            Ok((findings, analysis)) => {
                self.analysis = analysis;
                self.findings = Some(std::sync::Arc::new(findings));
                self.analysis_failure = None;
            }
            Err(failure) => {
                self.analysis = Analysis::default();
                self.findings = None;
                self.message = Some(format!("analysis failed: {failure}"));
                self.analysis_failure = Some(failure);
            }
        }
        self.analysis.bookmarks = bookmarks;
        let failed = crate::failsafe::guarded(&sources, || {
            crate::failsafe::stage("claims view", || super::claims_view::prepare(self))
        });
        if let Err(failure) = failed {
            self.findings = None;
            self.claims_view = Default::default();
            self.message = Some(format!("analysis failed: {failure}"));
            self.analysis_failure = Some(failure);
        }
    }

    /// Shows a config problem in the message line; the reader runs on defaults.
    pub fn report_config_error(&mut self, error: &ConfigError) {
        // Where in the file comes first: a long path must not push it off a narrow screen.
        let mut at = String::new();
        if let Some((line, column)) = error.position {
            at.push_str(&format!(" line {line} column {column}"));
        }
        if let Some(key) = &error.key {
            at.push_str(&format!(" `{key}`"));
        }
        let path = crate::text::sanitise_line(&error.path.display().to_string());
        self.message = Some(format!(
            "config ignored, using defaults:{at}: {} (in {path})",
            error.message
        ));
        super::update::relayout(self);
    }

    /// Opens the bookmark store in `dir` (`Err`: why there is none) and marks its bookmarks
    /// in the panes; problems go to the message line, never a crash.
    pub fn open_bookmarks(&mut self, dir: Result<PathBuf, String>) {
        let (marks, warnings) = Marks::open(dir, &self.corpus);
        self.marks = marks;
        self.analysis.bookmarks = self.marks.spans();
        if let Some(w) = warnings.last() {
            self.message = Some(w.clone());
        }
        super::update::relayout(self);
    }

    pub fn areas(&self) -> Areas {
        layout::areas(self.size, self.message.is_some() || self.notice.is_some())
    }

    /// Width of the text column in every pane.
    pub fn text_width(&self) -> u16 {
        layout::text_width(self.areas().body.width, self.panes.len())
    }

    /// Rows of text each pane shows.
    pub fn text_rows(&self) -> usize {
        usize::from(self.areas().body.height.saturating_sub(layout::PANE_HEADER))
    }

    /// The wrapped lines of the article in pane `i`.
    pub fn wrapped(&self, pane: usize) -> &Wrapped {
        static EMPTY: Wrapped = Wrapped { lines: Vec::new() };
        self.panes
            .get(pane)
            .and_then(|p| self.wrapped.get(p.article, self.wrap_width))
            .unwrap_or(&EMPTY)
    }

    pub fn focused(&self) -> Option<&Pane> {
        self.panes.get(self.focus)
    }
}
