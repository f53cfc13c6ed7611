#!/usr/bin/env bash
# Whole-process timings of crosscheck next to the tools a user would otherwise reach for, on the
# same generated inputs, in one run. Prints a Markdown table (paste it into the README).
#
#   benches/compare.sh            # everything (CollateX runs take a few minutes)
#   QUICK=1 benches/compare.sh    # skip the slowest CollateX runs
#
# Installs what it needs when it can: CollateX into a private virtual environment under
# target/bench-venv (from PyPI), and dwdiff, wdiff and GNU time from Debian's packages. An anchor
# that cannot be installed is skipped with a message, never faked.
set -uo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-15}               # repetitions for the fast commands; the median is reported
COLLATEX_TIMEOUT=${COLLATEX_TIMEOUT:-120}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

note() { printf '%s\n' "$*" >&2; }

# The distribution build, as shipped (see benches/dist.sh).
cc=$(benches/dist.sh) || exit 1

# --- anchors -----------------------------------------------------------------------------------
apt_install() {
  local sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo -n"
  $sudo_cmd apt-get install -y -qq "$@" >/dev/null 2>&1 ||
    { $sudo_cmd apt-get update -qq >/dev/null 2>&1 && $sudo_cmd apt-get install -y -qq "$@" >/dev/null 2>&1; }
}
for tool in dwdiff wdiff; do
  command -v "$tool" >/dev/null || apt_install "$tool" || note "skipping $tool: could not install it"
done
[ -x /usr/bin/time ] || apt_install time || note "no GNU time: peak memory will not be reported"

venv=target/bench-venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import collatex, Levenshtein' 2>/dev/null; then
  note "installing CollateX into $venv"
  python3 -m venv "$venv" >/dev/null 2>&1 &&
    "$venv/bin/pip" install -q collatex python-Levenshtein >/dev/null 2>&1 ||
    note "skipping CollateX: could not install it from PyPI"
fi
have_collatex() { "$venv/bin/python" -c 'import collatex, Levenshtein' 2>/dev/null; }

# --- timing ------------------------------------------------------------------------------------
# Microseconds from bash's own clock: no process is started to read it, so a timing holds only
# the command (reading `date` costs about a millisecond, a third of a small word diff).
now_us() { now=${EPOCHREALTIME/./}; }

# Wall time in microseconds of one run of a command, output discarded, in $took.
time_us() {
  local start
  now_us; start=$now
  "$@" >/dev/null 2>&1
  now_us; took=$((now - start))
}

median_of() { # microseconds... -> milliseconds
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}

# Median wall time in milliseconds of RUNS runs of a command.
median_ms() {
  local times=() i
  for ((i = 0; i < RUNS; i++)); do
    time_us "$@"
    times+=("$took")
  done
  median_of "${times[@]}"
}

# Medians in milliseconds of RUNS runs each of two commands given as "A... -- B...", taken in
# turn (A, B, A, B...) so that both see the same machine: this host's speed drifts by more
# than the margins measured over the seconds a block of runs takes. Prints "A B".
paired_median_ms() {
  local a=() b=() arg into=a
  for arg in "$@"; do
    if [ "$into" = a ] && [ "$arg" = "--" ]; then into=b; continue; fi
    if [ "$into" = a ]; then a+=("$arg"); else b+=("$arg"); fi
  done
  local ta=() tb=() i
  for ((i = 0; i < RUNS; i++)); do
    time_us "${a[@]}"; ta+=("$took")
    time_us "${b[@]}"; tb+=("$took")
  done
  echo "$(median_of "${ta[@]}") $(median_of "${tb[@]}")"
}

# Wall time in milliseconds of one run with a timeout; "DNF" when it does not finish.
once_ms() {
  local limit=$1; shift
  local start
  now_us; start=$now
  timeout "$limit" "$@" >/dev/null 2>&1
  local status=$?
  now_us
  if [ $status -eq 124 ]; then echo "DNF"; else awk -v t=$((now - start)) 'BEGIN {printf "%.1f", t/1000}'; fi
}

