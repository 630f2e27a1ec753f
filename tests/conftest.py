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
from pathlib import Path

import pytest

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


def pytest_collection_modifyitems(config, items):
    if os.environ.get(INNER_RUN):
        skip = pytest.mark.skip(reason="inner run of test_newsroom: the slow tests (none reads the repository's "
                                       "corpus) run in the outer one")
        for item in items:
            if "slow" in item.keywords:
                item.add_marker(skip)


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
