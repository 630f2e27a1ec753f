"""The engine's entry: `check` takes the one way through the stages (snapshot.py) for every face;
`run` checks a corpus loaded whole, the oracle the tests hold the stages to."""
from __future__ import annotations

import gc
from pathlib import Path

from crosscheck.checks.accepts import apply_accepts
from crosscheck.checks.finding import Finding
from crosscheck.checks.result import Result, order
from crosscheck.checks.rules import all_rules, check_disabled
from crosscheck.checks.snapshot import check as check_through_snapshot
from crosscheck.claims.corpus import Corpus, CorpusError, fixture_paths
from crosscheck.claims.settings import load_settings


def run(corpus: Corpus) -> Result:
    """Every rule over a corpus loaded whole, with no stages and no store between: what the tests
    compare the engine's result with (tests/test_same_result.py), never a second way for a face."""
    check_disabled(corpus.settings, corpus.root)
    findings: list[Finding] = []
    rules = all_rules(corpus.settings)  # `disable` turns rules off: not run, nothing reported
    for rule_cls in rules:
        rule = rule_cls()
        if rule.scope == "file":
            for loaded in corpus.files:
                findings.extend(Finding.of(rule_cls, h) for h in rule.check(loaded))
        elif rule.scope == "article":
            context = None if rule_cls.own_article_only else corpus  # as the stages run it
            for article in corpus.articles.values():
                findings.extend(Finding.of(rule_cls, h) for h in rule.check(article, context))
        elif rule.scope == "corpus":
            findings.extend(Finding.of(rule_cls, h) for h in rule.check(corpus))
    findings = apply_accepts(corpus, findings)
    return Result(corpus, tuple(sorted(findings, key=order)))


def check(root: Path | str, *, use_cache: bool = True, jobs: int | None = None, records: bool = False,
          hold: bool = False) -> Result:
    """Check the whole corpus at ``root``, through the cache in ``root/.crosscheck_cache`` unless
    ``use_cache`` is False, reading in ``jobs`` processes. ``records``: also keep each fixture's full
    record in the cache, for a caller that loads the corpus next (the drafter). ``hold``: the result
    also holds what the check made and no longer needs, for a caller that exits with it (see Result)."""
    root = Path(root)
    if not (root / "fixtures").is_dir():
        raise CorpusError(f"no corpus at {root}: there is no fixtures/ folder")
    settings = load_settings(root)
    check_disabled(settings, root)
    # Many small long-lived objects and no cycles worth finding: the collector's passes over a
    # growing heap cost more than the whole unpickling of a warm cache.
    enabled = gc.isenabled()
    gc.disable()
    try:  # one way through, with the cache or without: only the store differs
        return check_through_snapshot(root, settings, fixture_paths(root), jobs, use_cache=use_cache, records=records,
                                      hold=hold)
    finally:
        if enabled:
            gc.enable()
