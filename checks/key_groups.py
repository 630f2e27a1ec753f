"""Stage 4, key groups: the rules across reports (the corpus rules) per shared key, only for the
groups an edit can change; each group's claims are kept pickled in one of BUCKETS files of the store."""
from __future__ import annotations

import os
import pickle
from pathlib import Path
from types import SimpleNamespace

from crosscheck.checks.cache import BUCKETS, GROUPS, Cache, digest
from crosscheck.checks.finding import Finding
from crosscheck.checks.rules import all_rules


class Rebuild(Exception):
    """The group views on file do not belong to the snapshot: start again from no snapshot."""


def key_findings(cache, stored, old, facts, names, winning, views, articles, settings):
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
                raise Rebuild
            buckets[b] = on_file["views"]  # key -> [(fixture name, its pickled claim views of the key)]
        else:
            buckets[b] = {}
    position = {n: i for i, n in enumerate(names)}
    corpus_rules = [rule for rule in all_rules(settings) if rule.scope == "corpus"]
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


def key_views(root: Path, keys) -> dict[str, list | None]:
    """The claim views of each of ``keys`` as the last check through the cache left them (the
    report's key pages read these instead of loading every article of a large key). A key whose
    group is not on file maps to None: load the corpus for it."""
    cache = Cache(root)
    by_bucket: dict[int, list[str]] = {}
    for key in keys:
        by_bucket.setdefault(bucket(key), []).append(key)
    out: dict[str, list | None] = {}
    for b, wanted in by_bucket.items():
        on_file = cache.read(f"{GROUPS}{b}")
        groups = on_file.get("views") if isinstance(on_file, dict) else None
        for key in wanted:
            members = groups.get(key) if isinstance(groups, dict) else None
            out[key] = None if members is None else [v for _, blob in members for v in pickle.loads(blob)]
    return out
