"""Flow analysis: how the rule's asynchronous flow is converted, decided once before the
fixers run (analysis decides, fixers rewrite).

The handler is async and must not return before the rule's work is done. For every
reference to the rule's `callback`, the flow analysis decides one strategy:

- **direct**: the call is in the handler's own flow (the rule's body, or a body that an
  idiomatic rewrite runs in the handler) and becomes `return` / `return api.access.deny(...)`
  in place (the callback fixer);
- **awaited idiom**: a promise chain or a node-style callback call in tail position is
  awaited in the handler (`try`/`await`, `const [err, res, body] = await new Promise(...)`),
  and its bodies join the handler's flow (``Flow.inlined``), so the calls in them are direct;
  a chain or call followed only by `return;` (or by the final continue) is in tail position;
- **fallback**, the last resort, chosen per *region*: the smallest run of statements, in
  tail position, that holds every call no other strategy converts. Only that region runs
  inside one awaited Promise that a local `callback` settles with Rules' semantics; the code
  before it is converted like any other.

``analyse`` computes a ``Flow``; ``FixContext.flow`` holds it; the async-flow fixer writes
its rewrite, the callback fixer reads which strategy each reference takes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .astutil import FUNCTION_TYPES, STATEMENT_LISTS, children, walk

if TYPE_CHECKING:  # pragma: no cover
    from .fixers import FixContext
    from .fixers.async_flow import Plan


# What forced a region into the fallback, by the code `callback.problem` gives its calls.
REASONS = {
    "R2A110": "`callback` is called from a nested function that cannot be awaited in place",
    "R2A111": "code after a bare `callback(...)` still runs",
    "R2A112": "`callback` is passed on or stored",
    "R2A113": "`callback` passes on a value computed by a call",
    "R2A114": "`callback` is called with a value that may or may not be an error",
    "R2A116": "`callback` is called inside an expression",
}


@dataclass
class Region:
    """A run of statements, in tail position, that runs inside the fallback Promise."""

    statements: list[Any]
    indent: str  # the indentation of its first statement in the Action (before wrapping)
    reasons: list[tuple[str, Any]]  # (code, callback reference) that forced it
    whole: bool  # the region is the rule's whole body
    block: Any = None  # the block whose last statements it is
    awaits: bool = False  # it contains `await` of its own: it runs in an async function
    # The handler it applies to, after the redirect specialisation: None (both), "execute"
    # or "continue" (the other handler does not keep the calls that forced it).
    variant: str | None = None

    @property
    def start(self) -> int:
        return self.statements[0].range[0]

    @property
    def end(self) -> int:
        return self.statements[-1].range[1]

    def holds(self, node: Any) -> bool:
        return self.start <= node.range[0] and node.range[1] <= self.end

    def reason(self) -> str:
        """The shapes that forced it, in words."""
        seen: list[str] = []
        for code, _ref in self.reasons:
            text = REASONS.get(code, code)
            if text not in seen:
                seen.append(text)
        return "; ".join(seen)

    def short_reason(self) -> str:
        """How the region calls `callback`, completing "calls `callback` ..."."""
        return {
            "R2A110": "from a nested function",
            "R2A111": "and then runs more code",
            "R2A112": "indirectly (it passes `callback` on)",
            "R2A113": "with a value computed by a call",
            "R2A114": "with a value that may or may not be an error",
            "R2A116": "inside an expression",
        }.get(self.reasons[0][0], "from asynchronous code")


@dataclass
class Flow:
    plan: "Plan | None" = None
    regions: list[Region] = field(default_factory=list)
    # The code each handler drops after the redirect specialisation.
    dead: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # `callback(null, user, context)` references inside a synchronous iteration (`forEach`)
    # that ends the handler's flow: the handler continues once the iteration is done.
    iterations: set[int] = field(default_factory=set)

    def alive(self, node: Any, variant: str) -> bool:
        """False when the handler ``variant`` drops ``node`` (redirect specialisation)."""
        return not _inside_any(node, self.dead.get(variant, []))

    @property
    def inlined(self) -> dict[int, Any]:
        return self.plan.inlined if self.plan is not None else {}

    @property
    def error_params(self) -> set[int]:
        return self.plan.error_params if self.plan is not None else set()

    @property
    def standalone(self) -> set[int]:
        return self.plan.standalone if self.plan is not None else set()

    @property
    def strategy(self) -> str:
        return "fallback" if self.regions else "direct"

    def indentation(self, ctx: "FixContext", statement: Any) -> str:
        """The indentation ``statement`` (in a statement list) has in the Action: its own,
        moved with its list when the awaited flow brings a callback's body into the
        handler."""
        own = ctx.source.indentation(statement.range[0])
        parent = ctx.analysis.parent(statement)
        key = STATEMENT_LISTS.get(parent.type) if parent is not None else None
        if self.plan is None or key is None:
            return own
        first = getattr(parent, key)[0]
        moved = self.plan.indents.get(id(first))
        if moved is None:
            return own
        base = ctx.source.indentation(first.range[0])
        return moved + own[len(base) :] if own.startswith(base) else moved

    def region_of(self, node: Any) -> Region | None:
        for region in self.regions:
            if region.holds(node):
                return region
        return None


def analyse(ctx: "FixContext") -> Flow:
    """Decide the strategy of every `callback` reference (see the module docstring)."""
    from .fixers import async_flow
    from .fixers.callback import problem

    rule = ctx.rule
    if rule is None or "callback" not in rule.bindings or rule.body.type != "BlockStatement":
        return Flow()
    refs = ctx.analysis.role_references("callback")
    if not refs or not rule.body.body:
        return Flow()
    regions: list[Region] = []
    plan = None
    dead, flattened = _dead_ranges(ctx)
    for _attempt in range(4):
        plan = async_flow.plan(ctx, [(r.start, r.end) for r in regions], dead, flattened)
        saved = ctx.inlined, ctx.error_params
        ctx.inlined = {**saved[0], **plan.inlined}
        ctx.error_params = saved[1] | plan.error_params
        try:
            iterations = {id(r) for r in refs if _continues_iteration(ctx, r)}
            problems = [
                (ref, problem(ctx, ref))
                for ref in refs
                if id(ref) not in plan.handled
                and id(ref) not in iterations
                and not any(r.holds(ref) for r in regions)
            ]
            problems = [(ref, code) for ref, code in problems if code is not None]
            if not problems:
                break
            regions = _merge(regions + _regions_for(ctx, plan, problems))
        finally:
            ctx.inlined, ctx.error_params = saved
    kept = []
    for region in regions:
        region.awaits = _awaits(ctx, region)
        alive = [
            variant
            for variant in ("execute", "continue")
            if any(not _inside_any(ref, dead[variant]) for _code, ref in region.reasons)
        ]
        if not alive:
            continue
        region.variant = alive[0] if len(alive) == 1 else None
        kept.append(region)
    # A continue inside a region settles that region's Promise: it stays a call there.
    iterations = {
        id(ref)
        for ref in refs
        if id(ref) in iterations and not any(region.holds(ref) for region in kept)
    }
    return Flow(plan, kept, dead, iterations)


def _dead_ranges(ctx: "FixContext") -> tuple[dict[str, list[tuple[int, int]]], set[int]]:
    """The code each handler drops after the redirect specialisation (see the redirect
    fixer): the branch of a `context.protocol === 'redirect-callback'` test that handler
    never takes, and, in the continue handler, what follows a taken branch that returns.
    Only computed for a rule that redirects (else there is no continue handler)."""
    from .astutil import STATEMENT_LISTS
    from .fixers import redirect
    from .fixers._helpers import member_chain, usage

    dead: dict[str, list[tuple[int, int]]] = {"execute": [], "continue": []}
    flattened: set[int] = set()
    tests = []
    redirects = False
    for ref in ctx.analysis.role_references("context"):
        chain = member_chain(ctx, ref)
        if not chain or len(chain) != 1:
            continue
        if chain[0][0] == "redirect" and usage(ctx, chain[0][1]) == "write":
            redirects = True
        elif chain[0][0] == "protocol":
            test = redirect._comparison(ctx, chain[0][1])
            if test is not None:
                tests.append(test)
    if not redirects:
        return dead, flattened
    for comparison, equal in tests:
        statement, conjuncts = redirect._if_of(ctx, comparison)
        if statement is None:
            continue
        if len(conjuncts) > 1:
            # `protocol === 'redirect-callback' && x`: only the handler where the
            # comparison is false drops the branch.
            dead["execute" if equal else "continue"].append(statement.consequent.range)
            continue
        flattened.add(id(statement))
        taken = {"continue": statement.consequent if equal else statement.alternate}
        taken["execute"] = statement.alternate if equal else statement.consequent
        for variant, branch in taken.items():
            other = statement.alternate if branch is statement.consequent else statement.consequent
            if other is not None:
                dead[variant].append(other.range)
            statements = (
                branch.body if branch is not None and branch.type == "BlockStatement" else [branch]
            )
            parent = ctx.analysis.parent(statement)
            if (
                branch is not None
                and statements
                and statements[-1] is not None
                and statements[-1].type == "ReturnStatement"
                and parent.type in STATEMENT_LISTS
            ):
                siblings = getattr(parent, STATEMENT_LISTS[parent.type])
                rest = siblings[siblings.index(statement) + 1 :]
                if rest:
                    dead[variant].append((rest[0].range[0], rest[-1].range[1]))
    return dead, flattened


def _inside_any(node: Any, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= node.range[0] and node.range[1] <= b for a, b in ranges)


_SYNC_ITERATIONS = {"forEach", "map", "filter", "some", "every", "find", "findIndex", "reduce"}


def _continues_iteration(ctx: "FixContext", ref: Any) -> bool:
    """A continue (`callback()`, `callback(null, user, context)`) as a statement of a
    function that a synchronous iteration in tail position calls: once the iteration is
    done the handler ends, which is what the call asked for."""
    from .fixers._helpers import is_tail
    from .fixers.callback import _is_nullish, _passes_through

    call = ctx.analysis.parent(ref)
    if call is None or call.type != "CallExpression" or call.callee is not ref:
        return False
    args = call.arguments
    if args and not _is_nullish(args[0]):
        return False
    for role, argument in zip(("user", "context"), args[1:]):
        if not _passes_through(ctx, argument, role):
            return False
    holder = ctx.analysis.parent(call)
    if holder is None or holder.type not in ("ExpressionStatement", "ReturnStatement"):
        return False
    function = ctx.analysis.enclosing_function(holder)
    if function is None or function.isAsync or function.generator:
        return False
    iteration = ctx.analysis.parent(function)
    if (
        iteration is None
        or iteration.type != "CallExpression"
        or function not in iteration.arguments
        or iteration.callee.type != "MemberExpression"
        or getattr(iteration.callee.property, "name", None) not in _SYNC_ITERATIONS
    ):
        return False
    statement = ctx.analysis.parent(iteration)
    if statement is None or statement.type != "ExpressionStatement":
        return False
    return is_tail(ctx, statement, ctx.rule.function)


def _merge(regions: list[Region]) -> list[Region]:
    """Drop regions that another one contains."""
    kept = []
    for region in regions:
        if any(o is not region and o.holds(region.statements[0]) for o in regions):
            outer = next(o for o in regions if o is not region and o.holds(region.statements[0]))
            outer.reasons.extend(r for r in region.reasons if r not in outer.reasons)
            continue
        kept.append(region)
    return sorted(kept, key=lambda r: r.start)


def _regions_for(ctx: "FixContext", plan: "Plan", problems: list[tuple[Any, str]]) -> list[Region]:
    """One region per innermost tail list holding problem calls: the suffix of that list
    from the first statement holding one."""
    groups: dict[int, tuple[list[tuple[Any, int]], list[tuple[str, Any]]]] = {}
    for ref, code in problems:
        chain = _tail_lists(ctx, plan, ref)
        key = id(chain[0][0])
        entry = groups.setdefault(key, (chain, []))
        entry[1].append((code, ref))
        if chain[0][1] < entry[0][0][1]:
            groups[key] = (chain, entry[1])
    regions = []
    for chain, reasons in groups.values():
        regions.append(_region(ctx, plan, chain, reasons))
    return regions


def _region(ctx: "FixContext", plan: "Plan", chain: list[tuple[Any, int]], reasons) -> Region:
    rule = ctx.rule
    for block, index in chain:
        statements = block.body
        for start in (index, 0):
            suffix = statements[start:]
            if _self_contained(ctx, suffix):
                return Region(
                    suffix,
                    _indent_of(ctx, plan, block),
                    reasons,
                    whole=block is rule.body and start == 0,
                    block=block,
                )
    body = rule.body
    return Region(body.body, _indent_of(ctx, plan, body), reasons, whole=True, block=body)


def _tail_lists(ctx: "FixContext", plan: "Plan", node: Any) -> list[tuple[Any, int]]:
    """The statement lists around ``node`` (innermost first) whose last statement is in
    tail position of the handler's flow, each with the index of the statement holding
    ``node``. The rule's body always ends the list."""
    from .fixers._helpers import is_tail

    rule = ctx.rule
    found = []
    child = node
    for ancestor in ctx.analysis.ancestors(node):
        if ancestor.type in FUNCTION_TYPES and id(ancestor) in plan.helpers:
            if not ancestor.isAsync:
                found.clear()  # no `await` in a synchronous helper: wrap around its call
        if ancestor.type == "BlockStatement" and child in ancestor.body:
            if ancestor is rule.body or (
                ancestor.body and is_tail(ctx, ancestor.body[-1], rule.function)
            ):
                found.append((ancestor, ancestor.body.index(child)))
        if ancestor is rule.body:
            break
        child = ancestor
    return found


def _self_contained(ctx: "FixContext", statements: list[Any]) -> bool:
    """True when no name declared in ``statements`` is used outside them (a function
    declaration or a `var` hoisted above the region would no longer be in scope)."""
    start, end = statements[0].range[0], statements[-1].range[1]
    for statement in statements:
        for node in walk(statement):
            if node.type != "Identifier":
                continue
            binding = ctx.analysis.declaration(node)
            if binding is None:
                continue
            for ref in binding.references:
                if not start <= ref.range[0] < end:
                    return False
    return True


def _indent_of(ctx: "FixContext", plan: "Plan", block: Any) -> str:
    if block.body and id(block.body[0]) in plan.indents:
        return plan.indents[id(block.body[0])]
    return ctx.source.indentation(block.body[0].range[0])


def _awaits(ctx: "FixContext", region: Region) -> bool:
    """The region holds an `await` of the handler's own flow (not of a nested function)."""
    for statement in region.statements:
        stack = [statement]
        while stack:
            node = stack.pop()
            if node.type == "AwaitExpression":
                return True
            if node.type in FUNCTION_TYPES:
                continue
            stack.extend(children(node))
    return False
