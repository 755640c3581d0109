"""Modules: versioned `require`, hoisting to module scope, and the sandbox's bare globals.

- `require('name@1.2.3')` → `require('name')` plus the dependency `name@1.2.3` (the
  sandbox's `verquire` took an exact version and an optional sub-path:
  `require('auth0@2.9.1/lib/x')`); an unpinned package becomes a dependency with no
  version (the latest when added); Node core modules need none.
- A `const x = require('...')` statement at the top level of the rule body moves to module
  scope (Actions load modules once per instance) when that is provably the same: the name
  is never reassigned, not used before the statement, and free at module scope.
- Bare uses of modules the Rules sandbox provided as globals (`request`, `_`, `jwt`, ...)
  get an explicit `require` at module scope and a dependency.
- An unpinned package whose latest major no longer works with `require` (table
  `[unpinned]`) is declared at the last version that does.
- A pinned version that current runtimes (or npm, `data/npm.toml`) no longer offer is
  reported, and the Action's dependency names the current version, so it installs.
"""

from __future__ import annotations

import fnmatch
import re
from typing import Any

from .. import catalog
from . import FixContext, Fixes
from ._helpers import remove_statement

NAME = "modules"
ORDER = 20
CODES = ("R2A430", "R2A431")

# verquire: an exact semver after the package name, then an optional sub-path.
_VERSIONED = re.compile(
    r"^(?P<name>@?[^@/]+(?:/[^@/]+)?)@(?P<version>\d+\.\d+\.\d+[^/]*)(?P<path>/.*)?$"
)
_PACKAGE = re.compile(r"^(?P<name>@[^/]+/[^/]+|[^/]+)(?P<path>/.*)?$")


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    tables = catalog.mappings()
    core = set(tables["node"]["core"])
    hoisted: list[str] = []
    for ref in ctx.analysis.global_references("require"):
        call = ctx.analysis.parent(ref)
        if call is None or call.type != "CallExpression" or call.callee is not ref:
            continue
        if len(call.arguments) != 1:
            continue
        literal = call.arguments[0]
        if literal.type != "Literal" or not isinstance(literal.value, str):
            continue
        spec = _module_spec(literal.value)
        if spec is None:
            continue
        name, version, path = spec
        current = None
        if version:
            current = _check_outdated(
                ctx, fixes, literal, name, version, tables.get("outdated", {})
            )
        if name not in core:
            # A version that no longer installs is declared at the one that does.
            fixes.dependency(name, current or version or tables["unpinned"].get(name, ""))
        quote = ctx.text[literal.range[0]]
        required = f"{quote}{name}{path}{quote}"
        statement = _hoistable(ctx, call)
        if statement is not None:
            declaration = ctx.text[statement.range[0] : literal.range[0]] + required
            declaration += ctx.text[literal.range[1] : call.range[1]] + ";"
            hoisted.append(declaration)
            remove_statement(ctx, fixes, statement)
        elif version:
            fixes.replace_node(literal, required)
    hoisted.extend(_sandbox_requires(ctx, fixes, tables["sandbox"], core))
    if hoisted:
        newline = ctx.source.newline
        text = newline.join(hoisted) + newline + newline
        fixes.insert(module_insertion_point(ctx), text)
    return fixes


def _module_spec(spec: str) -> tuple[str, str, str] | None:
    if spec.startswith((".", "/", "node:")):
        return None
    versioned = _VERSIONED.match(spec)
    if versioned:
        return versioned["name"], versioned["version"], versioned["path"] or ""
    plain = _PACKAGE.match(spec)
    if plain is None:
        return None
    return plain["name"], "", plain["path"] or ""


def _hoistable(ctx: FixContext, call: Any) -> Any:
    """The `const x = require('...')` statement around ``call`` if it may move to module
    scope without changing behaviour, else None."""
    rule = ctx.rule
    declarator = ctx.analysis.parent(call)
    if rule is None or declarator is None or declarator.type != "VariableDeclarator":
        return None
    if declarator.init is not call:
        return None
    statement = ctx.analysis.parent(declarator)
    if len(statement.declarations) != 1 or ctx.analysis.parent(statement) is not rule.body:
        return None
    module_names = set(ctx.analysis.global_scope.bindings) | set(ctx.analysis.globals)
    for identifier in _pattern_identifiers(declarator.id):
        binding = ctx.analysis.declaration(identifier)
        if binding is None or binding.node is not identifier or identifier.name in module_names:
            return None
        for reference in binding.references:
            if ctx.analysis.is_write(reference) or reference.range[0] < statement.range[0]:
                return None
    return statement


def _pattern_identifiers(pattern: Any) -> list[Any]:
    if pattern.type == "Identifier":
        return [pattern]
    if pattern.type == "ObjectPattern":
        found = []
        for prop in pattern.properties:
            target = prop.argument if prop.type == "RestElement" else prop.value
            found.extend(_pattern_identifiers(target))
        return found
    if pattern.type == "ArrayPattern":
        return [i for e in pattern.elements if e is not None for i in _pattern_identifiers(e)]
    return [pattern]  # a default value or anything else: not a declaration, never hoisted


def _sandbox_requires(ctx: FixContext, fixes: Fixes, sandbox: dict, core: set[str]) -> list[str]:
    lines = []
    for name in sorted(ctx.analysis.globals):
        entry = sandbox.get(name)
        refs = ctx.analysis.globals[name]
        if entry is None or any(ctx.analysis.is_write(r) for r in refs):
            continue
        module = entry["module"]
        lines.append(f"const {name} = require({ctx.string(module)});")
        if module not in core:
            fixes.dependency(module, catalog.mappings()["unpinned"].get(module, ""))
        for ref in refs:
            fixes.handle(ref)
        fixes.report(
            "R2A430",
            refs[0],
            f"`{name}` was a global of the Rules sandbox; the Action requires "
            f"{module!r} explicitly",
        )
    return lines


def module_insertion_point(ctx: FixContext) -> int:
    """Start of the line where the rule function's leading comments begin."""
    position = ctx.rule.statement.range[0]
    for comment in reversed(ctx.comments):
        if comment.range[1] > position:
            continue
        if ctx.text[comment.range[1] : position].strip():
            break
        position = comment.range[0]
    return ctx.source.line_start(position)


def _check_outdated(
    ctx: FixContext, fixes: Fixes, literal: Any, name: str, version: str, outdated: dict
) -> str | None:
    """Report a pinned version that current runtimes or npm no longer offer; the version
    to declare instead, or None."""
    entry = outdated.get(name)
    if entry is None:
        return None
    offered = catalog.npm_versions().get(name)
    if not _matches(version, entry) and (offered is None or version in offered):
        return None
    note = f" ({entry['note']})" if entry.get("note") else ""
    why = (
        "is no longer offered by current runtimes"
        if offered is None or version in offered
        else "is not a version npm offers"
    )
    fixes.report(
        "R2A431",
        literal,
        f"{name}@{version} {why}; the Action depends on {name}@{entry['current']}{note}",
        todo=False,
    )
    return entry["current"]


def _matches(version: str, entry: dict) -> bool:
    if any(fnmatch.fnmatchcase(version, pattern) for pattern in entry.get("versions", [])):
        return True
    below = entry.get("below")
    return below is not None and _as_tuple(version) < _as_tuple(below)


def _as_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3])
