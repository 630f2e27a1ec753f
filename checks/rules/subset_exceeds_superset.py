from crosscheck.checks.compare import count_phrase
from crosscheck.checks.rule import Rule, field, hit


class SubsetExceedsSuperset(Rule):
    """A subset is larger than its superset can be: the subset's lower bound exceeds the superset's upper bound.

    Bad:
        [[claim]]
        id = "killed"
        value = 5               # exactly 5 killed
        [[claim]]
        id = "children-killed"
        value = 6               # at least 6 children among them
        qualifier = "at_least"
        subset_of = "killed"

    Good:
        [[claim]]
        id = "killed"
        value = 20
        qualifier = "at_least"
    """

    id = "subset-exceeds-superset"
    own_article_only = True

    def check(self, article, corpus):
        for view in article.claims:
            parent_id = field(view.claim, "subset_of")
            parent = article.by_id.get(parent_id) if parent_id else None
            if parent is None or view.reading.interval is None or parent.reading.interval is None:
                continue
            sub, sup = view.reading.interval, parent.reading.interval
            if sup.hi is not None and sub.lo > sup.hi:
                yield hit(view, f"subset '{count_phrase(view)}' ({view.id}) is at least {sub.lo:,}, but its superset "
                                f"'{count_phrase(parent)}' ({parent.id}, line {parent.line}) allows at most {sup.hi:,}",
                          parent)

