"""Writing a report so that an interrupted or failed run never leaves half of one."""
from __future__ import annotations

from pathlib import Path

from crosscheck.checks.safe_files import remove_stale_temps, write_new


class OutputError(Exception):
    """A report that could not be written (full disk, no permission): the run's exit status is 2."""


def write_atomic(path: Path | str, content: str | bytes) -> None:
    """Write to a temporary file beside ``path``, then rename it into place (atomic on POSIX).

    The old file stays as it was when anything fails, and no temporary file is left; the temporary
    files an earlier, killed run left beside ``path`` are removed first (only this tool's own)."""
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(path.parent, path.name)
        write_new(path.parent, path.name, data)
    except OSError as err:
        reason = (err.strerror or str(err)).lower()
        raise OutputError(f"cannot write {path}: {reason}") from None

