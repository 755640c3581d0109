"""The npm packages rules and Actions require, installed on first use into a local cache.

Network clients (``request``, ``axios``, ``node-fetch``, ``auth0``, ``http``/``https``)
are faked by the harness and never installed. Every other package runs for real, at the
version the rule asked for (``require('x@1.2.3')``) or the conversion declared; without a
version, the latest at the time of the first install. Each ``name@version`` is installed
under its own npm alias (``r2a-<name>-<version>``), so several versions live side by side.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

from . import HarnessError

FAKED = {
    "request",
    "request-promise",
    "request-promise-native",
    "axios",
    "node-fetch",
    "auth0",
    "http",
    "https",
}
ENV = "RULES2ACTIONS_NODE_MODULES"
# The Rules sandbox's bare globals are CommonJS packages; where the latest release is an
# ES module only (which `require` cannot load on Node < 22), the last CommonJS one is used.
SANDBOX_VERSIONS = {"uuid": "9.0.1"}


def sandbox_spec(module: str) -> str:
    version = SANDBOX_VERSIONS.get(module)
    return f"{module}@{version}" if version else module


_REQUIRE = re.compile(r"""\brequire\s*\(\s*(['"`])([^'"`\s]+)\1\s*\)""")
_SPEC = re.compile(r"^(@[^/@]+/[^/@]+|[^/@]+)(?:@([^/]+))?(/.*)?$")


def cache_dir(option: str | None = None) -> Path:
    """The npm prefix of the cache: ``--node-modules``, else $RULES2ACTIONS_NODE_MODULES,
    else ``~/.cache/rules2actions``; packages go to its ``node_modules`` folder."""
    if option:
        return Path(option).expanduser().resolve()
    if os.environ.get(ENV):
        return Path(os.environ[ENV]).expanduser().resolve()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "rules2actions"


def _core() -> set[str]:
    from ..catalog import mappings

    return set(mappings()["node"]["core"]) | {
        "module",
        "process",
        "console",
        "constants",
        "sys",
        "timers/promises",
        "util/types",
        "stream/promises",
        "fs/promises",
        "dns/promises",
        "path/posix",
    }


def requires(text: str) -> list[tuple[str, str]]:
    """``(name, version)`` of every literal ``require('...')`` of npm packages."""
    core = _core()
    found = []
    # Whole-line comments (the TODO lines, "an Action must `require('uuid')`") do not count.
    text = re.sub(r"(?m)^[ \t]*//.*$", "", text)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    for match in _REQUIRE.finditer(text):
        spec = match.group(2)
        if spec.startswith((".", "/", "node:")):
            continue
        parsed = _SPEC.match(spec)
        if not parsed:
            continue
        name, version = parsed.group(1), parsed.group(2) or ""
        if name in core or name in FAKED:
            continue
        found.append((name, version))
    return found


def alias(name: str, version: str) -> str:
    safe = name.replace("@", "").replace("/", "--")
    return f"r2a-{safe}-{version or 'latest'}"


def ensure(packages: set[tuple[str, str]], prefix: Path) -> dict[str, dict[str, str]]:
    """Install what is missing; return ``{name: {version: directory}}``."""
    modules_dir = prefix / "node_modules"
    missing = sorted(
        p for p in packages if not (modules_dir / alias(*p) / "package.json").is_file()
    )
    if missing:
        npm = shutil.which("npm")
        if npm is None:
            raise HarnessError(
                "npm is needed to install " + ", ".join(f"{n}@{v or 'latest'}" for n, v in missing)
            )
        prefix.mkdir(parents=True, exist_ok=True)
        if not (prefix / "package.json").exists():
            (prefix / "package.json").write_text(
                json.dumps({"name": "rules2actions-verify-cache", "private": True}) + "\n"
            )
        specs = [f"{alias(n, v)}@npm:{n}@{v or 'latest'}" for n, v in missing]
        done = subprocess.run(
            [npm, "install", "--prefix", str(prefix), "--no-audit", "--no-fund", "--loglevel=error"]
            + specs,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if done.returncode != 0:
            tail = "\n".join(done.stderr.strip().splitlines()[-8:])
            raise HarnessError(f"npm install {' '.join(specs)} failed:\n{tail}")
    found: dict[str, dict[str, str]] = {}
    for name, version in packages:
        directory = modules_dir / alias(name, version)
        if (directory / "package.json").is_file():
            found.setdefault(name, {})[version] = str(directory)
    return found
