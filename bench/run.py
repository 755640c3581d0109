"""The benchmark: `make bench` (see docs/performance.md).

Builds two deterministic corpora (bench/gen_corpus.py, fixed seed) under bench/ (gitignored):

- the **real-sized** corpus (`bench/corpus-real/`, 300 rules): the size distribution of real
  rule sets (per rule 10th percentile 0.5 KB, median 1.3 KB, 90th percentile 3.6 KB, largest
  17 KB; ~530 KB) with the idiom mix of the survey;
- the **uniform** corpus (`bench/corpus/`, 2,000 rules of 0.5-10 KB), and a quarter of it
  to see how memory grows with the number of files.

Every figure is the median of several runs in this one invocation, and the processes whose
ratio is a target run in turns within each round (parse-only, convert, jscodeshift, ...),
so that a burst of load from other processes hits them alike:

- parse-only: a fresh Python process that reads every file and parses it once with
  esprima-fork's `range` and `comment` options (`converter.parser.OPTIONS`; the shape
  decided before the parse, as the converter does): the reference parse of the targets.
  The converter itself gets the same comments more cheaply (docs/performance.md). The
  issue's measure, with the `_=` retry after a failed Script parse, is shown beside it;
- convert: a fresh `rules2actions convert CORPUS -o OUT --force -q` (start-up, analysis,
  fixers, edits, rendering, the mandatory re-parse of every Action, and the writes);
- jscodeshift (where Node and npm are present; installed once into bench/.cache/, never
  committed): a dry run of a transform that renames one idiom (`context.clientID` →
  `event.client.client_id`) on the same files, in one process (`--run-in-band`) and with
  its workers; SKIP without Node or without network;
- `-j N` speed-up of convert (and check) over `-j 1`, outputs compared byte for byte;
- `rules2actions --version` and `rules2actions check ONE_RULE` wall time (median of 10);
- peak RSS (`wait4`: the process and its waited children, i.e. the Node validator).

Then it prints PASS/FAIL per target and exits 1 when one fails (`--no-fail` to only report).
`--tiny` runs every measure once on a few files (a smoke test, no targets enforced).
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
CACHE = Path(os.environ.get("RULES2ACTIONS_BENCH_CACHE", ROOT / "bench" / ".cache"))
JSCODESHIFT_VERSION = "17"

sys.path.insert(0, str(ROOT / "bench"))
import gen_corpus  # noqa: E402

# One parse per file, the shape decided before the parse as the converter does (where the
# converter can say so: `converter.parser.parse_options`), else by the failing first parse.
PARSE_ONLY = r"""
import sys
from pathlib import Path
import esprima
from converter.parser import OPTIONS
try:
    from converter.parser import bare_function_start
except ImportError:
    bare_function_start = None
for path in sorted(Path(sys.argv[1]).rglob("*.js")):
    text = path.read_bytes().decode("utf-8").lstrip("\ufeff")
    if bare_function_start is not None:
        at = bare_function_start(text)
        if at is not None:
            text = text[:at] + "_=" + text[at:]
        try:
            esprima.parseScript(text, OPTIONS)
        except esprima.Error:
            pass
        continue
    try:
        esprima.parseScript(text, OPTIONS)
    except esprima.Error:
        try:
            esprima.parseScript("_=" + text, OPTIONS)
        except esprima.Error:
            pass
"""

# The measure of the issue: a Script parse first, the `_=` retry when it fails.
PARSE_RETRY = r"""
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

# A jscodeshift transform that renames one idiom.
TRANSFORM = r"""
module.exports = function (file, api) {
  const j = api.jscodeshift;
  const root = j(file.source);
  let changed = false;
  root
    .find(j.MemberExpression, {
      object: { type: "Identifier", name: "context" },
      property: { type: "Identifier", name: "clientID" },
    })
    .forEach((path) => {
      path.replace(j.memberExpression(
        j.memberExpression(j.identifier("event"), j.identifier("client")),
        j.identifier("client_id")));
      changed = true;
    });
  return changed ? root.toSource() : null;
};
"""


CPU: dict[str, float] = {}  # CPU seconds (user + system) of the last `wall` per command