# Peak resident memory in MB of one run.
peak_mb() {
  [ -x /usr/bin/time ] || { echo "-"; return; }
  /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f", $1/1024}'
}

ratio() { # anchor / crosscheck, or "-" when either is missing
  # Below 10x two decimals, so "crosscheck is 5x slower" reads 0.20x rather than 0x.
  awk -v a="$1" -v c="$2" 'BEGIN { if (a+0 > 0 && c+0 > 0) printf (a/c < 10 ? "%.2fx" : "%.0fx"), a/c; else if (a == "DNF") print "DNF"; else print "-" }'
}

rows=()
row() { rows+=("| $1 | $2 | $3 | $4 | $5 |"); }

# --- collation ---------------------------------------------------------------------------------
collation_case() { # count words
  local n=$1 w=$2 dir="$work/v${1}x${2}"
  "$cc" generate versions --count "$n" --words "$w" --seed 1 --out "$dir"
  local ours anchor="-"
  ours=$(median_ms "$cc" collate --format json "$dir"/*.txt)
  if have_collatex && { [ -z "${QUICK:-}" ] || [ $((n * w)) -le 2500 ]; }; then
    anchor=$(once_ms "$COLLATEX_TIMEOUT" "$venv/bin/python" benches/collatex_run.py "$dir"/*.txt)
  fi
  local shown="$anchor ms"
  case $anchor in DNF) shown="did not finish in ${COLLATEX_TIMEOUT} s" ;; -) shown="skipped" ;; esac
  row "collate $n versions x $w words" "$ours ms" "CollateX: $shown" "$(ratio "$anchor" "$ours")" ""
}
collation_case 5 500
collation_case 20 500
collation_case 5 1000
collation_case 10 1000
collation_case 20 2000

# --- word diff ---------------------------------------------------------------------------------
diff_case() { # label file_a file_b
  local label=$1 a=$2 b=$3 ida idb
  ida=$(basename "${a%.*}"); idb=$(basename "${b%.*}")
  local ours anchor
  local -a crosscheck=("$cc" diff --color never --between "$ida" "$idb" "$a" "$b")
  # Each anchor is timed in turn with crosscheck, so each row is one paired measurement.
  read -r ours anchor < <(paired_median_ms "${crosscheck[@]}" -- git diff --no-index --word-diff=plain "$a" "$b")
  row "$label" "$ours ms" "git diff --word-diff: $anchor ms" "$(ratio "$anchor" "$ours")" "timed in turn"
  for tool in wdiff dwdiff; do
    command -v $tool >/dev/null || continue
    read -r ours anchor < <(paired_median_ms "${crosscheck[@]}" -- "$tool" "$a" "$b")
    row "$label" "$ours ms" "$tool: $anchor ms" "$(ratio "$anchor" "$ours")" "timed in turn"
  done
}
diff_case "word diff, two seed articles" assets/corpus/000_47c4f7aed62dd45f.txt assets/corpus/004_fd2ac79c1a0013a0.txt
"$cc" generate versions --count 2 --words 20000 --seed 3 --out "$work/big"
diff_case "word diff, two 20,000-word texts" "$work/big/v01.txt" "$work/big/v02.txt"

# --- full analysis -----------------------------------------------------------------------------
for n in 100 1000 2000; do
  "$cc" generate corpus --articles "$n" --words 1000 --seed 1 --out "$work/c$n"
  t=$(median_ms "$cc" analyse "$work/c$n")
  m=$(peak_mb "$cc" analyse "$work/c$n")
  row "full analysis, $n articles x 1,000 words" "$t ms" "" "" "peak $m MB"
done

echo "| task | crosscheck | anchor | anchor / crosscheck | notes |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores; median of $RUNS runs (CollateX: one run, ${COLLATEX_TIMEOUT} s limit)."
