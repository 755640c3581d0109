"""Command line: `rules2actions convert | check | explain`.

Heavy modules (esprima, jinja2, the fixers) are imported inside the commands, so that
`rules2actions --version` and a pre-commit `check` of one file start quickly.
"""

from __future__ import annotations

import sys

import click

from . import __version__
from .config import HOOK_TYPES

EXIT_CODES = """\b
Exit codes:
  convert  0  every input produced an Action (or was skipped)
           1  at least one input failed (syntax error, not a rule, output exists...)
           2  usage or configuration error
           --check: 0 every Action under -o is up to date (nothing is written);
                    1 an Action is missing or stale, or an input failed
           --fail-on-write: 1 also when an Action had to be written (pre-commit)
  check    0  no finding at or above --fail-on
           1  at least one such finding
           2  usage, configuration or internal error
  migrate  0  every rule produced an Action (or was skipped)
           1  a rule failed (its Action is missing), or an output exists and
              differs without --force (then nothing is written)
           2  usage error, unreadable tenant export, or internal error
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


def _inputs(paths: tuple[str, ...], stdin_filename: str | None, root: str | None = None):
    from .files import InputError, discover

    if not paths:
        raise click.UsageError("no PATH given (use - for standard input)")
    if paths.count("-") > 1:
        raise click.UsageError("- (standard input) can be given only once")
    try:
        return discover(list(paths), stdin_filename, root)
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
    from . import validator

    try:
        yield from _run(items, jobs, task, validator.small_batch(len(items)))
    finally:
        validator.small_batch(None)


def _run(items, jobs, task, small):
    import functools
    import os

    from . import validator

    if jobs == 0:
        jobs = os.cpu_count() or 1
    if small:
        jobs = 1  # a few files: no Node, no workers
    if jobs <= 1 or len(items) < 2 or any(item.stdin for item in items):
        validator.start()  # Node boots while the first file is read, parsed and fixed
        yield from _serial(items, task, ahead=0 if small else _SERIAL_AHEAD, warm=not small)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    _warm()
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    done = 0
    size = max(1, min(16, len(items) // (jobs * 8)))
    chunks = [items[start : start + size] for start in range(0, len(items), size)]
    try:
        with ProcessPoolExecutor(
            max_workers=min(jobs, len(items)), mp_context=context, initializer=validator.start
        ) as pool:
            for outcomes in pool.map(functools.partial(_chunk, task), chunks):
                for outcome in outcomes:
                    yield items[done], outcome
                    done += 1
    except BrokenProcessPool:
        # A worker died (killed, out of memory): finish the batch in this process.
        for item in items[done:]:
            yield item, task(item)


def _serial(items, task, ahead=1, warm=False):
    """``(item, task(item))`` in this process, the next ``ahead`` inputs read (and their
    parses sent to Node) ahead (none without Node: a few files named one by one).
    ``warm``: prepare what every file needs (``_warm``) while Node boots and parses the
    first files."""
    for item in items[: 1 + ahead] if ahead else ():
        _read_ahead(item)
    if warm:
        _warm()
    for index, item in enumerate(items):
        if ahead and 0 < index and index + ahead < len(items):
            _read_ahead(items[index + ahead])
        yield item, task(item)
    _read.clear()


def _chunk(task, items):
    """A worker's share of a ``-j`` run: consecutive inputs, converted as a serial run whose
    parses are all sent to Node at once."""
    return [outcome for _, outcome in _serial(items, task, ahead=len(items))]


_read: dict = {}  # the next inputs, read ahead: path → bytes
# A serial run keeps this many parses ahead: Node parses the first files while Python
# prepares the pipeline, and stays ahead when one file is slow to parse.
_SERIAL_AHEAD = 4


def _read_ahead(item):
    """Read an input that comes soon and send its parse to Node, which parses it while this
    process converts the ones before it."""
    from .files import read_input
    from .pipeline import parse_ahead
    from .validator import AHEAD

    if item.stdin:
        return
    try:
        data = read_input(item)
    except OSError:
        return  # reported when its turn comes
    _read[item.path] = data
    while len(_read) > AHEAD:  # never claimed (a task that does not read its input)
        del _read[next(iter(_read))]
    parse_ahead(item.path, data)


def _warm():
    """Import the pipeline and prepare what every file needs (fixer registry, mapping
    tables, compiled templates): before the workers fork, so that each inherits it instead
    of doing it again (each worker starts its own Node as it starts); in a serial run, while
    Node boots and parses the first files."""
    from . import catalog, files, pipeline, render, report  # noqa: F401
    from .fixers import registry

    registry()
    catalog.mappings()
    catalog.npm_versions()
    catalog.severity("R2A001")
    environment = render._environment("\n")
    for name in environment.list_templates():
        environment.get_template(name)
    import gc

    # What the workers inherit stays out of their garbage collections (which would also
    # copy every inherited page they touch).
    gc.collect()
    gc.freeze()


def _early_validator(jobs, paths=()):
    """A serial run starts Node first, so that it boots while Python imports and parses;
    not for a few files named one by one (they are re-parsed by esprima, see
    ``validator.small_batch``)."""
    if jobs != 1:
        return
    import os

    from . import validator

    if len(paths) < validator.SMALL_BATCH and not any(os.path.isdir(p) for p in paths):
        return
    validator.start()


def _convert_task(item, resolver=None, out_dir=None, force=False, keep_action=True, dry_run=False):
    """Convert one input, write its Action (with ``out_dir``) and word its findings.
    Returns (result, action to print, report text, (target, "missing"|"stale") or None).

    Runs in a worker with ``-j``: only the small parts of the Result travel back.
    """
    from . import report

    result = _convert_one(item, resolver)
    action = None
    state = None
    if out_dir is None:
        action = result.action if keep_action else None
    elif result.action is not None:
        result, state = _write(out_dir, item, result, force, dry_run=dry_run)
    text = report.text_report([result])
    return _slim(result), action, text, state


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


def _convert_one(item, resolver=None):
    from .files import read_input
    from .pipeline import convert_bytes

    try:
        data = _read.pop(item.path, None) if not item.stdin else None
        if data is None:
            data = read_input(item)
    except OSError as error:
        from .pipeline import failure

        return failure(item.path, "R2A004", f"cannot read the file: {error.strerror}")
    config = resolver.for_path(None if item.stdin else item.path) if resolver else None
    result = convert_bytes(
        item.path,
        data,
        name=item.relative if not item.stdin else None,
        hook_type=config.hook_type_for(None if item.stdin else item.path) if config else None,
    )
    if config is not None:
        result.findings = [f for f in result.findings if config.enabled(f.code, result.path)]
    return result


def _config_options(function):
    """--select/--ignore/--exclude/--config/--isolated, shared by convert and check."""
    options = [
        click.option(
            "--select",
            multiple=True,
            metavar="CODES",
            help="Report only these codes, names or prefixes (comma-separated; "
            "overrides the configuration).",
        ),
        click.option(
            "--ignore",
            multiple=True,
            metavar="CODES",
            help="Do not report these codes, names or prefixes (overrides the configuration).",
        ),
        click.option(
            "--exclude",
            multiple=True,
            metavar="GLOB",
            help="Skip files matching GLOB, even when named explicitly (overrides the "
            "configuration).",
        ),
        click.option(
            "--config",
            "config_path",
            metavar="PATH",
            type=click.Path(dir_okay=False),
            help="Use this configuration file instead of looking for the nearest "
            "rules2actions.toml, .rules2actions.toml or pyproject.toml [tool.rules2actions].",
        ),
        click.option("--isolated", is_flag=True, help="Ignore every configuration file."),
        click.option(
            "--hook-type",
            type=click.Choice(HOOK_TYPES),
            metavar="TYPE",
            help="Convert the files as legacy Hooks of this trigger (needed for "
            "(user, context, cb) Hooks: pre-user-registration, post-user-registration, "
            "post-change-password; also credentials-exchange, send-phone-message), or "
            "`rule`. Overrides the configuration's hook-type.",
        ),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _resolver(config_path, isolated, select, ignore, exclude, fail_on=None, hook_type=None):
    from .config import ConfigError, Resolver

    try:
        return Resolver(
            config_path=config_path,
            isolated=isolated,
            select=select,
            ignore=ignore,
            exclude=exclude,
            fail_on=fail_on,
            hook_type=hook_type,
        )
    except ConfigError as error:
        raise click.UsageError(str(error)) from None


def _included(items, resolver):
    """The inputs not excluded by their configuration; every input's configuration is
    read here, so that a bad one is a usage error (exit 2) before anything is done."""
    from .config import ConfigError

    included = []
    try:
        for item in items:
            config = resolver.for_path(None if item.stdin else item.path)
            if item.stdin or not config.excluded(item.path):
                included.append(item)
    except ConfigError as error:
        raise click.UsageError(str(error)) from None
    return included


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
@click.option(
    "--root",
    metavar="DIR",
    help="Files named explicitly under DIR keep their path relative to DIR under -o "
    "(default: just their file name), as when DIR itself is converted.",
)
@click.option("--stdin-filename", metavar="NAME", help="The name of the rule read from -.")
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary, not the findings.")
@click.option(
    "--check",
    "check_only",
    is_flag=True,
    help="Write nothing; exit 1 when an Action under -o is missing or stale (and say which).",
)
@click.option(
    "--fail-on-write",
    is_flag=True,
    help="Exit 1 when an Action had to be written or updated (for the pre-commit hook).",
)
@_config_options
@_jobs_option
def convert(
    paths,
    out_dir,
    force,
    root,
    stdin_filename,
    quiet,
    check_only,
    fail_on_write,
    select,
    ignore,
    exclude,
    config_path,
    isolated,
    hook_type,
    jobs,
):
    """Convert rule files (or folders of them) into post-login Actions, and legacy Hook
    files into the Actions of their triggers.

    The findings go to stderr as `path:line:col: CODE message`, followed by the summary
    `converted N (clean A, needs review B), skipped S, failed F`. Inputs are never
    modified.
    """
    _early_validator(jobs, paths)
    from .pipeline import FAILED

    resolver = _resolver(config_path, isolated, select, ignore, exclude, hook_type=hook_type)
    items = _included(_inputs(paths, stdin_filename, root), resolver)
    if (check_only or fail_on_write) and out_dir is None:
        raise click.UsageError("--check and --fail-on-write need -o/--out-dir DIR")
    if out_dir is None and (len(items) != 1 or (len(paths) == 1 and _is_dir(paths[0]))):
        raise click.UsageError("converting several rules needs -o/--out-dir DIR")
    if out_dir is not None and any(item.stdin for item in items) and not stdin_filename:
        raise click.UsageError("-o with standard input needs --stdin-filename NAME")
    from functools import partial

    tally = _Tally()
    changed = 0
    task = partial(
        _convert_task, resolver=resolver, out_dir=out_dir, force=force, dry_run=check_only
    )
    for _, (result, action, text, state) in _results(items, jobs, task):
        if action is not None:
            click.echo(action, nl=False)
        if state is not None:
            changed += 1
            if check_only:
                click.echo(f"would write {state[0]} ({state[1]})")
            elif fail_on_write:
                click.echo(f"wrote {state[0]} ({state[1]})", err=True)
        if not quiet:
            click.echo(text, nl=False, err=True)
        tally.add(result)
    click.echo(tally.summary(), err=True)
    if check_only:
        click.echo(
            f"{changed} Action(s) missing or stale" if changed else "every Action is up to date",
            err=True,
        )
    failed = tally.statuses[FAILED] > 0
    sys.exit(1 if failed or (changed and (check_only or fail_on_write)) else 0)


def _slim(result):
    """Keep what the summary and reports need, drop the Action and the source text."""
    result.action = None
    result.source = None
    return result


def _is_dir(path: str) -> bool:
    import os

    return path != "-" and os.path.isdir(path)


def _write(out_dir, item, result, force, dry_run=False):
    """Write one Action; return (result, (target, "missing"|"stale") or None if unchanged)."""
    from .files import InputError, output_path, write_atomic
    from .pipeline import failure

    try:
        target = output_path(out_dir, item)
    except InputError as error:
        return failure(item.path, "R2A008", str(error)), None
    import os

    if not item.stdin and target.exists() and os.path.samefile(item.path, target):
        return (
            failure(item.path, "R2A008", "the output would overwrite the input; not written"),
            None,
        )
    state = "missing"
    if target.exists():
        if target.read_bytes() == result.action.encode("utf-8"):
            return result, None
        state = "stale"
        if not force and not dry_run:
            return (
                failure(
                    item.path,
                    "R2A008",
                    f"{target} exists and differs; use --force to overwrite it",
                ),
                None,
            )
    if not dry_run:
        try:
            write_atomic(target, result.action)
        except OSError as error:
            message = f"cannot write {target}: {error.strerror or error}"
            return failure(item.path, "R2A011", message), None
    return result, (os.path.relpath(target), state)


@main.command(epilog=EXIT_CODES)
@click.argument("paths", nargs=-1, metavar="PATH...")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "github", "sarif"]),
    default="text",
    show_default=True,
    help="How findings are printed on stdout: text, JSON, GitHub Actions workflow "
    "annotations, or SARIF 2.1.0 for code scanning.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default=None,
    help="Exit 1 when a finding has at least this severity. [default: the configuration's "
    "fail-on, else warning]",
)
@click.option("--stdin-filename", metavar="NAME", help="The name of the rule read from -.")
@_config_options
@_jobs_option
def check(
    paths,
    output_format,
    fail_on,
    stdin_filename,
    select,
    ignore,
    exclude,
    config_path,
    isolated,
    hook_type,
    jobs,
):
    """Report what converting the rules (or Hooks) would find, without writing anything.

    Configuration comes from the nearest rules2actions.toml, .rules2actions.toml or
    pyproject.toml [tool.rules2actions] (keys select, ignore, per-file-ignores, exclude,
    fail-on); the options override it. `// rules2actions: ignore[CODE]` comments silence
    a finding on their line or the next statement, `// rules2actions: skip-file` a file.
    """
    _early_validator(jobs, paths)
    from functools import partial

    from . import report

    resolver = _resolver(config_path, isolated, select, ignore, exclude, fail_on, hook_type)
    items = _included(_inputs(paths, stdin_filename), resolver)
    fail_on_of = {
        item.path: resolver.for_path(None if item.stdin else item.path).fail_on for item in items
    }
    tally = _Tally()
    failing = False
    results = []  # only for the whole-report formats (json, github, sarif)
    task = partial(_convert_task, resolver=resolver, keep_action=False)
    for _, (result, _action, text, _state) in _results(items, jobs, task):
        if output_format == "text":
            click.echo(text, nl=False)
        else:
            results.append(result)
        tally.add(result)
        threshold = fail_on_of.get(result.path, "warning")
        failing = failing or any(
            f.at_least(threshold) for f in result.findings if f.code != "R2A005"
        )
    if output_format == "json":
        click.echo(report.json_report(results), nl=False)
    elif output_format == "github":
        click.echo(report.github_report(results), nl=False)
        click.echo(report.summary(results), err=True)
    elif output_format == "sarif":
        click.echo(report.sarif_report(results), nl=False)
    else:
        click.echo(tally.summary(), err=True)
    if tally.codes & {"R2A006", "R2A007"}:
        sys.exit(2)
    sys.exit(1 if failing else 0)


@main.command(epilog=EXIT_CODES)
@click.argument("tenant", metavar="TENANT")
@click.option(
    "-o",
    "--out-dir",
    metavar="DIR",
    required=True,
    help="Where to write the Deploy CLI layout, MIGRATION.md and migration.json.",
)
@click.option("--force", is_flag=True, help="Overwrite existing files that differ.")
@click.option(
    "--guard-with-rule-ids",
    is_flag=True,
    help="Start each handler with `if (api.rules.wasExecuted('<rule id>')) return;` when the "
    "export carries rule ids, to run Rules and Actions side by side.",
)
@click.option(
    "--merge",
    is_flag=True,
    help="Merge rules that hand data to each other on `user` (R2A510) into one Action that "
    "runs them in order.",
)
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary, not the findings.")
def migrate(tenant, out_dir, force, guard_with_rule_ids, merge, quiet):
    """Migrate a whole tenant's rules into post-login Actions (and its legacy Hooks into
    the Actions of their triggers), ready for the Deploy CLI.

    TENANT is a Deploy CLI directory export (rules/*.json + rules/*.js, rules-configs/),
    a Deploy CLI YAML export (tenant.yaml), a Management API export (the JSON of
    GET /api/v2/rules) or a folder of rule files; the kind is detected. A directory,
    Management API or folder input gives actions/<name>/code.js, actions/<name>.json and
    triggers/triggers.json; a YAML input gives tenant.yaml with actions: and triggers:.
    Enabled login_success rules are bound to post-login in their order. Secret values are
    never copied (they become ##NAME## keywords). Hooks (hooks/*.json + .js, `hooks:`,
    or GET /api/v2/hooks items) become Actions of their triggerId; enabled ones are bound.
    Inputs are never modified.
    """
    from . import report
    from .migrate import OutputConflict, plan, secrets_to_set, write
    from .tenant import TenantError, load

    try:
        loaded = load(tenant)
    except TenantError as error:
        click.echo(f"rules2actions: {error}", err=True)
        sys.exit(2)
    if sys.stderr.isatty():  # a progress bar only on a terminal, never in logs
        bar = click.progressbar(
            length=len(loaded.rules), label="Converting rules", file=sys.stderr, show_pos=True
        )
        with bar:
            result = plan(
                loaded,
                guard_with_rule_ids=guard_with_rule_ids,
                merge=merge,
                on_rule=lambda _: bar.update(1),
            )
    else:
        result = plan(loaded, guard_with_rule_ids=guard_with_rule_ids, merge=merge)
    results = [item.result for item in result.migrated]
    hook_results = [item.result for item in result.hooks]
    if not quiet:
        click.echo(report.text_report(results + hook_results), nl=False, err=True)
    internal = any(
        f.code in ("R2A006", "R2A007") for r in results + hook_results for f in r.findings
    )
    try:
        changed = write(result, out_dir, force=force)
    except OutputConflict as error:
        click.echo(f"rules2actions: nothing written: {error}", err=True)
        sys.exit(1)
    click.echo(
        f"{loaded.kind} export: {report.summary(results)}; "
        f"{sum(1 for m in result.migrated if m.binding)} bound to post-login; "
        + (
            f"hooks: {report.summary(hook_results)}; "
            f"{sum(1 for h in result.hooks if h.bound)} bound to their triggers; "
            if result.hooks
            else ""
        )
        + f"{len(changed)} file(s) written under {out_dir} (see MIGRATION.md)",
        err=True,
    )
    secrets = secrets_to_set(result.migrated, result.hooks)
    if secrets:
        click.echo(
            "set these keywords in AUTH0_KEYWORD_REPLACE_MAPPINGS: " + ", ".join(secrets),
            err=True,
        )
    sys.exit(2 if internal else 1 if result.failed else 0)


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
    "--action",
    "action_option",
    metavar="FILE",
    help="The Action to verify against RULE or the Hook (the same as the second argument).",
)
@click.option(
    "--trigger",
    "--hook-type",
    "trigger",
    type=click.Choice(
        [
            "pre-user-registration",
            "post-user-registration",
            "post-change-password",
            "credentials-exchange",
            "send-phone-message",
        ]
    ),
    metavar="ID",
    help="RULE is a legacy Hook for this trigger (pre-user-registration, "
    "post-user-registration, post-change-password, credentials-exchange, "
    "send-phone-message). Without it, a file is a Hook when a Deploy CLI HOOK.json next to "
    "it names its triggerId, or its signature is a credentials-exchange or send-phone-message "
    "Hook's.",
)
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
def verify(paths, action_option, trigger, scenarios, output_format, node_modules, timeout):
    """Run RULE and its ACTION under Node for the same scenarios and compare their effects.

    Without ACTION, RULE is converted in memory first. RULE may be a folder: every rule in
    it is converted and verified, all in one Node process. For each scenario the output is
    `same`, or the effects that differ (claims, profile claims, scopes, metadata, denial,
    MFA, redirect and continue pass, SAML, primary user, outbound HTTP calls). Needs
    Node.js >= 18; npm packages the code requires are installed into a local cache on
    first use.

    A legacy Hook is verified the same way against its Action, e.g. `verify hook.js
    --action action.js --trigger credentials-exchange` (metadata set, claims, scopes,
    denial and its code/message, errors, outbound HTTP calls).
    """
    import os

    from .verify import HarnessError
    from .verify import report as verify_report
    from .verify import runner

    if action_option is not None:
        if len(paths) > 1:
            raise click.UsageError("give the Action once: as ACTION or with --action")
        paths = tuple(paths) + (action_option,)
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
            if trigger is not None:
                raise click.UsageError("--trigger names the trigger of one Hook file")
            from .files import discover

            items = [item.path for item in discover([rule])]
        else:
            items = [rule]
        cases = []
        for path in items:
            try:
                hook_trigger = trigger or runner.hook_trigger(path)
            except HarnessError as error:
                # A (user, context, cb) Hook without its trigger: this file cannot be
                # verified (exit 2), the others of a folder still are.
                cases.append(runner.Case(path, action, status="hook", error=str(error)))
                continue
            if hook_trigger is not None:
                cases.append(runner.prepare_hook(path, action, hook_trigger, tuple(scenarios)))
            else:
                cases.append(runner.prepare(path, action, tuple(scenarios)))
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
