"""Inline suppressions, read from the rule's comments (never from text inside strings).

- ``// rules2actions: ignore[R2A123, code-name]`` on a line of its own covers that line and
  the whole statement that follows it; at the end of a line of code it covers that line.
- ``// rules2actions: skip-file`` anywhere in the file: the file is skipped.

A suppression that suppresses nothing is reported as R2A900, one that cannot be understood
as R2A901; both point at the comment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from . import catalog
from . import findings as _findings
from .astutil import walk
from .findings import Finding
from .source import SourceFile

_DIRECTIVE = re.compile(r"^\s*\*?\s*rules2actions\s*:\s*(?P<rest>.*?)\s*(?:\*/)?\s*$", re.S)
_IGNORE = re.compile(r"^ignore\[(?P<codes>[^\]]*)\]$")
_SKIP_FILE = "skip-file"


@dataclass
class Suppression:
    comment: Any
    codes: list[str]
    first: tuple[int, int]  # (line, column) covered from ...
    last: tuple[int, int]  # ... to, inclusive
    line: int  # the comment's own line
    used: set[str] = field(default_factory=set)

    def covers(self, finding: Finding) -> bool:
        if finding.code not in self.codes:
            return False
        position = (finding.line, finding.column)
        return finding.line == self.line or self.first <= position <= self.last


def _directive(comment: Any) -> str | None:
    match = _DIRECTIVE.match(comment.value)
    return match.group("rest") if match else None


def skips_file(comments: list[Any]) -> bool:
    return any(_directive(c) == _SKIP_FILE for c in comments)


def _statements(program: Any) -> list[Any]:
    return [
        node
        for node in walk(program)
        if node.type.endswith(("Statement", "Declaration")) and node.type != "Program"
    ]


def collect(source: SourceFile, program: Any, comments: list[Any]):
    """The suppressions of a file, and R2A901 findings for comments that are not valid."""
    suppressions: list[Suppression] = []
    problems: list[Finding] = []
    statements = None
    for comment in comments:
        rest = _directive(comment)
        if rest is None or rest == _SKIP_FILE:
            continue
        start, end = comment.range
        match = _IGNORE.match(rest)
        codes = []
        unknown = []
        if match:
            for name in (n.strip() for n in match.group("codes").split(",")):
                entry = catalog.find_code(name) if name else None
                if entry is not None:
                    codes.append(entry.code)
                elif name:
                    unknown.append(name)
        if not match or unknown or not codes:
            what = f"unknown code(s) {', '.join(map(repr, unknown))}" if unknown else None
            problems.append(
                _findings.make(
                    "R2A901",
                    f"cannot understand `rules2actions: {rest}` "
                    f"({what or 'expected ignore[CODE, ...] or skip-file'}); it suppresses nothing",
                    source,
                    start,
                    end,
                )
            )
            if not codes:
                continue
        line = source.position(start)[0]
        first = last = (line, 0)
        trailing = source.text[source.line_start(start) : start].strip()
        if not trailing:
            if statements is None:
                statements = _statements(program)
            following = [s for s in statements if s.range[0] >= end]
            if following:
                begin = min(s.range[0] for s in following)
                node = max((s for s in following if s.range[0] == begin), key=lambda s: s.range[1])
                first = source.position(node.range[0])
                last = source.position(node.range[1])
        suppressions.append(Suppression(comment, codes, first, last, line))
    return suppressions, problems


def apply(
    source: SourceFile, program: Any, comments: list[Any], found: list[Finding]
) -> tuple[list[Finding], list[Finding]]:
    """Split ``found`` into (kept, suppressed); add R2A900/R2A901 to the kept findings."""
    suppressions, problems = collect(source, program, comments)
    kept: list[Finding] = []
    suppressed: list[Finding] = []
    for finding in found:
        covering = [s for s in suppressions if s.covers(finding)]
        for suppression in covering:
            suppression.used.add(finding.code)
        (suppressed if covering else kept).append(finding)
    for suppression in suppressions:
        unused = [code for code in suppression.codes if code not in suppression.used]
        if unused:
            kept.append(
                _findings.make(
                    "R2A900",
                    f"unused suppression: nothing here reports {', '.join(unused)}",
                    source,
                    *suppression.comment.range,
                )
            )
    kept.extend(problems)
    return sorted(kept, key=lambda f: f.sort_key), suppressed
