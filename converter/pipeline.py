"""The conversion of one file: load → parse → analyze → fix → apply edits → render → validate.

``convert_bytes`` never raises: every outcome, including a bug in a fixer, is a
``Result`` with findings, so one bad file cannot stop a batch.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from typing import Any

from . import findings as _findings
from .analyze import Analysis, is_action
from .edits import Edit, apply_edits, for_variant
from .findings import Finding
from .parser import ParserLimit, SyntaxProblem, mask_keywords, parse, unmask_keywords, validate
from .source import LoadError, SourceFile

HEAD = "\x00rules2actions:head\x00"
TAIL = "\x00rules2actions:tail\x00"

_RULE_ID = re.compile(r"[A-Za-z0-9_-]+")

CLEAN, REVIEW, SKIPPED, FAILED = "clean", "needs-review", "skipped", "failed"

# Larger inputs are not parsed (R2A009): esprima needs seconds per megabyte.
MAX_INPUT_CHARS = 1_000_000

_HANDLER_NAMES = {
    "event": ("event", "loginEvent", "postLoginEvent"),
    "api": ("api", "loginApi", "postLoginApi"),
}


@dataclass
class Result:
    path: str
    status: str
    action: str | None = None  # the complete output text, BOM included
    findings: list[Finding] = field(default_factory=list)
    secrets: list[str] = field(default_factory=list)
    dependencies: dict[str, str] = field(default_factory=dict)
    source: SourceFile | None = field(default=None, repr=False)
    # The Action's pieces (preamble, body, postamble, continue_body, event, api), kept so
    # that several converted rules can be merged into one Action.
    parts: dict[str, Any] | None = field(default=None, repr=False)
    # Findings silenced by `// rules2actions: ignore[...]`: not shown, not counted.
    suppressed: list[Finding] = field(default_factory=list, repr=False)
    # The Hook trigger id when the file was converted as a Hook (None: a Rule).
    hook_type: str | None = None

    @property
    def converted(self) -> bool:
        return self.status in (CLEAN, REVIEW)

    def to_dict(self) -> dict[str, Any]:
        hook = {"hook_type": self.hook_type} if self.hook_type else {}
        return {
            "path": self.path,
            **hook,
            "status": self.status,
            "findings": [f.to_dict() for f in self.findings],
            "secrets": list(self.secrets),
            "dependencies": [
                {"name": name, "version": version}
                for name, version in sorted(self.dependencies.items())
            ],
        }


def convert_bytes(
    path: str,
    data: bytes,
    *,
    name: str | None = None,
    guard: str | None = None,
    helpers: dict[str, tuple[str, str]] | None = None,
    user_keys: frozenset[str] = frozenset(),
    hook_type: str | None = None,
) -> Result:
    try:
        source = SourceFile.from_bytes(path, data)
    except LoadError as error:
        return failure(path, error.code, error.message)
    return convert_source(
        source, name=name, guard=guard, helpers=helpers, user_keys=user_keys, hook_type=hook_type
    )


def convert_source(
    source: SourceFile,
    *,
    name: str | None = None,
    guard: str | None = None,
    helpers: dict[str, tuple[str, str]] | None = None,
    user_keys: frozenset[str] = frozenset(),
    hook_type: str | None = None,
) -> Result:
    """``hook_type``: the trigger id of a Hook (``pre-user-registration``,
    ``post-user-registration``, ``post-change-password``, ``credentials-exchange``,
    ``send-phone-message``), from the tenant metadata or the user; None lets the signature
    decide (see converter/hooks.py), ``"rule"`` forces a Rule. A Hook's Action exports the
    trigger's handler; ``guard``, ``helpers`` and ``user_keys`` apply to Rules only.
    ``guard``: a rule id; the handler then starts with
    ``if (api.rules.wasExecuted('<id>')) return;`` (Rules and Actions side by side).
    ``helpers``: ``global.NAME`` helpers an earlier rule of the tenant defines, as
    NAME → (that rule's name, the definition to put above the handler).
    ``user_keys``: root `user` attributes that rules merged before this one set (so reading
    them is not reported)."""
    if guard is not None and not _RULE_ID.fullmatch(guard):
        raise ValueError(f"not a rule id: {guard!r}")
    masked, keywords = mask_keywords(source.text)
    work = replace(source, text=masked, _line_starts=[]) if keywords else source
    try:
        result = _convert(
            work, name or os.path.basename(source.path), guard, helpers or {}, user_keys, hook_type
        )
        if keywords:
            result.source = source if result.source is not None else None
            if result.action is not None:
                result.action = unmask_keywords(result.action, keywords)
            result.findings = [
                replace(f, message=unmask_keywords(f.message, keywords)) for f in result.findings
            ]
        return result
    except RecursionError:
        # An input limit, not a bug: reported even under RULES2ACTIONS_DEBUG.
        return failure(
            source.path, "R2A009", "input exceeds parser limits: the code nests too deeply"
        )
    except Exception as error:  # noqa: BLE001 - one bad file must not stop a batch
        if os.environ.get("RULES2ACTIONS_DEBUG"):
            raise
        return failure(
            source.path,
            "R2A007",
            f"internal error: {type(error).__name__}: {error}",
        )


def failure(
    path: str, code: str, message: str, source: SourceFile | None = None, offset: int = 0
) -> Result:
    if source is not None:
        finding = _findings.make(code, message, source, offset)
    else:
        finding = Finding(code, "error", message, path, 1, 1, 1, 1)
    return Result(path, FAILED, findings=[finding], source=source)


def _convert(
    source: SourceFile,
    name: str,
    guard: str | None = None,
    helpers: dict[str, tuple[str, str]] | None = None,
    user_keys: frozenset[str] = frozenset(),
    hook_type: str | None = None,
) -> Result:
    text = source.text
    if not text.strip():
        return failure(source.path, "R2A003", "the file is empty", source)
    if len(text) > MAX_INPUT_CHARS:
        return failure(
            source.path,
            "R2A009",
            f"input exceeds parser limits: {len(text):,} characters "
            f"(the limit is {MAX_INPUT_CHARS:,})",
            source,
        )
    try:
        parsed = parse(text)
    except ParserLimit as problem:
        return failure(
            source.path,
            "R2A009",
            f"input exceeds parser limits: {problem.message}",
            source,
            problem.offset,
        )
    except SyntaxProblem as problem:
        return failure(
            source.path, "R2A001", f"syntax error: {problem.message}", source, problem.offset
        )
    from . import suppressions

    if suppressions.skips_file(parsed.comments):
        return Result(source.path, SKIPPED, source=source)
    if is_action(parsed.program):
        finding = _findings.make(
            "R2A005", "already an Action (exports an Actions handler); skipped", source, 0
        )
        return Result(source.path, SKIPPED, findings=[finding], source=source)
    from . import hooks

    try:
        trigger_id = hooks.decide(parsed.program, parsed.anonymous_at, hook_type)
    except hooks.HookTypeProblem as problem:
        return failure(source.path, problem.code, problem.message, source, problem.offset)
    trigger = hooks.trigger(trigger_id) if trigger_id is not None else None
    analysis = Analysis(parsed.program, parsed.anonymous_at, hook=trigger)
    rule = analysis.rule
    if rule is None:
        return failure(
            source.path,
            "R2A002",
            (
                "no rule function `function (user, context, callback) {...}` found"
                if trigger is None
                else "no Hook function `module.exports = function (...) {...}` found"
            ),
            source,
        )
    if trigger is not None:
        guard, helpers, user_keys = None, {}, frozenset()

    from .fixers import FixContext, registry

    event, api = (_free_name(analysis, role) for role in ("event", "api"))
    ctx = FixContext(source, analysis, parsed.comments, event=event, api=api)
    ctx.user_keys = user_keys
    edits: list[Edit] = []
    found: list[Finding] = []
    todos: list[tuple[Any, Finding]] = []
    secrets: list[str] = []
    dependencies: dict[str, str] = {}
    if (event, api) != ("event", "api"):
        found.append(
            _findings.make(
                "R2A010",
                f"the rule uses the name `event` or `api`; the handler's parameters are "
                f"`({event}, {api})`",
                source,
                rule.function.range[0],
            )
        )
    continue_handler = False
    if trigger is not None:
        how = "the type it was given" if hook_type is not None else "its signature"
        found.append(
            _findings.make(
                "R2A600",
                f"converted as a {trigger.id} Hook (from {how}) into an Action with "
                f"`exports.{trigger.handler}`",
                source,
                rule.function.range[0],
            )
        )
    for fixer in registry("hook" if trigger is not None else "rule"):
        fixes = fixer.fix(ctx)
        continue_handler = continue_handler or fixes.continue_handler
        edits.extend(fixes.edits)
        found.extend(fixes.findings)
        todos.extend(fixes.todos)
        ctx.handled |= fixes.handled
        ctx.removed |= fixes.removed
        ctx.inlined.update(fixes.inlined)
        ctx.error_params |= fixes.error_params
        ctx.standalone |= fixes.standalone
        if fixes.strategy is not None:
            ctx.strategy = fixes.strategy
        secrets.extend(s for s in fixes.secrets if s not in secrets)
        for dep, version in fixes.dependencies.items():
            dependencies.setdefault(dep, version)

    prelude = ""
    if helpers:
        found, todos, prelude = _inline_helpers(source, analysis, helpers, found, todos)
    todo_lines = _todo_edits(source, analysis, todos, edits)
    edits = todo_lines + edits  # at one offset, a TODO line goes before re-indentation
    edits.extend(_shell_edits(source, analysis, rule))
    edited = apply_edits(text, for_variant(edits, "execute"), parsed.comments)
    preamble, rest = edited.split(HEAD)
    body, postamble = rest.split(TAIL)
    continue_body = None
    if continue_handler:
        resumed = apply_edits(text, for_variant(edits, "continue"), parsed.comments)
        continue_body = resumed.split(HEAD)[1].split(TAIL)[0]

    from .render import render_action

    action = render_action(
        source_name=name,
        secrets=sorted(secrets),
        dependencies=sorted(dependencies.items()),
        todos=len(todo_lines),
        preamble=prelude + preamble,
        body=body,
        continue_body=continue_body,
        postamble=postamble,
        event=event,
        api=api,
        guard=guard,
        hook=trigger.id if trigger is not None else None,
        handler=trigger.handler if trigger is not None else "onExecutePostLogin",
        newline=source.newline,
    )
    problem = validate(action)
    found = _dedupe(found)
    if isinstance(problem, ParserLimit):
        return failure(
            source.path, "R2A009", f"input exceeds parser limits: {problem.message}", source
        )
    if problem is not None:
        line = action.count("\n", 0, problem.offset) + 1
        return failure(
            source.path,
            "R2A006",
            f"internal error: the converted Action does not parse ({problem.message} "
            f"on its line {line}); nothing was written",
            source,
        )
    # Suppressed warnings still make the rule "needs review": their TODO lines stay.
    status = REVIEW if any(f.at_least("warning") for f in found) else CLEAN
    found, suppressed = suppressions.apply(source, parsed.program, parsed.comments, found)
    return Result(
        source.path,
        status,
        action=source.restore(action),
        findings=found,
        suppressed=suppressed,
        secrets=sorted(secrets),
        dependencies=dependencies,
        source=source,
        hook_type=trigger.id if trigger is not None else None,
        parts={
            "preamble": prelude + preamble,
            "body": body,
            "postamble": postamble,
            "continue_body": continue_body,
            "event": event,
            "api": api,
            "todos": len(todo_lines),
        },
    )


def _inline_helpers(source, analysis, helpers, found, todos):
    """Drop the R2A422 findings (and TODO lines) of ``global.NAME`` helpers whose
    definition an earlier rule provides; return the definitions to put above the handler."""
    from .astutil import static_key

    used: dict[str, Any] = {}
    dropped: set[int] = set()
    for node, finding in todos:
        if finding.code != "R2A422" or node.type != "MemberExpression":
            continue
        key = static_key(node)
        if key in helpers:
            dropped.add(id(finding))
            used.setdefault(key, node)
    if not used:
        return found, todos, ""
    found = [f for f in found if id(f) not in dropped]
    todos = [(n, f) for n, f in todos if id(f) not in dropped]
    prelude = []
    for key in sorted(used, key=lambda k: used[k].range[0]):
        origin, definition = helpers[key]
        found.append(
            _findings.make(
                "R2A511",
                f"`global.{key}` is defined by the earlier rule {origin!r}; its definition is "
                "copied above the handler",
                source,
                used[key].range[0],
                used[key].range[1],
            )
        )
        prelude.append(definition.replace("\n", source.newline))
    return found, todos, "".join(prelude)


def _free_name(analysis: Analysis, role: str) -> str:
    taken = analysis.bound_names | set(analysis.globals)
    for candidate in _HANDLER_NAMES[role]:
        if candidate not in taken:
            return candidate
    number = 2
    while f"{_HANDLER_NAMES[role][-1]}{number}" in taken:
        number += 1
    return f"{_HANDLER_NAMES[role][-1]}{number}"


def _todo_edits(
    source: SourceFile,
    analysis: Analysis,
    todos: list[tuple[Any, Finding]],
    edits: list[Edit],
) -> list[Edit]:
    """One ``// TODO(rules2actions CODE): message`` line above each reported statement,
    indented as the statement will be once re-indentation edits are applied."""
    shifts: dict[int, str | int] = {}
    for edit in edits:
        if edit.start == edit.end and edit.text and not edit.text.strip(" \t"):
            shifts[edit.start] = edit.text  # spaces added at a line start
        elif edit.text == "" and not source.text[edit.start : edit.end].strip(" \t"):
            shifts[edit.start] = edit.end - edit.start  # spaces removed at a line start
    lines: dict[int, list[str]] = {}
    for node, finding in todos:
        statement = analysis.enclosing_statement(node)
        offset = source.line_start(statement.range[0])
        indent = source.indentation(statement.range[0])
        shift = shifts.get(offset)
        if isinstance(shift, str):
            indent = shift + indent
        elif isinstance(shift, int):
            indent = indent[shift:]
        line = f"{indent}// TODO(rules2actions {finding.code}): {finding.message}{source.newline}"
        bucket = lines.setdefault(offset, [])
        if line not in bucket:
            bucket.append(line)
    return [
        Edit(offset, offset, line, "todo") for offset in sorted(lines) for line in lines[offset]
    ]


def _shell_edits(source: SourceFile, analysis: Analysis, rule: Any) -> list[Edit]:
    """Markers where the rule function's head and closing brace are replaced."""
    statement = rule.statement
    body = rule.body
    end = statement.range[1]
    program_body = analysis.program.body
    index = program_body.index(statement)
    if index + 1 < len(program_body):
        following = program_body[index + 1]
        if following.type == "EmptyStatement" and not source.text[end : following.range[0]].strip():
            end = following.range[1]  # the `;` after `function rule(...) {...}`
    return [
        Edit(statement.range[0], body.range[0] + 1, HEAD, "shell"),
        Edit(body.range[1] - 1, end, TAIL, "shell"),
    ]


def _dedupe(found: list[Finding]) -> list[Finding]:
    seen = set()
    unique = []
    for finding in sorted(found, key=lambda f: f.sort_key):
        key = (finding.code, finding.line, finding.message)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique
