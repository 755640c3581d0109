"""The converter's Node process: a long-lived ``node converter/validator.js`` per process,
which validates Actions with V8 and parses rules with esprima-next (``parse``,
``parse_ahead``: see ``parser.py``).

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
from typing import Any, Callable

VALID = "ok"
_SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "validator.js")
# Fewer files than this: esprima re-parses the Actions, Node is not started (~40 ms of
# boot against a few ms per Action).
SMALL_BATCH = 8
# V8 keeps a little of every compiled script: a fresh Node every RECYCLE Actions keeps the
# memory of a batch flat. A restart costs ~40 ms of boot and the parser's warm-up (its
# first dozens of files parse several times slower); over 2,000 files Node's peak RSS
# was 63 MiB restarting every 400 Actions and 65 MiB with no restart.
RECYCLE = 2000
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
        _drain()  # answers already asked for (a parse sent ahead) stay claimable
        stop()
    else:
        _forget()
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


# Requests are answered in order, one line each. A request is numbered when it is sent;
# answers read while waiting for a later one are kept until claimed (a parse sent ahead,
# see ``parse_ahead``), and the answers of abandoned requests are dropped when read.
_sent = 0
_read = 0
_answers: dict[int, Any] = {}
_abandoned: set[int] = set()
_decoders: dict[int, Callable[[str], Any]] = {}  # a parse's tree is decoded when read
_ahead: dict[tuple[str, int | None], int] = {}  # parses sent ahead → their numbers
AHEAD = 32  # at most this many parses sent ahead and not yet claimed


def _send(request: Any) -> int | None:
    global _sent
    process = _start()
    if process is None:
        return None
    try:
        process.stdin.write(json.dumps(request) + "\n")
        process.stdin.flush()
    except (OSError, ValueError):
        _fail()
        return None
    _sent += 1
    return _sent - 1


def _receive(number: int) -> str | None:
    while number not in _answers:
        if _read >= _sent or not _read_one():
            return None
    return _answers.pop(number)


def _read_one() -> bool:
    """Read the next answer due; False when Node died."""
    global _read
    try:
        answer = _process.stdout.readline() if _process is not None else ""
    except (OSError, ValueError):
        answer = ""
    if not answer:
        _fail()
        return False
    decode = _decoders.pop(_read, None)
    if _read in _abandoned:
        _abandoned.discard(_read)
    elif decode is not None and answer.startswith("{"):
        # Decoded now: while this process decodes a parse sent ahead, Node works on the
        # request sent after it (an Action's validation).
        try:
            _answers[_read] = decode(answer)
        except (ValueError, TypeError, AttributeError):  # garbage: esprima from now on
            _fail()
            return False
    else:
        _answers[_read] = answer
    _read += 1
    return True


def _drain() -> None:
    """Read every answer still due (before the process is replaced)."""
    while _read < _sent and _read_one():
        pass


def _forget() -> None:
    global _sent, _read
    _sent = _read = 0
    _answers.clear()
    _abandoned.clear()
    _decoders.clear()
    _ahead.clear()


def _fail() -> None:
    """Node died or misbehaved: esprima for the rest of the run."""
    global _disabled
    _disabled = True
    stop()
    _forget()


def check(text: str) -> str | tuple[str, int] | None:
    global _served
    number = _send(text)
    if number is None:
        return None
    _served += 1
    answer = _receive(number)
    if answer is None:
        return None
    if answer == "ok\n":
        return VALID
    try:
        message, line, _ = json.loads(answer)
        return str(message), int(line)
    except (ValueError, TypeError):
        _fail()
        return None


def parse_ahead(text: str, at: int | None, decode: Callable[[str], Any]) -> None:
    """Send the parse of a text that ``parse`` will be asked for soon: Node parses it while
    Python converts the file before it. ``decode`` turns the JSON tree into the caller's."""
    key = (text, at)
    if key in _ahead or _disabled or _small or mode() == "esprima":
        return
    number = _send(["parse", text, at])
    if number is None:
        return
    _decoders[number] = decode
    _ahead[key] = number
    while len(_ahead) > AHEAD:  # never claimed: its answer is dropped when it comes
        _abandon(_ahead.pop(next(iter(_ahead))))


def _abandon(number: int) -> None:
    _decoders.pop(number, None)
    if _answers.pop(number, None) is None and number >= _read:
        _abandoned.add(number)


def parse(text: str, at: int | None, decode: Callable[[str], Any]) -> Any:
    """esprima-next's tree of ``text`` in esprima-fork's shape (validator.js), as ``decode``
    makes it of the JSON line, or None: Node is not in use, or the text must be parsed in
    Python (a syntax error, a shape whose tree is not checked equal to esprima-fork's)."""
    number = _ahead.pop((text, at), None)
    if number is None:
        number = _send(["parse", text, at])
        if number is None:
            return None
        _decoders[number] = decode
    answer = _receive(number)
    if answer is None or not isinstance(answer, str):
        return answer
    if answer != "-\n":  # garbage: esprima from now on
        _fail()
    return None


def running() -> bool:
    """Whether this process has its Node process now."""
    return _process is not None and _owner == os.getpid()


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
