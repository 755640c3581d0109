"""Parse stage: esprima-fork with ranges and comments, tolerant of the bare rule shape.

A Rule file is usually a bare anonymous ``function (user, context, callback) {...}``,
which is not a valid Script. The parser then parses with ``_=`` inserted in front of
``function`` and maps every range back to the original text, so the rest of the converter
never sees the difference.

One parse per file: a short scan of the leading text (``bare_function_start``: whitespace,
comments, a ``'use strict'`` prologue) decides the shape before parsing. A program that
starts with ``[async] function [*] (`` is never a valid Script (a function declaration
needs a name), so the prefixed parse is the only one. Any other text is parsed as a Script;
if that fails right at the ``(`` of an anonymous function statement further down (code
before the rule function), the prefixed parse follows as before.

Where the converter runs its Node process (``validator.py``: a directory, or eight files and
more), the parse is done there by esprima-next, the JavaScript line of esprima, several
times faster than esprima-fork in Python; the tree comes back as JSON in esprima-fork's
shape, and ``tests/test_node_parser.py`` checks it is esprima-fork's tree (types,
attributes, values, ranges, comments) on every text the tests have. Anything else is
parsed by esprima-fork: no Node, a syntax error (esprima-next's or V8's, which compiles the
text first: esprima-fork's messages are the converter's), a node type or a text that was
not checked equal (``validator.js``). A run sends the parses of
the next files ahead (``parse_ahead``), so Node parses them while Python converts the
current one.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import dataclass
from typing import Any, Iterator

import esprima
from esprima.comment_handler import Comment
from esprima.nodes import Node
from esprima.objects import Object

from .astutil import VISITOR_KEYS

OPTIONS = {"range": True, "comment": True, "positionEncoding": "scalar"}
# What the converter asks esprima for: the comments come from ``_comments`` (the same list,
# for a fraction of the cost: with ``comment`` esprima builds a location and calls a
# handler for every node).
_PARSE = {"range": True, "positionEncoding": "scalar"}

_PREFIX = "_="


class SyntaxProblem(Exception):
    """A syntax error located by its offset in the original text."""

    def __init__(self, message: str, offset: int):
        super().__init__(message)
        self.message = message
        self.offset = offset


class ParserLimit(SyntaxProblem):
    """The text nests deeper than the parser can follow (not a syntax error)."""


_LIMIT_MESSAGES = ("nesting exceeds the parser", "nesting exceeds the validator")


@dataclass
class Parsed:
    program: Any
    comments: list[Any]
    # Offset where ``_=`` was inserted for a bare anonymous function, else None.
    anonymous_at: int | None = None


def _strip_line_prefix(message: str) -> str:
    return re.sub(r"^Line \d+: ", "", message)


def parse(text: str) -> Parsed:
    """Parse rule or action text; raise SyntaxProblem with original positions."""
    at = bare_function_start(text)
    if _in_node:
        parsed = _parse_in_node(text, at)
        if parsed is not None:
            return parsed
    if at is None:
        try:
            program = _parse_script(text)
            return Parsed(program, program.comments)
        except esprima.Error as error:
            first = error
        at = _anonymous_function_start(text, first.index)
        if at is None:
            raise _problem(first, text) from None
    patched = text[:at] + _PREFIX + text[at:]
    try:
        program = _parse_script(patched)
    except esprima.Error as error:
        raise _problem(error, text, shift_at=at) from None
    _unshift(program, at, len(_PREFIX))
    return Parsed(program, program.comments, anonymous_at=at)


# The Node fast path (``RULES2ACTIONS_PARSER``: ``auto``, the default, or ``esprima``).
_in_node = os.environ.get("RULES2ACTIONS_PARSER", "auto").strip().lower() != "esprima"


@contextlib.contextmanager
def esprima_only() -> Iterator[None]:
    """Parse with esprima-fork in this process, whatever Node offers (see ``pipeline``)."""
    global _in_node
    before, _in_node = _in_node, False
    try:
        yield
    finally:
        _in_node = before


def in_node() -> bool:
    """Whether ``parse`` uses the Node process now."""
    if not _in_node:
        return False
    from . import validator

    return validator.running()


def parse_ahead(text: str) -> None:
    """Send ``text`` to Node to be parsed while this process does something else; ``parse``
    of the same text then takes the answer. Nothing without the Node fast path."""
    if _in_node:
        from . import validator

        validator.parse_ahead(text, bare_function_start(text), _tree)


def _parse_in_node(text: str, at: int | None) -> Parsed | None:
    """The tree from esprima-next in the converter's Node process (validator.js), when Node
    is in use: the same tree as esprima-fork's (type, attributes, ranges, comments;
    tests/test_node_parser.py checks it on every fixture, corpus rule and variant), several
    times faster. None leaves the parse to esprima-fork: no Node, a syntax error (so every
    message is esprima-fork's), or a shape not checked equal (validator.js)."""
    from . import validator

    program = validator.parse(text, at, _tree)
    if program is None:
        return None
    return Parsed(program, program.comments, anonymous_at=at)


def _tree(line: str) -> Any:
    """The program of validator.js's JSON answer, made of esprima-fork's classes."""
    program = json.loads(line, object_hook=_object)
    for comment in program.comments:
        comment.__class__ = Comment
    return program


def _object(fields: dict[str, Any]) -> Any:
    # esprima-fork's classes: a Node has a type; other objects (a regular expression's
    # pattern and flags, a template element's cooked and raw) are plain Objects.
    made = _new(Node) if "type" in fields else _new(Object)
    made.__dict__ = fields
    return made


_new = object.__new__


def _parse_script(text: str) -> Any:
    """esprima's parse with ranges; ``program.comments`` as esprima's ``comment`` option
    gives them (it does, for the rare texts the scan leaves to it)."""
    try:
        if text.startswith("#!") or "<!--" in text or "-->" in text:
            return esprima.parseScript(text, OPTIONS)  # hashbang, HTML-like comments
        program = esprima.parseScript(text, _PARSE)
    except AssertionError as error:
        raise _Unreadable(error) from None
    program.comments = _comments(text, program)
    return program


class _Unreadable(esprima.Error):
    """A text on which esprima-fork fails one of its own assertions instead of reporting
    a syntax error (a template literal whose pieces do not pair, say): a syntax error at
    the token the parser was reading."""

    def __init__(self, error: AssertionError):
        super().__init__("Unexpected token", index=0)
        traceback = error.__traceback__
        while traceback is not None:  # the innermost esprima parser's position
            parser = traceback.tb_frame.f_locals.get("self")
            lookahead = getattr(parser, "lookahead", None)
            if isinstance(getattr(lookahead, "start", None), int):
                self.index = lookahead.start
            traceback = traceback.tb_next


_LINE_END = re.compile("[\n\r\u2028\u2029]")


def _comments(text: str, program: Any) -> list[Any]:
    """The comments of a parsed text, in source order, as esprima's ``comment`` option
    reports them (type, value, range).

    Outside string, template and regular-expression literals, ``//`` and ``/*`` always
    start a comment (the lexer reads the longest token), and a comment never holds a
    literal. So the literals' ranges are taken from the tree (every attribute of every
    node, whatever its type) and the text between them is searched."""
    spans = []
    stack = [program]
    pop, push = stack.pop, stack.append
    while stack:
        node = pop()
        kind = node.type
        if kind == "Literal" or kind == "TemplateElement":
            spans.append(node.range)
            continue
        for value in node.__dict__.values():
            if isinstance(value, Node):
                push(value)
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, Node):
                        push(item)
    spans.sort()
    found = []
    position = 0
    for limit, resume in [*spans, (len(text), len(text))]:
        while True:
            start = text.find("/", position, limit)
            if start < 0 or start + 1 >= limit:
                break
            second = text[start + 1]
            if second == "/":
                match = _LINE_END.search(text, start + 2, limit)
                end = match.start() if match else limit
                found.append(Comment("Line", text[start + 2 : end], [start, end]))
                position = end
            elif second == "*":
                end = text.find("*/", start + 2, limit)
                if end < 0:  # cannot happen in a text that parsed; say so rather than guess
                    raise ValueError("unclosed block comment in a parsed text")
                found.append(Comment("Block", text[start + 2 : end], [start, end + 2]))
                position = end + 2
            else:
                position = start + 1
        position = max(position, resume)
    return found


