"""`rules2actions migrate`: a whole tenant's rules → a Deploy CLI layout of Actions.

``plan`` converts every rule and decides every file to write (nothing is written);
``write`` writes them atomically. Outputs:

- directory layout (directory, Management API and folder inputs):
  ``actions/<name>/code.js``, ``actions/<name>.json``, ``triggers/triggers.json``;
- YAML layout (YAML input): ``tenant.yaml`` with ``actions:`` and ``triggers:``, and
  ``actions/<name>/code.js``;
- both: ``MIGRATION.md`` and ``migration.json``.

Legacy Hooks of the same export become Actions of their triggers (``supported_triggers``
``{id: <triggerId>, version: v2}``); only enabled Hooks are bound, each in its trigger's
list in ``triggers``. The reports list them in a section of their own.

Secret values are never copied: each secret's value is the Deploy CLI keyword
``##NAME##``, to be set in ``AUTH0_KEYWORD_REPLACE_MAPPINGS``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .findings import Finding
from .pipeline import CLEAN, FAILED, REVIEW, SKIPPED, Result, convert_bytes, failure
from .tenant import FOLDER, YAML, Tenant, TenantHook, TenantRule

RUNTIME = "node22"
TRIGGER = {"id": "post-login", "version": "v3"}
HOOK_TRIGGER_VERSION = "v2"
HIDDEN_SECRET = "_VALUE_NOT_SHOWN_"
_UNSAFE = re.compile(r"[^A-Za-z0-9_ -]+")
_KEYWORD = re.compile(r"(?:@@|##)([A-Za-z_][A-Za-z0-9_]*)(?:@@|##)")


@dataclass
class Migrated:
    rule: TenantRule
    result: Result
    action_name: str | None = None  # None: nothing written (failed or skipped)
    binding: int | None = None  # 1-based position in the post-login trigger
    keywords: list[str] = field(default_factory=list)
    merged: Result | None = None  # --merge: the Action this rule's Action became
    merged_into: str | None = None  # --merge: the Action holding this rule's code
    # The `global` helpers of earlier rules it was converted with (crossrule.Helper by name).
    helpers: dict[str, Any] = field(default_factory=dict)

    @property
    def written(self) -> Result:
        """What is written for this rule's Action (the merged one, if any)."""
        return self.merged or self.result

    @property
    def folder(self) -> str | None:
        return self.action_name


@dataclass
class MigratedHook:
    hook: TenantHook
    result: Result
    trigger_id: str | None = None  # the trigger the Hook was converted for
    action_name: str | None = None  # None: nothing written (failed or skipped)
    bound: bool = False
    keywords: list[str] = field(default_factory=list)

    @property
    def secrets(self) -> list[str]:
        return sorted(set(self.result.secrets) | set(self.hook.secret_names))

    @property
    def dependencies(self) -> dict[str, str]:
        """The code's `require`s, with the versions the Hook declared (which win over an
        unpinned `require`), and the declared ones the code does not name."""
        merged = dict(self.hook.dependencies)
        for name, version in self.result.dependencies.items():
            if version or name not in merged:
                merged[name] = version
        return merged


@dataclass
class Plan:
    tenant: Tenant
    layout: str  # "directory" or "yaml"
    migrated: list[Migrated]
    files: dict[str, str]  # relative output path → text
    hooks: list[MigratedHook] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(m.result.status == FAILED for m in [*self.migrated, *self.hooks])


def sanitize(name: str) -> str:
    """A name safe as an Action name and a file name: letters, digits, `_`, `-`, spaces."""
    cleaned = _UNSAFE.sub("-", name).strip(" -")
    return re.sub(r"-{2,}", "-", cleaned) or "action"


def _unique_names(rules: list[TenantRule]) -> list[str]:
    """One Action name per rule: sanitised, unique without regard to case."""
    taken: set[str] = set()
    names = []
    for rule in rules:
        base = sanitize(rule.name)
        name, number = base, 2
        while name.lower() in taken:
            name, number = f"{base}-{number}", number + 1
        taken.add(name.lower())
        names.append(name)
    return names


def _extra(code: str, message: str, rule: TenantRule) -> Finding:
    from . import catalog

    return Finding(code, catalog.code(code).severity, message, rule.path, 1, 1, 1, 1)


