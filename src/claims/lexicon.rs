//! Reads every content sentence of the corpus once and folds its tokens into interned terms.
//! Whether a word is a name is decided over the whole corpus (written with a capital in mid
//! sentence and never in lower case), so that names can be matched spelling-tolerantly.

use super::terms::{self, Folded};
use crate::corpus::Corpus;
use crate::text::Span;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

pub type TermId = u32;

/// One word token of a sentence, folded.
#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub span: Span,
    /// Index into the normal forms `read` returns, and into `Lexicon::meanings`.
    pub normal: u32,
}

#[derive(Debug, Clone)]
pub struct Sentence {
    pub article: usize,
    pub span: Span,
    pub toks: Vec<Tok>,
}

/// What a normal form folds to once the corpus is read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Meaning {
    Stop,
    Number(f64),
    Term { id: TermId, negated: bool },
}

#[derive(Debug, Default)]
pub struct Lexicon {
    /// What each normal form means, by the index `Tok::normal`.
    pub meanings: Vec<Meaning>,
    /// Interned comparison terms ("iraq", "#5000", "sign", "@slmn").
    pub terms: Vec<String>,
    pub term_is_name: Vec<bool>,
    term_ids: HashMap<String, TermId>,
}

impl Lexicon {
    pub fn term(&self, id: TermId) -> &str {
        &self.terms[id as usize]
    }

    pub fn is_name(&self, id: TermId) -> bool {
        self.term_is_name[id as usize]
    }

    /// Whether the term is a figure ("#5000", "#03:40"), not a word.
    pub fn is_figure(&self, id: TermId) -> bool {
        self.term(id).starts_with('#')
    }

    pub fn meaning(&self, tok: &Tok) -> Meaning {
        self.meanings[tok.normal as usize]
    }

    /// The id of a term already interned.
    pub fn find(&self, term: &str) -> Option<TermId> {
        self.term_ids.get(term).copied()
    }

    pub fn intern(&mut self, term: &str, is_name: bool) -> TermId {
        if let Some(&id) = self.term_ids.get(term) {
            return id;
        }
        let id = self.terms.len() as TermId;
        self.terms.push(term.to_string());
        self.term_is_name.push(is_name);
        self.term_ids.insert(term.to_string(), id);
        id
    }
}

/// Per normal form, how it was written: with a capital in mid sentence, in lower case.
#[derive(Debug, Default, Clone, Copy)]
struct Seen {
    capital_mid: bool,
    lower: bool,
}

impl Seen {
    fn or(self, other: Seen) -> Seen {
        Seen {
            capital_mid: self.capital_mid || other.capital_mid,
            lower: self.lower || other.lower,
        }
    }
}

/// Tokenises the content sentences of every article and decides what each word means. Returns
/// the lexicon, the normal forms ("iraq's", "5000", "signed") that `Tok::normal` indexes (kept
/// apart from the lexicon, so words can be read while terms are interned), and the sentences.
pub fn read(corpus: &Corpus) -> (Lexicon, Vec<String>, Vec<Sentence>) {
    let mut lexicon = Lexicon::default();
    let mut normals: Vec<String> = Vec::new();
    let mut normal_ids: HashMap<String, u32> = HashMap::default();
    let mut by_surface: HashMap<&str, u32> = HashMap::default();
    let mut seen: Vec<Seen> = Vec::new();
    let mut sentences = Vec::new();
    for (a, article) in corpus.articles.iter().enumerate() {
        for span in article.sentences() {
            let mut toks = Vec::new();
            let tokens = article.tokens(span);
            let shouted = shouted_words(&article.text, &tokens);
            let (tokens, shouted) = compounds_split(&article.text, tokens, shouted);
            for (i, token) in tokens.into_iter().enumerate() {
                let surface = token.span.slice(&article.text);
                let id = *by_surface.entry(surface).or_insert_with(|| {
                    let normal = terms::normal(surface);
                    // "US" and "us" share a normal form but not a meaning.
                    let key = if surface == "US" {
                        "US".to_string()
                    } else {
                        normal
                    };
                    *normal_ids.entry(key.clone()).or_insert_with(|| {
                        normals.push(key);
                        seen.push(Seen::default());
                        (normals.len() - 1) as u32
                    })
                });
                let s = &mut seen[id as usize];
                let first = surface.chars().next().unwrap_or(' ');
                if shouted.get(i) == Some(&true) {
                    // A capital says nothing of a name in words set in capitals for emphasis.
                } else if first.is_uppercase() && i > 0 {
                    s.capital_mid = true;
                } else if first.is_lowercase() {
                    s.lower = true;
                }
                toks.push(Tok {
                    span: token.span,
                    normal: id,
                });
            }
            sentences.push(Sentence {
                article: a,
                span,
                toks,
            });
        }
    }
    let stems: HashSet<String> = normals.iter().map(|n| terms::stem(n)).collect();
    for (n, s) in normals.iter().zip(&seen) {
        // "Springfield's" opening a sentence is still the name "Springfield" written mid
        // sentence elsewhere: a possessive is judged with its base word.
        let base = n.strip_suffix("'s").and_then(|b| normal_ids.get(b));
        let s = match base {
            Some(&b) => s.or(seen[b as usize]),
            None => *s,
        };
        let meaning = meaning_of(&mut lexicon, n, s, &stems);
        lexicon.meanings.push(meaning);
    }
    (lexicon, normals, sentences)
}

