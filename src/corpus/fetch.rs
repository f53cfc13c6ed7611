//! Fetching an article's page over HTTP(S): a blocking client with rustls, redirects followed
//! up to a limit, gzip and brotli, a time limit, a size limit, and one plain reason for each
//! way it can fail.

use std::io::Read;
use std::time::Duration;

/// Redirects followed before giving up.
const MAX_REDIRECTS: u32 = 8;

/// A fetched page.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// Where the page was found, after redirects.
    pub final_url: String,
    /// The `Content-Type` media type, lower-case, without parameters.
    pub media_type: String,
    /// The `charset` parameter of `Content-Type`, if any.
    pub charset: Option<String>,
    pub body: Vec<u8>,
}

/// Whether a path given on the command line is a URL to fetch.
pub fn is_url(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// The file extension that tells the loader how to read a media type, or an error for media
/// types that are neither web pages nor text.
pub fn extension_for(media_type: &str) -> Result<&'static str, String> {
    Ok(match media_type {
        "text/html" | "application/xhtml+xml" => "html",
        "text/markdown" | "text/x-markdown" => "md",
        "application/json" => "json",
        "application/x-ndjson" | "application/jsonl" => "jsonl",
        "" => "",
        t if t.starts_with("text/") => "txt",
        other => {
            return Err(format!("not a web page or text (the server sent {other})"));
        }
    })
}

/// Fetches `url`, reading at most `max_bytes` of body within `timeout` in all.
pub fn fetch(url: &str, timeout: Duration, max_bytes: u64) -> Result<Fetched, String> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .max_redirects(MAX_REDIRECTS)
        .http_status_as_error(false)
        .user_agent(concat!(
            "crosscheck/",
            env!("CARGO_PKG_VERSION"),
            " (news report comparison reader)"
        ))
        .build()
        .into();
    let mut response = agent
        .get(url)
        .header(
            "Accept",
            "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
        )
        .call()
        .map_err(|e| reason(&e))?;
    let status = response.status();
    if !status.is_success() {
        return Err(format!(
            "the server answered HTTP {}{}",
            status.as_u16(),
            status
                .canonical_reason()
                .map(|r| format!(" {r}"))
                .unwrap_or_default()
        ));
    }
    let final_url = ureq::ResponseExt::get_uri(&response).to_string();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let (media_type, charset) = parse_content_type(&content_type);
    extension_for(&media_type)?;
    let mut body = Vec::new();
    response
        .body_mut()
        .with_config()
        .limit(max_bytes.saturating_add(1))
        .reader()
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut body)
        .map_err(|e| {
            match e
                .get_ref()
                .and_then(|inner| inner.downcast_ref::<ureq::Error>())
            {
                Some(inner) => reason(inner),
                None => format!("the connection failed while reading the page ({e})"),
            }
        })?;
    if body.len() as u64 > max_bytes {
        return Err(too_large(max_bytes));
    }
    Ok(Fetched {
        final_url,
        media_type,
        charset,
        body,
    })
}

pub fn too_large(max_bytes: u64) -> String {
    format!(
        "larger than the {:.1} MiB limit for one page (raise max_file_mib in the config, or pass --max-file-mib)",
        max_bytes as f64 / (1024.0 * 1024.0)
    )
}

/// `text/html; charset=UTF-8` -> ("text/html", Some("UTF-8")).
fn parse_content_type(value: &str) -> (String, Option<String>) {
    let mut parts = value.split(';');
    let media_type = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let charset = parts.find_map(|p| {
        let (key, value) = p.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches('"').to_string())
    });
    (media_type, charset)
}

/// One plain reason for a failed request.
fn reason(e: &ureq::Error) -> String {
    use ureq::Error;
    match e {
        Error::HostNotFound => "the host name could not be resolved (DNS)".into(),
        Error::ConnectionFailed => "the connection was refused or could not be made".into(),
        Error::Timeout(_) => "no complete answer within the time limit (timed out)".into(),
        Error::TooManyRedirects => format!("more than {MAX_REDIRECTS} redirects"),
        Error::RedirectFailed => "a redirect could not be followed".into(),
        Error::BodyExceedsLimit(n) => too_large(n.saturating_sub(1)),
        Error::BadUri(u) => format!("not a valid URL ({u})"),
        Error::Tls(m) => format!("TLS failed: {m}"),
        Error::Rustls(r) => format!("TLS failed: {r}"),
        Error::Decompress(kind, _) => format!("the page's {kind} compression is corrupt"),
        Error::Io(io) => match io.kind() {
            std::io::ErrorKind::ConnectionRefused => "the connection was refused".into(),
            std::io::ErrorKind::TimedOut => {
                "no complete answer within the time limit (timed out)".into()
            }
            _ => format!("the connection failed ({io})"),
        },
        other => format!("the request failed ({other})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types_are_split_and_judged() {
        assert_eq!(
            parse_content_type("text/HTML; Charset=\"windows-1252\""),
            ("text/html".into(), Some("windows-1252".into()))
        );
        assert_eq!(extension_for("text/html"), Ok("html"));
        assert_eq!(extension_for("text/plain"), Ok("txt"));
        assert!(
            extension_for("image/png")
                .unwrap_err()
                .contains("image/png")
        );
        assert!(is_url("HTTPS://example.org/a"));
        assert!(!is_url("httpfile.txt"));
    }
}
