"""The secret that signs the cache's entries, kept outside every corpus.

Entries are pickles, and unpickling runs code: a pull request can commit a `.crosscheck_cache/` with
the right marks, so marks prove nothing about who wrote an entry. Each entry is therefore signed
with HMAC-SHA256 under a key only this user's earlier runs know: it lives in the user's cache
folder (`$XDG_CACHE_HOME/crosscheck/signing-key`, else `~/.cache/...`), or, where there is no usable
home, in a private folder of the temporary directory (`crosscheck-<uid>`, owned by this user, mode
0700, never a symlink). An entry whose signature does not verify is a miss, never unpickled.
"""
from __future__ import annotations

import os
import stat
from functools import lru_cache
from pathlib import Path

from crosscheck.checks.safe_files import read_own, write_new

NAME = "signing-key"
SIZE = 32


def _folders() -> list[Path | None]:
    """Where the key may live, in order; None: the system's temporary folder, looked up only when the
    others cannot hold it (its module, with what it imports, was 1% of a warm check)."""
    out: list[Path | None] = []
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        out.append(Path(xdg) / "crosscheck")
    home = os.environ.get("HOME")
    if home and os.path.isabs(home):
        out.append(Path(home) / ".cache" / "crosscheck")
    if hasattr(os, "getuid"):
        out.append(None)
    return out


def _temporary() -> Path:
    import tempfile

    return Path(tempfile.gettempdir()) / f"crosscheck-{os.getuid()}"


def _private(folder: Path) -> bool:
    """The folder exists (made if need be, 0700) as a real folder of this user's that no one else may write."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = os.lstat(folder)
    except OSError:
        return False
    if not stat.S_ISDIR(st.st_mode):
        return False
    if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022):
        return False
    return True


def _create(folder: Path, key: bytes) -> None:
    """Write the key whole under a temporary name, then link it into place: it appears complete, and
    never replaces a key that another run made first (FileExistsError)."""
    tmp = folder / f"{NAME}.{os.getpid()}.{os.urandom(4).hex()}"
    write_new(folder, tmp.name, key, mode=0o600)
    try:
        os.link(tmp, folder / NAME)
    finally:
        os.unlink(tmp)


def signing_key() -> bytes | None:
    """This user's key, made on first use; None when no private place can hold one (no cache then).
    Looked up per environment: a test or a plugin that moves HOME gets the key of that home."""
    return _key_in(tuple(_folders()), os.environ.get("TMPDIR"))


@lru_cache(maxsize=8)
def _key_in(folders: tuple[Path | None, ...], tmpdir: str | None) -> bytes | None:
    # ``tmpdir`` only keys the lru_cache: the temporary folder follows $TMPDIR
    for folder in folders:
        folder = folder or _temporary()
        if not _private(folder):
            continue
        key = read_own(folder / NAME, SIZE + 1)
        if key is not None and len(key) == SIZE:
            return key
        try:
            _create(folder, os.urandom(SIZE))
        except FileExistsError:
            pass  # another run made it first: take the one on disk
        except OSError:
            continue
        key = read_own(folder / NAME, SIZE + 1)
        if key is not None and len(key) == SIZE:
            return key
    return None