/// The sentence's tokens with each compound of common words joined by hyphens cut into its
/// words ("tear-gassed" is "tear" and "gassed", "three-judge" "three" and "judge"), so that it
/// meets the words written apart ("fired tear gas", "three judges"); `shouted` is carried
/// along. Names ("Ferreira-Holt") and figures ("2-1", "COVID-19") stay whole: a part after the
/// hyphen that opens with a capital, or holds a digit, keeps the compound one word.
fn compounds_split(
    text: &str,
    tokens: Vec<crate::text::Token>,
    shouted: Vec<bool>,
) -> (Vec<crate::text::Token>, Vec<bool>) {
    const HYPHENS: [char; 3] = ['-', '\u{2010}', '\u{2011}'];
    let splits = |t: &crate::text::Token| {
        let word = t.span.slice(text);
        word.contains(HYPHENS)
            && word.split(HYPHENS).enumerate().all(|(k, part)| {
                part.chars().count() >= 2
                    && part.chars().all(char::is_alphabetic)
                    && (k == 0 || part.starts_with(char::is_lowercase))
            })
    };
    if !tokens.iter().any(splits) {
        return (tokens, shouted);
    }
    let mut out = Vec::with_capacity(tokens.len() + 4);
    let mut out_shouted = Vec::with_capacity(tokens.len() + 4);
    for (i, t) in tokens.into_iter().enumerate() {
        let loud = shouted.get(i).copied().unwrap_or(false);
        if !splits(&t) {
            out.push(t);
            out_shouted.push(loud);
            continue;
        }
        let mut start = t.span.start;
        for part in t.span.slice(text).split(HYPHENS) {
            let span = Span::new(start, start + part.len());
            out.push(crate::text::Token { span, kind: t.kind });
            out_shouted.push(loud);
            // Past the part and the hyphen after it (each hyphen is one char).
            start = span.end + text[span.end..].chars().next().map_or(0, char::len_utf8);
        }
    }
    (out, out_shouted)
}

/// Which of a sentence's tokens are set in capitals for emphasis, not as names or acronyms:
/// every word of a sentence written mostly in capitals ("TECH BOSS AXES 1,200 JOBS"), and
/// the run of capitals a tabloid opens its sentence with ("A MILLIONAIRE tech boss").
fn shouted_words(text: &str, tokens: &[crate::text::Token]) -> Vec<bool> {
    let capitals = |t: &crate::text::Token| {
        let word = t.span.slice(text);
        word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
    };
    let words = tokens
        .iter()
        .filter(|t| t.span.slice(text).chars().any(char::is_alphabetic))
        .count();
    let in_capitals = tokens.iter().filter(|t| capitals(t)).count();
    if words >= 3 && in_capitals * 2 > words {
        return tokens.iter().map(capitals).collect();
    }
    let opening = tokens.iter().take_while(|t| capitals(t)).count();
    if opening >= 2 {
        return (0..tokens.len()).map(|i| i < opening).collect();
    }
    Vec::new()
}

