"""Command line: `rules2actions convert | check | explain`.

Heavy modules (esprima, jinja2, the fixers) are imported inside the commands, so that
`rules2actions --version` and a pre-commit `check` of one file start quickly.
"""

from __future__ import annotations

import sys

import click

from . import __version__

EXIT_CODES = """\b
Exit codes:
  convert  0  every input produced an Action (or was skipped as already one)
           1  at least one input failed (syntax error, not a rule, output exists...)
           2  usage error
  check    0  no finding at or above --fail-on
           1  at least one such finding
           2  usage error or internal error
  explain  0  the code exists; 2 otherwise
  verify   0  every scenario: the Action's effects are the Rule's (or exactly the
              expected differences)
           1  at least one scenario differs
           2  usage error, or the harness could not run (Node/npm missing, a package
              cannot be installed, a bad scenario file, a rule that cannot be loaded)
"""


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=EXIT_CODES,
)
@click.version_option(__version__, "--version", "-V", prog_name="rules2actions")
def main() -> None:
    """Convert Auth0 Rules into post-login Actions, and report what needs a person."""


def _inputs(paths: tuple[str, ...], stdin_filename: str | None):
    from .files import InputError, discover

    if not paths:
        raise click.UsageError("no PATH given (use - for standard input)")
    if paths.count("-") > 1:
        raise click.UsageError("- (standard input) can be given only once")
    try:
        return discover(list(paths), stdin_filename)
    except InputError as error:
        raise click.BadParameter(str(error), param_hint="PATH") from None


def _convert_one(item):
    from .files import read_input
    from .pipeline import convert_bytes

    try:
        data = read_input(item)
    except OSError as error:
        from .pipeline import failure

        return failure(item.path, "R2A004", f"cannot read the file: {error.strerror}")
    return convert_bytes(item.path, data, name=item.relative if not item.stdin else None)


@main.command(epilog=EXIT_CODES)
@click.argument("paths", nargs=-1, metavar="PATH...")
@click.option(
    "-o",
    "--out-dir",
    metavar="DIR",
    help="Write one Action per rule under DIR, mirroring sub-folders. "
    "Without it, a single rule's Action is printed on stdout.",
)
@click.option("--force", is_flag=True, help="Overwrite existing Actions that differ.")
@click.option("--stdin-filename", metavar="NAME", help="The name of the rule read from -.")
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary, not the findings.")
def convert(paths, out_dir, force, stdin_filename, quiet):
    """Convert rule files (or folders of them) into post-login Actions.

    The findings go to stderr as `path:line:col: CODE message`, followed by the summary
    `converted N (clean A, needs review B), skipped S, failed F`. Inputs are never
    modified.
    """
    from . import report
    from .pipeline import FAILED

    items = _inputs(paths, stdin_filename)
    if out_dir is None and (len(items) != 1 or (len(paths) == 1 and _is_dir(paths[0]))):
        raise click.UsageError("converting several rules needs -o/--out-dir DIR")
    if out_dir is not None and any(item.stdin for item in items) and not stdin_filename:
        raise click.UsageError("-o with standard input needs --stdin-filename NAME")
    results = []
    for item in items:
        result = _convert_one(item)
        if out_dir is None:
            if result.action is not None:
                click.echo(result.action, nl=False)
        elif result.action is not None:
            result = _write(out_dir, item, result, force)
        results.append(result)
        if not quiet:
            click.echo(report.text_report([result]), nl=False, err=True)
    click.echo(report.summary(results), err=True)
    sys.exit(1 if any(r.status == FAILED for r in results) else 0)


def _is_dir(path: str) -> bool:
    import os

    return path != "-" and os.path.isdir(path)


def _write(out_dir, item, result, force):
    from .files import InputError, output_path, write_atomic
    from .pipeline import failure

    try:
        target = output_path(out_dir, item)
    except InputError as error:
        return failure(item.path, "R2A008", str(error))
    import os

    if not item.stdin and target.exists() and os.path.samefile(item.path, target):
        return failure(item.path, "R2A008", "the output would overwrite the input; not written")
    if target.exists():
        if target.read_bytes() == result.action.encode("utf-8"):
            return result
        if not force:
            return failure(
                item.path,
                "R2A008",
                f"{target} exists and differs; use --force to overwrite it",
            )
    write_atomic(target, result.action)
    return result


