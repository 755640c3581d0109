"""A Hook's `cb(...)` → `return`, `throw` or `api.access.deny(...)`, per trigger.

The Rule callback's conversion, with the trigger's error classes and response (tables
`[triggers.*]` in data/hooks.toml). In the Hook's own flow (its body, or a body the
async-flow fixer inlined into the handler), in tail position:

- `cb()`, `cb(null)`, `cb(null, anything)` (a Rules-style `cb(null, user, context)`
  included) → `return;`, dropped at the end of the handler;
- pre-user-registration: the response's metadata → one `api.user.setUserMetadata(k, v)` /
  `api.user.setAppMetadata(k, v)` per key, from an object literal or a `response` object
  built in the Hook (`response.user = user`, `response.user.app_metadata = {...}`);
  `new PreUserRegistrationError(log, message)` → `api.access.deny(log, message)`; a plain
  `Error(m)` or a string → `api.access.deny(m)`;
- credentials-exchange: each namespaced claim → `api.accessToken.setCustomClaim(k, v)`;
  a claim the Hook dropped (not namespaced, or on an Auth0 namespace) is dropped with a
  finding; scope edits and a response without `scope` are reported;
  `InvalidScopeError`/`InvalidRequestError`/`ServerError`/`Error`/a string →
  `api.access.deny('invalid_scope'|'invalid_request'|'server_error', m)`;
- post-user-registration, post-change-password, send-phone-message: an error → `throw`
  (`new SendPhoneMessageError(m, friendly)` → `throw new Error(m)`, the friendly message
  reported lost).

In the fallback strategy, `cb` stays the local function the handler awaits (the template
ends the Action per trigger); the Hook's error classes become `Error`, reported.
"""

from __future__ import annotations

from typing import Any

from .. import hooks
from ..astutil import static_key, string_value, walk
from . import FixContext, Fixes
from ._helpers import fresh_name, is_tail, remove_statement
from .callback import (
    _absorb_arguments,
    _call_of,
    _ends_function,
    _guarded_by,
    _has_effects,
    _holder,
    _is_bare_return,
    _is_nullish,
    _is_stringish,
    _keep_arguments,
    _next_statement,
    _report_double_calls,
)

NAME = "hook-callback"
ORDER = 10
KINDS = ("hook",)
CODES = ("R2A110", "R2A111", "R2A112", "R2A113", "R2A114", "R2A116", "R2A125", "R2A630",
         "R2A631", "R2A632", "R2A641", "R2A642", "R2A643", "R2A644", "R2A650", "R2A651",
         "R2A652", "R2A653", "R2A654", "R2A660")  # fmt: skip

_METADATA = {"user_metadata": "setUserMetadata", "app_metadata": "setAppMetadata"}


class _Bail(Exception):
    """A response shape the conversion does not follow."""


def fix(ctx: FixContext) -> Fixes:
    fixes = ctx.fixes(NAME)
    trigger = ctx.hook
    if trigger is None or ctx.rule is None:
        return fixes
    # The flow analysis decides per region which calls stay inside the fallback Promise.
    flow = ctx.flow
    fallback = flow is not None and bool(flow.regions)
    if trigger.response == "metadata" and not fallback and _passes_user_back(ctx):
        _user_metadata_writes(ctx, fixes)
    for ref in ctx.analysis.role_references("callback"):
        if ctx.is_handled(ref):
            continue
        fixes.handle(ref)
        call = _call_of(ctx, ref)
        if fallback and flow.region_of(ref) is not None:
            if call is not None:
                _fallback_call(ctx, fixes, call)
            continue
        if call is None:
            fixes.report("R2A112", ref, "`cb` is passed on or stored here, not called")
            continue
        _convert_call(ctx, fixes, call)
    if fallback and "callback" in ctx.rule.bindings:
        _report_double_calls(ctx, fixes)
    for name in trigger.errors:
        if name == "Error":
            continue
        for ref in ctx.analysis.global_references(name):
            if ctx.is_handled(ref) or id(ref) in fixes.handled:
                continue
            fixes.handle(ref)
            parent = ctx.analysis.parent(ref)
            if fallback and parent is not None and parent.type == "NewExpression":
                fixes.replace_node(ref, "Error")
                fixes.report(
                    "R2A632",
                    parent,
                    f"`{name}` does not exist in Actions and becomes `Error`: the Hook's "
                    f"error code or friendly message is lost here (the {trigger.id} Action "
                    "ends with the error's message)",
                )
            else:
                fixes.report("R2A632", ref, f"`{name}` does not exist in Actions")
    return fixes


