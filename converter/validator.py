"""Validation by V8: a long-lived ``node converter/validator.js`` per process.

``check(text)`` returns ``VALID``, ``(message, line)`` for a SyntaxError, or ``None`` when
Node is not available (then the caller parses with esprima). The choice is made by
``RULES2ACTIONS_VALIDATOR``: ``auto`` (default: Node when ``node`` is on the PATH),
``node``, or ``esprima``. A Node process that dies or misbehaves is dropped and the rest
of the run uses esprima, so validation never stops a batch.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

VALID = "ok"
_SCRIPT = Path(__file__).with_name("validator.js")

_process: Any = None
_owner = 0  # pid that started _process (a forked worker needs its own)
_disabled = False


def mode() -> str:
    value = os.environ.get("RULES2ACTIONS_VALIDATOR", "auto").strip().lower()
    return value if value in ("auto", "node", "esprima") else "auto"


def _start() -> Any:
    global _process, _owner, _disabled
    if _process is not None and _owner == os.getpid():
        return _process
    _process = None
    if _disabled or mode() == "esprima":
        return None
    node = shutil.which("node")
    if node is None or not _SCRIPT.is_file():
        _disabled = True
        return None
    try:
        _process = subprocess.Popen(
            [node, str(_SCRIPT)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            encoding="utf-8",
            bufsize=1,
        )
    except OSError:
        _disabled = True
        return None
    _owner = os.getpid()
    import atexit

    atexit.register(stop)
    return _process


def start() -> None:
    """Start Node now (it boots while the first file is parsed)."""
    _start()


def check(text: str) -> str | tuple[str, int] | None:
    global _process, _disabled
    process = _start()
    if process is None:
        return None
    try:
        process.stdin.write(json.dumps(text) + "\n")
        process.stdin.flush()
        answer = process.stdout.readline()
        if answer == "ok\n":
            return VALID
        message, line, _ = json.loads(answer)
        return str(message), int(line)
    except (OSError, ValueError, TypeError):
        _disabled = True
        stop()
        return None


def stop() -> None:
    global _process
    process, _process = _process, None
    if process is not None and _owner == os.getpid():
        try:
            process.stdin.close()
            process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            process.kill()
