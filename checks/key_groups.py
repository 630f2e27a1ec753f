"""Stage 4, key groups: the rules across reports (the corpus rules) per shared key, only for the
groups an edit can change; each group's claims are kept pickled in one of BUCKETS files of the store,
with the pair each of its findings compares. An edit that keeps what the rules compare of a member's
claims keeps every pair: only the findings naming that member are made again (a 2,000-member group
is not unpickled nor compared again for a respelled source)."""
from __future__ import annotations

import heapq
import os
from pathlib import Path
from types import SimpleNamespace
from typing import Callable

from crosscheck.checks import view_blobs
from crosscheck.checks.cache import BUCKETS, GROUPS, Cache, digest, take_notes
from crosscheck.checks.facts import LightArticle
from crosscheck.checks.finding import Finding
from crosscheck.checks.rules import all_rules


class Rebuild(Exception):
    """The group views on file do not belong to the snapshot: start again from no snapshot."""


def key_findings(cache, stored, old, facts, names, winning, views, articles, settings, jobs=None,
                 meanwhile: Callable[[], None] = lambda: None, held: list | None = None):
    """The findings of the corpus rules (which compare claims within one key group), by key: stored
    ones for the groups no changed article contributes to, made now for the others. With them, the
    ids of the files of views written (by bucket) when some groups were checked again, else None.
    ``meanwhile``: the caller's other work, called once: while other processes compare, when they do.
    ``held``: where the groups' member lists go, to be freed with the result (see Result)."""
    was = stored["winners"]
    changed = [n for n in (set(old) | set(facts)) if n in views or (n in was) != (n in winning) or n not in facts]
    dirty: set[str] = set()
    for n in changed:
        before = old[n].keys if n in was and n in old else {}
        after = facts[n].keys if n in winning else {}
        if before and after:  # the keys whose digest differs, came or went
            dirty.update(dict(before.items() ^ after.items()))
        else:  # (a new article's, every one of a cold check: its keys, with no set of pairs made)
            dirty.update(before or after)
    found = {k: v for k, v in stored["findings"].items() if k not in dirty}
    if not dirty:
        meanwhile()
        return found, None
    # the views are kept in BUCKETS files by a hash of the key: only those holding a dirty key are read
    # and written again (an edit under one key does not rewrite the claims of every other key)
    ids = dict(stored["groups_id"] or {})
    where = {k: bucket(k) for k in dirty}
    buckets: dict[int, dict] = {}
    for b in sorted(set(where.values())):
        if b in ids:
            on_file = cache.read(f"{GROUPS}{b}")
            if not (isinstance(on_file, dict) and on_file.get("id") == ids[b]):
                raise Rebuild
            # views: key -> [(fixture name, its pickled claim views of the key)]; pairs: key -> the pair
            # each of its findings compares, (rule id, kind, later name, later ref, earlier name, earlier ref)
            buckets[b] = {"views": on_file["views"], "pairs": on_file.get("pairs", {})}
        else:
            buckets[b] = {"views": {}, "pairs": {}}
    position = {n: i for i, n in enumerate(names)}
    corpus_rules = [rule for rule in all_rules(settings) if rule.scope == "corpus"]
    leaving: dict[str, list[str]] = {}  # per dirty key, the changed fixtures: their old claims go, new ones come
    coming: dict[str, list[tuple[str, bytes]]] = {}
    for n in changed:
        for key in old[n].keys if n in old else ():
            if key in dirty:
                leaving.setdefault(key, []).append(n)
    for n in names:  # in path order, the order of a group's members (each changed one that is valid now)
        if n in views and n in winning:
            for key, blob in views[n].items():
                if key in dirty:
                    coming.setdefault(key, []).append((n, blob))
    whole: list[tuple[str, list]] = []  # the groups compared again over every member
    for key in dirty:
        groups, pairs = buckets[where[key]]["views"], buckets[where[key]]["pairs"]
        before = dict(groups.pop(key, ()))
        ordered = _members(key, before, leaving, coming, position)
        if not ordered:
            found.pop(key, None)
            pairs.pop(key, None)
            continue
        groups[key] = ordered
        edited = None  # a group new to the store (every group of a cold check) has no pairs to keep
        if before:
            members = dict(ordered)
            edited = _edited(key, before, members, leaving, coming, pairs, stored["findings"], corpus_rules, settings,
                             articles, old)
        if edited is not None:  # the same pairs: only the findings naming an edited member are made again
            found[key] = _remade(key, edited, members, pairs[key], stored["findings"][key], settings, articles)
            continue
        found[key] = None  # compared below, with the other groups compared whole: the order of keys stays
        whole.append((key, ordered))
    for b in buckets:  # named before the groups are compared: each is written where its groups are
        ids[b] = os.urandom(8)
    for key, made in _compare_all(whole, buckets, where, ids, cache, settings, articles, jobs, meanwhile):
        found[key] = made
    if held is not None:
        held.append(whole)
    return found, ids