# -- what a call means ------------------------------------------------------------------


def problem(ctx: FixContext, ref: Any) -> str | None:
    """Why a reference to `cb` cannot convert directly (a code), or None (async-flow)."""
    call = _call_of(ctx, ref)
    if call is None:
        return "R2A112"
    if ctx.callback_function(call) is not ctx.rule.function:
        return "R2A110"
    holder = _holder(ctx, call)
    if holder is None:
        return "R2A116"
    result = _outcome(ctx, None, call)
    if result is None:
        return "R2A114"
    if holder.type == "ExpressionStatement" and not is_tail(ctx, holder, ctx.rule.function):
        if not _is_bare_return(_next_statement(ctx, holder)):
            return "R2A111"
    return None


def _outcome(ctx: FixContext, fixes: Fixes | None, call: Any) -> tuple[str, Any] | None:
    """('continue', data node or None) | ('error', (kind, node, class name))."""
    trigger = ctx.hook
    args = call.arguments
    first = args[0] if args else None
    if first is None or _is_nullish(first):
        data = args[1] if len(args) > 1 else None
        extra = args[2:] if trigger.response != "ignored" else args[1:]
        if any(_has_effects(a) for a in extra):
            if fixes is not None:
                fixes.report(
                    "R2A113", call, "`cb` passes on a value computed by a call; that call must stay"
                )
            return None
        return "continue", data
    if first.type == "NewExpression":
        callee = first.callee
        if (
            callee.type == "Identifier"
            and callee.name in trigger.errors
            and ctx.analysis.resolve(callee) is None
        ):
            if any(a.type == "SpreadElement" for a in first.arguments):
                if fixes is not None:
                    fixes.report("R2A114", call, "the error message cannot be determined")
                return None
            return "error", ("class", first, callee.name)
    if _is_stringish(first):
        return "error", ("string", first, "Error")
    if first.type == "Identifier":
        binding = ctx.analysis.resolve(first)
        if binding is not None and (
            binding.kind == "catch"
            or (id(binding) in ctx.error_params and _guarded_by(ctx, call, binding))
        ):
            return "error", ("value", first, "Error")
    if fixes is not None:
        fixes.report("R2A114", call, "`cb` is called with a value that may or may not be an error")
    return None


# -- direct conversion ------------------------------------------------------------------


def _convert_call(ctx: FixContext, fixes: Fixes, call: Any) -> None:
    rule = ctx.rule
    if ctx.callback_function(call) is not rule.function:
        fixes.report(
            "R2A110",
            call,
            "`cb` is called from a nested function; the asynchronous flow needs converting",
        )
        _keep_arguments(ctx, fixes, call)
        return
    holder = _holder(ctx, call)
    if holder is None:
        fixes.report("R2A116", call, "`cb` is called inside an expression")
        _keep_arguments(ctx, fixes, call)
        return
    result = _outcome(ctx, fixes, call)
    if result is None:
        _keep_arguments(ctx, fixes, call)
        return
    kind, detail = result
    is_return = holder.type == "ReturnStatement"
    arrow = holder.type == "ArrowFunctionExpression"
    tail = arrow or is_return or is_tail(ctx, holder, rule.function)
    before_return = not arrow and _is_bare_return(_next_statement(ctx, holder))
    if not tail and not before_return:
        fixes.report(
            "R2A111",
            call,
            "code after this `cb(...)` still runs in the Hook; converting it to `return` "
            "would skip that code",
        )
        _keep_arguments(ctx, fixes, call)
        return
    if kind == "error":
        _exit(ctx, fixes, call, holder, detail)
        if before_return:  # `cb(error); return;`: the exit returns already
            remove_statement(ctx, fixes, _next_statement(ctx, holder))
        return
    pieces = _response(ctx, fixes, call, detail)
    if pieces is None:
        _keep_arguments(ctx, fixes, call)
        return
    if not pieces:
        _absorb_arguments(fixes, call)
    ends = not arrow and _ends_function(ctx, holder)
    if arrow:
        if pieces:
            fixes.report("R2A642", call, "the response is not converted in this position")
            _keep_arguments(ctx, fixes, call)
            return
        fixes.replace_node(call, "return")
        return
    if not pieces:
        if ends or (not is_return and before_return):
            remove_statement(ctx, fixes, holder)
        elif is_return:
            end = holder.range[1]
            if ctx.text[end - 1] == ";":
                end -= 1
            fixes.replace(holder.range[0] + len("return"), end, "")
        else:
            fixes.replace_node(call, "return")
        return
    needs_return = not ends and not before_return
    _render(ctx, fixes, holder, pieces, "return;" if needs_return else None)


