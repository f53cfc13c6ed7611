//! The bundled corpus: byte-for-byte seeds, manifest, structure and noise found in each report.

use crosscheck::corpus::{self, Article, NoiseKind, Role};
use std::path::Path;

fn article(id_prefix: &str) -> Article {
    corpus::bundled()
        .articles
        .into_iter()
        .find(|a| a.id.starts_with(id_prefix))
        .unwrap_or_else(|| panic!("no bundled article {id_prefix}"))
}

fn noise_texts(a: &Article, kind: NoiseKind) -> Vec<String> {
    a.noise
        .iter()
        .filter(|n| n.kind == kind)
        .map(|n| a.slice(n.span).to_string())
        .collect()
}

#[test]
fn bundled_files_are_the_seeds_byte_for_byte() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/corpus");
    let mut asset_names: Vec<String> = std::fs::read_dir(&assets)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    asset_names.sort();
    assert_eq!(asset_names.len(), 5);
    for name in &asset_names {
        let asset = std::fs::read(assets.join(name)).unwrap();
        if seeds.is_dir() {
            assert_eq!(
                asset,
                std::fs::read(seeds.join(name)).unwrap(),
                "{name} differs from the seed"
            );
        }
    }
    let manifest = std::fs::read_to_string(assets.join("manifest.toml")).unwrap();
    let table: toml::Table = manifest.parse().unwrap();
    let files: Vec<&str> = table["article"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        files, asset_names,
        "the manifest lists exactly the bundled files"
    );
}

#[test]
fn bundled_corpus_loads_five_articles_without_errors() {
    let c = corpus::bundled();
    assert!(c.errors.is_empty(), "{:?}", c.errors);
    assert_eq!(
        c.ids(),
        [
            "000_47c4f7aed62dd45f",
            "001_2e6a31de3708db25",
            "002_40037b5cd1173c8a",
            "003_0226aa1b8ab6f164",
            "004_fd2ac79c1a0013a0"
        ]
    );
    for a in &c.articles {
        assert!(a.words() > 300, "{} has {} words", a.id, a.words());
        assert!(a.warnings.is_empty(), "{}: {:?}", a.id, a.warnings);
    }
}

