#!/usr/bin/env python3
"""How much of a hand-written fixture `crosscheck draft` recovers (a measurement, not a test).

How to run (from the repository root):

    .venv/bin/python bench/draft_recall.py              # this repository's corpus
    .venv/bin/python bench/draft_recall.py --root DIR   # another corpus
    .venv/bin/python bench/draft_recall.py --json       # the rows as JSON

For each article of the corpus that has both a text and a hand-written fixture, the text is drafted
(against the fixture's publication date) and compared with the fixture, one-to-one:

- counts: a hand-written count is recovered by a drafted count with the same value and qualifier
  whose quote overlaps its quote in the text;
- dated claims (event, veto, extension): recovered by a drafted claim of the same type whose `when`
  resolves to the same interval of days;
- precision: the drafted claims that recover a hand-written one, out of all drafted claims.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from crosscheck.claims.corpus import load_corpus
from crosscheck.claims.dates import DateExpressionError, resolve
from crosscheck.claims.draft import statements
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

    @property
    def count_recall(self) -> float:
        return self.counts_found / self.counts if self.counts else 1.0

    @property
    def dated_recall(self) -> float:
        return self.dated_found / self.dated if self.dated else 1.0

    @property
    def precision(self) -> float:
        return self.drafted_matching / self.drafted if self.drafted else 1.0


def _overlap(a, b) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def compare(article) -> Row:
    """One article: its hand-written claims against the draft of its text."""
    text, published = article.text, article.fixture.article.day
    drafted = [st.claim for st in statements(text, published) if st.claim is not None]
    spans = {id(c): find_quote(c["quote"], text) for c in drafted}
    intervals = {}
    for c in drafted:
        if c["type"] != "count":
            try:
                intervals[id(c)] = resolve(c["when"], published, scheduled=c.get("status") == "scheduled")
            except DateExpressionError:
                intervals[id(c)] = None  # relative to another claim: no interval of its own here
    used: set[int] = set()
    found: set[str] = set()
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
    counts = [v.claim.id for v in article.claims if v.claim.type == "count"]
    dated = [v.claim.id for v in article.claims if v.claim.type != "count"]
    missed = [v.claim.id for v in article.claims if v.claim.id not in found]
    return Row(article.id, len(counts), len(found.intersection(counts)), len(dated), len(found.intersection(dated)),
               len(drafted), len(used), missed)


def measure(root: Path) -> list[Row]:
    corpus = load_corpus(root)
    return [compare(a) for a in sorted(corpus.articles.values(), key=lambda a: a.id) if a.text is not None]


def table(rows: list[Row]) -> str:
    head = f"{'article':<28} {'counts':>12} {'dated claims':>14} {'precision':>14}  missed"
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(f"{r.article:<28} {r.counts_found:>3}/{r.counts:<3} {r.count_recall:>5.0%} "
                     f"{r.dated_found:>4}/{r.dated:<3} {r.dated_recall:>5.0%} "
                     f"{r.drafted_matching:>4}/{r.drafted:<3} {r.precision:>5.0%}  {', '.join(r.missed) or '-'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path("."))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = measure(args.root)
    if args.json:
        print(json.dumps([asdict(r) | {"count_recall": r.count_recall, "dated_recall": r.dated_recall,
                                       "precision": r.precision} for r in rows], indent=2))
    else:
        print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
