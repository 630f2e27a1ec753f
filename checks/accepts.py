"""`[[accept]]`: the findings an editor has reviewed are marked accepted; an accept that matches
no finding is itself a finding (`unused-accept`)."""
from __future__ import annotations

from crosscheck.checks.finding import Finding
from crosscheck.checks.rule import REGISTRY


def apply_accepts(corpus, findings: list[Finding]) -> list[Finding]:
    """Mark findings matched by an `[[accept]]`: same rule, every claim it names among the finding's
    claims, and the accepting article involved. Unmatched accepts become `unused-accept`."""
    by_rule: dict[str, list[int]] = {}
    for i, finding in enumerate(findings):
        by_rule.setdefault(finding.rule, []).append(i)
    unused = REGISTRY["unused-accept"]
    off = corpus.settings.disable
    out = list(findings)
    for article in corpus.articles.values():
        for index, accept in zip(article.loaded.accept_index, article.fixture.accept):
            if accept.rule in off or unused.id in off:  # its rule is off: nothing to match, nothing to report
                continue
            refs = {ref if ":" in ref else f"{article.id}:{ref}" for ref in accept.claims}
            matched, partly, named = False, 0, set()
            for i in by_rule.get(accept.rule, ()):
                finding = out[i]
                involved = finding.article == article.id or any(
                    c.startswith(f"{article.id}:") for c in finding.claims
                )
                if involved and refs <= set(finding.claims):
                    out[i] = finding.accept(accept.reason) if not finding.accepted else finding
                    matched = True
                elif involved and refs & set(finding.claims):
                    partly += 1
                    named |= {c for c in accept.claims if (c if ":" in c else f"{article.id}:{c}") in finding.claims}
            if not matched:
                out.append(
                    Finding(
                        unused.id,
                        unused.severity,
                        article.id,
                        tuple(sorted(refs)),
                        f"[[accept]] of {accept.rule} for {', '.join(accept.claims)} matches no finding: "
                        + (_one_each(accept.rule, next(c for c in accept.claims if c in named), partly) if partly else
                           "remove it, or name the rule and claims of the finding it is for"),
                        article.file,
                        article.line("accept", index),
                    )
                )
    return out


def _one_each(rule: str, named: str, partly: int) -> str:
    # (an editor listing every claim of a revised figure means each of their findings)
    return (f"none names all of them ({partly} name{'s' if partly == 1 else ''} some); an [[accept]] names the claims of "
            f"one finding, so write one per finding: claims = [\"{named}\"] accepts every {rule} finding that names "
            f"{named}")
