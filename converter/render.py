"""Render stage: put the edited rule text into the Action template (templates/)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

TEMPLATE = "action.js.j2"


def _template_dirs() -> list[str]:
    package = Path(__file__).resolve().parent
    # Installed wheels carry the templates inside the package; a source checkout keeps
    # them in the top-level templates/ folder.
    return [str(package / "templates"), str(package.parent / "templates")]


def _comment_safe(value: Any) -> str:
    """Text that cannot end the /** ... */ header early or break its lines."""
    text = str(value).replace("*/", "* /")
    return " ".join(text.splitlines())


@functools.cache
def _environment(newline: str) -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_template_dirs()),
        autoescape=False,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        newline_sequence=newline,
    )
    env.filters["comment"] = _comment_safe
    return env


def render_action(**context: Any) -> str:
    newline = context.pop("newline", "\n")
    context.setdefault("guard", None)
    context.setdefault("hook", None)
    context.setdefault("handler", "onExecutePostLogin")
    return _environment(newline).get_template(TEMPLATE).render(**context)


def render_snippet(template: str, newline: str = "\n", **context: Any) -> str:
    """A piece of code the fixers add (a helper function, say), from templates/."""
    return _environment(newline).get_template(template).render(**context)
