"""Finding inputs, mapping them to outputs, and writing outputs safely."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

STDIN = "-"
_SKIP_DIRS = {"node_modules", "__pycache__"}


@dataclass(frozen=True)
class Input:
    path: str  # how findings name it: the path as given, or joined under the given folder
    relative: str  # where it goes under the output folder
    stdin: bool = False


class InputError(Exception):
    pass


def discover(
    paths: list[str], stdin_name: str | None = None, root: str | None = None
) -> list[Input]:
    """Expand the command-line paths: files as given, folders to their ``*.js`` files
    (sorted, skipping hidden folders and ``node_modules``). A file given by name goes
    under the output folder by its name, or by its path relative to ``root`` when it lies
    in ``root`` (so that pre-commit's file lists mirror sub-folders like a folder does)."""
    inputs: list[Input] = []
    for given in paths:
        if given == STDIN:
            name = stdin_name or "<stdin>"
            inputs.append(Input(name, os.path.basename(stdin_name or "stdin.js"), stdin=True))
            continue
        path = Path(given)
        if path.is_dir():
            for file in _walk(path):
                relative = file.relative_to(path).as_posix()
                inputs.append(Input(os.path.join(given, relative), relative))
        elif path.is_file():
            relative = path.name
            if root is not None:
                inside = os.path.relpath(os.path.abspath(given), os.path.abspath(root))
                if not inside.startswith(os.pardir + os.sep) and inside != os.pardir:
                    relative = Path(inside).as_posix()
            inputs.append(Input(given, relative))
        else:
            raise InputError(f"{given}: no such file or folder")
    return inputs


def _walk(root: Path) -> list[Path]:
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _SKIP_DIRS)
        for name in sorted(files):
            if name.endswith(".js") and not name.startswith("."):
                found.append(Path(folder) / name)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def output_path(out_dir: str, item: Input) -> Path:
    """Where ``item``'s Action goes; never outside ``out_dir``."""
    root = resolved(out_dir)
    target = (root / item.relative).resolve()
    if root != target and root not in target.parents:
        raise InputError(f"{item.path}: output path escapes {out_dir}")
    return target


def resolved(folder: str | Path) -> Path:
    """``Path(folder).resolve()``, worked out once per folder and working directory (a
    batch asks for the same few folders for every file)."""
    return _resolved(str(folder), os.getcwd())


@functools.lru_cache(maxsize=16)
def _resolved(folder: str, cwd: str) -> Path:
    return Path(folder).resolve()


def read_input(item: Input) -> bytes:
    if item.stdin:
        import sys

        return sys.stdin.buffer.read()
    return Path(item.path).read_bytes()


def write_atomic(target: Path, text: str) -> None:
    """Write ``text`` exactly (no newline translation) via a temporary file + rename."""
    import tempfile

    target.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(
        "wb", dir=target.parent, prefix=f".{target.name}.", suffix=".tmp", delete=False
    )
    try:
        with handle:
            handle.write(text.encode("utf-8"))
        os.replace(handle.name, target)
    except BaseException:
        try:
            os.unlink(handle.name)
        except OSError:
            pass
        raise