def _exit(ctx: FixContext, fixes: Fixes, call: Any, holder: Any, detail: Any) -> None:
    """`cb(error)` → `throw ...` or `return api.access.deny(...)`."""
    trigger = ctx.hook
    kind, node, name = detail
    mode = trigger.errors.get(name, trigger.errors["Error"])
    args = node.arguments if kind == "class" else []
    message = args[0] if args else None
    arrow = holder.type == "ArrowFunctionExpression"
    start, end = call.range if arrow else holder.range
    semicolon = "" if arrow else ";"
    if mode == "throw":
        if kind == "value":
            pieces = ["throw ", node, semicolon]
        elif kind == "string":
            pieces = ["throw new Error(", node, ")" + semicolon]
        elif name == "Error":
            pieces = ["throw ", node, semicolon]
        else:
            pieces = (
                ["throw new Error(", message, ")" + semicolon]
                if message
                else ["throw new Error()" + semicolon]
            )
            if name == "SendPhoneMessageError" and len(args) > 1:
                fixes.report(
                    "R2A630",
                    node,
                    "the friendly message of `SendPhoneMessageError` is lost: the "
                    "send-phone-message Action can only throw",
                )
    else:
        code = mode.partition(":")[2]
        deny = f"return {ctx.api}.access.deny(" + (ctx.string(code) + ", " if code else "")
        if kind == "value":
            pieces = [deny, node, ".message)" + semicolon]
        elif kind == "string" or message is None:
            pieces = (
                [deny, node, ")" + semicolon]
                if kind == "string"
                else [deny + ctx.string("") + ")" + semicolon]
            )
        elif name == "PreUserRegistrationError" and len(args) > 1:
            pieces = [deny, message, ", ", args[1], ")" + semicolon]
        elif name == "PreUserRegistrationError" and message.type == "Literal":
            pieces = [deny, message, ", " + ctx.node_text(message) + ")" + semicolon]
        else:
            pieces = [deny, message, ")" + semicolon]
            if name == "PreUserRegistrationError":
                fixes.report(
                    "R2A631",
                    node,
                    "`PreUserRegistrationError` showed its message to the user too; "
                    "`api.access.deny` takes the user's message as its second argument",
                )
    _absorb_arguments(fixes, call, keep=node)
    if kind == "class":
        fixes.handle(node.callee)
    _render_range(ctx, fixes, start, end, pieces)


# -- responses --------------------------------------------------------------------------


def _response(ctx: FixContext, fixes: Fixes, call: Any, data: Any) -> list | None:
    """The statements that replace the response ``data``: a list of pieces (text and
    nodes kept in place); [] when there is nothing to do; None when not followed."""
    trigger = ctx.hook
    if trigger.response == "claims" and (data is None or _is_nullish(data)):
        fixes.report(
            "R2A653",
            call,
            "the Hook calls back without a response, so its token carried no scopes (only "
            "a response's `scope` keeps them); the Action's token keeps the granted scopes",
        )
    if data is None or trigger.response == "ignored" or _is_nullish(data):
        return []
    final = fixes
    fixes = ctx.fixes(NAME)  # kept only when the whole response converts
    result = _response_pieces(ctx, fixes, call, data)
    if result is not None:
        final.edits.extend(fixes.edits)
        final.findings.extend(fixes.findings)
        final.todos.extend(fixes.todos)
        final.handled |= fixes.handled
    elif trigger.response == "metadata":
        return _at_run_time(ctx, final, call, data, fixes.findings[-1].message)
    else:
        bail = fixes.findings[-1]
        final.findings.append(bail)
        final.todos.extend(t for t in fixes.todos if t[1] is bail)
    return result