# Deploy CLI keyword markers: ``@@KEY@@`` (replaced by a JSON value) and ``##KEY##``
# (replaced literally) are not JavaScript until the Deploy CLI replaces them. They are
# masked with identifiers of the same length, so every offset stays valid, and put back
# into the output by ``unmask_keywords``.
_KEYWORD = re.compile(r"(@@|##)([A-Za-z_][A-Za-z0-9_]*)\1")
_MASKS = {"@@": ("$$", "$$"), "##": ("$_", "_$")}


def mask_keywords(text: str) -> tuple[str, dict[str, str]]:
    """``text`` with keyword markers masked, and the masks → markers to restore."""
    keywords: dict[str, str] = {}

    def mask(match: re.Match) -> str:
        left, right = _MASKS[match.group(1)]
        masked = f"{left}{match.group(2)}{right}"
        if masked in text:  # the mask would not be unique: leave this marker alone
            return match.group(0)
        keywords[masked] = match.group(0)
        return masked

    masked = _KEYWORD.sub(mask, text)
    return masked, keywords


def unmask_keywords(text: str, keywords: dict[str, str]) -> str:
    if not keywords:
        return text
    pattern = re.compile("|".join(re.escape(m) for m in sorted(keywords, key=len, reverse=True)))
    return pattern.sub(lambda m: keywords[m.group(0)], text)


