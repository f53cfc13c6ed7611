//! Property tests of the analysis invariants (see `crosscheck::invariants`), on generated
//! articles that read like news (`synth`) with hostile fragments set into them: every span a
//! command prints lies inside its source's text and on character boundaries; every cluster's
//! members exist; a collation's cells cover each witness's words exactly once, in order. The
//! fuzz targets in fuzz/ check the same on arbitrary bytes; these keep them in `cargo test`.

use crosscheck::collate::{self, Algorithm, Base, CollateOptions, Witness};
use crosscheck::corpus::{self, Corpus, LoadOptions};
use crosscheck::{analysis, cli, invariants, synth};
use proptest::prelude::*;

/// Fragments that have broken, or could break, the analysis: escapes, controls, bidi marks,
/// combining accents, zero-width characters, stray quotation marks, "said" next to nothing,
/// lone punctuation, odd numbers, other scripts, letters whose lower case has another length,
/// and line endings.
fn fragment() -> impl Strategy<Value = String> {
    let fixed = prop_oneof![
        Just("\x1b[31m"),
        Just("\x1b]0;t\x07"),
        Just("\u{9b}"),
        Just("\u{202E}"),
        Just("\u{2066}"),
        Just("\u{301}\u{301}\u{301}\u{301}"),
        Just("e\u{301}\u{302}\u{303}"),
        Just("\u{200B}"),
        Just("\u{FEFF}"),
        Just("\u{AD}"),
        Just("“"),
        Just("”"),
        Just("‘"),
        Just("’"),
        Just("\""),
        Just("'"),
        Just("«"),
        Just("»"),
        Just("said"),
        Just(" said "),
        Just("\n\nsaid\n\n"),
        Just("\n\n”\n\n"),
        Just("\n\n“\n\n"),
        Just("\n\n.\n\n"),
        Just("\n\n…\n\n"),
        Just("…"),
        Just("—"),
        Just(" 1e999 "),
        Just(" 5,000,000,000,000,000,000 "),
        Just(" 99999999999999999999999 "),
        Just(" $ "),
        Just(" 5% "),
        Just("中文测试。"),
        Just("مرحبا قال"),
        Just("👩‍💻"),
        Just("\r\n"),
        Just("\r"),
        Just("\t"),
        Just("\n\n"),
        Just("Mr. "),
        Just("U.S. "),
        Just("(it was)"),
        Just("RELATED: "),
        Just("Picture: AP"),
        Just("İ"),
        Just("ẞ"),
        Just("\u{212A}"),
        Just(" signed by "),
        Just("the letter from "),
    ]
    .prop_map(str::to_string);
    prop_oneof![
        4 => fixed,
        1 => "[a-z “”\"'.,]{0,12}",
        1 => any::<char>().prop_map(|c| c.to_string()),
    ]
}

/// `text` with each (where, fragment) set in at `where` (a share of its length), on a
/// character boundary.
fn set_into(text: &str, insertions: &[(f64, String)]) -> String {
    let mut out = text.to_string();
    for (at, piece) in insertions {
        let mut pos = ((out.len() as f64) * at) as usize;
        while !out.is_char_boundary(pos) {
            pos -= 1;
        }
        out.insert_str(pos, piece);
    }
    out
}

/// A small generated corpus with fragments set into its articles, each loaded from its bytes
/// as a file of the named format, plus one article made of fragments alone.
fn hostile_corpus() -> impl Strategy<Value = Corpus> {
    let per_article = proptest::collection::vec((0.0..1.0f64, fragment()), 0..12);
    (
        0u64..1_000,
        2usize..5,
        proptest::collection::vec(per_article, 5),
        proptest::collection::vec(fragment(), 0..16),
    )
        .prop_map(|(seed, n, insertions, alone)| {
            let mut corpus = Corpus::default();
            for (i, a) in synth::corpus(seed, n, 120).iter().enumerate() {
                let text = set_into(&a.text, &insertions[i]);
                let part = corpus::from_bytes(text.as_bytes(), &a.name, &LoadOptions::default());
                part.articles.into_iter().for_each(|a| corpus.push(a));
            }
            let part = corpus::from_bytes(
                alone.concat().as_bytes(),
                "odd.txt",
                &LoadOptions::default(),
            );
            part.articles.into_iter().for_each(|a| corpus.push(a));
            corpus
        })
}

