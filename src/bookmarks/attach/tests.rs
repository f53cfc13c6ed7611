use super::*;
use crate::bookmarks::clock::now_rfc3339;
use crate::bookmarks::model::{Bookmark, Position};
use crate::bookmarks::testutil::{LETTER, corpus_of, target};
use crate::corpus::bundled;

fn bookmark_on(corpus: &Corpus, passage: &str) -> Bookmark {
    Bookmark::new(
        target(&corpus.articles[0], passage),
        "",
        "b1".into(),
        now_rfc3339(),
    )
    .unwrap()
}

fn text_of(corpus: &Corpus, a: Attachment) -> &str {
    let span = a.span().expect("attached");
    &corpus.articles[a.article().unwrap()].text[span.start..span.end]
}

#[test]
fn every_sentence_of_the_bundled_corpus_attaches_exactly() {
    let corpus = bundled();
    let mut bookmarks = Vec::new();
    for article in &corpus.articles {
        for span in article.sentences() {
            let t = crate::bookmarks::Target { article, span };
            bookmarks.push(Bookmark::new(t, "", String::new(), now_rfc3339()).unwrap());
        }
    }
    assert!(bookmarks.len() > 50);
    for item in attach_all(&bookmarks, &corpus) {
        let b = item.bookmark;
        let Attachment::Exact { article, span } = item.attachment else {
            panic!("{:?} did not attach exactly", b.quote.exact);
        };
        assert_eq!(corpus.articles[article].id, b.source.id);
        assert_eq!(span.start, b.position.start);
    }
}

#[test]
fn an_insertion_before_the_passage_moves_it() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus_of(dir.path(), &[("letter.txt", LETTER)]);
    let b = bookmark_on(&corpus, "never signed");
    let edited = LETTER.replace("\n\nA letter", "\n\nBAGHDAD (Wire) - A letter");
    let corpus = corpus_of(dir.path(), &[("letter.txt", &edited)]);
    let a = Attacher::new(&corpus).attach(&b);
    assert_eq!(a.status(), Status::Moved);
    assert_eq!(text_of(&corpus, a), "never signed");
    assert_eq!(
        a.span().unwrap().start,
        b.position.start + "BAGHDAD (Wire) - ".len()
    );
}

#[test]
fn rewrapped_lines_and_curly_quotes_still_match() {
    let dir = tempfile::tempdir().unwrap();
    let original = "Headline\n\nHe said \"the letter was a draft\" on Monday. It was not signed.\n";
    let corpus = corpus_of(dir.path(), &[("a.txt", original)]);
    let b = bookmark_on(&corpus, "He said \"the letter was a draft\" on Monday.");
    let resaved =
        "Headline\n\nHe said “the letter\nwas a   draft” on Monday.\nIt was not signed.\n";
    let corpus = corpus_of(dir.path(), &[("a.txt", resaved)]);
    let a = Attacher::new(&corpus).attach(&b);
    assert_eq!(a.status(), Status::Fuzzy, "found, but not as saved");
    assert_eq!(
        text_of(&corpus, a),
        "He said “the letter\nwas a   draft” on Monday."
    );
}

