from crosscheck.checks.finding import Hit
from crosscheck.checks.rule import Rule, hit
from crosscheck.claims.text import fold


class QuoteNotFound(Rule):
    """A claim's `quote`, or a span of `[article] not_claims`, is not in the article text or title
    (or a claim has no quote where the text is on file).

    Matching ignores runs of white space and the difference between typographic and straight
    quotes, apostrophes and dashes; nothing else.

    Bad:
        quote = "At least 21 people have been killed"     # the text says 20
        not_claims = ["6.9-magnitude"]                   # the text says 6.8-magnitude

    Good:
        quote = "At least 20 people have been killed"
        not_claims = ["6.8-magnitude"]
    """

    id = "quote-not-found"
    own_article_only = True

    def check(self, article, corpus):
        text = article.text
        title = article.fixture.article.title
        for view in article.claims:
            quote = view.claim.quote
            if quote is None:
                if text is not None:
                    yield hit(view, f"claim '{view.id}' has no quote: the article text is on file "
                                    f"({article.loaded.text_file}), so every claim must quote it")
                continue
            if quote in title or (text is not None and quote in text):
                continue  # (most quotes) as written is found folded too: folding keeps a part's place in the whole
            needle = fold(quote)
            if needle in title or (text is not None and needle in text) or _in_folded(article, needle):
                continue
            where = f"the article text ({article.loaded.text_file}) or its title" if text is not None else \
                "the title (no article text is on file)"
            yield hit(view, f"quote \"{quote}\" is not in {where}", line=article.line("claim", view.index, "quote"))
        for i, span in enumerate(getattr(article.fixture.article, "not_claims", None) or ()):
            needle = fold(span)
            if needle and (needle in title or (text is not None and needle in text) or _in_folded(article, needle)):
                continue
            where = f"the article text ({article.loaded.text_file}) or its title" if text is not None else \
                "the title (no article text is on file)"
            yield Hit(claims=(), message=f"not_claims[{i}] \"{span}\" is not in {where}: it marks nothing",
                      file=article.file, line=article.line("article", "not_claims", i), article=article.id)


def _in_folded(article, needle: str) -> bool:
    """Whether the folded needle is in the folded title or text. Asked only when it is in neither as written:
    a folded needle found as written is found folded too (its spaces are single, between other characters,
    and it has no typographic ones), so most articles' texts need no folding at all."""
    folded_title, folded_text = article.folded
    return needle in folded_title or (folded_text is not None and needle in folded_text)
