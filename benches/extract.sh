#!/usr/bin/env bash
# HTML extraction bench: quality and whole-process time of `crosscheck extract` on the saved
# pages in ../shared/web/readability-test-pages (130 pages), beside rs-trafilatura on its own.
#
#   benches/extract.sh [PAGES_DIR] [RUNS]
#
# Quality: benches/extract_score.py (4-word-shingle F1 and word P/R against each page's
# expected.html, metadata agreement with expected-metadata.json). Time: all pages in one
# command, the median of RUNS runs (default 5), with bash's own clock.
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES=${1:-../shared/web/readability-test-pages}
RUNS=${2:-5}
[ -d "$PAGES" ] || { echo "no pages at $PAGES" >&2; exit 1; }

cargo build --release --quiet --bin crosscheck --example extract_baseline
CROSSCHECK=target/release/crosscheck
BASELINE=target/release/examples/extract_baseline

# Each page as NAME.html, so that crosscheck's source ids are the page names.
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir "$WORK/pages"
for dir in "$PAGES"/*/; do
    name=$(basename "$dir")
    [ -f "$dir/source.html" ] && ln -s "$(realpath "$dir/source.html")" "$WORK/pages/$name.html"
done
count=$(ls "$WORK/pages" | wc -l)

median_ms() { # command... ; prints the median wall time of RUNS runs in ms
    local times=()
    for _ in $(seq "$RUNS"); do
        local start=$EPOCHREALTIME
        "$@" >/dev/null 2>&1 || true
        local end=$EPOCHREALTIME
        times+=("$(echo "($end - $start) * 1000" | bc -l)")
    done
    printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)]}'
}

"$CROSSCHECK" extract --format json "$WORK"/pages/*.html >"$WORK/crosscheck.json" 2>"$WORK/crosscheck.err" || true
"$BASELINE" "$PAGES"/*/source.html >"$WORK/baseline.json" 2>/dev/null
python3 benches/extract_score.py "$PAGES" "$WORK/crosscheck.json" "crosscheck extract"
python3 benches/extract_score.py "$PAGES" "$WORK/baseline.json" "rs-trafilatura alone (extract_bytes)"
cpu_s() { # command... ; prints the user + system CPU time of one run, which a busy host
    # disturbs less than the wall time
    /usr/bin/time -f '%U %S' -o "$WORK/cpu" "$@" >/dev/null 2>&1 || true
    awk '{printf "%.2f", $1 + $2}' "$WORK/cpu"
}

echo
echo "## whole-process time, $count pages in one command (median of $RUNS; CPU of one run)"
echo "crosscheck extract --format json: $(median_ms "$CROSSCHECK" extract --format json "$WORK"/pages/*.html) ms, $(cpu_s "$CROSSCHECK" extract --format json "$WORK"/pages/*.html) s CPU"
echo "rs-trafilatura alone:             $(median_ms "$BASELINE" "$PAGES"/*/source.html) ms, $(cpu_s "$BASELINE" "$PAGES"/*/source.html) s CPU"
