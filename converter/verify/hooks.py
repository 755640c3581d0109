"""Legacy Hooks in `verify`: the five triggers, their typical invocation, the trigger a Hook
file is for, its code made loadable as a module, and scenarios derived per trigger.

A Hook scenario is written in Hook terms, as the webtask received it (``user`` and
``context`` for the registration and password triggers; ``client``, ``scope``,
``audience`` and ``context`` for credentials-exchange; ``recipient``, ``text`` and
``context`` for send-phone-message), plus ``secrets`` (``context.webtask.secrets`` and
``event.secrets``), canned ``http`` responses, ``webtask`` (``meta``, ``headers``,
``query``) and ``storage`` (the webtask storage's initial data). The harness builds the
Action's ``event`` from it through the documented mapping (harness ``hooks.js``).
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from . import HarnessError
from .scenario import merge, placeholder

TRIGGERS = (
    "pre-user-registration",
    "post-user-registration",
    "post-change-password",
    "credentials-exchange",
    "send-phone-message",
)

_CONNECTION = {
    "id": "con_uBAJ2xg8mOi7ZkTh",
    "name": "Username-Password-Authentication",
    "tenant": "example",
}
_REQUEST = {
    "ip": "203.0.113.10",
    "language": "en-US",
    "userAgent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0",
}

TYPICAL: dict[str, dict[str, Any]] = {
    "pre-user-registration": {
        "user": {
            "tenant": "example",
            "username": "jane",
            "password": "correct-horse-battery-staple",
            "email": "jane.doe@example.com",
            "emailVerified": False,
            "phoneNumber": "+14155550100",
            "phoneNumberVerified": False,
            "user_metadata": {},
            "app_metadata": {},
        },
        "context": {
            "connection": _CONNECTION,
            "requestLanguage": "en-US",
            "renderLanguage": "en",
            "request": _REQUEST,
        },
    },
    "post-user-registration": {
        "user": {
            "id": "5f7c8ec7c33c6c004bbafe82",
            "tenant": "example",
            "username": "jane",
            "email": "jane.doe@example.com",
            "emailVerified": False,
            "phoneNumber": "+14155550100",
            "phoneNumberVerified": False,
            "user_metadata": {},
            "app_metadata": {},
        },
        "context": {"connection": _CONNECTION, "requestLanguage": "en-US"},
    },
    "post-change-password": {
        "user": {
            "id": "5f7c8ec7c33c6c004bbafe82",
            "username": "jane",
            "email": "jane.doe@example.com",
            "last_password_reset": "2026-01-01T00:00:00.000Z",
        },
        "context": {"connection": _CONNECTION, "request": _REQUEST},
    },
    "credentials-exchange": {
        "client": {
            "id": "k5u3o2fiAA8XweXEEX604KCwCjzjtMU6",
            "name": "Billing Service",
            "tenant": "example",
            "metadata": {},
        },
        "scope": ["read:invoices"],
        "audience": "https://api.example.com/",
        "context": {
            "body": {
                "grant_type": "client_credentials",
                "client_id": "k5u3o2fiAA8XweXEEX604KCwCjzjtMU6",
                "audience": "https://api.example.com/",
            },
        },
    },
    "send-phone-message": {
        "recipient": "+14155550100",
        "text": "Your verification code is: 123456",
        "context": {
            "message_type": "sms",
            "action": "second-factor-authentication",
            "language": "en",
            "code": "123456",
            "ip": "203.0.113.10",
            "user_agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0",
            "client": {
                "client_id": "k5u3o2fiAA8XweXEEX604KCwCjzjtMU6",
                "name": "My App",
                "client_metadata": {},
            },
            "user": {
                "user_id": "auth0|5f7c8ec7c33c6c004bbafe82",
                "name": "Jane Doe",
                "email": "jane.doe@example.com",
                "app_metadata": {},
                "user_metadata": {},
            },
        },
    },
}
for _typical in TYPICAL.values():
    _typical.update({"secrets": {}, "http": []})

KEYS = {
    "name",
    "description",
    "user",
    "context",
    "client",
    "scope",
    "audience",
    "recipient",
    "text",
    "secrets",
    "http",
    "webtask",
    "storage",
    "cache",
    "now",
    "seed",
    "expect_differences",
}

# The Hook's parameters, by position, and the scenario key each one comes from.
PARAMETERS = {
    "pre-user-registration": ("user", "context"),
    "post-user-registration": ("user", "context"),
    "post-change-password": ("user", "context"),
    "credentials-exchange": ("client", "scope", "audience", "context"),
    "send-phone-message": ("recipient", "text", "context"),
}


def check_trigger(trigger: str) -> str:
    if trigger not in TRIGGERS:
        raise HarnessError(f"unknown trigger {trigger!r} (one of: {', '.join(TRIGGERS)})")
    return trigger


# -- the Hook's function -------------------------------------------------------------------


def hook_function(text: str) -> tuple[Any, Any, str]:
    """``(analysis, function node, loadable code)``: the Hook's function (``module.exports =
    function ...``, a bare anonymous function, or a top-level function declaration) and the
    code rewritten so that loading it as a module exports that function."""
    from ..analyze import Analysis
    from ..astutil import FUNCTION_TYPES
    from ..parser import SyntaxProblem, parse

    try:
        parsed = parse(text)
    except SyntaxProblem as error:
        raise HarnessError(f"cannot load the Hook: {error.message}") from None
    analysis = Analysis(parsed.program, parsed.anonymous_at)
    body = parsed.program.body
    if parsed.anonymous_at is not None:
        at = parsed.anonymous_at
        for statement in body:
            expression = _expression(statement)
            if expression is not None and expression.range[0] <= at < expression.range[1]:
                node = expression.right if expression.type == "AssignmentExpression" else expression
                return analysis, node, f"{text[:at]}module.exports = {text[at:]}"
    exported = None
    declarations = {}
    for statement in body:
        if statement.type == "FunctionDeclaration" and statement.id is not None:
            declarations[statement.id.name] = statement
        expression = _expression(statement)
        if (
            expression is not None
            and expression.type == "AssignmentExpression"
            and _is_module_exports(expression.left)
        ):
            exported = expression.right
    if exported is not None:
        if exported.type in FUNCTION_TYPES:
            return analysis, exported, text
        if exported.type == "Identifier" and exported.name in declarations:
            return analysis, declarations[exported.name], text
        raise HarnessError("cannot load the Hook: module.exports is not a function")
    if declarations:
        # A Hook file made of helpers and one Hook function: the last declaration.
        name, node = list(declarations.items())[-1]
        return analysis, node, f"{text}\nmodule.exports = {name};\n"
    if len(body) == 1 and _expression(body[0]) is not None:
        node = _expression(body[0])
        if node.type in FUNCTION_TYPES:
            start = body[0].range[0]
            return analysis, node, f"{text[:start]}module.exports = {text[start:]}"
    raise HarnessError("cannot load the Hook: no Hook function found")


def _expression(statement: Any) -> Any:
    return statement.expression if statement.type == "ExpressionStatement" else None


def _is_module_exports(node: Any) -> bool:
    return (
        node.type == "MemberExpression"
        and not node.computed
        and node.object.type == "Identifier"
        and node.object.name == "module"
        and node.property.name == "exports"
    )


def _param_names(function: Any) -> list[str]:
    names = []
    for param in function.params:
        if param.type == "AssignmentPattern":
            param = param.left
        names.append(param.name if param.type == "Identifier" else "")
    return names


def detect_trigger(path: str | Path, text: str, *, signature: bool = True) -> str | None:
    """The trigger of a Hook file: ``triggerId`` of a Deploy CLI ``<name>.json`` next to
    it, else the signature when it is unambiguous (``recipient, text, context, cb`` →
    send-phone-message; ``client, scope, audience, context, cb`` → credentials-exchange).
    None for a three-parameter ``(user, context, cb)`` Hook (or a Rule)."""
    import json

    meta = Path(path).with_suffix(".json")
    if meta.is_file():
        try:
            data = json.loads(meta.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = None
        if isinstance(data, dict) and isinstance(data.get("triggerId"), str):
            from ..hooks import normalise

            if normalise(data["triggerId"]) in TRIGGERS:
                return normalise(data["triggerId"])
    if not signature:
        return None
    try:
        _analysis, function, _code = hook_function(text)
    except HarnessError:
        return None
    names = [n.lower() for n in _param_names(function)]
    if len(names) == 5 and names[1:3] == ["scope", "audience"]:
        return "credentials-exchange"
    if len(names) == 4 and names[:2] in (["recipient", "text"], ["to", "text"]):
        return "send-phone-message"
    return None


# -- scenarios -----------------------------------------------------------------------------


def secret_keys(text: str) -> list[str]:
    keys = set()
    for pattern in (
        r"\b(?:secrets|data)\s*\.\s*([A-Za-z_$][\w$]*)",
        r"\b(?:secrets|data)\s*\[\s*['\"]([^'\"]+)['\"]\s*\]",
    ):
        keys.update(re.findall(pattern, text))
    for match in re.finditer(r"\{([^{}]*)\}\s*=\s*[\w.]*\b(?:secrets|data)\b", text):
        for part in match.group(1).split(","):
            name = part.split(":")[0].split("=")[0].strip()
            if re.fullmatch(r"[A-Za-z_$][\w$]*", name):
                keys.add(name)
    return sorted(keys)


def base(trigger: str, text: str) -> dict[str, Any]:
    scenario = copy.deepcopy(TYPICAL[trigger])
    scenario["secrets"] = {key: placeholder(key) for key in secret_keys(text)}
    return scenario


def resolve(trigger: str, scenarios: list[dict], text: str) -> list[dict]:
    """Each file scenario merged over the trigger's typical invocation."""
    start = base(trigger, text)
    out = []
    for scenario in scenarios:
        unknown = set(scenario) - KEYS
        if unknown:
            raise HarnessError(
                f"scenario {scenario.get('name')}: unknown keys {', '.join(sorted(unknown))} "
                f"for a Hook (allowed: {', '.join(sorted(KEYS))})"
            )
        merged = merge(start, {k: v for k, v in scenario.items() if k != "expect_differences"})
        # `scope: null` is an exchange without scopes (the Hook gets `undefined`).
        if "scope" in scenario and scenario["scope"] is None:
            merged["scope"] = None
        merged["expect_differences"] = scenario.get("expect_differences") or []
        out.append(merged)
    return out


