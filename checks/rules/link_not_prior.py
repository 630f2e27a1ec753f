from crosscheck.checks.finding import Hit
from crosscheck.checks.rule import Rule


class LinkNotPrior(Rule):
    """A linked report was published after the article that cites it.

    Bad:
        published = 2020-01-11
        links = ["syria-daily-2020-01-12"]

    Good:
        links = ["syria-daily-2020-01-09"]
    """

    id = "link-not-prior"

    def check(self, article, corpus):
        published = article.fixture.article.day
        for position, link in enumerate(article.fixture.article.links):
            linked = corpus.articles.get(link)
            if linked is not None and linked.fixture.article.day > published:
                yield Hit((), f"links names '{link}', published {linked.fixture.article.day}, after this article "
                              f"({published}): a cited report must be prior",
                          article.file, article.line("article", "links", position), article.id)
