#!/usr/bin/env bash
# Measures every target of issue 16 in one command: the ratio to ripgrep on
# the mixed corpus of the shared speed benchmark (rebuilt here from Go's and
# Python's standard libraries), peak memory on dense Kobo code and its growth
# when the corpus doubles, 7.5 and 15 MB single files, `--jobs 2` against
# `--jobs 1`, and a single-file run. Not run by CI.
# Usage: bench/targets.sh        (bench/targets.py describes the corpora)
#
#   N=11          alternating kobolint/rg runs (single file: 2N+1 runs)
#   RUNS=3        runs of each dense and large-file measurement
#   WORK=/tmp/kobolint-bench-targets   where corpora and the binary go
#   KOBOLINT=path use this binary instead of building one
#   SHARED=dir    the shared folder (default ../shared beside the repository;
#                 optional): its corpus is the Kobo seed, and its
#                 bench/speed.sh is run too, on the same corpus
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export REPO
export WORK=${WORK:-/tmp/kobolint-bench-targets}
SHARED=${SHARED:-$REPO/../shared}
[ -d "$SHARED" ] && SHARED=$(cd "$SHARED" && pwd) || SHARED=""
export SHARED

need() { # command package
	command -v "$1" >/dev/null 2>&1 && return
	echo "installing $2 (benchmark only)" >&2
	local sudo=()
	[ "$(id -u)" = 0 ] || sudo=(sudo)
	"${sudo[@]}" apt-get update -qq >/dev/null && "${sudo[@]}" apt-get install -y -qq "$2" >/dev/null
}
need rg ripgrep
need python3 python3

mkdir -p "$WORK"
KL=${KOBOLINT:-$WORK/kobolint}
if [ -z "${KOBOLINT:-}" ]; then
	echo "building kobolint" >&2
	(cd "$REPO" && go build -o "$KL" ./cmd/kobolint)
fi
KL=$(cd "$(dirname "$KL")" && pwd)/$(basename "$KL")
export KL
echo "commit $(git -C "$REPO" rev-parse --short HEAD)$(git -C "$REPO" diff --quiet HEAD || echo ' (with uncommitted changes)')" >&2
exec python3 "$REPO/bench/targets.py"