PARALLEL_FROM = 2000  # members of the groups to compare whole before they are shared among processes
_JOB: tuple = ()  # what the forked workers compare: set just before they start, inherited, never pickled


def _compare_all(whole: list[tuple[str, list]], buckets: dict[int, dict], where: dict[str, int], ids: dict,
                 cache, settings, articles, jobs: int | None, meanwhile) -> list[tuple]:
    """(key, findings) of each group of ``whole``, each bucket written with its groups' pairs once they
    are compared: in forked processes when the groups are many (a cold check compares every group),
    each taking buckets of about equal size and writing them (not this one after they end), while
    this one does ``meanwhile``; else here, after it."""
    global _JOB
    jobs = max(1, jobs or os.cpu_count() or 1)
    size = sum(len(ordered) for _, ordered in whole)
    in_bucket: dict[int, list[int]] = {b: [] for b in buckets}  # the groups of ``whole`` in each bucket
    for i, (key, _) in enumerate(whole):
        in_bucket[where[key]].append(i)
    job = (whole, in_bucket, buckets, ids, cache, settings, articles)
    if jobs == 1 or size < PARALLEL_FROM or len(whole) < jobs * 4:  # a warm edit's few groups: here
        meanwhile()
        return _compare_buckets(list(buckets), *job)
    import multiprocessing  # here: a warm check never starts a process, and the imports were 1% of it
    from concurrent.futures import ProcessPoolExecutor

    if "fork" not in multiprocessing.get_all_start_methods():
        meanwhile()
        return _compare_buckets(list(buckets), *job)
    # 16 shares a process, taken as each ends: a member of a 10,000-member group costs twice one of a
    # 10-member group, and 4 shares a process left one idle for 80 ms at the end (median, 10k bench)
    lightest = [(0, n) for n in range(jobs * 16)]  # (members, share), a heap
    shares: list[list[int]] = [[] for _ in lightest]
    weight = {b: 1 + sum(len(whole[i][1]) for i in in_bucket[b]) for b in buckets}
    for b in sorted(buckets, key=lambda b: -weight[b]):  # largest first, to the lightest share
        members, n = lightest[0]
        shares[n].append(b)
        heapq.heapreplace(lightest, (members + weight[b], n))
    shares = [share for share in shares if share]
    _JOB = job
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            made = pool.map(_compare_share, shares)  # the processes are forked and at work: this one too
            meanwhile()
            out = []
            for found, notes in made:
                out += found
                for said in notes:  # a write failed there: none more here (the snapshot would name it)
                    cache.stop(said)
    finally:
        _JOB = ()
    return out


def _compare_share(share: list[int]) -> tuple[list, list[str]]:
    """In a forked process: what _compare_buckets gives, and what the cache said if it could not write."""
    take_notes()  # (the parent's, copied by the fork)
    return _compare_buckets(share, *_JOB), take_notes()


def _compare_buckets(share, whole, in_bucket, buckets, ids, cache, settings, articles) -> list:
    """(key, findings) of the groups compared whole in the buckets ``share``, each bucket written once
    its groups are."""
    out = []
    checkers = [(rule, rule(), _comparable(rule)) for rule in all_rules(settings) if rule.scope == "corpus"]
    for b in share:
        pairs = buckets[b]["pairs"]
        for i in in_bucket[b]:
            key, ordered = whole[i]
            made, made_pairs = _compare(key, ordered, checkers, settings, articles)
            out.append((key, made))
            if made_pairs is not None:
                pairs[key] = made_pairs
            else:
                pairs.pop(key, None)
        cache.write(f"{GROUPS}{b}", {"id": ids[b], **buckets[b]})
    return out


