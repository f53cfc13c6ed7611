use super::*;
use crate::bookmarks::testutil::{LETTER, corpus_of, names, target};
use crate::corpus::bundled;

fn read_file(store: &Store) -> serde_json::Value {
    serde_json::from_slice(&fs::read(store.path()).unwrap()).unwrap()
}

const KEY_SENTENCE: &str = "We are repositioning forces throughout the region";

#[test]
fn a_round_trip_keeps_every_field() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = bundled();
    let mut store = Store::open(dir.path()).unwrap();
    assert!(store.bookmarks().is_empty());
    assert!(!store.path().exists(), "opening alone writes nothing");
    let article = &corpus.articles[0];
    let made = store
        .add(&[target(article, KEY_SENTENCE)], "Esper's denial")
        .unwrap();
    assert_eq!(made.len(), 1);
    let b = &made[0];
    assert_eq!(b.quote.exact, KEY_SENTENCE);
    assert_eq!(
        b.quote.prefix.chars().count(),
        crate::bookmarks::CONTEXT_CHARS
    );
    assert!(b.quote.suffix.starts_with(",\""), "{:?}", b.quote.suffix);
    assert_eq!(b.source.id, article.id);
    assert_eq!(b.source.content_hash, article.content_hash());
    assert_eq!(b.source.date.as_deref(), Some("2020-01-07"));
    assert!(
        b.created.ends_with('Z') && b.created.len() == 20,
        "{}",
        b.created
    );
    assert_eq!(b.group, None);

    let again = Store::open(dir.path()).unwrap();
    assert_eq!(again.bookmarks(), store.bookmarks());
    assert_eq!(again.bookmarks()[0], *b);
    assert_eq!(read_file(&again)["schema"], SCHEMA_VERSION);
    assert_eq!(names(dir.path()), [FILE_NAME, LOCK_NAME]);
}

#[test]
fn a_cluster_bookmark_marks_every_member_with_one_group() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = bundled();
    let mut store = Store::open(dir.path()).unwrap();
    // The letter's opening as quoted by three outlets.
    let targets = [
        target(
            &corpus.articles[1],
            "in deference to the sovereignty of the Republic of Iraq",
        ),
        target(
            &corpus.articles[2],
            "respecting the sovereignty of the Republic of Iraq",
        ),
        target(
            &corpus.articles[4],
            "in deference to the sovereignty of the Republic of Iraq",
        ),
    ];
    let made = store.add(&targets, "the letter's opening").unwrap();
    assert_eq!(made.len(), 3);
    let group = made[0]
        .group
        .clone()
        .expect("a cluster bookmark has a group");
    assert!(made.iter().all(|b| b.group.as_ref() == Some(&group)));
    let ids: std::collections::HashSet<_> = made.iter().map(|b| &b.id).collect();
    assert_eq!(ids.len(), 3);
    assert_eq!(store.group_of(&made[1].id).len(), 3);
    assert_eq!(Store::open(dir.path()).unwrap().bookmarks().len(), 3);
}

#[test]
fn an_invalid_target_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = bundled();
    let article = &corpus.articles[0];
    let mut store = Store::open(dir.path()).unwrap();
    let good = target(article, KEY_SENTENCE);
    let past_end = crate::bookmarks::Target {
        article,
        span: crate::text::Span::new(article.text.len(), article.text.len() + 5),
    };
    let err = store.add(&[good, past_end], "").unwrap_err();
    assert!(err.to_string().contains("outside the text"), "{err}");
    assert!(matches!(store.add(&[], ""), Err(StoreError::NoTargets)));
    assert!(!store.path().exists());
    let blank = crate::bookmarks::Target {
        article,
        span: crate::text::Span::new(0, 0),
    };
    assert!(matches!(
        store.add(&[blank], ""),
        Err(StoreError::Target(TargetError::Empty { .. }))
    ));
}

#[test]
fn notes_are_edited_and_sanitised() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = bundled();
    let mut store = Store::open(dir.path()).unwrap();
    let id = store
        .add(&[target(&corpus.articles[0], KEY_SENTENCE)], "")
        .unwrap()[0]
        .id
        .clone();
    let edited = store
        .edit_note(&id, "check\x1b[31m this\n\u{202E}twice")
        .unwrap();
    assert_eq!(edited.note, "check␛[31m this ⟨RLO⟩twice");
    assert!(edited.updated.is_some());
    assert_eq!(
        Store::open(dir.path()).unwrap().get(&id).unwrap().note,
        edited.note
    );
    assert!(matches!(
        store.edit_note("nope", "x"),
        Err(StoreError::NotFound(_))
    ));
}

