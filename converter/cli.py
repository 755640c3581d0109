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


def _jobs_option(function):
    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=0),
        default=1,
        show_default=True,
        metavar="N",
        help="Convert N files at a time in worker processes (0: one per CPU). "
        "The output and its order do not depend on N.",
    )(function)


def _results(items, jobs, task):
    """``(item, task(item))`` for every input, in input order, run by ``jobs`` processes.

    Results are yielded as they come, so a batch never holds every Action in memory, and
    the order (hence every output byte) does not depend on ``jobs``.
    """
    import os

    if jobs == 0:
        jobs = os.cpu_count() or 1
    if jobs <= 1 or len(items) < 2 or any(item.stdin for item in items):
        from . import validator

        validator.start()  # Node boots while the first file is read, parsed and fixed
        for item in items:
            yield item, task(item)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    done = 0
    chunk = max(1, min(16, len(items) // (jobs * 8)))
    try:
        with ProcessPoolExecutor(max_workers=min(jobs, len(items))) as pool:
            for outcome in pool.map(task, items, chunksize=chunk):
                yield items[done], outcome
                done += 1
    except BrokenProcessPool:
        # A worker died (killed, out of memory): finish the batch in this process.
        for item in items[done:]:
            yield item, task(item)


def _early_validator(jobs):
    """A serial run starts Node first, so that it boots while Python imports and parses."""
    if jobs == 1:
        from . import validator

        validator.start()


def _convert_task(item, out_dir=None, force=False, keep_action=True):
    """Convert one input, write its Action (with ``out_dir``) and word its findings.

    Runs in a worker with ``-j``: only the small parts of the Result travel back.
    """
    from . import report

    result = _convert_one(item)
    action = None
    if out_dir is None:
        action = result.action if keep_action else None
    elif result.action is not None:
        result = _write(out_dir, item, result, force)
    text = report.text_report([result])
    return _slim(result), action, text


class _Tally:
    """Statuses and the few facts the exit code needs, in constant memory."""

    def __init__(self):
        from collections import Counter

        self.statuses = Counter()
        self.codes = set()
        self.severities = set()

    def add(self, result):
        self.statuses[result.status] += 1
        for finding in result.findings:
            self.codes.add(finding.code)
            if finding.code != "R2A005":
                self.severities.add(finding.severity)

    def summary(self):
        from types import SimpleNamespace

        from . import report

        return report.summary(
            [SimpleNamespace(status=s) for s, n in self.statuses.items() for _ in range(n)]
        )


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
@_jobs_option
def convert(paths, out_dir, force, stdin_filename, quiet, jobs):
    """Convert rule files (or folders of them) into post-login Actions.

    The findings go to stderr as `path:line:col: CODE message`, followed by the summary
    `converted N (clean A, needs review B), skipped S, failed F`. Inputs are never
    modified.
    """
    _early_validator(jobs)
    from . import report
    from .pipeline import FAILED

    items = _inputs(paths, stdin_filename)
    if out_dir is None and (len(items) != 1 or (len(paths) == 1 and _is_dir(paths[0]))):
        raise click.UsageError("converting several rules needs -o/--out-dir DIR")
    if out_dir is not None and any(item.stdin for item in items) and not stdin_filename:
        raise click.UsageError("-o with standard input needs --stdin-filename NAME")
    from functools import partial

    tally = _Tally()
    task = partial(_convert_task, out_dir=out_dir, force=force)
    for _, (result, action, text) in _results(items, jobs, task):
        if action is not None:
            click.echo(action, nl=False)
        if not quiet:
            click.echo(text, nl=False, err=True)
        tally.add(result)
    click.echo(tally.summary(), err=True)
    sys.exit(1 if tally.statuses[FAILED] else 0)


def _slim(result):
    """Keep what the summary and reports need, drop the Action and the source text."""
    result.action = None
    result.source = None
    return result


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
    try:
        write_atomic(target, result.action)
    except OSError as error:
        return failure(item.path, "R2A011", f"cannot write {target}: {error.strerror or error}")
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
@_jobs_option
def check(paths, output_format, fail_on, stdin_filename, jobs):
    """Report what converting the rules would find, without writing anything."""
    _early_validator(jobs)
    from . import report

    from functools import partial

    from .findings import SEVERITY_RANK

    items = _inputs(paths, stdin_filename)
    tally = _Tally()
    results = []  # only for --format json, which reports every file at the end
    for _, (result, _action, text) in _results(
        items, jobs, partial(_convert_task, keep_action=False)
    ):
        if output_format == "json":
            results.append(result)
        else:
            click.echo(text, nl=False)
        tally.add(result)
    if output_format == "json":
        click.echo(report.json_report(results), nl=False)
    else:
        click.echo(tally.summary(), err=True)
    if tally.codes & {"R2A006", "R2A007"}:
        sys.exit(2)
    failing = any(SEVERITY_RANK[s] >= SEVERITY_RANK[fail_on] for s in tally.severities)
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


if __name__ == "__main__":  # pragma: no cover
    main()
