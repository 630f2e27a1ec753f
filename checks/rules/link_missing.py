from crosscheck.checks.finding import Hit
from crosscheck.checks.rule import Rule


class LinkMissing(Rule):
    """`links` names an article that is not in the corpus.

    Bad:
        links = ["syria-daily-2020-01-08"]     # no fixtures/syria-daily-2020-01-08.toml

    Good:
        links = ["syria-daily-2020-01-09"]
    """

    id = "link-missing"

    def check(self, article, corpus):
        for position, link in enumerate(article.fixture.article.links):
            if link not in corpus.articles and link not in corpus.broken:  # a linked fixture that exists but is broken has its own `schema` finding
                yield Hit((), f"links names '{link}', which is not in the corpus (no fixtures/**/{link}.toml)",
                          article.file, article.line("article", "links", position), article.id)
