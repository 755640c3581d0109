"""Prepare a batch of (rule, Action, scenarios), run it in one Node process, compare."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from . import HarnessError
from . import modules as _modules
from . import scenario as _scenario

HARNESS = Path(__file__).with_name("harness.js")
SAME, EXPECTED, DIFFERS, ERROR = "same", "same (expected differences)", "differs", "error"
SKIPPED = "skipped"

# Differences inherent to Actions and documented with their finding code: always reported
# as expected, whether or not a scenario lists them (`expect_differences`).
INHERENT = (
    # R2A115: `UnauthorizedError` sent `error=unauthorized`; Actions can only deny with
    # `access_denied` (the description is compared on its own).
    {"path": "deny.error", "rule": "unauthorized", "action": "access_denied"},
    {"path": "continue.deny.error", "rule": "unauthorized", "action": "access_denied"},
)


@dataclass
class Case:
    rule_path: str
    action_path: str | None = None  # None: converted in memory
    status: str = ""  # the conversion's status (clean, needs-review, ...)
    error: str | None = None  # why the case cannot run (conversion failed, not a rule...)
    rule_code: str = ""
    action_code: str = ""
    dependencies: dict[str, str] = field(default_factory=dict)
    scenarios: list[dict] = field(default_factory=list)
    scenario_source: str = "derived"
    sandbox_globals: set[str] = field(default_factory=set)
    results: list[dict] = field(default_factory=list)
    trigger: str | None = None  # a Hook's trigger id; None for a Rule

    @property
    def verdict(self) -> str:
        if self.status == "skipped" and self.error:
            return SKIPPED
        if self.error or any(r["status"] == ERROR for r in self.results):
            return ERROR
        if any(r["status"] == DIFFERS for r in self.results):
            return DIFFERS
        return SAME


def prepare(
    rule_path: str,
    action_path: str | None = None,
    scenario_files: tuple[str, ...] = (),
) -> Case:
    """Convert the rule in memory (for its Action, secrets and dependencies), make its code
    runnable, and resolve its scenarios."""
    from ..analyze import Analysis
    from ..parser import SyntaxProblem, parse
    from ..pipeline import convert_bytes
    from ..source import LoadError, SourceFile

    case = Case(rule_path, action_path)
    data = Path(rule_path).read_bytes()
    result = convert_bytes(rule_path, data)
    case.status = result.status
    try:
        source = SourceFile.from_bytes(rule_path, data)
        source.text = deploy_keywords(source.text)
        parsed = parse(source.text)
    except (LoadError, SyntaxProblem) as error:
        case.error = f"cannot load the rule: {getattr(error, 'message', error)}"
        return case
    analysis = Analysis(parsed.program, parsed.anonymous_at)
    if analysis.rule is None:
        case.error = (
            "already an Action; nothing to verify"
            if result.status == "skipped"
            else "no rule function found" + _hook_hint(source.text)
        )
        return case
    text = source.text
    start, end = analysis.rule.function.range
    if analysis.rule.statement.type == "FunctionDeclaration":
        # Still a declaration (its name is hoisted and may be exported by name).
        name = analysis.rule.function.id.name
        case.rule_code = f"{text[:end]} __r2a_rule = {name};{text[end:]}"
    else:
        case.rule_code = f"{text[:start]}(__r2a_rule = {text[start:end]}){text[end:]}"
    if analysis.rule.exported:
        # `module.exports = function (user, context, callback) {...}`: a module of its own
        # (on the rule's first line, so line numbers stay).
        case.rule_code = "var module = { exports: {} }, exports = module.exports; " + case.rule_code
    from ..catalog import mappings

    sandbox = mappings()["sandbox"]
    case.sandbox_globals = {name for name in analysis.globals if name in sandbox}
    case.dependencies = dict(result.dependencies)
    if action_path is not None:
        try:
            case.action_code = SourceFile.from_bytes(
                action_path, Path(action_path).read_bytes()
            ).text
        except (OSError, LoadError) as error:
            case.error = f"cannot read the Action: {getattr(error, 'message', error)}"
            return case
    elif result.action is None:
        case.error = f"the conversion {result.status}: " + "; ".join(
            f.message for f in result.findings
        )
        return case
    else:
        case.action_code = SourceFile.from_bytes(rule_path, result.action.encode("utf-8")).text
    case.action_code = deploy_keywords(case.action_code)
    context_name = "context"
    binding = analysis.rule.bindings.get("context")
    if binding is not None:
        context_name = binding.name
    user_name = "user"
    binding = analysis.rule.bindings.get("user")
    if binding is not None:
        user_name = binding.name
    files = [Path(f) for f in scenario_files]
    if not files:
        found = _scenario.sidecar(rule_path)
        files = [found] if found else []
    if files:
        loaded = []
        for file in files:
            loaded.extend(_scenario.load(file))
        case.scenarios = _scenario.resolve(loaded, text, result.secrets)
        case.scenario_source = ", ".join(str(f) for f in files)
    else:
        case.scenarios = _scenario.derived(text, result.secrets, context_name, user_name)
        for item in case.scenarios:
            item["expect_differences"] = []
    return case


# -- Hooks ---------------------------------------------------------------------------------


def convert_hook(path: str, data: bytes, trigger: str) -> tuple[str, dict[str, str], str]:
    """The Hook converted in memory by the pipeline (``hook_type=trigger``): ``(action
    source, dependencies, conversion status)``; ``HarnessError`` when it cannot be."""
    from ..pipeline import convert_bytes

    result = convert_bytes(path, data, hook_type=trigger)
    if result.action is None:
        raise HarnessError(
            f"the conversion {result.status}: " + "; ".join(f.message for f in result.findings)
        )
    return result.action, dict(result.dependencies), result.status


# The Hook → Action converter: ``(path, data, trigger) -> (action source, dependencies)``
# (a third item, when there is one, is the conversion's status); it raises
# ``HarnessError`` (or returns ``None``) when the Hook cannot be converted. ``None``: a Hook
# is verified only against an Action given by hand.
HOOK_CONVERTER: Callable[[str, bytes, str], tuple | None] | None = convert_hook


def hook_case(
    hook_source: str,
    action_source: str,
    trigger: str,
    scenarios: list[dict] | None = None,
    *,
    hook_path: str = "hook.js",
    action_path: str | None = None,
    dependencies: dict[str, str] | None = None,
    status: str = "hook",
) -> Case:
    """A runnable case from sources: the entry point for the Hook converter's output.

    ``scenarios`` are Hook-shaped (see ``hooks.py``), merged over the trigger's typical
    invocation; ``None`` derives them from the Hook. ``dependencies`` are the Action's
    (``name -> version``); by default the versions the Hook pinned."""
    from . import hooks as _hooks

    _hooks.check_trigger(trigger)
    case = Case(hook_path, action_path, status=status, trigger=trigger)
    hook_source = hook_source.lstrip("\ufeff")
    try:
        _analysis, _function, code = _hooks.hook_function(deploy_keywords(hook_source))
    except HarnessError as error:
        case.error = str(error)
        return case
    case.rule_code = code
    case.action_code = deploy_keywords(action_source.lstrip("\ufeff"))
    if dependencies is None:
        dependencies = {name: version for name, version in _modules.requires(code) if version}
    case.dependencies = dict(dependencies)
    if scenarios is None:
        case.scenarios = _hooks.derived(trigger, deploy_keywords(hook_source))
    else:
        case.scenarios = _hooks.resolve(trigger, scenarios, deploy_keywords(hook_source))
        case.scenario_source = "given"
    return case


def prepare_hook(
    hook_path: str,
    action_path: str | None = None,
    trigger: str | None = None,
    scenario_files: tuple[str, ...] = (),
) -> Case:
    """A Hook file and its Action file (or the plugged-in converter's output), with the
    scenarios of ``scenario_files``, else ``<hook>.scenarios.yaml``, else derived."""
    from ..source import LoadError, SourceFile
    from . import hooks as _hooks

    try:
        hook_text = SourceFile.from_bytes(hook_path, Path(hook_path).read_bytes()).text
    except (OSError, LoadError) as error:
        return Case(hook_path, action_path, error=f"cannot read the Hook: {error}")
    if trigger is None:
        trigger = _hooks.detect_trigger(hook_path, hook_text)
    if trigger is None:
        raise HarnessError(
            f"{hook_path}: a (user, context, cb) Hook may be for pre-user-registration, "
            "post-user-registration or post-change-password: name it with --trigger ID"
        )
    _hooks.check_trigger(trigger)
    dependencies = None
    status = "hook"
    if action_path is not None:
        try:
            action_text = SourceFile.from_bytes(action_path, Path(action_path).read_bytes()).text
        except (OSError, LoadError) as error:
            return Case(hook_path, action_path, error=f"cannot read the Action: {error}")
    else:
        try:
            converted = (
                HOOK_CONVERTER(hook_path, Path(hook_path).read_bytes(), trigger)
                if HOOK_CONVERTER
                else None
            )
        except HarnessError as error:
            return Case(hook_path, None, status="failed", trigger=trigger, error=str(error))
        if converted is None:
            return Case(
                hook_path,
                None,
                status="hook",
                trigger=trigger,
                error="no Action to verify: give the Hook's Action with --action FILE",
            )
        action_text, dependencies = converted[0], converted[1]
        status = converted[2] if len(converted) > 2 else "hook, converted in memory"
        action_text = SourceFile.from_bytes(hook_path, action_text.encode("utf-8")).text
    files = [Path(f) for f in scenario_files]
    if not files:
        found = _scenario.sidecar(hook_path)
        files = [found] if found else []
    scenarios = None
    if files:
        scenarios = []
        for file in files:
            scenarios.extend(_scenario.load(file, check_keys=False))
    case = hook_case(
        hook_text,
        action_text,
        trigger,
        scenarios,
        hook_path=hook_path,
        action_path=action_path,
        dependencies=dependencies,
        status=status,
    )
    if files:
        case.scenario_source = ", ".join(str(f) for f in files)
    return case


def hook_trigger(path: str) -> str | None:
    """The trigger of ``path`` when it is recognisably a Hook, else None (a Rule).

    The Deploy CLI ``<name>.json``'s ``triggerId`` first, then the converter's own decision
    (``hooks.decide``: the signature, or a three-parameter function that only a Hook would
    be), then the harness's signature check (``hooks.detect_trigger``). A ``(user, context,
    cb)`` file that looks like a Hook (R2A601) raises ``HarnessError``: its trigger must be
    named with ``--trigger``."""
    from .. import hooks as _decision
    from ..parser import SyntaxProblem, parse
    from ..source import LoadError, SourceFile
    from . import hooks as _hooks

    try:
        text = SourceFile.from_bytes(path, Path(path).read_bytes()).text
    except (OSError, LoadError):
        return None
    meta = _hooks.detect_trigger(path, text, signature=False)
    if meta is not None:
        return meta
    try:
        parsed = parse(deploy_keywords(text))
    except SyntaxProblem:
        return None
    try:
        decided = _decision.decide(parsed.program, parsed.anonymous_at, None)
    except _decision.HookTypeProblem as problem:
        if problem.code == "R2A601":
            what = problem.message.split(": name its type")[0]
            raise HarnessError(
                f"{what}: name its trigger with --trigger pre-user-registration, "
                "post-user-registration or post-change-password"
            ) from None
        decided = None
    if decided is not None:
        return decided
    return _hooks.detect_trigger(path, text)


def verify_hook(
    hook_source: str,
    action_source: str,
    trigger: str,
    scenarios: list[dict] | None = None,
    *,
    node_modules: str | None = None,
    timeout: float = 5.0,
    **options: Any,
) -> Case:
    """Run a Hook and its Action on the same scenarios and compare: ``case.verdict`` is
    ``same``, ``differs`` or ``error``; ``case.results`` has one entry per scenario."""
    case = hook_case(hook_source, action_source, trigger, scenarios, **options)
    run([case], node_modules=node_modules, timeout=timeout)
    return case


def _hook_hint(text: str) -> str:
    from . import hooks as _hooks

    try:
        _analysis, function, _code = _hooks.hook_function(text)
    except HarnessError:
        return ""
    if len(function.params) == 3:
        return (
            "; a (user, context, cb) Hook needs its trigger: --trigger pre-user-registration, "
            "post-user-registration or post-change-password"
        )
    return ""


def deploy_keywords(text: str) -> str:
    """Replace Deploy CLI keyword markers as `a0deploy import` would, with a placeholder
    value per key: `@@KEY@@` by a JSON string, `##KEY##` by the bare value."""
    import json
    import re

    # Written inside quotes (`'@@KEY@@'`), the marker is read as the bare value: its JSON
    # string would end the quotes (a syntax error on both sides).
    text = re.sub(
        r"(['\"])@@([A-Za-z_][A-Za-z0-9_]*)@@\1",
        lambda m: f"{m.group(1)}{m.group(2)}-value{m.group(1)}",
        text,
    )
    text = re.sub(
        r"@@([A-Za-z_][A-Za-z0-9_]*)@@", lambda m: json.dumps(f"{m.group(1)}-value"), text
    )
    return re.sub(r"##([A-Za-z_][A-Za-z0-9_]*)##", lambda m: f"{m.group(1)}-value", text)


def packages(cases: list[Case]) -> set[tuple[str, str]]:
    from ..catalog import mappings

    sandbox = mappings()["sandbox"]
    needed: set[tuple[str, str]] = set()
    for case in cases:
        if case.error:
            continue
        needed.update(_modules.requires(case.rule_code))
        for name in case.sandbox_globals:
            entry = sandbox[name]
            if not entry.get("core") and entry["module"] not in _modules.FAKED:
                needed.add((entry["module"], _modules.SANDBOX_VERSIONS.get(entry["module"], "")))
        for name, _version in _modules.requires(case.action_code):
            needed.add((name, case.dependencies.get(name, "")))
    return needed


def run(cases: list[Case], node_modules: str | None = None, timeout: float = 5.0) -> None:
    """Run every runnable case in one Node process and fill in ``case.results``."""
    from ..catalog import mappings

    runnable = [c for c in cases if not c.error]
    if not runnable:
        return
    node = shutil.which("node")
    if node is None:
        raise HarnessError("Node.js (>= 18) is needed to run `verify`; `node` is not on PATH")
    prefix = _modules.cache_dir(node_modules)
    installed = _modules.ensure(packages(runnable), prefix)
    sandbox = {
        name: _modules.sandbox_spec(entry["module"])
        for name, entry in mappings()["sandbox"].items()
    }
    job = {
        "timeout_ms": int(timeout * 1000),
        "modules": installed,
        "sandbox": sandbox,
        "user_fields": mappings()["user"]["documented"],
        "restricted_claims": mappings()["claims"]["restricted"],
        "cases": [
            {
                "id": index,
                "trigger": case.trigger,
                ("hook" if case.trigger else "rule"): {
                    "code": case.rule_code,
                    "filename": str(Path(case.rule_path).resolve()),
                },
                "action": {
                    "code": case.action_code,
                    "filename": str(
                        Path(case.action_path or case.rule_path).resolve().with_suffix(".action.js")
                        if case.action_path is None
                        else Path(case.action_path).resolve()
                    ),
                    "dependencies": case.dependencies,
                },
                "scenarios": [
                    {k: v for k, v in s.items() if k != "expect_differences"}
                    for s in case.scenarios
                ],
            }
            for index, case in enumerate(runnable)
        ],
    }
    runs = sum(len(c.scenarios) for c in runnable) * 4
    try:
        done = subprocess.run(
            [node, str(HARNESS)],
            input=json.dumps(job),
            capture_output=True,
            text=True,
            timeout=30 + runs * timeout,
        )
    except subprocess.TimeoutExpired:
        raise HarnessError("the Node harness did not finish in time") from None
    if done.returncode != 0:
        raise HarnessError(f"the Node harness failed: {done.stderr.strip()[-2000:]}")
    try:
        output = json.loads(done.stdout)
    except json.JSONDecodeError:
        raise HarnessError(f"the Node harness printed no result: {done.stderr[-2000:]}") from None
    for case, out in zip(runnable, output["cases"]):
        case.results = [
            compare(scenario, result) for scenario, result in zip(case.scenarios, out["scenarios"])
        ]


def compare(scenario: dict, result: dict) -> dict:
    rule, action = result["rule"], result["action"]
    entry: dict[str, Any] = {"name": scenario["name"], "differences": [], "expected": []}
    for side_name, side in (("rule", rule), ("action", action)):
        if side.get("harness_error"):
            entry.update(status=ERROR, error=f"{side_name}: {side['harness_error']}")
            return entry
        if side.get("missing"):
            missing = ", ".join(sorted(set(side["missing"])))
            entry.update(status=ERROR, error=f"{side_name}: npm package not available: {missing}")
            return entry
    entry["rule"] = rule["effects"]
    entry["action"] = action["effects"]
    entry["logs"] = {"rule": rule.get("logs", []), "action": action.get("logs", [])}
    found = differences(rule["effects"], action["effects"])
    expected = scenario.get("expect_differences") or []
    unmatched_expected = []
    remaining = list(found)
    for expectation in expected:
        match = next((d for d in remaining if _matches(expectation, d)), None)
        if match is None:
            unmatched_expected.append(expectation)
        else:
            remaining.remove(match)
            entry["expected"].append(match)
    for difference in list(remaining):
        if any(_matches(inherent, difference) for inherent in INHERENT):
            remaining.remove(difference)
            entry["expected"].append(difference)
    entry["differences"] = remaining
    entry["unmet_expectations"] = unmatched_expected
    if remaining or unmatched_expected:
        entry["status"] = DIFFERS
    else:
        entry["status"] = EXPECTED if entry["expected"] else SAME
    return entry


def _matches(expectation: dict, difference: dict) -> bool:
    if expectation.get("path") != difference["path"]:
        return False
    for side in ("rule", "action"):
        if side in expectation and expectation[side] != difference.get(side, _ABSENT):
            return False
    return True


_ABSENT = object()


def _key(path: str, key: str) -> str:
    import re

    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
        return f"{path}.{key}" if path else key
    return f"{path}[{json.dumps(key)}]"


def differences(rule: Any, action: Any, path: str = "") -> list[dict]:
    """Leaf differences between two effects records, as ``{path, rule, action}``; a key
    missing on one side has no ``rule``/``action`` entry."""
    if isinstance(rule, dict) and isinstance(action, dict):
        out = []
        for key in list(rule) + [k for k in action if k not in rule]:
            sub = _key(path, key)
            if key not in action:
                out.append({"path": sub, "rule": rule[key]})
            elif key not in rule:
                out.append({"path": sub, "action": action[key]})
            else:
                out.extend(differences(rule[key], action[key], sub))
        return out
    if (
        isinstance(rule, list)
        and isinstance(action, list)
        and len(rule) == len(action)
        and rule != action
        and all(isinstance(x, dict) for x in rule + action)
    ):
        out = []
        for index, (a, b) in enumerate(zip(rule, action)):
            out.extend(differences(a, b, f"{path}[{index}]"))
        return out
    if rule == action and type(rule) is type(action):
        return []
    return [{"path": path, "rule": rule, "action": action}]
