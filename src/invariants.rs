//! What must hold of everything crosscheck works out, whatever the input: the checks the fuzz
//! targets (`fuzz/`) and the property tests (`tests/invariants_props.rs`) run after each
//! analysis. Each returns a description of the first breach, so a failing input says what broke.
//!
//! - every span an article holds (paragraphs, noise, sentences, tokens) lies inside its text,
//!   on character boundaries;
//! - every span a command prints (`quotes --format json`, `claims --format json`) lies inside
//!   its source's text, on character boundaries, and names a source that was loaded;
//! - every cluster's members exist;
//! - a collation's cells hold each witness's words exactly once, in order.

use crate::collate::Collation;
use crate::corpus::{Article, Corpus};
use crate::text::Span;
use serde_json::Value;

/// A breach of an invariant, described.
pub type Breach = String;

/// `span` lies inside `text` and starts and ends on character boundaries.
pub fn span_in(text: &str, span: Span, what: &str) -> Result<(), Breach> {
    if span.start > span.end || span.end > text.len() {
        return Err(format!(
            "{what}: span {}..{} outside a text of {} bytes",
            span.start,
            span.end,
            text.len()
        ));
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Err(format!(
            "{what}: span {}..{} not on character boundaries",
            span.start, span.end
        ));
    }
    Ok(())
}

/// Every span the article holds lies in its text; paragraphs are in order and do not overlap.
pub fn check_article(article: &Article) -> Result<(), Breach> {
    let text = &article.text;
    let id = &article.id;
    let mut last_end = 0;
    for (i, p) in article.paragraphs.iter().enumerate() {
        span_in(text, p.span, &format!("{id}: paragraph {i}"))?;
        if p.span.start < last_end {
            return Err(format!("{id}: paragraph {i} overlaps the one before"));
        }
        last_end = p.span.end;
    }
    for (i, n) in article.noise.iter().enumerate() {
        span_in(text, n.span, &format!("{id}: noise {i}"))?;
    }
    for (i, s) in article.sentences().enumerate() {
        span_in(text, s, &format!("{id}: sentence {i}"))?;
        for t in article.tokens(s) {
            span_in(text, t.span, &format!("{id}: a token of sentence {i}"))?;
            if !s.covers(t.span) {
                return Err(format!("{id}: a token of sentence {i} lies outside it"));
            }
        }
    }
    Ok(())
}

/// Every article of the corpus passes `check_article`, and ids are unique.
pub fn check_corpus(corpus: &Corpus) -> Result<(), Breach> {
    let mut ids: Vec<&str> = corpus.ids();
    ids.sort_unstable();
    if ids.windows(2).any(|w| w[0] == w[1]) {
        return Err("two sources share an id".into());
    }
    corpus.articles.iter().try_for_each(check_article)
}

fn source_text<'c>(corpus: &'c Corpus, value: &Value, what: &str) -> Result<&'c str, Breach> {
    let id = value
        .as_str()
        .ok_or_else(|| format!("{what}: the source is not a string"))?;
    corpus
        .get(id)
        .map(|a| a.text.as_str())
        .ok_or_else(|| format!("{what}: names source {id:?}, which was not loaded"))
}

fn offset(value: &Value, key: &str, what: &str) -> Result<usize, Breach> {
    value
        .get(key)
        .and_then(Value::as_u64)
        .map(|n| n as usize)
        .ok_or_else(|| format!("{what}: no {key} offset"))
}

fn span_of(value: &Value, what: &str) -> Result<Span, Breach> {
    let (start, end) = (offset(value, "start", what)?, offset(value, "end", what)?);
    if start > end {
        return Err(format!("{what}: start {start} after end {end}"));
    }
    Ok(Span::new(start, end))
}

/// The quotes report (`crosscheck quotes --format json`): every member's span and parts lie in
/// its source's text on character boundaries, and every member is a quote that exists.
pub fn check_quotes_json(corpus: &Corpus, report: &Value) -> Result<(), Breach> {
    let clusters = report
        .get("clusters")
        .and_then(Value::as_array)
        .ok_or("the quotes report has no clusters list")?;
    let quote_count = report.get("quotes").and_then(Value::as_u64);
    for (c, cluster) in clusters.iter().enumerate() {
        let members = cluster
            .get("members")
            .and_then(Value::as_array)
            .ok_or_else(|| format!("cluster {c} has no members list"))?;
        if members.is_empty() {
            return Err(format!("cluster {c} has no members"));
        }
        for (m, member) in members.iter().enumerate() {
            let what = format!("cluster {c} member {m}");
            let text = source_text(corpus, &member["source"], &what)?;
            span_in(text, span_of(member, &what)?, &what)?;
            let parts = member
                .get("parts")
                .and_then(Value::as_array)
                .ok_or_else(|| format!("{what}: no parts"))?;
            for (p, part) in parts.iter().enumerate() {
                let what = format!("{what} part {p}");
                span_in(text, span_of(part, &what)?, &what)?;
            }
            if let (Some(q), Some(n)) = (member.get("quote").and_then(Value::as_u64), quote_count)
                && q >= n
            {
                return Err(format!("{what}: quote {q} of {n}"));
            }
        }
    }
    Ok(())
}

