"""Runs every rule over a corpus, turns hits into findings, applies `[[accept]]`."""
from __future__ import annotations

import gc
from pathlib import Path

from crosscheck.checks.accepts import apply_accepts
from crosscheck.checks.finding import Finding
from crosscheck.checks.records import assemble, read_entries
from crosscheck.checks.result import Result, order
from crosscheck.checks.rules import all_rules, check_disabled
from crosscheck.checks.snapshot import check as check_through_snapshot
from crosscheck.claims.corpus import Corpus, CorpusError, fixture_paths
from crosscheck.claims.settings import load_settings


def run(corpus: Corpus, own: dict[str, dict[str, list[Finding]]] | None = None) -> Result:
    """Every rule over ``corpus``. ``own`` holds, per article id, the findings already made by the
    rules marked ``own_article_only`` (from records): those rules are then not run again."""
    check_disabled(corpus.settings, corpus.root)
    findings: list[Finding] = []
    rules = all_rules(corpus.settings)  # `disable` turns rules off: not run, nothing reported
    for rule_cls in rules:
        rule = rule_cls()
        if rule.scope == "file":
            for loaded in corpus.files:
                findings.extend(Finding.of(rule_cls, h) for h in rule.check(loaded))
        elif rule.scope == "article":
            local = rule_cls.own_article_only
            for article in corpus.articles.values():
                if local and own is not None:
                    findings.extend(own[article.id].get(rule_cls.id, ()))
                else:
                    findings.extend(Finding.of(rule_cls, h) for h in rule.check(article, None if local else corpus))
        elif rule.scope == "corpus":
            findings.extend(Finding.of(rule_cls, h) for h in rule.check(corpus))
    findings = apply_accepts(corpus, findings)
    return Result(corpus, tuple(sorted(findings, key=order)))


def check(root: Path | str, paths: list[Path] | None = None, *, use_cache: bool = True,
          jobs: int | None = None, records: bool = False) -> Result:
    """Load and check the corpus at ``root`` (or only ``paths``), through the cache in
    ``root/.crosscheck_cache`` unless ``use_cache`` is False, reading in ``jobs`` processes."""
    root = Path(root)
    whole = paths is None
    if whole:
        if not (root / "fixtures").is_dir():
            raise CorpusError(f"no corpus at {root}: there is no fixtures/ folder")
        paths = fixture_paths(root)
    settings = load_settings(root)
    check_disabled(settings, root)
    # Many small long-lived objects and no cycles worth finding: the collector's passes over a
    # growing heap cost more than the whole unpickling of a warm cache.
    enabled = gc.isenabled()
    gc.disable()
    try:
        if whole:  # one way through, with the cache or without: only the store differs
            return check_through_snapshot(root, settings, paths, jobs, use_cache=use_cache, records=records)
        entries = read_entries(paths, root, settings, use_cache=use_cache, jobs=jobs, whole_corpus=False)
        corpus, own = assemble(root, settings, paths, entries)
        return run(corpus, own)
    finally:
        if enabled:
            gc.enable()
