"""Legacy Hooks: their five triggers, and how a file is recognised as one.

The entry point for converting a Hook is the pipeline's own:
``pipeline.convert_source(source, hook_type=TRIGGER_ID)`` (or ``convert_bytes``). With
``hook_type=None`` the file's signature decides (``recipient, text, context, cb`` is a
send-phone-message Hook, ``client, scope, audience, context, cb`` a credentials-exchange
one); a three-parameter function is a Rule unless it shows signs of a Hook, in which case
the conversion fails with R2A601 and asks for the type (``--hook-type``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from .astutil import FUNCTION_TYPES, walk

# Marker accepted wherever a trigger id is: "convert as a Rule".
RULE = "rule"


@dataclass(frozen=True)
class Trigger:
    id: str
    label: str
    handler: str
    params: tuple[str, ...]
    blocking: bool
    response: str  # metadata | claims | ignored
    errors: dict[str, str]  # error class -> deny | deny:<code> | throw

    @property
    def error_mode(self) -> str:
        """How the fallback's local callback ends the Action on an error."""
        plain = self.errors["Error"]
        if plain.startswith("deny:"):
            return "deny_server_error"
        return plain


@functools.cache
def tables() -> dict[str, Any]:
    from .catalog import _load

    return _load("hooks.toml")


@functools.cache
def triggers() -> dict[str, Trigger]:
    result = {}
    for trigger_id, entry in tables()["triggers"].items():
        result[trigger_id] = Trigger(
            id=trigger_id,
            label=entry["label"],
            handler=entry["handler"],
            params=tuple(entry["params"]),
            blocking=entry["blocking"],
            response=entry["response"],
            errors=dict(entry["errors"]),
        )
    return result


TRIGGER_IDS = ("pre-user-registration", "post-user-registration", "post-change-password",
               "credentials-exchange", "send-phone-message")  # fmt: skip
AMBIGUOUS = ("pre-user-registration", "post-user-registration", "post-change-password")
# Hook error classes, for every trigger.
ERROR_CLASSES = ("PreUserRegistrationError", "InvalidScopeError", "InvalidRequestError",
                 "ServerError", "SendPhoneMessageError")  # fmt: skip
# Older names seen in exports for the same triggers.
ALIASES = {"client-credentials-exchange": "credentials-exchange"}


def trigger(trigger_id: str) -> Trigger:
    return triggers()[normalise(trigger_id)]


def normalise(trigger_id: str) -> str:
    return ALIASES.get(trigger_id, trigger_id)


def is_known(trigger_id: str | None) -> bool:
    return trigger_id is not None and normalise(trigger_id) in triggers()


class HookTypeProblem(Exception):
    """The file is (or looks like) a Hook whose type cannot be decided."""

    def __init__(self, code: str, message: str, offset: int = 0):
        super().__init__(message)
        self.code = code
        self.message = message
        self.offset = offset


def exported_function(statement: Any) -> Any:
    """The function of ``module.exports = function (...) {...}`` (or an arrow), else None."""
    if statement.type != "ExpressionStatement":
        return None
    expression = statement.expression
    if expression.type != "AssignmentExpression" or expression.operator != "=":
        return None
    target = expression.left
    if not (
        target.type == "MemberExpression"
        and not target.computed
        and getattr(target.object, "name", None) == "module"
        and getattr(target.property, "name", None) == "exports"
    ):
        return None
    value = expression.right
    if value.type in ("FunctionExpression", "ArrowFunctionExpression"):
        return value
    return None


def _candidate(program: Any, anonymous_at: int | None) -> tuple[Any, Any, bool] | None:
    """(statement, function, exported) of the file's main function: a `module.exports`
    assignment wins, then the last top-level function (as for Rules)."""
    found = anonymous_found = None
    for statement in program.body:
        function = exported_function(statement)
        if function is not None:
            return statement, function, True
        if statement.type == "FunctionDeclaration":
            found = (statement, statement, False)
        elif statement.type == "ExpressionStatement":
            expression = statement.expression
            if (
                anonymous_at is not None
                and statement.range[0] == anonymous_at
                and expression.type == "AssignmentExpression"
            ):
                anonymous = expression.right
                if anonymous.type in ("FunctionExpression", "ArrowFunctionExpression"):
                    # A bare anonymous function is the file's function, whatever follows.
                    found = (statement, anonymous, False)
                    anonymous_found = found
                continue
            if expression.type in ("FunctionExpression", "ArrowFunctionExpression"):
                found = (statement, expression, False)
    return anonymous_found or found


_SIGNATURES = {
    5: ("credentials-exchange", ("client", "scope", "audience")),
    4: ("send-phone-message", ("recipient", "text")),
}


def _by_signature(params: list[Any], exported: bool) -> str | None:
    """The trigger a four- or five-parameter function is for: when it is the module's
    export, or its first parameters have the documented names (a helper function of a
    Rule with four parameters is not a Hook)."""
    entry = _SIGNATURES.get(len(params))
    if entry is None:
        return None
    trigger_id, names = entry
    if exported or [getattr(p, "name", None) for p in params[: len(names)]] == list(names):
        return trigger_id
    return None


