"""Fix stage: one module per idiom, discovered by a registry.

A fixer module defines:

- ``NAME``: kebab-case, stable;
- ``ORDER``: fixers run in (ORDER, NAME) order;
- ``CODES``: the finding codes it can report;
- ``fix(ctx) -> Fixes``: a pure function of the analysed file (``ctx``) returning edits,
  findings, and the references it took care of;
- ``KINDS`` (optional): the kinds of file it applies to, ``("rule",)`` by default,
  ``("hook",)`` for the Hook fixers (``hook_*.py``). The Rule fixers that also apply to
  Hooks, unchanged, are listed in ``SHARED_WITH_HOOKS``.

Fixers never mutate the tree or the text. Earlier fixers can *claim* references
(``Fixes.handle``), which later fixers skip; the last fixer reports every reference to
a rule parameter or a sandbox global that nobody claimed, so nothing is left silently.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from .. import findings as _findings
from ..analyze import Analysis
from ..astutil import FUNCTION_TYPES
from ..edits import Edit
from ..findings import Finding
from ..source import SourceFile


@dataclass
class Fixes:
    """What one fixer produced for one file."""

    origin: str
    ctx: "FixContext"
    edits: list[Edit] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    todos: list[tuple[Any, Finding]] = field(default_factory=list)
    handled: set[int] = field(default_factory=set)
    removed: set[int] = field(default_factory=set)  # statements deleted whole
    continue_handler: bool = False  # the Action needs exports.onContinuePostLogin
    variant: str | None = None  # the handler new edits apply to (None: both)
    secrets: list[str] = field(default_factory=list)
    dependencies: dict[str, str] = field(default_factory=dict)

    # -- edits -------------------------------------------------------------------------

    def replace(self, start: int, end: int, text: str) -> None:
        self.edits.append(Edit(start, end, text, self.origin, self.variant))

    def insert(self, offset: int, text: str) -> None:
        self.edits.append(Edit(offset, offset, text, self.origin, self.variant))

    def replace_node(self, node: Any, text: str) -> None:
        self.replace(node.range[0], node.range[1], text)

    # -- reports -----------------------------------------------------------------------

    def report(self, code: str, node: Any, message: str, todo: bool | None = None) -> Finding:
        """Report ``code`` at ``node``. Warnings get a TODO line above their statement
        unless ``todo=False``."""
        finding = _findings.make(code, message, self.ctx.source, node.range[0], node.range[1])
        self.findings.append(finding)
        if todo is None:
            todo = finding.severity != "info"
        if todo:
            self.todos.append((node, finding))
        return finding

    def handle(self, node: Any) -> None:
        self.handled.add(id(node))

    def secret(self, name: str) -> None:
        if name not in self.secrets:
            self.secrets.append(name)

    def dependency(self, name: str, version: str = "") -> None:
        self.dependencies.setdefault(name, version)


class FixContext:
    """Read-only view of one analysed file, shared by the fixers."""

    def __init__(
        self,
        source: SourceFile,
        analysis: Analysis,
        comments: list[Any],
        event: str = "event",
        api: str = "api",
    ):
        self.source = source
        self.text = source.text
        self.analysis = analysis
        self.rule = analysis.rule
        self.comments = comments
        self.event = event
        self.api = api
        self.handled: set[int] = set()
        # (start, end) of the text earlier fixers replaced or deleted: a handled reference
        # outside them was reported and left as written.
        self.edited: list[tuple[int, int]] = []
        self.removed: set[int] = set()
        # The flow facts (``converter.flow``), computed once before the fixers run:
        # functions whose bodies now run in the handler itself (an awaited callback or
        # `.then`) mapped to the statement that hosted them; parameters that now hold a
        # caught error; calls that now stand as statements of their own (a collapsed
        # promise chain); the fallback regions.
        self.flow: Any = None
        self.inlined: dict[int, Any] = {}
        self.error_params: set[int] = set()
        self.standalone: set[int] = set()
        # Root `user` attributes set by rules merged before this one (`migrate --merge`).
        self.user_keys: frozenset[str] = frozenset()
        # `global.NAME` helpers of this rule that `migrate` copies into later Actions, NAME →
        # those Actions (a tenant fact, like ``user_keys``).
        self.shared_helpers: dict[str, tuple[str, ...]] = {}
        self.quote = _preferred_quote(analysis, source.text)
        self.chains: dict[int, list[tuple[str | None, Any]]] = {}  # ``member_chain`` memo
        # The Hook trigger (converter.hooks.Trigger) when the file is a Hook, else None.
        self.hook = analysis.hook
        # How the fallback's local callback ends the Action on an error: `deny`
        # (api.access.deny(message)), `deny_server_error` or `throw`.
        self.error_mode = self.hook.error_mode if self.hook else "deny"

    def analyse_flow(self) -> None:
        """Compute the flow facts (see ``converter.flow``) the fixers read."""
        from ..flow import analyse

        self.flow = analyse(self)
        self.inlined = dict(self.flow.inlined)
        self.error_params = set(self.flow.error_params)
        self.standalone = set(self.flow.standalone)

    def fixes(self, origin: str) -> Fixes:
        return Fixes(origin, self)

    def is_handled(self, node: Any) -> bool:
        return id(node) in self.handled

    def node_text(self, node: Any) -> str:
        return self.text[node.range[0] : node.range[1]]

    def string(self, value: str) -> str:
        """A JavaScript string literal in the file's preferred quote style."""
        quote = self.quote
        escaped = value.replace("\\", "\\\\").replace(quote, "\\" + quote)
        escaped = escaped.replace("\n", "\\n").replace("\r", "\\r")
        return f"{quote}{escaped}{quote}"

    def in_rule(self, node: Any) -> bool:
        rule = self.rule
        return rule is not None and any(a is rule.function for a in self.analysis.ancestors(node))

    def innermost_function(self, node: Any) -> Any:
        return self.analysis.enclosing_function(node)

    def callback_function(self, node: Any) -> Any:
        """The function whose flow a `callback(...)` at ``node`` ends: the nearest
        enclosing function whose body was not inlined into the handler."""
        for ancestor in self.analysis.ancestors(node):
            if ancestor.type in FUNCTION_TYPES and id(ancestor) not in self.inlined:
                return ancestor
        return None


