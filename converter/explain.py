"""Text for `rules2actions explain` and the generated docs, from the catalog data."""

from __future__ import annotations

import textwrap

from . import catalog


def _block(text: str) -> str:
    return textwrap.dedent(text).strip()


def code_text(query: str) -> str | None:
    entry = catalog.find_code(query)
    if entry is None:
        return None
    parts = [
        f"{entry.code} {entry.name} ({entry.severity})",
        "",
        entry.summary,
        "",
        _block(entry.explanation),
        "",
        "How to finish by hand:",
        textwrap.indent(_block(entry.fix), "  "),
    ]
    if entry.example_rule:
        parts += ["", "Rule:", textwrap.indent(_block(entry.example_rule), "  ")]
    if entry.example_action:
        parts += ["", "Action:", textwrap.indent(_block(entry.example_action), "  ")]
    return "\n".join(parts) + "\n"


def code_list() -> str:
    lines = []
    for entry in catalog.codes().values():
        lines.append(f"{entry.code}  {entry.severity:<7}  {entry.name:<30}  {entry.summary}")
    return "\n".join(lines) + "\n"


def mappings_text() -> str:
    tables = catalog.mappings()
    width = max(len(path) for path in tables["context"]) + len("context.")
    lines = ["context reads (`context.X` → Actions):"]
    for path, entry in tables["context"].items():
        note = []
        if entry.get("optional"):
            note.append("may be undefined: `?.` added")
        if entry.get("renamed"):
            note.append("keys renamed: only the listed keys convert")
        suffix = f"   ({'; '.join(note)})" if note else ""
        lines.append(f"  {'context.' + path:<{width}}  →  {entry['to']}{suffix}")
    lines.append("")
    lines.append("token claims:")
    for name, target in tables["tokens"].items():
        lines.append(f"  context.{name}[claim] = value  →  {target}.setCustomClaim(claim, value)")
    lines.append("")
    lines.append("callback:")
    lines.append("  callback(null, user, context)          →  return;")
    lines.append("  callback(new UnauthorizedError(m))     →  return api.access.deny(m);")
    lines.append("  callback(new Error(m)) / callback('m')  →  return api.access.deny(m);")
    lines.append("  configuration.X                        →  event.secrets.X")
    lines.append("  user.X                                 →  event.user.X")
    lines.append("")
    lines.append("sandbox globals that now need require():")
    for name, entry in tables["sandbox"].items():
        lines.append(f"  {name:<14} require('{entry['module']}')")
    return "\n".join(lines) + "\n"


def codes_markdown() -> str:
    """docs/codes.md: every finding code, generated from converter/data/codes.toml."""
    out = [
        "# Finding codes",
        "",
        "Generated from `converter/data/codes.toml` by `make docs`; do not edit by hand.",
        "`rules2actions explain CODE` prints the same text.",
        "",
        "| code | name | severity | summary |",
        "|---|---|---|---|",
    ]
    entries = list(catalog.codes().values())
    for entry in entries:
        out.append(
            f"| [{entry.code}](#{entry.code.lower()}) | `{entry.name}` | {entry.severity} "
            f"| {entry.summary} |"
        )
    for entry in entries:
        out += [
            "",
            f"## {entry.code}",
            "",
            f"`{entry.name}` ({entry.severity}): {entry.summary}",
            "",
            _block(entry.explanation),
            "",
            "**How to finish by hand.** " + _block(entry.fix),
        ]
        if entry.example_rule:
            out += ["", "Rule:", "", "```js", _block(entry.example_rule), "```"]
        if entry.example_action:
            out += ["", "Action:", "", "```js", _block(entry.example_action), "```"]
    return "\n".join(out) + "\n"


def mappings_markdown() -> str:
    """docs/mappings.md, generated from converter/data/mappings.toml."""
    return (
        "# Mappings\n\n"
        "Generated from `converter/data/mappings.toml` by `make docs`; do not edit by hand.\n"
        "`rules2actions explain --mappings` prints the same tables.\n\n"
        "```text\n" + mappings_text() + "```\n"
    )


def write_docs(folder: str = "docs") -> None:
    from pathlib import Path

    Path(folder).mkdir(exist_ok=True)
    Path(folder, "codes.md").write_text(codes_markdown(), encoding="utf-8")
    Path(folder, "mappings.md").write_text(mappings_markdown(), encoding="utf-8")


if __name__ == "__main__":
    write_docs()
