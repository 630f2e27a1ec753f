"""The warm path: one snapshot of the whole corpus in the cache, so that a re-check after editing one
fixture reads one file, stats the others and re-runs only what the edit can change.

The snapshot holds, per fixture (in path order), its :class:`Facts`: the stat signatures and content
hashes of the fixture and its text, its own findings (schema, and the rules that read only their
article), and the few plain facts the rules across articles need (id, day, links, accepts, claim
ids). Per shared `key`, it holds the group's claim views (pickled apart, unpickled only when the
group must be checked again) and the group's findings.

What is trusted and when:
- a fixture whose signature and its text's are as stored: its stored hashes, so its facts (as mypy
  and ruff trust theirs). The signature is everything a `--no-cache` run could see differently: the
  file type from lstat (a symlink is not the file it points to), size, mtime_ns, ctime_ns (which no
  user tool can set back: chmod, `touch -r` and `cp -p` all move it), inode, and whether this user
  may read it; and for a text, that no folder on its path is a symlink. A changed signature with the
  same content hash only refreshes the signature. A signature taken within a second of the run is
  not stored (the file could change again within the clock's tick, as git's "racy clean" entries):
  it is hashed next time.
- a key group: its stored findings, unless an article whose contribution to it (its claims of that
  key and its day, by digest) changed, appeared or left, or an article joined or left the valid
  ones (a duplicate id); then the group is checked again, over every member.
- the links, `[[accept]]` references, duplicate ids and the accepts themselves are re-run every time
  over the facts: dict look-ups, a few milliseconds for 10,000 articles.
The rules themselves run, never a copy of their logic: on light articles made from the facts.
"""
from __future__ import annotations

import os
import pickle
import stat
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import SimpleNamespace

from crosscheck.checks.accepts import apply_accepts
from crosscheck.checks.cache import BUCKETS, DELTA, GROUPS, SNAPSHOT, Cache, digest
from crosscheck.checks.finding import Finding
from crosscheck.checks.result import Result, order, shared_keys_of
from crosscheck.checks.rules import all_rules
from crosscheck.claims.corpus import FixturePaths
from crosscheck.claims.toml_lines import LineIndex
from crosscheck.claims.toml_read import read_bytes

RACY_SECONDS = 1.0  # a file modified this recently is hashed again next run, whatever its stat says
DELTA_MAX = 50  # fixtures changed since the snapshot (or 5% of the corpus) before it is written anew


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
    id_line: int
    schema: tuple[Finding, ...]  # the file-scope rules' findings (its own problems)
    own: tuple[Finding, ...] = ()  # the article's own findings (own-article rules, check_own parts)
    claims: int = 0
    day: date | None = None
    links: tuple[str, ...] = ()
    accepts: tuple[tuple, ...] = ()  # (index in the file, rule, claims, reason)
    lines: dict = field(default_factory=dict)  # line of each path the rules across articles name
    claim_ids: frozenset[str] = frozenset()
    left_out: frozenset[str] = frozenset()
    keys: dict[str, bytes] = field(default_factory=dict)  # key -> digest of (day, its claims of that key)


class _Unread:
    """The claims of an article made from facts: counted (the text report), never read."""

    def __init__(self, count: int):
        self.count = count

    def __len__(self) -> int:
        return self.count

    def __iter__(self):
        raise TypeError("an article made from the snapshot holds no claims: load the corpus (Result.corpus)")


class LightArticle:
    """An article as the rules across articles read it, made from its facts."""

    def __init__(self, facts: Facts, root: Path):
        self.id, self.file, self.facts, self._root = facts.article_id, facts.file, facts, root
        accepts = [SimpleNamespace(rule=rule, claims=claims, reason=reason) for _, rule, claims, reason in facts.accepts]
        self.fixture = SimpleNamespace(article=SimpleNamespace(links=list(facts.links), day=facts.day), accept=accepts)
        self.loaded = SimpleNamespace(accept_index=tuple(a[0] for a in facts.accepts), left_out=facts.left_out)
        self.by_id = facts.claim_ids  # only asked whether a claim id is there
        self.claims = _Unread(facts.claims)

    def line(self, *path) -> int:
        """Read from the fixture only when a finding needs it: the file is the one the facts were
        made from (its stat signature or hash matched), and few articles have findings."""
        if path not in self.facts.lines:
            self.facts.lines[path] = _line_index(self._root / self.facts.name).line(path)
        return self.facts.lines[path]