def _preferred_quote(analysis: Analysis, text: str) -> str:
    single = double = 0
    for literal in analysis.nodes("Literal"):
        if isinstance(literal.value, str):
            first = text[literal.range[0]]
            if first == "'":
                single += 1
            elif first == '"':
                double += 1
    return '"' if double > single else "'"


# Rule fixers that apply to Hooks as they are: the asynchronous flow (through the role
# `callback`), `require` and dependencies, and the safety net.
SHARED_WITH_HOOKS = frozenset({"async-flow", "modules", "unconverted"})


def kinds(module: ModuleType) -> tuple[str, ...]:
    declared = getattr(module, "KINDS", None)
    if declared is not None:
        return tuple(declared)
    return ("rule", "hook") if module.NAME in SHARED_WITH_HOOKS else ("rule",)


@functools.cache
def registry(kind: str = "rule") -> tuple[ModuleType, ...]:
    """The fixers that apply to a ``kind`` of file (``rule`` or ``hook``), in order."""
    return tuple(m for m in _all_fixers() if kind in kinds(m))


@functools.cache
def _all_fixers() -> tuple[ModuleType, ...]:
    modules = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for attribute in ("NAME", "ORDER", "CODES", "fix"):
            if not hasattr(module, attribute):
                raise RuntimeError(f"fixer module {info.name} lacks {attribute}")
        modules.append(module)
    modules.sort(key=lambda m: (m.ORDER, m.NAME))
    return tuple(modules)