#[test]
fn delete_returns_the_bookmark_and_restore_undoes_it() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = bundled();
    let mut store = Store::open(dir.path()).unwrap();
    let made = store
        .add(&[target(&corpus.articles[0], KEY_SENTENCE)], "keep me")
        .unwrap()
        .remove(0);
    let removed = store.delete(&made.id).unwrap();
    assert_eq!(removed, made);
    assert!(store.bookmarks().is_empty());
    assert!(Store::open(dir.path()).unwrap().bookmarks().is_empty());
    store.restore(removed).unwrap();
    assert_eq!(Store::open(dir.path()).unwrap().bookmarks(), [made]);
    assert!(matches!(
        store.delete("missing"),
        Err(StoreError::NotFound(_))
    ));
}

#[test]
fn lookup_takes_a_unique_prefix() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = bundled();
    let mut store = Store::open(dir.path()).unwrap();
    let a = &corpus.articles[0];
    let made = store
        .add(
            &[
                target(a, KEY_SENTENCE),
                target(a, "That letter is inconsistent"),
            ],
            "",
        )
        .unwrap();
    let full = &made[1].id;
    assert_eq!(store.lookup(full).unwrap().id, *full);
    assert_eq!(store.lookup(&full[..12]).unwrap().id, *full);
    // Both were made in the same second, so the time part alone is ambiguous.
    assert!(matches!(
        store.lookup(&full[..8]),
        Err(StoreError::Ambiguous { .. })
    ));
    assert!(matches!(store.lookup(""), Err(StoreError::NotFound(_))));
    assert!(matches!(store.lookup("zzz"), Err(StoreError::NotFound(_))));
}

#[test]
fn changes_from_another_store_are_kept_and_deletions_respected() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = bundled();
    let a = &corpus.articles[0];
    let mut first = Store::open(dir.path()).unwrap();
    let mut second = Store::open(dir.path()).unwrap();
    let x = first
        .add(&[target(a, KEY_SENTENCE)], "x")
        .unwrap()
        .remove(0);
    // `second` has never seen x, yet its change keeps it.
    let y = second
        .add(&[target(a, "That letter is inconsistent")], "y")
        .unwrap()
        .remove(0);
    assert_eq!(second.bookmarks().len(), 2);
    // `first` deletes x while `second` still holds it in memory...
    first.delete(&x.id).unwrap();
    assert!(second.get(&x.id).is_some());
    // ...and second's next change does not bring it back.
    second.edit_note(&y.id, "y2").unwrap();
    assert!(second.get(&x.id).is_none());
    let on_disk = Store::open(dir.path()).unwrap();
    assert_eq!(on_disk.bookmarks().len(), 1);
    assert_eq!(on_disk.bookmarks()[0].note, "y2");
    // Editing what another process deleted is an error, not a resurrection.
    assert!(matches!(
        second.edit_note(&x.id, "z"),
        Err(StoreError::NotFound(_))
    ));
    assert!(first.reload().is_ok());
    assert_eq!(first.bookmarks().len(), 1);
}

#[test]
fn each_replace_keeps_the_previous_version_as_backup() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = bundled();
    let mut store = Store::open(dir.path()).unwrap();
    let a = &corpus.articles[0];
    store.add(&[target(a, KEY_SENTENCE)], "one").unwrap();
    assert!(
        !store.backup_path().exists(),
        "nothing to back up before the first write"
    );
    let after_one = fs::read(store.path()).unwrap();
    store
        .add(&[target(a, "That letter is inconsistent")], "two")
        .unwrap();
    assert_eq!(fs::read(store.backup_path()).unwrap(), after_one);
}

