from crosscheck.checks.rule import Rule, hit


class OrderViolated(Rule):
    """A `before`/`after` relation the text states is impossible given the resolved dates.

    "A before B" is impossible when A's earliest day is after B's latest day.

    Bad:
        [[claim]]
        id = "pause"
        when = "in early September"
        after = ["resumption"]      # resumption: "in November" (2019-11), after the pause

    Good:
        before = ["resumption"]
    """

    id = "order-violated"
    own_article_only = True

    def check(self, article, corpus):
        for view in article.claims:
            values = view.claim.__dict__  # what field() reads: once a claim, not once a key
            for key in ("before", "after"):
                ids = values.get(key)
                if not ids:  # absent, or empty (most claims): no enumerate made for nothing
                    continue
                for position, other_id in enumerate(ids):
                    other = article.by_id.get(other_id)
                    if other is None or view.reading.day is None or other.reading.day is None:
                        continue
                    first, second = (view, other) if key == "before" else (other, view)
                    if first.reading.day.start > second.reading.day.end:
                        yield hit(view, f"'{view.id}' is stated to come {key} '{other_id}', but '{first.id}' "
                                        f"({first.reading.day}) starts after '{second.id}' ({second.reading.day}) "
                                        f"ends", other, line=article.line("claim", view.index, key, position))
