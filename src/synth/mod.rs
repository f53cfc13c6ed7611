//! Deterministic synthetic inputs for benchmarks and scale tests, built from the seed reports'
//! own vocabulary: N versions of one passage with realistic edits, and corpora of many articles
//! that share quotes and claims.

mod rng;
mod score;

pub use rng::Rng;
pub use score::{ClaimsScore, score_claims};

use crate::corpus::{self, Corpus, LoadOptions};

/// Sentences and words of the bundled reports, the raw material of every synthetic text.
pub struct Vocabulary {
    pub sentences: Vec<String>,
    pub words: Vec<String>,
}

/// British and American spellings swapped by the "spelling variant" edit.
const SPELLING_PAIRS: &[(&str, &str)] = &[
    ("defense", "defence"),
    ("coordinated", "co-ordinated"),
    ("organized", "organised"),
    ("center", "centre"),
    ("program", "programme"),
    ("honor", "honour"),
    ("5,000", "5000"),
];

/// A handful of synonyms, so substitutions read like an editor's or translator's choices.
const SYNONYMS: &[(&str, &str)] = &[
    ("said", "stated"),
    ("forces", "troops"),
    ("letter", "memo"),
    ("withdrawal", "retreat"),
    ("mistake", "error"),
    ("draft", "sketch"),
    ("movement", "departure"),
    ("request", "demand"),
    ("coming", "next"),
    ("prepare", "get ready"),
    ("sovereignty", "independence"),
    ("decision", "choice"),
    ("officials", "authorities"),
    ("leave", "exit"),
    ("strike", "attack"),
];

impl Vocabulary {
    pub fn from_seeds() -> Self {
        let bundled = corpus::bundled();
        let mut sentences = Vec::new();
        let mut words = Vec::new();
        for a in &bundled.articles {
            for s in a.sentences() {
                let clean = a.clean_text(s);
                if clean.split_whitespace().count() >= 6 {
                    sentences.push(clean);
                }
                for t in a.tokens(s) {
                    words.push(t.text(&a.text).to_string());
                }
            }
        }
        words.sort();
        words.dedup();
        Vocabulary { sentences, words }
    }

    /// A passage of about `words` words: seed sentences drawn in a seeded order.
    pub fn passage(&self, rng: &mut Rng, words: usize) -> String {
        self.passage_of(rng, words).0
    }

    /// A passage and the seed sentences it is made of (indices into `sentences`, in order; the
    /// last may be cut short).
    fn passage_of(&self, rng: &mut Rng, words: usize) -> (String, Vec<usize>) {
        let mut drawn = Vec::new();
        let mut count = 0;
        while count < words {
            let s = rng.below(self.sentences.len());
            count += self.sentences[s].split_whitespace().count();
            drawn.push(s);
        }
        let text = drawn
            .iter()
            .flat_map(|&s| self.sentences[s].split_whitespace())
            .take(words)
            .collect::<Vec<_>>()
            .join(" ");
        (text, drawn)
    }
}

/// How often each kind of edit happens per word in a version.
#[derive(Debug, Clone, Copy)]
pub struct EditRates {
    pub substitution: f64,
    pub omission: f64,
    pub addition: f64,
    pub transposition: f64,
    pub punctuation: f64,
    pub spelling: f64,
}

impl EditRates {
    /// A careful outlet's copy: a few edits per hundred words.
    pub const COPY: EditRates = EditRates {
        substitution: 0.03,
        omission: 0.02,
        addition: 0.02,
        transposition: 0.005,
        punctuation: 0.03,
        spelling: 0.02,
    };
    /// A re-translation: the same structure, a third of the words changed.
    pub const RETRANSLATION: EditRates = EditRates {
        substitution: 0.35,
        omission: 0.03,
        addition: 0.04,
        transposition: 0.01,
        punctuation: 0.05,
        spelling: 0.0,
    };
}

fn substitute(rng: &mut Rng, vocab: &Vocabulary, word: &str) -> String {
    let lower = word.to_lowercase();
    SYNONYMS
        .iter()
        .find_map(|(a, b)| {
            (lower == *a)
                .then(|| b.to_string())
                .or_else(|| (lower == *b).then(|| a.to_string()))
        })
        .unwrap_or_else(|| rng.pick(&vocab.words).clone())
}