def _line_index(path: Path) -> LineIndex:
    try:
        return LineIndex(read_bytes(path).decode("utf-8"))
    except (OSError, UnicodeDecodeError):
        return LineIndex("")


def cross_rules():
    """The article rules that read other articles: (rule, whether only its check_cross part is re-run)."""
    return [(r, hasattr(r, "check_cross")) for r in all_rules() if r.scope == "article" and not r.own_article_only]


_EUID = os.geteuid()
_GROUPS = frozenset((os.getegid(), *os.getgroups()))


def _readable(st: os.stat_result) -> bool:
    """Whether this user may read the file, by its mode bits (ACLs aside): no system call."""
    if _EUID == 0:
        return True
    if st.st_uid == _EUID:
        return bool(st.st_mode & stat.S_IRUSR)
    return bool(st.st_mode & (stat.S_IRGRP if st.st_gid in _GROUPS else stat.S_IROTH))


def stat_sig(path: Path | str, now: float) -> tuple | None:
    """(file type by lstat, size, mtime_ns, ctime_ns, inode, readable) of a file (of its target when
    it is a symlink, and then the link's own inode and ctime), or None: unknown, or changed within
    RACY_SECONDS of ``now``."""
    try:
        st = link = os.lstat(path)
        kind = stat.S_IFMT(st.st_mode)
        if kind == stat.S_IFLNK:
            st = os.stat(path)
    except OSError:
        return None
    if max(st.st_mtime_ns, st.st_ctime_ns, link.st_ctime_ns) / 1e9 > now - RACY_SECONDS:
        return None
    sig = kind, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, _readable(st)
    return sig if link is st else (*sig, link.st_ino, link.st_ctime_ns)  # a link made anew is another


_PLAIN: dict[str, bool] = {}  # folder (relative to the root) -> no symlink on it, per process and root


def _plain_folders(root: str, relative: str) -> bool:
    """Whether no folder on a text's path is a symlink (a file's own lstat does not see those)."""
    folder, _, _ = relative.rpartition("/")
    if not folder:
        return True
    key = root + "\0" + folder
    plain = _PLAIN.get(key)
    if plain is None:
        parts = folder.split("/")
        plain = not any(os.path.islink(os.path.join(root, *parts[:i])) for i in range(1, len(parts) + 1))
        _PLAIN[key] = plain
    return plain


def make_facts(path: Path, name: str, root: Path, settings, now: float) -> tuple[Facts, dict]:
    """Read one fixture the full way: its facts, and its claim views by key (pickled: a few hundred
    bytes a claim rather than a few kilobytes of objects, until its group is checked)."""
    from crosscheck.checks.records import make_full

    sig = stat_sig(path, now)  # before reading: a change while reading is seen next time
    entry, loaded, view = make_full(path, root, settings)
    text_sig = stat_sig(root / entry.probe, now) if entry.probe and isinstance(entry.probe_state, bytes) else None
    schema = tuple(Finding.of(r, h) for r in all_rules() if r.scope == "file" for h in r().check(loaded))
    facts = Facts(name, sig, entry.fixture_hash, entry.probe, text_sig, entry.probe_state, loaded.file,
                  loaded.article_id, view is not None, entry.record.id_line, schema)
    if view is not None:
        fixture = loaded.fixture
        own = [f for found in entry.record.findings.values() for f in found]
        own += [Finding.of(r, h) for r, split in cross_rules() if split for h in r().check_own(view)]
        by_key: dict[str, list] = {}
        for claim in view.claims:
            if claim.claim.key:
                by_key.setdefault(claim.claim.key, []).append(claim)
        facts.own, facts.claims, facts.day = tuple(own), len(view.claims), fixture.article.day
        facts.links = tuple(fixture.article.links)
        facts.accepts = tuple((i, a.rule, tuple(a.claims), a.reason) for i, a in zip(loaded.accept_index, fixture.accept))
        facts.claim_ids = frozenset(c.claim.id for c in view.claims)
        facts.left_out = loaded.left_out
        blobs = {k: pickle.dumps(views, protocol=pickle.HIGHEST_PROTOCOL) for k, views in by_key.items()}
        facts.keys = {k: digest(facts.day.isoformat().encode() + blob)[:8] for k, blob in blobs.items()}
        return facts, blobs
    return facts, {}