@main.command(epilog=EXIT_CODES)
@click.argument("paths", nargs=-1, metavar="PATH...")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="How findings are printed on stdout.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default="warning",
    show_default=True,
    help="Exit 1 when a finding has at least this severity.",
)
@click.option("--stdin-filename", metavar="NAME", help="The name of the rule read from -.")
def check(paths, output_format, fail_on, stdin_filename):
    """Report what converting the rules would find, without writing anything."""
    from . import report

    items = _inputs(paths, stdin_filename)
    results = [_convert_one(item) for item in items]
    if output_format == "json":
        click.echo(report.json_report(results), nl=False)
    else:
        click.echo(report.text_report(results), nl=False)
        click.echo(report.summary(results), err=True)
    internal = any(f.code in ("R2A006", "R2A007") for result in results for f in result.findings)
    if internal:
        sys.exit(2)
    failing = any(
        f.at_least(fail_on) for result in results for f in result.findings if f.code != "R2A005"
    )
    sys.exit(1 if failing else 0)


@main.command()
@click.argument("code", required=False)
@click.option("--mappings", is_flag=True, help="Print the Rules → Actions mapping tables.")
def explain(code, mappings):
    """Explain a finding CODE (e.g. R2A110 or its name) and how to finish by hand.

    Without CODE, list every code.
    """
    from . import explain as explain_module

    if mappings:
        click.echo(explain_module.mappings_text(), nl=False)
        return
    if code is None:
        click.echo(explain_module.code_list(), nl=False)
        return
    text = explain_module.code_text(code)
    if text is None:
        click.echo(f"rules2actions: unknown code {code!r} (run `rules2actions explain`)", err=True)
        sys.exit(2)
    click.echo(text, nl=False)


@main.command(epilog=EXIT_CODES)
@click.argument("paths", nargs=-1, metavar="RULE [ACTION]")
@click.option(
    "--scenario",
    "scenarios",
    multiple=True,
    metavar="FILE",
    help="A scenario file (YAML or JSON; repeatable). Default: RULE.scenarios.yaml next to "
    "the rule, else a typical login plus variants derived from the rule.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="How the results are printed on stdout.",
)
@click.option(
    "--node-modules",
    metavar="DIR",
    help="npm cache for the packages rules and Actions require (packages go to "
    "DIR/node_modules). Default: $RULES2ACTIONS_NODE_MODULES or ~/.cache/rules2actions.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=5.0,
    show_default=True,
    metavar="SECONDS",
    help="Time limit of each run of a rule or an Action.",
)
def verify(paths, scenarios, output_format, node_modules, timeout):
    """Run RULE and its ACTION under Node for the same scenarios and compare their effects.

    Without ACTION, RULE is converted in memory first. RULE may be a folder: every rule in
    it is converted and verified, all in one Node process. For each scenario the output is
    `same`, or the effects that differ (claims, scopes, metadata, denial, MFA, redirect and
    continue pass, SAML, primary user, outbound HTTP calls). Needs Node.js >= 18; npm
    packages the code requires are installed into a local cache on first use.
    """
    import os

    from .verify import HarnessError
    from .verify import report as verify_report
    from .verify import runner

    if not paths or len(paths) > 2:
        raise click.UsageError("give RULE (a file or a folder) and optionally ACTION")
    rule, action = paths[0], (paths[1] if len(paths) == 2 else None)
    if not os.path.exists(rule):
        raise click.BadParameter(f"{rule}: no such file or folder", param_hint="RULE")
    if action is not None and not os.path.isfile(action):
        raise click.BadParameter(f"{action}: no such file", param_hint="ACTION")
    for file in scenarios:
        if not os.path.isfile(file):
            raise click.BadParameter(f"{file}: no such file", param_hint="--scenario")
    try:
        if os.path.isdir(rule):
            if action is not None:
                raise click.UsageError("ACTION cannot be given with a folder of rules")
            from .files import discover

            items = [item.path for item in discover([rule])]
        else:
            items = [rule]
        cases = [runner.prepare(path, action, tuple(scenarios)) for path in items]
        runner.run(cases, node_modules=node_modules, timeout=timeout)
    except HarnessError as error:
        click.echo(f"rules2actions verify: {error}", err=True)
        sys.exit(2)
    if output_format == "json":
        click.echo(verify_report.as_json(cases), nl=False)
    else:
        click.echo(verify_report.text(cases), nl=False)
        click.echo(verify_report.summary(cases), err=True)
    sys.exit(verify_report.exit_code(cases))


if __name__ == "__main__":  # pragma: no cover
    main()
