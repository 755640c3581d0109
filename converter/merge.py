"""`migrate --merge`: rules that hand data to each other on `user` become one Action.

Rules ran in one pipeline and could pass values to the rules after them on `user`;
Actions cannot. When the tenant-wide view finds such a hand-over (R2A510), the rules from
the writer to the reader (all of them, to keep their order) are merged: each converted
body runs in a function of its own, in order, on the same `event`, so a value one rule
puts on `event.user` is there for the next; a rule that denies stops the rest, as the
Rules pipeline did. Rules with a redirect are never merged (each needs its own
`onContinuePostLogin`).
"""

from __future__ import annotations

import re
from .findings import Finding
from .parser import validate
from .pipeline import CLEAN, REVIEW, Result

_REQUIRE = re.compile(r"^(?:const|let|var)\s+[^=]+=\s*require\(.+\);?\s*$")


def groups(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge the (writer, reader) index spans that overlap; spans of two rules or more."""
    spans = sorted((writer, reader) for writer, reader in pairs if writer < reader)
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def mergeable(results: list[Result]) -> str | None:
    """Why these results cannot be merged, or None."""
    for result in results:
        if not result.converted or result.parts is None:
            return "a rule in the span was not converted"
        if result.parts["continue_body"] is not None:
            return "a rule in the span redirects (it needs its own onContinuePostLogin)"
    return None


def merge(names: list[str], results: list[Result]) -> Result | None:
    """The merged Action, or None when its text does not parse (names clash)."""
    from .render import render_snippet

    first = results[0]
    newline = first.source.newline if first.source is not None else "\n"
    seen: set[str] = set()
    rules = []
    for name, result in zip(names, results):
        parts = result.parts
        rules.append(
            {
                "name": name,
                "preamble": _dedupe_requires(parts["preamble"], seen),
                "body": _indent(parts["body"]),
                "event": parts["event"],
                "api": parts["api"],
            }
        )
    secrets = sorted({s for r in results for s in r.secrets})
    dependencies: dict[str, str] = {}
    for result in results:
        for dep, version in result.dependencies.items():
            dependencies.setdefault(dep, version)
    text = render_snippet(
        "merged_action.js.j2",
        newline=newline,
        rules=rules,
        secrets=secrets,
        dependencies=sorted(dependencies.items()),
        todos=sum(r.parts["todos"] for r in results),
    )
    if validate(text) is not None:
        return None
    findings: list[Finding] = [
        f
        for r in results
        for f in r.findings
        if not (f.code == "R2A510" and "`user." in f.message)  # handed over within the Action
    ]
    status = REVIEW if any(f.at_least("warning") for f in findings) else CLEAN
    bom = first.source is not None and first.source.bom
    return Result(
        first.path,
        status,
        action=("\ufeff" + text) if bom else text,
        findings=sorted(findings, key=lambda f: f.sort_key),
        secrets=secrets,
        dependencies=dependencies,
        source=first.source,
    )


def _dedupe_requires(preamble: str, seen: set[str]) -> str:
    """A `const x = require(...)` another merged rule already has goes (it would clash)."""
    kept = []
    for line in preamble.splitlines(keepends=True):
        key = line.strip()
        if _REQUIRE.match(key):
            if key in seen:
                continue
            seen.add(key)
        kept.append(line)
    return "".join(kept)


def _indent(body: str) -> str:
    """The body one level deeper (it now runs in a function inside the handler); lines
    inside template literals keep their text."""
    import esprima

    protected: list[tuple[int, int]] = []
    try:
        for token in esprima.tokenize(body, {"range": True}):
            if token.type == "Template":
                protected.append(tuple(token.range))
    except esprima.Error:
        return body
    out = []
    offset = 0
    for line in body.splitlines(keepends=True):
        inside = any(a < offset < b for a, b in protected)
        if line.strip() and not inside:
            out.append("  " + line)
        else:
            out.append(line)
        offset += len(line)
    text = "".join(out)
    return text if text.endswith(("\n", "\r")) else text + "\n"
