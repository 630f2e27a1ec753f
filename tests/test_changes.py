"""CI on new articles: `crosscheck check --changed-since REF` and `pytest --crosscheck-changed-since REF`
check the whole corpus and report the findings that involve an article added or changed since REF, on a
scratch git repository; and `pytest --crosscheck-root DIR` from another folder."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck.checks.changes import changed_articles
from crosscheck.claims.corpus import CorpusError
from conftest import crosscheck, seed_corpus
from test_loading import GOOD

GIT_ENV = {"GIT_AUTHOR_NAME": "Desk", "GIT_AUTHOR_EMAIL": "desk@example.org", "GIT_COMMITTER_NAME": "Desk",
           "GIT_COMMITTER_EMAIL": "desk@example.org", "GIT_CONFIG_NOSYSTEM": "1"}
OLD = "old-report"  # on main with an error of its own: never reported on the branch
OLD_ERROR = GOOD.replace("good-report", OLD).replace('qualifier = "at_least"', 'qualifier = "more_than"')
NEW = "new-report"  # added on the branch, not even committed: its quote is not in its headline
NEW_ERROR = GOOD.replace("good-report", NEW).replace('quote = "Strikes kill at least 20"',
                                                      'quote = "Strikes killed at least 20"')
CHANGED_OLD = "syria-daily-2020-01-09"  # changed on the branch: now dates the hospital attack a day early


def git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, timeout=60,
                          env={**os.environ, **GIT_ENV})
    assert done.returncode == 0, done.stderr
    return done.stdout


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def branch(tmp_path):
    """main: the seed corpus and an old article with an error; the branch `desk`: one old article
    changed (committed), one new article (untracked)."""
    root = seed_corpus(tmp_path / "newsroom")
    (root / "fixtures" / f"{OLD}.toml").write_text(OLD_ERROR, encoding="utf-8")
    (root / "pyproject.toml").write_text("[project]\nname = \"desk\"\n\n[tool.crosscheck]\nabout_tolerance = 0.1\n")
    (root / ".gitignore").write_text(".crosscheck_cache/\n")
    git(root, "init", "-q")
    git(root, "checkout", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "the corpus as it stands")
    git(root, "checkout", "-q", "-b", "desk")
    _edit(root / "fixtures" / f"{CHANGED_OLD}.toml", "when = 2020-01-08", "when = 2020-01-07")
    git(root, "commit", "-q", "-am", "a correction that is not one")
    (root / "fixtures" / f"{NEW}.toml").write_text(NEW_ERROR, encoding="utf-8")
    return root


def _findings(root: Path, *args: str) -> tuple[int, dict]:
    run = crosscheck("check", "--format", "json", *args, cwd=root)
    assert run.returncode in (0, 1), run.stderr
    return run.returncode, json.loads(run.stdout)


def _where(findings) -> set[tuple[str, int, str]]:
    return {(f["file"], f["line"], f["rule"]) for f in findings}


def test_only_the_findings_involving_changed_articles_are_reported(branch):
    assert changed_articles(branch, "main") == frozenset({CHANGED_OLD, NEW})
    _, everything = _findings(branch)
    code, changed = _findings(branch, "--changed-since", "main")
    rules = sorted(f["rule"] for f in changed["findings"])
    assert (code, rules) == (1, ["cross-report-conflict", "quote-not-found"])
    # the conflict is on the other report's line, and names the changed article's claim
    [conflict] = [f for f in changed["findings"] if f["rule"] == "cross-report-conflict"]
    assert conflict["file"] == "fixtures/syria-daily-2020-01-11.toml"
    assert f"{CHANGED_OLD}:maarat-pounded" in conflict["claims"]
    assert _where(changed["findings"]) == _where(everything["findings"]) - {(f"fixtures/{OLD}.toml", 14,
                                                                             "qualifier-mismatch")}
    assert changed["summary"] == {"articles": 5, "claims": 27, "errors": 2, "warnings": 0, "accepted": 0,
                                  "changed": 2, "changed_since": "main"}
    assert everything["summary"]["errors"] == 3


@pytest.mark.parametrize("fmt, says", [
    ("text", "2 articles changed since main: only the findings involving them are reported"),
    ("markdown", "2 articles changed since main: only the findings involving them are reported"),
    ("github", "::notice title=crosscheck::2 articles changed since main: only the findings involving them"),
    ("sarif", '"changedArticles": 2'),
    ("html", "2 articles changed since main: only the findings involving them are reported"),
])
def test_every_format_says_how_many_articles_changed(branch, fmt, says, tmp_path):
    out = tmp_path / f"out.{fmt}"
    run = crosscheck("check", "--changed-since", "main", "--format", fmt, "--output", str(out), cwd=branch)
    assert run.returncode == 1, run.stderr
    text = out.read_text(encoding="utf-8")
    assert says in text
    if fmt == "html":  # the report still shows every article; the old one's finding is not among them
        assert f"fixtures/{OLD}.toml:14" not in text and "fixtures/syria-daily-2020-01-11.toml:198" in text
    else:
        assert OLD not in text


def test_pytest_reports_the_same_findings_and_deselects_the_other_articles(branch, pytester):
    code, cli = _findings(branch, "--changed-since", "main")
    result = pytester.runpytest_subprocess("--rootdir", str(branch), str(branch / "fixtures"), "-p", "no:cacheprovider",
                                           "--crosscheck-changed-since", "main", "-v")
    # items: 5 articles + 2 shared keys; kept: the two changed articles and the key the changed one states
    result.assert_outcomes(passed=1, failed=2, deselected=4)
    result.stdout.fnmatch_lines(["*crosscheck: changed since main: 2 article(s): new-report, syria-daily-2020-01-09*"])
    shown = {(m[0], int(m[1]), m[2]) for m in re.findall(r"^(fixtures/\S+):(\d+) (\S+) ", result.stdout.str(),
                                                          re.MULTILINE)}
    assert shown == _where(cli["findings"])
    result.stdout.no_fnmatch_line(f"*{OLD}*")


@pytest.mark.parametrize("edit, changed", [
    # a text alone: its article
    (lambda root: _edit(root / "seeds/syria-daily-2020-01-11.txt", "Idlib", "Idleb"),
     {CHANGED_OLD, NEW, "syria-daily-2020-01-11"}),
    # the pyproject outside [tool.crosscheck]: nothing more
    (lambda root: _edit(root / "pyproject.toml", 'name = "desk"', 'name = "the-desk"'), {CHANGED_OLD, NEW}),
    # a changed setting, a deleted or renamed fixture, an article id changed: every article
    (lambda root: _edit(root / "pyproject.toml", "about_tolerance = 0.1", "about_tolerance = 0.2"), None),
    (lambda root: (root / "fixtures/syria-daily-2019-12-28.toml").unlink(), None),
    (lambda root: git(root, "mv", "fixtures/syria-daily-2019-12-28.toml", "fixtures/dec-28.toml"), None),
    (lambda root: _edit(root / f"fixtures/{CHANGED_OLD}.toml", f'id = "{CHANGED_OLD}"', 'id = "syria-daily-jan-9"'),
     None),
    # a fixture nested past what a parser's stack holds: counted by its file's name, the run goes on
    (lambda root: (root / "fixtures/deep.toml").write_text("a = " + "[" * 100_000), {CHANGED_OLD, NEW, "deep"}),
], ids=["text", "pyproject-other", "settings", "deleted", "renamed", "id-changed", "too-deep"])
def test_what_counts_as_changed(branch, edit, changed):
    edit(branch)
    assert changed_articles(branch, "main") == (None if changed is None else frozenset(changed))


def test_when_every_article_counts_as_changed_every_finding_is_reported(branch):
    (branch / "fixtures/syria-daily-2019-12-28.toml").unlink()
    _, everything = _findings(branch)
    _, changed = _findings(branch, "--changed-since", "main")
    assert changed["findings"] == everything["findings"] and changed["summary"]["changed"] == 4
    text = crosscheck("check", "--changed-since", "main", cwd=branch).stdout
    assert "all 4 articles count as changed since main: every finding is reported" in text


def test_an_unknown_ref_or_a_folder_outside_git_exits_2(branch, tmp_path, pytester):
    run = crosscheck("check", "--changed-since", "origin/main", cwd=branch)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "--changed-since origin/main: git knows no commit of that name" in run.stderr
    assert "fetch-depth: 0" in run.stderr
    loose = seed_corpus(tmp_path / "loose")
    run = crosscheck("check", "--changed-since", "main", cwd=loose)
    assert run.returncode == 2 and f"needs a git work tree: {loose.resolve()} is not in one" in run.stderr
    with pytest.raises(CorpusError, match="git knows no commit"):
        changed_articles(branch, "no-such-branch")
    result = pytester.runpytest_subprocess("--rootdir", str(branch), str(branch / "fixtures"), "-p", "no:cacheprovider",
                                           "--crosscheck-changed-since", "origin/main")
    assert result.ret == 2
    result.stderr.fnmatch_lines(["*crosscheck: --changed-since origin/main: git knows no commit of that name*"])


def test_pytest_crosscheck_root_collects_from_any_folder(branch, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for root in (str(branch), os.path.relpath(branch, elsewhere)):
        run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--crosscheck-root", root,
                              "-q"], cwd=elsewhere, capture_output=True, text=True, timeout=300)
        assert run.returncode == 1, run.stdout + run.stderr  # not 5: "no tests ran"
        assert "3 failed, 4 passed" in run.stdout, run.stdout
    # paths given on the command line stay the only ones
    (elsewhere / "test_app.py").write_text("def test_app():\n    pass\n")
    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--crosscheck-root", str(branch),
                          "-q", "test_app.py"], cwd=elsewhere, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and "1 passed" in run.stdout, run.stdout
