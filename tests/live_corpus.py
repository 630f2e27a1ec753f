"""The runtime guard: a test of the tool that reads the repository's corpus (fixtures/, seeds/) fails.

The static guard (tests/test_newsroom.py) sees the reads a test names through REPO, and conftest.py
runs every test in an empty working folder, so that no relative path or default root leads there. This
guard sees the rest as it happens, through Python's audit hooks (PEP 578): a file of the corpus opened by
its absolute path or its folders listed in this process, and a process started in the corpus or in the
repository's root that may run Python (the interpreter, a script of its venv, a shell), since a
`crosscheck` or `pytest` there finds the corpus by itself. A relative `open` is left out: it may be
relative to a folder's descriptor (shutil.rmtree opens each entry so), not to the working folder. Audit
hooks cannot be removed: one is added, and it reports to the guards watching.
"""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path

_WATCHING: list["LiveCorpusGuard"] = []
_FILES = {"open", "os.listdir", "os.scandir"}
_PYTHONS = (os.path.abspath(sys.executable), os.path.abspath(os.path.dirname(sys.executable)) + os.sep)
_SHELLS = {"sh", "bash", "dash"}


class LiveCorpusGuard:
    """What the tests run while ``watching`` did to the corpus at ``root``: ``seen``, one line each."""

    def __init__(self, root: Path):
        self.root = os.path.abspath(root)
        self.corpus = tuple(os.path.join(self.root, folder) for folder in ("fixtures", "seeds"))
        self.seen: list[str] = []

    @contextmanager
    def watching(self):
        _hook()
        _WATCHING.append(self)
        try:
            yield self
        finally:
            _WATCHING.remove(self)

    def _in_corpus(self, path: str) -> bool:
        return any(path == folder or path.startswith(folder + os.sep) for folder in self.corpus)

    def event(self, event: str, args: tuple) -> None:
        if event in _FILES:
            path = args[0] if args else "."
            if path is None:
                path = "."
            if isinstance(path, int):  # a file descriptor: its opening was seen
                return
            path = os.fsdecode(path)
            if event == "open" and not os.path.isabs(path):
                return  # relative to a folder opened before (shutil.rmtree's dir_fd) or to the working one
            path = os.path.abspath(path)
            if self._in_corpus(path):
                self.seen.append(f"{event} {path}")
        elif event == "subprocess.Popen":
            executable, argv, cwd = args[0], args[1], args[2]
            where = os.path.abspath(os.fsdecode(cwd) if cwd is not None else os.getcwd())
            if (where == self.root or self._in_corpus(where)) and _may_run_python(executable, argv):
                self.seen.append(f"a process in {where}: {' '.join(map(str, argv or [executable]))}")


def _may_run_python(executable, argv) -> bool:
    words = [os.fsdecode(w) for w in ([executable] if executable else []) + list(argv or []) if isinstance(w, (str, bytes))]
    for word in words:
        path = os.path.abspath(word) if os.sep in word else word
        if path == _PYTHONS[0] or path.startswith(_PYTHONS[1]) or os.path.basename(word) in _SHELLS:
            return True
    return False


def _audit(event: str, args: tuple) -> None:
    if _WATCHING and (event in _FILES or event == "subprocess.Popen"):
        for guard in _WATCHING:
            guard.event(event, args)


_ADDED = []


def _hook() -> None:
    if not _ADDED:
        sys.addaudithook(_audit)
        _ADDED.append(_audit)
