#!/usr/bin/env python3
"""Measures every target of issue 16 (speed and memory) in one run.

Run it through bench/targets.sh, which installs ripgrep and builds kobolint.
Corpora are built once in $WORK from what a machine with Go and Python has;
the shared benchmark corpus ($SHARED/corpus) is used as the Kobo seed when it
is there, the repository's testdata/ otherwise.

    mixed   the recipe of the shared speed benchmark (../shared/bench/speed.sh):
            $(go env GOROOT)/src whole, Python's stdlib (*.py *.txt *.json
            *.cfg, no site-packages), the Kobo seed planted in it
    dense   the Kobo seed copied 40 and 80 times
    big     one file per language: the files of that language in the seed
            and testdata/ concatenated to 7.5 MB, and the same text twice
            (15 MB)
    one     testdata/js/fetch_forms.js alone in a folder outside any
            repository (the pre-commit case)

Times are wall-clock of the whole process; runs of the commands being
compared alternate, and medians are reported, because the machine may be
shared. Peak RSS is the process's ru_maxrss.
"""
import os
import shutil
import statistics
import subprocess
import sys
import time

KL = os.environ["KL"]
REPO = os.environ["REPO"]
WORK = os.environ["WORK"]
SHARED = os.environ.get("SHARED", "")
N = int(os.environ.get("N", "11"))
RUNS = int(os.environ.get("RUNS", "3"))

# The shared benchmark's regex for ripgrep: what kobolint reports, as one
# pattern (ripgrep counts matching lines; kobolint parses what it lets
# through its prefilter).
RG_PATTERN = (r"kc(-eu)?\.kobotoolbox\.org|kc\.humanitarianresponse\.info|/api/v1/|"
              r"(kf|eu|kobo)\.(kobotoolbox\.org|humanitarianresponse\.info)/(assets|exports|imports)/|"
              r"(?-u:\b)(num_of_submissions|id_string|formid|public_data|data_filename)(?-u:\b)")

LANGS = [".py", ".js", ".ts", ".R", ".cs", ".sh", ".go"]


def say(*a):
    print(*a, file=sys.stderr, flush=True)


def seed_dir():
    if SHARED and os.path.isdir(os.path.join(SHARED, "corpus")):
        return os.path.join(SHARED, "corpus"), "the shared corpus"
    return os.path.join(REPO, "testdata"), "testdata/"


def tree_size(d):
    files = size = 0
    for root, _, names in os.walk(d):
        for n in names:
            p = os.path.join(root, n)
            if os.path.isfile(p) and not os.path.islink(p):
                files += 1
                size += os.path.getsize(p)
    return files, size


def run(cmd, cwd=None):
    """Wall seconds, CPU seconds and peak RSS (MB) of one run; output discarded."""
    with open(os.devnull, "w") as out:
        t = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.PIPE)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t
        err = p.stderr.read().decode(errors="replace")
        p.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if cmd[0] == KL and code not in (0, 1):
        sys.exit(f"{' '.join(cmd)}: exit {code}\n{err[-2000:]}")
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024


def alternate(cmds, runs, cwd=None):
    """Runs the commands in turn, runs times; per command the lists of results."""
    for c in cmds.values():
        run(c, cwd)  # page cache
    res = {k: [] for k in cmds}
    for _ in range(runs):
        for k, c in cmds.items():
            res[k].append(run(c, cwd))
    return res


med = statistics.median


def walls(rs):
    return [r[0] for r in rs]


def verdict(ok):
    return "pass" if ok else "FAIL"


# ---------------------------------------------------------------- corpora
def build_mixed(seed):
    dest = os.path.join(WORK, "mixed")
    if os.path.exists(os.path.join(dest, ".done")):
        return dest
    say(f"building the mixed corpus in {dest}")
    shutil.rmtree(dest, ignore_errors=True)
    goroot = subprocess.check_output(["go", "env", "GOROOT"], text=True).strip()
    shutil.copytree(os.path.join(goroot, "src"), os.path.join(dest, "go-src"), symlinks=True)
    import sysconfig
    py = sysconfig.get_paths()["stdlib"]
    for root, dirs, names in os.walk(py):
        dirs[:] = [d for d in dirs if d != "site-packages"]
        for n in names:
            if os.path.splitext(n)[1] in (".py", ".txt", ".json", ".cfg"):
                src = os.path.join(root, n)
                dst = os.path.join(dest, "py-stdlib", os.path.relpath(src, py))
                os.makedirs(os.path.dirname(dst), exist_ok=True)
                shutil.copyfile(src, dst)
    shutil.copytree(seed, os.path.join(dest, "planted"), symlinks=True)
    open(os.path.join(dest, ".done"), "w").close()
    return dest


def build_dense(seed, copies):
    dest = os.path.join(WORK, f"dense-x{copies}")
    if os.path.exists(dest + ".done"):
        return dest
    say(f"building {dest}")
    shutil.rmtree(dest, ignore_errors=True)
    for i in range(1, copies + 1):
        shutil.copytree(seed, os.path.join(dest, f"c{i:03d}"), symlinks=True)
    open(dest + ".done", "w").close()
    return dest


