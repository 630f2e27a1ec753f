from crosscheck.checks.rule import REGISTRY, Rule, a_or_an, hit
from crosscheck.checks.finding import Hit
from crosscheck.claims.model import CountClaim, EventClaim, ExtensionClaim, VetoClaim

_WANTS = {  # key -> the claim types it may name
    "event": ("event",),
    "part_of": ("count",),
    "subset_of": ("count",),
    "before": ("event", "veto", "extension"),
    "after": ("event", "veto", "extension"),
    "relative_to": ("event", "veto", "extension"),
}
_WANTED_BY = {name: tuple((key, types) for key, types in _WANTS.items() if key in model.model_fields)
              for name, model in (("count", CountClaim), ("event", EventClaim), ("veto", VetoClaim),
                                  ("extension", ExtensionClaim))}


class UnknownReference(Rule):
    """A reference names no claim of the right type.

    Checked: a count's `event`, `part_of` and `subset_of`; `before`, `after` and `relative_to`; the claims and
    the rule of an `[[accept]]` (`claim-id` in this article, `article-id:claim-id` in another).

    Bad:
        [[claim]]
        id = "killed-binnish"
        type = "count"
        part_of = "kiled"      # no claim 'kiled'

    Good:
        part_of = "killed"     # a count claim of this article
    """

    id = "unknown-reference"

    def check(self, article, corpus):
        yield from self.check_own(article)
        yield from self.check_cross(article, corpus)

    def check_own(self, article):
        """The references between claims of this article: cached with the article's own findings."""
        by_id = article.by_id
        for view in article.claims:
            claim = view.claim
            values = claim.__dict__  # what field() reads: once a claim, not once a key
            for key, types in _WANTED_BY[claim.type]:  # (the keys its type has)
                names = values.get(key)
                if not names:  # none, or an empty before/after list (most claims): nothing to look up
                    continue
                if type(names) is str and (target := by_id.get(names)) is not None and target.claim.type in types:
                    continue  # (most references: one claim, of a type it may name)
                for position, name in enumerate([names] if isinstance(names, str) else names):
                    target = by_id.get(name)
                    if target is None and name in article.loaded.left_out:
                        continue  # its schema finding says why it is missing
                    if target is None:
                        problem = f"no claim '{name}' in this article"
                    elif target.claim.type not in types:
                        problem = f"'{name}' is {a_or_an(target.claim.type)} claim, not {' or '.join(types)}"
                    else:
                        continue
                    path = ("claim", view.index, key) + ((position,) if not isinstance(names, str) else ())
                    yield hit(view, f"{key} = '{name}': {problem}", line=article.line(*path))

    def check_cross(self, article, corpus):
        """The `[[accept]]` references, which may name other articles: re-run on every check."""
        broken = corpus.broken
        for index, accept in zip(article.loaded.accept_index, article.fixture.accept):
            if accept.rule not in REGISTRY:
                yield Hit((), f"[[accept]] names rule '{accept.rule}', which does not exist", article.file,
                          article.line("accept", index, "rule"), article.id)
            for position, ref in enumerate(accept.claims):
                owner, _, claim_id = ref.rpartition(":")
                target = corpus.articles.get(owner or article.id)
                if target is None and owner in broken:
                    problem = f"article '{owner}' has schema errors ({broken[owner]}), so its claims cannot be read"
                elif target is None:
                    problem = f"no article '{owner}' in the corpus"
                elif claim_id in target.loaded.left_out:
                    continue  # left out for a schema error, reported there
                elif claim_id not in target.by_id:
                    problem = f"no claim '{claim_id}' in article '{target.id}'"
                else:
                    continue
                yield Hit((), f"[[accept]] claim '{ref}': {problem}", article.file,
                          article.line("accept", index, "claims", position), article.id)