def _make_many(args) -> list[tuple[Facts, dict]]:
    # The full per-fixture records are not written here: one file per fixture costs a check more
    # than all its rules (file creation), and only the HTML report and the pytest plugin read them;
    # they write them on their first load (records.read_entries), each checked by its hash.
    paths, names, root, settings, now = args
    return [make_facts(path, name, root, settings, now) for path, name in zip(paths, names)]


def _still_valid(facts: Facts, path: str, root: str, now: float) -> tuple[Facts | None, bool]:
    """The stored facts when the fixture and its text are unchanged (by stat, else by hash), else None;
    and whether a signature was refreshed (the snapshot must then be written again)."""
    from crosscheck.checks.records import probe_state

    sig = stat_sig(path, now)
    refreshed = False
    if sig is None or sig != facts.sig:
        try:
            if digest(read_bytes(path)) != facts.fixture_hash:  # a regular file, under the size cap
                return None, False
        except OSError:
            return None, False
        facts.sig, refreshed = sig, True
    if facts.probe is None:
        return facts, refreshed
    if isinstance(facts.probe_state, bytes):
        text_sig = stat_sig(root + os.sep + facts.probe, now)  # relative: an absolute one is "outside", no hash
        if text_sig is not None and text_sig == facts.text_sig and _plain_folders(root, facts.probe):
            return facts, refreshed
        facts.text_sig, refreshed = text_sig, True
    return (facts if probe_state(Path(root), facts.probe) == facts.probe_state else None), refreshed


def _names(paths: list[Path], root: Path) -> list[str]:
    """records.name_of of each path, by string slicing when the path is under the root (10,000 at once)."""
    from crosscheck.checks.records import name_of

    prefix = "" if str(root) == "." else os.path.join(str(root), "")
    out = []
    for path in paths:
        text = str(path)
        if text.startswith(prefix) and not os.path.isabs(text[len(prefix):]) and ".." not in text:
            out.append(text[len(prefix):].replace(os.sep, "/"))
        else:
            out.append(name_of(path, root))
    return out


class _Rebuild(Exception):
    """The group views on file do not belong to the snapshot: start again from no snapshot."""


EMPTY = {"version": 2, "id": None, "facts": {}, "winners": frozenset(), "findings": {}, "groups_id": None}


class NoStore:
    """`--no-cache`: a store that holds nothing and keeps nothing. The check takes the same way through,
    every fixture read and every key group compared, with nothing trusted from an earlier run."""

    def read(self, name: str):
        return None

    def write(self, name: str, entry) -> None:
        pass

    def prepare(self) -> bool:
        return False

    def prune(self, names) -> None:
        pass


def check(root: Path, settings, paths: list[Path], jobs: int | None, *, use_cache: bool = True):
    """The findings of the whole corpus at ``root`` through the snapshot (``use_cache`` False: through
    a store that keeps nothing), as a Result whose corpus is loaded on first use."""
    _PLAIN.clear()  # a folder may have become a symlink since the last check of this process
    cache = Cache(root) if use_cache else NoStore()
    stored = cache.read(SNAPSHOT)
    if not (isinstance(stored, dict) and stored.get("version") == EMPTY["version"]):
        stored = EMPTY
    else:
        delta = cache.read(DELTA)
        if isinstance(delta, dict) and delta.get("base") == stored["id"]:  # else another run's, or stale
            kept = {**stored["facts"], **delta["facts"]}
            for name in delta["removed"]:
                kept.pop(name, None)
            stored = {**stored, **{k: delta[k] for k in ("winners", "findings", "groups_id")}, "facts": kept,
                      "pending": set(delta["facts"]) | set(delta["removed"])}
    try:
        return _check(cache, stored, root, settings, paths, jobs)
    except _Rebuild:
        return _check(cache, EMPTY, root, settings, paths, jobs)


