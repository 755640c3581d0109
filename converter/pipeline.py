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
from .parser import (
    ParserLimit,
    SyntaxProblem,
    esprima_only,
    in_node,
    mask_keywords,
    parse_ahead as _parse_ahead,
    parse,
    unmask_keywords,
    validate,
)
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
    helpers: dict[str, Any] | None = None,
    user_keys: frozenset[str] = frozenset(),
    hook_type: str | None = None,
    shared: dict[str, tuple[str, ...]] | None = None,
) -> Result:
    try:
        source = SourceFile.from_bytes(path, data)
    except LoadError as error:
        return failure(path, error.code, error.message)
    return convert_source(
        source,
        name=name,
        guard=guard,
        helpers=helpers,
        user_keys=user_keys,
        hook_type=hook_type,
        shared=shared,
    )


def parse_ahead(path: str, data: bytes) -> None:
    """Have the text ``convert_bytes(path, data)`` will parse parsed now, in Node (see
    ``parser.parse_ahead``); nothing when it would not be parsed there."""
    try:
        source = SourceFile.from_bytes(path, data)
    except LoadError:
        return
    if source.text.strip() and len(source.text) <= MAX_INPUT_CHARS:
        _parse_ahead(mask_keywords(source.text)[0])


def convert_source(
    source: SourceFile,
    *,
    name: str | None = None,
    guard: str | None = None,
    helpers: dict[str, Any] | None = None,
    user_keys: frozenset[str] = frozenset(),
    hook_type: str | None = None,
    shared: dict[str, tuple[str, ...]] | None = None,
) -> Result:
    """``hook_type``: the trigger id of a Hook (``pre-user-registration``,
    ``post-user-registration``, ``post-change-password``, ``credentials-exchange``,
    ``send-phone-message``), from the tenant metadata or the user; None lets the signature
    decide (see converter/hooks.py), ``"rule"`` forces a Rule. A Hook's Action exports the
    trigger's handler; ``guard``, ``helpers`` and ``user_keys`` apply to Rules only.
    ``guard``: a rule id; the handler then starts with
    ``if (api.rules.wasExecuted('<id>')) return;`` (Rules and Actions side by side).
    ``helpers``: ``global.NAME`` helpers an earlier rule of the tenant defines, as
    NAME → ``crossrule.Helper``: those the rule uses are copied into the rule function
    (so into the handler) and converted with it.
    ``user_keys``: root `user` attributes that rules merged before this one set (so reading
    them is not reported).
    ``shared``: the ``global.NAME`` helpers this rule defines that ``migrate`` copies into
    later Actions, NAME → those Actions (R2A423 instead of R2A421)."""
    if guard is not None and not _RULE_ID.fullmatch(guard):
        raise ValueError(f"not a rule id: {guard!r}")
    options = (name, guard, helpers, user_keys, hook_type, shared)
    result = _convert_source(source, *options)
    if result.status == FAILED and in_node():
        # The tree came from esprima-next in Node (parser.py). A failure is decided by
        # esprima-fork, as without Node: its syntax errors, limits and messages.
        with esprima_only():
            result = _convert_source(source, *options)
    return result