def _compare(key: str, ordered: list, checkers: list[tuple], settings, articles) -> tuple:
    """One group compared over every member: its findings, and the pair each compares (None when a
    rule does not give pairs). One group at a time: only its claims are objects at once. ``checkers``:
    (rule, an instance, whether it gives pairs) of each corpus rule, made once for every group."""
    paired = all(comparable for _, _, comparable in checkers)
    if len(ordered) == 1 and all(rule.across_articles for rule, _, _ in checkers):  # one article's: nothing to compare
        return (), () if paired else None
    claim_views = view_blobs.loads_all([blob for _, blob in ordered])
    corpus = SimpleNamespace(by_key={key: claim_views}, settings=settings, articles=articles)
    made, made_pairs = [], []
    for rule, checker, comparable in checkers:
        if not comparable:
            for h in checker.check(corpus):
                if h.key != key:  # a corpus rule must compare within one key group
                    raise AssertionError(f"{rule.id}: a finding without its group's key: {h}")
                made.append(Finding.of(rule, h))
            continue
        for kind, later, earlier in checker.pairs(corpus, claim_views):
            made.append(Finding.of(rule, checker.hit(corpus, key, kind, later, earlier)))
            made_pairs.append((rule.id, kind, articles[later.article].facts.name, later.ref,
                               articles[earlier.article].facts.name, earlier.ref))
    return tuple(made), tuple(made_pairs) if paired else None


def _members(key, before, leaving, coming, position) -> list[tuple[str, bytes]]:
    """A dirty group's (fixture name, pickled claim views) in path order: those on file but the
    leaving ones, and the coming ones (the coming alone, already in path order, for a new group)."""
    if not before:
        return coming.get(key, [])
    members = dict(before)
    for n in leaving.get(key, ()):
        members.pop(n, None)
    members.update(coming.get(key, ()))
    return [(n, members[n]) for n in sorted(members, key=position.__getitem__)]


def _comparable(rule) -> bool:
    """Whether a corpus rule gives its findings as pairs (`pairs`, `hit`) with what it compares of a
    claim (`compared`): only then can an edit re-make part of a group's findings."""
    return all(hasattr(rule, name) for name in ("pairs", "hit", "compared"))


def _edited(key, before, members, leaving, coming, pairs, findings, rules, settings, articles, old):
    """The members whose edit kept every pair of the group: the same members, each edited one giving
    the rules what they compare (`compared`) as before, so only messages can differ; None when the
    group must be compared again, over every member."""
    names = {n for n, _ in coming.get(key, ())}
    if (key not in pairs or key not in findings or len(pairs[key]) != len(findings[key])
            or not all(_comparable(rule) for rule in rules)
            or set(before) != set(members) or set(leaving.get(key, ())) != names):
        return None
    checkers = [rule() for rule in rules]
    for n in names:
        was = SimpleNamespace(settings=settings, articles={old[n].article_id: LightArticle(old[n], None)})
        now = SimpleNamespace(settings=settings, articles=articles)
        old_views, new_views = view_blobs.loads(before[n]), view_blobs.loads(members[n])
        if ([c.compared(was, v) for c in checkers for v in old_views]
                != [c.compared(now, v) for c in checkers for v in new_views]):
            return None
    return names


def _remade(key, edited, members, pairs, findings, settings, articles) -> tuple:
    """The group's findings, those naming an edited member made again by their rule's `hit` from the
    claims of that pair only (unpickled per member, not the whole group)."""
    checkers = {rule.id: rule() for rule in all_rules(settings) if rule.scope == "corpus"}
    views: dict[str, dict] = {}
    corpus = SimpleNamespace(by_key={}, settings=settings, articles=articles)

    def view(name, ref):
        if name not in views:
            views[name] = {v.ref: v for v in view_blobs.loads(members[name])}
        return views[name][ref]

    out = []
    for finding, (rule_id, kind, later_name, later_ref, earlier_name, earlier_ref) in zip(findings, pairs):
        if later_name in edited or earlier_name in edited:
            checker = checkers[rule_id]
            finding = Finding.of(type(checker), checker.hit(corpus, key, kind, view(later_name, later_ref),
                                                            view(earlier_name, earlier_ref)))
        out.append(finding)
    return tuple(out)


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
            out[key] = None if members is None else [v for _, blob in members for v in view_blobs.loads(blob)]
    return out
