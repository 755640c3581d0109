"""Text and JSON reports of a verification."""

from __future__ import annotations

import json
from typing import Any

from .runner import DIFFERS, ERROR, EXPECTED, SAME, SKIPPED, Case


def _value(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= 200 else text[:197] + "..."


def _difference(d: dict, left: str = "rule") -> str:
    rule = _value(d["rule"]) if "rule" in d else "(absent)"
    action = _value(d["action"]) if "action" in d else "(absent)"
    return f"{d['path'] or '(effects)'}: {left} {rule} | action {action}"


def text(cases: list[Case]) -> str:
    lines = []
    for case in cases:
        target = case.action_path or "converted in memory"
        if not case.action_path and case.status == "hook":
            target = "(no Action)" if case.error else "(Action source)"
        status = f"{case.status}: {case.trigger}" if case.trigger else case.status
        lines.append(f"{case.rule_path} → {target} [{status}]")
        if case.error:
            label = "skipped" if case.verdict == SKIPPED else "error"
            lines.append(f"  {label}: {case.error}")
            continue
        for result in case.results:
            status = result["status"]
            lines.append(f"  {result['name']}: {status}")
            if status == ERROR:
                lines.append(f"    {result['error']}")
            left = "hook" if case.trigger else "rule"
            for d in result.get("differences", []):
                lines.append(f"    {_difference(d, left)}")
            for e in result.get("unmet_expectations", []):
                lines.append(f"    expected difference did not occur: {_value(e)}")
            if status == EXPECTED:
                for d in result["expected"]:
                    lines.append(f"    expected: {_difference(d, left)}")
    return "\n".join(lines) + "\n"


def summary(cases: list[Case]) -> str:
    scenarios = [r for c in cases for r in c.results]
    same = sum(r["status"] in (SAME, EXPECTED) for r in scenarios)
    differ = sum(r["status"] == DIFFERS for r in scenarios)
    errors = sum(r["status"] == ERROR for r in scenarios) + sum(
        c.verdict == ERROR for c in cases if c.error
    )
    hooks = sum(1 for c in cases if c.trigger)
    what = f"{len(cases) - hooks} rule(s)" + (f", {hooks} Hook(s)" if hooks else "")
    return (
        f"verified {what}, {len(scenarios)} scenario(s): "
        f"{same} same, {differ} differ, {errors} error(s)"
    )


def as_json(cases: list[Case]) -> str:
    data = {
        "rules": [
            {
                "rule": c.rule_path,
                "trigger": c.trigger,
                "action": c.action_path,
                "conversion": c.status,
                "verdict": c.verdict,
                "error": c.error,
                "scenario_source": c.scenario_source,
                "scenarios": c.results,
            }
            for c in cases
        ],
        "summary": summary(cases),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def exit_code(cases: list[Case]) -> int:
    verdicts = {c.verdict for c in cases}
    if ERROR in verdicts:
        return 2
    return 1 if DIFFERS in verdicts else 0


__all__ = ["text", "summary", "as_json", "exit_code", "SAME"]