#[test]
fn dates_and_headlines_come_from_the_text() {
    let c = corpus::load_paths(
        &[Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/corpus")],
        &Default::default(),
    );
    let get = |p: &str| c.articles.iter().find(|a| a.id.starts_with(p)).unwrap();
    assert_eq!(get("000").meta.date.as_deref(), Some("2020-01-07"));
    assert_eq!(get("002").meta.date.as_deref(), Some("2020-01-06"));
    assert_eq!(
        get("000").meta.title,
        None,
        "000 opens with a sentence, not a headline"
    );
    assert_eq!(
        get("001").meta.title.as_deref(),
        Some("Pentagon says Iraq withdrawal letter 'a mistake'")
    );
    assert_eq!(
        get("003").meta.title.as_deref(),
        Some("Leaked U.S. letter to Iraq was a poorly worded draft: top U.S. general")
    );
    assert_eq!(get("003").meta.outlet.as_deref(), Some("Reuters"));
    assert_eq!(
        get("004").meta.title.as_deref(),
        Some("Defense secretary denies US troops leaving Iraq")
    );
    assert_eq!(
        get("002").meta.title,
        None,
        "002 opens with an advertisement, then body text"
    );
    let standfirst = get("001")
        .paragraphs
        .iter()
        .find(|p| p.role == Role::Standfirst)
        .map(|p| get("001").slice(p.span));
    assert_eq!(
        standfirst,
        Some("Gen Mark Milley said the memo was a 'draft'")
    );
}

#[test]
fn the_date_token_is_not_part_of_the_first_paragraph() {
    let a = article("000");
    let first = a.slice(a.paragraphs[0].span);
    assert!(
        first.starts_with("A LETTER from senior officials"),
        "{first}"
    );
}

#[test]
fn photo_captions_are_noise() {
    let captions = noise_texts(&article("000"), NoiseKind::Caption);
    assert_eq!(captions.len(), 3, "{captions:#?}");
    assert!(captions.iter().all(|c| c.ends_with("Picture: AP")));
    let reuters = noise_texts(&article("003"), NoiseKind::Caption);
    assert_eq!(reuters.len(), 1);
    assert!(reuters[0].starts_with("FILE PHOTO:") && reuters[0].ends_with("REUTERS/Tom Brenner"));
    let afp = noise_texts(&article("001"), NoiseKind::Caption);
    assert!(afp[0].starts_with("(FILES) In this file photo"), "{afp:?}");
    assert_eq!(afp[1].trim(), "/ AFP / Nicholas Kamm");
}

#[test]
fn related_links_ads_and_notices_are_noise() {
    let related = noise_texts(&article("000"), NoiseKind::Related);
    assert_eq!(
        related,
        [
            "RELATED: Two rockets hit Green Zone near US embassy in Baghdad",
            "RELATED: Congress demands answers from Donald Trump about Soleimani killing"
        ]
    );
    assert_eq!(
        noise_texts(&article("002"), NoiseKind::Advertisement),
        ["advertisement"]
    );
    assert_eq!(
        noise_texts(&article("001"), NoiseKind::TranslationNotice),
        ["Powered by automated translation"]
    );
    assert_eq!(
        noise_texts(&article("002"), NoiseKind::Syndication),
        ["Originally published as the Pentagon chief, the United States denies leaving Iraq"]
    );
    assert_eq!(
        noise_texts(&article("003"), NoiseKind::Credits),
        ["Reporting by Phil Stewart; Editing by Chris Reese and Rosalba O’Brien"]
    );
}

#[test]
fn link_previews_glued_into_names_are_noise_and_cut_cleanly() {
    let a = article("004");
    let previews = noise_texts(&a, NoiseKind::LinkPreview);
    assert_eq!(previews.len(), 2);
    assert!(
        previews[0].starts_with("Mark EsperOvernight Defense:") && previews[0].ends_with("MORE")
    );
    assert!(
        previews[1].starts_with("Donald John TrumpBiden campaign") && previews[1].ends_with("MORE")
    );
    let para = a
        .paragraphs
        .iter()
        .find(|p| a.touches_noise(p.span) && !p.is_noise())
        .unwrap();
    assert!(a.clean_text(para.span).starts_with(
        "Defense Secretary Mark Esper denied Monday that U.S. troops would withdraw from Iraq"
    ));
    // The glued preview is one sentence's worth of noise, not a string of fake sentences.
    assert_eq!(para.sentences.len(), 1);
    let words: Vec<&str> = a
        .tokens(para.span)
        .iter()
        .map(|t| t.text(&a.text))
        .collect();
    assert!(
        !words.contains(&"Overnight"),
        "noise words are not analysed"
    );
}

#[test]
fn noise_is_excluded_from_word_counts_but_kept_in_the_text() {
    for a in corpus::bundled().articles {
        assert!(a.noise_words() > 0, "{} has boilerplate", a.id);
        assert!(a.noise_share() < 0.25, "{}: {}", a.id, a.noise_share());
        for n in &a.noise {
            assert!(!a.slice(n.span).is_empty());
        }
        assert_eq!(a.raw, a.text, "the seeds need no sanitising");
    }
}

#[test]
fn paragraph_and_sentence_offsets_point_into_the_text() {
    for a in corpus::bundled().articles {
        let mut last_end = 0;
        for p in &a.paragraphs {
            assert!(p.span.start >= last_end, "{}: paragraphs in order", a.id);
            last_end = p.span.end;
            let text = a.slice(p.span);
            assert_eq!(text, text.trim(), "{}: paragraph spans are trimmed", a.id);
            for s in &p.sentences {
                assert!(p.span.covers(*s), "{}: sentence inside its paragraph", a.id);
            }
        }
    }
    let a = article("000");
    let s = a
        .sentences()
        .find(|s| a.slice(*s).contains("That letter is a draft"))
        .unwrap();
    assert_eq!(
        a.slice(s),
        "\"That letter is a draft,\" General Milley said."
    );
    assert_eq!(&a.text[s.start..s.end], a.slice(s));
}
