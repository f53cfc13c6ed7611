#!/usr/bin/env bash
# Quality of quotes, speakers, claims and conflicts on the labelled corpora, totalled.
# usage: benches/quality.sh [CORPORA_DIR]   (default: ../shared/corpora beside the checkout)
# Builds the release binary, scores each corpus with ../shared/eval/score.py and prints one row a
# corpus and the totals, as a Markdown table. Then, where saved web pages are at hand
# (WEB_PAGES, default ../shared/web/readability-test-pages), analyses all of them as one corpus:
# they report unrelated events, so every conflict flagged among them is a false alarm.
set -euo pipefail
cd "$(dirname "$0")/.."
corpora="${1:-../shared/corpora}"
scorer="${SCORER:-../shared/eval/score.py}"
[ -f "$scorer" ] || { echo "quality.sh: no scorer at $scorer" >&2; exit 2; }
cargo build --release --quiet
python3 - "$scorer" "$corpora" <<'PY'
import json, os, subprocess, sys
scorer, root = sys.argv[1], sys.argv[2]
rows, tot = [], {}
def add(k, v):
    tot[k] = tot.get(k, 0) + v
for name in sorted(os.listdir(root)):
    d = os.path.join(root, name)
    if not os.path.isfile(os.path.join(d, "gold.json")):
        continue
    p = subprocess.run([sys.executable, scorer, "--json", d], capture_output=True, text=True)
    if p.returncode != 0:
        rows.append(f"| {name} | failed: {(p.stderr.strip().splitlines() or ['?'])[-1][:80]} | | | | |")
        add("failed", 1)
        continue
    r = json.loads(p.stdout)
    q, c, f = r["quotes"], r["claims"], r["conflicts"]
    for k, v in [("q", q["items"]), ("qn", q["near"]), ("s", q["speakers"]), ("st", q["speakers_total"]),
                 ("c", c["items"]), ("cn", c["near"]), ("f", f["items"]), ("ff", f["found"]),
                 ("fl", f["flagged"]), ("ft", f["true_flags"])]:
        add(k, v)
    rows.append(f"| {name} | {q['near']}/{q['items']} | {q['speakers']}/{q['speakers_total']} | {c['near']}/{c['items']} "
                f"| {f['found']}/{f['items']} | {f['true_flags']}/{f['flagged']} |")
pct = lambda a, b: f"{100 * a / b:.0f}%" if b else "-"
g = tot.get
print("| corpus | quotes found | speakers right | claims found | conflicts found | flagged true |")
print("|---|---|---|---|---|---|")
print("\n".join(rows))
print(f"| **total** | {g('qn',0)}/{g('q',0)} ({pct(g('qn',0), g('q',0))}) | {g('s',0)}/{g('st',0)} ({pct(g('s',0), g('st',0))}) "
      f"| {g('cn',0)}/{g('c',0)} ({pct(g('cn',0), g('c',0))}) | {g('ff',0)}/{g('f',0)} ({pct(g('ff',0), g('f',0))}) "
      f"| {g('ft',0)}/{g('fl',0)} ({pct(g('ft',0), g('fl',0))}) |")
if g("failed"):
    sys.exit(1)
PY

pages="${WEB_PAGES:-../shared/web/readability-test-pages}"
if compgen -G "$pages/*/source.html" >/dev/null; then
  target/release/crosscheck claims --format json "$pages"/*/source.html 2>/dev/null | python3 -c '
import json, sys
j = json.load(sys.stdin)
pages, claims, flagged = len(j["sources"]), len(j["claims"]), j["conflicts"]
print()
print(f"Unrelated web pages analysed as one corpus: {pages} pages, {claims} claims, "
      f"{len(flagged)} conflicts flagged (every one false).")
for k in flagged:
    print("- " + k["reason"][:160])
'
fi
