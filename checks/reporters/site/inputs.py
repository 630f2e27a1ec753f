"""What each page of the site is made from, as one hash: a page whose hash is the manifest's is not
written again. Computed from the check's facts (hashes of each fixture and its text, its links and
keys), never from the pages' contents, so a warm run decides without loading the articles.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict

from crosscheck.checks.cache import tool_key


class Facts:
    """The facts of every article the check read, by article id (the winners of duplicate ids)."""

    def __init__(self, articles: dict, findings, settings, changed: frozenset[str] | None):
        self.of = {a_id: a.facts for a_id, a in articles.items()}
        self.changed = changed
        self.base = f"{tool_key()}\0{settings!r}\0".encode()
        self.cited_by: dict[str, list[str]] = defaultdict(list)
        for a_id in sorted(self.of, key=lambda i: (self.of[i].day, i)):
            for target in self.of[a_id].links:
                self.cited_by[target].append(a_id)
        self.members: dict[str, list[str]] = defaultdict(list)  # key -> articles with a claim under it
        for a_id, f in self.of.items():
            for key in f.keys:
                self.members[key].append(a_id)
        self.shared = {k for k, m in self.members.items() if len(m) >= 2}
        # the findings each article's page shows: its own, and any naming one of its claims
        self.findings: dict[str, list] = defaultdict(list)
        for finding in findings:
            seen = {finding.article} | {ref.split(":", 1)[0] for ref in finding.claims}
            for a_id in seen:
                self.findings[a_id].append(finding)
        self._shown = {a_id: repr(sorted(map(repr, found))) for a_id, found in self.findings.items()}

    def is_new(self, article_id: str) -> bool:
        return self.changed is None or article_id in self.changed

    def _fixture(self, article_id: str) -> str:
        f = self.of.get(article_id)
        return "-" if f is None else f.fixture_hash.hex()

    def article(self, article_id: str) -> str:
        f = self.of[article_id]
        h = hashlib.blake2b(self.base, digest_size=16)
        parts = [article_id, f.file, f.fixture_hash.hex(), repr(f.probe_state), str(self.is_new(article_id)),
                 self._shown.get(article_id, "[]"),
                 repr(sorted(k for k in f.keys if k in self.shared)),
                 repr([(t, self._fixture(t)) for t in f.links]),
                 repr([(c, self._fixture(c)) for c in self.cited_by.get(article_id, ())])]
        h.update("\0".join(parts).encode())
        return h.hexdigest()

    def key(self, key: str, key_findings) -> str:
        h = hashlib.blake2b(self.base, digest_size=16)
        h.update(key.encode() + b"\0" + repr(sorted(map(repr, key_findings))).encode())
        for a_id in sorted(self.members[key]):
            f = self.of[a_id]
            h.update(f"\0{a_id}\0{f.keys[key].hex()}\0{self.is_new(a_id)}\0{f.file}".encode())
            # the statuses of its claims come from the findings naming them
            h.update(self._shown.get(a_id, "[]").encode())
        return h.hexdigest()
