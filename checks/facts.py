"""Stage 3, per-article facts: what one fixture contributes to a check, in plain data (its own
findings, and the few facts the rules across articles need), made by reading it the full way, in
``--jobs`` processes; and the light article the rules across articles read, made from the facts."""
from __future__ import annotations

import operator
import os
import pickle
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from sys import intern
from types import SimpleNamespace

from crosscheck.checks import records, view_blobs
from crosscheck.checks.cache import Cache, digest
from crosscheck.checks.finding import Finding
from crosscheck.checks.signatures import stat_sig
from crosscheck.claims.corpus import FixturePaths
from crosscheck.claims.toml_lines import LineIndex
from crosscheck.claims.toml_read import read_bytes


@dataclass
class Facts:
    """What one fixture contributes to a check, in plain data."""

    name: str  # the cache's name of the fixture: its path relative to the root
    sig: tuple | None  # the fixture's stat_sig, None: hash it next time
    fixture_hash: bytes
    probe: str | None  # the article text's path as the loader looks for it (see records.probe_state)
    text_sig: tuple | None
    probe_state: bytes | str
    file: str
    article_id: str
    usable: bool
    schema: tuple[Finding, ...]  # the file-scope rules' findings (its own problems)
    own: tuple[Finding, ...] = ()  # the article's own findings (own-article rules, check_own parts)
    claims: int = 0
    day: date | None = None
    links: tuple[str, ...] = ()
    accepts: tuple[tuple, ...] = ()  # (index in the file, rule, claims, reason)
    lines: dict = field(default_factory=dict)  # line of each path a finding names, read when one needs it
    claim_ids: tuple[str, ...] = ()  # in file order; a tuple unpickles faster than a set, and is asked of few
    left_out: frozenset[str] = frozenset()
    keys: dict[str, bytes] = field(default_factory=dict)  # key -> digest of (published, its claims of that key)
    key_claims: tuple = ()  # key, id, index of the article's first claim of each key, flat: a third of the
    # snapshot's unpickling as a dict of tuples, read only for the articles whose rules run again
    published: object = None  # the article's `published` as written: a day, or a date-time
    title: str | None = None  # the article's title: the report's links to it name it


_FIELDS = operator.attrgetter(*(f.name for f in fields(Facts)))


def packed(facts: Mapping[str, Facts]) -> dict[str, tuple]:
    """Facts as plain tuples for the store: unpickling 10,000 of them is a third faster than as objects."""
    return {name: _FIELDS(f) for name, f in facts.items()}


def packed_bytes(facts: Mapping[str, Facts]) -> bytes:
    """packed(facts) pickled: the snapshot holds them so, pickled apart while the key groups are compared."""
    return pickle.dumps(packed(facts), protocol=pickle.HIGHEST_PROTOCOL)


def unpacked(stored: Mapping[str, tuple] | bytes | list[bytes]) -> dict[str, Facts]:
    """The facts of packed() (a delta's), of packed_bytes() or of a list of them (a snapshot's)."""
    if isinstance(stored, list):
        out: dict[str, Facts] = {}
        for part in stored:
            out.update(unpacked(part))
        return out
    if isinstance(stored, bytes):
        stored = pickle.loads(stored)
    return {name: Facts(*values) for name, values in stored.items()}


def stored_facts(facts: Mapping[str, Facts], packs: list[tuple[list[str], bytes, int]]) -> list[bytes]:
    """The snapshot's facts: the parts the reading processes pickled (``packs``: their fixtures' names,
    packed_bytes and lines) while no line was read into them since, and the others pickled here."""
    parts, done = [], set()
    for part_names, part, lines in packs:
        if sum(len(facts[n].lines) for n in part_names) == lines:
            parts.append(part)
            done.update(part_names)
    return [*parts, packed_bytes({n: f for n, f in facts.items() if n not in done} if done else facts)]


_LINES_READ = [0]  # lines read into the facts (LightArticle.line) in this process: facts pickled before are stale


def lines_read() -> int:
    return _LINES_READ[0]


class _Unread:
    """The claims of an article made from facts: counted (the text report), never read."""

    def __init__(self, count: int):
        self.count = count

    def __len__(self) -> int:
        return self.count

    def __iter__(self):
        raise TypeError("an article made from the snapshot holds no claims: load the corpus (Result.corpus)")


def _fixture(facts: Facts) -> SimpleNamespace:
    accepts = [SimpleNamespace(rule=rule, claims=claims, reason=reason)
               for _, rule, claims, reason in facts.accepts] if facts.accepts else []
    return SimpleNamespace(article=SimpleNamespace(links=list(facts.links), day=facts.day, published=facts.published),
                           accept=accepts)


