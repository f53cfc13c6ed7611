#!/usr/bin/env python3
"""Scores extracted articles against the Readability.js test pages.

Usage: extract_score.py PAGES_DIR EXTRACT_JSON [LABEL]

EXTRACT_JSON is `{"articles": [...]}` as `crosscheck extract --format json` prints it; each
article is matched to its page by `id` (the page folder's name) or by a `path` naming the page
folder. Prints word-shingle F1 (4-word shingles, counted as multisets), word precision and
recall (bags of words) against the text of each page's expected.html, and metadata agreement
with expected-metadata.json. As in the public article-extraction benchmarks, tokens are `\w+`
runs (case kept), precision and recall are averaged over the pages (a page with no article has
precision and recall 0) and F1 is the harmonic mean of those averages.
"""
import collections
import html.parser
import json
import os
import re
import sys

BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
          "tr", "td", "th", "section", "article", "figure", "figcaption", "ul", "ol", "table"}


class TextOf(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(path):
    parser = TextOf()
    with open(path, encoding="utf-8", errors="replace") as f:
        parser.feed(f.read())
    return "".join(parser.parts)


WORD = re.compile(r"\w+", re.UNICODE)


def words(text):
    return WORD.findall(text or "")


def prf(got, want):
    """Precision, recall and F1 of two multisets (Counters); both empty is a perfect score."""
    overlap = sum((got & want).values())
    p = overlap / sum(got.values()) if got else (0.0 if want else 1.0)
    r = overlap / sum(want.values()) if want else (0.0 if got else 1.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def shingles(ws, n=4):
    if len(ws) < n:
        return collections.Counter([tuple(ws)]) if ws else collections.Counter()
    return collections.Counter(tuple(ws[i:i + n]) for i in range(len(ws) - n + 1))


def norm(s):
    return " ".join((s or "").split()).casefold() or None


def same_date(a, b):
    return (a or "")[:10] == (b or "")[:10]


def main():
    pages, extract = sys.argv[1], sys.argv[2]
    label = sys.argv[3] if len(sys.argv) > 3 else extract
    with open(extract, encoding="utf-8") as f:
        data = json.load(f)
    got = {}
    for a in data.get("articles", []):
        key = a.get("id") or os.path.basename(os.path.dirname(a.get("path", "")))
        got[key] = a
    names = sorted(d for d in os.listdir(pages) if os.path.isdir(os.path.join(pages, d)))
    totals = collections.defaultdict(float)
    meta_fields = [("title", "title"), ("author", "byline"), ("outlet", "siteName"),
                   ("date", "publishedTime"), ("language", "lang")]
    meta_known = collections.Counter()
    meta_agree = collections.Counter()
    rows = []
    for name in names:
        want_text = html_text(os.path.join(pages, name, "expected.html"))
        a = got.get(name, {})
        gw, ww = words(a.get("text")), words(want_text)
        sp, sr, sf = prf(shingles(gw), shingles(ww))
        wp, wr, _ = prf(collections.Counter(gw), collections.Counter(ww))
        totals["shingle_p"] += sp
        totals["shingle_r"] += sr
        totals["word_p"] += wp
        totals["word_r"] += wr
        rows.append((sf, name))
        with open(os.path.join(pages, name, "expected-metadata.json"), encoding="utf-8") as f:
            meta = json.load(f)
        for ours, theirs in meta_fields:
            if meta.get(theirs):
                meta_known[ours] += 1
                mine = a.get(ours)
                if ours == "date":
                    ok = bool(mine) and same_date(mine, meta[theirs])
                elif ours == "language":
                    ok = bool(mine) and norm(mine).split("-")[0] == norm(meta[theirs]).split("-")[0]
                else:
                    ok = norm(mine) == norm(meta[theirs])
                meta_agree[ours] += ok
    n = len(names)
    print(f"## {label}")
    print(f"pages {n}, articles {len(got)}, errors {len(data.get('errors', []))}")
    mean = {k: v / n for k, v in totals.items()}

    def f1(p, r):
        return 2 * p * r / (p + r) if p + r else 0.0

    print(f"shingle F1 {f1(mean['shingle_p'], mean['shingle_r']):.3f} "
          f"(P {mean['shingle_p']:.3f}, R {mean['shingle_r']:.3f}); "
          f"word F1 {f1(mean['word_p'], mean['word_r']):.3f} "
          f"(P {mean['word_p']:.3f}, R {mean['word_r']:.3f})")
    print("metadata agreement (pages where expected-metadata.json has the field): " + ", ".join(
        f"{k} {meta_agree[k]}/{meta_known[k]}" for k, _ in meta_fields))
    if os.environ.get("WORST"):
        for sf, name in sorted(rows)[: int(os.environ["WORST"])]:
            print(f"  {sf:.3f} {name}")


if __name__ == "__main__":
    main()
