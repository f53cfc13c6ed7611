//! Word diff and collation of fuzzed versions of one text (up to four, cut at NUL bytes): the
//! table holds every word of every witness exactly once, in order, against every base, and
//! every printer (word diff, table, JSON) copes with it.
#![no_main]
use crosscheck::cli::collate::{Style, write_json, write_text};
use crosscheck::cli::diff::write_word_diff;
use crosscheck::collate::{self, Algorithm, Base, CollateOptions, Witness};
use crosscheck::invariants::check_collation;
use crosscheck_fuzz::{holds, pieces};
use libfuzzer_sys::fuzz_target;
use std::time::{Duration, Instant};

fuzz_target!(|data: &[u8]| {
    let texts: Vec<String> = pieces(data, 4)
        .into_iter()
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect();
    let witnesses = Witness::numbered(&texts);
    let mut out = Vec::new();
    if witnesses.len() >= 2 {
        for algorithm in [Algorithm::Patience, Algorithm::Myers] {
            let deadline = Some(Instant::now() + Duration::from_secs(1));
            let diff = collate::word_diff(
                witnesses[0].clone(),
                witnesses[1].clone(),
                algorithm,
                deadline,
            );
            holds(check_collation(&diff));
            write_word_diff(&mut out, &diff, false).unwrap();
            write_word_diff(&mut out, &diff, true).unwrap();
        }
    }
    let options = CollateOptions::default().timeout(Some(Duration::from_millis(500)));
    let c = collate::collate(&witnesses, &options);
    holds(check_collation(&c));
    for base in [Base::Consensus, Base::Witness(1), Base::Witness(9)] {
        let c = c.clone().with_base(base);
        holds(check_collation(&c));
        write_json(&mut out, &c).unwrap();
        for width in [0, 20, 80] {
            let style = Style {
                color: width == 80,
                width,
            };
            write_text(&mut out, &c, style).unwrap();
        }
    }
});
