"""Runs every rule over a corpus, turns hits into findings, applies `[[accept]]`."""
from __future__ import annotations

import copy
import gc
from functools import cached_property
from pathlib import Path
from typing import Callable

from crosscheck.checks.finding import Finding, tally
from crosscheck.checks.records import assemble, read_entries
from crosscheck.checks.rule import REGISTRY
from crosscheck.checks.rules import all_rules, check_disabled
from crosscheck.claims.corpus import Corpus, CorpusError, fixture_paths
from crosscheck.claims.settings import load_settings


class Result:
    """The findings of a check, and the corpus they are about. The warm path makes a result from the
    cache's snapshot without the corpus: ``corpus`` is then a function that loads it on first use
    (the HTML report, the pytest plugin), while the JSON and text reports need only the counts."""

    def __init__(self, corpus: Corpus | Callable[[], Corpus], findings: tuple[Finding, ...], *,
                 article_ids: list[str] | None = None, claim_count: int | None = None, articles: dict | None = None):
        self.findings = findings
        self._articles = articles
        if isinstance(corpus, Corpus):
            self.__dict__["corpus"] = corpus
            article_ids, claim_count = [f.article_id for f in corpus.files], corpus.claim_count
        else:
            self._load = corpus
        self.article_ids, self.claim_count = article_ids, claim_count
        self.changed: frozenset[str] | None = None  # set by involving(): the articles reported on
        self.changed_since: str | None = None

    @cached_property
    def corpus(self) -> Corpus:
        return self._load()

    @property
    def articles(self) -> dict:
        """Article id -> its view; on the warm path, until the corpus is loaded, a light article
        (id, file, published day) made from the cache: what the text report names."""
        if self._articles is None or "corpus" in self.__dict__:
            return self.corpus.articles
        return self._articles

    @cached_property
    def summary(self) -> dict:
        out = {"articles": len(self.article_ids), "claims": self.claim_count, **tally(self.findings)}
        if self.changed is not None:  # added fields: `--changed-since REF`
            out |= {"changed": len(self.changed), "changed_since": self.changed_since}
        return out

    def involving(self, changed: frozenset[str] | None, since: str) -> Result:
        """The result as reported on the articles changed since ``since``: only the findings that
        involve one of them (its fixture, or a claim of it named), every article when ``changed`` is
        None. The whole corpus was checked all the same: a new article can contradict an old one."""
        out = copy.copy(self)
        for name in ("summary", "by_article", "by_key"):
            out.__dict__.pop(name, None)
        ids = set(self.article_ids)
        out.changed = frozenset(ids if changed is None else ids & changed)
        out.changed_since = since
        out.findings = tuple(f for f in self.findings if f.article in out.changed
                             or any(ref.partition(":")[0] in out.changed for ref in f.claims))
        return out

    def exit_code(self, strict: bool = False) -> int:
        failing = self.summary["errors"] + (self.summary["warnings"] if strict else 0)
        return 1 if failing else 0

    @cached_property
    def by_article(self) -> dict[str, list[Finding]]:
        """Findings by the article they point at (the file of the first claim named)."""
        shown = self.article_ids if self.changed is None else [a for a in self.article_ids if a in self.changed]
        out: dict[str, list[Finding]] = {article_id: [] for article_id in shown}
        for finding in self.findings:
            out.setdefault(finding.article, []).append(finding)
        return out

    @cached_property
    def by_key(self) -> dict[str, list[Finding]]:
        """Cross-report findings by the shared key they are about."""
        out: dict[str, list[Finding]] = {}
        for finding in self.findings:
            if finding.key:
                out.setdefault(finding.key, []).append(finding)
        return out


def order(finding: Finding):
    # every field, so that findings equal in sort_key still come out in one order however they were made
    return finding.sort_key(), str(finding.severity), finding.accepted, finding.reason or "", finding.key or ""


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
        if use_cache and whole:
            from crosscheck.checks.snapshot import check as check_through_snapshot

            return check_through_snapshot(root, settings, paths, jobs, records)
        entries = read_entries(paths, root, settings, use_cache=use_cache, jobs=jobs, whole_corpus=whole)
        corpus, own = assemble(root, settings, paths, entries)
        return run(corpus, own)
    finally:
        if enabled:
            gc.enable()


def apply_accepts(corpus: Corpus, findings: list[Finding]) -> list[Finding]:
    """Mark findings matched by an `[[accept]]`: same rule, every claim it names among the finding's
    claims, and the accepting article involved. Unmatched accepts become `unused-accept`."""
    by_rule: dict[str, list[int]] = {}
    for i, finding in enumerate(findings):
        by_rule.setdefault(finding.rule, []).append(i)
    unused = REGISTRY["unused-accept"]
    off = corpus.settings.disable
    out = list(findings)
    for article in corpus.articles.values():
        for index, accept in zip(article.loaded.accept_index, article.fixture.accept):
            if accept.rule in off or unused.id in off:  # its rule is off: nothing to match, nothing to report
                continue
            refs = {ref if ":" in ref else f"{article.id}:{ref}" for ref in accept.claims}
            matched = False
            for i in by_rule.get(accept.rule, ()):
                finding = out[i]
                involved = finding.article == article.id or any(
                    c.startswith(f"{article.id}:") for c in finding.claims
                )
                if involved and refs <= set(finding.claims):
                    out[i] = finding.accept(accept.reason) if not finding.accepted else finding
                    matched = True
            if not matched:
                out.append(
                    Finding(
                        unused.id,
                        unused.severity,
                        article.id,
                        tuple(sorted(refs)),
                        f"[[accept]] of {accept.rule} for {', '.join(accept.claims)} matches no finding: "
                        f"remove it, or name the rule and claims of the finding it is for",
                        article.file,
                        article.line("accept", index),
                    )
                )
    return out
