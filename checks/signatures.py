"""What the store trusts a file by: its signature (everything a `--no-cache` run could see
differently), else its content hash; see snapshot.py for what is trusted and when."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from crosscheck.checks.cache import digest
from crosscheck.checks.records import probe_state
from crosscheck.claims.toml_read import read_bytes

RACY_SECONDS = 1.0  # a file modified this recently is hashed again next run, whatever its stat says


_EUID = os.geteuid()
_GROUPS = frozenset((os.getegid(), *os.getgroups()))


def _readable(st: os.stat_result) -> bool:
    """Whether this user may read the file, by its mode bits (ACLs aside): no system call."""
    if _EUID == 0:
        return True
    if st.st_uid == _EUID:
        return bool(st.st_mode & stat.S_IRUSR)
    return bool(st.st_mode & (stat.S_IRGRP if st.st_gid in _GROUPS else stat.S_IROTH))


def stat_sig(path: Path | str, now: float, seen: os.stat_result | None = None) -> tuple | None:
    """(file type by lstat, size, mtime_ns, ctime_ns, inode, readable) of a file (of its target when
    it is a symlink, and then the link's own inode and ctime), or None: unknown, or changed within
    RACY_SECONDS of ``now``. ``seen``: the file's lstat when the caller took one already."""
    try:
        st = link = os.lstat(path) if seen is None else seen
        kind = stat.S_IFMT(st.st_mode)
        if kind == stat.S_IFLNK:
            st = os.stat(path)
    except OSError:
        return None
    if max(st.st_mtime_ns, st.st_ctime_ns, link.st_ctime_ns) / 1e9 > now - RACY_SECONDS:
        return None
    sig = kind, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, _EUID == 0 or _readable(st)
    return sig if link is st else (*sig, link.st_ino, link.st_ctime_ns)  # a link made anew is another


_PLAIN: dict[str, bool] = {}  # folder (relative to the root) -> no symlink on it; emptied by each check


def _plain_folders(root: str, relative: str) -> bool:
    """Whether no folder on a text's path is a symlink (a file's own lstat does not see those)."""
    folder = relative.rpartition("/")[0]
    plain = _PLAIN.get(folder)
    if plain is None:
        parts = folder.split("/") if folder else []
        plain = not any(os.path.islink(os.path.join(root, *parts[:i])) for i in range(1, len(parts) + 1))
        _PLAIN[folder] = plain
    return plain


def forget_folders() -> None:
    """A folder may have become a symlink since the last check of this process."""
    _PLAIN.clear()


def still_valid(facts, path: str, root: str, now: float) -> tuple:
    """The stored facts (a facts.Facts) when the fixture and its text are unchanged (by stat, else by hash), else None;
    and whether a signature was refreshed (the snapshot must then be written again)."""
    sig = stat_sig(path, now)
    refreshed = False
    if sig is None or sig != facts.sig:
        try:
            if digest(read_bytes(path)) != facts.fixture_hash:  # a regular file, under the size cap
                return None, False
        except OSError:
            return None, False
        facts.sig, refreshed = sig, True
    if facts.probe is None:
        return facts, refreshed
    if isinstance(facts.probe_state, bytes):
        text_sig = stat_sig(root + os.sep + facts.probe, now)  # relative: an absolute one is "outside", no hash
        if text_sig is not None and text_sig == facts.text_sig and _plain_folders(root, facts.probe):
            return facts, refreshed
        facts.text_sig, refreshed = text_sig, True
    return (facts if probe_state(Path(root), facts.probe) == facts.probe_state else None), refreshed
