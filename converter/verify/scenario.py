"""Scenarios: a login described in Rules terms (``user``, ``context``, ``configuration``,
canned HTTP responses, the continue pass), merged over a typical login."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

from . import HarnessError

TYPICAL: dict[str, Any] = {
    "user": {
        "user_id": "auth0|5f7c8ec7c33c6c004bbafe82",
        "email": "jane.doe@example.com",
        "email_verified": True,
        "username": "jane",
        "name": "Jane Doe",
        "given_name": "Jane",
        "family_name": "Doe",
        "nickname": "jane.doe",
        "picture": "https://example.com/jane.png",
        "phone_number": "+14155550100",
        "phone_verified": False,
        "created_at": "2024-05-01T10:00:00.000Z",
        "updated_at": "2025-12-31T09:00:00.000Z",
        "identities": [
            {
                "provider": "auth0",
                "connection": "Username-Password-Authentication",
                "user_id": "5f7c8ec7c33c6c004bbafe82",
                "isSocial": False,
            }
        ],
        "app_metadata": {},
        "user_metadata": {},
    },
    "context": {
        "tenant": "example",
        "clientID": "k5u3o2fiAA8XweXEEX604KCwCjzjtMU6",
        "clientName": "My App",
        "clientMetadata": {},
        "connection": "Username-Password-Authentication",
        "connectionID": "con_uBAJ2xg8mOi7ZkTh",
        "connectionStrategy": "auth0",
        "connectionMetadata": {},
        "protocol": "oidc-basic-profile",
        "request": {
            "ip": "203.0.113.10",
            "hostname": "example.auth0.com",
            "userAgent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0",
            "language": "en-US",
            "query": {"scope": "openid profile email", "response_type": "code"},
            "body": {},
            "geoip": {
                "country_code": "US",
                "country_code3": "USA",
                "country_name": "United States",
                "city_name": "Seattle",
                "latitude": 47.6,
                "longitude": -122.3,
                "time_zone": "America/Los_Angeles",
                "continent_code": "NA",
                "subdivision_code": "WA",
                "subdivision_name": "Washington",
            },
        },
        "stats": {"loginsCount": 5},
        "authentication": {"methods": [{"name": "pwd", "timestamp": 1767225000000}]},
        "authorization": {"roles": []},
        "sso": {"current_clients": []},
        "sessionID": "sess_4b1f1f0f",
    },
    "configuration": {},
    "requested_scopes": ["openid", "profile", "email"],
    "http": [],
}

KEYS = {
    "name",
    "description",
    "user",
    "context",
    "configuration",
    "requested_scopes",
    "http",
    "continue",
    "expect_differences",
    "now",
    "seed",
    "cache",
    "rules_executed",
    "saml_configuration",
    "auth0",
}


def merge(base: Any, override: Any) -> Any:
    """Deep merge of mappings; lists and scalars replace; ``None`` removes a key."""
    if not isinstance(base, dict) or not isinstance(override, dict):
        return copy.deepcopy(override)
    out = copy.deepcopy(base)
    for key, value in override.items():
        if value is None:
            out.pop(key, None)
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def placeholder(key: str) -> str:
    if re.search(r"url|uri|endpoint|hook|host", key, re.I):
        return f"https://{re.sub(r'[^a-z0-9]+', '-', key.lower()).strip('-')}.example.com/"
    return f"{key}-value"


def configuration_keys(text: str, secrets: list[str]) -> list[str]:
    keys = list(secrets)
    for match in re.finditer(r"\bconfiguration\s*\.\s*([A-Za-z_$][\w$]*)", text):
        keys.append(match.group(1))
    for match in re.finditer(r"\bconfiguration\s*\[\s*(['\"`])([^'\"`]+)\1\s*\]", text):
        keys.append(match.group(2))
    for match in re.finditer(r"\{([^{}]*)\}\s*=\s*configuration\b", text):
        for part in match.group(1).split(","):
            name = part.split(":")[0].split("=")[0].strip()
            if re.fullmatch(r"[A-Za-z_$][\w$]*", name):
                keys.append(name)
    return sorted(set(keys))


def base_scenario(text: str, secrets: list[str]) -> dict[str, Any]:
    """The typical login, with placeholder values for the settings the rule reads."""
    scenario = copy.deepcopy(TYPICAL)
    scenario["configuration"] = {key: placeholder(key) for key in configuration_keys(text, secrets)}
    if re.search(r"\.redirect\b|redirect-callback", text):
        scenario["continue"] = {"query": {}, "body": {}}
    return scenario


def derived(
    text: str, secrets: list[str], context_name: str = "context", user_name: str = "user"
) -> list[dict]:
    """The default scenario plus cheap variants for the branches the rule tests."""
    base = base_scenario(text, secrets)
    scenarios = [dict(base, name="default")]
    absent = merge(base, {"user": {"app_metadata": None, "user_metadata": None}})
    scenarios.append(dict(absent, name="metadata absent"))
    for kind in ("app_metadata", "user_metadata"):
        keys = re.findall(rf"\b{kind}\s*\.\s*([A-Za-z_$][\w$]*)", text)
        keys += [m[1] for m in re.findall(rf"\b{kind}\s*\[\s*(['\"])([^'\"]+)\1\s*\]", text)]
        for key in sorted(set(keys)):
            variant = merge(base, {"user": {kind: {key: True}}})
            scenarios.append(dict(variant, name=f"{kind}.{key} set"))
    ctx = re.escape(context_name)
    prop = r"(clientID|clientName|connection|connectionStrategy|protocol|tenant)"
    seen = set()
    forward = rf"\b{ctx}\s*\.\s*{prop}\s*[!=]==?\s*(['\"])([^'\"\n]*)\2"
    for match in re.finditer(forward, text):
        seen.add((match.group(1), match.group(3)))
    backward = rf"(['\"])([^'\"\n]*)\1\s*[!=]==?\s*\b{ctx}\s*\.\s*{prop}"
    for match in re.finditer(backward, text):
        seen.add((match.group(3), match.group(2)))
    # A comparison with a setting: the login where they are equal.
    setting = r"configuration\s*(?:\.\s*([A-Za-z_$][\w$]*)|\[\s*['\"]([^'\"]+)['\"]\s*\])"
    for match in re.finditer(rf"\b{ctx}\s*\.\s*{prop}\s*[!=]==?\s*{setting}", text):
        key = match.group(2) or match.group(3)
        seen.add((match.group(1), base["configuration"].get(key, placeholder(key))))
    for match in re.finditer(rf"{setting}\s*[!=]==?\s*\b{ctx}\s*\.\s*{prop}", text):
        key = match.group(1) or match.group(2)
        seen.add((match.group(3), base["configuration"].get(key, placeholder(key))))
    for prop_name, value in sorted(seen):
        if (prop_name, value) == ("protocol", "redirect-callback"):
            continue  # only the pass after a redirect has it: see the `continue` section
        variant = merge(base, {"context": {prop_name: value}})
        scenarios.append(dict(variant, name=f"context.{prop_name} = {value!r}"))
    # A rule that rewrites root profile attributes (`user.email = user.email.toLowerCase()`)
    # changes the issued profile claims only for a profile that needs it.
    profile = r"(name|nickname|email|given_name|family_name|picture|locale)"
    if re.search(rf"\b{re.escape(user_name)}\s*\.\s*{profile}\s*=(?!=)", text):
        scenarios.append(
            dict(
                merge(base, {"user": {"email": "Jane.Doe@Example.COM", "name": " Jane  Doe "}}),
                name="profile as typed at signup (mixed case, spaces)",
            )
        )
    # Both outcomes of every condition the rule tests on a `user` field.
    from .conditions import user_variants

    known = [_content(s) for s in scenarios]
    for name, override in user_variants(text, base["user"]):
        variant = merge(base, {"user": override})
        if _content(variant) in known:
            continue
        known.append(_content(variant))
        scenarios.append(dict(variant, name=name))
    return scenarios


def _content(scenario: dict) -> str:
    return json.dumps({k: v for k, v in scenario.items() if k != "name"}, sort_keys=True)


def load(path: str | Path, check_keys: bool = True) -> list[dict]:
    """A scenario file: a list of scenarios (or ``{"scenarios": [...]}``), YAML or JSON."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise HarnessError(f"{path}: cannot read the scenario file: {error.strerror}") from None
    try:
        if path.suffix == ".json":
            data = json.loads(text)
        else:
            import yaml

            data = yaml.safe_load(text)
    except Exception as error:  # noqa: BLE001 - any parse error is the file's problem
        raise HarnessError(f"{path}: not a valid scenario file: {error}") from None
    if isinstance(data, dict) and "scenarios" in data:
        data = data["scenarios"]
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not all(isinstance(s, dict) for s in data):
        raise HarnessError(f"{path}: expected a list of scenarios (mappings)")
    for index, scenario in enumerate(data):
        unknown = set(scenario) - KEYS
        if unknown and check_keys:
            raise HarnessError(
                f"{path}: scenario {scenario.get('name', index + 1)}: unknown keys "
                f"{', '.join(sorted(unknown))} (allowed: {', '.join(sorted(KEYS))})"
            )
        scenario.setdefault("name", f"scenario {index + 1}")
    return data


def resolve(scenarios: list[dict], text: str, secrets: list[str]) -> list[dict]:
    """Each file scenario merged over the typical login with the rule's placeholders."""
    base = base_scenario(text, secrets)
    base.pop("continue", None)
    out = []
    for scenario in scenarios:
        merged = merge(base, {k: v for k, v in scenario.items() if k != "expect_differences"})
        merged["expect_differences"] = scenario.get("expect_differences") or []
        out.append(merged)
    return out


def sidecar(rule_path: str | Path) -> Path | None:
    """``<rule>.scenarios.yaml`` (or ``.yml``/``.json``) next to the rule, if any."""
    path = Path(rule_path)
    for suffix in (".scenarios.yaml", ".scenarios.yml", ".scenarios.json"):
        candidate = path.with_name(path.stem + suffix)
        if candidate.is_file():
            return candidate
    return None
