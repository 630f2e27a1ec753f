"""`crosscheck init`: a newsroom's corpus repository, ready for `git init` and a push.

The files are templates beside this module (package data). A file already there is never written
over, not even with ``force``: ``force`` only lets init write into a folder that is not empty.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path
from string import Template

from crosscheck.claims.corpus import CorpusError
from crosscheck.claims.schema import SCHEMA_PATH

DIST = "crosscheck-news"
TEMPLATES = Path(__file__).parent / "templates"
EXAMPLE = "morocco-quake-2023-09-11"
# Where CI installs crosscheck from when this one was installed from a local folder.
PLACEHOLDER = "crosscheck-news @ git+https://github.com/YOUR-ORG/crosscheck@v{version}"

# what is written -> its template
FILES = {
    "README.md": "README.md",
    "pyproject.toml": "pyproject.toml",
    ".gitignore": "gitignore",
    ".pre-commit-config.yaml": "pre-commit-config.yaml",
    ".github/workflows/crosscheck.yml": "crosscheck.yml",
    f"fixtures/{EXAMPLE}.toml": "example.toml",
    f"seeds/{EXAMPLE}.txt": "example.txt",
    "claims/claims.schema.json": None,  # the installed tool's schema, for TOML editors
}


@dataclass(frozen=True)
class Written:
    path: str
    kept: bool  # already there: left as it was


def version() -> str:
    try:
        return distribution(DIST).version
    except PackageNotFoundError:  # pragma: no cover - run from a source tree that was never installed
        return "0.0.0"


def installed_requirement() -> str:
    """The pip requirement that installs this crosscheck as it was installed: its git URL and commit,
    its local folder, or (from a package index) its version."""
    try:
        text = distribution(DIST).read_text("direct_url.json")
    except PackageNotFoundError:  # pragma: no cover
        text = None
    if text:
        data = json.loads(text)
        vcs = data.get("vcs_info")
        if vcs:
            return f"{DIST} @ {vcs['vcs']}+{data['url']}@{vcs.get('commit_id') or vcs.get('requested_revision')}"
        if data.get("url"):
            return f"{DIST} @ {data['url']}"
    return f"{DIST}=={version()}"


def requirement_of(source: str) -> str:
    """``--source``: a folder, a URL pip reads, or a whole requirement."""
    if source.startswith(DIST):
        return source
    path = Path(source).expanduser()
    if path.exists():
        return f"{DIST} @ {path.resolve().as_uri()}"
    return f"{DIST} @ {source}"


def render(template: str, requirement: str, name: str) -> str:
    ci = requirement if "file:" not in requirement else PLACEHOLDER.format(version=version())
    values = {"name": name, "version": version(), "example": EXAMPLE,
              "requirement": ci if template == "crosscheck.yml" else requirement}
    return Template((TEMPLATES / template).read_text(encoding="utf-8")).safe_substitute(values)


def project_name(folder: Path) -> str:
    name = re.sub(r"[^a-z0-9]+", "-", folder.resolve().name.lower()).strip("-")
    return name or "newsroom-corpus"


def init(folder: Path, *, force: bool = False, source: str | None = None) -> list[Written]:
    """Write the scaffold into ``folder`` (made if missing). CorpusError for a folder that is not empty
    (unless ``force``) or a path that is not a folder."""
    if folder.exists() and not folder.is_dir():
        raise CorpusError(f"{folder} is not a folder")
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise CorpusError(f"{folder} is not empty: crosscheck init sets up a new corpus repository there "
                          f"(--force writes into it all the same, never over a file that is there)")
    requirement = requirement_of(source) if source else installed_requirement()
    name = project_name(folder)
    # a corpus that has articles gets no example among them
    has_articles = (folder / "fixtures").is_dir() and any((folder / "fixtures").rglob("*.toml"))
    written = []
    for target, template in FILES.items():
        path = folder / target
        if template and template.startswith("example.") and has_articles:
            continue
        if path.exists() or path.is_symlink():
            written.append(Written(target, kept=True))
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        text = SCHEMA_PATH.read_text(encoding="utf-8") if template is None else render(template, requirement, name)
        with open(path, "x", encoding="utf-8", newline="\n") as handle:  # "x": never over a file
            handle.write(text)
        written.append(Written(target, kept=False))
    return written