def _key_claims(facts: Facts) -> dict:
    flat = facts.key_claims
    return dict(zip(flat[::3], zip(flat[1::3], flat[2::3])))


class _Part:
    """A LightArticle's part, made from its facts on first use and kept in the instance (which then
    answers it without this): a __getattr__ cost each first use an AttributeError raised and caught."""

    def __init__(self, make):
        self.make = make

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, article, owner=None):
        if article is None:
            return self
        value = article.__dict__[self.name] = self.make(article.facts)
        return value


class LightArticle:
    """An article as the rules across articles read it, made from its facts: its parts made on first
    use (a key group's rules read only the published day of each of its thousands of members)."""

    fixture = _Part(_fixture)
    key_claims = _Part(_key_claims)
    loaded = _Part(lambda facts: SimpleNamespace(accept_index=tuple(a[0] for a in facts.accepts),
                                                 left_out=facts.left_out))
    by_id = _Part(lambda facts: facts.claim_ids)  # only asked whether a claim id is there
    claims = _Part(lambda facts: _Unread(facts.claims))

    def __init__(self, facts: Facts, root: Path):
        self.id, self.file, self.facts, self._root = facts.article_id, facts.file, facts, root

    def line(self, *path) -> int:
        """Read from the fixture only when a finding needs it: the file is the one the facts were
        made from (its stat signature or hash matched), and few articles have findings."""
        if path not in self.facts.lines:
            self.facts.lines[path] = _line_index(self._root / self.facts.name).line(path)
            _LINES_READ[0] += 1
        return self.facts.lines[path]


class LazyArticles(Mapping):
    """Article id -> its LightArticle, made on first look-up (a warm check reads few of 10,000)."""

    def __init__(self, winners: dict[str, Facts], root: Path):
        self._facts, self._root, self._made = winners, root, {}

    def __getitem__(self, article_id: str) -> LightArticle:
        made = self._made.get(article_id)
        if made is None:
            made = self._made[article_id] = LightArticle(self._facts[article_id], self._root)
        return made

    def get(self, article_id, default=None):
        return self[article_id] if article_id in self._facts else default

    def __contains__(self, article_id) -> bool:
        return article_id in self._facts

    def __iter__(self):
        return iter(self._facts)

    def __len__(self) -> int:
        return len(self._facts)


def _line_index(path: Path) -> LineIndex:
    try:
        return LineIndex(read_bytes(path).decode("utf-8"))
    except (OSError, UnicodeDecodeError):
        return LineIndex("")


def cross_rules(settings=None):
    """The article rules that read other articles: (rule, whether only its check_cross part is re-run)."""
    return list(records.rules_by_scope(settings)[2])


def make_facts(path: Path | str, name: str, root: Path, settings, now: float, keep: Cache | None = None) -> tuple[Facts, dict]:
    """Read one fixture the full way: its facts, and its claim views by key (pickled: a few hundred
    bytes a claim rather than a few kilobytes of objects, until its group is checked). ``keep``: the
    cache that also keeps the full record, for a caller that will load the corpus next (the drafter)."""
    sig = stat_sig(path, now)  # before reading: a change while reading is seen next time
    read = records.read_full(path, root, settings)
    if keep is not None:
        keep.write(name, read.entry())
    loaded, view = read.loaded, read.view
    # the path as signatures.still_valid spells it; the loader's lstat of the text it read, when that
    # is the probe (taken before reading, as the fixture's: a change after it is seen next time)
    text_sig = stat_sig(f"{root}{os.sep}{read.probe}", now,
                        loaded.text_stat if loaded.text_file == read.probe else None) \
        if read.probe and isinstance(read.probe_state, bytes) else None
    file_rules, _, other_rules = records.rules_by_scope(settings)
    schema = tuple(Finding.of(r, h) for r in file_rules for h in r().check(loaded))
    facts = Facts(name, sig, read.fixture_hash, read.probe, text_sig, read.probe_state, loaded.file,
                  loaded.article_id, view is not None, schema)
    if view is not None:
        fixture = loaded.fixture
        own = [f for found in read.findings.values() for f in found]
        own += [Finding.of(r, h) for r, split in other_rules if split for h in r().check_own(view)]
        by_key: dict[str, list] = {}
        for claim in view.claims:
            if claim.claim.key:
                by_key.setdefault(claim.claim.key, []).append(claim)
        facts.own, facts.claims, facts.day = tuple(own), len(view.claims), fixture.article.day
        facts.published = fixture.article.published
        # the first claim of each key, as ArticleView.key_claims gives it: the groups' first views
        facts.key_claims = tuple([x for key, views in by_key.items() for x in (key, views[0].claim.id, views[0].index)])
        facts.title = fixture.article.title
        facts.links = tuple(fixture.article.links)
        facts.accepts = tuple((i, a.rule, tuple(a.claims), a.reason) for i, a in zip(loaded.accept_index, fixture.accept))
        facts.claim_ids = tuple([c.claim.id for c in view.claims])
        facts.left_out = loaded.left_out
        blobs = {k: view_blobs.dumps(views) for k, views in by_key.items()}
        # the publication date-time orders running totals within a day: a change of it re-checks the group
        stamp = facts.published.isoformat().encode()
        facts.keys = {k: digest(stamp + blob)[:8] for k, blob in blobs.items()}
        return facts, blobs
    return facts, {}


