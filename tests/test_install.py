"""Installing crosscheck breaks nobody: one import name, and a project with its own `checks.py` and
`claims/` still runs its own tests green, with our plugin still collecting its corpus."""
import subprocess
import sys
import zipfile
from importlib.metadata import distribution

import pytest

from conftest import REPO
from test_plugin import LATER, PRIOR, _corpus


def test_installed_distribution_has_one_top_level_name():
    assert distribution("crosscheck-news").read_text("top_level.txt").split() == ["crosscheck"]


@pytest.mark.touches_the_repository
def test_built_wheel_holds_nothing_outside_crosscheck(tmp_path):
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO,  # not the corpus: the files a wheel is built from
                             capture_output=True, text=True, check=True).stdout.split()
    source = tmp_path / "src"
    for name in tracked:
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((REPO / name).read_bytes())  # not the corpus: copied whatever it holds
    run = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "dist"),
                          str(source)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    (wheel,) = (tmp_path / "dist").glob("crosscheck_news-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert {n.split("/")[0] for n in names} == {"crosscheck", wheel.name.split("-py")[0] + ".dist-info"}
    assert "crosscheck/claims/claims.schema.json" in names
    assert "crosscheck/checks/reporters/templates/report.html.j2" in names
    assert {"crosscheck/checks/scaffold/templates/gitignore", "crosscheck/checks/scaffold/templates/crosscheck.yml",
            "crosscheck/checks/scaffold/templates/example.toml"} <= set(names)  # what `crosscheck init` writes
    assert not any(n.startswith("crosscheck/__init__") for n in names)  # a namespace: others may add to it
    # every module and template of the source is in the wheel (a package left out of the list breaks
    # an installed `crosscheck report`, not an editable one)
    for name in tracked:
        if name.startswith(("checks/", "claims/")) and name.endswith((".py", ".j2", ".css")):
            assert f"crosscheck/{name}" in names, name


def test_a_project_with_its_own_checks_and_claims_modules_runs_green(pytester):
    pytester.makepyfile(checks="def answer():\n    return 42\n")
    pytester.mkpydir("claims")
    (pytester.path / "claims" / "__init__.py").write_text("KIND = 'ours'\n")
    pytester.makepyfile(test_own="""
import checks, claims

def test_own_modules():
    assert checks.answer() == 42
    assert claims.KIND == 'ours'
""")
    pytester.makeini("[pytest]\npythonpath = .\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
    # ... and with a corpus beside them, our plugin still collects it
    _corpus(pytester, **{"good-report": LATER, "prior-report": PRIOR})
    result = pytester.runpytest_subprocess("-v", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=4)
    result.stdout.fnmatch_lines(["*fixtures/good-report.toml::good-report PASSED*", "*test_own.py::test_own_modules PASSED*"])
    # -p no:crosscheck still leaves the project's own modules to it
    result = pytester.runpytest_subprocess("-p", "no:crosscheck", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
