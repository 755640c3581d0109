"""Apply-edits stage: splice replacement text into the original by source ranges.

Fixers emit *minimal* edits: they replace the tokens that change and leave the
sub-expressions they keep in place, so the edits of different fixers nest without
overlapping (``context.idToken[ns] = user.name`` gets one edit around the key and the
value from the claims fixer, and one inside the value from the user fixer). The rules:

- edits are applied in (start, end) order; zero-width insertions at one offset keep
  the order in which they were emitted;
- an edit lying entirely inside a replaced range is absorbed by it (the outer edit
  dropped that text on purpose, e.g. the arguments of a removed ``callback(...)``);
- two deletions that overlap delete their union;
- any other overlap is a bug in a fixer and raises ``EditConflict``;
- comments inside a replaced range are never lost: they are carried into the output
  right after the replacement text. A comment that had a line of its own keeps it, its
  style (`//` stays `//`) and the indentation of the code that follows it; only a comment
  that shared its line with code is carried inline (a `//` one as `/* ... */` when code
  follows it).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any, Iterable


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    text: str
    origin: str = ""  # the fixer that made it, for conflict reports
    # None: both handlers; "execute" / "continue": only the text of onExecutePostLogin /
    # onContinuePostLogin (a rule's body is specialised for the pass after a redirect).
    variant: str | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad edit range {self.start}..{self.end}")


class EditConflict(Exception):
    pass


def for_variant(edits: Iterable[Edit], variant: str) -> list[Edit]:
    return [e for e in edits if e.variant is None or e.variant == variant]


def apply_edits(text: str, edits: Iterable[Edit], comments: list[Any] = ()) -> str:
    # Same start: insertions first (in emission order), then the widest replacement,
    # which absorbs narrower ones.
    edits = list(edits)
    # Indentation added at the start of a line that another edit deletes has no line left
    # (a deletion of indentation only leaves the line: the two shifts add up).
    deleted_from = {
        e.start for e in edits if e.end > e.start and not e.text and text[e.start : e.end].strip()
    }
    edits = [
        e
        for e in edits
        if not (e.start == e.end and e.start in deleted_from and e.text and not e.text.strip(" \t"))
    ]
    ordered = sorted(edits, key=lambda e: (e.start, e.end > e.start, -e.end))
    comment_starts = [c.range[0] for c in comments]
    out: list[str] = []
    cursor = 0
    last: Edit | None = None
    for edit in ordered:
        if edit.start < cursor:
            if last is not None and last.start <= edit.start and edit.end <= last.end:
                continue  # absorbed by the enclosing replacement
            if last is not None and not last.text and not edit.text:
                # Two deletions that overlap delete their union.
                out.append(
                    _with_comments(text, Edit(cursor, edit.end, ""), comments, comment_starts)
                )
                cursor = edit.end
                last = Edit(last.start, edit.end, "", last.origin, last.variant)
                continue
            raise EditConflict(
                f"edit {edit.start}..{edit.end} ({edit.origin}) overlaps "
                f"{last.start}..{last.end} ({last.origin})"
            )
        out.append(text[cursor : edit.start])
        out.append(_with_comments(text, edit, comments, comment_starts, ordered, out))
        cursor = edit.end
        if edit.end > edit.start:
            last = edit
    out.append(text[cursor:])
    return "".join(out)


def _with_comments(
    text: str,
    edit: Edit,
    comments: list[Any],
    starts: list[int],
    edits: list[Edit] = (),
    written: list[str] = (),
) -> str:
    if edit.end == edit.start or not comments:
        return edit.text
    index = bisect.bisect_left(starts, edit.start)
    kept: list[Any] = []
    while index < len(comments) and comments[index].range[1] <= edit.end:
        comment = comments[index]
        if comment.range[0] >= edit.start:
            kept.append(comment)
        index += 1
    if not kept:
        return edit.text
    removed = text[edit.start : edit.end]
    raws = [text[c.range[0] : c.range[1]] for c in kept]
    if not edit.text and removed.endswith(("\n", "\r")):
        # A deleted line keeps its comments, each on a line of its own, as written, at the
        # indentation of the code that follows (of the deleted code before a closing one).
        indent = _output_indentation(text, edit.start, edits)
        following = text[edit.end : _line_end(text, edit.end)].strip()
        if following and following[0] not in ")]}":
            indent = _output_indentation(text, edit.end, edits)
        newline = "\r\n" if removed.endswith("\r\n") else removed[-1]
        return "".join(indent + raw + newline for raw in raws)
    if all(_own_line(text, c) for c in kept):
        # Comments that had lines of their own keep them (and their `//`), at the
        # indentation of the code they stood above.
        newline = "\r\n" if "\r\n" in text else "\n"
        if edit.text.endswith(("\n", "\r")):
            following = text[edit.end : _line_end(text, edit.end)].strip()
            if following and following[0] not in ")]}":
                indent = _output_indentation(text, edit.end, edits)
            else:  # before a closing line: line up with the code above
                indent = _last_line_indentation(written, edit.text)
            return edit.text + "".join(indent + raw + newline for raw in raws)
        line_start = max(text.rfind("\n", 0, edit.start), text.rfind("\r", 0, edit.start)) + 1
        if (
            not edit.text
            and not text[line_start : edit.start].strip()
            and text[edit.end : _line_end(text, edit.end)].strip()
        ):
            indent = text[line_start : edit.start]
            return "".join(raw + newline + indent for raw in raws)
    at_line_end = edit.end >= len(text) or text[edit.end] in "\r\n"
    pieces = []
    for number, comment in enumerate(kept):
        raw = raws[number]
        last = number == len(kept) - 1
        if comment.type == "Line" and not (last and at_line_end):
            raw = "/*" + comment.value + " */" if "*/" not in comment.value else raw
        pieces.append(raw)
    carried = " ".join(pieces)
    tail = text[kept[-1].range[1] : edit.end]
    if tail[:1] in (" ", "\t") and not at_line_end and not text[edit.end].isspace():
        carried += " "
    if edit.text and not edit.text[-1].isspace() and edit.text[-1] not in "([{":
        carried = " " + carried
    return edit.text + carried


def _line_end(text: str, position: int) -> int:
    ends = [i for i in (text.find("\n", position), text.find("\r", position)) if i != -1]
    return min(ends) if ends else len(text)


def _last_line_indentation(written: list[str], text: str) -> str:
    """The indentation of the last non-blank line of the output so far (``written`` then
    ``text``), one level deeper when that line opens a block."""
    tail = text
    for piece in reversed(written[-64:]):
        if tail.strip() and "\n" in tail.rstrip():
            break
        tail = piece + tail
    lines = [line for line in tail.splitlines() if line.strip()]
    if not lines:
        return ""
    line = lines[-1]
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    return indent + "  " if line.rstrip().endswith(("{", "(", "[")) else indent


def _own_line(text: str, comment: Any) -> bool:
    """True when only blanks precede ``comment`` on its line and follow it."""
    start, end = comment.range
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    return not text[line_start:start].strip() and not text[end : _line_end(text, end)].strip()


def _output_indentation(text: str, position: int, edits: list[Edit]) -> str:
    """The indentation the line starting at ``position`` gets in the output: its own,
    with the re-indenting edits (blank insertions or deletions) other edits make to it."""
    stop = position
    while stop < len(text) and text[stop] in " \t":
        stop += 1
    out, cursor = [], position
    for other in edits:
        if other.start < position or other.end > stop or other.start < cursor:
            continue
        if other.text.strip(" \t"):
            continue
        out.append(text[cursor : other.start])
        out.append(other.text)
        cursor = other.end
    out.append(text[cursor:stop])
    return "".join(out)
