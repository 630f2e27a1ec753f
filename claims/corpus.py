"""A corpus: every fixture under ``fixtures/``, each read once, with its claims normalized.

The CLI and the pytest session both load one :class:`Corpus` and share it with every rule.
"""
from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from crosscheck.claims.loader import Loaded, Problem, load_fixture
from crosscheck.claims.model import Fixture
from crosscheck.claims.normalize import Reading, read_claims
from crosscheck.claims.settings import Settings, load_settings
from crosscheck.claims.similar_keys import KeyIndex
from crosscheck.claims.text import fold


class CorpusError(Exception):
    """The run itself cannot be done (no fixtures folder): exit status 2, not a finding."""


@dataclass(unsafe_hash=True)  # read-only by convention, not frozen (as Reading: made for every claim)
class ClaimView:
    article: str
    index: int
    claim: object  # one of the claim models
    reading: Reading
    file: str
    line: int

    @property
    def id(self) -> str:
        return self.claim.id

    @property
    def ref(self) -> str:
        return f"{self.article}:{self.claim.id}"


@dataclass
class ArticleView:
    loaded: Loaded
    claims: list[ClaimView] = field(default_factory=list)

    @property
    def fixture(self) -> Fixture:
        return self.loaded.fixture

    @property
    def id(self) -> str:
        return self.loaded.fixture.article.id

    @property
    def file(self) -> str:
        return self.loaded.file

    @property
    def text(self) -> str | None:
        return self.loaded.text

    def line(self, *path) -> int:
        return self.loaded.lines.line(path)

    @cached_property
    def folded(self) -> tuple[str, str | None]:
        """Title and text in the form quotes are compared in, folded once per article."""
        return fold(self.fixture.article.title), None if self.text is None else fold(self.text)

    @cached_property
    def key_claims(self) -> dict[str, tuple[str, int]]:
        """Each key the article states -> (id, index in the file) of its first claim of that key."""
        out: dict[str, tuple[str, int]] = {}
        for view in self.claims:
            if view.claim.key:
                out.setdefault(view.claim.key, (view.id, view.index))
        return out

    @cached_property
    def by_id(self) -> dict[str, ClaimView]:
        """The first claim of each id (a second one is a `duplicate-id` finding)."""
        out: dict[str, ClaimView] = {}
        for view in self.claims:
            out.setdefault(view.id, view)
        return out


@dataclass
class Corpus:
    root: Path
    settings: Settings
    files: list[Loaded]  # every fixture, valid or not, in path order
    articles: dict[str, ArticleView]  # the valid ones, by id

    @property
    def problems(self) -> list[Problem]:
        return [p for loaded in self.files for p in loaded.problems]

    @cached_property
    def broken(self) -> dict[str, str]:
        """Article id -> fixture file, for the fixtures on file that could not be read or validated."""
        return {f.article_id: f.file for f in self.files if f.article_id not in self.articles}

    @cached_property
    def by_key(self) -> dict[str, list[ClaimView]]:
        """Claims grouped by `key`, once: cross-report work compares within a group only."""
        groups: dict[str, list[ClaimView]] = defaultdict(list)
        for article in self.articles.values():
            for view in article.claims:
                if view.claim.key:
                    groups[view.claim.key].append(view)
        return dict(groups)

    @cached_property
    def key_index(self) -> KeyIndex:
        """Every key with the articles that state it (`similar-key` looks keys up in it)."""
        return KeyIndex({key: {v.article for v in views} for key, views in self.by_key.items()})

    @property
    def claim_count(self) -> int:
        return sum(len(a.claims) for a in self.articles.values())


def fixture_paths(root: Path) -> "FixturePaths":
    """Every ``*.toml`` under ``root/fixtures``, in path order. As ``Path.rglob`` finds them (folders
    linked by a symlink are not entered), with one ``scandir`` per folder: half the time at 10,000 files."""
    base = root / "fixtures"
    found: list[tuple[str, ...]] = []

    def walk(folder: str, parts: tuple[str, ...]) -> None:
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError:
            return
        for entry in entries:
            if entry.name.endswith(".toml"):
                found.append((*parts, entry.name))
            try:
                inside = entry.is_dir() and not entry.is_symlink()
            except OSError:
                inside = False
            if inside:
                walk(entry.path, (*parts, entry.name))

    walk(str(base), ())
    found.sort(key=lambda parts: [os.path.normcase(part) for part in parts])  # how paths compare
    return FixturePaths(root, ["/".join(("fixtures", *parts)) for parts in found])


class FixturePaths(Sequence):
    """Every fixture's path, in path order, each Path made only when asked for: a warm check of
    10,000 fixtures stats them by name and reads again only the few that changed."""

    def __init__(self, root: Path, names: list[str]):
        self.root = root
        self.names = names  # relative to the root, with forward slashes: "fixtures/2020/<id>.toml"

    def __len__(self) -> int:
        return len(self.names)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self.root / name for name in self.names[index]]
        return self.root / self.names[index]


def article_view(loaded: Loaded, settings: Settings) -> ArticleView:
    fixture = loaded.fixture
    view = ArticleView(loaded)
    readings = read_claims(fixture.claim, fixture.article, settings)  # all at once: relative_to chains
    article_id, file = fixture.article.id, loaded.file  # (looked up once, not per claim)
    lines = loaded.lines.entry_lines("claim", loaded.claim_index)
    view.claims = [ClaimView(article_id, index, claim, reading, file, line)
                   for index, claim, reading, line in zip(loaded.claim_index, fixture.claim, readings, lines)]
    return view


def load_corpus(root: Path | str, paths: list[Path] | None = None) -> Corpus:
    """Load every fixture of the corpus at ``root`` (or only ``paths``), each file once."""
    root = Path(root)
    if paths is None:
        if not (root / "fixtures").is_dir():
            raise CorpusError(f"no corpus at {root}: there is no fixtures/ folder")
        paths = fixture_paths(root)
    settings = load_settings(root)
    files = [load_fixture(path, root) for path in paths]
    articles: dict[str, ArticleView] = {}
    for loaded in files:
        if not loaded.usable:
            continue
        first = articles.get(loaded.article_id)
        if first is not None:
            loaded.problems.append(
                Problem(
                    loaded.file,
                    loaded.lines.line(("article", "id")),
                    "article.id",
                    f"article id '{loaded.article_id}' is already used by {first.file}",
                )
            )
            continue
        articles[loaded.article_id] = article_view(loaded, settings)
    return Corpus(root, settings, files, articles)