def _convert_source(
    source: SourceFile,
    name: str | None,
    guard: str | None,
    helpers: dict[str, Any] | None,
    user_keys: frozenset[str],
    hook_type: str | None,
    shared: dict[str, tuple[str, ...]] | None,
) -> Result:
    copies = _copy_helpers(source.text, helpers) if helpers else None
    original = source
    if copies is not None:
        source = replace(source, text=copies.text, _line_starts=[])
    masked, keywords = mask_keywords(source.text)
    work = replace(source, text=masked, _line_starts=[]) if keywords else source
    try:
        result = _convert(
            work,
            name or os.path.basename(source.path),
            guard,
            copies,
            user_keys,
            hook_type,
            shared or {},
        )
        if copies is not None:
            _map_back(result, copies, source, original)
            source = original
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
    copies: "_Copies | None" = None,
    user_keys: frozenset[str] = frozenset(),
    hook_type: str | None = None,
    shared: dict[str, tuple[str, ...]] | None = None,
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
    copied = {}
    if copies is not None:
        for function in _declarations(parsed.program):
            if function.id.range[0] in copies.names:
                copied[copies.names[function.id.range[0]]] = function.id
    from . import hooks

    analysis = Analysis(parsed.program, parsed.anonymous_at, bind=False)
    try:
        trigger_id = hooks.decide(parsed.program, parsed.anonymous_at, hook_type, analysis.nodes)
    except hooks.HookTypeProblem as problem:
        return failure(source.path, problem.code, problem.message, source, problem.offset)
    trigger = hooks.trigger(trigger_id) if trigger_id is not None else None
    analysis.bind(global_helpers=copied, hook=trigger)
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
    ctx.shared_helpers = shared or {}
    ctx.analyse_flow()
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
        ctx.edited.extend((e.start, e.end) for e in fixes.edits if e.end > e.start)
        ctx.removed |= fixes.removed
        secrets.extend(s for s in fixes.secrets if s not in secrets)
        for dep, version in fixes.dependencies.items():
            dependencies.setdefault(dep, version)

    prelude = ""
    todo_lines = _todo_edits(source, analysis, todos, edits)
    # At one offset, a TODO line goes before re-indentation, after a fallback's opening.
    openings = [e for e in edits if e.origin == "async-flow-prelude"]
    edits = openings + todo_lines + [e for e in edits if e.origin != "async-flow-prelude"]
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


@dataclass
class _Copies:
    """`global` helpers of earlier rules copied into the rule function (``migrate``)."""

    text: str  # the rule's text with the copies inserted
    start: int  # where they were inserted
    length: int
    first_line: int  # the line the copies start on, and how many lines they take
    lines: int
    names: dict[int, str]  # offset of each copy's name → its `global` key
    # (first line, last line, helper, offset of its first use in the rule, line of the
    # declaration) per copy
    spans: list[tuple[int, int, Any, int, int]] = field(default_factory=list)


def _copy_helpers(text: str, helpers: dict[str, Any]) -> "_Copies | None":
    """Insert, at the top of the rule function's body, a function declaration for each
    `global.NAME` helper the rule uses (and those they use), as defined by an earlier
    rule: there `event` and `api` are in scope, and the helper converts with the rule."""
    masked, _ = mask_keywords(text)
    try:
        parsed = parse(masked)
    except SyntaxProblem:
        return None
    analysis = Analysis(parsed.program, parsed.anonymous_at)
    rule = analysis.rule
    if rule is None or rule.body.type != "BlockStatement":
        return None
    from .astutil import static_key

    first_use: dict[str, int] = {}
    for ref in analysis.globals.get("global", []):
        member = analysis.parent(ref)
        if member is None or member.type != "MemberExpression" or member.object is not ref:
            continue
        key = static_key(member)
        if key in helpers and key not in first_use:
            first_use[key] = ref.range[0]
    if not first_use:
        return None
    order = sorted(first_use, key=first_use.get)
    index = 0
    while index < len(order):
        for key in sorted(helpers[order[index]].uses):
            if key in helpers and key not in order:
                order.append(key)
                first_use[key] = first_use[order[index]]
        index += 1
    taken = (analysis.bound_names | set(analysis.globals)) - {"global"}
    declared: dict[str, str] = {}
    chosen = []
    for key in order:
        helper = helpers[key]
        if any(name in taken for name in helper.names) or key in declared:
            continue
        constants = [item for item in helper.prelude if item.startswith("const ")]
        if any(declared.get(item.split()[1], item) != item for item in constants):
            continue  # two helpers with different constants of the same name
        for item in constants:
            declared[item.split()[1]] = item
        declared[key] = key
        chosen.append(key)
    if not chosen:
        return None
    body = rule.body
    statements = body.body
    source = SourceFile.from_text("", text)
    nl = source.newline
    if statements and source.line_start(statements[0].range[0]) > body.range[0]:
        start = source.line_start(statements[0].range[0])
        indent = source.indentation(statements[0].range[0])
        lead = ""
    else:
        start = body.range[0] + 1
        indent = source.indentation(rule.statement.range[0]) + "  "
        lead = nl
    block = [lead] if lead else []
    spans = []
    line = text.count("\n", 0, start) + 1 + (1 if lead else 0)
    names: dict[int, str] = {}
    constants_done: set[str] = set()
    offset = start + len(lead)
    for key in chosen:
        helper = helpers[key]
        what = f"defined it as `global.{key}`" if helper.function else f"sets up `global.{key}`"
        comment = (
            f"// Copied by rules2actions from the rule {helper.rule!r} (its line "
            f"{helper.line}), which {what}."
        )
        lines = [comment]
        for item in helper.prelude:
            if item not in constants_done:
                constants_done.add(item)
                lines.extend(item.split("\n"))
        declaration_line = line + len(lines)
        if helper.function:
            name_at = (
                offset
                + sum(len((indent + item if item.strip() else "") + nl) for item in lines)
                + len(indent)
                + helper.function.index(key)
            )
            names[name_at] = key
            lines.extend(helper.function.split("\n"))
        elif len(lines) == 1:
            continue  # its setup is already there (another copy needs it too)
        chunk_start_line = line
        for item in lines:
            text_line = (indent + item if item.strip() else "") + nl
            block.append(text_line)
            offset += len(text_line)
            line += 1
        block.append(nl)
        offset += len(nl)
        line += 1
        spans.append((chunk_start_line, line - 1, helper, first_use[key], declaration_line))
    inserted = "".join(block)
    if lead:
        inserted = inserted + indent
    combined = text[:start] + inserted + text[start:]
    first_line = text.count("\n", 0, start) + 1
    return _Copies(
        combined,
        start,
        len(inserted),
        first_line,
        inserted.count("\n"),
        names,
        spans,
    )


