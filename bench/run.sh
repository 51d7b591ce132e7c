#!/usr/bin/env bash
# Benchmarks a whole-repository kobolint scan against ripgrep searching the
# same markers, and kobolint alone on a dense corpus of Kobo client code.
# Not run by CI. Usage: bench/run.sh   (settings: see the variables below)
#
#   N=11          alternating kobolint/rg runs on the sparse corpus
#   DENSE_MB=50   size of the dense corpus (the scaling test builds twice it)
#   DENSE_RUNS=3  runs of each dense measurement
#   WORK=/tmp/kobolint-bench   where corpora and the binary go
#   KOBOLINT=path use this binary instead of building one
#   SPARSE_EXCLUDE=glob  also measure the sparse ratio with kobolint told to
#                 --exclude this glob (to see what one slow file costs)
set -euo pipefail

N=${N:-11}
DENSE_MB=${DENSE_MB:-50}
DENSE_RUNS=${DENSE_RUNS:-3}
WORK=${WORK:-/tmp/kobolint-bench}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED_CORPUS=${SHARED_CORPUS:-$REPO/../shared/corpus}

# The marker regex kobolint's prefilter looks for (internal/engine/prefilter.go).
MARKERS='(?i:kobo|formid)|kc\.|kc-|api/v1|assets/|exports/|imports/|num_of_submissions|id_string|public_data|humanitarianresponse'

say() { printf '%s\n' "$*" >&2; }

need() { # command package
	command -v "$1" >/dev/null 2>&1 && return
	say "installing $2 (benchmark only)"
	if [ "$(id -u)" = 0 ]; then
		apt-get update -qq >/dev/null && apt-get install -y -qq "$2" >/dev/null
	else
		sudo apt-get update -qq >/dev/null && sudo apt-get install -y -qq "$2" >/dev/null
	fi
}
need rg ripgrep
[ -x /usr/bin/time ] || { need /usr/bin/time time; }
need python3 python3
need bc bc

mkdir -p "$WORK"
KL=${KOBOLINT:-$WORK/kobolint}
if [ -z "${KOBOLINT:-}" ]; then
	say "building kobolint"
	(cd "$REPO" && go build -o "$KL" ./cmd/kobolint)
fi

# ---------------------------------------------------------------- corpora
# Sparse: the Go and Python standard libraries plus the Kobo fixtures. The
# directories kobolint never enters (vendor, __pycache__, site-packages) are
# left out of the copy so that both tools search the same tree.
SPARSE=$WORK/sparse
if [ ! -f "$SPARSE.done" ]; then
	say "building the sparse corpus in $SPARSE"
	rm -rf "$SPARSE" && mkdir -p "$SPARSE/go" "$SPARSE/py" "$SPARSE/kobo"
	(cd "$(go env GOROOT)/src" && tar cf - --exclude=vendor --exclude=node_modules .) | tar xf - -C "$SPARSE/go"
	PYLIB=$(python3 -c 'import sysconfig;print(sysconfig.get_paths()["stdlib"])')
	(cd "$PYLIB" && find . \( -name site-packages -o -name __pycache__ \) -prune -o -type f -name '*.py' -print0 |
		tar cf - --null -T -) | tar xf - -C "$SPARSE/py"
	cp -r "$REPO/testdata" "$SPARSE/kobo/testdata"
	[ -d "$SHARED_CORPUS" ] && cp -r "$SHARED_CORPUS" "$SPARSE/kobo/corpus"
	touch "$SPARSE.done"
fi

# Dense: every file is Kobo client code: the fixtures (and the shared corpus
# when present) copied until the tree holds DENSE_MB; then twice that.
dense() { # dir megabytes
	local dir=$1 mb=$2 i=0 seed=$WORK/dense-seed
	[ -f "$dir.done" ] && return
	say "building a ${mb} MB dense corpus in $dir"
	rm -rf "$seed" "$dir" && mkdir -p "$seed" "$dir"
	cp -r "$REPO/testdata" "$seed/testdata"
	[ -d "$SHARED_CORPUS" ] && cp -r "$SHARED_CORPUS" "$seed/corpus"
	local unit
	unit=$(du -sb "$seed" | cut -f1)
	local copies=$(((mb * 1000000 + unit - 1) / unit))
	for ((i = 1; i <= copies; i++)); do cp -r "$seed" "$dir/$(printf 'r%04d' "$i")"; done
	touch "$dir.done"
}
DENSE1=$WORK/dense-$DENSE_MB
DENSE2=$WORK/dense-$((2 * DENSE_MB))
dense "$DENSE1" "$DENSE_MB"
dense "$DENSE2" $((2 * DENSE_MB))

bytes_of() { du -sb "$1" | cut -f1; }
files_of() { find "$1" -type f | wc -l; }

# ---------------------------------------------------------------- helpers
# As root, both tools run at the highest priority: other work on a shared
# machine then disturbs the measurement less (it is the same for both).
NICE=()
[ "$(id -u)" = 0 ] && NICE=(nice -n -20)

# wall DIR CMD...: seconds taken, output discarded, exit status ignored
# (kobolint exits 1 when it finds something, rg 1 when it finds nothing).
wall() {
	local dir=$1 s e
	shift
	s=$(date +%s%N)
	(cd "$dir" && "${NICE[@]}" "$@" >/dev/null 2>&1) || true
	e=$(date +%s%N)
	echo "scale=4; ($e - $s) / 1000000000" | bc
}
median() { sort -g | awk '{a[NR]=$1} END {m=int((NR+1)/2); if (NR%2) print a[m]; else printf "%.4f\n", (a[m]+a[m+1])/2}'; }
peak_rss_mb() { # dir cmd...
	local dir=$1
	shift
	{ (cd "$dir" && /usr/bin/time -v "$@" 2>&1 >/dev/null) || true; } | awk -F: '/Maximum resident set size/ {printf "%.0f\n", $2/1024}'
}

# ---------------------------------------------------------------- sparse: ratio to ripgrep
say "warming the page cache"
wall "$SPARSE" rg -c "$MARKERS" . >/dev/null
wall "$SPARSE" "$KL" check --format json . >/dev/null
say "sparse corpus: $N alternating runs"
ratios=() klt=() rgt=()
for ((i = 1; i <= N; i++)); do
	r=$(wall "$SPARSE" rg -c "$MARKERS" .)
	k=$(wall "$SPARSE" "$KL" check --format json .)
	rgt+=("$r") klt+=("$k")
	ratios+=("$(echo "scale=4; $k / $r" | bc)")
	say "  run $i: kobolint ${k}s rg ${r}s"
done
RATIO=$(printf '%s\n' "${ratios[@]}" | median)
KL_MED=$(printf '%s\n' "${klt[@]}" | median)
RG_MED=$(printf '%s\n' "${rgt[@]}" | median)
RSS_SPARSE=$(peak_rss_mb "$SPARSE" "$KL" check --format json .)
RSS_RG=$(peak_rss_mb "$SPARSE" rg -c "$MARKERS" .)
SPARSE_BYTES=$(bytes_of "$SPARSE")
EXCL_LINE=""
if [ -n "${SPARSE_EXCLUDE:-}" ]; then
	say "sparse corpus without $SPARSE_EXCLUDE: $N alternating runs"
	xr=()
	for ((i = 1; i <= N; i++)); do
		r=$(wall "$SPARSE" rg -c "$MARKERS" .)
		k=$(wall "$SPARSE" "$KL" check --format json --exclude "$SPARSE_EXCLUDE" .)
		xr+=("$(echo "scale=4; $k / $r" | bc)")
	done
	EXCL_LINE="  median ratio with kobolint --exclude '$SPARSE_EXCLUDE': $(printf '%s\n' "${xr[@]}" | median), peak RSS $(peak_rss_mb "$SPARSE" "$KL" check --format json --exclude "$SPARSE_EXCLUDE" .) MB"
fi
SPARSE_FILES=$(files_of "$SPARSE")

# ---------------------------------------------------------------- single file (pre-commit)
ONE=$WORK/one
rm -rf "$ONE" && mkdir -p "$ONE"
cp "$REPO/testdata/js/fetch_forms.js" "$ONE/"
wall "$ONE" "$KL" check --format json fetch_forms.js >/dev/null
one=()
for ((i = 1; i <= N; i++)); do one+=("$(wall "$ONE" "$KL" check --format json fetch_forms.js)"); done
ONE_MS=$(printf '%s\n' "${one[@]}" | median | awk '{printf "%.1f", $1 * 1000}')

