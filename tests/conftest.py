"""Helpers shared by the project's own tests: the repository root, the tests' own copy of the seed
corpus, a corpus builder, the real CLI.

No test of the tool reads the repository's fixtures/ or seeds/: those are the newsroom's corpus, checked
by its own pytest items, and an article added there must never break a test of the tool
(tests/test_newsroom.py holds that). Tests that need the Syria Daily reports copy tests/corpus/."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from live_corpus import LiveCorpusGuard

pytest_plugins = ["pytester"]

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"  # the three Syria Daily reports as the tests know them
SEED = "syria-daily-2020-01-11"  # the one of them with its text


def seed_corpus(root: Path) -> Path:
    """A copy of tests/corpus (fixtures/ and seeds/) at root, free to edit and to hold a cache."""
    shutil.copytree(CORPUS, root, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".crosscheck_cache"))
    return root


# Set by tests/test_newsroom.py when it runs the README's test command in a copy of the repository.
INNER_RUN = "CROSSCHECK_INNER_RUN"
# A test that reads the repository's files on purpose, not as a corpus (a wheel built from them, the
# import contracts linted there): the runtime guard lets it, and test_newsroom's copy runs it again.
TOUCHES = "touches_the_repository"


def pytest_configure(config):
    config.addinivalue_line("markers", f"{TOUCHES}: reads the repository's files on purpose, not as a corpus "
                                       "(exempt from the runtime guard; run again in test_newsroom's copy)")


def inner_run_keeps(item) -> bool:
    """What the inner run of test_newsroom runs: every corpus item (the plugin's, not Python functions),
    and the tests of the tool that the guards let touch the repository or that run pytest, which finds
    its corpus by itself (pytester); none of the slow ones. Its docstring says why that is enough."""
    if not isinstance(item, pytest.Function):
        return True
    if "slow" in item.keywords:
        return False
    return TOUCHES in item.keywords or "pytester" in item.fixturenames or item.path.name == "test_newsroom.py"


_INNER = pytest.StashKey[str]()


def pytest_collection_modifyitems(config, items):
    if os.environ.get(INNER_RUN):
        kept = [item for item in items if inner_run_keeps(item)]
        left = [item for item in items if not inner_run_keeps(item)]
        if left:
            config.hook.pytest_deselected(items=left)
        items[:] = kept
        tools = sum(isinstance(item, pytest.Function) for item in kept)
        config.stash[_INNER] = f"inner run: {len(kept) - tools} corpus items, {tools} tests of the tool"


def pytest_terminal_summary(terminalreporter, config):
    if _INNER in config.stash:
        terminalreporter.write_line(config.stash[_INNER])


_GUARD = pytest.StashKey[LiveCorpusGuard]()
_WORKING_FOLDER: list[str] = []


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """Every test of the tool runs, its fixtures of every scope too, in an empty working folder, not in
    the repository's root: no relative path or default root (`crosscheck check`, a pytest run) reaches
    the live corpus. The runtime guard (tests/live_corpus.py) watches the rest; the static guard in
    test_newsroom refuses the paths named through REPO."""
    if not isinstance(item, pytest.Function):  # a corpus item: it reads the corpus, as it should
        return (yield)
    if not _WORKING_FOLDER:
        _WORKING_FOLDER.append(tempfile.mkdtemp(prefix="crosscheck-tests-"))
    before = os.getcwd()
    os.chdir(_WORKING_FOLDER[0])
    try:
        if item.get_closest_marker(TOUCHES):
            return (yield)
        guard = item.stash[_GUARD] = LiveCorpusGuard(REPO)  # not the corpus: the folder it watches
        with guard.watching():
            return (yield)
    finally:
        os.chdir(before)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A test the runtime guard saw reading the live corpus fails (at its teardown: its fixtures count)."""
    report = yield
    guard = item.stash.get(_GUARD, None)
    if call.when == "teardown" and guard is not None and guard.seen and report.outcome != "failed":
        report.outcome = "failed"
        report.longrepr = "a test read the repository's corpus (copy tests/corpus/ or build one in tmp_path):\n" + \
            "\n".join(line[:300] for line in guard.seen[:20])
    return report


def pytest_sessionfinish(session):
    for folder in _WORKING_FOLDER:
        shutil.rmtree(folder, ignore_errors=True)


def write_corpus(root: Path, fixtures: dict[str, str], seeds: dict[str, str] | None = None) -> Path:
    """A corpus on disk: fixtures/<id>.toml and seeds/<id>.txt from strings."""
    (root / "fixtures").mkdir(parents=True, exist_ok=True)
    (root / "seeds").mkdir(exist_ok=True)
    for name, text in fixtures.items():
        path = root / "fixtures" / f"{name}.toml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for name, text in (seeds or {}).items():
        (root / "seeds" / f"{name}.txt").write_text(text, encoding="utf-8")
    return root


def crosscheck(*args: str, cwd: Path = REPO / "tests") -> subprocess.CompletedProcess:
    """The real command line, in a subprocess, as a user or CI runs it."""
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "crosscheck.checks.cli", *args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.fixture
def corpus_dir(tmp_path):
    return lambda fixtures, seeds=None: write_corpus(tmp_path, fixtures, seeds)


@pytest.fixture
def seed_root(tmp_path):
    """A fresh copy of the seed corpus."""
    return seed_corpus(tmp_path / "seed-corpus")


@pytest.fixture(scope="module")
def seed_root_module(tmp_path_factory):
    """A copy of the seed corpus shared by a module's tests that only read it."""
    return seed_corpus(tmp_path_factory.mktemp("seed-corpus"))
