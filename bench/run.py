"""The benchmark: `make bench` (see docs/performance.md).

Builds the synthetic corpus (bench/gen_corpus.py, fixed seed) into bench/corpus/ (gitignored)
and measures, each figure the median of several runs in this one invocation:

- parse-only: a fresh Python process that reads every file and parses it with esprima-fork
  using the converter's parse options (and the `_=` retry for bare anonymous functions);
- convert: a fresh `rules2actions convert CORPUS -o OUT --force -q` (start-up, analysis,
  fixers, edits, rendering, the mandatory re-parse of every Action, and the writes);
- the ratio convert / parse-only, the median time per rule (in-process), peak RSS of the
  convert process (on a quarter of the corpus and on all of it: memory must be flat);
- `rules2actions --version` and `rules2actions check ONE_RULE` wall time;
- `-j N` speed-up of convert and check over `-j 1`.

Then it prints PASS/FAIL per target and exits 1 when one fails (`--no-fail` to only report).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CLI = str(BIN / "rules2actions")

PARSE_ONLY = r"""
import sys
from pathlib import Path
import esprima
from converter.parser import OPTIONS
for path in sorted(Path(sys.argv[1]).rglob("*.js")):
    text = path.read_bytes().decode("utf-8").lstrip("\ufeff")
    try:
        esprima.parseScript(text, OPTIONS)
    except esprima.Error:
        try:
            esprima.parseScript("_=" + text, OPTIONS)
        except esprima.Error:
            pass
"""

PER_RULE = r"""
import json, statistics, sys, time
from pathlib import Path
from converter.pipeline import convert_bytes
times = []
for path in sorted(Path(sys.argv[1]).rglob("*.js")):
    data = path.read_bytes()
    start = time.perf_counter()
    convert_bytes(str(path), data)
    times.append(time.perf_counter() - start)
print(json.dumps({"median": statistics.median(times), "max": max(times)}))
"""


def wall(command: list[str], **kwargs) -> tuple[float, int]:
    """Wall time in seconds and peak RSS (KiB) of one process (and its waited children)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss


BEST: dict[str, float] = {}  # best (minimum) wall time per command, shown for -j


