"""Helpers shared by the project's own tests: the repository root, a corpus builder, the real CLI."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

REPO = Path(__file__).resolve().parent.parent


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


def crosscheck(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    """The real command line, in a subprocess, as a user or CI runs it."""
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "crosscheck.checks.cli", *args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.fixture
def corpus_dir(tmp_path):
    return lambda fixtures, seeds=None: write_corpus(tmp_path, fixtures, seeds)