def _make_many(args) -> list[tuple[Facts, dict]] | tuple[list[str], bytes, list[dict]]:
    # The full per-fixture records are written here only for `draft --root` (``keep``): one file per
    # fixture costs a check more than all its rules (file creation); a caller that loads the corpus
    # otherwise writes them on its first load (records.read_entries), each checked by its hash.
    # ``ship``: in a worker process, the facts are sent back as the snapshot holds them (packed_bytes,
    # which the parent unpacks and keeps for the snapshot): pickling Facts objects, unpickling them, and
    # packing and pickling them again in the parent cost it twice as much, and pickling them was serial
    paths, names, root, settings, now, keep, ship = args
    store = Cache(root) if keep else None
    made = [make_facts(path, name, root, settings, now, store) for path, name in zip(paths, names)]
    for f, _ in made:
        _settle(f)
    if not ship:
        return made
    return names, packed_bytes({f.name: f for f, _ in made}), [by_key for _, by_key in made]


# One object per equal value, pickled once in each part of the snapshot (a worker's chunk) rather than once
# per fixture: the strings (keys, claim ids) interned, each line path and day through this table (a date of
# its own for each fixture was a tenth of the snapshot's pickling).
_SHARED: dict = {}


def _shared(value):
    return _SHARED.setdefault(value, value)


def make_many(todo, paths, names, root, settings, now, jobs, facts, views, keep: bool = False,
              packs: list | None = None) -> None:
    """The facts and views of the fixtures ``todo`` (indexes into paths and names) into ``facts`` and
    ``views``; ``keep``: their full records also written to the cache at ``root``. ``packs``: where the
    facts made in other processes go as they were sent, (their names, packed_bytes, lines), for stored_facts."""
    if not todo:
        return
    jobs = max(1, jobs or os.cpu_count() or 1)
    # each path as text, read as text: a Path pickled to a worker was rebuilt there
    # part by part (half as slow again as making it from its text), and a corpus's 10,000 Paths made
    # here were a serial 20 ms before the workers could start
    base, lazy = str(root), isinstance(paths, FixturePaths)
    todo_paths = [os.path.join(base, names[i]) if lazy else str(paths[i]) for i in todo]
    todo_names = [names[i] for i in todo]
    if jobs > 1 and len(todo) >= records.PARALLEL_FROM:
        from concurrent.futures import ProcessPoolExecutor

        # chunks that shrink with the work left (an eighth of a job's share of it, down to 20 fixtures):
        # the last one a worker takes ends soon after the other's (64 equal chunks left one worker idle
        # for up to a chunk, 60 ms at the median on the 10k bench); each is taken in as it comes
        chunks, start = [], 0
        while start < len(todo):
            size = max(20, (len(todo) - start) // (jobs * 8))
            chunks.append((todo_paths[start:start + size], todo_names[start:start + size], root, settings, now, keep,
                           True))
            start += size
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for made_names, part, by_keys in pool.map(_make_many, chunks):
                made = unpacked(part)
                facts.update(made)
                views.update(zip(made_names, by_keys))
                if packs is not None:
                    packs.append((made_names, part, sum(len(f.lines) for f in made.values())))
    else:
        for f, by_key in _make_many((todo_paths, todo_names, root, settings, now, keep, False)):
            facts[f.name], views[f.name] = f, by_key


def _settle(f: Facts) -> None:
    f.keys = dict(zip(map(intern, f.keys), f.keys.values()))
    flat = list(f.key_claims)  # key, claim id, index, ...
    flat[0::3], flat[1::3] = map(intern, flat[0::3]), map(intern, flat[1::3])
    f.key_claims = tuple(flat)
    f.lines = {_shared(p): line for p, line in f.lines.items()}
    f.claim_ids = tuple(map(intern, f.claim_ids))
    f.day = _shared(f.day)
    if type(f.published) is date:  # (a date-time equals another of another zone: kept as it is)
        f.published = _shared(f.published)