def _secrets_moved(override: dict) -> dict:
    """A condition on ``context.webtask.secrets.X`` (or ``.data.X``) is set through the
    scenario's ``secrets``, which both sides read."""
    webtask = (override.get("context") or {}).get("webtask")
    if not isinstance(webtask, dict):
        return override
    override = copy.deepcopy(override)
    webtask = override["context"].pop("webtask")
    if not override["context"]:
        del override["context"]
    for key in ("secrets", "data"):
        if isinstance(webtask.get(key), dict):
            override.setdefault("secrets", {}).update(webtask[key])
    return override


def derived(trigger: str, text: str) -> list[dict]:
    """The typical invocation of the trigger plus variants: both outcomes of every
    condition the Hook tests on its arguments, and the trigger's usual alternatives."""
    from .conditions import variants
    from .scenario import _content

    start = base(trigger, text)
    scenarios = [dict(start, name="default")]
    extra: list[tuple[str, dict]] = []
    if trigger in ("pre-user-registration", "post-user-registration"):
        extra.append(("metadata given at signup", {"user": {"user_metadata": {"plan": "free"}}}))
    if trigger == "credentials-exchange":
        extra.append(("no scope", {"scope": None}))
    if trigger == "send-phone-message":
        extra.append(
            ("voice enrollment", {"context": {"message_type": "voice", "action": "enrollment"}})
        )
    try:
        analysis, function, _code = hook_function(text)
    except HarnessError:
        analysis = None
    if analysis is not None:
        roots = {}
        scope = analysis.scope_of_function.get(id(function))
        for key, name in zip(PARAMETERS[trigger], _param_names(function)):
            binding = scope.bindings.get(name) if scope is not None and name else None
            if binding is not None:
                roots[id(binding)] = (key,)
        for name, override in variants(analysis, function, text, roots, start):
            extra.append((name, _secrets_moved(override)))
    known = [_content(s) for s in scenarios]
    for name, override in extra:
        variant = merge(start, override)
        if "scope" in override and override["scope"] is None:
            variant["scope"] = None
        if _content(variant) in known:
            continue
        known.append(_content(variant))
        scenarios.append(dict(variant, name=name))
    for item in scenarios:
        item["expect_differences"] = []
    return scenarios