fn respell(word: &str) -> String {
    let lower = word.to_lowercase();
    SPELLING_PAIRS
        .iter()
        .find_map(|(us, uk)| {
            (lower == *us)
                .then(|| uk.to_string())
                .or_else(|| (lower == *uk).then(|| us.to_string()))
        })
        .unwrap_or_else(|| {
            // No spelling variant: change case instead, a cosmetic difference of the same kind.
            let mut chars = word.chars();
            match chars.next() {
                Some(c) if c.is_lowercase() => c.to_uppercase().chain(chars).collect(),
                Some(c) => c.to_lowercase().chain(chars).collect(),
                None => String::new(),
            }
        })
}

fn repunctuate(rng: &mut Rng, word: &str) -> String {
    if let Some(stripped) = word.strip_suffix([',', ';']) {
        return stripped.to_string();
    }
    match rng.below(3) {
        0 => format!("{word},"),
        1 => word.replace('\'', "’"),
        _ => word.replace('’', "'"),
    }
}

/// One edited version of `base`.
pub fn edit(rng: &mut Rng, vocab: &Vocabulary, base: &str, rates: EditRates) -> String {
    let mut out: Vec<String> = Vec::new();
    for word in base.split_whitespace() {
        if rng.chance(rates.omission) {
            continue;
        }
        let mut w = word.to_string();
        if rng.chance(rates.substitution) {
            w = substitute(rng, vocab, &w);
        } else if rng.chance(rates.spelling) {
            w = respell(&w);
        }
        if rng.chance(rates.punctuation) {
            w = repunctuate(rng, &w);
        }
        out.push(w);
        if rng.chance(rates.addition) {
            out.push(rng.pick(&vocab.words).clone());
        }
        if out.len() >= 2 && rng.chance(rates.transposition) {
            let n = out.len();
            out.swap(n - 1, n - 2);
        }
    }
    out.join(" ")
}

/// `n` versions of one passage of about `words` words: the first as written, the last a
/// re-translation (when n > 2), the rest ordinary copies with edits.
pub fn passage_versions(seed: u64, n: usize, words: usize) -> Vec<String> {
    let vocab = Vocabulary::from_seeds();
    let mut rng = Rng::new(seed);
    let base = vocab.passage(&mut rng, words);
    (0..n)
        .map(|i| match i {
            0 => base.clone(),
            i if i == n - 1 && n > 2 => edit(&mut rng, &vocab, &base, EditRates::RETRANSLATION),
            _ => edit(&mut rng, &vocab, &base, EditRates::COPY),
        })
        .collect()
}

/// One synthetic article: a file name and its plain text in the seeds' shape, with what each of
/// its paragraphs was made from.
#[derive(Debug, Clone)]
pub struct SynthArticle {
    pub name: String,
    pub text: String,
    /// Every paragraph's byte range in `text` and what it carries, in reading order.
    pub paragraphs: Vec<(std::ops::Range<usize>, Planted)>,
}

/// A quote of a corpus's pool: its text and the seed sentences it is made of.
struct PoolQuote {
    text: String,
    seeds: std::sync::Arc<[usize]>,
}

/// What a paragraph of a synthetic article was made from: the truth a clustering of its
/// statements is scored against.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Planted {
    /// An edited copy of a quote of the corpus's pool, which is made of these seed sentences
    /// (indices into `Vocabulary::sentences`), in order. Two quotes of the pool can share a
    /// seed sentence, and then make that claim both.
    Quote(std::sync::Arc<[usize]>),
    /// Numeric claim `n` of the pool, with its number or (one time in ten) a conflicting one.
    Number(usize),
    /// Narration of this article's own.
    Narration,
}

const SPEAKERS: &[&str] = &[
    "General Mark Milley",
    "Defense Secretary Mark Esper",
    "Prime Minister Adel Abdul Mahdi",
    "spokeswoman Alyssa Farah",
    "a senior US official",
];

/// Share of the longer words of a filler sentence replaced by other words of the seeds.
const LOCAL_SHARE: f64 = 0.7;

/// Text with its quotation marks taken out: a fragment of a seed sentence cut inside a
/// quotation would otherwise open a quote that runs on through the article.
fn narration(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '“' | '”' | '"' | '«' | '»'))
        .collect()
}

