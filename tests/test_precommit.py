"""The pre-commit hooks of .pre-commit-hooks.yaml, run for real with `pre-commit try-repo`.

try-repo builds a virtualenv from this repository (its git HEAD plus uncommitted changes
to tracked files), so these tests are slow (about half a minute for the first one); they
share one PRE_COMMIT_HOME so the environment is built once.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
import yaml

from conftest import FIXTURES, ROOT

pytestmark = pytest.mark.slow

CLEAN_RULE = FIXTURES / "rules" / "shapes" / "renamed_params.js"
REVIEW_RULE = FIXTURES / "rules" / "context" / "renamed_objects.js"


def test_manifest_declares_both_hooks():
    hooks = {
        hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    }
    assert set(hooks) == {"rules2actions-check", "rules2actions-convert"}
    for hook in hooks.values():
        assert hook["language"] == "python" and hook["types"] == ["javascript"]
        assert hook["entry"].startswith("rules2actions ")
    assert "--fail-on-write" in hooks["rules2actions-convert"]["entry"]


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    home = tmp_path_factory.mktemp("pre-commit-home")
    environ = dict(os.environ)
    environ.update(
        PRE_COMMIT_HOME=str(home),
        GIT_AUTHOR_NAME="test",
        GIT_AUTHOR_EMAIL="test@example.com",
        GIT_COMMITTER_NAME="test",
        GIT_COMMITTER_EMAIL="test@example.com",
        GIT_CONFIG_NOSYSTEM="1",
        HOME=str(home),
    )
    environ.pop("RULES2ACTIONS_DEBUG", None)
    return environ


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory, env):
    """A clone of this checkout with its current files committed: try-repo would ignore
    untracked files (new modules) of a working copy."""
    clone = tmp_path_factory.mktemp("hook-repo") / "rules2actions"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True, env=env)
    _copy_worktree_changes(clone, env)
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=clone, env=env, capture_output=True, text=True
    ).stdout.strip()
    return clone, head


@pytest.fixture
def git_repo(tmp_path, env):
    repo = tmp_path / "tenant-rules"
    (repo / "rules").mkdir(parents=True)
    shutil.copy(CLEAN_RULE, repo / "rules" / "first-login.js")
    subprocess.run(["git", "init", "-q", str(repo)], check=True, env=env)
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=env)
    return repo


def try_repo(repo, env, hook_repo, hook, *args):
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo[0]), hook]
    return subprocess.run(
        command + list(args),
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_check_hook(git_repo, env, hook_repo):
    result = try_repo(
        git_repo,
        env,
        hook_repo,
        "rules2actions-check",
        "--verbose",
        "--files",
        "rules/first-login.js",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "rules2actions check" in result.stdout and "Passed" in result.stdout
    shutil.copy(REVIEW_RULE, git_repo / "rules" / "audit.js")
    subprocess.run(["git", "add", "-A"], cwd=git_repo, check=True, env=env)
    result = try_repo(git_repo, env, hook_repo, "rules2actions-check", "--all-files")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "rules/audit.js:3:15: R2A301" in result.stdout and "Failed" in result.stdout


def test_convert_hook_writes_then_passes(git_repo, env, hook_repo):
    args = ("--all-files",)
    # The output folder comes from the user's config (`args: [-o, actions]`), which
    # try-repo cannot pass: use `pre-commit run` with a config naming the clone.
    clone, head = hook_repo
    hook = {"id": "rules2actions-convert", "args": ["-o", "actions", "--root", "rules"]}
    (git_repo / "rules" / "team").mkdir()
    shutil.copy(CLEAN_RULE, git_repo / "rules" / "team" / "second.js")
    config = {"repos": [{"repo": str(clone), "rev": head, "hooks": [hook]}]}
    (git_repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    subprocess.run(["git", "add", "-A"], cwd=git_repo, check=True, env=env)
    run = [sys.executable, "-m", "pre_commit", "run", "rules2actions-convert", *args]

    first = subprocess.run(run, cwd=git_repo, env=env, capture_output=True, text=True)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "wrote actions/first-login.js (missing)" in first.stdout
    assert "wrote actions/team/second.js (missing)" in first.stdout
    action = git_repo / "actions" / "first-login.js"
    assert action.read_text().startswith("/**\n * Auth0 post-login Action")

    subprocess.run(["git", "add", "-A"], cwd=git_repo, check=True, env=env)
    second = subprocess.run(run, cwd=git_repo, env=env, capture_output=True, text=True)
    assert second.returncode == 0, second.stdout + second.stderr

    # a stale Action is rewritten, and the commit fails again
    action.write_text("// edited by hand\n")
    subprocess.run(["git", "add", "-A"], cwd=git_repo, check=True, env=env)
    third = subprocess.run(run, cwd=git_repo, env=env, capture_output=True, text=True)
    assert third.returncode == 1 and "(stale)" in third.stdout
    assert action.read_text().startswith("/**")


def _copy_worktree_changes(clone, env):
    """Make the clone hold this checkout's current files (committed or not)."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            target = clone / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    subprocess.run(["git", "add", "-A"], cwd=clone, check=True, env=env)
    subprocess.run(
        ["git", "commit", "-q", "--allow-empty", "-m", "worktree"], cwd=clone, check=True, env=env
    )
