//! What the quotes engine said about each article, indexed by article so that asking "is this
//! clause quoted, and who said it?" costs the quotes of one article, not of the whole corpus.

use super::ClaimInputs;
use crate::text::Span;

pub struct Quoting<'a> {
    pub inputs: &'a ClaimInputs,
    /// Per article: attributed spans with their speaker, in the order the inputs gave them.
    attributions: Vec<Vec<(Span, Option<&'a str>)>>,
    /// Per article: attributed spans whose speaker is a surely named person, with who.
    people: Vec<Vec<(Span, usize)>>,
    /// Per article: spans the quotes engine grouped across sources.
    grouped: Vec<Vec<Span>>,
}

impl<'a> Quoting<'a> {
    pub fn new(inputs: &'a ClaimInputs, articles: usize) -> Self {
        let mut attributions = vec![Vec::new(); articles];
        let mut people = vec![Vec::new(); articles];
        for a in &inputs.attributions {
            if let Some(list) = attributions.get_mut(a.article) {
                list.push((a.span, a.speaker.as_deref()));
            }
            if let (Some(list), Some(person)) = (people.get_mut(a.article), a.person) {
                list.push((a.span, person));
            }
        }
        let mut grouped = vec![Vec::new(); articles];
        for &(article, span) in inputs.quote_groups.iter().flatten() {
            if let Some(list) = grouped.get_mut(article) {
                list.push(span);
            }
        }
        Quoting {
            inputs,
            attributions,
            people,
            grouped,
        }
    }

    /// The speaker of the first attribution with a speaker that overlaps `span`.
    pub fn speaker(&self, article: usize, span: Span) -> Option<&'a str> {
        self.attributions
            .get(article)?
            .iter()
            .find_map(|&(at, speaker)| at.overlaps(span).then_some(speaker).flatten())
    }

    /// The surely named person of the first such attribution that overlaps `span`.
    pub fn person(&self, article: usize, span: Span) -> Option<usize> {
        self.people
            .get(article)?
            .iter()
            .find_map(|&(at, person)| at.overlaps(span).then_some(person))
    }

    /// Whether `span` overlaps an attributed or cross-source quote.
    pub fn is_quoted(&self, article: usize, span: Span) -> bool {
        let attributed = self
            .attributions
            .get(article)
            .is_some_and(|list| list.iter().any(|(at, _)| at.overlaps(span)));
        attributed
            || self
                .grouped
                .get(article)
                .is_some_and(|list| list.iter().any(|s| s.overlaps(span)))
    }
}