def _check(cache: Cache, stored: dict, root: Path, settings, paths: list[Path], jobs: int | None):
    from crosscheck.checks.records import duplicate_problem

    now = time.time()
    old: dict[str, Facts] = stored["facts"]
    lazy = isinstance(paths, FixturePaths)
    names = paths.names if lazy else _names(paths, root)
    facts: dict[str, Facts] = {}
    todo: list[int] = []
    refreshed: list[str] = []
    base = str(root)
    for i, name in enumerate(names):
        kept = old.get(name)
        if kept is not None:
            kept, again = _still_valid(kept, os.path.join(base, name) if lazy else str(paths[i]), base, now)
            if again:
                refreshed.append(name)
        if kept is not None:
            facts[name] = kept
        else:
            todo.append(i)
    views: dict[str, dict] = {}  # name -> key -> views, for the fixtures read now
    if todo:
        cache.prepare()
    _make(todo, paths, names, root, settings, now, jobs, facts, views)

    winners: dict[str, Facts] = {}  # article id -> the first usable fixture of that id
    duplicates: list[tuple[Facts, Facts]] = []
    for name in names:
        f = facts[name]
        if f.usable:
            if f.article_id in winners:
                duplicates.append((f, winners[f.article_id]))
            else:
                winners[f.article_id] = f
    winning = frozenset(f.name for f in winners.values())
    # an unchanged fixture that became valid for checking (its duplicate left): its views are needed
    late = [i for i, n in enumerate(names) if n in winning and n not in views and n not in stored["winners"]]
    _make(late, paths, names, root, settings, now, 1, facts, views)

    articles = {f.article_id: LightArticle(f, root) for f in winners.values()}
    key_findings, groups = _key_findings(cache, stored, old, facts, names, winning, views, articles, settings)
    findings = [f for found in key_findings.values() for f in found]
    for name in names:
        f = facts[name]
        findings += f.schema
        if name in winning:
            findings += f.own
    file_rules = [r for r in all_rules() if r.scope == "file"]
    for f, first in duplicates:
        gone = SimpleNamespace(problems=[duplicate_problem(f.file, f.id_line, f.article_id, first.file)],
                               article_id=f.article_id)
        findings += [Finding.of(r, h) for r in file_rules for h in r().check(gone)]
    corpus = SimpleNamespace(articles=articles, settings=settings,
                             broken={facts[n].article_id: facts[n].file for n in names
                                     if facts[n].article_id not in articles})
    for rule, split in cross_rules():
        for article in articles.values():
            hits = rule().check_cross(article, corpus) if split else rule().check(article, corpus)
            findings += [Finding.of(rule, h) for h in hits]
    findings = apply_accepts(corpus, findings)

    groups_id = stored["groups_id"] if groups is None else groups
    gone = set(old) - set(facts)
    if todo or late or refreshed or gone or groups is not None or stored is EMPTY:
        # the fixtures whose facts differ from the snapshot on file: few, and only they are written
        pending = stored.get("pending", set()) | {names[i] for i in todo + late} | set(refreshed) | gone
        common = {"winners": winning, "findings": key_findings, "groups_id": groups_id}
        if stored is not EMPTY and len(pending) <= max(DELTA_MAX, len(names) // 20):
            cache.write(DELTA, {"base": stored["id"], "facts": {n: facts[n] for n in pending if n in facts},
                                "removed": [n for n in pending if n not in facts], **common})
        else:  # a new snapshot: the delta on file names the old one, and is ignored from now on
            cache.write(SNAPSHOT, {"version": EMPTY["version"], "id": os.urandom(8), "facts": facts, **common})
    if gone or stored is EMPTY:
        cache.prune(names)

    def load():
        from crosscheck.checks.records import assemble, read_entries

        entries = read_entries(paths, root, settings, use_cache=not isinstance(cache, NoStore), jobs=jobs)
        return assemble(root, settings, paths, entries)[0]

    stating: dict[str, list[str]] = {}
    for f in winners.values():
        for key in f.keys:
            stating.setdefault(key, []).append(f.article_id)
    return Result(load, tuple(sorted(findings, key=order)), article_ids=[facts[n].article_id for n in names],
                  claim_count=sum(f.claims for f in winners.values()), articles=articles,
                  files={facts[n].file: facts[n].article_id for n in names}, shared_keys=shared_keys_of(stating))


_SHARED: dict = {}  # one object per equal key string, claim id and line path: pickled once, not per fixture


def _shared(value):
    return _SHARED.setdefault(value, value)


def _make(todo, paths, names, root, settings, now, jobs, facts, views) -> None:
    from crosscheck.checks.records import PARALLEL_FROM

    if not todo:
        return
    jobs = max(1, jobs or os.cpu_count() or 1)
    todo_paths, todo_names = [paths[i] for i in todo], [names[i] for i in todo]
    if jobs > 1 and len(todo) >= PARALLEL_FROM:
        from concurrent.futures import ProcessPoolExecutor

        size = max(20, len(todo) // (jobs * 8))
        chunks = [(todo_paths[k:k + size], todo_names[k:k + size], root, settings, now)
                  for k in range(0, len(todo), size)]
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            made = [m for chunk in pool.map(_make_many, chunks) for m in chunk]
    else:
        made = _make_many((todo_paths, todo_names, root, settings, now))
    for f, by_key in made:
        f.keys = {_shared(k): d for k, d in f.keys.items()}
        f.lines = {_shared(p): line for p, line in f.lines.items()}
        f.claim_ids = frozenset(_shared(c) for c in f.claim_ids)
        facts[f.name], views[f.name] = f, by_key


def _key_findings(cache, stored, old, facts, names, winning, views, articles, settings):
    """The findings of the corpus rules (which compare claims within one key group), by key: stored
    ones for the groups no changed article contributes to, made now for the others. With them, the
    ids of the files of views written (by bucket) when some groups were checked again, else None."""
    was = stored["winners"]
    changed = [n for n in (set(old) | set(facts)) if n in views or (n in was) != (n in winning) or n not in facts]
    dirty: set[str] = set()
    for n in changed:
        before = old[n].keys if n in was and n in old else {}
        after = facts[n].keys if n in winning else {}
        dirty.update(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    found = {k: v for k, v in stored["findings"].items() if k not in dirty}
    if not dirty:
        return found, None
    # the views are kept in BUCKETS files by a hash of the key: only those holding a dirty key are read
    # and written again (an edit under one key does not rewrite the claims of every other key)
    ids = dict(stored["groups_id"] or {})
    buckets: dict[int, dict] = {}
    for b in sorted({bucket(k) for k in dirty}):
        if b in ids:
            on_file = cache.read(f"{GROUPS}{b}")
            if not (isinstance(on_file, dict) and on_file.get("id") == ids[b]):
                raise _Rebuild
            buckets[b] = on_file["views"]  # key -> [(fixture name, its pickled claim views of the key)]
        else:
            buckets[b] = {}
    position = {n: i for i, n in enumerate(names)}
    corpus_rules = [rule for rule in all_rules() if rule.scope == "corpus"]
    leaving: dict[str, list[str]] = {}  # per dirty key, the changed fixtures: their old claims go, new ones come
    coming: dict[str, list[tuple[str, bytes]]] = {}
    for n in changed:
        for key in old[n].keys if n in old else ():
            if key in dirty:
                leaving.setdefault(key, []).append(n)
        if n in winning:
            for key, blob in views[n].items():
                if key in dirty:
                    coming.setdefault(key, []).append((n, blob))
    for key in dirty:
        groups = buckets[bucket(key)]
        members = {n: blob for n, blob in groups.pop(key, ())}
        for n in leaving.get(key, ()):
            members.pop(n, None)
        members.update(coming.get(key, ()))
        if not members:
            found.pop(key, None)
            continue
        ordered = sorted(members.items(), key=lambda item: position[item[0]])
        # one group at a time: only its claims are objects at once
        claim_views = [v for _, blob in ordered for v in pickle.loads(blob)]
        corpus = SimpleNamespace(by_key={key: claim_views}, settings=settings, articles=articles)
        made = []
        for rule in corpus_rules:
            for h in rule().check(corpus):
                if h.key != key:  # a corpus rule must compare within one key group
                    raise AssertionError(f"{rule.id}: a finding without its group's key: {h}")
                made.append(Finding.of(rule, h))
        groups[key], found[key] = ordered, tuple(made)
    for b, groups in buckets.items():  # the views first, then the snapshot naming them
        ids[b] = os.urandom(8)
        cache.write(f"{GROUPS}{b}", {"id": ids[b], "views": groups})
    return found, ids


def bucket(key: str) -> int:
    return int.from_bytes(digest(key.encode())[:2], "big") % BUCKETS
