"""The result of a check: its findings in one order, the counts, and the corpus they are about."""
from __future__ import annotations

import copy
from functools import cached_property
from typing import Callable

from crosscheck.checks.finding import Finding, tally
from crosscheck.claims.corpus import Corpus


class Result:
    """The findings of a check, and the corpus they are about. The warm path makes a result from the
    cache's snapshot without the corpus: ``corpus`` is then a function that loads it on first use
    (the HTML report, the pytest plugin), while the JSON and text reports need only the counts."""

    def __init__(self, corpus: Corpus | Callable[[], Corpus], findings: tuple[Finding, ...], *,
                 article_ids: list[str] | None = None, claim_count: int | None = None, articles: dict | None = None,
                 files: dict[str, str] | None = None, shared_keys: dict[str, frozenset[str]] | None = None,
                 cached: bool = False, held: tuple = ()):
        self.findings = findings
        # what the check made and no longer needs, when the caller asked to hold it: freed with the result,
        # which a process that exits with it (the CLI's check) never frees object by object (a cold check
        # of 10,000 articles: 40 ms of its serial tail)
        self._held = held
        self.cached = cached  # made through the cache: its files hold this check's key groups and records
        self._articles = articles
        if isinstance(corpus, Corpus):
            self.__dict__["corpus"] = corpus
            article_ids, claim_count = [f.article_id for f in corpus.files], corpus.claim_count
            files = {f.file: f.article_id for f in corpus.files}
            shared_keys = shared_keys_of({k: (v.article for v in views) for k, views in corpus.by_key.items()})
        else:
            self._load = corpus
        self.article_ids, self.claim_count = article_ids, claim_count
        # what the pytest plugin names its items by, without loading the corpus
        self.files = files  # every fixture's shown path -> its article id (the file's stem when unreadable)
        self.shared_keys = shared_keys  # every key stated by two or more articles -> those articles
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


def shared_keys_of(articles_by_key) -> dict[str, frozenset[str]]:
    """Key -> the articles stating it, for the keys stated by two or more articles, in key order."""
    out = {}
    for key in sorted(articles_by_key):
        articles = frozenset(articles_by_key[key])
        if len(articles) > 1:
            out[key] = articles
    return out
