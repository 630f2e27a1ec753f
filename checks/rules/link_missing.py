from crosscheck.checks.finding import Hit
from crosscheck.checks.rule import Rule
from crosscheck.claims.similar_keys import edits


class LinkMissing(Rule):
    """`links` names an article that is not in the corpus.

    The message lists the corpus's article ids at most two edits away, nearest first.

    Bad:
        links = ["syria-daily-2020-01-08"]     # no fixtures/syria-daily-2020-01-08.toml

    Good:
        links = ["syria-daily-2020-01-09"]
    """

    id = "link-missing"

    def check(self, article, corpus):
        for position, link in enumerate(article.fixture.article.links):
            if link not in corpus.articles and link not in corpus.broken:  # a linked fixture that exists but is broken has its own `schema` finding
                yield Hit((), f"links names '{link}', which is not in the corpus (no fixtures/**/{link}.toml)"
                              f"{_nearest(link, article.id, corpus)}", article.file, article.line("article", "links", position),
                          article.id)


def _nearest(link: str, own: str, corpus) -> str:
    """"; did you mean 'a' or 'b'?" with every other article id at most two edits away, nearest first."""
    near = sorted((n, other) for other in (*corpus.articles, *corpus.broken)
                  if other != own and (n := edits(link, other)) <= 2)
    if not near:
        return ""
    return "; did you mean " + " or ".join(f"'{other}'" for _, other in near) + "?"
