"""One result whichever way the check goes: the JSON report is byte-identical cold (no cache yet), warm
(the cache just written), with `--no-cache`, with `--jobs 1` and with `--jobs 2` (the pool forced even on
a small corpus), on the repository-like corpus (tests/corpus), a small bench corpus and every rule
case's corpus (tests/cases). On the rule cases it also equals the reference: every rule run over the
whole corpus loaded at once (`engine.run(load_corpus(root))`), with no facts, groups or store between.

The first two run the real command in a subprocess; the rule cases (159 small corpora) run the same
engine in this process, so that the suite stays fast.
"""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import crosscheck.checks.records as records
from crosscheck.checks.cache import CACHE_DIR
from crosscheck.checks.engine import check, run
from crosscheck.checks.reporters import reporter
from crosscheck.claims.corpus import load_corpus
from conftest import REPO
from test_rule_cases import CASE_FILES, write_case

MODES = [("cold", ()), ("warm", ()), ("no-cache", ("--no-cache",)), ("jobs 1", ("--jobs", "1")),
         ("jobs 2", ("--jobs", "2"))]
RUNNER = """
import sys
import crosscheck.checks.key_groups as key_groups
import crosscheck.checks.records as records
records.PARALLEL_FROM = key_groups.PARALLEL_FROM = 1  # the pools even for a few files: --jobs 2 must really use two processes
from crosscheck.checks.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _cli_reports(root: Path) -> dict[str, bytes]:
    reports = {}
    for mode, extra in MODES:
        if mode != "warm":
            shutil.rmtree(root / CACHE_DIR, ignore_errors=True)
        done = subprocess.run([sys.executable, "-c", RUNNER, "check", "--root", str(root), "--format", "json", *extra],
                              capture_output=True, timeout=600, cwd=REPO / "tests")
        assert done.returncode in (0, 1), done.stderr.decode()
        reports[mode] = done.stdout
    return reports


def _bench():
    spec = importlib.util.spec_from_file_location("bench", REPO / "bench" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench", module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("corpus", ["repository-like", "bench"])
def test_every_way_through_gives_the_same_json(corpus, tmp_path):
    root = tmp_path / "corpus"
    if corpus == "repository-like":
        shutil.copytree(Path(__file__).parent / "corpus", root)
    else:
        _bench().generate(120, root)  # every kind of claim, keys shared by 10, by all, a running story
    reports = _cli_reports(root)
    assert reports["cold"].startswith(b"{") and b'"findings"' in reports["cold"]
    different = [mode for mode, report in reports.items() if report != reports["cold"]]
    assert different == [], f"{corpus}: {different} differ from the cold run"


def _cases():
    return [pytest.param(case, id=f"{data.get('rule')}-{case.get('name')}")
            for data in CASE_FILES.values() for case in data.get("case", [])]


@pytest.mark.parametrize("case", _cases())
def test_every_way_through_gives_the_same_json_on_each_rule_case(case, tmp_path, monkeypatch):
    root = write_case(tmp_path, case)
    monkeypatch.setattr(records, "PARALLEL_FROM", 1)
    reports = {}
    for mode, extra in MODES:
        if mode != "warm":
            shutil.rmtree(root / CACHE_DIR, ignore_errors=True)
        jobs = int(extra[1]) if extra and extra[0] == "--jobs" else None
        result = check(root, use_cache="--no-cache" not in extra, jobs=jobs)
        reports[mode] = reporter("json").render(result)
    reports["reference"] = reporter("json").render(run(load_corpus(root)))
    different = [mode for mode, report in reports.items() if report != reports["cold"]]
    assert different == [], f"{different} differ from the cold run"