fn check(result: Result<(), String>) -> Result<(), TestCaseError> {
    result.map_err(TestCaseError::fail)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// What `quotes --format json` and `claims --format json` print, and the quote index and
    /// collations behind them, hold together.
    #[test]
    fn printed_spans_lie_in_their_sources_and_clusters_hold_members(corpus in hostile_corpus()) {
        check(invariants::check_corpus(&corpus))?;
        let findings = analysis::analyse(&corpus);
        check(invariants::check_quote_index(&corpus, &findings.quotes))?;
        let quotes = cli::quotes::to_json(&corpus, &findings.quotes);
        check(invariants::check_quotes_json(&corpus, &quotes))?;
        let claims = serde_json::to_value(cli::claims_json::Report(&findings.claims)).unwrap();
        check(invariants::check_claims_json(&corpus, &claims))?;
        for cluster in findings.quotes.shared() {
            let witnesses: Vec<Witness> =
                analysis::cluster_witnesses(&corpus, &findings.quotes, cluster)
                    .into_iter()
                    .map(|(_, w)| w)
                    .collect();
            let c = collate::collate(&witnesses, &CollateOptions::default());
            check(invariants::check_collation(&c))?;
        }
    }

    /// Versions of one passage, with fragments set in: the word diff of any two and the
    /// collation of all cover every witness's words once, in order, against every base.
    #[test]
    fn collation_cells_cover_each_witness_once_in_order(
        seed in 0u64..1_000,
        n in 2usize..5,
        words in 0usize..120,
        insertions in proptest::collection::vec(
            proptest::collection::vec((0.0..1.0f64, fragment()), 0..10),
            5,
        ),
    ) {
        let texts: Vec<String> = synth::passage_versions(seed, n, words)
            .iter()
            .zip(&insertions)
            .map(|(t, ins)| set_into(t, ins))
            .collect();
        let witnesses = Witness::numbered(&texts);
        for algorithm in [Algorithm::Patience, Algorithm::Myers] {
            let diff = collate::word_diff(witnesses[0].clone(), witnesses[1].clone(), algorithm, None);
            check(invariants::check_collation(&diff))?;
        }
        let c = collate::collate(&witnesses, &CollateOptions::default());
        for base in [Base::Consensus, Base::Witness(0), Base::Witness(n - 1)] {
            check(invariants::check_collation(&c.clone().with_base(base)))?;
        }
    }
}

/// The articles' own spans (paragraphs, noise, sentences, tokens) and the word diff of each
/// against the next, on the witnesses `diff` builds (content paragraphs, noise cut out).
#[test]
fn article_witnesses_of_the_seeds_and_hostile_text_hold() {
    let mut corpus = corpus::bundled();
    let hostile = set_into(
        &corpus.articles[0].text,
        &[
            (0.1, "\u{202E}“said".into()),
            (0.5, "\n\n”\n\n".into()),
            (0.9, "\x1b[2J".into()),
        ],
    );
    let part = corpus::from_bytes(hostile.as_bytes(), "hostile.txt", &LoadOptions::default());
    part.articles.into_iter().for_each(|a| corpus.push(a));
    invariants::check_corpus(&corpus).unwrap();
    for pair in corpus.articles.windows(2) {
        let diff = collate::word_diff(
            cli::diff::article_witness(&pair[0]),
            cli::diff::article_witness(&pair[1]),
            Algorithm::Patience,
            None,
        );
        invariants::check_collation(&diff).unwrap();
    }
}
