"""The benchmark's corpora (bench/gen_corpus.py) are reproducible byte for byte, and the
real-sized one has the size distribution of real rule sets. Timings are not tested here:
they belong to `make bench` (docs/performance.md)."""

from __future__ import annotations

import hashlib
import importlib.util
import statistics
import subprocess
import sys

import pytest

from conftest import ROOT


def _generator():
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "bench" / "gen_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _digest(folder):
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*.js"))
    }


def test_the_real_sized_corpus_is_reproducible_and_real_sized(tmp_path):
    gen = _generator()
    gen.write_corpus(tmp_path / "a", sizes="real")
    gen.write_corpus(tmp_path / "b", sizes="real")
    first = _digest(tmp_path / "a")
    assert first == _digest(tmp_path / "b")
    sizes = sorted(p.stat().st_size for p in (tmp_path / "a").rglob("*.js"))
    deciles = statistics.quantiles(sizes, n=10)
    assert len(sizes) == 300
    assert 450 <= deciles[0] <= 560  # 10th percentile 0.5 KB
    assert 1200 <= statistics.median(sizes) <= 1400  # median 1.3 KB
    assert 3300 <= deciles[8] <= 3900  # 90th percentile 3.6 KB
    assert 16_000 <= sizes[-1] <= 17_000  # largest 17 KB
    assert 480_000 <= sum(sizes) <= 600_000  # ~541 KB
    bare = sum(
        1
        for p in (tmp_path / "a").rglob("*.js")
        if p.read_text().lstrip().startswith(("function (", "async function ("))
    )
    assert 0.3 <= bare / len(sizes) <= 0.5  # 109 of 282 real rules are bare functions


def test_another_seed_gives_another_corpus(tmp_path):
    gen = _generator()
    gen.write_corpus(tmp_path / "a", count=20, sizes="real")
    gen.write_corpus(tmp_path / "b", count=20, sizes="real", seed=8)
    assert _digest(tmp_path / "a") != _digest(tmp_path / "b")


@pytest.mark.slow
def test_the_benchmark_runs_in_its_tiny_mode(tmp_path):
    """A smoke test of `make bench` (a few files, one round, no targets enforced, no npm)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--tiny", "--only", "real"]
        + ["--no-jscodeshift", "--jobs", "2", "--corpus", str(tmp_path / "corpus")],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert "real: convert <= 1.3x parse-only" in result.stdout
    assert "SKIP  real: convert <= 0.5x jscodeshift" in result.stdout
    assert "PASS  real: convert -j 2 output identical to -j 1" in result.stdout
