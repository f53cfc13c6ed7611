//! rs-trafilatura on its own, for the extraction bench (benches/extract.sh): reads each page
//! named on the command line and prints `{"articles":[{"path","title","author","outlet","date",
//! "language","text"}]}`, so its quality and whole-process time can be set beside crosscheck's.

fn main() {
    let mut articles = Vec::new();
    for path in std::env::args().skip(1) {
        let Ok(bytes) = std::fs::read(&path) else {
            eprintln!("{path}: cannot read");
            continue;
        };
        match rs_trafilatura::extract_bytes(&bytes) {
            Ok(r) => articles.push(serde_json::json!({
                "path": path,
                "title": r.metadata.title,
                "author": r.metadata.author,
                "outlet": r.metadata.sitename,
                "date": r.metadata.date.map(|d| d.format("%Y-%m-%d").to_string()),
                "language": r.metadata.language,
                "text": r.content_text,
            })),
            Err(e) => eprintln!("{path}: {e}"),
        }
    }
    println!("{}", serde_json::json!({ "articles": articles }));
}
