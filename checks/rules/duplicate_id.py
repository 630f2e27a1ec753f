from crosscheck.checks.rule import Rule, hit


class DuplicateId(Rule):
    """Two claims of one article share an id, so references to it are ambiguous.

    Bad:
        [[claim]]
        id = "killed"
        ...
        [[claim]]
        id = "killed"     # a second claim with the same id

    Good:
        [[claim]]
        id = "killed"
        ...
        [[claim]]
        id = "killed-children"
    """

    id = "duplicate-id"
    own_article_only = True

    def check(self, article, corpus):
        for view in article.claims:
            first = article.by_id[view.id]
            if first is not view:
                yield hit(view, f"claim id '{view.id}' is already used by the claim at line {first.line}", first)
