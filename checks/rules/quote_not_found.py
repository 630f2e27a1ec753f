from crosscheck.checks.rule import Rule, hit
from crosscheck.claims.text import fold


class QuoteNotFound(Rule):
    """A claim's `quote` is not in the article text or title (or is missing where the text is on file).

    Matching ignores runs of white space and the difference between typographic and straight
    quotes, apostrophes and dashes; nothing else.

    Bad:
        quote = "At least 21 people have been killed"     # the text says 20

    Good:
        quote = "At least 20 people have been killed"
    """

    id = "quote-not-found"
    own_article_only = True

    def check(self, article, corpus):
        text = article.text
        folded_title, folded_text = article.folded
        for view in article.claims:
            quote = view.claim.quote
            if quote is None:
                if text is not None:
                    yield hit(view, f"claim '{view.id}' has no quote: the article text is on file "
                                    f"({article.loaded.text_file}), so every claim must quote it")
                continue
            needle = fold(quote)
            if needle in folded_title or (folded_text is not None and needle in folded_text):
                continue
            where = f"the article text ({article.loaded.text_file}) or its title" if text is not None else \
                "the title (no article text is on file)"
            yield hit(view, f"quote \"{quote}\" is not in {where}", line=article.line("claim", view.index, "quote"))
