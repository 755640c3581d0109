"""Findings: what the converter reports about a file, located in the *input* text."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from . import catalog
from .source import SourceFile

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    message: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code, self.message)

    def at_least(self, severity: str) -> bool:
        return SEVERITY_RANK[self.severity] >= SEVERITY_RANK[severity]


def make(
    code: str, message: str, source: SourceFile, start: int, end: int | None = None
) -> Finding:
    line, column = source.position(start)
    end_line, end_column = source.position(start if end is None else end)
    return Finding(
        code=code,
        severity=catalog.severity(code),
        message=message,
        path=source.path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
    )