def _at_run_time(ctx: FixContext, fixes: Fixes, call: Any, data: Any, why: str) -> list:
    """A pre-user-registration response in a shape the conversion does not follow is
    applied as the Hook's platform applied it: its `user.user_metadata` and
    `user.app_metadata`, key by key, whatever they hold when the Hook called back (the
    response is evaluated once, where it was, with its side effects)."""
    key, value = fresh_name(ctx, "key"), fresh_name(ctx, "value")
    pieces: list = []
    if data.type == "Identifier":
        name = ctx.node_text(data)
        first: tuple = (data,)
    else:
        name = fresh_name(ctx, "response")
        pieces.append((f"const {name} = ", data))
        first = (name,)
    for index, (field, method) in enumerate(_METADATA.items()):
        head = f"for (const [{key}, {value}] of Object.entries("
        tail = f"?.user?.{field} ?? {{}})) {ctx.api}.user.{method}({key}, {value})"
        pieces.append((head, *(first if index == 0 else (name,)), tail))
    fixes.report(
        "R2A644",
        call,
        f"{why[0].lower()}{why[1:].partition(': ')[0]}: the response's metadata is set key by "
        "key when the Action runs",
    )
    return pieces


def _response_pieces(ctx: FixContext, fixes: Fixes, call: Any, data: Any) -> list | None:
    trigger = ctx.hook
    try:
        if data.type == "ObjectExpression":
            leaves = _flatten(ctx, fixes, data, [], report=True)
            if trigger.response == "claims":
                _check_scope(ctx, fixes, call, data)
                leaves = _claims(ctx, fixes, leaves, call)
            return _statements(ctx, leaves)
        if data.type == "Identifier":
            binding = ctx.analysis.resolve(data)
            role = ctx.rule.bindings.get("user")
            if binding is not None and binding is role:
                return []  # `cb(null, user)`: nothing to add
            if binding is not None and binding.kind in ("var", "let", "const"):
                return _built_response(ctx, fixes, call, data, binding)
    except _Bail as bail:
        fixes.report(_not_followed(ctx), call, str(bail))
        return None
    fixes.report(_not_followed(ctx), call, _not_followed_message(ctx))
    return None


def _not_followed(ctx: FixContext) -> str:
    return "R2A654" if ctx.hook.response == "claims" else "R2A642"


def _not_followed_message(ctx: FixContext) -> str:
    what = "claims" if ctx.hook.response == "claims" else "metadata"
    return (
        f"the response is built in a shape the conversion does not follow: set its {what} by hand"
    )


def _depth(ctx: FixContext) -> int:
    return 1 if ctx.hook.response == "claims" else 3


def _flatten(ctx: FixContext, fixes: Fixes, node: Any, path: list[str], report: bool) -> list:
    """Leaves (path, key node or None, value node) of a response object at ``path``."""
    depth = _depth(ctx)
    if len(path) == depth:
        return [(path, None, node)]
    if ctx.hook.response == "metadata" and path == ["user"] and node.type == "Identifier":
        if ctx.analysis.resolve(node) is ctx.rule.bindings.get("user"):
            return []  # `{ user: user }`: the user passed back unchanged
    if node.type != "ObjectExpression":
        raise _Bail(
            f"`{ctx.node_text(node)[:40]}` is not an object literal: set the response's "
            "fields by hand"
        )
    leaves = []
    for prop in node.properties:
        if prop.type != "Property" or prop.kind != "init":
            raise _Bail("the response has a spread or an accessor: set its fields by hand")
        key = _static_key(ctx, prop)
        if key is None:
            if ctx.hook.response == "claims":
                leaves.append(([None], prop.key, prop.value))
                continue
            raise _Bail("the response has a computed key: set its fields by hand")
        sub = path + [key]
        if ctx.hook.response == "metadata" and not _metadata_path(sub):
            _ignored(ctx, fixes, prop, ".".join(sub), report)
            continue
        leaves.extend(_flatten(ctx, fixes, prop.value, sub, report))
    return leaves


def _metadata_path(path: list[str]) -> bool:
    return path[0] == "user" and (len(path) < 2 or path[1] in _METADATA)


def _ignored(ctx: FixContext, fixes: Fixes, prop: Any, shown: str, report: bool) -> None:
    if _has_effects(prop.value):
        raise _Bail(f"`{shown}` is computed by a call and the Hook ignored it: decide by hand")
    if report:
        fixes.report(
            "R2A643",
            prop,
            f"`{shown}` in the response was ignored by Auth0 (only `user.user_metadata` and "
            "`user.app_metadata` count); it is dropped",
        )


