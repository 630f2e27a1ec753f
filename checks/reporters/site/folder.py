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
from pathlib import Path

from crosscheck.checks.reporters.output import OutputError
from crosscheck.checks.safe_files import has_marker, is_real_dir, read_own, remove_stale_temps, write_new
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
        if path.is_symlink():
            raise CorpusError(f"{path} is a symbolic link: crosscheck writes its site only into a real folder")
        if path.exists() and not path.is_dir():
            raise CorpusError(f"{path} is a file, not a folder: give --output a folder for the site "
                              f"(or a name ending in .html for one page)")
        if path.is_dir() and not has_marker(path, MARKER, MARK.encode()):
            entries = sorted(p.name for p in path.iterdir())
            if entries and not self._legacy(entries):
                shown = ", ".join(entries[:3]) + (", ..." if len(entries) > 3 else "")
                raise CorpusError(f"{path} is not empty ({shown}) and holds no {MARKER}: crosscheck writes its site "
                                  f"only into a new or empty folder, or one it wrote before; choose another "
                                  f"--output, or empty {path} yourself")
        try:
            path.mkdir(parents=True, exist_ok=True)
            if not has_marker(path, MARKER, MARK.encode()):
                write_new(path, MARKER, MARK.encode(), fsync=False)
            for folder in (path / "articles", path / "keys"):
                if folder.is_symlink() or (folder.exists() and not is_real_dir(folder)):
                    raise CorpusError(f"{folder} is not a real folder: crosscheck does not write through it")
        except OSError as err:
            raise OutputError(f"cannot write {path}: {(err.strerror or str(err)).lower()}") from None
        for folder in (path, path / "articles", path / "keys"):
            remove_stale_temps(folder, None)  # a killed run's, and only the tool's own
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
        raw = read_own(self.path / MANIFEST)
        try:
            data = json.loads(raw.decode("utf-8")) if raw is not None else None
        except ValueError:
            data = None
        if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("pages"), dict) \
                or not isinstance(data.get("rows", {}), dict):
            return {"version": VERSION, "pages": {}, "rows": {}}
        data.setdefault("rows", {})
        return data

    def fresh(self, page: str, inputs: str | None) -> bool:
        """Whether ``page`` is on disk as made from ``inputs`` (None: always write it)."""
        return inputs is not None and self.manifest["pages"].get(page) == inputs and (self.path / page).is_file()

    def write(self, page: str, content: str) -> None:
        """``page`` written whole (a temporary file renamed over it: a reader sees the old page or the
        new one), not flushed to the disk first: a site of 10,000 pages cannot pay an fsync each, and
        a page a power cut loses is written again by the next run (the manifest is written after it)."""
        target = self.path / page
        data = content.encode("utf-8")
        try:
            try:
                write_new(target.parent, target.name, data, fsync=False)
            except FileNotFoundError:
                target.parent.mkdir(parents=True, exist_ok=True)
                write_new(target.parent, target.name, data, fsync=False)
        except OSError as err:
            raise OutputError(f"cannot write {target}: {(err.strerror or str(err)).lower()}") from None

    def finish(self, pages: dict[str, str | None], rows: dict) -> list[str]:
        """Write the manifest (pages -> inputs), then remove the pages of the last run no longer made."""
        old = set(self.manifest["pages"])
        self.manifest = {"version": VERSION, "pages": {p: h for p, h in pages.items()}, "rows": rows}
        self.write(MANIFEST, json.dumps(self.manifest, separators=(",", ":"), sort_keys=True))
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

