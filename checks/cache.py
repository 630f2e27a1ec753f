"""`.crosscheck_cache/` at the corpus root: one file per fixture, as ruff, mypy and pytest keep theirs.

Each entry holds what reading one fixture produced (its light record and its own-article rule
findings) together with the content hashes it was made from: the fixture's bytes and its article
text's bytes. The folder of entries is named by the run's key: the tool (version and a hash of its
own source files, so an edited checkout invalidates too), the Python version and the raw
`[tool.crosscheck]` table. A different key is a different folder; the stale ones are removed.

An entry is never trusted blindly: a wrong magic, key or signature (a keyed hash whose key lives
outside the corpus, see cache_key: marks can be committed, the key cannot), or anything failing to
unpickle, makes it a miss, and it is rebuilt. Writes go to a temporary file and `os.replace`, so a concurrent
run sees the old entry or the new one, never half of one.

The cache touches only what it can prove it wrote (see safe_files): `.crosscheck_cache` must be a real
folder holding crosscheck's CACHEDIR.TAG, each key folder a real folder holding its marker file, and
no symlink is followed. A symlinked, foreign or unusable cache (no permission, a file in the way, a
full disk, a read-only corpus) is left alone: the run goes on without it, says so once on stderr,
and finds the same.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import errno
import os
import pickle
import re
import stat
import sys
from functools import lru_cache
from pathlib import Path

import dateutil
import pydantic
import tomli

import crosscheck.checks
import crosscheck.claims
from crosscheck.checks.cache_key import signing_key
from crosscheck.checks.safe_files import has_marker, read_own, remove_stale_temps, temp_name, write_new
from crosscheck.claims.settings import SettingsError, settings_table

CACHE_DIR = ".crosscheck_cache"
# the entries holding the whole corpus's facts, and the claim views of each key group (no fixture path has a NUL)
# and the facts changed since the snapshot was written (so that one edit does not rewrite all of them)
SNAPSHOT, GROUPS, DELTA = "\0snapshot", "\0groups", "\0delta"
BUCKETS = 64  # files the key groups' claim views are spread over, by a hash of the key: GROUPS + "0" ...
FORMAT = b"crosscheck-cache 1\n"
TAG = "CACHEDIR.TAG"  # the mark of crosscheck's cache folder; FOLDER_MARK, of a key folder in it
FOLDER_MARK = "crosscheck-entries"
_ENTRY = re.compile(r"[0-9a-f]{32}")  # an entry's file name (_entry_path)
_FOLDER = re.compile(r"[0-9a-f]{24}")  # a key folder's name
_GITIGNORE = "# Created by crosscheck automatically.\n*\n"
_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
        "# This file is a cache directory tag created by crosscheck.\n"
        "# For information about cache directory tags, see https://bford.info/cachedir/\n")


def digest(data: bytes) -> bytes:
    """A content hash (a fixture's, a text's, a key's claims'): SHA-256, which OpenSSL runs on the CPU's SHA
    instructions (a third faster than BLAKE2b on a fixture, twice as fast on a snapshot), cut to 20 bytes."""
    return hashlib.sha256(data).digest()[:20]


@lru_cache(maxsize=1)
def tool_key() -> str:
    """A hash of the package's own files (rules, models, templates), with the versions of Python and
    of the libraries that shape what is cached (validation, month arithmetic, parsing). Read from the
    modules, not the installed metadata: importing importlib.metadata costs every run 30 ms."""
    h = hashlib.blake2b(digest_size=20)
    h.update(f"{sys.version}\0{pydantic.VERSION}\0{dateutil.__version__}\0{tomli.__version__}\0".encode())
    for package in (crosscheck.claims, crosscheck.checks):
        for parts, path in sorted(_own_files(package.__path__[0], ())):
            with open(path, "rb") as f:
                h.update("/".join(parts).encode() + b"\0" + f.read() + b"\0")
    return h.hexdigest()


def _own_files(folder: str, parts: tuple) -> list[tuple[tuple, str]]:
    """(path parts below the package, path) of each file, as sorted(Path.rglob("*")) with is_file() lists
    them, outside __pycache__: into real folders only, symlinks to files followed (a third of the time)."""
    out = []
    with os.scandir(folder) as listing:
        for entry in listing:
            if entry.name == "__pycache__":
                continue
            if entry.is_dir(follow_symlinks=False):
                out += _own_files(entry.path, (*parts, entry.name))
            elif entry.is_file():
                out.append(((*parts, entry.name), entry.path))
    return out


def settings_key(root: Path) -> str:
    """A hash of the raw [tool.crosscheck] table (what load_settings reads): any change invalidates."""
    try:
        table = settings_table(root)
    except SettingsError:
        table = None  # load_settings has already refused a broken file; an absent one is the defaults
    return hashlib.blake2b(json.dumps(table, sort_keys=True, default=repr).encode(), digest_size=20).hexdigest()


_NOTES: list[str] = []  # why the cache was not used: said once per run (the CLI prints, the plugin reports)


def note(message: str) -> None:
    if not _NOTES:
        _NOTES.append(message)


def take_notes() -> list[str]:
    out = list(_NOTES)
    _NOTES.clear()
    return out


def _reason(err: OSError) -> str:
    return (err.strerror or str(err)).lower()


class Cache:
    """The entries of one corpus for one (tool, settings) key."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.base = self.root / CACHE_DIR
        self.key = hashlib.blake2b(f"{tool_key()}\0{settings_key(self.root)}".encode(), digest_size=20).digest()
        self.folder = self.base / self.key.hex()[:24]
        self._state: str | None = None  # "absent", "base" (no key folder yet), "ready" or "off"

    def _sign(self, payload) -> bytes:
        # HMAC-SHA256, cut to 20 bytes: a cold check signs its 40 MB of entries three times faster than with a
        # keyed BLAKE2b, and a warm one checks its snapshot's signature as much faster
        return hmac.digest(self._secret, payload, "sha256")[:20]

    def _entry_path(self, name: str) -> Path:
        return self.folder / _entry_name(name)

    def _off(self, message: str) -> None:
        self._state = "off"
        note(f"{message}; checking without the cache")

    def stop(self, said: str) -> None:
        """Another process of this run could not write (``said``, a note made there): no more writes."""
        self._state = "off"
        note(said)

    def _look(self) -> str:
        """What is on disk, once per run: the cache is ours, absent, or not to be touched ("off")."""
        if self._state is None:
            self._state = self._inspect()
        return self._state

    def _inspect(self) -> str:
        self._secret = signing_key()
        if self._secret is None:
            self._off("no private folder can hold the cache's signing key (set XDG_CACHE_HOME)")
            return "off"
        try:
            st = os.lstat(self.base)
        except FileNotFoundError:
            return "absent"
        except OSError as err:
            self._off(f"cannot use {self.base}: {_reason(err)}")
            return "off"
        if stat.S_ISLNK(st.st_mode):
            self._off(f"{self.base} is a symbolic link: not followed")
            return "off"
        if not stat.S_ISDIR(st.st_mode):
            self._off(f"{self.base} is not a folder: left alone")
            return "off"
        if not os.access(self.base, os.R_OK | os.W_OK | os.X_OK):
            self._off(f"cannot use {self.base}: permission denied")
            return "off"
        if read_own(self.base / TAG, len(_TAG)) != _TAG.encode():
            self._off(f"{self.base} holds no crosscheck {TAG}: not ours, left alone")
            return "off"
        try:
            st = os.lstat(self.folder)
        except FileNotFoundError:
            return "base"
        except OSError as err:
            self._off(f"cannot use {self.folder}: {_reason(err)}")
            return "off"
        if stat.S_ISDIR(st.st_mode) and not os.access(self.folder, os.R_OK | os.W_OK | os.X_OK):
            self._off(f"cannot use {self.folder}: permission denied")
            return "off"
        if not has_marker(self.folder, FOLDER_MARK, FORMAT):
            self._off(f"{self.folder} is not a folder crosscheck made: left alone")
            return "off"
        return "ready"

    def read(self, name: str):
        """The entry stored for ``name`` (a fixture's path relative to the root), or None."""
        if self._look() != "ready":
            return None
        data = read_own(self._entry_path(name))
        if data is None:
            return None
        head = len(FORMAT) + 20 + 20
        if len(data) < head or not data.startswith(FORMAT) or data[len(FORMAT):len(FORMAT) + 20] != self.key:
            return None
        payload = memoryview(data)[head:]  # no copy: the snapshot is tens of MB
        if self._sign(payload) != data[len(FORMAT) + 20:head]:  # only this user's runs sign: never unpickle other bytes
            return None
        try:
            stored_name, entry = pickle.loads(payload)
        except Exception:  # a checksum-valid but unreadable entry (another Python?): rebuild it
            return None
        return entry if stored_name == name else None

    def write(self, name: str, entry) -> None:
        """Store an entry atomically; a cache that cannot be written is no error: the run says so once
        and goes on without it."""
        if not self.prepare():
            return
        try:
            payload = pickle.dumps((name, entry), protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):
            return
        target = self._entry_path(name)
        try:
            write_new(self.folder, target.name, FORMAT + self.key + self._sign(payload) + payload, fsync=False)
        except OSError as err:
            self._off(f"cannot write the cache in {self.folder}: {_reason(err)}")

    def prune(self, names) -> None:
        """Remove the entries of fixtures no longer on file (and this tool's stale temporary files)."""
        if self._look() != "ready":
            return
        # the file names alone: a Path for each of 10,000 fixtures was most of a cold check's prune; and
        # the fixtures' names hashed only when entries other than the corpus's are there (only `draft` writes them)
        keep = {_entry_name(n) for n in (SNAPSHOT, DELTA, *(f"{GROUPS}{b}" for b in range(BUCKETS)))}
        keep.add(FOLDER_MARK)
        try:
            with os.scandir(self.folder) as listing:
                others = [e.name for e in listing if e.name not in keep and _ENTRY.fullmatch(e.name)]
        except OSError:
            return
        if others:
            keep = {_entry_name(n) for n in names}
        for entry in others:
            if entry not in keep:
                _remove_own_file(self.folder / entry)
        remove_stale_temps(self.folder, None)

    def prepare(self) -> bool:
        """Make the cache's folders (or find them made): whether entries can be written."""
        state = self._look()
        if state in ("ready", "off"):
            return state == "ready"
        try:
            if state == "absent":
                try:
                    _make_folder(self.base, {".gitignore": _GITIGNORE.encode(), TAG: _TAG.encode()})
                except FileExistsError:
                    pass  # another run made it first
                self._state = None
                state = self._look()  # what is there now, made by whom: never built on unseen
            if state == "base":
                try:
                    _make_folder(self.folder, {FOLDER_MARK: FORMAT})
                except FileExistsError:
                    pass
                self._state = None
                state = self._look()
        except OSError as err:
            self._off(f"cannot write the cache {self.base}: {_reason(err)}")
            return False
        if state != "ready":
            if state != "off":
                self._off(f"cannot make {self.folder}")
            return False
        self._remove_other_keys()
        return True

    def _remove_other_keys(self) -> None:
        """Another tool version's or settings' entries: only key folders that carry this tool's mark
        (or, from before the mark, hold nothing but this tool's entries)."""
        try:
            with os.scandir(self.base) as listing:
                others = [e.name for e in listing if e.name != self.folder.name]
        except OSError:
            return
        for name in others:
            path = self.base / name
            if _FOLDER.fullmatch(name):
                _remove_own_folder(path)
        remove_stale_temps(self.base, None)