def _static_key(ctx: FixContext, prop: Any) -> str | None:
    if not prop.computed:
        return (
            getattr(prop.key, "name", None)
            if prop.key.type == "Identifier"
            else (prop.key.value if isinstance(prop.key.value, str) else None)
        )
    return _static_string(ctx, prop.key)


def _static_string(ctx: FixContext, node: Any) -> str | None:
    """A string known before run time: a literal, a template without expressions, a `+`
    of those, or a `const` name bound to one."""
    value = string_value(node)
    if value is not None:
        return value
    if node.type == "BinaryExpression" and node.operator == "+":
        left, right = _static_string(ctx, node.left), _static_string(ctx, node.right)
        return left + right if left is not None and right is not None else None
    if node.type == "Identifier":
        binding = ctx.analysis.resolve(node)
        if binding is None or binding.kind != "const":
            return None
        declarator = ctx.analysis.parent(binding.node)
        if declarator is not None and declarator.type == "VariableDeclarator":
            if declarator.init is not None and declarator.id is binding.node:
                return _static_string(ctx, declarator.init)
    return None


def _statements(ctx: FixContext, leaves: list) -> list:
    """One `api...` statement per leaf, as pieces: `api.user.setUserMetadata('k', ` v `)`."""
    pieces: list = []
    api = ctx.api
    for path, key_node, value in leaves:
        if ctx.hook.response == "metadata":
            head = f"{api}.user.{_METADATA[path[1]]}({ctx.string(path[2])}, "
            pieces.append((head, value, ")"))
            continue
        if key_node is not None:
            pieces.append((f"{api}.accessToken.setCustomClaim(", key_node, ", ", value, ")"))
            continue
        pieces.append((f"{api}.accessToken.setCustomClaim({ctx.string(path[0])}, ", value, ")"))
    return pieces


def _claims(ctx: FixContext, fixes: Fixes, leaves: list, at: Any) -> list:
    """Keep the claims the Hook kept; report (and drop) the others."""
    kept = []
    for leaf in leaves:
        path, key_node, value = leaf
        if key_node is not None:
            fixes.report(
                "R2A651",
                key_node,
                "the claim's name is computed at run time: the Hook kept it only if it was a "
                "namespaced URL (not on auth0.com, webtask.io or webtask.run), the Action "
                "always sets it",
            )
            kept.append(leaf)
            continue
        key = path[0]
        if key == "scope":
            continue
        if hooks.is_namespaced(key):
            kept.append(leaf)
            continue
        if _has_effects(value):
            raise _Bail(f"the claim `{key}` is computed by a call and the Hook dropped it")
        fixes.report(
            "R2A650",
            at,
            f"the claim `{key}` is not namespaced (or is on an Auth0 domain): the Hook "
            "dropped it from the token, so the Action does not set it",
        )
    return kept


def _check_scope(ctx: FixContext, fixes: Fixes, call: Any, data: Any) -> None:
    for prop in data.properties:
        if prop.type == "Property" and _static_key(ctx, prop) == "scope":
            value = prop.value
            binding = ctx.rule.bindings.get("scope")
            if value.type == "Identifier" and ctx.analysis.resolve(value) is binding:
                return
            fixes.report(
                "R2A652",
                prop,
                "the Hook sets the token's scopes; Actions (GA) cannot change the scopes of "
                "a client-credentials token",
            )
            return
    fixes.report(
        "R2A653",
        call,
        "the response has no `scope`, so the Hook's token carried no granted scopes; the "
        "Action's token keeps them (GA Actions cannot remove them)",
    )


# -- a response object built in the Hook --------------------------------------------------


