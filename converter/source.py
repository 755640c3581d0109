"""Load stage: turn the bytes of one input into text, remembering how to write it back.

The converter edits text by source ranges, so everything here is about keeping the
original bytes recoverable: the BOM is split off (and restored on write), line endings
are left untouched in the text, and offsets are Python string indices (code points),
the unit esprima reports with ``positionEncoding='scalar'``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

BOM = "\ufeff"

# esprima counts these as line terminators, and so must we for line numbers to agree.
_LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029]")


class LoadError(Exception):
    """The input cannot be read as JavaScript text. ``code`` is a finding code."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class SourceFile:
    """The text of one input, without its BOM, plus what is needed to restore its bytes."""

    path: str
    text: str
    bom: bool = False
    newline: str = "\n"
    _line_starts: list[int] = field(default_factory=list, repr=False)

    @classmethod
    def from_bytes(cls, path: str, data: bytes) -> "SourceFile":
        if b"\x00" in data:
            raise LoadError("R2A004", "binary file: it contains NUL bytes")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            raise LoadError(
                "R2A004",
                f"not UTF-8 text: invalid byte 0x{data[exc.start]:02x} on line {line}",
            ) from None
        return cls.from_text(path, text)

    @classmethod
    def from_text(cls, path: str, text: str) -> "SourceFile":
        bom = text.startswith(BOM)
        if bom:
            text = text[1:]
        match = _LINE_BREAK.search(text)
        newline = match.group(0) if match and match.group(0) in ("\r\n", "\r") else "\n"
        return cls(path=path, text=text, bom=bom, newline=newline)

    def restore(self, text: str) -> str:
        """The final text of an output derived from this source (BOM put back)."""
        return BOM + text if self.bom else text

    # -- positions ---------------------------------------------------------------------

    @property
    def line_starts(self) -> list[int]:
        if not self._line_starts:
            self._line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(self.text)]
        return self._line_starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a string offset."""
        starts = self.line_starts
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def line_start(self, offset: int) -> int:
        starts = self.line_starts
        return starts[bisect.bisect_right(starts, offset) - 1]

    def line_end(self, offset: int) -> int:
        """Offset of the line break ending the line that holds ``offset`` (or EOF)."""
        match = _LINE_BREAK.search(self.text, offset)
        return match.start() if match else len(self.text)

    def line_text(self, line: int) -> str:
        starts = self.line_starts
        if not 1 <= line <= len(starts):
            return ""
        start = starts[line - 1]
        return self.text[start : self.line_end(start)]

    def indentation(self, offset: int) -> str:
        """Leading whitespace of the line holding ``offset``."""
        start = self.line_start(offset)
        end = start
        while end < len(self.text) and self.text[end] in " \t":
            end += 1
        return self.text[start:end]