def _convert(
    rule: TenantRule,
    guard: bool,
    helpers: dict[str, Any],
    kind: str = "",
    shared: dict[str, tuple[str, ...]] | None = None,
) -> Result:
    if rule.code is None:
        return failure(rule.path, "R2A503", f"rule {rule.name!r}: {rule.problem}")
    rule_guard = rule.id if guard and rule.id and re.fullmatch(r"[A-Za-z0-9_-]+", rule.id) else None
    # A rule of an export is a Rule; a file of a plain folder may be a Hook (its signature
    # or R2A601 says so).
    hook_type = None if kind == FOLDER else "rule"
    return convert_bytes(
        rule.path,
        rule.code,
        name=rule.name,
        guard=rule_guard,
        helpers=helpers,
        hook_type=hook_type,
        shared=shared,
    )


def plan(
    tenant: Tenant,
    *,
    guard_with_rule_ids: bool = False,
    merge: bool = False,
    on_rule: Callable[[TenantRule], Any] | None = None,
) -> Plan:
    """Convert every rule (``on_rule`` is called after each, e.g. for a progress bar)."""
    layout = "yaml" if tenant.kind == YAML else "directory"
    names = _unique_names(tenant.rules)
    migrated: list[Migrated] = []
    from .crossrule import helper_definitions

    available: dict[str, Any] = {}  # global helpers (crossrule.Helper) of the rules run so far
    defined_by: dict[str, int] = {}  # helper → index of the rule defining it
    copied_into: dict[str, list[str]] = {}  # helper → Actions holding a copy
    folder_hooks: list[TenantHook] = []
    given: list[dict[str, Any]] = []  # the helpers each rule was converted with
    for rule, name in zip(tenant.rules, names):
        own = {}
        if rule.code is not None:
            own = helper_definitions(rule.name, rule.code.decode("utf-8", "replace"))
        helpers = {key: value for key, value in available.items() if key not in own}
        given.append(helpers)
        result = _convert(rule, guard_with_rule_ids, helpers, tenant.kind)
        if result.hook_type is not None:
            # A Hook in a plain folder: migrated with the Hooks, on its own trigger.
            folder_hooks.append(
                TenantHook(name=rule.name, path=rule.path, code=rule.code, enabled=rule.enabled)
            )
            continue
        if rule.bound and result.converted:
            for key, value in own.items():
                if key not in available:
                    available[key] = value
                    defined_by[key] = len(migrated)
        for finding in result.findings:
            if finding.code == "R2A511":
                key = finding.message.split("`")[1].removeprefix("global.")
                copied_into.setdefault(key, []).append(name)
        if on_rule is not None:
            on_rule(rule)
        extra = []
        if name != rule.name:
            extra.append(_extra("R2A502", f"rule {rule.name!r} becomes the Action {name!r}", rule))
        if rule.stage != "login_success":
            extra.append(
                _extra(
                    "R2A500",
                    f"rule {rule.name!r} runs in the {rule.stage!r} stage; its Action is not bound",
                    rule,
                )
            )
        elif not rule.enabled:
            extra.append(_extra("R2A501", f"rule {rule.name!r} is disabled; not bound", rule))
        if tenant.config_keys is not None:
            for secret in result.secrets:
                if secret not in tenant.config_keys:
                    extra.append(
                        _extra(
                            "R2A504",
                            f"rule {rule.name!r} reads configuration.{secret}, which the "
                            "export's rules-configs do not define",
                            rule,
                        )
                    )
        result.findings = sorted(result.findings + extra, key=lambda f: f.sort_key)
        if result.status == CLEAN and any(f.at_least("warning") for f in extra):
            result.status = REVIEW
        keywords = sorted(set(_KEYWORD.findall((rule.code or b"").decode("utf-8", "replace"))))
        item = Migrated(rule, result, keywords=keywords, helpers=given[-1])
        if result.converted:
            item.action_name = name
        migrated.append(item)
    _copied_helpers(migrated, defined_by, copied_into, guard_with_rule_ids, tenant.kind)
    pairs = _cross_rule_data(migrated)
    if merge:
        _merge(migrated, pairs)
    position = 0
    for item in migrated:
        if item.action_name is not None and item.rule.bound:
            position += 1
            item.binding = position
    taken = {m.action_name.lower() for m in migrated if m.action_name}
    moved = {id(h.code) for h in folder_hooks}
    taken |= {sanitize(r.name).lower() for r in tenant.rules if id(r.code) not in moved}
    if folder_hooks:
        from dataclasses import replace

        tenant = replace(tenant, hooks=tenant.hooks + folder_hooks)
    hooks = plan_hooks(tenant, taken)
    return Plan(tenant, layout, migrated, _files(tenant, layout, migrated, hooks), hooks)