def _built_response(ctx: FixContext, fixes: Fixes, call: Any, data: Any, binding: Any) -> list:
    """`var response = {}; response.user = user; response.user.app_metadata = {...};
    cb(null, response)`: each assignment becomes its `api` calls in place."""
    declarator = ctx.analysis.parent(binding.node)
    if declarator is None or declarator.type != "VariableDeclarator":
        raise _Bail(f"`{binding.name}` is not declared in a way the conversion follows")
    declaration = ctx.analysis.parent(declarator)
    init = declarator.init
    plan: list[tuple[Any, list]] = []  # (statement, leaves)
    declaration_leaves = []
    if init is not None:
        declaration_leaves = _flatten(ctx, fixes, init, [], report=True)
    removable = len(declaration.declarations) == 1
    scope_statements = []
    edited = False
    for use in binding.references:
        if use is data:
            continue
        edit = _scope_edit(ctx, use)
        if edit is not None:
            edited = True
            scope_statements.append(edit)
            fixes.report(
                "R2A652",
                edit,
                "the Hook adds to the token's scopes; Actions (GA) cannot change the scopes "
                "of a client-credentials token",
            )
            continue
        statement, leaves = _assignment(ctx, fixes, use, binding)
        if leaves and leaves[0][0] == ["scope"]:
            scope_statements.append(statement)
        plan.append((statement, leaves))
    has_scope = bool(scope_statements) or any(leaf[0] == ["scope"] for leaf in declaration_leaves)
    if edited:
        # The edits stay as written (on the Hook's own object, harmless), with the
        # assignments and the declaration they need.
        removable = False
        if any(leaf[0] != ["scope"] for leaf in declaration_leaves):
            raise _Bail(f"`{binding.name}` holds claims and scope edits: set the claims by hand")
        plan = [(s, leaves) for s, leaves in plan if s not in scope_statements]
        declaration_leaves = []
    if not removable and declaration_leaves:
        raise _Bail(f"`{binding.name}` is declared with other variables")
    for statement, leaves in plan + ([(declaration, declaration_leaves)] if removable else []):
        pieces = _finish(ctx, fixes, leaves, statement)
        if pieces:
            _render(ctx, fixes, statement, pieces, None)
        else:
            _absorb(fixes, statement, [])
            remove_statement(ctx, fixes, statement)
    if ctx.hook.response == "claims" and not has_scope:
        fixes.report(
            "R2A653",
            call,
            "the response has no `scope`, so the Hook's token carried no granted scopes; "
            "the Action's token keeps them (GA Actions cannot remove them)",
        )
    for use in binding.references:
        fixes.handle(use)
    return []


def _scope_edit(ctx: FixContext, use: Any) -> Any:
    """The statement of `<response>.scope.push(...)` (or another edit of the list)."""
    member = ctx.analysis.parent(use)
    if member is None or member.type != "MemberExpression" or static_key(member) != "scope":
        return None
    outer = ctx.analysis.parent(member)
    if outer is None or outer.type != "MemberExpression" or outer.object is not member:
        return None
    if static_key(outer) not in ("push", "unshift", "splice", "pop", "shift", "concat"):
        return None
    return ctx.analysis.enclosing_statement(use)


def _finish(ctx: FixContext, fixes: Fixes, leaves: list, at: Any) -> list:
    if ctx.hook.response == "claims":
        for path, _key, value in leaves:
            if path == ["scope"]:
                scope = ctx.rule.bindings.get("scope")
                if not (value.type == "Identifier" and ctx.analysis.resolve(value) is scope):
                    fixes.report(
                        "R2A652",
                        value,
                        "the Hook sets the token's scopes; Actions (GA) cannot change the "
                        "scopes of a client-credentials token",
                    )
        leaves = _claims(ctx, fixes, leaves, at)
    return _statements(ctx, leaves)


def _assignment(ctx: FixContext, fixes: Fixes, use: Any, binding: Any) -> tuple[Any, list]:
    """The statement `<response>.a.b = value;` around ``use``, and its leaves."""
    keys = []
    current = use
    parent = ctx.analysis.parent(current)
    while parent is not None and parent.type == "MemberExpression" and parent.object is current:
        key = static_key(parent)
        if key is None and parent.computed and ctx.hook.response == "claims" and not keys:
            key = _static_string(ctx, parent.property)
            if key is None:
                # `access_token[name] = value`
                assignment = ctx.analysis.parent(parent)
                statement = ctx.analysis.parent(assignment)
                if (
                    assignment is not None
                    and assignment.type == "AssignmentExpression"
                    and assignment.operator == "="
                    and assignment.left is parent
                    and statement is not None
                    and statement.type == "ExpressionStatement"
                ):
                    return statement, [([None], parent.property, assignment.right)]
                break
        if key is None:
            break
        keys.append(key)
        current = parent
        parent = ctx.analysis.parent(current)
    assignment = parent
    statement = ctx.analysis.parent(assignment) if assignment is not None else None
    if (
        assignment is None
        or assignment.type != "AssignmentExpression"
        or assignment.operator != "="
        or assignment.left is not current
        or not keys
        or statement is None
        or statement.type != "ExpressionStatement"
    ):
        raise _Bail(f"`{binding.name}` is used in a way the conversion does not follow")
    if ctx.hook.response == "metadata":
        if not _metadata_path(keys):
            _ignored(ctx, fixes, assignment, ".".join(keys), True)
            return statement, []
        if len(keys) == 2:
            fixes.report(
                "R2A641",
                assignment,
                f"`{binding.name}.{'.'.join(keys)}` replaced the whole object in the Hook; "
                "the Action sets each key, keeping other keys the user signed up with",
            )
    leaves = _flatten(ctx, fixes, assignment.right, keys, report=True)
    return statement, leaves