/// The claims report (`crosscheck claims --format json`): every sentence and clause it points
/// at lies in its source's text on character boundaries; every source, claim and conflict it
/// names exists.
pub fn check_claims_json(corpus: &Corpus, report: &Value) -> Result<(), Breach> {
    let claims = report
        .get("claims")
        .and_then(Value::as_array)
        .ok_or("the claims report has no claims list")?;
    let conflicts = report
        .get("conflicts")
        .and_then(Value::as_array)
        .ok_or("the claims report has no conflicts list")?;
    let ids: Vec<&str> = claims.iter().filter_map(|c| c["id"].as_str()).collect();
    let sentence = |e: &Value, what: &str| -> Result<(), Breach> {
        let text = source_text(corpus, &e["source"], what)?;
        span_in(text, span_of(e, what)?, what)?;
        if let Some(clause) = e.get("clause") {
            let clause = span_of(clause, &format!("{what} clause"))?;
            span_in(text, clause, &format!("{what} clause"))?;
        }
        Ok(())
    };
    let sources = |list: &Value, what: &str| -> Result<(), Breach> {
        for s in list.as_array().into_iter().flatten() {
            source_text(corpus, s, what)?;
        }
        Ok(())
    };
    for (i, claim) in claims.iter().enumerate() {
        let what = format!("claim {i}");
        let support = claim["support"]
            .as_array()
            .ok_or_else(|| format!("{what}: no support list"))?;
        for (j, e) in support.iter().enumerate() {
            sentence(e, &format!("{what} support {j}"))?;
        }
        for (j, e) in claim["contradiction"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            sentence(e, &format!("{what} contradiction {j}"))?;
        }
        sources(&claim["omitted_by"], &what)?;
        sources(&claim["contradicted_by"], &what)?;
        if !claim["unique_to"].is_null() {
            source_text(corpus, &claim["unique_to"], &what)?;
        }
        for k in claim["conflicts"].as_array().into_iter().flatten() {
            match k.as_u64() {
                Some(k) if (k as usize) < conflicts.len() => {}
                _ => return Err(format!("{what}: conflict {k} does not exist")),
            }
        }
    }
    for (i, conflict) in conflicts.iter().enumerate() {
        let what = format!("conflict {i}");
        if let Some(claim) = conflict["claim"].as_str()
            && !ids.contains(&claim)
        {
            return Err(format!("{what}: claim {claim} does not exist"));
        }
        for (s, side) in conflict["sides"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            sources(&side["sources"], &what)?;
            for (j, e) in side["evidence"]
                .as_array()
                .into_iter()
                .flatten()
                .enumerate()
            {
                sentence(e, &format!("{what} side {s} evidence {j}"))?;
            }
        }
    }
    Ok(())
}

/// Every cluster of the quote index has members, and each member is a quote that exists, of
/// an article that exists, with parts that lie in its text.
pub fn check_quote_index(corpus: &Corpus, index: &crate::quotes::QuoteIndex) -> Result<(), Breach> {
    for q in &index.quotes {
        let article = corpus
            .articles
            .get(q.article)
            .ok_or_else(|| format!("a quote of article {} which does not exist", q.article))?;
        if q.parts.is_empty() {
            return Err(format!("{}: a quote with no parts", article.id));
        }
        for part in &q.parts {
            span_in(
                &article.text,
                part.span,
                &format!("{}: a quote part", article.id),
            )?;
            if index.cluster(part.cluster).is_none() {
                return Err(format!(
                    "a quote part's cluster {} does not exist",
                    part.cluster
                ));
            }
        }
    }
    for cluster in &index.clusters {
        if cluster.members.is_empty() {
            return Err(format!("cluster {} has no members", cluster.id));
        }
        for member in &cluster.members {
            if member.quote >= index.quotes.len() {
                return Err(format!(
                    "cluster {}: member quote {} of {}",
                    cluster.id,
                    member.quote,
                    index.quotes.len()
                ));
            }
            let parts = index.quotes[member.quote].parts.len();
            if member.parts.is_empty() || member.parts.iter().any(|&p| p >= parts) {
                return Err(format!(
                    "cluster {}: member parts {:?} of a quote of {parts}",
                    cluster.id, member.parts
                ));
            }
            let (article, spans) = index.member_spans(member);
            let text = &corpus.articles[article].text;
            if spans.is_empty() {
                return Err(format!("cluster {}: a member with no words", cluster.id));
            }
            for s in spans {
                span_in(text, s, &format!("cluster {} member", cluster.id))?;
            }
        }
    }
    Ok(())
}

/// The collation's cells hold every token of every witness exactly once, in order, and each
/// token lies in its witness's text, inside one of its segments.
pub fn check_collation(collation: &Collation) -> Result<(), Breach> {
    let width = collation.width();
    let mut next = vec![0usize; width];
    for column in collation.columns() {
        if column.cells.len() != width {
            return Err(format!(
                "column {} has {} cells",
                column.index,
                column.cells.len()
            ));
        }
        if column.cells.iter().all(Option::is_none) {
            return Err(format!("column {} is empty", column.index));
        }
        for (w, cell) in column.cells.iter().enumerate() {
            if let Some(t) = *cell {
                if t as usize != next[w] {
                    return Err(format!(
                        "witness {w}: column {} holds token {t}, expected {}",
                        column.index, next[w]
                    ));
                }
                next[w] += 1;
            }
        }
    }
    for (w, witness) in collation.witnesses().iter().enumerate() {
        let tokens = collation.tokens(w);
        if next[w] != tokens.len() {
            return Err(format!(
                "witness {w}: {} of its {} tokens placed",
                next[w],
                tokens.len()
            ));
        }
        for (t, token) in tokens.iter().enumerate() {
            let what = format!("witness {w} token {t}");
            span_in(witness.text, token.span, &what)?;
            span_in(witness.text, token.word, &what)?;
            if !witness.segments.iter().any(|s| s.covers(token.span)) {
                return Err(format!("{what}: outside every segment"));
            }
        }
    }
    Ok(())
}
