"""Tenant inputs: read a whole tenant's rules and legacy Hooks, whatever form the export takes.

Detected automatically (``load``):

- ``directory``: an Auth0 Deploy CLI directory export: ``rules/<name>.json`` (name,
  script relative to ``rules/``, order, enabled, stage) beside ``rules/<name>.js``, and
  ``rules-configs/<key>.json``;
- ``yaml``: a Deploy CLI YAML export: ``tenant.yaml`` (or the ``.yaml`` file given) with
  ``rules:`` (scripts relative to the YAML file's folder) and ``rulesConfigs:``;
- ``management-api``: a ``.json`` file holding what ``GET /api/v2/rules`` returns (an
  array of rules, or the object with ``rules:`` of ``include_totals=true``), scripts inline;
- ``folder``: any other folder: its ``*.js`` files, in path order, all enabled.

Hooks are read beside the rules: ``hooks/<name>.json`` + ``hooks/<name>.js`` (directory),
``hooks:`` (YAML), items with a ``triggerId`` or ``{hooks: [...]}`` (Management API,
``GET /api/v2/hooks``). Both the current ``script``/``enabled`` keys and the older
``code``/``active`` ones are read; either flag set means enabled. Of a Hook's secrets only
the names are kept (exports hold ``_VALUE_NOT_SHOWN_``).

Only the *keys* of rules-configs are kept: their values are secrets and are never read
into the result.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

DIRECTORY, YAML, MANAGEMENT_API, FOLDER = "directory", "yaml", "management-api", "folder"
POST_LOGIN_STAGE = "login_success"


class TenantError(Exception):
    pass


@dataclass
class TenantRule:
    name: str
    path: str  # how findings name the rule's code
    code: bytes | None  # None when the script cannot be found (``problem`` says why)
    order: float | None = None
    enabled: bool = True
    stage: str = POST_LOGIN_STAGE
    id: str | None = None
    problem: str | None = None

    @property
    def bound(self) -> bool:
        return self.enabled and self.stage == POST_LOGIN_STAGE


@dataclass
class TenantHook:
    name: str
    path: str  # how findings name the Hook's code
    code: bytes | None  # None when the script cannot be found (``problem`` says why)
    trigger_id: str | None = None  # None: the export does not say (older Deploy CLI)
    enabled: bool = False
    id: str | None = None
    dependencies: dict[str, str] = field(default_factory=dict)
    secret_names: list[str] = field(default_factory=list)
    problem: str | None = None


@dataclass
class Tenant:
    kind: str
    path: str
    rules: list[TenantRule] = field(default_factory=list)
    hooks: list[TenantHook] = field(default_factory=list)
    # rules-configs keys; None when the export does not say (Management API, folder)
    config_keys: list[str] | None = None
    inputs: list[Path] = field(default_factory=list)  # files read, never to be written


def load(given: str) -> Tenant:
    path = Path(given)
    if path.is_file():
        if path.suffix in (".yaml", ".yml"):
            return _yaml(given, path)
        if path.suffix == ".json":
            return _management_api(given, path)
        raise TenantError(f"{given}: not a tenant export (expected a folder, .yaml or .json)")
    if not path.is_dir():
        raise TenantError(f"{given}: no such file or folder")
    for name in ("tenant.yaml", "tenant.yml"):
        if (path / name).is_file():
            return _yaml(os.path.join(given, name), path / name)
    if any(
        (path / folder).is_dir() and any((path / folder).glob("*.json"))
        for folder in ("rules", "hooks")
    ):
        return _directory(given, path)
    return _folder(given, path)


def _ordered(rules: list[TenantRule]) -> list[TenantRule]:
    """By ``order`` (rules without one run last), keeping the export's order for ties."""
    indexed = list(enumerate(rules))
    indexed.sort(key=lambda pair: (pair[1].order is None, pair[1].order or 0, pair[0]))
    return [rule for _, rule in indexed]


def _read_json(path: Path):
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise TenantError(f"{path}: cannot read it as JSON: {error}") from None


