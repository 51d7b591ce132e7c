#!/usr/bin/env bash
# Regenerates the rule list of README.md from rules/table.yaml.
set -euo pipefail
cd "$(dirname "$0")/.."
table=$(go run ./cmd/kobolint rules --markdown)
awk -v table="$table" '
  /<!-- rules:start -->/ { print; print table; skip = 1; next }
  /<!-- rules:end -->/   { skip = 0 }
  !skip
' README.md > README.md.tmp
mv README.md.tmp README.md
