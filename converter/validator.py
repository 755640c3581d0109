"""Validation by V8: a long-lived ``node converter/validator.js`` per process.

``check(text)`` returns ``VALID``, ``(message, line)`` for a SyntaxError, or ``None`` when
Node is not available (then the caller parses with esprima). The choice is made by
``RULES2ACTIONS_VALIDATOR``: ``auto`` (default: Node when ``node`` is on the PATH),
``node``, or ``esprima``. A Node process that dies or misbehaves is dropped and the rest
of the run uses esprima, so validation never stops a batch.

In ``auto`` mode a run of only a few files (``SMALL_BATCH``: a pre-commit ``check`` of the
files of one commit) does not start Node at all (``small_batch()``): booting Node costs
more than esprima's re-parse of a few Actions. Every Action is re-parsed either way.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
from typing import Any

VALID = "ok"
_SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "validator.js")
# Fewer files than this: esprima re-parses the Actions, Node is not started (~40 ms of
# boot against a few ms per Action).
SMALL_BATCH = 8
# V8 keeps a little of every compiled script: a fresh Node every RECYCLE texts keeps the
# memory of a batch flat (a restart costs ~40 ms; validating 400 Actions ~0.1 s).
RECYCLE = 400
_FLAGS = ["--max-old-space-size=64", "--max-semi-space-size=1", "--no-compilation-cache"]
_served = 0

_process: Any = None
_owner = 0  # pid that started _process (a forked worker needs its own)
_disabled = False
_small = False  # this run has only a few files: esprima unless Node is asked for


def mode() -> str:
    value = os.environ.get("RULES2ACTIONS_VALIDATOR", "auto").strip().lower()
    return value if value in ("auto", "node", "esprima") else "auto"


def small_batch(count: int | None) -> bool:
    """Tell the validator how many files this run has (None: the run is over); True when
    Node will not be used for it."""
    global _small
    _small = count is not None and count < SMALL_BATCH and mode() == "auto"
    return _small


def _start() -> Any:
    global _process, _owner, _disabled, _served
    if _process is not None and _owner == os.getpid():
        if _served < RECYCLE:
            return _process
        stop()
    _served = 0
    _process = None
    if _disabled or _small or mode() == "esprima":
        return None
    import subprocess

    node = shutil.which("node")
    if node is None or not os.path.isfile(_SCRIPT):
        _disabled = True
        return None
    try:
        _process = subprocess.Popen(
            [node, *_FLAGS, _SCRIPT],
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
    _at_exit()
    return _process


@functools.cache
def _at_exit() -> None:
    import atexit

    atexit.register(stop)


def start() -> None:
    """Start Node now (it boots while the first file is parsed)."""
    _start()


def check(text: str) -> str | tuple[str, int] | None:
    global _process, _disabled, _served
    process = _start()
    if process is None:
        return None
    _served += 1
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
        import subprocess

        try:
            process.stdin.close()
            process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            process.kill()
