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
  ones (a duplicate id); then the group is checked again, over every member. Unless the same members
  stay and each edited one gives the rules what they compare as before (the rule's `compared`: a
  source respelled, a line moved): then the pairs stay, and only the findings naming an edited member
  are made again, by the rule's `hit`, from that pair's claims (key_groups).
- the rules that read other articles (links, `[[accept]]` references, similar keys): their stored
  findings per article, re-run only on the fixtures read again, while the same fixtures are there,
  the same ones win and each fixture read again gives the others what it gave before (its facts but
  its own findings, hashes and lines: `_seen_by_others`); else over every article. Duplicate ids and
  the accepts themselves are re-run every time over the facts (dict look-ups).
The rules themselves run, never a copy of their logic: on light articles made from the facts.

This module runs the stages in order against the store (the cache, or NoStore for `--no-cache`):
the files still as stored (signatures.py), the facts of the others (facts.py, stage 3), the key
groups (key_groups.py, stage 4), the rules that read other articles over the facts, the accepts
(accepts.py, stage 5), the result (result.py, stage 6); then it writes what changed to the store.
"""
from __future__ import annotations

import os
import time
from dataclasses import fields
from pathlib import Path
from types import SimpleNamespace

from crosscheck.checks.accepts import apply_accepts
from crosscheck.checks.cache import DELTA, SNAPSHOT, Cache
from crosscheck.checks.facts import (Facts, LazyArticles, LightArticle, cross_rules, lines_read, make_many, packed,
                                     stored_facts, unpacked)
from crosscheck.checks.finding import Finding
from crosscheck.checks.key_groups import Rebuild, key_findings
from crosscheck.checks.records import assemble, duplicate_problem, name_of, read_entries
from crosscheck.checks.result import Result, order, shared_keys_of
from crosscheck.checks.rules import all_rules
from crosscheck.checks.signatures import forget_folders, still_valid
from crosscheck.claims.corpus import FixturePaths
from crosscheck.claims.similar_keys import KeyIndex

DELTA_MAX = 50  # fixtures changed since the snapshot (or 5% of the corpus) before it is written anew


def _names(paths: list[Path], root: Path) -> list[str]:
    """records.name_of of each path, by string slicing when the path is under the root (10,000 at once)."""
    prefix = "" if str(root) == "." else os.path.join(str(root), "")
    out = []
    for path in paths:
        text = str(path)
        if text.startswith(prefix) and not os.path.isabs(text[len(prefix):]) and ".." not in text:
            out.append(text[len(prefix):].replace(os.sep, "/"))
        else:
            out.append(name_of(path, root))
    return out


EMPTY = {"version": 9, "id": None, "facts": {}, "winners": frozenset(), "findings": {}, "groups_id": None}


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

    def stop(self, said: str) -> None:
        pass


def check(root: Path, settings, paths: list[Path], jobs: int | None, *, use_cache: bool = True,
          records: bool = False, hold: bool = False):
    """The findings of the whole corpus at ``root`` through the snapshot (``use_cache`` False: through
    a store that keeps nothing), as a Result whose corpus is loaded on first use. ``records``: also
    keep in the cache the full record of each fixture read (what loading the corpus reads back), for
    a caller that will load it. ``hold``: the result holds the check's temporaries (engine.check)."""
    forget_folders()
    cache = Cache(root) if use_cache else NoStore()
    stored = cache.read(SNAPSHOT)
    if not (isinstance(stored, dict) and stored.get("version") == EMPTY["version"]):
        stored = EMPTY
    else:
        stored = {**stored, "facts": unpacked(stored["facts"])}
        delta = cache.read(DELTA)
        if isinstance(delta, dict) and delta.get("base") == stored["id"]:  # else another run's, or stale
            kept = {**stored["facts"], **unpacked(delta["facts"])}
            for name in delta["removed"]:
                kept.pop(name, None)
            stored = {**stored, **{k: delta[k] for k in ("winners", "findings", "groups_id")}, "facts": kept,
                      "cross": delta.get("cross"),
                      "pending": set(delta["facts"]) | set(delta["removed"])}
    try:
        return _check(cache, stored, root, settings, paths, jobs, records and use_cache, hold)
    except Rebuild:
        return _check(cache, EMPTY, root, settings, paths, jobs, records and use_cache, hold)