def wall(command: list[str], **kwargs) -> tuple[float, int]:
    """Wall time in seconds and peak RSS (KiB) of one process (and its waited children)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    CPU[" ".join(command)] = usage.ru_utime + usage.ru_stime
    return elapsed, usage.ru_maxrss


class Rounds:
    """Several commands measured in turns, ``runs`` rounds; medians, and the median of the
    per-round ratios (paired: both sides of a ratio ran next to each other)."""

    def __init__(self, runs: int):
        self.runs = runs
        self.times: dict[str, list[float]] = {}
        self.cpu: dict[str, list[float]] = {}
        self.rss: dict[str, int] = {}

    def run(self, commands: dict[str, list[str]]) -> None:
        for _ in range(self.runs):
            for name, command in commands.items():
                elapsed, rss = wall(command)
                self.times.setdefault(name, []).append(elapsed)
                self.cpu.setdefault(name, []).append(CPU[" ".join(command)])
                self.rss[name] = max(self.rss.get(name, 0), rss)

    def median(self, name: str) -> float:
        return statistics.median(self.times[name])

    def cpu_median(self, name: str) -> float:
        return statistics.median(self.cpu[name])

    def cpu_ratio(self, top: str, bottom: str) -> float:
        return statistics.median(t / b for t, b in zip(self.cpu[top], self.cpu[bottom]))

    def ratio(self, top: str, bottom: str) -> float:
        pairs = zip(self.times[top], self.times[bottom])
        return statistics.median(t / b for t, b in pairs)

    def spread(self, top: str, bottom: str) -> str:
        ratios = [t / b for t, b in zip(self.times[top], self.times[bottom])]
        return f"{min(ratios):.2f}-{max(ratios):.2f}x"


def jscodeshift() -> tuple[list[str] | None, str]:
    """The jscodeshift command (installed into the cache on first use), or None and why."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        return None, "no Node/npm on the PATH"
    home = CACHE / "jscodeshift"
    binary = home / "node_modules" / "jscodeshift" / "bin" / "jscodeshift.js"
    if not binary.is_file():
        home.mkdir(parents=True, exist_ok=True)
        try:
            subprocess.run(
                [npm, "install", "--prefix", str(home), "--no-audit", "--no-fund"]
                + ["--loglevel=error", f"jscodeshift@{JSCODESHIFT_VERSION}"],
                check=True,
                timeout=300,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except (subprocess.SubprocessError, OSError):
            return None, "jscodeshift could not be installed (no network?)"
        if not binary.is_file():
            return None, "jscodeshift could not be installed"
    transform = home / "rename-client-id.js"
    if not transform.is_file() or transform.read_text() != TRANSFORM:
        transform.write_text(TRANSFORM)
    return [node, str(binary), "-t", str(transform), "--dry", "--silent"], ""


def version_of_jscodeshift() -> str:
    package = CACHE / "jscodeshift" / "node_modules" / "jscodeshift" / "package.json"
    try:
        return json.loads(package.read_text())["version"]
    except (OSError, ValueError, KeyError):
        return "?"


def per_rule(corpus: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, "-c", PER_RULE, str(corpus)], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output)


def files_of(corpus: Path) -> tuple[list[Path], int]:
    files = sorted(corpus.rglob("*.js"))
    return files, sum(f.stat().st_size for f in files)


