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


_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _github_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(text: str) -> str:
    return _github_data(text).replace(":", "%3A").replace(",", "%2C")


def github_report(results: Iterable[Result]) -> str:
    """GitHub Actions workflow commands: one annotation per finding.

    ``col``/``endColumn`` are left out when the span covers several lines (GitHub
    rejects them there)."""
    lines = []
    for result in results:
        for finding in result.findings:
            if finding.code == "R2A005":
                continue
            props = [f"file={_github_property(finding.path)}", f"line={finding.line}"]
            if finding.end_line == finding.line:
                props.append(f"col={finding.column}")
            props.append(f"endLine={finding.end_line}")
            if finding.end_line == finding.line:
                props.append(f"endColumn={max(finding.end_column, finding.column)}")
            props.append(f"title={_github_property(f'rules2actions ({finding.code})')}")
            level = _GITHUB_LEVEL[finding.severity]
            lines.append(f"::{level} {','.join(props)}::{_github_data(finding.message)}")
    return "\n".join(lines) + ("\n" if lines else "")


_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _artifact_uri(path: str) -> dict:
    import os
    from pathlib import PurePath
    from urllib.parse import quote

    if os.path.isabs(path):
        return {"uri": PurePath(path).as_uri()}
    return {"uri": quote(PurePath(path).as_posix()), "uriBaseId": "%SRCROOT%"}


def sarif_report(results: list[Result]) -> str:
    """SARIF 2.1.0 for code scanning: every code is a rule; 1-based regions."""
    import textwrap

    from . import __version__, catalog

    codes = list(catalog.codes().values())
    index = {entry.code: i for i, entry in enumerate(codes)}
    rules = [
        {
            "id": entry.code,
            "name": entry.name,
            "shortDescription": {"text": entry.summary},
            "fullDescription": {"text": " ".join(textwrap.dedent(entry.explanation).split())},
            "help": {
                "text": textwrap.dedent(entry.fix).strip()
                + f"\n\n(`rules2actions explain {entry.code}`)"
            },
            "defaultConfiguration": {"level": _SARIF_LEVEL[entry.severity]},
        }
        for entry in codes
    ]
    sarif_results = []
    for result in results:
        for finding in result.findings:
            if finding.code == "R2A005":
                continue
            region = {
                "startLine": finding.line,
                "startColumn": finding.column,
                "endLine": finding.end_line,
                "endColumn": finding.end_column,
            }
            if (finding.end_line, finding.end_column) < (finding.line, finding.column):
                region["endLine"], region["endColumn"] = finding.line, finding.column
            sarif_results.append(
                {
                    "ruleId": finding.code,
                    "ruleIndex": index[finding.code],
                    "level": _SARIF_LEVEL[finding.severity],
                    "message": {"text": finding.message},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": _artifact_uri(finding.path),
                                "region": region,
                            }
                        }
                    ],
                }
            )
    payload = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "rules2actions",
                        "version": __version__,
                        "rules": rules,
                    }
                },
                "results": sarif_results,
            }
        ],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
