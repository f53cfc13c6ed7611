//! Decoding a page's bytes to text: the byte-order mark first, then the charset the HTTP
//! header named, then UTF-8 when the bytes are valid UTF-8 and not plain ASCII, then a `<meta>`
//! declaration near the top, and windows-1252 (what browsers assume for old Western pages)
//! otherwise. Valid UTF-8 wins over `<meta>` because pages saved to disk are often re-encoded
//! to UTF-8 with their old declaration left in, and text in a legacy encoding is almost never
//! valid UTF-8 by accident.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use std::borrow::Cow;

/// How far into the page a `<meta>` charset declaration is looked for. Browsers stop at 1,024
/// bytes; saved pages often carry a long comment or inline script first, so this looks further.
const META_SCAN_BYTES: usize = 8 * 1024;

/// The decoded text, the encoding used, and how many malformed sequences became U+FFFD.
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub encoding: &'static Encoding,
    pub replaced: usize,
}

/// Decodes `bytes`; `http_charset` is the `charset` parameter of a `Content-Type` header.
pub fn decode<'a>(bytes: &'a [u8], http_charset: Option<&str>) -> Decoded<'a> {
    let utf8 = || std::str::from_utf8(bytes).is_ok();
    let encoding = Encoding::for_bom(bytes)
        .map(|(e, _)| e)
        .or_else(|| http_charset.and_then(|c| Encoding::for_label(c.trim().as_bytes())))
        .or_else(|| (!bytes.is_ascii() && utf8()).then_some(UTF_8))
        .or_else(|| meta_charset(&bytes[..bytes.len().min(META_SCAN_BYTES)]))
        .unwrap_or_else(|| if utf8() { UTF_8 } else { WINDOWS_1252 });
    // `decode` drops a BOM and lets it override the label, as browsers do.
    let (text, used, had_errors) = encoding.decode(bytes);
    let replaced = if had_errors {
        text.matches('\u{FFFD}').count()
    } else {
        0
    };
    Decoded {
        text,
        encoding: used,
        replaced,
    }
}

/// The encoding a `<meta charset=...>` or `<meta http-equiv="content-type" content="...;
/// charset=...">` declares in `head`. A page that says UTF-16 in a meta tag was evidently read
/// as ASCII to find it, so it is UTF-8 (the HTML standard's rule); so is `x-user-defined`'s
/// opposite number, which maps to windows-1252.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta") {
        let start = from + at + 5;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(label) = find(tag, b"charset").and_then(|i| charset_value(&tag[i + 7..])) {
            let encoding = Encoding::for_label(label)?;
            return Some(match encoding.name() {
                "UTF-16LE" | "UTF-16BE" => UTF_8,
                "x-user-defined" => WINDOWS_1252,
                _ => encoding,
            });
        }
        from = end;
    }
    None
}

/// The value after `charset`: optional spaces, `=`, optional quote, up to a quote, space, `;`
/// or `/`.
fn charset_value(rest: &[u8]) -> Option<&[u8]> {
    let rest = trim_start(rest).strip_prefix(b"=")?;
    let rest = trim_start(rest);
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b' ' | b';' | b'/' | b'\t' | b'\n' | b'\r'))
        .unwrap_or(rest.len());
    (end > 0).then_some(&rest[..end])
}

fn trim_start(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[n..]
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_declares_windows_1252() {
        let page = b"<html><head><meta charset=\"windows-1252\"><title>Caf\xe9</title>";
        let d = decode(page, None);
        assert_eq!(d.encoding, WINDOWS_1252);
        assert!(d.text.contains("Café"));
    }

    #[test]
    fn http_equiv_content_type_is_read() {
        let page = b"<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>\xe9";
        assert!(decode(page, None).text.ends_with('é'));
    }

    #[test]
    fn the_header_wins_over_meta_and_the_bom_over_both() {
        let page = b"<meta charset=utf-8>\xe9";
        assert!(decode(page, Some("windows-1252")).text.ends_with('é'));
        let bom = b"\xef\xbb\xbf<meta charset=windows-1252>\xc3\xa9";
        let d = decode(bom, Some("windows-1252"));
        assert_eq!(d.encoding, UTF_8);
        assert!(d.text.ends_with('é'));
    }

    #[test]
    fn a_saved_page_re_encoded_to_utf8_is_read_as_utf8_whatever_its_meta_says() {
        let page = "<meta charset=gb2312><title>新电脑</title>".as_bytes();
        assert!(decode(page, None).text.contains("新电脑"));
    }

    #[test]
    fn undeclared_bytes_are_utf8_when_valid_else_windows_1252() {
        assert_eq!(decode("café".as_bytes(), None).encoding, UTF_8);
        assert_eq!(decode(b"caf\xe9", None).encoding, WINDOWS_1252);
    }
}