def plan_hooks(tenant: Tenant, taken: set[str]) -> list[MigratedHook]:
    """Convert every Hook of the tenant for its trigger; decide names and bindings."""
    from . import hooks as _hooks

    result_list = []
    for hook in tenant.hooks:
        base = sanitize(hook.name)
        name, number = base, 2
        while name.lower() in taken:
            name, number = f"{base}-{number}", number + 1
        taken.add(name.lower())
        trigger_id = _hooks.normalise(hook.trigger_id) if hook.trigger_id else None
        if hook.code is None:
            result = failure(hook.path, "R2A503", f"hook {hook.name!r}: {hook.problem}")
        elif trigger_id is not None and not _hooks.is_known(trigger_id):
            result = failure(
                hook.path,
                "R2A603",
                f"hook {hook.name!r} runs on the {hook.trigger_id!r} extensibility point, "
                "which Actions does not have; it is not converted",
            )
        else:
            result = convert_bytes(hook.path, hook.code, name=hook.name, hook_type=trigger_id)
        extra = []
        if name != hook.name:
            extra.append(
                _hook_extra("R2A502", f"hook {hook.name!r} becomes the Action {name!r}", hook)
            )
        if result.converted and not hook.enabled:
            extra.append(_hook_extra("R2A501", f"hook {hook.name!r} is disabled; not bound", hook))
        result.findings = sorted(result.findings + extra, key=lambda f: f.sort_key)
        keywords = sorted(set(_KEYWORD.findall((hook.code or b"").decode("utf-8", "replace"))))
        item = MigratedHook(hook, result, trigger_id=result.hook_type, keywords=keywords)
        if result.converted:
            item.action_name = name
            item.bound = hook.enabled
        result_list.append(item)
    return result_list


def _hook_extra(code: str, message: str, hook: TenantHook) -> Finding:
    from . import catalog

    return Finding(code, catalog.code(code).severity, message, hook.path, 1, 1, 1, 1)


def _copied_helpers(
    migrated: list[Migrated],
    defined_by: dict[str, int],
    copied_into: dict[str, list[str]],
    guard: bool,
    kind: str,
) -> None:
    """A helper that later Actions got a converted copy of is no longer "for later rules"
    (R2A421, a TODO) in the rule defining it: that rule is converted again knowing where
    its helpers went (R2A423, info); the findings `migrate` itself added stay."""
    shared: dict[int, dict[str, tuple[str, ...]]] = {}
    for key, index in defined_by.items():
        shared.setdefault(index, {})[key] = tuple(copied_into.get(key, []))
    for index, helpers in shared.items():
        item = migrated[index]
        result = _convert(item.rule, guard, item.helpers, kind, shared=helpers)
        extra = [f for f in item.result.findings if f.code.startswith("R2A50")]
        result.findings = sorted(result.findings + extra, key=lambda f: f.sort_key)
        if result.status == CLEAN and any(f.at_least("warning") for f in extra):
            result.status = REVIEW
        item.result = result


