"""A non-editable install works: the wheel carries the templates and the data files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile

from conftest import FIXTURES, ROOT


def test_wheel_ships_templates_and_converts(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("rules2actions-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "converter/templates/action.js.j2" in names
    assert "converter/data/codes.toml" in names and "converter/data/mappings.toml" in names
    harness = {
        f"converter/verify/{name}.js"
        for name in ("harness", "network", "rules", "actions", "event", "normalise")
    }
    assert harness <= set(names), harness - set(names)
    assert "converter/validator.js" in names, "the Node validator ships with the package"
    assert {"converter/vendor/esprima-next.cjs", "converter/vendor/LICENSE.esprima-next"} <= set(
        names
    ), "the Node parser and its licence ship with the package"

    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    # Run from outside the checkout so that only the installed copy can be imported.
    env = dict(os.environ, PYTHONPATH=str(site))
    rule = FIXTURES / "rules" / "shapes" / "renamed_params.js"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import converter.cli, sys; site = sys.argv.pop(1); "
            "assert converter.cli.__file__.startswith(site); converter.cli.main()",
            str(site),
            "convert",
            str(rule),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "exports.onExecutePostLogin = async (event, api) => {" in done.stdout
    if shutil.which("node"):
        # The installed copy carries the Node harness: `verify` runs from it.
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                "import converter.cli; converter.cli.main()",
                "verify",
                str(rule),
                "--node-modules",
                str(ROOT / ".cache" / "verify"),
            ],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert "first login: same" in done.stdout
