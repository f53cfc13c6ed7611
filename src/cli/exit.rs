//! Exit statuses and output streams: what each status means, the error that asks for status 2,
//! and the text `--help` and the man page both print about them.

/// Everything asked for was done.
pub const SUCCESS: i32 = 0;
/// An error other than a bad name: a file that could not be written, a damaged bookmark store.
pub const FAILURE: i32 = 1;
/// The command line asked for something that is not there (clap uses 2 for usage errors too).
pub const NOT_FOUND: i32 = 2;
/// The reader was ended by a signal: 128 + SIGINT, as shells report it.
pub const SIGNALLED: i32 = 130;

/// Each status and when it is returned, in the order `--help` and the man page list them.
pub const STATUSES: [(i32, &str); 4] = [
    (
        SUCCESS,
        "success; files that failed to load are reported on standard error, and the others are used",
    ),
    (
        FAILURE,
        "an error, such as an output file that could not be written or a bookmark store that could not be read",
    ),
    (
        NOT_FOUND,
        "nothing could be loaded (for collate: one of the files), a source, passage, quote, witness or bookmark named on the command line is not there, or the command line is wrong",
    ),
    (
        SIGNALLED,
        "the reader was ended by SIGINT, SIGTERM or SIGHUP",
    ),
];

/// Which stream carries what: pipelines can rely on standard output holding only results.
pub const STREAMS: &str = "Results go to standard output. Progress, warnings and errors go to \
standard error, one line each, starting with `crosscheck:`, so a pipeline reads only results.";

/// A name on the command line that matches nothing: reported with what does exist, and the
/// process ends with `NOT_FOUND`.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct NotFound(pub String);

/// The exit status for an error that ended a command.
pub fn status_of(error: &anyhow::Error) -> i32 {
    if error.downcast_ref::<NotFound>().is_some() {
        NOT_FOUND
    } else {
        FAILURE
    }
}

/// The top-level `--help`'s closing section: the statuses and the streams, wrapped for a
/// terminal of 80 columns.
pub fn long_help() -> String {
    let item = |first: &str, text: &str| {
        let options = textwrap::Options::new(80)
            .initial_indent(first)
            .subsequent_indent("       ");
        textwrap::fill(text, options)
    };
    let mut text = String::from("Exit status:\n");
    for (code, meaning) in STATUSES {
        text.push_str(&item(&format!("  {code:<5}"), meaning));
        text.push('\n');
    }
    text.push_str("\nOutput:\n");
    text.push_str(&textwrap::fill(
        STREAMS,
        textwrap::Options::new(80)
            .initial_indent("  ")
            .subsequent_indent("  "),
    ));
    text
}