def _cross_rule_data(migrated: list[Migrated]) -> list[tuple[Migrated, Migrated]]:
    """R2A510 on reads of `user`/`context` data that an earlier (bound) rule sets; returns
    the (writer, reader) pairs of data handed over on `user`."""
    from . import findings as _findings
    from .crossrule import data_flow, handed_over

    running = [m for m in migrated if m.rule.bound and m.rule.code is not None]
    flows = [(m.rule.name, data_flow(m.rule.code.decode("utf-8", "replace"))) for m in running]
    pairs = []
    for index, read, written, writer, writer_index in handed_over(flows):
        item = running[index]
        if read.path.startswith("user."):
            pairs.append((running[writer_index], item))
        source = item.result.source
        if source is None:
            continue
        finding = _findings.make(
            "R2A510",
            f"`{read.path}` is read here and set by the earlier rule {writer!r} "
            f"(`{written}`); an Action does not see what another Action changed",
            source,
            read.start,
            read.end,
        )
        item.result.findings = sorted(item.result.findings + [finding], key=lambda f: f.sort_key)
        if item.result.status == CLEAN:
            item.result.status = REVIEW
    return pairs


def _merge(migrated: list[Migrated], pairs: list[tuple[Migrated, Migrated]]) -> None:
    """--merge: one Action for each run of rules that hand data to each other on `user`."""
    from . import findings as _findings
    from .merge import groups, merge, mergeable

    order = [m for m in migrated if m.rule.bound and m.action_name is not None]
    index = {id(m): i for i, m in enumerate(order)}
    spans = groups(
        [(index[id(w)], index[id(r)]) for w, r in pairs if id(w) in index and id(r) in index]
    )
    for start, end in spans:
        members = order[start : end + 1]
        results = [m.result for m in members]
        # Convert again knowing what the rules before each one put on `user`.
        provided: set[str] = set()
        for position, item in enumerate(members):
            if position and item.rule.code is not None and provided:
                results[position] = convert_bytes(
                    item.rule.path,
                    item.rule.code,
                    name=item.rule.name,
                    user_keys=frozenset(provided),
                )
            provided |= _user_keys_set(item)
        reason = mergeable(results)
        merged = None if reason else merge([m.rule.name for m in members], results)
        lead = members[0]
        if merged is None:
            reason = reason or "the rules declare the same names at module scope"
            for item in members:
                _add(item, _findings.make("R2A513", f"not merged: {reason}", item.result.source, 0))
            continue
        lead.merged = merged
        for item, fresh in zip(members, results):
            if fresh is not item.result:
                # The rule's own report follows its conversion within the merged Action.
                extras = [
                    f
                    for f in item.result.findings
                    if f.code.startswith("R2A5")
                    and not (f.code == "R2A510" and "`user." in f.message)
                ]
                fresh.findings = sorted(fresh.findings + extras, key=lambda f: f.sort_key)
                if fresh.status == REVIEW and not any(
                    f.at_least("warning") for f in fresh.findings
                ):
                    fresh.status = CLEAN
                item.result = fresh
        for item in members:
            _add(
                item,
                _findings.make(
                    "R2A512",
                    f"merged with {', '.join(repr(m.rule.name) for m in members if m is not item)} "
                    f"into the Action {lead.action_name!r}",
                    item.result.source,
                    0,
                ),
            )
            if item is not lead:
                item.merged_into = lead.action_name
                item.action_name = None


def _user_keys_set(item: Migrated) -> set[str]:
    from .crossrule import data_flow

    flow = data_flow((item.rule.code or b"").decode("utf-8", "replace"))
    if flow is None:
        return set()
    return {
        w.path.split(".")[1] for w in flow.writes if w.path.startswith("user.") and "." in w.path
    }


def _add(item: Migrated, finding: Finding) -> None:
    item.result.findings = sorted(item.result.findings + [finding], key=lambda f: f.sort_key)
    if item.result.status == CLEAN and finding.at_least("warning"):
        item.result.status = REVIEW


def _definition(item: Migrated) -> dict[str, Any]:
    result = item.written
    return {
        "name": item.action_name,
        "code": f"./actions/{item.folder}/code.js",
        "runtime": RUNTIME,
        "dependencies": [
            {"name": name, "version": version or "latest"}
            for name, version in sorted(result.dependencies.items())
        ],
        "secrets": [{"name": name, "value": f"##{name}##"} for name in result.secrets],
        "supported_triggers": [dict(TRIGGER)],
        "deployed": False,
    }


