"""`.crosscheck_cache/` at the corpus root: one file per fixture, as ruff, mypy and pytest keep theirs.

Each entry holds what reading one fixture produced (its light record and its own-article rule
findings) together with the content hashes it was made from: the fixture's bytes and its article
text's bytes. The folder of entries is named by the run's key: the tool (version and a hash of its
own source files, so an edited checkout invalidates too), the Python version and the raw
`[tool.crosscheck]` table. A different key is a different folder; the stale ones are removed.

An entry is never trusted blindly: a wrong magic, key or checksum, or anything failing to unpickle,
makes it a miss, and it is rebuilt. Writes go to a temporary file and `os.replace`, so a concurrent
run sees the old entry or the new one, never half of one.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import sys
import tempfile
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CACHE_DIR = ".crosscheck_cache"
# the entries holding the whole corpus's facts, and the claim views of each key group (no fixture path has a NUL)
# and the facts changed since the snapshot was written (so that one edit does not rewrite all of them)
SNAPSHOT, GROUPS, DELTA = "\0snapshot", "\0groups", "\0delta"
BUCKETS = 64  # files the key groups' claim views are spread over, by a hash of the key: GROUPS + "0" ...
FORMAT = b"crosscheck-cache 1\n"
_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
        "# This file is a cache directory tag created by crosscheck.\n"
        "# For information about cache directory tags, see https://bford.info/cachedir/\n")


def digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=20).digest()


@lru_cache(maxsize=1)
def tool_key() -> str:
    """The installed version plus a hash of the package's own files (rules, models, templates)."""
    try:
        installed = version("crosscheck-news")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        installed = "unknown"
    h = hashlib.blake2b(digest_size=20)
    h.update(f"{installed}\0{sys.version}\0".encode())
    import crosscheck.checks
    import crosscheck.claims

    for package in (crosscheck.claims, crosscheck.checks):
        base = Path(package.__path__[0])
        for path in sorted(base.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                h.update(path.relative_to(base).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def settings_key(root: Path) -> str:
    """A hash of the raw [tool.crosscheck] table (what load_settings reads): any change invalidates."""
    path = root / "pyproject.toml"
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {}).get("crosscheck", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        table = None  # load_settings has already refused a broken file; an absent one is the defaults
    return hashlib.blake2b(json.dumps(table, sort_keys=True, default=repr).encode(), digest_size=20).hexdigest()


class Cache:
    """The entries of one corpus for one (tool, settings) key."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.base = self.root / CACHE_DIR
        self.key = hashlib.blake2b(f"{tool_key()}\0{settings_key(self.root)}".encode(), digest_size=20).digest()
        self.folder = self.base / self.key.hex()[:24]
        self._ready = False

    def _entry_path(self, name: str) -> Path:
        return self.folder / hashlib.blake2b(name.encode(), digest_size=16).hexdigest()

    def read(self, name: str):
        """The entry stored for ``name`` (a fixture's path relative to the root), or None."""
        try:
            data = self._entry_path(name).read_bytes()
        except OSError:
            return None
        head = len(FORMAT) + 20 + 20
        if len(data) < head or not data.startswith(FORMAT) or data[len(FORMAT):len(FORMAT) + 20] != self.key:
            return None
        payload = memoryview(data)[head:]  # no copy: the snapshot is tens of MB
        if digest(payload) != data[len(FORMAT) + 20:head]:
            return None
        try:
            stored_name, entry = pickle.loads(payload)
        except Exception:  # a checksum-valid but unreadable entry (another Python?): rebuild it
            return None
        return entry if stored_name == name else None

    def write(self, name: str, entry) -> None:
        """Store an entry atomically; a cache that cannot be written is no error, only slower."""
        try:
            self._prepare()
            payload = pickle.dumps((name, entry), protocol=pickle.HIGHEST_PROTOCOL)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(FORMAT + self.key + digest(payload))
                    out.write(payload)
                os.replace(tmp, self._entry_path(name))
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except (OSError, pickle.PicklingError):
            pass

    def prune(self, names) -> None:
        """Remove the entries of fixtures no longer on file, and folders of other keys."""
        if not self.folder.is_dir():
            return
        keep = {self._entry_path(n).name for n in (*names, SNAPSHOT, DELTA, *(f"{GROUPS}{b}" for b in range(BUCKETS)))}
        try:
            for entry in os.scandir(self.folder):
                if entry.name not in keep:
                    Path(entry.path).unlink(missing_ok=True)
        except OSError:
            pass

    def prepare(self) -> None:
        try:
            self._prepare()
        except OSError:
            pass

    def _prepare(self) -> None:
        if self._ready:
            return
        self.base.mkdir(exist_ok=True)
        for name, content in ((".gitignore", "# Created by crosscheck automatically.\n*\n"), ("CACHEDIR.TAG", _TAG)):
            path = self.base / name
            if not path.is_file():
                path.write_text(content, encoding="utf-8")
        if not self.folder.is_dir():
            for other in self.base.iterdir():  # another tool version's or settings' entries
                if other.is_dir() and other != self.folder:
                    shutil.rmtree(other, ignore_errors=True)
            self.folder.mkdir(exist_ok=True)
        self._ready = True
