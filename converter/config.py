"""Configuration: ``rules2actions.toml``, ``.rules2actions.toml`` or ``[tool.rules2actions]``.

For each checked file the nearest configuration file up from its folder wins (the
current folder for standard input); a ``pyproject.toml`` without a ``[tool.rules2actions]``
table is passed over. ``--config PATH`` uses one file for every input, ``--isolated``
none; the command-line options override the file's keys. Keys:

- ``select``: codes, code names or code prefixes (``R2A4``) to report; default all.
- ``ignore``: codes, code names or prefixes not to report.
- ``per-file-ignores``: glob → codes to ignore in the files matching it.
- ``exclude``: globs of files not to check or convert (also when named explicitly).
- ``fail-on``: ``error``, ``warning`` (default) or ``info``.
- ``hook-type``: the trigger of the ``(user, context, cb)`` Hooks among the files
  (``pre-user-registration``, ``post-user-registration``, ``post-change-password``, or
  ``rule``); ``hook-types``: glob → trigger, for the files matching it (wins).

Globs are matched against the path relative to the folder holding the configuration
(``*`` also matches ``/``), and a glob without ``/`` also against the file name.
"""

from __future__ import annotations

import fnmatch
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from . import catalog

FILES = ("rules2actions.toml", ".rules2actions.toml", "pyproject.toml")
SEVERITIES = ("error", "warning", "info")
_KEYS = {"select", "ignore", "per-file-ignores", "exclude", "fail-on", "hook-type", "hook-types"}
HOOK_TYPES = ("pre-user-registration", "post-user-registration", "post-change-password",
              "credentials-exchange", "send-phone-message", "rule")  # fmt: skip


class ConfigError(Exception):
    pass


@dataclass
class Config:
    path: Path | None = None
    root: Path = field(default_factory=Path.cwd)
    select: set[str] | None = None  # None: every code
    ignore: set[str] = field(default_factory=set)
    per_file_ignores: dict[str, set[str]] = field(default_factory=dict)
    exclude: list[str] = field(default_factory=list)
    fail_on: str = "warning"
    hook_type: str | None = None  # the `--hook-type` / `hook-type` of every file
    hook_types: dict[str, str] = field(default_factory=dict)  # glob -> trigger

    def hook_type_for(self, path: str | None) -> str | None:
        """The Hook trigger named for ``path`` (None: let the file's signature decide)."""
        if path is not None and self.hook_types:
            relative = self._relative(path)
            for pattern, trigger in self.hook_types.items():
                if _match(relative, pattern):
                    return trigger
        return self.hook_type

    def _relative(self, path: str) -> str:
        from .files import resolved

        absolute = Path(os.path.abspath(path))
        try:
            return absolute.relative_to(resolved(self.root)).as_posix()
        except ValueError:
            return Path(path).as_posix()

    def excluded(self, path: str) -> bool:
        return any(_match(self._relative(path), pattern) for pattern in self.exclude)

    def enabled(self, code: str, path: str) -> bool:
        if code in ("R2A006", "R2A007"):  # internal errors are never hidden
            return True
        if self.select is not None and code not in self.select:
            return False
        if code in self.ignore:
            return False
        if not self.per_file_ignores:
            return True
        relative = self._relative(path)
        return not any(
            code in codes and _match(relative, pattern)
            for pattern, codes in self.per_file_ignores.items()
        )


def _match(relative: str, pattern: str) -> bool:
    pattern = pattern.removeprefix("./")
    if fnmatch.fnmatchcase(relative, pattern):
        return True
    if pattern.endswith("/**") and (relative + "/").startswith(pattern[:-2]):
        return True
    return "/" not in pattern and fnmatch.fnmatchcase(relative.rsplit("/", 1)[-1], pattern)


def resolve_codes(names: list[str] | tuple[str, ...], where: str) -> set[str]:
    """Codes from codes, names, prefixes (``R2A4``) or ``ALL``; ConfigError otherwise."""
    codes: set[str] = set()
    table = catalog.codes()
    for raw in names:
        for name in (n.strip() for n in str(raw).split(",")):
            if not name:
                continue
            if name.upper() == "ALL":
                codes |= set(table)
                continue
            entry = catalog.find_code(name)
            if entry is not None:
                codes.add(entry.code)
                continue
            prefixed = {c for c in table if c.startswith(name.upper())}
            if name.upper().startswith("R2A") and prefixed:
                codes |= prefixed
                continue
            raise ConfigError(f"{where}: unknown code {name!r} (run `rules2actions explain`)")
    return codes


