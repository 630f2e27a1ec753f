from crosscheck.checks.finding import Hit, Severity
from crosscheck.checks.rule import Rule


class SimilarKey(Rule):
    """A key stated by this article only is one slip from a key that other articles state.

    One edit (insert, delete, replace, swap of neighbours), or two edits inside one slug segment
    of 8 or more characters; keys that differ only in digits ("day-3", "day-4") never are. A
    typo in a key silently takes the claim out of every cross-report check, so the message lists
    every key it may have meant, with the number of articles stating each.

    Bad:
        key = "morocco-quake-2023/kiled"      # three other reports: "morocco-quake-2023/killed"

    Good:
        key = "morocco-quake-2023/killed"
    """

    id = "similar-key"
    severity = Severity.WARNING

    def check(self, article, corpus):
        index = corpus.key_index
        if index.alone.isdisjoint(article.key_claims):
            return  # another article states each of its keys too (most articles): none is a slip
        for key, (claim_id, position) in article.key_claims.items():
            near = index.near(key, article.id)
            if not near:
                continue
            meant = ", ".join(f"'{k}' ({n} article{'' if n == 1 else 's'})" for k, n in near)
            yield Hit((f"{article.id}:{claim_id}",), f"'{key}' is stated only here; did you mean {meant}?",
                      article.file, article.line("claim", position, "key"), article.id)