def _hook_definition(item: MigratedHook) -> dict[str, Any]:
    return {
        "name": item.action_name,
        "code": f"./actions/{item.action_name}/code.js",
        "runtime": RUNTIME,
        "dependencies": [
            {"name": name, "version": version or "latest"}
            for name, version in sorted(item.dependencies.items())
        ],
        "secrets": [{"name": name, "value": f"##{name}##"} for name in item.secrets],
        "supported_triggers": [{"id": item.trigger_id, "version": HOOK_TRIGGER_VERSION}],
        "deployed": False,
    }


def _hook_bindings(hooks: list[MigratedHook]) -> dict[str, list[dict[str, str]]]:
    """Each enabled Hook's Action, on its trigger (in the export's order)."""
    bindings: dict[str, list[dict[str, str]]] = {}
    for item in hooks:
        if item.bound and item.action_name and item.trigger_id:
            bindings.setdefault(item.trigger_id, []).append(
                {"action_name": item.action_name, "display_name": item.action_name}
            )
    return bindings


def _bindings(migrated: list[Migrated]) -> list[dict[str, str]]:
    bound = sorted((m for m in migrated if m.binding), key=lambda m: m.binding)
    return [{"action_name": m.action_name, "display_name": m.action_name} for m in bound]


def _json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _files(
    tenant: Tenant, layout: str, migrated: list[Migrated], hooks: list[MigratedHook] | None = None
) -> dict[str, str]:
    files: dict[str, str] = {}
    hooks = hooks or []
    written = [m for m in migrated if m.action_name is not None]
    hook_actions = [h for h in hooks if h.action_name is not None]
    for item in written:
        files[f"actions/{item.folder}/code.js"] = item.written.action
    for hook in hook_actions:
        files[f"actions/{hook.action_name}/code.js"] = hook.result.action
    triggers = {"post-login": _bindings(migrated), **_hook_bindings(hooks)}
    if layout == "yaml":
        import yaml

        document = {
            "actions": [_definition(m) for m in written]
            + [_hook_definition(h) for h in hook_actions],
            "triggers": triggers,
        }
        header = (
            "# Post-login Actions made from the tenant's Rules by rules2actions.\n"
            "# Merge `actions:` and `triggers:` into your tenant.yaml. Secret values are\n"
            "# Deploy CLI keywords (##NAME##): set them in AUTH0_KEYWORD_REPLACE_MAPPINGS.\n"
        )
        files["tenant.yaml"] = header + yaml.safe_dump(
            document, sort_keys=False, allow_unicode=True, default_flow_style=False
        )
    else:
        for item in written:
            files[f"actions/{item.folder}.json"] = _json(_definition(item))
        for hook in hook_actions:
            files[f"actions/{hook.action_name}.json"] = _json(_hook_definition(hook))
        files["triggers/triggers.json"] = _json(triggers)
    files["migration.json"] = _json(report_data(tenant, layout, migrated, hooks))
    files["MIGRATION.md"] = report_markdown(tenant, layout, migrated, hooks)
    return files


def _totals(migrated: list[Migrated]) -> dict[str, int]:
    statuses = [m.result.status for m in migrated]
    return {
        "rules": len(migrated),
        "clean": statuses.count(CLEAN),
        "needs_review": statuses.count(REVIEW),
        "skipped": statuses.count(SKIPPED),
        "failed": statuses.count(FAILED),
        "bound": sum(1 for m in migrated if m.binding),
        "unbound": sum(1 for m in migrated if m.action_name and not m.binding),
        "findings": sum(len(m.result.findings) for m in migrated),
    }


def secrets_to_set(migrated: list[Migrated], hooks: list[MigratedHook] | None = None) -> list[str]:
    found = {s for m in migrated if m.action_name for s in m.written.secrets}
    found |= {s for h in hooks or [] if h.action_name for s in h.secrets}
    return sorted(found)


def _hook_report(item: MigratedHook) -> dict[str, Any]:
    hook, result = item.hook, item.result
    action = None
    if item.action_name:
        action = {"name": item.action_name, "code": f"actions/{item.action_name}/code.js"}
    return {
        "name": hook.name,
        "id": hook.id,
        "source": hook.path,
        "trigger": item.trigger_id,
        "trigger_in_export": hook.trigger_id,
        "enabled": hook.enabled,
        "status": result.status,
        "action": action,
        "bound": item.bound,
        "findings": [f.to_dict() for f in result.findings],
        "secrets": item.secrets,
        "dependencies": [
            {"name": name, "version": version or "latest"}
            for name, version in sorted(item.dependencies.items())
        ],
        "keywords": item.keywords,
    }