def validate(text: str) -> SyntaxProblem | None:
    """Re-parse an emitted Action; None when it is valid JavaScript.

    Every Action is parsed again, always. With Node on the PATH the parse is done by V8 in
    one long-lived Node process (``converter/validator.py``), which is an order of
    magnitude cheaper than a second esprima parse and is the parser Actions really run
    on; esprima is the fallback, and it also words the message when V8 rejects a text.
    """
    from . import validator

    verdict = validator.check(text)
    if verdict is validator.VALID:
        return None
    problem = validate_with_esprima(text)
    if problem is None and verdict is not None:
        # V8 rejects what esprima accepts: V8 has the last word; point at its line.
        message, line = verdict
        return SyntaxProblem(message, _line_offset(text, line))
    return problem


def validate_with_esprima(text: str) -> SyntaxProblem | None:
    try:
        esprima.parseScript(text)
    except esprima.Error as error:
        return _problem(error, text)
    return None


def _line_offset(text: str, line: int) -> int:
    offset = 0
    for _ in range(max(line - 1, 0)):
        found = text.find("\n", offset)
        if found < 0:
            break
        offset = found + 1
    return offset


# The leading text a bare rule may have: JavaScript's whitespace and line terminators,
# comments, and string directives (`'use strict';`).
_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_LEADING = re.compile(
    rf"""(?:[{_SPACE}]+|//[^\n\r\u2028\u2029]*|/\*[\s\S]*?\*/"""
    r"""|(?:'[^'\\\n\r\u2028\u2029]*'|"[^"\\\n\r\u2028\u2029]*")[ \t]*;)*"""
)
_HEAD = re.compile(r"(?:async[ \t]+)?function")
_GAP = re.compile(rf"(?:[{_SPACE}]+|/\*[\s\S]*?\*/)*")


