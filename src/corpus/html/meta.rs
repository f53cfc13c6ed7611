//! A page's metadata: title, outlet, author, publication date, canonical URL and language, from
//! JSON-LD first, then Open Graph and other `<meta>` tags, then the markup (`<title>`, `<time>`,
//! a byline, `<html lang>`).

use crate::corpus::article::Metadata;
use crate::corpus::formats::normalise_date;
use crate::text::sanitise_line;
use dom_query::Document;
use serde_json::Value;

/// JSON-LD `@type`s that describe the article itself.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
    "SocialMediaPosting",
    "WebPage",
];

/// Longest metadata value kept: a title or name longer than this is markup gone wrong.
const MAX_FIELD_CHARS: usize = 400;

pub fn read(doc: &Document) -> Metadata {
    let ld = json_ld(doc);
    let ld_str = |key: &str| ld.as_ref().and_then(|v| text_of(v.get(key)?));
    let title = ld_str("headline")
        .or_else(|| {
            meta(
                doc,
                &["og:title", "twitter:title", "dc.title", "parsely-title"],
            )
        })
        .or_else(|| text(doc, "head title").map(|t| without_site_name(&t)))
        .or_else(|| text(doc, "h1"));
    let outlet = meta(doc, &["og:site_name", "application-name"])
        .or_else(|| ld.as_ref().and_then(|v| name_of(v.get("publisher")?)));
    let title = title.map(|t| match &outlet {
        Some(site) => without_named_site(&t, site),
        None => t,
    });
    let author = ld
        .as_ref()
        .and_then(|v| name_of(v.get("author")?))
        .or_else(|| {
            meta(
                doc,
                &[
                    "author",
                    "article:author",
                    "og:article:author",
                    "byl",
                    "dc.creator",
                    "parsely-author",
                    "sailthru.author",
                ],
            )
        })
        .map(|a| tidy_name(&a))
        .filter(|a| !a.is_empty() && !a.starts_with("http"))
        .or_else(|| byline(doc));
    let date = ld_str("datePublished")
        .or_else(|| {
            meta(
                doc,
                &[
                    "article:published_time",
                    "og:published_time",
                    "datepublished",
                    "date",
                    "pubdate",
                    "dc.date",
                    "dcterms.created",
                    "parsely-pub-date",
                ],
            )
        })
        .or_else(|| attr(doc, "article time[datetime], time[pubdate]", "datetime"))
        .or_else(|| attr(doc, "time[datetime]", "datetime"))
        .and_then(|d| normalise_date(&d));
    let url = attr(doc, "link[rel='canonical']", "href")
        .or_else(|| meta(doc, &["og:url"]))
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let language = attr(doc, "html", "lang")
        .or_else(|| attr(doc, "meta[http-equiv='content-language' i]", "content"))
        .or_else(|| ld_str("inLanguage"))
        .or_else(|| meta(doc, &["og:locale"]).map(|l| l.replace('_', "-")));
    Metadata {
        title,
        outlet,
        author,
        date,
        url,
        language,
    }
}

/// A `<title>` without the site name after its last separator ("Story | Site" -> "Story"), as
/// Readability.js does it: when that leaves fewer than three words, the part after the first
/// separator instead ("Site | Story"), and when it leaves four words or fewer, all of it.
fn without_site_name(title: &str) -> String {
    const SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " » ", " / "];
    let seps: Vec<(usize, &str)> = SEPARATORS
        .iter()
        .flat_map(|s| title.match_indices(s))
        .collect();
    let (Some(&(last, _)), Some(&(first, first_sep))) = (
        seps.iter().max_by_key(|(i, _)| *i),
        seps.iter().min_by_key(|(i, _)| *i),
    ) else {
        return title.to_string();
    };
    let words = |s: &str| s.split_whitespace().count();
    let mut kept = &title[..last];
    if words(kept) < 3 {
        kept = &title[first + first_sep.len()..];
    }
    if words(kept) <= 4 {
        return title.to_string();
    }
    kept.trim().to_string()
}

/// A title without a trailing " | Site" (any separator) when the page names that site.
fn without_named_site(title: &str, site: &str) -> String {
    for sep in [" | ", " - ", " – ", " — ", " » ", " / ", ": "] {
        if let Some(kept) = title.strip_suffix(site).and_then(|t| t.strip_suffix(sep))
            && !kept.trim().is_empty()
        {
            return kept.trim().to_string();
        }
    }
    title.to_string()
}

/// The texts a page's headline goes by, for recognising it at the top of the body.
pub fn headlines(doc: &Document, found: &Metadata) -> Vec<String> {
    let mut out: Vec<String> = found.title.iter().cloned().collect();
    out.extend(text(doc, "h1"));
    out.extend(meta(doc, &["og:title"]));
    out
}

/// Cleans a value for display: one line, sanitised, whitespace collapsed; `None` when empty or
/// implausibly long.
fn clean(value: &str) -> Option<String> {
    let one_line = value.split_whitespace().collect::<Vec<_>>().join(" ");
    let value = sanitise_line(&one_line);
    (!value.is_empty() && value.chars().count() <= MAX_FIELD_CHARS).then_some(value)
}

/// The content of the first `<meta>` whose `property` or `name` is one of `names`
/// (case-insensitive), in the order of `names`.
fn meta(doc: &Document, names: &[&str]) -> Option<String> {
    let tags = doc.select("meta[content]");
    names.iter().find_map(|wanted| {
        tags.nodes().iter().find_map(|tag| {
            let key = tag.attr("property").or_else(|| tag.attr("name"))?;
            // Some pages list several properties in one attribute: "og:title twitter:title".
            key.split_whitespace()
                .any(|k| k.eq_ignore_ascii_case(wanted))
                .then(|| tag.attr("content"))
                .flatten()
                .and_then(|c| clean(&c))
        })
    })
}