/// Narration of about `words` words that belongs to one article: seed sentences with a good
/// share of their words changed, so that, as in a real corpus, most of an article's sentences
/// are its own and only the shared quotes and claims recur across articles.
fn local_story(rng: &mut Rng, vocab: &Vocabulary, words: usize) -> String {
    let base = narration(&vocab.passage(rng, words));
    base.split_whitespace()
        .map(|w| {
            if w.chars().filter(|c| c.is_alphabetic()).count() >= 4 && rng.chance(LOCAL_SHARE) {
                rng.pick(&vocab.words).clone()
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `articles` articles of about `words` words each. They share a pool of quotes (each carried,
/// with edits, by about a third of the articles) and numeric claims (some with a conflicting
/// number), set among narration of each article's own.
pub fn corpus(seed: u64, articles: usize, words: usize) -> Vec<SynthArticle> {
    let vocab = Vocabulary::from_seeds();
    let mut rng = Rng::new(seed);
    let pool = (articles / 3).clamp(4, 200);
    let quotes: Vec<PoolQuote> = (0..pool)
        .map(|_| {
            let len = 18 + rng.below(20);
            let (text, seeds) = vocab.passage_of(&mut rng, len);
            PoolQuote {
                text: narration(&text),
                seeds: seeds.into(),
            }
        })
        .collect();
    let claims: Vec<(String, u32)> = (0..pool)
        .map(|_| {
            let len = 5 + rng.below(5);
            let subject = narration(&vocab.passage(&mut rng, len));
            (subject, 100 * (1 + rng.below(90) as u32))
        })
        .collect();
    (0..articles)
        .map(|i| {
            let mut paragraphs = vec![(
                narration(&vocab.passage(&mut rng, 8))
                    .trim_end_matches('.')
                    .to_string(),
                Planted::Narration,
            )];
            let mut count = 0;
            while count < words {
                let paragraph = match rng.below(6) {
                    0 => {
                        let q = rng.pick(&quotes);
                        let quote = edit(&mut rng, &vocab, &q.text, EditRates::COPY);
                        let text = format!(
                            "“{}”, {} said.",
                            quote.trim_end_matches('.'),
                            rng.pick(SPEAKERS)
                        );
                        (text, Planted::Quote(q.seeds.clone()))
                    }
                    1 => {
                        let n = rng.below(claims.len());
                        let (subject, number) = &claims[n];
                        let number = if rng.chance(0.1) {
                            number + 100
                        } else {
                            *number
                        };
                        let text = format!(
                            "{} about {} troops were involved, officials said.",
                            subject.trim_end_matches('.'),
                            number
                        );
                        (text, Planted::Number(n))
                    }
                    _ => {
                        let len = 20 + rng.below(30);
                        (local_story(&mut rng, &vocab, len), Planted::Narration)
                    }
                };
                count += paragraph.0.split_whitespace().count();
                paragraphs.push(paragraph);
            }
            let mut text = format!(" date 2020-01-{:02} ", 1 + i % 28);
            let mut planted = Vec::with_capacity(paragraphs.len());
            for (k, (paragraph, what)) in paragraphs.into_iter().enumerate() {
                if k > 0 {
                    text.push_str("\n\n");
                }
                planted.push((text.len()..text.len() + paragraph.len(), what));
                text.push_str(&paragraph);
            }
            text.push('\n');
            SynthArticle {
                name: format!("synth_{i:04}.txt"),
                text,
                paragraphs: planted,
            }
        })
        .collect()
}

/// A corpus of `articles` as if each were read from its file, in the same order.
pub fn load(articles: &[SynthArticle]) -> Corpus {
    let mut loaded = Corpus::default();
    for a in articles {
        let article = corpus::from_text(
            a.name.trim_end_matches(".txt"),
            corpus::Origin::Stdin,
            &a.text,
            &LoadOptions::default(),
        )
        .expect("a synthetic article is plain text");
        loaded.push(article);
    }
    loaded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_deterministic_and_differ_realistically() {
        let a = passage_versions(42, 5, 500);
        assert_eq!(a, passage_versions(42, 5, 500));
        assert_eq!(a.len(), 5);
        let base_words = a[0].split_whitespace().count();
        assert!((490..=500).contains(&base_words), "{base_words}");
        for v in &a[1..] {
            assert_ne!(v, &a[0]);
            let n = v.split_whitespace().count();
            assert!(n.abs_diff(base_words) < 60, "{n} vs {base_words}");
        }
    }

    #[test]
    fn corpus_articles_have_the_requested_size() {
        let c = corpus(7, 10, 300);
        assert_eq!(c.len(), 10);
        for a in &c {
            let n = a.text.split_whitespace().count();
            assert!((300..450).contains(&n), "{}: {n}", a.name);
            assert!(a.text.starts_with(" date 2020-01-"));
        }
        assert!(c.iter().filter(|a| a.text.contains(" said.")).count() >= 5);
    }
}