def bare_function_start(text: str) -> int | None:
    """Where ``_=`` goes when ``text`` starts (after whitespace, comments and directives)
    with an anonymous ``[async] function [*] (``: the start of ``async``/``function``.

    None for anything else, which is then parsed as a Script first. The scan is
    conservative: a shape it does not recognise takes that path, which is always right
    (only slower when the Script parse fails and the prefixed parse follows)."""
    start = _LEADING.match(text).end()
    head = _HEAD.match(text, start)
    if head is None:
        return None
    position = _GAP.match(text, head.end()).end()
    if text.startswith("*", position):
        position = _GAP.match(text, position + 1).end()
    if position == head.end() and position < len(text) and text[position] != "(":
        return None  # `functional...`: a longer name
    if not text.startswith("(", position):
        return None
    # The same start the Script parse's error at this `(` would lead to.
    return start if _anonymous_function_start(text, position) == start else None


def _anonymous_function_start(text: str, index: int) -> int | None:
    """Start of ``[async] function [*]`` right before the ``(`` at ``index``, if any."""
    if not 0 <= index < len(text) or text[index] != "(":
        return None
    position = _skip_back(text, index)
    if text.startswith("*", position - 1):
        position = _skip_back(text, position - 1)
    start = position - len("function")
    if start < 0 or text[start:position] != "function" or _is_word(text, start - 1):
        return None
    before = _skip_back(text, start)
    if text[before - len("async") : before] == "async" and not _is_word(text, before - 6):
        if "\n" not in text[before:start] and "\r" not in text[before:start]:
            return before - len("async")
    return start


def _skip_back(text: str, position: int) -> int:
    """Move left over whitespace and block comments; return the new end position."""
    while position > 0:
        if text[position - 1].isspace():
            position -= 1
        elif text.startswith("*/", position - 2):
            opening = text.rfind("/*", 0, position - 2)
            if opening < 0:
                return position
            position = opening
        else:
            return position
    return position


def _is_word(text: str, position: int) -> bool:
    return 0 <= position < len(text) and (text[position].isalnum() or text[position] in "_$")


def _problem(error: Any, text: str, shift_at: int | None = None) -> SyntaxProblem:
    offset = error.index
    if shift_at is not None and offset >= shift_at:
        offset = max(shift_at, offset - len(_PREFIX))
    offset = min(max(offset, 0), len(text))
    message = _strip_line_prefix(error.message)
    if any(limit in message for limit in _LIMIT_MESSAGES):
        return ParserLimit(message, offset)
    if message == "Unexpected end of input":
        # Point at the end of the code rather than at trailing blank lines, and say why.
        offset = len(text.rstrip())
        message += _unclosed_hint(text)
    return SyntaxProblem(message, offset)


def _unclosed_hint(text: str) -> str:
    try:
        tokens = esprima.tokenize(text)
    except esprima.Error:
        return ""
    counts = {"{": 0, "(": 0, "[": 0}
    closers = {"}": "{", ")": "(", "]": "["}
    for token in tokens:
        if token.type != "Punctuator":
            continue
        if token.value in counts:
            counts[token.value] += 1
        elif token.value in closers:
            counts[closers[token.value]] -= 1
    open_ = [f"{n} `{c}`" for c, n in counts.items() if n > 0]
    return f" ({', '.join(open_)} not closed)" if open_ else ""


def _unshift(program: Any, at: int, size: int) -> None:
    """Map ranges of the patched text back onto the original text (every node and comment:
    a tight loop, as this touches the whole tree of every bare rule)."""
    end_of_insert = at + size
    keys = VISITOR_KEYS
    stack = [program]
    pop, push = stack.pop, stack.append
    while stack:
        node = pop()
        rng = node.range
        start, end = rng
        if start >= end_of_insert:
            rng[0] = start - size
        elif start > at:
            rng[0] = at
        if end >= end_of_insert:
            rng[1] = end - size
        elif end > at:
            rng[1] = at
        for key in keys.get(node.type, ()):
            value = getattr(node, key, None)
            if value is None:
                continue
            if isinstance(value, list):
                for item in value:
                    if item is not None:
                        push(item)
            elif hasattr(value, "type"):
                push(value)
    for comment in program.comments:
        rng = comment.range
        for i in (0, 1):
            pos = rng[i]
            if pos >= end_of_insert:
                rng[i] = pos - size
            elif pos > at:
                rng[i] = at
