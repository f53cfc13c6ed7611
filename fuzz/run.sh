#!/usr/bin/env bash
# Fuzz crosscheck: fuzz/run.sh SECONDS [TARGET...]
#
# Runs each target (all of them when none is named) for SECONDS, one after another, on inputs of
# at most 64 KiB, counting any input that takes over 2 s as a failure. Each target keeps its
# corpus in fuzz/corpus/TARGET, seeded on the first run from the bundled articles, the config
# example and fuzz/seeds; crashes and timeouts land in fuzz/artifacts/TARGET. Both folders are
# ignored by git. Prints one line per target: run time, executions, crashes, timeouts.
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`). It runs on the stable toolchain: without a
# sanitizer (`--sanitizer none`) nothing needs nightly's -Z flags, and libFuzzer still reports
# every panic (as a crash) and every slow input. Debug assertions are on (`-a`), so arithmetic
# overflow panics too. Extra libFuzzer flags can be passed in FUZZ_FLAGS, e.g. FUZZ_FLAGS=-jobs=2.
set -euo pipefail
cd "$(dirname "$0")"

ALL=(load sanitise analysis collate bookmarks config reader)
# HTML is loaded by `load` (and the article targets) through the extension a piece's first byte
# picks: see NAMES in src/lib.rs.

if [ $# -lt 1 ] || ! [[ $1 =~ ^[0-9]+$ ]]; then
  echo "usage: fuzz/run.sh SECONDS [TARGET...]   (targets: ${ALL[*]})" >&2
  exit 2
fi
seconds=$1
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${ALL[@]}")

repo=$(cd .. && pwd)

# First run: copy seeds into the target's corpus. Article targets get the bundled articles
# (their first byte then picks the format as in src/lib.rs) and the hand-made inputs.
seed() {
  local target=$1 dir=corpus/$1
  [ -d "$dir" ] && return
  mkdir -p "$dir"
  case $target in
    config)
      cp "$repo/config.example.toml" "$dir/example.toml"
      printf '[theme]\naccent = "nope"\n' >"$dir/bad_colour.toml"
      printf 'tab_width = 0\npane_min_width = 0\n[keys]\n"j" = "none"\n' >"$dir/zeroes.toml"
      ;;
    bookmarks)
      cp seeds/bookmarks/* "$dir/"
      for f in "$repo"/assets/corpus/*.txt; do
        { cat seeds/bookmarks/two.json; printf '\0'; cat "$f"; } >"$dir/with_$(basename "$f")"
      done
      ;;
    sanitise)
      for f in "$repo"/assets/corpus/*.txt seeds/articles/*; do
        { printf '\4'; cat "$f"; } >"$dir/$(basename "$f")"
      done
      ;;
    *)
      cp "$repo"/assets/corpus/*.txt "$dir/"
      cp seeds/articles/* "$dir/"
      ;;
  esac
}

mkdir -p logs
summary=()
for target in "${targets[@]}"; do
  seed "$target"
  log=logs/$target.log
  before_crashes=$(ls artifacts/"$target"/crash-* 2>/dev/null | wc -l || true)
  before_timeouts=$(ls artifacts/"$target"/timeout-* 2>/dev/null | wc -l || true)
  started=$(date +%s)
  # libFuzzer stops at the first crash or timeout; the artifact is left for a regression test.
  set +e
  cargo fuzz run --sanitizer none -a "$target" "corpus/$target" -- \
    -max_len=65536 -timeout=2 -max_total_time="$seconds" -print_final_stats=1 \
    -dict=articles.dict ${FUZZ_FLAGS:-} >"$log" 2>&1
  status=$?
  set -e
  took=$(($(date +%s) - started))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  [ -n "$execs" ] || execs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
  crashes=$(($(ls artifacts/"$target"/crash-* 2>/dev/null | wc -l || true) - before_crashes))
  timeouts=$(($(ls artifacts/"$target"/timeout-* 2>/dev/null | wc -l || true) - before_timeouts))
  line=$(printf '%-10s %5ss  %10s execs  %s crashes  %s timeouts  (exit %s, corpus %s)' \
    "$target" "$took" "${execs:-?}" "$crashes" "$timeouts" "$status" \
    "$(ls "corpus/$target" | wc -l)")
  echo "$line"
  summary+=("$line")
done
echo "== summary"
printf '%s\n' "${summary[@]}"
