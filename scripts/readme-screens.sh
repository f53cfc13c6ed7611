#!/usr/bin/env bash
# Redraws the README's pictures of the reader (the blocks between <!-- screen:NAME --> markers)
# from the current code, on the bundled corpus. tests/readme.rs draws them and, without
# CROSSCHECK_UPDATE_README, fails when the README's copies are stale.
set -euo pipefail
cd "$(dirname "$0")/.."
CROSSCHECK_UPDATE_README=1 cargo test --quiet --test readme
git diff --stat -- README.md
