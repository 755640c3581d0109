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
  right after the replacement text.
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
        out.append(_with_comments(text, edit, comments, comment_starts))
        cursor = edit.end
        if edit.end > edit.start:
            last = edit
    out.append(text[cursor:])
    return "".join(out)


def _with_comments(text: str, edit: Edit, comments: list[Any], starts: list[int]) -> str:
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
    at_line_end = edit.end >= len(text) or text[edit.end] in "\r\n"
    pieces = []
    for number, comment in enumerate(kept):
        raw = text[comment.range[0] : comment.range[1]]
        last = number == len(kept) - 1
        if comment.type == "Line" and not (last and at_line_end):
            raw = "/*" + comment.value + " */" if "*/" not in comment.value else raw
        pieces.append(raw)
    carried = " ".join(pieces)
    removed = text[edit.start : edit.end]
    if not edit.text and removed.endswith(("\n", "\r")):
        # A deleted line keeps its comments on a line of their own.
        indent = removed[: len(removed) - len(removed.lstrip(" \t"))]
        newline = "\r\n" if removed.endswith("\r\n") else removed[-1]
        return indent + carried + newline
    tail = text[kept[-1].range[1] : edit.end]
    if tail[:1] in (" ", "\t") and not at_line_end and not text[edit.end].isspace():
        carried += " "
    if edit.text and not edit.text[-1].isspace() and edit.text[-1] not in "([{":
        carried = " " + carried
    return edit.text + carried
