#!/usr/bin/env bash
# Builds the binary to ship and to benchmark, and prints its path:
#
#   benches/dist.sh               # then run the path it prints
#
# The `dist` profile (release plus whole-program optimisation; see Cargo.toml). On Linux with
# glibc it is linked statically as a position-independent executable (static-pie): a run then
# loads no shared library and resolves no symbol before `main`, about a fifth of a small word
# diff, and keeps address-space randomisation, which a fixed-address executable would give up.
# `--target` keeps the static flag off the build scripts and procedural macros, which must stay
# dynamic. Where a static build is not possible it falls back to an ordinary one and says so.
set -uo pipefail
cd "$(dirname "$0")/.."

host=$(rustc -vV | sed -n 's/^host: //p')
if [[ $host == *-linux-gnu ]] &&
  RUSTFLAGS="${RUSTFLAGS:-} -C target-feature=+crt-static" \
    cargo build --profile dist --target "$host" --quiet >&2; then
  echo "target/$host/dist/crosscheck"
else
  [[ $host == *-linux-gnu ]] && echo "dist.sh: no static build here; building a dynamic one" >&2
  cargo build --profile dist --quiet >&2 || exit 1
  echo "target/dist/crosscheck"
fi