fn meaning_of(lexicon: &mut Lexicon, normal: &str, seen: Seen, stems: &HashSet<String>) -> Meaning {
    if normal == "US" {
        let id = lexicon.intern("us", false);
        return Meaning::Term { id, negated: false };
    }
    let folded = terms::fold(normal, normal);
    match folded {
        Folded::Stop => Meaning::Stop,
        Folded::Number(v) => Meaning::Number(v),
        Folded::Word(w) => {
            let is_name = seen.capital_mid
                && !seen.lower
                && !terms::is_title(normal)
                && w != "us"
                && w.len() >= 2;
            if is_name {
                let key = if w.len() >= 5 {
                    format!("@{}", crate::text::name_key(&w))
                } else {
                    format!("@{w}")
                };
                let id = lexicon.intern(&key, true);
                return Meaning::Term { id, negated: false };
            }
            // "shut" and "closed" are "open" with a negation: a state and its opposite.
            if let Some(state) = terms::opposite_state(normal) {
                let id = lexicon.intern(&terms::stem(state), false);
                return Meaning::Term { id, negated: true };
            }
            // "unsigned" is "signed" with a negation, when the corpus also has "signed".
            if let Some(rest) = normal.strip_prefix("un")
                && rest.len() >= 5
                && (rest.ends_with("ed") || rest.ends_with("able"))
            {
                let rest_stem = terms::stem(rest);
                if stems.contains(&rest_stem) {
                    let id = lexicon.intern(&rest_stem, false);
                    return Meaning::Term { id, negated: true };
                }
            }
            let id = lexicon.intern(&w, false);
            Meaning::Term { id, negated: false }
        }
    }
}

/// The tokens of `text` and their normal forms, for tests of what reads words one by one.
#[cfg(test)]
pub fn plain_tokens(text: &str) -> (Vec<Tok>, Vec<String>) {
    let toks: Vec<Tok> = crate::text::words(text, Span::new(0, text.len()))
        .into_iter()
        .map(|t| Tok {
            span: t.span,
            normal: 0,
        })
        .collect();
    let normals = toks
        .iter()
        .map(|t| crate::text::normalise_word(t.span.slice(text)))
        .collect();
    (toks, normals)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shouted(text: &str) -> Vec<&str> {
        let tokens = crate::text::words(text, Span::new(0, text.len()));
        shouted_words(text, &tokens)
            .into_iter()
            .zip(&tokens)
            .filter(|(s, _)| *s)
            .map(|(_, t)| t.span.slice(text))
            .collect()
    }

    fn split(text: &str) -> Vec<&str> {
        let tokens = crate::text::words(text, Span::new(0, text.len()));
        let shouted = vec![false; tokens.len()];
        compounds_split(text, tokens, shouted)
            .0
            .iter()
            .map(|t| t.span.slice(text))
            .collect()
    }

    #[test]
    fn compounds_of_common_words_are_their_words() {
        assert_eq!(
            split("Police tear-gassed a three-judge panel"),
            ["Police", "tear", "gassed", "a", "three", "judge", "panel"]
        );
        // Names, figures and single letters keep their hyphens.
        assert_eq!(
            split("Nadia Ferreira-Holt won 2-1 after COVID-19 X-rays"),
            [
                "Nadia",
                "Ferreira-Holt",
                "won",
                "2-1",
                "after",
                "COVID-19",
                "X-rays"
            ]
        );
        assert_eq!(split("Tear-gassed"), ["Tear", "gassed"]);
    }

    #[test]
    fn capitals_for_emphasis_are_not_names() {
        assert_eq!(
            shouted("TECH BOSS AXES 1,200 JOBS IN DAWN EMAIL"),
            ["TECH", "BOSS", "AXES", "JOBS", "IN", "DAWN", "EMAIL"]
        );
        assert_eq!(
            shouted("A MILLIONAIRE tech boss wiped out the jobs"),
            ["A", "MILLIONAIRE"]
        );
        assert!(shouted("The FBI and NATO said the UN would meet.").is_empty());
        assert!(shouted("HUNGRY workers can get their lunch back.").is_empty());
    }
}