def median_of(runs: int, command: list[str]) -> tuple[float, int]:
    results = [wall(command) for _ in range(runs)]
    BEST[" ".join(command)] = min(r[0] for r in results)
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--no-fail", action="store_true")
    parser.add_argument("--corpus", default=str(ROOT / "bench" / "corpus"))
    parser.add_argument("--skip-parallel", action="store_true", help="for versions without -j")
    args = parser.parse_args()

    load_before = os.getloadavg()[0]
    corpus = Path(args.corpus)
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "gen_corpus.py"),
            str(corpus),
            "--count",
            str(args.count),
        ],
        check=True,
    )
    quarter = Path(str(corpus) + "-quarter")
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "gen_corpus.py"),
            str(quarter),
            "--count",
            str(args.count // 4),
        ],
        check=True,
    )
    files = sorted(corpus.rglob("*.js"))
    size = sum(f.stat().st_size for f in files)
    one_rule = str(files[len(files) // 2])
    out = Path(tempfile.mkdtemp(prefix="r2a-bench-"))
    rows: list[tuple[str, str]] = []
    checks: list[tuple[str, bool, str]] = []
    try:
        parse, _ = median_of(args.runs, [sys.executable, "-c", PARSE_ONLY, str(corpus)])
        convert_cmd = [CLI, "convert", str(corpus), "-o", str(out / "j1"), "--force", "-q"]
        convert, rss = median_of(args.runs, convert_cmd)
        _, rss_quarter = wall([CLI, "convert", str(quarter), "-o", str(out / "q"), "--force", "-q"])
        per_rule = json.loads(
            subprocess.run(
                [sys.executable, "-c", PER_RULE, str(corpus)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        version, _ = median_of(max(args.runs, 10), [CLI, "--version"])
        check_one, _ = median_of(max(args.runs, 10), [CLI, "check", one_rule])
        ratio = convert / parse
        rows += [
            ("files", f"{len(files)}"),
            ("bytes", f"{size:,}"),
            ("esprima parse-only", f"{parse:.2f} s"),
            ("convert (-j 1)", f"{convert:.2f} s"),
            ("convert / parse-only", f"{ratio:.2f}x"),
            ("median per rule (in-process)", f"{per_rule['median'] * 1000:.1f} ms"),
            ("slowest rule (in-process)", f"{per_rule['max'] * 1000:.1f} ms"),
            (f"peak RSS convert, {len(files) // 4} files", f"{rss_quarter / 1024:.0f} MiB"),
            (f"peak RSS convert, {len(files)} files", f"{rss / 1024:.0f} MiB"),
            ("rules2actions --version", f"{version * 1000:.0f} ms"),
            ("check of one rule", f"{check_one * 1000:.0f} ms"),
        ]
        checks += [
            ("convert <= 1.5x parse-only", ratio <= 1.5, f"{ratio:.2f}x"),
            ("--version <= 150 ms", version <= 0.150, f"{version * 1000:.0f} ms"),
            ("check one rule <= 300 ms", check_one <= 0.300, f"{check_one * 1000:.0f} ms"),
            (
                "memory flat (RSS all <= 1.25x RSS quarter)",
                rss <= 1.25 * rss_quarter,
                f"{rss_quarter / 1024:.0f} -> {rss / 1024:.0f} MiB",
            ),
        ]
        if not args.skip_parallel:
            jobs = args.jobs
            parallel_cmd = [CLI, "convert", str(corpus), "-o", str(out / "jn"), "--force", "-q"]
            parallel_cmd += ["-j", str(jobs)]
            check_1_cmd = [CLI, "check", str(corpus), "-j", "1"]
            check_n_cmd = [CLI, "check", str(corpus), "-j", str(jobs)]
            parallel, _ = median_of(args.runs, parallel_cmd)
            check_1, _ = median_of(args.runs, check_1_cmd)
            check_n, _ = median_of(args.runs, check_n_cmd)

            def best(one: list[str], many: list[str]) -> float:
                return BEST[" ".join(one)] / BEST[" ".join(many)]

            same = subprocess.run(["diff", "-r", str(out / "j1"), str(out / "jn")]).returncode
            rows += [
                (f"convert -j {jobs}", f"{parallel:.2f} s ({convert / parallel:.2f}x)"),
                ("check -j 1", f"{check_1:.2f} s"),
                (f"check -j {jobs}", f"{check_n:.2f} s ({check_1 / check_n:.2f}x)"),
                (
                    f"-j {jobs} speed-up, best run of each",
                    f"convert {best(convert_cmd, parallel_cmd):.2f}x, "
                    f"check {best(check_1_cmd, check_n_cmd):.2f}x",
                ),
            ]
            checks += [
                (
                    f"convert -j {jobs} >= 1.6x",
                    convert / parallel >= 1.6,
                    f"{convert / parallel:.2f}x",
                ),
                (f"check -j {jobs} >= 1.6x", check_1 / check_n >= 1.6, f"{check_1 / check_n:.2f}x"),
                (f"convert -j {jobs} output identical to -j 1", same == 0, ""),
            ]
    finally:
        shutil.rmtree(out, ignore_errors=True)

    validator = os.environ.get("RULES2ACTIONS_VALIDATOR", "auto")
    print(
        f"\nrules2actions benchmark ({args.runs} runs, median; validator={validator}; "
        f"{os.cpu_count()} cores; load average {load_before:.1f} before, "
        f"{os.getloadavg()[0]:.1f} after)\n"
    )
    if os.getloadavg()[0] > (os.cpu_count() or 1) / 2:
        print("note: other processes were busy: the timings (above all -j) are pessimistic\n")
    width = max(len(name) for name, _ in rows)
    print(f"| {'measure'.ljust(width)} | value |")
    print(f"|{'-' * (width + 2)}|-------|")
    for name, value in rows:
        print(f"| {name.ljust(width)} | {value} |")
    print()
    for name, ok, detail in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {name}  ({detail})")
    failed = not all(ok for _, ok, _ in checks)
    return 1 if failed and not args.no_fail else 0


if __name__ == "__main__":
    sys.exit(main())