def _entry_name(name: str) -> str:
    return hashlib.blake2b(name.encode(), digest_size=16).hexdigest()


def _make_folder(path: Path, files: dict[str, bytes]) -> None:
    """Make ``path`` with ``files`` in it, complete or not at all: built under a temporary name,
    then renamed into place (EEXIST or ENOTEMPTY when it is there already)."""
    tmp = path.parent / temp_name(path.name)
    os.mkdir(tmp)
    try:
        for name, content in files.items():
            fd = os.open(tmp / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
            with os.fdopen(fd, "wb") as out:
                out.write(content)
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, "exists", str(path))
        try:
            os.rename(tmp, path)
        except OSError as err:
            if err.errno in (errno.EEXIST, errno.ENOTEMPTY):
                raise FileExistsError(err.errno, err.strerror, str(path)) from None
            raise
    except BaseException:
        for name in files:
            try:
                os.unlink(tmp / name)
            except OSError:
                pass
        try:
            os.rmdir(tmp)
        except OSError:
            pass
        raise


def _starts_with(path: Path, prefix: bytes) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        return stat.S_ISREG(os.fstat(fd).st_mode) and os.read(fd, len(prefix)) == prefix
    except OSError:
        return False
    finally:
        os.close(fd)


def _remove_own_file(path: Path) -> None:
    """Remove an entry file: a regular file (not a symlink) that starts as the cache's entries do."""
    if _starts_with(path, FORMAT):
        try:
            os.unlink(path)
        except OSError:
            pass


def _remove_own_folder(folder: Path) -> None:
    """Empty and remove a key folder of this tool's: its entries, its temporary files, its marker.
    Whatever else it holds stays (and the folder with it)."""
    try:
        if stat.S_ISLNK(os.lstat(folder).st_mode):
            return
        marked = has_marker(folder, FOLDER_MARK, FORMAT)
        with os.scandir(folder) as listing:
            names = [e.name for e in listing]
    except OSError:
        return
    entries = [n for n in names if _ENTRY.fullmatch(n)]
    legacy = [n for n in names if n.startswith(".tmp-")]  # the temporary files of the first cache format
    if not marked and (len(entries) + len(legacy) != len(names) or not all(_starts_with(folder / n, FORMAT)
                                                                             for n in entries)):
        return  # no mark, and not only entries: not provably this tool's
    for n in entries:
        _remove_own_file(folder / n)
    for n in legacy:
        try:
            if stat.S_ISREG(os.lstat(folder / n).st_mode):
                os.unlink(folder / n)
        except OSError:
            pass
    remove_stale_temps(folder, None)
    try:
        if marked:
            os.unlink(folder / FOLDER_MARK)
        os.rmdir(folder)
    except OSError:
        pass