# -- metadata written on the user the Hook passes back ------------------------------------


def _passes_user_back(ctx: FixContext) -> bool:
    """True when every call that ends the Hook successfully returns its own `user`
    (`cb(null, user)`, `cb(null, { user })`, or a `response` whose `user` is it), so
    that metadata written on `user` reached the new user."""
    role = ctx.rule.bindings.get("user")
    if role is None:
        return False
    seen = False
    for ref in ctx.analysis.role_references("callback"):
        call = _call_of(ctx, ref)
        if call is None:
            return False
        args = call.arguments
        if args and not _is_nullish(args[0]):
            continue  # an error
        data = args[1] if len(args) > 1 else None
        if data is None or not _returns_user(ctx, data, role):
            return False
        seen = True
    return seen


def _returns_user(ctx: FixContext, data: Any, role: Any) -> bool:
    def is_user(node: Any) -> bool:
        return node.type == "Identifier" and ctx.analysis.resolve(node) is role

    if is_user(data):
        return True
    if data.type == "ObjectExpression":
        return any(
            p.type == "Property" and _static_key(ctx, p) == "user" and is_user(p.value)
            for p in data.properties
        )
    if data.type != "Identifier":
        return False
    binding = ctx.analysis.resolve(data)
    if binding is None or binding.kind not in ("var", "let", "const"):
        return False
    declarator = ctx.analysis.parent(binding.node)
    if declarator is not None and declarator.type == "VariableDeclarator" and declarator.init:
        if _returns_user(ctx, declarator.init, role):
            return True
    for use in binding.references:
        member = ctx.analysis.parent(use)
        assignment = ctx.analysis.parent(member) if member is not None else None
        if (
            member is not None
            and member.type == "MemberExpression"
            and static_key(member) == "user"
            and assignment is not None
            and assignment.type == "AssignmentExpression"
            and assignment.left is member
            and is_user(assignment.right)
        ):
            return True
    return False


def _user_metadata_writes(ctx: FixContext, fixes: Fixes) -> None:
    """`user.app_metadata.k = v` → `api.user.setAppMetadata('k', v)`;
    `user.app_metadata = user.app_metadata || {}` goes; `user.user_metadata = {...}` →
    one call per key."""
    for ref in ctx.analysis.role_references("user"):
        member = ctx.analysis.parent(ref)
        if member is None or member.type != "MemberExpression" or member.object is not ref:
            continue
        field = static_key(member)
        if field not in _METADATA:
            continue
        outer = ctx.analysis.parent(member)
        if outer is None:
            continue
        if outer.type == "AssignmentExpression" and outer.left is member and outer.operator == "=":
            statement = ctx.analysis.parent(outer)
            if statement is None or statement.type != "ExpressionStatement":
                continue
            right = outer.right
            if _is_initialisation(ctx, right, field):
                _absorb(fixes, statement, [])
                remove_statement(ctx, fixes, statement)
                continue
            if right.type != "ObjectExpression":
                continue
            try:
                leaves = _flatten(ctx, fixes, right, ["user", field], report=True)
            except _Bail:
                continue
            fixes.report(
                "R2A641",
                outer,
                f"`user.{field}` replaced the whole object in the Hook; the Action sets each "
                "key, keeping other keys the user signed up with",
            )
            pieces = _statements(ctx, leaves)
            if pieces:
                _render(ctx, fixes, statement, pieces, None)
            else:
                _absorb(fixes, statement, [])
                remove_statement(ctx, fixes, statement)
            continue
        if outer.type != "MemberExpression" or outer.object is not member:
            continue
        key = static_key(outer)
        assignment = ctx.analysis.parent(outer)
        statement = ctx.analysis.parent(assignment) if assignment is not None else None
        if (
            key is None
            or assignment is None
            or assignment.type != "AssignmentExpression"
            or assignment.left is not outer
            or assignment.operator != "="
            or statement is None
            or statement.type != "ExpressionStatement"
        ):
            continue
        head = f"{ctx.api}.user.{_METADATA[field]}({ctx.string(key)}, "
        _render(ctx, fixes, statement, [(head, assignment.right, ")")], None)