def real_section(args, corpus: Path, out: Path, rows, checks) -> None:
    """The targets of real-sized rule sets (issue 13)."""
    files, size = files_of(corpus)
    jobs = args.jobs
    convert_cmd = [CLI, "convert", str(corpus), "-o", str(out / "r1"), "--force", "-q"]
    parallel_cmd = [CLI, "convert", str(corpus), "-o", str(out / "rn"), "--force", "-q"]
    parallel_cmd += ["-j", str(jobs)]
    commands = {
        "parse": [sys.executable, "-c", PARSE_ONLY, str(corpus)],
        "parse-retry": [sys.executable, "-c", PARSE_RETRY, str(corpus)],
        "convert": convert_cmd,
        "convert -j": parallel_cmd,
    }
    if args.baseline:
        # The same measures of another build (the code before a change), in the same rounds.
        commands["baseline convert"] = [args.baseline] + convert_cmd[1:]
        commands["baseline convert"][4] = str(out / "b1")
        commands["baseline convert -j"] = [args.baseline] + parallel_cmd[1:]
        commands["baseline convert -j"][4] = str(out / "bn")
    shift, why = (None, "skipped (--no-jscodeshift)") if args.no_jscodeshift else jscodeshift()
    if shift is not None:
        commands["jscodeshift"] = shift + ["--run-in-band", str(corpus)]
        commands["jscodeshift workers"] = shift + [str(corpus)]
    rounds = Rounds(args.runs)
    load = os.getloadavg()[0]
    rounds.run(commands)
    one_rule = str(files[len(files) // 2])
    small = Rounds(max(args.runs, 10) if not args.tiny else 1)
    small_commands = {"version": [CLI, "--version"], "check one": [CLI, "check", one_rule]}
    if args.baseline:
        small_commands["baseline check one"] = [args.baseline, "check", one_rule]
    small.run(small_commands)
    same = subprocess.run(["diff", "-rq", str(out / "r1"), str(out / "rn")]).returncode
    ratio = rounds.ratio("convert", "parse")
    speedup = rounds.ratio("convert", "convert -j")
    m = rounds.median
    rows += [
        ("real-sized corpus: files", f"{len(files)}"),
        ("bytes", f"{size:,}"),
        ("load average at the start", f"{load:.1f}"),
        ("esprima parse-only (one parse per file)", f"{m('parse'):.2f} s"),
        ("esprima parse-only with the `_=` retry", f"{m('parse-retry'):.2f} s"),
        ("convert (-j 1)", f"{m('convert'):.2f} s, {rounds.rss['convert'] / 1024:.0f} MiB"),
        ("convert / parse-only", f"{ratio:.2f}x (rounds {rounds.spread('convert', 'parse')})"),
        (
            "convert / parse-only with retry",
            f"{rounds.ratio('convert', 'parse-retry'):.2f}x",
        ),
        (
            "CPU seconds: parse-only, convert (ratio)",
            f"{rounds.cpu_median('parse'):.2f}, {rounds.cpu_median('convert'):.2f} "
            f"({rounds.cpu_ratio('convert', 'parse'):.2f}x; Node's CPU included)",
        ),
        (
            f"convert -j {jobs}",
            f"{m('convert -j'):.2f} s ({speedup:.2f}x; rounds "
            f"{rounds.spread('convert', 'convert -j')})",
        ),
        ("rules2actions --version", f"{small.median('version') * 1000:.0f} ms"),
        (
            "check of one rule",
            f"{small.median('check one') * 1000:.0f} ms "
            f"({small.cpu_median('check one') * 1000:.0f} ms CPU)",
        ),
    ]
    if args.baseline:
        identical = subprocess.run(["diff", "-rq", str(out / "r1"), str(out / "b1")]).returncode
        checks.append(("real: Actions identical to the baseline's", identical == 0, ""))
        base_speedup = rounds.ratio("baseline convert", "baseline convert -j")
        rows += [
            (
                "baseline: convert (-j 1)",
                f"{m('baseline convert'):.2f} s, {rounds.rss['baseline convert'] / 1024:.0f} MiB "
                f"({rounds.ratio('baseline convert', 'parse'):.2f}x parse-only, "
                f"{rounds.ratio('baseline convert', 'parse-retry'):.2f}x with retry; "
                f"this build / baseline {rounds.ratio('convert', 'baseline convert'):.2f}x)",
            ),
            (
                "baseline: CPU seconds of convert (ratio to parse-only)",
                f"{rounds.cpu_median('baseline convert'):.2f} "
                f"({rounds.cpu_ratio('baseline convert', 'parse'):.2f}x)",
            ),
            (
                f"baseline: convert -j {jobs}",
                f"{m('baseline convert -j'):.2f} s ({base_speedup:.2f}x; rounds "
                f"{rounds.spread('baseline convert', 'baseline convert -j')})",
            ),
            (
                "baseline: check of one rule",
                f"{small.median('baseline check one') * 1000:.0f} ms "
                f"({small.cpu_median('baseline check one') * 1000:.0f} ms CPU)",
            ),
        ]
    checks += [
        ("real: convert <= 1.3x parse-only", ratio <= 1.3, f"{ratio:.2f}x"),
        (f"real: convert -j {jobs} >= 1.6x", speedup >= 1.6, f"{speedup:.2f}x"),
        (f"real: convert -j {jobs} output identical to -j 1", same == 0, ""),
        (
            "check of one rule <= 150 ms",
            small.median("check one") <= 0.150,
            f"{small.median('check one') * 1000:.0f} ms",
        ),
        (
            "--version <= 150 ms",
            small.median("version") <= 0.150,
            f"{small.median('version') * 1000:.0f} ms",
        ),
    ]
    if shift is None:
        rows.append(("jscodeshift one-idiom dry run", f"SKIP: {why}"))
        checks.append(("real: convert <= 0.5x jscodeshift", None, f"SKIP: {why}"))
        return
    fastest = min(("jscodeshift", "jscodeshift workers"), key=m)
    versus = rounds.ratio("convert", fastest)
    rows += [
        (
            f"jscodeshift {version_of_jscodeshift()}, one process",
            f"{m('jscodeshift'):.2f} s, {rounds.rss['jscodeshift'] / 1024:.0f} MiB",
        ),
        (
            "jscodeshift with its workers",
            f"{m('jscodeshift workers'):.2f} s, {rounds.rss['jscodeshift workers'] / 1024:.0f} MiB",
        ),
        (f"convert / {fastest}", f"{versus:.2f}x (rounds {rounds.spread('convert', fastest)})"),
    ]
    if args.baseline:
        rows.append(
            (f"baseline: convert / {fastest}", f"{rounds.ratio('baseline convert', fastest):.2f}x")
        )
    checks.append(("real: convert <= 0.5x jscodeshift", versus <= 0.5, f"{versus:.2f}x"))


def uniform_section(args, corpus: Path, quarter: Path, out: Path, rows, checks) -> None:
    """The earlier targets, on 2,000 rules of 0.5-10 KB."""
    files, size = files_of(corpus)
    jobs = args.jobs
    convert_cmd = [CLI, "convert", str(corpus), "-o", str(out / "j1"), "--force", "-q"]
    parallel_cmd = [CLI, "convert", str(corpus), "-o", str(out / "jn"), "--force", "-q"]
    parallel_cmd += ["-j", str(jobs)]
    commands = {
        "parse": [sys.executable, "-c", PARSE_ONLY, str(corpus)],
        "convert": convert_cmd,
    }
    if not args.skip_parallel:
        commands["convert -j"] = parallel_cmd
        commands["check -j 1"] = [CLI, "check", str(corpus), "-j", "1"]
        commands["check -j"] = [CLI, "check", str(corpus), "-j", str(jobs)]
    rounds = Rounds(args.runs)
    load = os.getloadavg()[0]
    rounds.run(commands)
    _, rss_quarter = wall([CLI, "convert", str(quarter), "-o", str(out / "q"), "--force", "-q"])
    rss = rounds.rss["convert"]
    timing = per_rule(corpus)
    ratio = rounds.ratio("convert", "parse")
    m = rounds.median
    rows += [
        ("uniform corpus: files", f"{len(files)}"),
        ("bytes", f"{size:,}"),
        ("load average at the start", f"{load:.1f}"),
        ("esprima parse-only (one parse per file)", f"{m('parse'):.2f} s"),
        ("convert (-j 1)", f"{m('convert'):.2f} s"),
        ("convert / parse-only", f"{ratio:.2f}x (rounds {rounds.spread('convert', 'parse')})"),
        ("median per rule (in-process)", f"{timing['median'] * 1000:.1f} ms"),
        ("slowest rule (in-process)", f"{timing['max'] * 1000:.1f} ms"),
        (f"peak RSS convert, {len(files) // 4} files", f"{rss_quarter / 1024:.0f} MiB"),
        (f"peak RSS convert, {len(files)} files", f"{rss / 1024:.0f} MiB"),
    ]
    checks += [
        ("uniform: convert <= 1.5x parse-only", ratio <= 1.5, f"{ratio:.2f}x"),
        (
            "uniform: memory flat (RSS all <= 1.25x RSS quarter)",
            rss <= 1.25 * rss_quarter,
            f"{rss_quarter / 1024:.0f} -> {rss / 1024:.0f} MiB",
        ),
    ]
    if args.skip_parallel:
        return
    same = subprocess.run(["diff", "-rq", str(out / "j1"), str(out / "jn")]).returncode
    speedup = rounds.ratio("convert", "convert -j")
    check_speedup = rounds.ratio("check -j 1", "check -j")
    rows += [
        (f"convert -j {jobs}", f"{m('convert -j'):.2f} s ({speedup:.2f}x)"),
        ("check -j 1", f"{m('check -j 1'):.2f} s"),
        (f"check -j {jobs}", f"{m('check -j'):.2f} s ({check_speedup:.2f}x)"),
    ]
    checks += [
        (f"uniform: convert -j {jobs} >= 1.6x", speedup >= 1.6, f"{speedup:.2f}x"),
        (f"uniform: check -j {jobs} >= 1.6x", check_speedup >= 1.6, f"{check_speedup:.2f}x"),
        (f"uniform: convert -j {jobs} output identical to -j 1", same == 0, ""),
    ]


def compile_baseline(executable: str) -> None:
    """Bytecode for the baseline's converter too (its interpreter is named by the
    executable's shebang)."""
    try:
        first = Path(executable).read_text(errors="replace").splitlines()[0]
    except (OSError, IndexError):
        return
    python = first[2:].strip() if first.startswith("#!") else ""
    if not python:
        return
    subprocess.run(
        [
            python,
            "-c",
            "import compileall, converter, os; "
            "compileall.compile_dir(os.path.dirname(converter.__file__), quiet=1)",
        ],
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=2000, help="rules of the uniform corpus")
    parser.add_argument("--real-count", type=int, default=300, help="rules, real-sized corpus")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--no-fail", action="store_true")
    parser.add_argument("--corpus", default=str(ROOT / "bench" / "corpus"))
    parser.add_argument("--only", choices=["real", "uniform"], help="one corpus only")
    parser.add_argument("--no-jscodeshift", action="store_true")
    parser.add_argument("--skip-parallel", action="store_true", help="for versions without -j")
    parser.add_argument("--tiny", action="store_true", help="a smoke test: few files, one run")
    parser.add_argument(
        "--baseline",
        metavar="RULES2ACTIONS",
        help="another build's rules2actions executable, measured in the same rounds",
    )
    args = parser.parse_args(argv)
    if args.tiny:
        args.count, args.real_count, args.runs, args.no_fail = 8, 6, 1, True

    # Bytecode for the converter, as `pip install` leaves it (PYTHONDONTWRITEBYTECODE or a
    # fresh checkout would otherwise make every measured process compile it again).
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "converter")],
        check=False,
        stdout=subprocess.DEVNULL,
    )
    if args.baseline:
        compile_baseline(args.baseline)
    load_before = os.getloadavg()[0]
    corpus = Path(args.corpus)
    real = Path(str(corpus) + "-real")
    quarter = Path(str(corpus) + "-quarter")
    if args.only != "uniform":
        gen_corpus.write_corpus(real, args.real_count, sizes="real")
    if args.only != "real":
        gen_corpus.write_corpus(corpus, args.count)
        gen_corpus.write_corpus(quarter, args.count // 4)
    out = Path(tempfile.mkdtemp(prefix="r2a-bench-"))
    rows: list[tuple[str, str]] = []
    checks: list[tuple[str, bool | None, str]] = []
    try:
        if args.only != "uniform":
            real_section(args, real, out, rows, checks)
        if args.only != "real":
            uniform_section(args, corpus, quarter, out, rows, checks)
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
        verdict = "SKIP" if ok is None else "PASS" if ok else "FAIL"
        print(f"{verdict}  {name}  ({detail})")
    failed = any(ok is False for _, ok, _ in checks)
    return 1 if failed and not args.no_fail else 0


if __name__ == "__main__":
    sys.exit(main())