# ---------------------------------------------------------------- dense: MB/s, scaling, jobs
# The four measurements take turns, so that a disturbance of the machine
# falls on all of them alike.
say "dense corpus: $DENSE_RUNS rounds"
wall "$DENSE1" "$KL" check --format json . >/dev/null
d1=() d2=() j1=() j2=()
for ((i = 1; i <= DENSE_RUNS; i++)); do
	d1+=("$(wall "$DENSE1" "$KL" check --format json .)")
	d2+=("$(wall "$DENSE2" "$KL" check --format json .)")
	j1+=("$(wall "$DENSE1" "$KL" check --format json --jobs 1 .)")
	j2+=("$(wall "$DENSE1" "$KL" check --format json --jobs 2 .)")
	say "  round $i: ${d1[-1]}s, twice ${d2[-1]}s, --jobs 1 ${j1[-1]}s, --jobs 2 ${j2[-1]}s"
done
D1=$(printf '%s\n' "${d1[@]}" | median)
D2=$(printf '%s\n' "${d2[@]}" | median)
J1=$(printf '%s\n' "${j1[@]}" | median)
J2=$(printf '%s\n' "${j2[@]}" | median)
RSS_DENSE1=$(peak_rss_mb "$DENSE1" "$KL" check --format json .)
RSS_DENSE2=$(peak_rss_mb "$DENSE2" "$KL" check --format json .)
DENSE_BYTES=$(bytes_of "$DENSE1")
DENSE_FILES=$(files_of "$DENSE1")
MBS=$(echo "scale=2; $DENSE_BYTES / 1000000 / $D1" | bc)
SCALE=$(echo "scale=3; $D2 / $D1" | bc)
SPEEDUP=$(echo "scale=3; $J1 / $J2" | bc)

# Per front-end speed: each front-end alone, on one core, over one copy of
# the dense corpus's seed (MB/s of the files it is given).
say "per front-end MB/s (go test -bench BenchmarkFrontEnd)"
FE=$( (cd "$REPO" && KOBOLINT_BENCH_DENSE=$WORK/dense-seed go test -run '^$' -bench 'BenchmarkFrontEnd' -benchtime 5x ./internal/engine 2>/dev/null || true) |
	awk '/^BenchmarkFrontEnd\// {sub(/^BenchmarkFrontEnd\//, "", $1); sub(/-[0-9]+$/, "", $1); for (i = 1; i <= NF; i++) if ($(i+1) == "MB/s") printf "  %-10s %8s MB/s\n", $1, $i}')

# ---------------------------------------------------------------- report
cat <<EOF

$("$KL" --version 2>/dev/null || true)
machine: $(nproc) CPUs, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(go version | awk '{print $3}'), $(rg --version 2>/dev/null | sed -n 1p)

sparse corpus: $SPARSE_FILES files, $((SPARSE_BYTES / 1000000)) MB (Go + Python standard libraries, Kobo fixtures)
  kobolint check --format json .   median ${KL_MED}s
  rg -c MARKERS .                  median ${RG_MED}s
  median ratio kobolint/rg         ${RATIO}   (target <= 1.5, aim 1.2)
  peak RSS kobolint ${RSS_SPARSE} MB, rg ${RSS_RG} MB   (target <= 100 MB)
$EXCL_LINE

single file (pre-commit): median ${ONE_MS} ms   (target < 20 ms)

dense corpus: $DENSE_FILES files, $((DENSE_BYTES / 1000000)) MB of Kobo client code
  whole process: ${D1}s, $MBS MB/s
  twice the corpus: ${D2}s, ${SCALE}x   (target <= 2.1x)
  --jobs 1 ${J1}s, --jobs 2 ${J2}s: speed-up ${SPEEDUP}x   (target >= 1.6x)
  peak RSS ${RSS_DENSE1} MB, twice the corpus ${RSS_DENSE2} MB
per front-end, one core:
$FE
EOF