#[test]
fn among_repeats_the_context_decides() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus_of(dir.path(), &[("letter.txt", LETTER)]);
    let passage = "The letter was a draft, the general said";
    let second_start = LETTER.rfind(passage).unwrap();
    let article = &corpus.articles[0];
    let second_in_text = article.text.rfind(passage).unwrap();
    let t = crate::bookmarks::Target {
        article,
        span: crate::text::Span::new(second_in_text, second_in_text + passage.len()),
    };
    let b = Bookmark::new(t, "", "b".into(), now_rfc3339()).unwrap();
    assert!(b.quote.suffix.starts_with(" again at the briefing"));
    // Lengthen the text between the two so the hint now points nowhere useful, and put a
    // third copy right where the old position falls.
    let edited = LETTER.replacen(
        "Officials said",
        "The letter was a draft, the general said. Officials, speaking anonymously, said",
        1,
    );
    assert!(edited.len() > second_start);
    let corpus = corpus_of(dir.path(), &[("letter.txt", &edited)]);
    let a = Attacher::new(&corpus).attach(&b);
    assert_eq!(a.status(), Status::Moved);
    let text = &corpus.articles[0].text;
    assert_eq!(a.span().unwrap().start, text.rfind(passage).unwrap());

    // A hint that lands on another copy of the passage is not taken for the bookmark.
    let mut b = b;
    let first = text.find(passage).unwrap();
    b.position = Position {
        start: first,
        end: first + passage.len(),
    };
    let a = Attacher::new(&corpus).attach(&b);
    assert_eq!(a.status(), Status::Moved);
    assert_eq!(a.span().unwrap().start, text.rfind(passage).unwrap());
}

#[test]
fn a_renamed_file_is_found_by_content_hash_then_an_edited_one_by_title() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus_of(dir.path(), &[("letter.txt", LETTER)]);
    let b = bookmark_on(&corpus, "never signed");
    assert_eq!(
        b.source.title.as_deref(),
        Some("Pentagon chief denies withdrawal")
    );

    let renamed = corpus_of(
        dir.path(),
        &[
            ("other.txt", "Unrelated\n\nNothing here.\n"),
            ("renamed.txt", LETTER),
        ],
    );
    let a = Attacher::new(&renamed).attach(&b);
    assert_eq!(
        a,
        Attachment::Exact {
            article: 1,
            span: a.span().unwrap()
        }
    );

    let edited = LETTER.replace("A letter said", "A leaked letter said");
    let moved = corpus_of(
        dir.path(),
        &[
            ("other.txt", "Unrelated\n\nnever signed.\n"),
            ("edited.txt", &edited),
        ],
    );
    let a = Attacher::new(&moved).attach(&b);
    // `other` carries the words too, but the title names the source.
    assert_eq!(a.status(), Status::Moved);
    assert_eq!(a.article(), Some(1));
}

#[test]
fn orphans_keep_their_saved_text() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus_of(dir.path(), &[("letter.txt", LETTER)]);
    let b = bookmark_on(&corpus, "never signed");

    let cut = LETTER.replace(" and was never signed", "");
    let corpus = corpus_of(dir.path(), &[("letter.txt", &cut)]);
    let a = Attacher::new(&corpus).attach(&b);
    assert_eq!(a, Attachment::Orphaned { article: Some(0) });
    assert_eq!(a.span(), None);

    let a = Attacher::new(&bundled()).attach(&b);
    assert_eq!(a, Attachment::Orphaned { article: None });
    assert_eq!(
        Attacher::new(&Corpus::default()).attach(&b).status(),
        Status::Orphaned
    );
    assert_eq!(b.quote.exact, "never signed");
}

#[test]
fn absurd_saved_positions_do_not_panic() {
    let corpus = bundled();
    let article = &corpus.articles[3];
    let mut b = bookmark_on(&corpus, "We are repositioning forces");
    b.source.id = article.id.clone();
    for (start, end) in [(usize::MAX - 1, usize::MAX), (5, 2), (0, 0)] {
        b.position = Position { start, end };
        b.quote.exact = "We are repositioning forces".into();
        let _ = Attacher::new(&corpus).attach(&b);
    }
    // Inside a multi-byte character: the curly quote that opens the passage in Reuters.
    let quote_at = article.text.find('“').unwrap();
    b.position = Position {
        start: quote_at + 1,
        end: quote_at + 10,
    };
    b.quote.exact = "“".into();
    assert_ne!(Attacher::new(&corpus).attach(&b).status(), Status::Exact);
    b.quote.exact = String::new();
    assert_eq!(Attacher::new(&corpus).attach(&b).status(), Status::Orphaned);
}