def _hook_totals(hooks: list[MigratedHook]) -> dict[str, int]:
    statuses = [h.result.status for h in hooks]
    return {
        "hooks": len(hooks),
        "clean": statuses.count(CLEAN),
        "needs_review": statuses.count(REVIEW),
        "skipped": statuses.count(SKIPPED),
        "failed": statuses.count(FAILED),
        "bound": sum(1 for h in hooks if h.bound),
        "unbound": sum(1 for h in hooks if h.action_name and not h.bound),
        "findings": sum(len(h.result.findings) for h in hooks),
    }


def report_data(
    tenant: Tenant, layout: str, migrated: list[Migrated], hooks: list[MigratedHook] | None = None
) -> dict[str, Any]:
    from . import __version__

    rules = []
    for item in migrated:
        rule, result = item.rule, item.result
        action = None
        if item.action_name:
            action = {"name": item.action_name, "code": f"actions/{item.folder}/code.js"}
        rules.append(
            {
                "name": rule.name,
                "id": rule.id,
                "source": rule.path,
                "order": rule.order,
                "enabled": rule.enabled,
                "stage": rule.stage,
                "status": result.status,
                "action": action,
                "binding": item.binding,
                "merged_into": item.merged_into,
                "findings": [f.to_dict() for f in result.findings],
                "secrets": list(result.secrets),
                "dependencies": [
                    {"name": name, "version": version or "latest"}
                    for name, version in sorted(result.dependencies.items())
                ],
                "keywords": item.keywords,
            }
        )
    data = {
        "version": __version__,
        "source": {"kind": tenant.kind, "path": tenant.path},
        "layout": layout,
        "totals": _totals(migrated),
        "secrets_to_set": secrets_to_set(migrated, hooks),
        "keywords_in_code": sorted({k for m in [*migrated, *(hooks or [])] for k in m.keywords}),
        "rules": rules,
    }
    if hooks:
        data["hook_totals"] = _hook_totals(hooks)
        data["hooks"] = [_hook_report(h) for h in hooks]
    return data


_STATUS_TEXT = {CLEAN: "clean", REVIEW: "needs review", SKIPPED: "skipped", FAILED: "failed"}