def signs(program: Any, function: Any, exported: bool, nodes: Any = None) -> list[str]:
    """What makes a three-parameter function look like a Hook rather than a Rule: what it
    does (`context.webtask`, a Hook error class, a `{ user: ... }` response), or being
    assigned to `module.exports` while doing nothing only a Rule does (repositories that
    unit-test their Rules export them too)."""
    found = []
    context = function.params[1] if len(function.params) > 1 else None
    context_name = getattr(context, "name", None)
    callback = function.params[2] if len(function.params) > 2 else None
    callback_name = getattr(callback, "name", None)
    if exported and not _rule_signs(function, context_name, callback_name):
        # Rules are exported too (to unit-test them): only an export that does nothing
        # only a Rule would do is a sign of a Hook.
        found.append("it is assigned to `module.exports`")
    if nodes is None:  # the program's nodes by type (``Analysis.nodes``)
        by_type: dict[str, list[Any]] = {}
        for node in walk(program):
            by_type.setdefault(node.type, []).append(node)
        nodes = lambda kind: by_type.get(kind, [])  # noqa: E731
    error_class = any(node.name == "PreUserRegistrationError" for node in nodes("Identifier"))
    webtask = any(
        not node.computed
        and getattr(node.object, "name", None) == context_name
        and getattr(node.property, "name", None) == "webtask"
        for node in nodes("MemberExpression")
    )
    response = any(
        getattr(node.callee, "name", None) == callback_name
        and len(node.arguments) == 2
        and node.arguments[1].type == "ObjectExpression"
        and any(
            getattr(p, "key", None) is not None
            and (getattr(p.key, "name", None) or getattr(p.key, "value", None)) == "user"
            for p in node.arguments[1].properties
        )
        for node in nodes("CallExpression")
    )
    if webtask:
        found.append("it reads `context.webtask`")
    if error_class:
        found.append("it uses `PreUserRegistrationError`")
    if response:
        found.append("it calls back with a `{ user: ... }` response")
    return found


# `context` fields only a Rule (a login) has.
_RULE_CONTEXT = frozenset(
    ("clientID", "clientName", "clientMetadata", "idToken", "accessToken", "multifactor",
     "redirect", "samlConfiguration", "protocol", "stats", "sessionID", "authorization",
     "primaryUser", "authentication", "sso", "organization")
)  # fmt: skip


def _rule_signs(function: Any, context_name: str | None, callback_name: str | None) -> bool:
    """True when the function reads a login-only `context` field or calls back as a Rule
    does (`callback(error, user, context)`, also through a helper: `done(null, profile,
    ctx)`, or passes the three on together: `helper(user, context, callback)`)."""
    names = [getattr(p, "name", None) for p in function.params[:3]]
    for node in walk(function):
        if node.type == "CallExpression" and len(node.arguments) == 3:
            first = node.arguments[0]
            if first.type == "Literal" and first.value is None and first.raw == "null":
                return True
            if None not in names and [getattr(a, "name", None) for a in node.arguments] == names:
                return True
        if (
            node.type == "MemberExpression"
            and not node.computed
            and getattr(node.object, "name", None) == context_name
            and getattr(node.property, "name", None) in _RULE_CONTEXT
        ):
            return True
        if (
            node.type == "CallExpression"
            and callback_name is not None
            and getattr(node.callee, "name", None) == callback_name
            and len(node.arguments) == 3
        ):
            return True
    return False


def decide(
    program: Any, anonymous_at: int | None, hook_type: str | None, nodes: Any = None
) -> str | None:
    """The trigger id of the Hook in ``program``, or None for a Rule.

    ``hook_type``: the trigger named by the tenant metadata, ``--hook-type`` or the
    configuration (``"rule"`` forces a Rule). Raises HookTypeProblem when the file is a
    Hook of an undecidable type, or not of the type it was given."""
    if hook_type == RULE:
        return None
    candidate = _candidate(program, anonymous_at)
    if candidate is None:
        if hook_type is not None:
            raise HookTypeProblem(
                "R2A002", "no Hook function `module.exports = function (...) {...}` found"
            )
        return None
    statement, function, exported = candidate
    if function.type not in FUNCTION_TYPES or function.body.type != "BlockStatement":
        return None
    params = function.params
    by_signature = _by_signature(params, exported)
    if hook_type is not None:
        wanted = normalise(hook_type)
        if not is_known(wanted):
            raise HookTypeProblem(
                "R2A602",
                f"unknown Hook type {hook_type!r}; use one of {', '.join(TRIGGER_IDS)}",
                statement.range[0],
            )
        expected = len(trigger(wanted).params)
        if by_signature is not None and by_signature != wanted or len(params) > expected:
            raise HookTypeProblem(
                "R2A602",
                f"the function takes {len(params)} parameters, which does not fit a "
                f"{wanted} Hook ({', '.join(trigger(wanted).params)})",
                function.range[0],
            )
        return wanted
    if by_signature is not None:
        return by_signature
    if len(params) != 3:
        return None
    found = signs(program, function, exported, nodes)
    if not found:
        return None
    raise HookTypeProblem(
        "R2A601",
        f"this looks like a Hook ({'; '.join(found)}) taking (user, context, cb), which "
        f"may be a {', '.join(AMBIGUOUS[:-1])} or {AMBIGUOUS[-1]} Hook: name its type "
        "with --hook-type TYPE (or `hook-type` in the configuration); --hook-type rule "
        "converts it as a Rule",
        function.range[0],
    )


def is_namespaced(key: str) -> bool:
    """A claim name the credentials-exchange Hook kept: an http(s) URL whose host is not
    auth0.com, webtask.io, webtask.run or one of their subdomains."""
    from urllib.parse import urlsplit

    if not (key.startswith("http://") or key.startswith("https://")):
        return False
    host = (urlsplit(key).hostname or "").lower()
    if not host:
        return False
    for reserved in tables()["claims"]["reserved_hosts"]:
        if host == reserved or host.endswith("." + reserved):
            return False
    return True
