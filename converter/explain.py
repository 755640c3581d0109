"""Text for `rules2actions explain` and the generated docs, from the catalog data."""

from __future__ import annotations

import textwrap

from . import catalog


def _block(text: str) -> str:
    return textwrap.dedent(text).strip()


def code_text(query: str) -> str | None:
    entry = catalog.find_code(query)
    if entry is None:
        return None
    parts = [
        f"{entry.code} {entry.name} ({entry.severity})",
        "",
        entry.summary,
        "",
        _block(entry.explanation),
        "",
        "How to finish by hand:",
        textwrap.indent(_block(entry.fix), "  "),
    ]
    if entry.example_rule:
        parts += ["", "Rule:", textwrap.indent(_block(entry.example_rule), "  ")]
    if entry.example_action:
        parts += ["", "Action:", textwrap.indent(_block(entry.example_action), "  ")]
    return "\n".join(parts) + "\n"


def code_list() -> str:
    lines = []
    for entry in catalog.codes().values():
        lines.append(f"{entry.code}  {entry.severity:<7}  {entry.name:<30}  {entry.summary}")
    return "\n".join(lines) + "\n"


def mappings_text() -> str:
    tables = catalog.mappings()
    width = max(len(path) for path in tables["context"]) + len("context.")
    lines = ["context reads (`context.X` → Actions):"]
    for path, entry in tables["context"].items():
        note = []
        if entry.get("optional"):
            note.append("may be undefined: `?.` added")
        if entry.get("renamed"):
            note.append("keys renamed: only the listed keys convert")
        suffix = f"   ({'; '.join(note)})" if note else ""
        lines.append(f"  {'context.' + path:<{width}}  →  {entry['to']}{suffix}")
    lines.append("")
    lines.append("context reads with a new shape:")
    for path, expression in tables["context_shapes"].items():
        lines.append(f"  context.{path}  →  {expression}")
    lines.append("")
    lines.append("context properties with no equivalent (reported, left as they are):")
    for path, message in tables["context_none"].items():
        lines.append(f"  context.{path}: {message}")
    lines.append("")
    lines.append("side effects on context:")
    mfa = tables["multifactor"]
    lines.append(
        "  context.multifactor = { provider, ... }  →  api.multifactor.enable(provider, "
        "{ allowRememberBrowser, providerOptions })"
    )
    lines.append(f"    providers: {', '.join(mfa['providers'])}")
    lines.append(f"    Duo options under providerOptions: {', '.join(mfa['duo_options'])}")
    lines.append("    allowRememberBrowser omitted  →  true (the Rules default)")
    for key, hint in mfa["unknown"].items():
        lines.append(f"    {key}: not converted; {hint}")
    lines.append("  context.accessToken.scope = X  →  api.accessToken.removeScope/addScope")
    lines.append("  context.accessToken.scope.push(s)  →  api.accessToken.addScope(s)")
    lines.append("  context.primaryUser = id  →  api.authentication.setPrimaryUser(id)")
    saml = tables["saml"]
    lines.append("  context.samlConfiguration.mappings = { attr: 'path' }  →")
    lines.append("    api.samlResponse.setAttribute(attr, event.user.<path>)")
    for key, setter in saml["setters"].items():
        lines.append(f"  context.samlConfiguration.{key} = v  →  api.samlResponse.{setter}(v)")
    for key, message in saml["none"].items():
        lines.append(f"  context.samlConfiguration.{key}: not converted; {message}")
    for name, call in tables["effects"].items():
        lines.append(f"  context.{name}: not converted yet; in Actions {call}")
    lines.append("")
    lines.append("token claims:")
    for name, target in tables["tokens"].items():
        lines.append(f"  context.{name}[claim] = value  →  {target}.setCustomClaim(claim, value)")
    lines.append("")
    lines.append("callback:")
    lines.append("  callback(null, user, context)          →  return;")
    lines.append("  callback(new UnauthorizedError(m))     →  return api.access.deny(m);")
    lines.append("  callback(new Error(m)) / callback('m')  →  return api.access.deny(m);")
    lines.append("  callback(new Error(x)), x not a string  →  return api.access.deny(String(x));")
    lines.append("  configuration.X                        →  event.secrets.X")
    lines.append("  user.X                                 →  event.user.X")
    profile = ", ".join(tables["user"]["profile_claims"])
    lines.append(
        "  user.P = v, P a profile claim          →  kept under a TODO (R2A203): set the claim "
        f"and the SAML attribute ({profile})"
    )
    lines.append("")
    lines.append("sandbox globals that now need require():")
    for name, entry in tables["sandbox"].items():
        lines.append(f"  {name:<14} require('{entry['module']}')")
    return "\n".join(lines) + "\n\n" + hooks_mappings_text()


