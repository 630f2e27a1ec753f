#!/usr/bin/env python3
"""How much of a hand-written fixture `crosscheck draft` recovers (a measurement, not a test).

How to run (from the repository root):

    .venv/bin/python bench/draft_recall.py                             # this repository's corpus
    .venv/bin/python bench/draft_recall.py --root bench/draft_corpus   # the bench's own corpus (3 stories)
    .venv/bin/python bench/draft_recall.py --json                      # the rows as JSON

For each article of the corpus that has both a text and a hand-written fixture, the text is drafted
(against the fixture's publication date) with only the earlier articles of the corpus present (what an
editor's corpus held when the article came in), and compared with the fixture, one-to-one:

- counts: a hand-written count is recovered by a drafted count with the same value and qualifier
  whose quote overlaps its quote in the text;
- dated claims (event, veto, extension): recovered by a drafted claim of the same type whose `when`
  resolves to the same interval of days;
- precision: the drafted claims that recover a hand-written one, out of all drafted claims;
- key recall: of the hand-written claims whose `key` an earlier article already carries (what the corpus
  could know), those whose drafted claim got that key;
- key precision: of the keys the draft proposed, those equal to the key of the hand-written claim the
  drafted claim recovers (a key on a drafted claim that recovers none counts as wrong).
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from crosscheck.claims.corpus import load_corpus
from crosscheck.claims.dates import DateExpressionError, resolve
from crosscheck.claims.draft import prior_of, statements
from crosscheck.claims.text import find_quote


@dataclass
class Row:
    article: str
    counts: int  # hand-written counts
    counts_found: int
    dated: int  # hand-written events, vetoes, extensions
    dated_found: int
    drafted: int  # drafted claims
    drafted_matching: int
    missed: list[str]  # ids of the hand-written claims not recovered
    keys: int = 0  # hand-written keys an earlier article carries
    keys_found: int = 0  # of those, proposed on the drafted claim
    proposed: int = 0  # keys the draft proposed
    proposed_right: int = 0  # equal to the hand-written claim's key
    wrong_keys: list[str] = None  # "claim id: proposed key"

    @property
    def count_recall(self) -> float:
        return self.counts_found / self.counts if self.counts else 1.0

    @property
    def dated_recall(self) -> float:
        return self.dated_found / self.dated if self.dated else 1.0

    @property
    def precision(self) -> float:
        return self.drafted_matching / self.drafted if self.drafted else 1.0

    @property
    def key_recall(self) -> float:
        return self.keys_found / self.keys if self.keys else 1.0

    @property
    def key_precision(self) -> float:
        return self.proposed_right / self.proposed if self.proposed else 1.0


def _overlap(a, b) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def compare(article, corpus=None) -> Row:
    """One article: its hand-written claims against the draft of its text (with the corpus's earlier articles)."""
    text, published = article.text, article.fixture.article.day
    prior = prior_of(corpus, before=published, exclude=article.id) if corpus is not None else None
    found_statements = [st for st in statements(text, published, prior=prior) if st.claim is not None]
    drafted = [st.claim for st in found_statements]
    spans = {id(st.claim): st.span for st in found_statements}  # where the draft took it, not a first occurrence
    intervals = {}
    for c in drafted:
        if c["type"] != "count":
            try:
                intervals[id(c)] = resolve(c["when"], published, scheduled=c.get("status") == "scheduled")
            except DateExpressionError:
                intervals[id(c)] = None  # relative to another claim: no interval of its own here
    used: set[int] = set()
    found: set[str] = set()
    pairs: dict[int, object] = {}  # drafted claim -> the hand-written claim it recovers
    # two passes: claims quoting the same words pair first, so that a dated claim matched by its
    # interval alone cannot take the drafted claim of another one that also quotes it
    for by_words in (True, False):
        for view in article.claims:
            hand = view.claim
            if hand.id in found:
                continue
            span = find_quote(hand.quote, text) if hand.quote else None
            if hand.type == "count":
                match = next((c for c in drafted if id(c) not in used and c["type"] == "count"
                              and c["value"] == hand.value and c.get("qualifier", "exact") == hand.qualifier
                              and _overlap(spans[id(c)], span)), None)
            else:
                match = next((c for c in drafted if id(c) not in used and c["type"] == hand.type
                              and view.reading.when is not None and intervals.get(id(c)) == view.reading.when
                              and (not by_words or _overlap(spans[id(c)], span))), None)
            if match is not None:
                used.add(id(match))
                found.add(hand.id)
                pairs[id(match)] = hand
    counts = [v.claim.id for v in article.claims if v.claim.type == "count"]
    dated = [v.claim.id for v in article.claims if v.claim.type != "count"]
    missed = [v.claim.id for v in article.claims if v.claim.id not in found]
    known = {k.key for k in prior.claims} if prior is not None else set()
    hand_keyed = [v.claim for v in article.claims if v.claim.key in known]
    recovered = {hand.id: c for c in drafted if (hand := pairs.get(id(c))) is not None}
    keys_found = sum(1 for h in hand_keyed if recovered.get(h.id, {}).get("key") == h.key)
    proposed = [c for c in drafted if c.get("key")]
    right = [c for c in proposed if pairs.get(id(c)) is not None and pairs[id(c)].key == c["key"]]
    wrong = [f"{c['id']}: {c['key']}" for c in proposed if c not in right]
    return Row(article.id, len(counts), len(found.intersection(counts)), len(dated), len(found.intersection(dated)),
               len(drafted), len(used), missed, len(hand_keyed), keys_found, len(proposed), len(right), wrong)


def measure(root: Path) -> list[Row]:
    corpus = load_corpus(root)
    return [compare(a, corpus) for a in sorted(corpus.articles.values(), key=lambda a: a.id) if a.text is not None]


def totals(rows: list[Row]) -> dict[str, float]:
    """The corpus's figures: each a ratio of sums over the articles."""
    def ratio(part: str, whole: str) -> float:
        total = sum(getattr(r, whole) for r in rows)
        return sum(getattr(r, part) for r in rows) / total if total else 1.0
    return {"count_recall": ratio("counts_found", "counts"), "dated_recall": ratio("dated_found", "dated"),
            "precision": ratio("drafted_matching", "drafted"), "key_recall": ratio("keys_found", "keys"),
            "key_precision": ratio("proposed_right", "proposed"),
            "counts": sum(r.counts for r in rows), "dated": sum(r.dated for r in rows),
            "drafted": sum(r.drafted for r in rows), "keys": sum(r.keys for r in rows),
            "proposed": sum(r.proposed for r in rows)}


def table(rows: list[Row]) -> str:
    head = (f"{'article':<28} {'counts':>12} {'dated claims':>14} {'precision':>14} {'key recall':>14} "
            f"{'key precision':>14}  missed")
    lines = [head, "-" * len(head)]

    def cell(part: int, whole: int) -> str:
        return f"{part:>4}/{whole:<3} {(part / whole if whole else 1.0):>5.0%}"

    for r in rows:
        lines.append(f"{r.article:<28} {cell(r.counts_found, r.counts)} {cell(r.dated_found, r.dated)}  "
                     f"{cell(r.drafted_matching, r.drafted)}  {cell(r.keys_found, r.keys)}  "
                     f"{cell(r.proposed_right, r.proposed)}  {', '.join(r.missed) or '-'}"
                     + (f"; wrong keys: {', '.join(r.wrong_keys)}" if r.wrong_keys else ""))
    t = {k: sum(getattr(r, k) for r in rows) for k in ("counts_found", "counts", "dated_found", "dated",
                                                       "drafted_matching", "drafted", "keys_found", "keys",
                                                       "proposed_right", "proposed")}
    lines.append("-" * len(head))
    lines.append(f"{'all':<28} {cell(t['counts_found'], t['counts'])} {cell(t['dated_found'], t['dated'])}  "
                 f"{cell(t['drafted_matching'], t['drafted'])}  {cell(t['keys_found'], t['keys'])}  "
                 f"{cell(t['proposed_right'], t['proposed'])}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path("."))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = measure(args.root)
    if args.json:
        print(json.dumps({"articles": [asdict(r) | {"count_recall": r.count_recall, "dated_recall": r.dated_recall,
                                                    "precision": r.precision, "key_recall": r.key_recall,
                                                    "key_precision": r.key_precision} for r in rows],
                          "all": totals(rows)}, indent=2))
    else:
        print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