fn attr(doc: &Document, selector: &str, name: &str) -> Option<String> {
    doc.select(selector)
        .nodes()
        .iter()
        .find_map(|n| n.attr(name).and_then(|v| clean(&v)))
}

fn text(doc: &Document, selector: &str) -> Option<String> {
    doc.select(selector)
        .nodes()
        .iter()
        .find_map(|n| clean(&n.text()))
}

/// Elements that hold a byline, most specific first.
const BYLINE_SELECTORS: &[&str] = &[
    "[itemprop~='author'] [itemprop='name']",
    "a[rel='author']",
    "[itemprop~='author']",
    ".byline-name",
    ".author-name",
    ".byline a",
    ".byline",
    ".author",
    ".blog-author",
];

/// Most words a byline's name may have.
const MAX_BYLINE_WORDS: usize = 6;

/// A byline in the markup: the first element marked as the author whose text is a short name,
/// its "By " dropped.
fn byline(doc: &Document) -> Option<String> {
    BYLINE_SELECTORS.iter().find_map(|selector| {
        doc.select(selector).nodes().iter().find_map(|n| {
            let name = tidy_name(&clean(&n.text())?);
            let words = name.split_whitespace().count();
            (1..=MAX_BYLINE_WORDS).contains(&words).then_some(name)
        })
    })
}

/// A name without "By" (or its French, Spanish, Portuguese, German or Dutch form) before it,
/// or dashes and separators after it.
fn tidy_name(s: &str) -> String {
    let t = s.trim();
    let t = ["by ", "por ", "par ", "von ", "door "]
        .iter()
        .find_map(|by| {
            t.get(..by.len())
                .filter(|head| head.eq_ignore_ascii_case(by))
                .map(|_| &t[by.len()..])
        })
        .unwrap_or(t);
    t.trim()
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != ')')
        .trim()
        .to_string()
}

/// The JSON-LD object that describes the article: the first of an article type in any
/// `application/ld+json` script, looking inside arrays and `@graph`.
fn json_ld(doc: &Document) -> Option<Value> {
    let mut candidates = Vec::new();
    for script in doc.select("script[type='application/ld+json']").nodes() {
        let Ok(value) = serde_json::from_str::<Value>(script.text().trim()) else {
            continue;
        };
        let mut stack = vec![value];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(items) => stack.extend(items.into_iter().rev()),
                Value::Object(mut obj) => {
                    if let Some(graph) = obj.remove("@graph") {
                        stack.push(graph);
                    }
                    candidates.push(Value::Object(obj));
                }
                _ => {}
            }
        }
    }
    let rank = |v: &Value| {
        let types: Vec<&str> = match v.get("@type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        // A news or blog article beats a generic web page.
        types
            .iter()
            .filter_map(|t| ARTICLE_TYPES.iter().position(|a| a == t))
            .min()
    };
    candidates
        .into_iter()
        .filter_map(|v| rank(&v).map(|r| (r == ARTICLE_TYPES.len() - 1, v)))
        .min_by_key(|(generic, _)| *generic)
        .map(|(_, v)| v)
}

fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => clean(s),
        Value::Array(items) => items.iter().find_map(text_of),
        _ => None,
    }
}

/// A name from a JSON-LD person or organisation: a string, `{"name": ...}`, or a list of
/// them joined with commas.
fn name_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => clean(s),
        Value::Object(obj) => obj.get("name").and_then(text_of),
        Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(name_of).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_comes_first_then_open_graph_then_markup() {
        let page = r#"<html lang="en-GB"><head><title>Title tag | Site</title>
            <meta property="og:site_name" content="The Daily Example">
            <meta property="article:published_time" content="2021-03-04T09:00:00Z">
            <link rel="canonical" href="https://example.com/news/a-story">
            <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},
              {"@type":"NewsArticle","headline":"The headline","author":[{"name":"Ann Lee"},{"name":"Bo Ray"}],
               "publisher":{"name":"Example Media"},"datePublished":"2021-03-03"}]}</script>
            </head><body><h1>Ignored</h1></body></html>"#;
        let m = read(&Document::from(page));
        assert_eq!(m.title.as_deref(), Some("The headline"));
        assert_eq!(m.outlet.as_deref(), Some("The Daily Example"));
        assert_eq!(m.author.as_deref(), Some("Ann Lee, Bo Ray"));
        assert_eq!(m.date.as_deref(), Some("2021-03-03"));
        assert_eq!(m.url.as_deref(), Some("https://example.com/news/a-story"));
        assert_eq!(m.language.as_deref(), Some("en-GB"));
    }

    #[test]
    fn byline_and_time_are_read_from_the_markup() {
        let page = r#"<html><head><title>Plain</title><meta name="author" content="https://x.example/a"></head>
            <body><article><p class="byline">By  Cara Moss</p><time datetime="2019-12-31">Dec 31</time>
            <p>Text.</p></article></body></html>"#;
        let m = read(&Document::from(page));
        assert_eq!(m.title.as_deref(), Some("Plain"));
        assert_eq!(m.author.as_deref(), Some("Cara Moss"));
        assert_eq!(m.date.as_deref(), Some("2019-12-31"));
        assert_eq!(m.outlet, None);
    }
}
