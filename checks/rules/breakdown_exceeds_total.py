from collections import defaultdict

from crosscheck.checks.compare import count_phrase
from crosscheck.checks.rule import Rule, hit


class BreakdownExceedsTotal(Rule):
    """The parts of a total cannot fit in it: the sum of the parts' lower bounds exceeds the total's upper bound.

    Bad:
        [[claim]]
        id = "killed"
        value = 18              # exactly 18
        [[claim]]               # parts: 7 + 4 + 9 = 20 > 18
        part_of = "killed"
        value = 7
        ...

    Good:
        [[claim]]
        id = "killed"
        value = 20
        qualifier = "at_least"  # 7 + 4 + 6 = 17 fits in "at least 20"
    """

    id = "breakdown-exceeds-total"
    own_article_only = True

    def check(self, article, corpus):
        parts = defaultdict(list)
        for view in article.claims:
            part_of = view.claim.__dict__.get("part_of")  # (field(), inline: asked of every claim)
            if part_of and view.reading.interval is not None:
                parts[part_of].append(view)
        for total_id, members in parts.items():
            total = article.by_id.get(total_id)
            if total is None or total.reading.interval is None or total.reading.interval.hi is None:
                continue
            lows = sum(p.reading.interval.lo for p in members)
            if lows > total.reading.interval.hi:
                sums = " + ".join(f"{p.reading.interval.lo:,}" for p in members)
                yield hit(total, f"parts {sums} = {lows:,} exceed the total '{count_phrase(total)}' "
                                 f"(claim {total.id}, line {total.line}), which allows at most "
                                 f"{total.reading.interval.hi:,}; parts: "
                                 + ", ".join(f"{p.id} (line {p.line})" for p in members), *members)