def find(start: Path) -> tuple[Path, dict] | None:
    """The nearest configuration file at or above ``start`` and its rules2actions table."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        for name in FILES:
            path = candidate / name
            if not path.is_file():
                continue
            table = _read(path)
            if name == "pyproject.toml":
                table = table.get("tool", {}).get("rules2actions")
                if table is None:
                    continue
            return path, table
    return None


def _read(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: {error}") from None


def from_table(path: Path | None, table: dict) -> Config:
    where = str(path) if path else "configuration"
    unknown = set(table) - _KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    config = Config(path=path, root=path.parent if path else Path.cwd())

    def strings(key: str) -> list[str]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: `{key}` must be a list of strings")
        return value

    if "select" in table:
        config.select = resolve_codes(strings("select"), where)
    config.ignore = resolve_codes(strings("ignore"), where)
    config.exclude = strings("exclude")
    per_file = table.get("per-file-ignores", {})
    if not isinstance(per_file, dict):
        raise ConfigError(f"{where}: `per-file-ignores` must be a table of glob = [codes]")
    for pattern, codes in per_file.items():
        codes = [codes] if isinstance(codes, str) else codes
        config.per_file_ignores[pattern] = resolve_codes(codes, f"{where} [{pattern}]")
    fail_on = table.get("fail-on", "warning")
    if fail_on not in SEVERITIES:
        raise ConfigError(f"{where}: `fail-on` must be one of {', '.join(SEVERITIES)}")
    config.fail_on = fail_on
    hook_type = table.get("hook-type")
    if hook_type is not None and hook_type not in HOOK_TYPES:
        raise ConfigError(f"{where}: `hook-type` must be one of {', '.join(HOOK_TYPES)}")
    config.hook_type = hook_type
    hook_types = table.get("hook-types", {})
    if not isinstance(hook_types, dict) or not all(v in HOOK_TYPES for v in hook_types.values()):
        raise ConfigError(
            f"{where}: `hook-types` must be a table of glob = one of {', '.join(HOOK_TYPES)}"
        )
    config.hook_types = dict(hook_types)
    return config


def load_file(config_path: str) -> Config:
    path = Path(config_path)
    table = _read(path)
    if path.name == "pyproject.toml":
        table = table.get("tool", {}).get("rules2actions", {})
    return from_table(path, table)


class Resolver:
    """The configuration of each input file, with the command-line overrides applied.

    ``select``/``ignore``/``exclude``/``fail_on``: the command-line values (empty or None:
    keep the file's). Raises ConfigError for a bad option or configuration file."""

    def __init__(
        self,
        *,
        config_path: str | None = None,
        isolated: bool = False,
        select: tuple[str, ...] = (),
        ignore: tuple[str, ...] = (),
        exclude: tuple[str, ...] = (),
        fail_on: str | None = None,
        hook_type: str | None = None,
    ):
        self._hook_type = hook_type
        self._fixed: Config | None = None
        if isolated:
            self._fixed = Config()
        elif config_path is not None:
            self._fixed = load_file(config_path)
        self._select = resolve_codes(select, "--select") if select else None
        self._ignore = resolve_codes(ignore, "--ignore") if ignore else None
        self._exclude = list(exclude) or None
        self._fail_on = fail_on
        self._by_folder: dict[Path, Config] = {}
        self._by_file: dict[Path | None, Config] = {}

    def for_path(self, path: str | None) -> Config:
        """The configuration for ``path`` (None: standard input, from the current folder)."""
        if self._fixed is not None:
            return self._override(self._fixed)
        folder = Path.cwd() if path is None else Path(os.path.abspath(path)).parent
        if folder not in self._by_folder:
            start = folder if folder.is_dir() else Path.cwd()
            found = find(start)
            key = found[0] if found else None
            if key not in self._by_file:
                self._by_file[key] = self._override(from_table(*found) if found else Config())
            self._by_folder[folder] = self._by_file[key]
        return self._by_folder[folder]

    def _override(self, config: Config) -> Config:
        from dataclasses import replace

        changes: dict = {}
        if self._select is not None:
            changes["select"] = self._select
        if self._ignore is not None:
            changes["ignore"] = self._ignore
        if self._exclude is not None:
            changes["exclude"] = self._exclude
        if self._fail_on is not None:
            changes["fail_on"] = self._fail_on
        if self._hook_type is not None:
            changes["hook_type"] = self._hook_type
            changes["hook_types"] = {}
        return replace(config, **changes) if changes else config