def _check(cache: Cache, stored: dict, root: Path, settings, paths: list[Path], jobs: int | None,
           records: bool = False, hold: bool = False):
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
            kept, again = still_valid(kept, os.path.join(base, name) if lazy else str(paths[i]), base, now)
            if again:
                refreshed.append(name)
        if kept is not None:
            facts[name] = kept
        else:
            todo.append(i)
    views: dict[str, dict] = {}  # name -> key -> views, for the fixtures read now
    packs: list = []  # the facts made in other processes, as they pickled them (stored_facts)
    if todo:
        cache.prepare()
    make_many(todo, paths, names, root, settings, now, jobs, facts, views, records, packs)

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
    was = stored["winners"]
    late = [i for i, n in enumerate(names) if n in winning and n not in views and n not in was]
    make_many(late, paths, names, root, settings, now, 1, facts, views, records)

    articles = LazyArticles(winners, root)  # made on first look-up: most are never read on a warm check
    remade = {names[i] for i in todo + late}
    gone = set(old) - set(facts)
    # the fixtures whose facts differ from the snapshot on file: when few, only they are written
    pending = stored.get("pending", set()) | remade | set(refreshed) | gone
    whole = stored is EMPTY or len(pending) > max(DELTA_MAX, len(names) // 20)  # else a delta
    cross: dict[str, tuple] = {}
    own: list[Finding] = []  # the fixtures' own findings, in path order
    early: list = []  # (lines_read(), the facts pickled) while the key groups are compared
    shared: dict = {}  # what Result.shared_keys gives

    def check_cross() -> None:  # while the key groups are compared in other processes, when they are
        stating: dict[str, list[str]] = {}
        for f in winners.values():
            for key in f.keys:
                stating.setdefault(key, []).append(f.article_id)
        shared.update(shared_keys_of(stating))
        corpus = SimpleNamespace(articles=articles, settings=settings, key_index=KeyIndex(stating),
                                 broken={facts[n].article_id: facts[n].file for n in names
                                         if facts[n].article_id not in winners})
        cross.update(_cross(stored, old, facts, names, winning, remade, corpus, settings))
        for name in names:
            f = facts[name]
            own.extend(f.schema)
            if name in winning:
                own.extend(f.own)
        if whole:  # (a line read into the facts after this makes them stale: pickled again, below)
            early[:] = [lines_read(), stored_facts(facts, packs)]

    # the stages that need only the facts run while the key groups are compared: only these wait for the facts
    held: list = []  # what the result holds when asked to (see Result)
    by_key, groups = key_findings(cache, stored, old, facts, names, winning, views, articles, settings, jobs,
                                  meanwhile=check_cross, held=held)
    findings = [f for found in by_key.values() for f in found]
    findings += own
    file_rules = [r for r in all_rules(settings) if r.scope == "file"]
    for f, first in duplicates:
        # where its id is written, read now: a duplicate is rare (finding that line in every fixture was 3% of a read)
        line = LightArticle(f, root).line("article", "id")
        gone = SimpleNamespace(problems=[duplicate_problem(f.file, line, f.article_id, first.file)],
                               article_id=f.article_id)
        findings += [Finding.of(r, h) for r in file_rules for h in r().check(gone)]
    for found in cross.values():
        findings += found
    # the accepts of the articles that have any (the others' loop would find nothing to match)
    findings = apply_accepts(SimpleNamespace(articles={a: articles[a] for a, f in winners.items() if f.accepts},
                                             settings=settings), findings)

    groups_id = stored["groups_id"] if groups is None else groups
    if todo or late or refreshed or gone or groups is not None or stored is EMPTY:
        common = {"winners": winning, "findings": by_key, "groups_id": groups_id, "cross": cross}
        if not whole:
            cache.write(DELTA, {"base": stored["id"], "facts": packed({n: facts[n] for n in pending if n in facts}),
                                "removed": [n for n in pending if n not in facts], **common})
        else:  # a new snapshot: the delta on file names the old one, and is ignored from now on
            facts_stored = early[1] if early and early[0] == lines_read() else stored_facts(facts, packs)
            cache.write(SNAPSHOT, {"version": EMPTY["version"], "id": os.urandom(8), "facts": facts_stored, **common})
    if gone or stored is EMPTY:
        cache.prune(names)

    def load():
        entries = read_entries(paths, root, settings, use_cache=not isinstance(cache, NoStore), jobs=jobs)
        return assemble(root, settings, paths, entries)[0]

    return Result(load, tuple(sorted(findings, key=order)), article_ids=[facts[n].article_id for n in names],
                  claim_count=sum(f.claims for f in winners.values()), articles=articles,
                  files={facts[n].file: facts[n].article_id for n in names}, shared_keys=shared,
                  cached=not isinstance(cache, NoStore), held=(held, views, packs, stored, old, facts) if hold else ())


# What a fixture's facts give the rules across articles about it: every field but its own findings,
# its hashes and signatures, its lines (read for its findings, and its id's for a duplicate's, above),
# its title (the report's alone), with its keys as a set (the key index reads no
# digests). While no changed fixture's differ, no other article's findings across articles can change.
_OWN_ONLY = frozenset({"sig", "fixture_hash", "probe", "text_sig", "probe_state", "schema", "own", "lines",
                       "keys", "title"})
_SEEN = tuple(f.name for f in fields(Facts) if f.name not in _OWN_ONLY)


def _seen_by_others(f: Facts) -> tuple:
    return (*(getattr(f, name) for name in _SEEN), frozenset(f.keys))


def _cross(stored, old, facts, names, winning, remade, corpus, settings) -> dict[str, tuple]:
    """Fixture name -> the findings of the rules across articles on its article (none: left out). The
    stored ones stay for every article when the same fixtures are there, the same ones win and the
    fixtures read again give the others what they gave before (a comment, a quote, a source edited):
    the rules run again only over those. Otherwise over every article."""
    kept = stored.get("cross")
    if (kept is not None and winning == stored["winners"] and len(old) == len(facts) and all(n in old for n in names)
            and all(_seen_by_others(old[n]) == _seen_by_others(facts[n]) for n in remade)):
        out = {n: found for n, found in kept.items() if n not in remade}
        again = [n for n in names if n in remade and n in winning]
    else:
        out, again = {}, [n for n in names if n in winning]
    checks = [(rule, rule().check_cross if split else rule().check) for rule, split in cross_rules(settings)]
    articles = corpus.articles
    for name in again:
        article = articles[facts[name].article_id]
        found = [Finding.of(rule, h) for rule, check in checks for h in check(article, corpus)]
        if found:
            out[name] = tuple(found)
    return out