#[test]
fn a_corrupt_file_is_set_aside_and_the_backup_restored() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = bundled();
    let a = &corpus.articles[0];
    let mut store = Store::open(dir.path()).unwrap();
    store.add(&[target(a, KEY_SENTENCE)], "one").unwrap();
    store
        .add(&[target(a, "That letter is inconsistent")], "two")
        .unwrap();
    let garbage = b"{\"schema\": 1, \"bookmarks\": [ {\"id\": trunc";
    fs::write(store.path(), garbage).unwrap();

    let mut reopened = Store::open(dir.path()).unwrap();
    let warnings = reopened.take_warnings();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("could not be read"), "{}", warnings[0]);
    assert!(
        warnings[0].contains("restored from the backup"),
        "{}",
        warnings[0]
    );
    // The backup held the state before the last write: the first bookmark.
    assert_eq!(reopened.bookmarks().len(), 1);
    assert_eq!(reopened.bookmarks()[0].note, "one");
    let aside: Vec<String> = names(dir.path())
        .into_iter()
        .filter(|n| n.starts_with("bookmarks.json.corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(fs::read(dir.path().join(&aside[0])).unwrap(), garbage);

    // Later changes never touch the set-aside file.
    reopened
        .add(&[target(a, "That letter is inconsistent")], "three")
        .unwrap();
    assert_eq!(fs::read(dir.path().join(&aside[0])).unwrap(), garbage);
    assert_eq!(Store::open(dir.path()).unwrap().bookmarks().len(), 2);
    assert!(reopened.take_warnings().is_empty());
}

#[test]
fn a_corrupt_file_without_backup_starts_empty_and_is_never_overwritten() {
    for (content, expect) in [
        (&b""[..], "EOF"),
        (&b"\xff\xfe not json"[..], "expected value"),
        (&b"{\"bookmarks\": []}"[..], "no schema version"),
        (
            &b"{\"schema\": 1, \"bookmarks\": [{\"id\": 3}]}"[..],
            "invalid type",
        ),
        (
            &b"{\"schema\": 2, \"bookmarks\": []}"[..],
            "newer crosscheck",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let corpus = bundled();
        fs::write(dir.path().join(FILE_NAME), content).unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let warnings = store.take_warnings();
        assert!(warnings[0].contains(expect), "{expect}: {warnings:?}");
        assert!(warnings[0].contains("no readable backup"), "{warnings:?}");
        assert!(store.bookmarks().is_empty());
        store
            .add(&[target(&corpus.articles[0], KEY_SENTENCE)], "")
            .unwrap();
        let aside: Vec<_> = names(dir.path())
            .into_iter()
            .filter(|n| n.contains(".corrupt-"))
            .collect();
        assert_eq!(aside.len(), 1);
        assert_eq!(fs::read(dir.path().join(&aside[0])).unwrap(), content);
        assert!(
            !store.backup_path().exists(),
            "no backup is made of unreadable data"
        );
    }
}

#[test]
fn an_interrupted_write_leaves_the_old_file_and_no_partial_one() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = bundled();
    let a = &corpus.articles[0];
    let mut store = Store::open(dir.path()).unwrap();
    store.add(&[target(a, KEY_SENTENCE)], "safe").unwrap();
    let before = fs::read(store.path()).unwrap();

    store.interrupt_writes(|_| Err(io::Error::other("simulated crash before rename")));
    let err = store
        .add(&[target(a, "That letter is inconsistent")], "lost")
        .unwrap_err();
    assert!(err.to_string().contains("simulated crash"), "{err}");
    assert_eq!(fs::read(store.path()).unwrap(), before);
    assert!(names(dir.path()).iter().all(|n| !n.contains(".tmp-")));

    // A real crash cannot clean up: a leftover temporary file must not be taken as data.
    let leftover = dir.path().join(".bookmarks.json.tmp-99999-0");
    fs::write(&leftover, b"{\"schema\": 1, \"bookmarks\": [").unwrap();
    let mut next = Store::open(dir.path()).unwrap();
    assert!(next.take_warnings().is_empty());
    assert_eq!(next.bookmarks().len(), 1);
    assert_eq!(next.bookmarks()[0].note, "safe");
    assert!(!leftover.exists(), "leftovers are removed under the lock");
}

#[test]
fn threads_writing_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = bundled();
    let threads = 4;
    let each = 8;
    std::thread::scope(|scope| {
        for t in 0..threads {
            let corpus = &corpus;
            let dir = dir.path();
            scope.spawn(move || {
                let mut store = Store::open(dir).unwrap();
                let article = &corpus.articles[t % corpus.articles.len()];
                let sentence = article.sentences().next().unwrap();
                for i in 0..each {
                    let target = crate::bookmarks::Target {
                        article,
                        span: sentence,
                    };
                    store.add(&[target], &format!("thread {t} #{i}")).unwrap();
                }
            });
        }
    });
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.bookmarks().len(), threads * each);
    let notes: std::collections::HashSet<_> = store.bookmarks().iter().map(|b| &b.note).collect();
    assert_eq!(notes.len(), threads * each);
}

#[test]
fn bookmarks_survive_an_edit_of_their_source_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let corpus = corpus_of(dir.path(), &[("letter.txt", LETTER)]);
    let mut store = Store::open(&data).unwrap();
    store
        .add(&[target(&corpus.articles[0], "never signed")], "")
        .unwrap();
    let edited = LETTER.replace("A letter said", "A leaked letter, seen by reporters, said");
    let corpus = corpus_of(dir.path(), &[("letter.txt", &edited)]);
    let store = Store::open(&data).unwrap();
    let attached = crate::bookmarks::attach_all(store.bookmarks(), &corpus);
    assert_eq!(
        attached[0].attachment.status(),
        crate::bookmarks::Status::Moved
    );
}

#[test]
fn bookmarks_made_in_one_second_keep_the_order_they_were_added_in() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = bundled();
    let article = &corpus.articles[0];
    let sentences: Vec<String> = article
        .sentences()
        .take(12)
        .map(|s| article.text[s.start..s.end].to_string())
        .collect();
    for (i, sentence) in sentences.iter().enumerate() {
        // A fresh store each time, as separate `crosscheck bookmarks add` runs would be.
        let mut store = Store::open(dir.path()).unwrap();
        store
            .add(&[target(article, sentence)], &format!("n{i}"))
            .unwrap();
    }
    let store = Store::open(dir.path()).unwrap();
    let notes: Vec<&str> = store.bookmarks().iter().map(|b| b.note.as_str()).collect();
    let expected: Vec<String> = (0..sentences.len()).map(|i| format!("n{i}")).collect();
    assert_eq!(notes, expected);
}