def _is_initialisation(ctx: FixContext, node: Any, field: str) -> bool:
    """`user.app_metadata || {}`: the usual guard before setting keys."""
    return (
        node.type == "LogicalExpression"
        and node.operator == "||"
        and node.right.type == "ObjectExpression"
        and not node.right.properties
        and node.left.type == "MemberExpression"
        and static_key(node.left) == field
        and node.left.object.type == "Identifier"
        and ctx.analysis.resolve(node.left.object) is ctx.rule.bindings.get("user")
    )


# -- output -----------------------------------------------------------------------------


def _render(ctx: FixContext, fixes: Fixes, statement: Any, statements: list, last: str | None):
    """Replace ``statement`` by ``statements`` (tuples of text and nodes kept in place),
    one per line at its indentation, then ``last``."""
    nl = ctx.source.newline
    indent = ctx.flow.indentation(ctx, statement)
    flat: list = []
    for index, parts in enumerate(statements):
        if index:
            flat.append(";" + nl + indent)
        flat.extend(parts)
    flat.append(";")
    if last:
        flat.append(nl + indent + last)
    _absorb(fixes, statement, [p for p in flat if not isinstance(p, str)])
    _render_range(ctx, fixes, statement.range[0], statement.range[1], flat)


def _absorb(fixes: Fixes, node: Any, kept: list) -> None:
    """Names in the replaced text of ``node`` are gone: nothing there needs converting."""
    spans = [k.range for k in kept]
    for inner in walk(node):
        if inner.type == "Identifier" and not any(a <= inner.range[0] < b for a, b in spans):
            fixes.handle(inner)


def _render_range(ctx: FixContext, fixes: Fixes, start: int, end: int, pieces: list) -> None:
    """Replace text[start:end] by ``pieces``: strings are new text, nodes stay in place
    (so the other fixers' edits inside them apply), in source order."""
    text = ""
    position = start
    for piece in pieces:
        if isinstance(piece, str):
            text += piece
            continue
        if piece.range[0] < position:
            raise AssertionError("response pieces out of order")
        fixes.replace(position, piece.range[0], text)
        text = ""
        position = piece.range[1]
    fixes.replace(position, end, text)


# -- fallback ---------------------------------------------------------------------------


def _fallback_call(ctx: FixContext, fixes: Fixes, call: Any) -> None:
    """Fallback: the local `cb` takes the error only; a response it would lose is reported."""
    args = call.arguments
    if not args:
        return
    first = args[0]
    if not _is_nullish(first):
        if len(args) > 1 and not any(_has_effects(a) for a in args[1:]):
            fixes.replace(first.range[1], args[-1].range[1], "")
            _absorb_arguments(fixes, call, keep=first)
        return
    data = args[1] if len(args) > 1 else None
    if any(_has_effects(a) for a in args[1:]):
        fixes.report(
            "R2A113", call, "`cb` passes on a value computed by a call; that call must stay"
        )
        return
    if data is not None and ctx.hook.response != "ignored" and not _is_nullish(data):
        role = ctx.rule.bindings.get("user")
        if not (data.type == "Identifier" and ctx.analysis.resolve(data) is role):
            what = "claims" if ctx.hook.response == "claims" else "metadata"
            fixes.report(
                "R2A660",
                call,
                f"the Hook's response carries {what}, which the awaited `cb` does not apply: "
                f"set them with `{ctx.api}."
                + ("accessToken.setCustomClaim" if what == "claims" else "user.setUserMetadata")
                + "` before calling back",
            )
            _keep_arguments(ctx, fixes, call)
            return
    fixes.replace(first.range[0], args[-1].range[1], "")
    _absorb_arguments(fixes, call)