def _map_finding(finding: Finding, copies: _Copies, original: SourceFile) -> Finding:
    line, end_line = finding.line, finding.end_line
    last = copies.first_line + copies.lines
    if copies.first_line <= line < last:
        span = next((s for s in copies.spans if s[0] <= line <= s[1]), None)
        if span is None:
            return finding
        _first, _end, helper, use, declared = span
        use_line, use_column = original.position(use)
        where = helper.line + max(0, line - declared)
        return replace(
            finding,
            message=f"in the copy of `global.{helper.name}` (from the rule {helper.rule!r}, "
            f"its line {where}): {finding.message}",
            line=use_line,
            column=use_column,
            end_line=use_line,
            end_column=use_column,
        )
    if line >= last:
        line -= copies.lines
    if end_line >= last:
        end_line -= copies.lines
    return replace(finding, line=line, end_line=end_line)


def _declarations(program: Any) -> list[Any]:
    from .astutil import walk

    return [n for n in walk(program) if n.type == "FunctionDeclaration" and n.id is not None]


def _map_back(result: Result, copies: _Copies, combined: SourceFile, original: SourceFile) -> None:
    """Findings located in the rule's own text again; those in a copy at the rule's first
    use of the helper, saying where in the copy."""
    mapped = [_map_finding(f, copies, original) for f in result.findings]
    result.suppressed = [_map_finding(f, copies, original) for f in result.suppressed]
    if result.converted:
        for _first, _end, helper, use, _declared in copies.spans:
            copied = (
                "a converted copy is declared at the top of the handler"
                if helper.function
                else "its setup is copied at the top of the handler"
            )
            verb = "defined" if helper.function else "set up"
            mapped.append(
                _findings.make(
                    "R2A511",
                    f"`global.{helper.name}` is {verb} by the earlier rule {helper.rule!r}; "
                    + copied,
                    original,
                    use,
                    use + len("global.") + len(helper.name),
                )
            )
    result.findings = sorted(mapped, key=lambda f: f.sort_key)
    if result.source is not None:
        result.source = original


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
