"""Measure the converter on a corpus of realistic rules (docs/corpus.md).

    .venv/bin/python bench/corpus_report.py [DIR]            # every *.js under DIR, one by one
    .venv/bin/python bench/corpus_report.py --migrate [DIR]  # every tenant export under DIR
    .venv/bin/python bench/corpus_report.py --json [DIR]     # the same figures as JSON

DIR defaults to fixtures/corpus. Everything is converted in memory (nothing is written), the way
`rules2actions convert` / `migrate` convert it. The report gives: rules converted and failed (by
code: R2A006 "the Action does not parse" and R2A002 "no rule function" first), Actions with the
whole-body Promise fallback (R2A120), the R2A300, R2A421/R2A422 and R2A440 findings and the rules
they occur in, findings counted by code, and the clean / needs-review counts.

With `--migrate`, each folder under DIR that is a Deploy CLI directory export (it has a
`rules/` folder with `*.json`) is converted as a tenant with `migrate`'s planner, so `global`
helpers defined by an earlier rule are seen by the later ones; the same figures are printed per
tenant and in total.

The figures of the corpus before and after a change are kept in docs/corpus.md.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from converter.pipeline import CLEAN, FAILED, REVIEW, SKIPPED, Result  # noqa: E402

# The codes the issues measure (issue 10: failures and the fallback; issue 11: context as a whole,
# global helpers shared between rules, names defined nowhere).
FAIL_CODES = ("R2A006", "R2A002")
FALLBACK = "R2A120"
WATCHED = ("R2A300", "R2A421", "R2A422", "R2A440")


def _rel(path: str, base: Path) -> str:
    try:
        return os.path.relpath(path, base)
    except ValueError:
        return path


def tenant_dirs(root: Path) -> list[Path]:
    """Deploy CLI directory exports under ROOT (ROOT itself included)."""
    found = []
    for rules in sorted(root.rglob("rules")):
        if rules.is_dir() and any(rules.glob("*.json")):
            found.append(rules.parent)
    return found


def convert_files(root: Path) -> list[tuple[str, Result]]:
    from converter.pipeline import convert_bytes

    results = []
    for path in sorted(root.rglob("*.js")):
        results.append((_rel(str(path), root), convert_bytes(str(path), path.read_bytes())))
    return results


def migrate_tenants(root: Path) -> dict[str, list[tuple[str, Result]]]:
    from converter.migrate import plan
    from converter.tenant import load

    tenants = {}
    for folder in tenant_dirs(root):
        planned = plan(load(str(folder)))
        tenants[_rel(str(folder), root)] = [
            (_rel(item.rule.path, root), item.result) for item in planned.migrated
        ]
    return tenants


def figures(results: list[tuple[str, Result]]) -> dict:
    status = Counter(result.status for _, result in results)
    failed_by_code: Counter = Counter()
    failed_rules: dict[str, list[str]] = defaultdict(list)
    by_code: Counter = Counter()
    rules_by_code: dict[str, list[str]] = defaultdict(list)
    whole: list[str] = []  # R2A120 around the whole body (a region's says "this part of")
    for name, result in results:
        if any(
            f.code == FALLBACK and not f.message.startswith("this part of") for f in result.findings
        ):
            whole.append(name)
        codes = Counter(f.code for f in result.findings)
        by_code.update(codes)
        for code in codes:
            rules_by_code[code].append(name)
        if result.status == FAILED:
            errors = [f.code for f in result.findings if f.severity == "error"] or ["?"]
            failed_by_code[errors[0]] += 1
            failed_rules[errors[0]].append(name)
    converted = status[CLEAN] + status[REVIEW]
    fallback = whole
    regions = sorted(set(rules_by_code.get(FALLBACK, [])) - set(whole))
    return {
        "rules": len(results),
        "converted": converted,
        "failed": status[FAILED],
        "skipped": status[SKIPPED],
        "clean": status[CLEAN],
        "needs_review": status[REVIEW],
        "failed_by_code": dict(sorted(failed_by_code.items())),
        "failed_rules": {code: sorted(names) for code, names in sorted(failed_rules.items())},
        "fallback_actions": len(fallback),
        "fallback_percent": round(100.0 * len(fallback) / converted, 1) if converted else 0.0,
        "fallback_rules": sorted(fallback),
        "region_fallback_actions": len(regions),
        "region_fallback_rules": regions,
        "watched": {
            code: {"findings": by_code.get(code, 0), "rules": sorted(rules_by_code.get(code, []))}
            for code in WATCHED
        },
        "findings_by_code": dict(sorted(by_code.items())),
    }


def _names(names: list[str], indent: str = "      ") -> str:
    return "".join(f"{indent}{name}\n" for name in names)


def text(title: str, data: dict, verbose: bool) -> str:
    out = [f"== {title}\n"]
    out.append(
        f"rules: {data['rules']}  converted: {data['converted']}  failed: {data['failed']}"
        f"  skipped: {data['skipped']}\n"
    )
    out.append(f"clean: {data['clean']}  needs-review: {data['needs_review']}\n")
    fails = data["failed_by_code"]
    shown = ", ".join(f"{code} {fails.get(code, 0)}" for code in FAIL_CODES)
    others = ", ".join(f"{c} {n}" for c, n in fails.items() if c not in FAIL_CODES)
    out.append(f"failed by code: {shown}" + (f", {others}" if others else "") + "\n")
    for code, names in data["failed_rules"].items():
        out.append(f"  {code}:\n" + _names(names))
    out.append(
        f"whole-body fallback ({FALLBACK}): {data['fallback_actions']} of "
        f"{data['converted']} Actions ({data['fallback_percent']}%)\n"
    )
    if verbose:
        out.append(_names(data["fallback_rules"]))
    out.append(
        f"fallback for a region only ({FALLBACK}): {data['region_fallback_actions']} Actions\n"
    )
    if verbose:
        out.append(_names(data["region_fallback_rules"]))
    for code, item in data["watched"].items():
        out.append(f"{code}: {item['findings']} findings in {len(item['rules'])} rules\n")
        if verbose:
            out.append(_names(item["rules"]))
    pair = [data["watched"][c] for c in ("R2A421", "R2A422")]
    out.append(
        f"R2A421+R2A422: {sum(p['findings'] for p in pair)} findings in "
        f"{len(set(pair[0]['rules']) | set(pair[1]['rules']))} rules\n"
    )
    out.append(
        "findings by code: "
        + ", ".join(f"{code} {n}" for code, n in data["findings_by_code"].items())
        + "\n"
    )
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", nargs="?", default=str(ROOT / "fixtures" / "corpus"))
    parser.add_argument("--migrate", action="store_true", help="convert tenant exports under DIR")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("-q", "--quiet", action="store_true", help="do not list the rules")
    args = parser.parse_args(argv)
    root = Path(args.dir)
    if not root.is_dir():
        print(f"corpus_report: {root} is not a directory", file=sys.stderr)
        return 2
    if args.migrate:
        tenants = migrate_tenants(root)
        if not tenants:
            print(f"corpus_report: no Deploy CLI directory export under {root}", file=sys.stderr)
            return 2
        every = [item for results in tenants.values() for item in results]
        report = {name: figures(results) for name, results in tenants.items()}
        report["(all tenants)"] = figures(every)
    else:
        report = {"(all rules)": figures(convert_files(root))}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(
            "\n".join(text(title, data, not args.quiet) for title, data in report.items()), end=""
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
