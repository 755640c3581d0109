"""Report stage: findings and summaries as text or JSON."""

from __future__ import annotations

import json
from typing import Iterable

from .findings import Finding
from .pipeline import CLEAN, FAILED, REVIEW, SKIPPED, Result


def finding_line(finding: Finding) -> str:
    return f"{finding.path}:{finding.line}:{finding.column}: {finding.code} {finding.message}"


def code_frame(finding: Finding, line_text: str) -> str:
    number = str(finding.line)
    gutter = " " * len(number)
    prefix = line_text[: max(finding.column - 1, 0)]
    caret_pad = "".join(c if c == "\t" else " " for c in prefix)
    return f" {number} | {line_text}\n {gutter} | {caret_pad}^"


def text_report(results: Iterable[Result]) -> str:
    """One line per finding; syntax errors also show their line with a caret."""
    lines = []
    for result in results:
        for finding in result.findings:
            if finding.code == "R2A005":
                continue
            lines.append(finding_line(finding))
            if finding.code == "R2A001" and result.source is not None:
                lines.append(code_frame(finding, result.source.line_text(finding.line)))
    return "\n".join(lines) + ("\n" if lines else "")


def summary(results: list[Result]) -> str:
    counts = {status: 0 for status in (CLEAN, REVIEW, SKIPPED, FAILED)}
    for result in results:
        counts[result.status] += 1
    converted = counts[CLEAN] + counts[REVIEW]
    return (
        f"converted {converted} (clean {counts[CLEAN]}, needs review {counts[REVIEW]}), "
        f"skipped {counts[SKIPPED]}, failed {counts[FAILED]}"
    )


def json_report(results: list[Result]) -> str:
    from . import __version__

    payload = {
        "version": __version__,
        "files": [result.to_dict() for result in results],
        "summary": summary(results),
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
