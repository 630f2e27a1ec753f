"""Writing a report so that an interrupted or failed run never leaves half of one."""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from crosscheck.checks.safe_files import remove_stale_temps, write_new


class OutputError(Exception):
    """A report that could not be written (full disk, no permission): the run's exit status is 2."""


def write_atomic(path: Path | str, content: str | bytes) -> None:
    """Write to a temporary file beside ``path``, then rename it into place (atomic on POSIX); a device or a
    pipe (``--output /dev/null``) is written into as it is.

    The old file stays as it was when anything fails, and no temporary file is left; the temporary
    files an earlier, killed run left beside ``path`` are removed first (only this tool's own)."""
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        if _stream(path):  # /dev/null, /dev/stdout, a named pipe: written into, never replaced by a file
            with open(path, "wb") as handle:
                handle.write(data)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(path.parent, path.name)
        write_new(path.parent, path.name, data)
    except OSError as err:
        reason = (err.strerror or str(err)).lower()
        raise OutputError(f"cannot write {path}: {reason}") from None


def _stream(path: Path) -> bool:
    """Whether ``path`` is a device or a pipe (what it leads to, a symlink followed): renaming a temporary file
    over it, as for a report file, would put a regular file in the place of /dev/null."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    if stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):  # (a disk is never written a report into, nor replaced)
        raise OSError(errno.EINVAL, "a block device or a socket, not a file")
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)