def build_big(seeds, ext, size):
    """A file of about size bytes made of whole files of the seeds, and one twice it."""
    dest = os.path.join(WORK, "big")
    half, full = os.path.join(dest, "half" + ext), os.path.join(dest, "full" + ext)
    if os.path.exists(full):
        return half, full
    parts = []
    for seed in seeds:
        for root, _, names in sorted(os.walk(seed)):
            for n in sorted(names):
                if n.endswith(ext):
                    with open(os.path.join(root, n), "rb") as f:
                        b = f.read()
                    parts.append(b if b.endswith(b"\n") else b + b"\n")
    if not parts:
        return None, None
    os.makedirs(dest, exist_ok=True)
    out, n, i = [], 0, 0
    while n < size:
        p = parts[i % len(parts)]
        out.append(p)
        n += len(p)
        i += 1
    text = b"".join(out)
    with open(half, "wb") as f:
        f.write(text)
    with open(full, "wb") as f:
        f.write(text + text)
    return half, full


# ---------------------------------------------------------------- measurements
def stress_files(n):
    """Files of n request/decode pairs, and of n names each with an if."""
    kc = '"https://kc.kobotoolbox.org"'
    py = ["import requests", f"KC = {kc}"]
    js = [f"const KC = {kc};", "async function main() {"]
    r = ["library(httr)", f"kc <- {kc}"]
    go = ["package main", f"const kc = {kc}", "func main() {"]
    ifs_py, ifs_r = [f"KC = {kc}"], [f"kc <- {kc}"]
    for i in range(n):
        py += [f'r{i} = requests.get(KC + "/api/v1/data/{i}")', f"x{i} = r{i}.json()"]
        js += [f'  const r{i} = await fetch(KC + "/api/v1/data/{i}");', f"  const x{i} = await r{i}.json();"]
        r += [f'r{i} <- GET(paste0(kc, "/api/v1/forms"))', f"x{i} <- content(r{i})"]
        go += [f'\tv{i} := kc + "/x/{i}"', f'\tif len(v{i}) > 3 {{ v{i} = v{i} + "/" }}']
        ifs_py += [f'v{i} = KC + "/x/{i}"', f'if v{i}:\n    v{i} = v{i} + "/"']
        ifs_r += [f'v{i} <- paste0(kc, "/x/{i}")', f'if (nchar(v{i}) > 3) {{ v{i} <- paste0(v{i}, "/") }}']
    js.append("}")
    go.append("}")
    files = {"pairs.py": py, "pairs.js": js, "pairs.R": r, "ifs.go": go, "ifs.py": ifs_py, "ifs.R": ifs_r}
    return {name: "\n".join(lines) + "\n" for name, lines in files.items()}


