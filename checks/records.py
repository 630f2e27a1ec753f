"""Reading a corpus through records: what one fixture yields, small enough to cache and to ship
between processes.

A :class:`Record` holds a fixture's problems, a light copy of its fixture (plain attribute bags,
no pydantic models), each claim's reading and line, and the findings of the rules marked
``own_article_only``. The corpus every other rule sees is assembled from records, whether they
come from the cache, from worker processes or were made just now, so a cold, a warm and a
``--no-cache`` run check the very same objects. What a record leaves out (the article text, the
line index of every key) is read back from the fixture on first use (the HTML report, a line
for a finding).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from crosscheck.checks.cache import Cache, digest
from crosscheck.checks.finding import Finding
from crosscheck.checks.rule import REGISTRY, Rule
from crosscheck.checks.rules import all_rules
from crosscheck.claims.corpus import ArticleView, ClaimView, Corpus, article_view
from crosscheck.claims.loader import Loaded, Problem, load_fixture, text_path
from crosscheck.claims.settings import Settings
from crosscheck.claims.toml_read import read_bytes

PARALLEL_FROM = 300  # fewer files to read than this: one process (forking costs more than it saves)


_SORTED: list = [None, -1, None]  # settings, rules registered, its rules: sorted once, not for every fixture


def rules_by_scope(settings: Settings | None) -> tuple[tuple, tuple, tuple]:
    """The rules ``settings`` leaves on: (file scope, own article only, other article rules with
    whether only their check_cross part is re-run across articles)."""
    if _SORTED[0] is not settings or _SORTED[1] != len(REGISTRY):
        rules = all_rules(settings)
        _SORTED[:] = settings, len(REGISTRY), (
            tuple(r for r in rules if r.scope == "file"),
            tuple(r for r in rules if r.scope == "article" and r.own_article_only),
            tuple((r, hasattr(r, "check_cross")) for r in rules if r.scope == "article" and not r.own_article_only))
    return _SORTED[2]


def own_article_rules(settings: Settings | None = None) -> list[type[Rule]]:
    return list(rules_by_scope(settings)[1])


def own_article_findings(article: ArticleView, settings: Settings | None = None) -> dict[str, list[Finding]]:
    """The findings of the rules that read nothing but the article itself (and are not disabled), by rule id."""
    return {r.id: [Finding.of(r, h) for h in r().check(article, None)] for r in rules_by_scope(settings)[1]}


@dataclass
class Record:
    file: str
    article_id: str
    problems: list[Problem]
    text_file: str | None
    fixture: SimpleNamespace | None  # light copy of the model, None when the file did not validate
    claim_index: tuple[int, ...] = ()
    accept_index: tuple[int, ...] = ()
    left_out: frozenset[str] = frozenset()
    claims: list[tuple] = field(default_factory=list)  # (index, light claim, reading, line)
    findings: dict[str, list[Finding]] = field(default_factory=dict)  # own-article rule id -> findings


@dataclass
class Entry:
    """A record with what it was made from: the fixture's hash and its text's state."""

    fixture_hash: bytes
    probe: str | None  # the article text's path relative to the root, or None (no text looked for)
    probe_state: bytes | str
    record: Record


def _light(model) -> SimpleNamespace:
    return SimpleNamespace(**model.__dict__)


def light_fixture(fixture) -> SimpleNamespace:
    article = _light(fixture.article)
    article.day = fixture.article.day
    return SimpleNamespace(schema_version=fixture.schema_version, article=article,
                           claim=[_light(c) for c in fixture.claim], accept=[_light(a) for a in fixture.accept])


def probe_state(root: Path, relative: str | None) -> bytes | str:
    """The state of an article text as the loader would meet it: its content's hash, or why none
    (each reason the loader tells apart is a state of its own: absent, refused, unreadable)."""
    if relative is None:
        return "none"
    try:
        path = text_path(root, relative)
        if path is None:
            return "outside"
        return digest(read_bytes(path))
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return "absent"
    except OSError as err:
        return f"unreadable: {err.strerror}"
    except (RuntimeError, ValueError) as err:
        return f"unresolvable: {err}"


def make_entry(path: Path, root: Path, settings: Settings) -> Entry:
    """Read one fixture the full way (load, validate, read claims, run own-article rules)."""
    return read_full(path, root, settings).entry()


@dataclass
class FullRead:
    """One fixture read the full way, its models as validated: a check needs no light copies of them
    (they were 4% of its per-fixture work), only an entry that is cached does."""

    fixture_hash: bytes
    loaded: Loaded
    view: ArticleView | None  # None when the article is not checked
    findings: dict[str, list[Finding]]  # own-article rule id -> findings
    probe: str | None
    probe_state: bytes | str

    def entry(self) -> Entry:
        """The entry to cache: the record holds light copies of the fixture and of its claims."""
        loaded = self.loaded
        fixture = loaded.fixture
        record = Record(loaded.file, loaded.article_id, list(loaded.problems), loaded.text_file,
                        None if fixture is None else light_fixture(fixture), loaded.claim_index,
                        loaded.accept_index, loaded.left_out)
        if self.view is not None:
            record.claims = [(v.index, light, v.reading, v.line) for v, light in zip(self.view.claims,
                                                                                    record.fixture.claim)]
            record.findings = self.findings
        return Entry(self.fixture_hash, self.probe, self.probe_state, record)


def read_full(path: Path | str, root: Path, settings: Settings) -> FullRead:
    """Load, validate, read the claims and run the own-article rules of one fixture."""
    try:
        raw = read_bytes(path)  # a regular file under the size cap, else the loader says why not
    except OSError:
        raw = None
    fixture_hash = b"" if raw is None else digest(raw)
    loaded = load_fixture(path, root, raw)
    fixture = loaded.fixture
    probe = view = None
    findings: dict[str, list[Finding]] = {}
    if fixture is not None:
        probe = fixture.article.text if fixture.article.text is not None else f"seeds/{fixture.article.id}.txt"
        if loaded.usable:
            view = article_view(loaded, settings)
            findings = own_article_findings(view, settings)
    # the text the loader read is the one the probe names: hashed from its bytes, not read again
    state = digest(loaded.text_bytes) if loaded.text_bytes is not None and loaded.text_file == probe \
        else probe_state(root, probe)
    return FullRead(fixture_hash, loaded, view, findings, probe, state)


class RecordLoaded:
    """A fixture as its record holds it; the text and full line index are read back on first use."""

    def __init__(self, record: Record, path: Path, root: Path):
        self.file, self.article_id, self.fixture = record.file, record.article_id, record.fixture
        self.problems = list(record.problems)
        self.text_file = record.text_file
        self.claim_index, self.accept_index, self.left_out = record.claim_index, record.accept_index, record.left_out
        self._path, self._root, self._full, self._text = path, root, None, None

    def _load(self) -> Loaded:
        if self._full is None:
            self._full = load_fixture(self._path, self._root)
        return self._full

    usable = Loaded.usable  # the loader's own test, on this record's fixture and problems

    @property
    def lines(self):
        return self._load().lines

    @property
    def text(self) -> str | None:
        """The article text, read as the loader reads it (the record says where, and that it was
        readable): parsing the fixture again only for its text cost the report more than its pages."""
        if self.text_file is None:
            return None
        if self._text is None:
            try:
                with open(text_path(self._root, self.text_file), encoding="utf-8") as handle:  # as the loader
                    self._text = handle.read()
            except (OSError, TypeError, UnicodeDecodeError):  # changed since the record: the loader's word
                self._text = self._load().text
        return self._text


def _make_entries(args) -> list[Entry]:
    paths, root, settings, cache_root = args
    cache = Cache(cache_root) if cache_root is not None else None
    out = []
    for path in paths:
        entry = make_entry(path, root, settings)
        if cache is not None:
            cache.write(name_of(path, root), entry)
        out.append(entry)
    return out


def name_of(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def read_entries(paths: list[Path], root: Path, settings: Settings, *, use_cache: bool = True,
                 jobs: int | None = None, whole_corpus: bool = True) -> list[Entry]:
    """An entry per path, in order: from the cache when its fixture and text are unchanged, else made
    (in ``jobs`` processes when there are many to make)."""
    cache = Cache(root) if use_cache else None
    entries: list[Entry | None] = [None] * len(paths)
    missing: list[int] = []
    for i, path in enumerate(paths):
        entry = cache.read(name_of(path, root)) if cache else None
        if entry is not None and _still_valid(entry, path, root):
            entries[i] = entry
        else:
            missing.append(i)
    jobs = max(1, jobs or os.cpu_count() or 1)
    todo = [paths[i] for i in missing]
    cache_root = root if cache else None
    if cache and todo:
        cache.prepare()  # before any worker starts, so they do not race to create it
    if jobs > 1 and len(todo) >= PARALLEL_FROM:
        from concurrent.futures import ProcessPoolExecutor

        size = max(20, len(todo) // (jobs * 8))
        chunks = [todo[k:k + size] for k in range(0, len(todo), size)]
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            made = [e for chunk in pool.map(_make_entries, [(c, root, settings, cache_root) for c in chunks]) for e in chunk]
    else:
        made = _make_entries((todo, root, settings, cache_root))
    for i, entry in zip(missing, made):
        entries[i] = entry
    if cache and whole_corpus:
        cache.prune(name_of(p, root) for p in paths)
    return entries


def _still_valid(entry: Entry, path: Path, root: Path) -> bool:
    try:
        if digest(read_bytes(path)) != entry.fixture_hash:
            return False
    except OSError:
        return False
    return probe_state(root, entry.probe) == entry.probe_state


def assemble(root: Path, settings: Settings, paths: list[Path], entries: list[Entry]) -> tuple[Corpus, dict]:
    """The corpus as the engine checks it, and the cached own-article findings by article id."""
    files: list[RecordLoaded] = []
    articles: dict[str, ArticleView] = {}
    findings: dict[str, dict[str, list[Finding]]] = {}
    for path, entry in zip(paths, entries):
        record = entry.record
        loaded = RecordLoaded(record, path, root)
        files.append(loaded)
        if not loaded.usable:
            continue
        first = articles.get(loaded.article_id)
        if first is not None:
            line = loaded.lines.line(("article", "id"))  # (read again for a duplicate only)
            loaded.problems.append(duplicate_problem(loaded.file, line, loaded.article_id, first.file))
            continue
        view = ArticleView(loaded)
        view.claims = [ClaimView(loaded.article_id, index, claim, reading, loaded.file, line)
                       for index, claim, reading, line in record.claims]
        articles[loaded.article_id] = view
        findings[loaded.article_id] = record.findings
    return Corpus(root, settings, files, articles), findings


def duplicate_problem(file: str, line: int, article_id: str, first_file: str) -> Problem:
    """A second fixture with an article id already read: not checked, reported where its id is."""
    return Problem(file, line, "article.id", f"article id '{article_id}' is already used by {first_file}")
