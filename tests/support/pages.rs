//! Web pages written for the tests: a news page with the clutter real pages carry around the
//! article (navigation, share bar, related stories, newsletter box, comments, footer).
// Shared by several test crates, each of which uses part of it.
#![allow(dead_code)]

/// The article's paragraphs, in order, as they should be extracted.
pub const PARAGRAPHS: [&str; 4] = [
    "The harbour authority confirmed on Tuesday that the northern breakwater will be rebuilt before the winter storms, after engineers found cracks along most of its length.",
    "Work is expected to start next month and to last eleven weeks, the authority said in a statement, adding that fishing boats would moor at the eastern quay in the meantime.",
    "Local skippers said they had warned of the damage for two years. \"We told them after every gale,\" said one, who asked not to be named because he still needs the council's licence.",
    "The council will meet on Thursday to approve the contract, which is worth about 4.2 million euros & will be paid from the regional flood fund.",
];

/// A page holding `PARAGRAPHS` (HTML-escaped) inside typical clutter. `extra_head` goes in
/// `<head>`, `title` is the headline.
pub fn news_page(title: &str, extra_head: &str) -> String {
    let body: String = PARAGRAPHS
        .iter()
        .map(|p| {
            format!(
                "<p>{}</p>\n",
                p.replace('&', "&amp;").replace('"', "&quot;")
            )
        })
        .collect();
    format!(
        r##"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Coastal Courier</title>
{extra_head}
<style>.share {{ color: red; }} body {{ font-family: serif; }}</style>
<script>window.tracking = "SCRIPT TEXT MUST NOT APPEAR";</script>
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
<main>
<article>
<h1>{title}</h1>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email this story</a></div>
<div class="article-body">
{body}</div>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/a">Lighthouse keeper retires after forty years of service</a></li>
<li><a href="/b">Ferry timetable changes announced for the summer season</a></li>
</ul></aside>
<div class="newsletter"><p>Sign up to our morning newsletter for the day's headlines.</p><form><input type="email"><button>Subscribe</button></form></div>
</article>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>COMMENT TEXT first reader says the breakwater was always weak.</p></div>
</section>
</main>
<footer><p>Copyright Coastal Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
<script>document.write("MORE SCRIPT TEXT");</script>
</body>
</html>
"##
    )
}