def _fields(entry: dict, where: str) -> dict:
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
        raise TenantError(f"{where}: a rule needs a `name`")
    order = entry.get("order")
    if order is not None and not isinstance(order, (int, float)):
        raise TenantError(f"{where}: `order` must be a number")
    stage = entry.get("stage") or POST_LOGIN_STAGE
    enabled = entry.get("enabled", True)
    rule_id = entry.get("id")
    return {
        "name": entry["name"],
        "order": order,
        "enabled": bool(enabled),
        "stage": str(stage),
        "id": rule_id if isinstance(rule_id, str) else None,
    }


def _script(base: Path, shown: str, script) -> tuple[str, bytes | None, str | None, Path | None]:
    """(path shown in findings, code, problem, file) of a script path relative to ``base``."""
    if not isinstance(script, str) or not script.strip():
        return shown, None, "the rule has no `script`", None
    relative = script.replace("\\", "/")
    file = base / relative
    path = os.path.normpath(os.path.join(shown, relative))
    try:
        return path, file.read_bytes(), None, file
    except OSError as error:
        return path, None, f"cannot read its script {relative}: {error.strerror}", None


def _directory(given: str, root: Path) -> Tenant:
    tenant = Tenant(DIRECTORY, given)
    rules_dir = root / "rules"
    claimed: set[Path] = set()
    rules = []
    tenant.hooks = _directory_hooks(given, root, tenant)
    for file in sorted(rules_dir.glob("*.json")):
        tenant.inputs.append(file)
        entry = _read_json(file)
        fields = _fields(entry, str(file))
        script = entry.get("script") or f"./{file.stem}.js"
        path, code, problem, read = _script(rules_dir, os.path.join(given, "rules"), script)
        if read is not None:
            claimed.add(read.resolve())
            tenant.inputs.append(read)
        rules.append(TenantRule(path=path, code=code, problem=problem, **fields))
    for file in sorted(rules_dir.glob("*.js")):
        if file.resolve() not in claimed:  # a script without its .json: defaults
            tenant.inputs.append(file)
            path = os.path.join(given, "rules", file.name)
            rules.append(TenantRule(name=file.stem, path=path, code=file.read_bytes()))
    tenant.rules = _ordered(rules)
    configs = root / "rules-configs"
    if configs.is_dir():
        keys = []
        for file in sorted(configs.glob("*.json")):
            entry = _read_json(file)
            if isinstance(entry, dict) and isinstance(entry.get("key"), str):
                keys.append(entry["key"])
        tenant.config_keys = sorted(set(keys))
    return tenant


