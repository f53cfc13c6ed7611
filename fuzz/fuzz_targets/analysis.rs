//! The whole analysis (quotes and their clusters, shared passages, claims and conflicts, the
//! reader's highlights and anchors, the collation of every shared quote) on up to three fuzzed
//! articles beside one bundled seed, and every report a command prints from it. Nothing may
//! panic, and every span printed lies in its source's text on character boundaries.
#![no_main]
use crosscheck::{analysis, cli, collate, invariants};
use crosscheck_fuzz::{corpus_of, holds, one_seed, pieces};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let corpus = corpus_of(&pieces(data, 3), [one_seed()]);
    holds(invariants::check_corpus(&corpus));
    let findings = analysis::analyse(&corpus);
    holds(invariants::check_quote_index(&corpus, &findings.quotes));
    let quotes = cli::quotes::to_json(&corpus, &findings.quotes);
    holds(invariants::check_quotes_json(&corpus, &quotes));
    let claims = serde_json::to_value(cli::claims_json::Report(&findings.claims)).unwrap();
    holds(invariants::check_claims_json(&corpus, &claims));

    let mut out = Vec::new();
    cli::quotes::write_text(&mut out, &corpus, &findings.quotes).unwrap();
    cli::claims::write_text(&mut out, &findings.claims).unwrap();
    cli::claims::write_markdown(&mut out, &findings.claims).unwrap();
    let _ = crosscheck::tui::reader_analysis(&corpus, &findings);

    for cluster in findings.quotes.shared() {
        let witnesses: Vec<_> = analysis::cluster_witnesses(&corpus, &findings.quotes, cluster)
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        let c = collate::collate(&witnesses, &collate::CollateOptions::default());
        holds(invariants::check_collation(&c));
        cli::collate::write_json(&mut out, &c).unwrap();
    }
    // The claims alone, as `crosscheck claims` finds them, agree with the whole analysis.
    assert_eq!(analysis::claims(&corpus), findings.claims);
});
