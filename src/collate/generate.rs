//! A deterministic generator of N versions of one passage of W words, drawn from the bundled
//! seeds' vocabulary, with the edits real copies show (substitutions, omissions, additions,
//! moved runs, punctuation, case and spelling variants) and, from three versions up, one
//! re-translated version. For benchmarks and tests: the same seed gives the same texts.

use crate::corpus;

/// xorshift64*: small, fast and reproducible everywhere; quality is ample for test data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

/// Every word occurrence in the bundled seeds' content, so frequent words come up often.
pub fn seed_vocabulary() -> Vec<String> {
    let corpus = corpus::bundled();
    let mut words = Vec::new();
    for article in &corpus.articles {
        for sentence in article.sentences() {
            for token in article.tokens(sentence) {
                words.push(token.text(&article.text).to_string());
            }
        }
    }
    words
}

#[derive(Clone)]
struct Word {
    text: String,
    punct: &'static str,
}

/// Spelling pairs the cosmetic folding knows, to make spelling variants.
const SPELLINGS: &[(&str, &str)] = &[
    ("defence", "defense"),
    ("coordinated", "co-ordinated"),
    ("organised", "organized"),
    ("centre", "center"),
    ("5000", "5,000"),
];

fn passage(rng: &mut Rng, vocabulary: &[String], words: usize) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::with_capacity(words);
    for i in 0..words {
        let mut text = if rng.chance(0.01) {
            let (a, _) = SPELLINGS[rng.below(SPELLINGS.len())];
            a.to_string()
        } else {
            vocabulary[rng.below(vocabulary.len())].clone()
        };
        let sentence_start = i == 0 || out.last().is_some_and(|w: &Word| w.punct == ".");
        if sentence_start {
            text = capitalise(&text);
        }
        let punct = if i + 1 == words || rng.chance(0.06) {
            "."
        } else if rng.chance(0.08) {
            ","
        } else {
            ""
        };
        out.push(Word { text, punct });
    }
    out
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn variant(
    rng: &mut Rng,
    base: &[Word],
    vocabulary: &[String],
    substitution_rate: f64,
) -> Vec<Word> {
    let random_word = |rng: &mut Rng| Word {
        text: vocabulary[rng.below(vocabulary.len())].to_lowercase(),
        punct: "",
    };
    let mut out: Vec<Word> = Vec::with_capacity(base.len() + base.len() / 20);
    let mut i = 0;
    while i < base.len() {
        let mut word = base[i].clone();
        i += 1;
        if rng.chance(0.015) {
            continue;
        }
        if rng.chance(0.005) && i + 3 < base.len() {
            // Move this word and the next two words further on.
            let moved = [word, base[i].clone()];
            out.extend(base[i + 1..i + 3].iter().cloned());
            out.extend(moved);
            i += 3;
            continue;
        }
        if rng.chance(substitution_rate) {
            word.text = random_word(rng).text;
        } else if rng.chance(0.01) {
            word.text = word.text.to_uppercase();
        } else if let Some((_, other)) = SPELLINGS.iter().find(|(a, _)| word.text == *a) {
            word.text = other.to_string();
        }
        if rng.chance(0.01) {
            word.punct = if word.punct.is_empty() { "," } else { "" };
        }
        out.push(word);
        if rng.chance(0.015) {
            out.push(random_word(rng));
        }
    }
    out
}

fn render(words: &[Word]) -> String {
    let mut s = String::new();
    for w in words {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&w.text);
        s.push_str(w.punct);
    }
    s
}

/// `n` versions of one `words`-word passage, the first unedited, the last (from three up)
/// re-translated, the rest lightly edited copies.
pub fn versions(seed: u64, n: usize, words: usize) -> Vec<String> {
    versions_from(&seed_vocabulary(), seed, n, words)
}

/// [`versions`] with a vocabulary the caller already has (benches reuse one).
pub fn versions_from(vocabulary: &[String], seed: u64, n: usize, words: usize) -> Vec<String> {
    let fallback = ["word".to_string()];
    let vocabulary = if vocabulary.is_empty() {
        &fallback[..]
    } else {
        vocabulary
    };
    let mut rng = Rng::new(seed);
    let base = passage(&mut rng, vocabulary, words);
    (0..n)
        .map(|i| {
            if i == 0 {
                render(&base)
            } else {
                let rate = if n >= 3 && i == n - 1 { 0.3 } else { 0.02 };
                render(&variant(&mut rng, &base, vocabulary, rate))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_texts_and_sizes_are_right() {
        let a = versions(7, 4, 300);
        assert_eq!(a, versions(7, 4, 300));
        assert_ne!(a, versions(8, 4, 300));
        assert_eq!(a.len(), 4);
        assert_eq!(a[0].split_whitespace().count(), 300);
        for v in &a[1..] {
            let n = v.split_whitespace().count();
            assert!((250..=350).contains(&n), "{n} words");
            assert_ne!(v, &a[0]);
        }
    }
}