def hooks_mappings_text() -> str:
    """The legacy Hooks tables (converter/data/hooks.toml)."""
    from . import hooks

    tables = hooks.tables()
    lines = ["legacy Hooks (one Action per Hook, on the Hook's trigger):"]
    for trigger in hooks.triggers().values():
        params = ", ".join(trigger.params[:-1] + ("cb",))
        kind = "blocking" if trigger.blocking else "non-blocking"
        lines.append("")
        lines.append(f"{trigger.label} Hook `function ({params})` ({trigger.id}, {kind})")
        lines.append(f"  →  exports.{trigger.handler} = async (event, api) => {{...}}")
        paths = tables["paths"][trigger.id]
        width = max(len(path) for path in paths)
        for path, target in paths.items():
            if target == "!":
                target = "no equivalent (reported)"
            elif target.startswith("!"):
                target = "no equivalent: " + target[1:]
            lines.append(f"  {path:<{width}}  →  {target}")
        lines.append("  cb() / cb(null, ...)  →  return;")
        if trigger.response == "metadata":
            lines.append(
                "  cb(null, { user: { user_metadata: { k: v }, app_metadata: { k: v } } })  →  "
                "api.user.setUserMetadata(k, v) / api.user.setAppMetadata(k, v) per key"
            )
        elif trigger.response == "claims":
            lines.append(
                "  cb(null, { 'https://ns/claim': v, scope })  →  "
                "api.accessToken.setCustomClaim('https://ns/claim', v) per namespaced claim"
            )
            lines.append("  claims not namespaced  →  dropped, as the Hook did (R2A650)")
            lines.append("  scope edits, a response without scope  →  reported (R2A652, R2A653)")
        for name, mode in trigger.errors.items():
            subject = "cb(new Error(m)) / cb('m')" if name == "Error" else f"cb(new {name}(m))"
            if mode == "throw":
                target = "throw new Error(m);"
            elif mode == "deny":
                target = "return api.access.deny(m);"
                if name == "PreUserRegistrationError":
                    subject = f"cb(new {name}(log, message))"
                    target = "return api.access.deny(log, message);"
            else:
                target = f"return api.access.deny('{mode.partition(':')[2]}', m);"
            lines.append(f"  {subject}  →  {target}")
    lines.append("")
    lines.append("context.webtask (every trigger):")
    for key, entry in tables["webtask"].items():
        if isinstance(entry, str):
            lines.append(f"  context.webtask.{key}: no equivalent; {entry[1:]}")
        else:
            lines.append(f"  context.webtask.{key}  →  {entry['to']}")
    return "\n".join(lines) + "\n"


def codes_markdown() -> str:
    """docs/codes.md: every finding code, generated from converter/data/codes.toml."""
    out = [
        "# Finding codes",
        "",
        "Generated from `converter/data/codes.toml` by `make docs`; do not edit by hand.",
        "`rules2actions explain CODE` prints the same text.",
        "",
        "| code | name | severity | summary |",
        "|---|---|---|---|",
    ]
    entries = list(catalog.codes().values())
    for entry in entries:
        out.append(
            f"| [{entry.code}](#{entry.code.lower()}) | `{entry.name}` | {entry.severity} "
            f"| {entry.summary} |"
        )
    for entry in entries:
        out += [
            "",
            f"## {entry.code}",
            "",
            f"`{entry.name}` ({entry.severity}): {entry.summary}",
            "",
            _block(entry.explanation),
            "",
            "**How to finish by hand.** " + _block(entry.fix),
        ]
        if entry.example_rule:
            out += ["", "Rule:", "", "```js", _block(entry.example_rule), "```"]
        if entry.example_action:
            out += ["", "Action:", "", "```js", _block(entry.example_action), "```"]
    return "\n".join(out) + "\n"


def mappings_markdown() -> str:
    """docs/mappings.md, generated from converter/data/mappings.toml."""
    return (
        "# Mappings\n\n"
        "Generated from `converter/data/mappings.toml` by `make docs`; do not edit by hand.\n"
        "`rules2actions explain --mappings` prints the same tables.\n\n"
        "```text\n" + mappings_text() + "```\n"
    )


def write_docs(folder: str = "docs") -> None:
    from pathlib import Path

    Path(folder).mkdir(exist_ok=True)
    Path(folder, "codes.md").write_text(codes_markdown(), encoding="utf-8")
    Path(folder, "mappings.md").write_text(mappings_markdown(), encoding="utf-8")


if __name__ == "__main__":
    write_docs()
