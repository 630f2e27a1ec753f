"""File system operations the cache and the outputs share: never follow a symlink, never delete or
rewrite what this tool cannot prove it wrote.

A repository may hold anything where the tool writes: a `.crosscheck_cache` that is a symlink to
/etc, a folder of the user's by that name, a `.report.html.tmp` of the user's own. What the tool
writes carries its mark (a marker file in its folders, its name in its temporary files), and only
what carries the mark is ever removed.
"""
from __future__ import annotations

import os
import re
import stat
import time
from pathlib import Path

_NOFOLLOW = os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
TEMP_MARK = ".crosscheck-"  # in every temporary file name: `.<name>.crosscheck-<pid>-<random>.tmp`
STALE_SECONDS = 3600.0  # a temporary file of a running process older than this is abandoned too


def is_real_dir(path: Path | str) -> bool:
    """A directory itself, not a symlink to one (False when absent or unreadable)."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def read_own(path: Path | str, cap: int | None = None) -> bytes | None:
    """The bytes of a regular file at ``path`` itself (a symlink is not followed: None), or None."""
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or (cap is not None and st.st_size > cap):
            return None
        chunks, left = [], st.st_size + 1 if cap is None else cap + 1
        while left > 0:
            chunk = os.read(fd, left)
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)


def has_marker(folder: Path | str, name: str, content: bytes) -> bool:
    """Whether ``folder`` is a real directory holding the regular file ``name`` with ``content``."""
    return is_real_dir(folder) and read_own(os.path.join(folder, name), len(content)) == content


def temp_name(target: str) -> str:
    """A temporary name beside ``target`` that says whose it is: this tool's, this process's."""
    return f".{target}{TEMP_MARK}{os.getpid()}-{os.urandom(4).hex()}.tmp"


def _temp_pattern(target: str | None) -> re.Pattern:
    name = r"\..+" if target is None else re.escape(f".{target}")
    return re.compile(name + re.escape(TEMP_MARK) + r"(\d+)-[0-9a-f]{8}\.tmp")


def write_new(folder: Path | str, name: str, data: bytes, mode: int = 0o644, fsync: bool = True) -> None:
    """Write ``folder/name`` atomically: a temporary file beside it, then a rename over it (a symlink
    in its place is replaced, never written through). On any failure the temporary file is removed
    and the old file stays as it was; the OSError is raised."""
    folder = os.fspath(folder)
    tmp = os.path.join(folder, temp_name(name))
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, mode)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            if fsync:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, os.path.join(folder, name))
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def remove_stale_temps(folder: Path | str, target: str | None) -> None:
    """Remove the temporary files this tool left beside ``target`` (any target when None), as a run
    killed while writing leaves them:
    regular files named by :func:`temp_name` whose process is gone, or older than STALE_SECONDS.
    Anything else (a user's own `.x.tmp`) stays."""
    pattern = _temp_pattern(target)
    try:
        with os.scandir(folder) as listing:
            found = [(e.path, int(m.group(1))) for e in listing if (m := pattern.fullmatch(e.name))]
    except OSError:
        return
    now = time.time()
    for path, pid in found:
        try:
            st = os.lstat(path)
            if stat.S_ISREG(st.st_mode) and (not _running(pid) or now - st.st_mtime > STALE_SECONDS):
                os.unlink(path)
        except OSError:
            pass


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # this process is writing nothing else beside the target right now
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process
        return True
    return True