def main():
    seed, seed_name = seed_dir()
    os.makedirs(WORK, exist_ok=True)
    lines = []

    def out(s):
        lines.append(s)
        say(s)

    ver = subprocess.run([KL, "--version"], capture_output=True, text=True).stdout.strip()
    rgv = subprocess.run(["rg", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    mem = next((int(l.split()[1]) // 1024 // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
    gov = subprocess.check_output(["go", "version"], text=True).split()[2]
    out(f"{ver}; {os.cpu_count()} CPUs, {cpu}, {mem} GB, {gov}, {rgv}; "
        f"load average {os.getloadavg()[0]:.1f} at the start; Kobo seed: {seed_name}")

    # Whole-repository scan against ripgrep.
    mixed = build_mixed(seed)
    f, b = tree_size(mixed)
    say(f"mixed corpus: {N} alternating runs")
    r = alternate({"rg": ["rg", "-c", RG_PATTERN, mixed],
                   "kl": [KL, "check", "--format", "json", mixed]}, N)
    ratios = [k[0] / g[0] for k, g in zip(r["kl"], r["rg"])]
    ratio, rss = med(ratios), max(x[2] for x in r["kl"])
    out(f"mixed corpus ({f} files, {b / 1e6:.0f} MB): kobolint {med(walls(r['kl'])):.3f} s, "
        f"rg {med(walls(r['rg'])):.3f} s, median ratio {ratio:.2f} (min {min(ratios):.2f}, "
        f"max {max(ratios):.2f}; target <= 1.5, aim 1.2: {verdict(ratio <= 1.5)}); "
        f"CPU {med([x[1] for x in r['kl']]):.2f} s vs {med([x[1] for x in r['rg']]):.2f} s")
    out(f"  peak RSS {rss:.0f} MB (rg {max(x[2] for x in r['rg']):.0f} MB; target <= 100 MB: {verdict(rss <= 100)})")

    # Dense Kobo code: memory must not grow with findings.
    d1, d2 = build_dense(seed, 40), build_dense(seed, 80)
    say(f"dense corpora: {RUNS} alternating runs")
    r = alternate({"x40": [KL, "check", "--format", "json", d1],
                   "x80": [KL, "check", "--format", "json", d2]}, RUNS)
    m1, m2 = med([x[2] for x in r["x40"]]), med([x[2] for x in r["x80"]])
    t1, t2 = med(walls(r["x40"])), med(walls(r["x80"]))
    for d, t, m in ((d1, t1, m1), (d2, t2, m2)):
        f, b = tree_size(d)
        du = int(subprocess.check_output(["du", "-sk", d]).split()[0]) / 1000
        out(f"dense {os.path.basename(d)} ({f} files, {b / 1e6:.1f} MB, {du:.0f} MB on disk): "
            f"{t:.2f} s, {b / 1e6 / t:.2f} MB/s, peak RSS {m:.0f} MB")
    out(f"  twice the corpus: time {t2 / t1:.2f}x, peak RSS {m2 / m1:.2f}x "
        f"(target <= 1.3x: {verdict(m2 / m1 <= 1.3)}; <= 150 MB at x80: {verdict(m2 <= 150)})")

    # --jobs on dense code.
    say(f"--jobs 1 / --jobs 2: {RUNS} alternating runs")
    r = alternate({"j1": [KL, "check", "--format", "json", "--jobs", "1", d1],
                   "j2": [KL, "check", "--format", "json", "--jobs", "2", d1]}, RUNS)
    j1, j2 = med(walls(r["j1"])), med(walls(r["j2"]))
    out(f"--jobs 1 {j1:.2f} s, --jobs 2 {j2:.2f} s on dense x40: {j1 / j2:.2f}x "
        f"(target >= 1.6x: {verdict(j1 / j2 >= 1.6)})")

    # One large file per language.
    say(f"large files: {RUNS} alternating runs each")
    worst_rss, lin = 0, []
    for ext in LANGS:
        half, full = build_big(sorted({seed, os.path.join(REPO, "testdata")}), ext, 7_500_000)
        if not half:
            continue
        r = alternate({"half": [KL, "check", "--format", "json", half],
                       "full": [KL, "check", "--format", "json", full]}, RUNS)
        th, tf = med(walls(r["half"])), med(walls(r["full"]))
        mh, mf = max(x[2] for x in r["half"]), max(x[2] for x in r["full"])
        ch, cf = med([x[1] for x in r["half"]]), med([x[1] for x in r["full"]])
        worst_rss = max(worst_rss, mf)
        lin.append(cf / ch)
        out(f"  {ext:4} {os.path.getsize(half) / 1e6:.1f} MB: {th:.2f} s (CPU {ch:.2f} s), {mh:.0f} MB; "
            f"{os.path.getsize(full) / 1e6:.1f} MB: {tf:.2f} s (CPU {cf:.2f} s), {mf:.0f} MB; "
            f"CPU twice the size {cf / ch:.2f}x")
    out(f"large files: worst peak RSS at 15 MB {worst_rss:.0f} MB (target <= 150 MB: {verdict(worst_rss <= 150)}); "
        f"CPU time 15 MB / 7.5 MB {min(lin):.2f}-{max(lin):.2f}x "
        f"(linear: <= 2.3x: {verdict(max(lin) <= 2.3)})")

    # The pre-commit case.
    one = os.path.join(WORK, "one")
    shutil.rmtree(one, ignore_errors=True)
    os.makedirs(one)
    shutil.copy(os.path.join(REPO, "testdata", "js", "fetch_forms.js"), one)
    r = alternate({"one": [KL, "check", "--format", "json", "fetch_forms.js"]}, 2 * N + 1, cwd=one)
    w = med(walls(r["one"])) * 1000
    out(f"single file: median {w:.1f} ms (CPU {med([x[1] for x in r['one']]) * 1000:.1f} ms, "
        f"min {min(walls(r['one'])) * 1000:.1f} ms; target < 20 ms: {verdict(w < 20)})")

    # Files whose size is in statements the analysis looks back over: a
    # request then its decode, thousands of times in one scope; thousands
    # of ifs over as many names. Their time must grow with the file, not
    # with its square (two such features once took 200 s and 7.6 s here).
    stress = os.path.join(WORK, "stress")
    shutil.rmtree(stress, ignore_errors=True)
    os.makedirs(stress)
    for name, text in stress_files(3000).items():
        with open(os.path.join(stress, name), "w") as fh:
            fh.write(text)
    worst = 0.0
    for name in sorted(os.listdir(stress)):
        r = alternate({"s": [KL, "check", "--format", "json", name]}, 3, cwd=stress)
        worst = max(worst, med(walls(r["s"])))
    out(f"stress files (3,000 request/decode pairs or ifs in one scope, py/R/js/go): "
        f"worst {worst:.2f} s (target < 3 s, linear work: {verdict(worst < 3)})")

    if SHARED and os.path.exists(os.path.join(SHARED, "bench", "speed.sh")):
        say("the shared benchmark, on the same mixed corpus")
        sh = subprocess.run([os.path.join(SHARED, "bench", "speed.sh"), KL], cwd=REPO,
                            env=dict(os.environ, SPEED_CORPUS=mixed), capture_output=True, text=True)
        out("shared bench/speed.sh: " + (sh.stdout.strip() or sh.stderr.strip()))

    print("\n".join(lines))


main()
