//! A local HTTP server for the tests, on a std `TcpListener` thread: fixture pages, a redirect,
//! a redirect loop, a 404, a slow answer, gzip, a windows-1252 page, an oversized page, hostile
//! escapes, and an image. It never touches the network beyond 127.0.0.1.
// Shared by several test crates, each of which uses part of it.
#![allow(dead_code)]

use super::pages;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

pub struct Server {
    pub base: String,
    /// Requests answered, to tell a fetch from a cache hit.
    pub hits: Arc<AtomicUsize>,
}

/// How long `/slow` waits before answering: past the tests' time limit.
pub const SLOW: Duration = Duration::from_secs(4);

/// Bytes of the `/big` page.
pub const BIG_BYTES: usize = 3 * 1024 * 1024;

/// Starts the server on a free port; it runs until the test process ends.
pub fn start() -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let counter = counter.clone();
            std::thread::spawn(move || answer(stream, &counter));
        }
    });
    Server { base, hits }
}

fn answer(mut stream: TcpStream, hits: &AtomicUsize) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut user_agent = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        if let Some(ua) = line.to_ascii_lowercase().strip_prefix("user-agent:") {
            user_agent = ua.trim().to_string();
        }
    }
    hits.fetch_add(1, Ordering::SeqCst);
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_string();
    let html = "text/html; charset=utf-8";
    let (status, headers, body): (&str, Vec<(&str, String)>, Vec<u8>) = match path.as_str() {
        "/story-a.html" => (
            "200 OK",
            vec![("Content-Type", html.into())],
            page("Breakwater to be rebuilt", ""),
        ),
        "/news/story-b" => (
            "200 OK",
            vec![("Content-Type", html.into())],
            page("Harbour works approved", ""),
        ),
        "/agent" => (
            "200 OK",
            vec![("Content-Type", "text/plain".into())],
            format!("The agent was {user_agent}.\n").into_bytes(),
        ),
        "/redirect" => (
            "302 Found",
            vec![("Location", "/story-a.html".into())],
            Vec::new(),
        ),
        "/loop" => ("302 Found", vec![("Location", "/loop".into())], Vec::new()),
        "/slow" => {
            std::thread::sleep(SLOW);
            (
                "200 OK",
                vec![("Content-Type", html.into())],
                page("Slow", ""),
            )
        }
        "/gzip" => {
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            gz.write_all(&page("Compressed story", "")).unwrap();
            (
                "200 OK",
                vec![
                    ("Content-Type", html.into()),
                    ("Content-Encoding", "gzip".into()),
                ],
                gz.finish().unwrap(),
            )
        }
        "/latin" => {
            let text = String::from_utf8(page("Caf\u{e9} owners fear the works", ""))
                .unwrap()
                .replace("<meta charset=\"utf-8\">", "")
                .replace("eleven weeks", "eleven weeks \u{2013} caf\u{e9}s included");
            let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
            (
                "200 OK",
                vec![("Content-Type", "text/html; charset=windows-1252".into())],
                bytes.into_owned(),
            )
        }
        "/big" => (
            "200 OK",
            vec![("Content-Type", html.into())],
            vec![b'a'; BIG_BYTES],
        ),
        "/hostile" => {
            let text = String::from_utf8(page("Escapes", "")).unwrap().replace(
                "Work is expected",
                "\u{1b}]52;c;aGk=\u{7}\u{1b}[2JWork is expected",
            );
            (
                "200 OK",
                vec![("Content-Type", html.into())],
                text.into_bytes(),
            )
        }
        "/image" => (
            "200 OK",
            vec![("Content-Type", "image/png".into())],
            vec![0x89, b'P', b'N', b'G'],
        ),
        _ => (
            "404 Not Found",
            vec![("Content-Type", "text/plain".into())],
            b"not here".to_vec(),
        ),
    };
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

fn page(title: &str, head: &str) -> Vec<u8> {
    pages::news_page(title, head).into_bytes()
}

/// A URL on 127.0.0.1 where nothing listens.
pub fn refused_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    format!("http://{addr}/story")
}