def _yaml(given: str, file: Path) -> Tenant:
    import yaml

    try:
        data = yaml.safe_load(file.read_text("utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise TenantError(f"{given}: cannot read it as YAML: {error}") from None
    if not isinstance(data, dict):
        raise TenantError(f"{given}: expected a mapping with `rules:`")
    tenant = Tenant(YAML, given, inputs=[file])
    base = file.parent
    shown = os.path.dirname(given)
    for index, entry in enumerate(data.get("hooks") or []):
        where = f"{given} hooks[{index}]"
        script = entry.get("script", entry.get("code")) if isinstance(entry, dict) else None
        path, code, problem, read = _script(base, shown, script)
        if read is not None:
            tenant.inputs.append(read)
        tenant.hooks.append(_hook(entry, where, path, code, problem))
    rules = []
    for index, entry in enumerate(data.get("rules") or []):
        fields = _fields(entry, f"{given} rules[{index}]")
        path, code, problem, read = _script(base, shown, entry.get("script"))
        if read is not None:
            tenant.inputs.append(read)
        rules.append(TenantRule(path=path, code=code, problem=problem, **fields))
    tenant.rules = _ordered(rules)
    if "rulesConfigs" in data:
        keys = [
            entry["key"]
            for entry in data.get("rulesConfigs") or []
            if isinstance(entry, dict) and isinstance(entry.get("key"), str)
        ]
        tenant.config_keys = sorted(set(keys))
    return tenant


def _management_api(given: str, file: Path) -> Tenant:
    data = _read_json(file)
    hooks_data: list = []
    if isinstance(data, dict) and (
        isinstance(data.get("rules"), list) or isinstance(data.get("hooks"), list)
    ):
        hooks_data = data.get("hooks") or []
        data = data.get("rules") or []
    if not isinstance(data, list) or not isinstance(hooks_data, list):
        raise TenantError(
            f"{given}: expected the array of GET /api/v2/rules (or /hooks), or "
            "{{rules: [...], hooks: [...]}}"
        )
    # GET /api/v2/hooks items carry a `triggerId`; rules never do.
    hooks_data = hooks_data + [e for e in data if isinstance(e, dict) and "triggerId" in e]
    data = [e for e in data if not (isinstance(e, dict) and "triggerId" in e)]
    tenant = Tenant(MANAGEMENT_API, given, inputs=[file])
    for index, entry in enumerate(hooks_data):
        name = entry.get("name") if isinstance(entry, dict) else None
        path = f"{given}#{name}"
        script = entry.get("script", entry.get("code")) if isinstance(entry, dict) else None
        code, problem = None, "the Hook has no `script` (the list call may omit it: fetch "
        problem += "each Hook with GET /api/v2/hooks/{id})"
        if isinstance(script, str) and script.strip():
            code, problem = script.encode("utf-8"), None
        tenant.hooks.append(_hook(entry, f"{given} hooks[{index}]", path, code, problem))
    rules = []
    for index, entry in enumerate(data):
        fields = _fields(entry, f"{given} [{index}]")
        script = entry.get("script")
        path = f"{given}#{fields['name']}"
        if isinstance(script, str) and script.strip():
            rules.append(TenantRule(path=path, code=script.encode("utf-8"), **fields))
        else:
            rules.append(
                TenantRule(path=path, code=None, problem="the rule has no `script`", **fields)
            )
    tenant.rules = _ordered(rules)
    return tenant


def _hook(entry, where: str, path: str, code: bytes | None, problem: str | None) -> TenantHook:
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
        raise TenantError(f"{where}: a Hook needs a `name`")
    trigger = entry.get("triggerId")
    dependencies = entry.get("dependencies") or {}
    secrets = entry.get("secrets") or {}
    hook_id = entry.get("id")
    return TenantHook(
        name=entry["name"],
        path=path,
        code=code,
        trigger_id=trigger if isinstance(trigger, str) and trigger else None,
        enabled=bool(entry.get("enabled")) or bool(entry.get("active")),
        id=hook_id if isinstance(hook_id, str) else None,
        dependencies=(
            {str(k): str(v) for k, v in dependencies.items()}
            if isinstance(dependencies, dict)
            else {}
        ),
        secret_names=sorted(str(k) for k in secrets) if isinstance(secrets, dict) else [],
        problem=problem,
    )


def _directory_hooks(given: str, root: Path, tenant: Tenant) -> list[TenantHook]:
    hooks_dir = root / "hooks"
    if not hooks_dir.is_dir():
        return []
    claimed: set[Path] = set()
    hooks = []
    for file in sorted(hooks_dir.glob("*.json")):
        tenant.inputs.append(file)
        entry = _read_json(file)
        script = entry.get("script", entry.get("code")) if isinstance(entry, dict) else None
        script = script or f"./{file.stem}.js"
        path, code, problem, read = _script(hooks_dir, os.path.join(given, "hooks"), script)
        if read is not None:
            claimed.add(read.resolve())
            tenant.inputs.append(read)
        hooks.append(_hook(entry, str(file), path, code, problem))
    for file in sorted(hooks_dir.glob("*.js")):
        if file.resolve() not in claimed:  # a script without its .json: type unknown
            tenant.inputs.append(file)
            path = os.path.join(given, "hooks", file.name)
            hooks.append(TenantHook(name=file.stem, path=path, code=file.read_bytes()))
    return hooks


def _folder(given: str, root: Path) -> Tenant:
    from .files import discover

    tenant = Tenant(FOLDER, given)
    for item in discover([given]):
        tenant.inputs.append(Path(item.path))
        name = item.relative[: -len(".js")]
        tenant.rules.append(
            TenantRule(name=name, path=item.path, code=Path(item.path).read_bytes())
        )
    if not tenant.rules:
        raise TenantError(f"{given}: no rules found (no rules/*.json, tenant.yaml or *.js)")
    return tenant