def _cell(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def report_markdown(
    tenant: Tenant, layout: str, migrated: list[Migrated], hooks: list[MigratedHook] | None = None
) -> str:
    hooks = hooks or []
    totals = _totals(migrated)
    lines = [
        "# Rules → Actions migration",
        "",
        f"Source: `{tenant.path}` ({tenant.kind} export). Written: Deploy CLI {layout} layout.",
        "",
        f"- {totals['rules']} rules: {totals['clean']} clean, {totals['needs_review']} need "
        f"review, {totals['skipped']} skipped, {totals['failed']} failed",
        f"- {totals['bound']} Actions bound to the post-login trigger in the rules' order, "
        f"{totals['unbound']} written but left unbound",
        "",
        "| # | rule | status | Action | binding | findings | secrets | dependencies |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for index, item in enumerate(migrated, 1):
        result = item.result
        codes = sorted({f.code for f in result.findings})
        deps = [f"{n}@{v or 'latest'}" for n, v in sorted(result.dependencies.items())]
        lines.append(
            "| "
            + " | ".join(
                _cell(value)
                for value in (
                    index,
                    item.rule.name + ("" if item.rule.enabled else " (disabled)"),
                    _STATUS_TEXT[result.status],
                    item.action_name
                    or (f"merged into {item.merged_into}" if item.merged_into else "—"),
                    item.binding or "—",
                    ", ".join(codes) or "—",
                    ", ".join(result.secrets) or "—",
                    ", ".join(deps) or "—",
                )
            )
            + " |"
        )
    if hooks:
        lines += _hooks_markdown(hooks)
    secrets = secrets_to_set(migrated, hooks)
    lines += ["", "## Before you deploy", ""]
    if secrets:
        lines += [
            "Secret values are not copied from the rules-configs. Each Action's secrets hold a",
            "Deploy CLI keyword; set these in `AUTH0_KEYWORD_REPLACE_MAPPINGS`:",
            "",
            *[f"- `{name}`" for name in secrets],
            "",
        ]
    keywords = sorted({k for m in [*migrated, *hooks] for k in m.keywords})
    if keywords:
        lines += [
            "The rules' code uses these Deploy CLI keywords, kept as they were in the Actions:",
            "",
            *[f"- `{name}`" for name in keywords],
            "",
        ]
    lines += [
        "The post-login bindings replace the trigger's current bindings when imported.",
        "Every Action is created with `deployed: false`: review, deploy, then disable the Rules.",
        "",
        "## Findings",
        "",
    ]
    any_finding = False

    def findings_of(title: str, findings: list[Finding]) -> None:
        nonlocal any_finding
        if not findings:
            return
        any_finding = True
        lines.extend([f"### {title}", ""])
        for finding in findings:
            lines.append(
                f"- `{finding.code}` line {finding.line}: {_cell(finding.message)}"
                f" (`rules2actions explain {finding.code}`)"
            )
        lines.append("")

    for item in migrated:
        findings_of(item.rule.name, item.result.findings)
    if hooks:
        lines += ["## Hook findings", ""]
        for hook in hooks:
            findings_of(f"{hook.hook.name} (Hook)", hook.result.findings)
    if not any_finding:
        lines += ["None.", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _hooks_markdown(hooks: list[MigratedHook]) -> list[str]:
    totals = _hook_totals(hooks)
    lines = [
        "",
        "## Hooks",
        "",
        f"- {totals['hooks']} Hooks: {totals['clean']} clean, {totals['needs_review']} need "
        f"review, {totals['skipped']} skipped, {totals['failed']} failed",
        f"- {totals['bound']} Actions bound to their Hook's trigger (enabled Hooks), "
        f"{totals['unbound']} written but left unbound (disabled Hooks)",
        "- Actions run after any Hook still active on the same trigger: disable the Hook "
        "when its Action is deployed.",
        "",
        "| # | hook | trigger | status | Action | bound | findings | secrets | dependencies |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for index, item in enumerate(hooks, 1):
        result = item.result
        codes = sorted({f.code for f in result.findings})
        deps = [f"{n}@{v or 'latest'}" for n, v in sorted(item.dependencies.items())]
        trigger = item.trigger_id or item.hook.trigger_id or "unknown"
        lines.append(
            "| "
            + " | ".join(
                _cell(value)
                for value in (
                    index,
                    item.hook.name + ("" if item.hook.enabled else " (disabled)"),
                    trigger,
                    _STATUS_TEXT[result.status],
                    item.action_name or "—",
                    "yes" if item.bound else "—",
                    ", ".join(codes) or "—",
                    ", ".join(item.secrets) or "—",
                    ", ".join(deps) or "—",
                )
            )
            + " |"
        )
    return lines


class OutputConflict(Exception):
    pass


def write(plan: Plan, out_dir: str, *, force: bool = False) -> list[str]:
    """Write every planned file under ``out_dir``; return those that changed.

    Nothing is written when a file would escape ``out_dir``, overwrite an input, or
    (without ``force``) replace a different existing file."""
    import os

    from .files import write_atomic

    root = Path(out_dir).resolve()
    inputs = {p.resolve() for p in plan.tenant.inputs}
    targets: dict[Path, str] = {}
    problems = []
    for relative, text in sorted(plan.files.items()):
        target = (root / relative).resolve()
        if root not in target.parents:
            problems.append(f"{relative}: escapes {out_dir}")
            continue
        if target in inputs:
            problems.append(f"{relative}: would overwrite an input")
            continue
        if target.exists() and target.read_bytes() != text.encode("utf-8") and not force:
            problems.append(f"{os.path.relpath(target)} exists and differs (use --force)")
        targets[target] = text
    if problems:
        raise OutputConflict("; ".join(problems))
    changed = []
    for target, text in targets.items():
        if target.exists() and target.read_bytes() == text.encode("utf-8"):
            continue
        write_atomic(target, text)
        changed.append(target.relative_to(root).as_posix())
    return changed
