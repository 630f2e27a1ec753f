"""The site's folder: ours by a marker file, its pages listed in a manifest written last.

What a reader of the folder sees while a run writes it: every page is written whole (a temporary
file renamed into place), the pages first and `index.html` after them, then the manifest; pages
no longer part of the site are removed only after that. A run killed half-way leaves every page
whole and every link of the index resolving (to the previous or the new version of a page), and
the next run finds those pages' inputs unlike the manifest's and writes them again.

The tool never deletes or overwrites what it did not write: it writes only into a folder that is
missing, empty, or marked as a crosscheck site, and deletes only pages its manifest lists.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

from crosscheck.claims.corpus import CorpusError

MARKER = ".crosscheck-site"
MANIFEST = ".crosscheck-site.json"
MARK = "crosscheck report site: written and kept by `crosscheck report`; delete the folder to start afresh\n"
VERSION = 1
LEGACY_SIGNS = ("<title>crosscheck report</title>", "Written by crosscheck.")


class SiteFolder:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.manifest = {"version": VERSION, "pages": {}, "rows": {}}

    def claim(self) -> None:
        """Make sure the folder is ours to write, and mark it so; refuse anyone else's."""
        path = self.path
        if path.exists() and not path.is_dir():
            raise CorpusError(f"{path} is a file, not a folder: give --output a folder for the site "
                              f"(or a name ending in .html for one page)")
        if path.is_dir() and not (path / MARKER).is_file():
            entries = sorted(p.name for p in path.iterdir())
            if entries and not self._legacy(entries):
                shown = ", ".join(entries[:3]) + (", ..." if len(entries) > 3 else "")
                raise CorpusError(f"{path} is not empty ({shown}) and holds no {MARKER}: crosscheck writes its site "
                                  f"only into a new or empty folder, or one it wrote before; choose another "
                                  f"--output, or empty {path} yourself")
        path.mkdir(parents=True, exist_ok=True)
        if not (path / MARKER).is_file():
            write_page(path, MARKER, MARK.encode())
        for folder in (path, path / "articles", path / "keys"):
            remove_stale_temps(folder)
        self.manifest = self._read()

    def _legacy(self, entries: list[str]) -> bool:
        """The one page an earlier version wrote to report/index.html (the old default): ours."""
        if entries != ["index.html"]:
            return False
        try:
            head = (self.path / "index.html").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
        return all(sign in head for sign in LEGACY_SIGNS)

    def _read(self) -> dict:
        try:
            data = json.loads((self.path / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"version": VERSION, "pages": {}, "rows": {}}
        if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("pages"), dict):
            return {"version": VERSION, "pages": {}, "rows": {}}
        data.setdefault("rows", {})
        return data

    def fresh(self, page: str, inputs: str | None) -> bool:
        """Whether ``page`` is on disk as made from ``inputs`` (None: always write it)."""
        return inputs is not None and self.manifest["pages"].get(page) == inputs and (self.path / page).is_file()

    def write(self, page: str, content: str) -> None:
        target = self.path / page
        try:
            write_page(target.parent, target.name, content.encode("utf-8"))
        except FileNotFoundError:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_page(target.parent, target.name, content.encode("utf-8"))

    def finish(self, pages: dict[str, str | None], rows: dict) -> list[str]:
        """Write the manifest (pages -> inputs), then remove the pages of the last run no longer made."""
        old = set(self.manifest["pages"])
        self.manifest = {"version": VERSION, "pages": {p: h for p, h in pages.items()}, "rows": rows}
        write_page(self.path, MANIFEST, json.dumps(self.manifest, separators=(",", ":"), sort_keys=True).encode())
        gone = sorted(old - set(pages))
        for page in gone:
            target = self.path / page
            if not _inside(target, self.path):
                continue
            try:
                os.unlink(target)
            except FileNotFoundError:
                pass
        return gone


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return ".." not in Path(os.path.normpath(path)).parts


# Temporary files carry the tool's mark and the writing process's id (the naming the cache and the
# outputs use): `.<name>.crosscheck-<pid>-<random>.tmp`. A killed run's are removed by the next.
_TEMP = re.compile(r"\..+\.crosscheck-(\d+)-[0-9a-f]{8}\.tmp")


def write_page(folder: Path, name: str, data: bytes) -> None:
    """``folder/name`` written whole: a temporary file beside it, renamed over it (a reader sees the old
    page or the new one). Not flushed to the disk first: a site of 10,000 pages cannot pay an fsync
    each, and a page lost to a power cut is written again by the next run (its manifest entry is
    written after it)."""
    tmp = os.path.join(folder, f".{name}.crosscheck-{os.getpid()}-{os.urandom(4).hex()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)
        os.replace(tmp, os.path.join(folder, name))
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def remove_stale_temps(folder: Path) -> None:
    """Remove the temporary files of this tool's processes that are gone (a killed run's); nothing else."""
    try:
        names = [(e.path, int(m.group(1))) for e in os.scandir(folder) if (m := _TEMP.fullmatch(e.name))]
    except OSError:
        return
    for path, pid in names:
        if pid != os.getpid() and _running(pid):
            continue
        try:
            os.unlink(path)
        except OSError:
            pass


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
