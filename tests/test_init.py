"""`crosscheck init`: a newsroom's corpus repository. What it writes, that it never writes over a user's
file, that its example checks clean, that its workflow and pre-commit config are valid; and, slow, the
whole road in a fresh virtual environment: its README's commands green, a drafted second article that
contradicts the first red, the pre-commit hook run."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck.checks.scaffold import (DIST, EXAMPLE, PLACEHOLDER, installed_requirement, render, requirement_of,
                                        version)
from crosscheck.claims.schema import SCHEMA_PATH
from conftest import REPO, crosscheck

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

BIN = Path(sys.executable).parent
WRITTEN = ["README.md", "pyproject.toml", ".gitignore", ".pre-commit-config.yaml", ".github/workflows/crosscheck.yml",
           f"fixtures/{EXAMPLE}.toml", f"seeds/{EXAMPLE}.txt", "claims/claims.schema.json"]


def tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    assert found, f"{name} is a test dependency: pip install -e '.[test]'"
    return found


@pytest.fixture
def newsroom(tmp_path):
    root = tmp_path / "Our Newsroom"
    run = crosscheck("init", str(root), "--source", str(REPO))  # not the corpus: crosscheck's source
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[:len(WRITTEN)] == [f"wrote {name}" for name in WRITTEN]
    return root


def test_init_writes_a_corpus_repository_whose_example_checks_clean(newsroom):
    assert sorted(p.relative_to(newsroom).as_posix() for p in newsroom.rglob("*") if p.is_file()) == sorted(WRITTEN)
    run = crosscheck("check", cwd=newsroom)
    assert run.returncode == 0, run.stdout
    assert "1 article, 4 claims: 0 errors, 0 warnings, 0 accepted" in run.stdout
    project = tomllib.loads((newsroom / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["name"] == "our-newsroom"
    assert f"{DIST}=={version()}" in project["project"]["optional-dependencies"]["test"]
    assert project["tool"]["crosscheck"] == {"about_tolerance": 0.1, "almost_tolerance": 0.1, "early_ends": 10,
                                             "mid_ends": 20, "sources": {}}
    assert project["tool"]["pytest"]["ini_options"]["testpaths"] == ["fixtures"]
    readme = (newsroom / "README.md").read_text(encoding="utf-8")
    assert f".venv/bin/pip install '{DIST} @ {REPO.resolve().as_uri()}'" in readme
    assert "crosscheck draft seeds/<article-id>.txt" in readme and "crosscheck show" in readme
    assert ".crosscheck_cache/" in (newsroom / ".gitignore").read_text(encoding="utf-8")
    assert (newsroom / "claims/claims.schema.json").read_bytes() == SCHEMA_PATH.read_bytes()
    # a drafted fixture's first line points at the schema the editor's TOML plugin then finds
    fixture = (newsroom / "fixtures" / f"{EXAMPLE}.toml").read_text(encoding="utf-8")
    assert (newsroom / "fixtures" / fixture.split("\n", 1)[0].split()[1]).resolve() == \
        (newsroom / "claims/claims.schema.json").resolve()


def test_init_never_writes_over_a_users_file(newsroom, tmp_path):
    again = crosscheck("init", str(newsroom))
    assert again.returncode == 2 and "is not empty" in again.stderr and "--force" in again.stderr
    mine = tmp_path / "mine"
    (mine / "fixtures").mkdir(parents=True)
    (mine / "README.md").write_text("Our own words.\n", encoding="utf-8")
    (mine / "fixtures" / "old-report.toml").write_text("not even TOML [", encoding="utf-8")
    refused = crosscheck("init", str(mine))
    assert refused.returncode == 2 and not (mine / "pyproject.toml").exists()
    forced = crosscheck("init", str(mine), "--force")
    assert forced.returncode == 0, forced.stderr
    assert "kept  README.md (already there)" in forced.stdout and "wrote pyproject.toml" in forced.stdout
    assert (mine / "README.md").read_text(encoding="utf-8") == "Our own words.\n"
    assert (mine / "fixtures" / "old-report.toml").read_text(encoding="utf-8") == "not even TOML ["
    assert not (mine / "fixtures" / f"{EXAMPLE}.toml").exists()  # a corpus with articles gets no example
    (tmp_path / "a-file").write_text("x")
    assert crosscheck("init", str(tmp_path / "a-file"), "--force").returncode == 2


def test_the_workflow_and_the_hook_config_are_valid(newsroom):
    workflow = newsroom / ".github/workflows/crosscheck.yml"
    for path in (workflow, REPO / "ci" / "crosscheck.yml"):
        run = subprocess.run([tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(path)],
                             capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stdout + run.stderr
    text = workflow.read_text(encoding="utf-8")
    assert "fetch-depth: 0" in text
    assert "pytest ${BASE:+--crosscheck-changed-since \"$BASE\"}" in text
    assert "format('origin/{0}', github.base_ref)" in text
    assert f'pip install "{PLACEHOLDER.format(version=version())}"' in text  # not this machine's folder
    # ci/crosscheck.yml is the same workflow, for a repository set up by hand
    assert (REPO / "ci" / "crosscheck.yml").read_text(encoding="utf-8") == \
        render("crosscheck.yml", PLACEHOLDER.format(version=version()), "x"), \
        "ci/crosscheck.yml is stale: write render('crosscheck.yml', ...) of crosscheck.checks.scaffold into it"
    run = subprocess.run([tool("pre-commit"), "validate-config", ".pre-commit-config.yaml"], cwd=newsroom,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("source, requirement", [
    ("git+https://github.com/example/crosscheck@v0.1.0", f"{DIST} @ git+https://github.com/example/crosscheck@v0.1.0"),
    (f"{DIST}==0.1.0", f"{DIST}==0.1.0"),
    (str(REPO), f"{DIST} @ {REPO.resolve().as_uri()}"),  # not the corpus: a folder pip installs from
])
def test_source_names_where_the_new_repository_installs_crosscheck_from(source, requirement):
    assert requirement_of(source) == requirement


def test_by_default_the_source_is_where_this_crosscheck_was_installed_from():
    # this checkout, installed with `pip install -e .` as the README says
    assert installed_requirement() == f"{DIST} @ {REPO.resolve().as_uri()}"


# --- the whole road, as a newsroom engineer takes it -------------------------------------------------

SECOND = "morocco-quake-2023-09-12"
SECOND_TEXT = ("Morocco quake: toll stands at 2,122\n\n"
               "The death toll from Friday's earthquake in the High Atlas stands at 2,122, officials said on "
               "Tuesday.\n")


def sh(command: str, cwd: Path, **env) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-ec", command], cwd=cwd, capture_output=True, text=True, timeout=900,
                          env={**os.environ, **env})


@pytest.mark.slow
def test_init_then_the_readme_in_a_fresh_venv_then_a_contradicting_article(newsroom):
    readme = (newsroom / "README.md").read_text(encoding="utf-8")
    setup = re.search(r"^```sh\n(.*?)^```", readme, re.MULTILINE | re.DOTALL).group(1)
    assert setup.splitlines()[-1] == ".venv/bin/pytest"
    green = sh(setup, newsroom)
    assert green.returncode == 0, green.stdout[-3000:] + green.stderr[-3000:]
    assert "1 passed" in green.stdout

    (newsroom / "seeds" / f"{SECOND}.txt").write_text(SECOND_TEXT, encoding="utf-8")
    drafted = sh(f".venv/bin/crosscheck draft seeds/{SECOND}.txt --published 2023-09-12 "
                 f"--output fixtures/{SECOND}.toml", newsroom)
    assert drafted.returncode == 0, drafted.stderr
    fixture = newsroom / "fixtures" / f"{SECOND}.toml"
    text = fixture.read_text(encoding="utf-8")
    # completed by the editor: the toll is the fact the first report states under its key (the draft may
    # have proposed it already), given by the same ministry
    out, in_toll = [], False
    for line in text.splitlines():
        if line.startswith("quote = "):
            in_toll = line.startswith('quote = "death toll from ')
        if in_toll and line.startswith(("key = ", "source = ")):
            continue
        out.append(line)
        if in_toll and line.startswith("quote = "):
            out += ['key = "morocco-earthquake-2023/killed"', 'source = "Morocco\'s interior ministry"']
    fixture.write_text("\n".join(out) + "\n", encoding="utf-8")

    red = sh(".venv/bin/pytest", newsroom)
    assert red.returncode == 1, red.stdout[-3000:]
    assert re.findall(r"^FAILED (\S+)", red.stdout, re.MULTILINE) == ["fixtures::morocco-earthquake-2023/killed"]
    finding = re.compile(rf"fixtures/{SECOND}.toml:\d+ (error )?cumulative-decrease morocco-earthquake-2023/killed: "
                         r"exactly 2,862 on 2023-09-11 per Morocco's interior ministry "
                         r"\(morocco-quake-2023-09-11:killed")
    assert finding.search(red.stdout), red.stdout[-3000:]
    assert re.search(r"= 1 failed, \d+ passed in ", red.stdout)  # both articles, any other shared key

    hooked = sh(f"git init -q && git add -A && {tool('pre-commit')} run --all-files", newsroom,
                PATH=f"{newsroom / '.venv' / 'bin'}{os.pathsep}{os.environ['PATH']}")
    assert hooked.returncode == 1, hooked.stdout + hooked.stderr
    assert "crosscheck (claims consistency)" in hooked.stdout and "Failed" in hooked.stdout
    assert finding.search(hooked.stdout) and " error cumulative-decrease" in hooked.stdout
    fixture.unlink()
    hooked = sh(f"git add -A && {tool('pre-commit')} run --all-files", newsroom,
                PATH=f"{newsroom / '.venv' / 'bin'}{os.pathsep}{os.environ['PATH']}")
    assert hooked.returncode == 0 and "Passed" in hooked.stdout, hooked.stdout + hooked.stderr
