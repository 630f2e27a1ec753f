"""The HTML report: one self-contained page (no script, no fetch) an editor can open or print.

Python computes everything (segments, statuses, coordinates); the Jinja templates only lay it
out, with autoescape on, so article text and fixture strings are always text, never markup.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from pathlib import Path


from crosscheck.checks.reporters import Reporter, changed_note
from crosscheck.checks.reporters import keycharts
from crosscheck.checks.reporters.highlight import Segment, locate, paragraphs, segments
from crosscheck.checks.finding import tally
from crosscheck.checks.reporters.status import article_status, claim_status, findings_by_claim, worst
from crosscheck.checks.reporters.timeline import timeline
from crosscheck.checks.rule import REGISTRY
import crosscheck.checks.rules  # noqa: F401  (registers every rule: their docs go with the findings)
from crosscheck.claims.draft import statements, uncovered
from crosscheck.claims.explain import explain

TEMPLATES = Path(__file__).parent / "templates"


def environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined  # here: only the HTML report pays its import

    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["plural"] = lambda n, noun: f"{n} {noun}{'' if n == 1 else 's'}"
    return env


def anchor(*parts: str) -> str:
    """An id attribute: slugs kept, ":" and "/" (claim refs, keys) as "__", which no slug holds;
    anything else replaced, with a short hash of the original so ids stay unique."""
    raw = "-".join(parts)
    safe = re.sub(r"[^A-Za-z0-9_-]+", "-", raw.replace(":", "__").replace("/", "__"))
    if not re.fullmatch(r"[A-Za-z0-9_:/-]+", raw):
        safe += "-" + hashlib.sha1(raw.encode()).hexdigest()[:6]
    return safe


class HtmlReporter(Reporter):
    name = "html"
    suffix = ".html"

    def render(self, result) -> str:
        return environment().get_template("report.html.j2").render(**context(result))


def context(result) -> dict:
    corpus = result.corpus
    by_claim = findings_by_claim(result.findings)
    keys = keycharts.shared_keys(corpus)
    spans = {a.id: locate(a.claims, a.text, a.fixture.article.title) for a in corpus.articles.values()}
    hrefs = {ref: "#" + anchor("q", ref) for in_text, in_title in spans.values() for ref in [*in_text, *in_title]}
    files_of: dict[str, list[str]] = defaultdict(list)
    for loaded in corpus.files:
        files_of[loaded.article_id].append(loaded.file)
    cited_by: dict[str, list] = defaultdict(list)
    for a in sorted(corpus.articles.values(), key=lambda a: (a.fixture.article.day, a.id)):
        for target in a.fixture.article.links:
            cited_by[target].append(a.id)
    index = {"keys": set(keys), "spans": spans, "hrefs": hrefs, "files_of": files_of, "cited_by": cited_by}
    articles = [_article(result, loaded, by_claim, index) for loaded in corpus.files]
    # unreadable fixtures first (they need fixing), then newest first
    articles.sort(key=lambda a: (a["view"] is not None, -a["view"].fixture.article.day.toordinal() if a["view"] else 0,
                                 a["id"], a["file"]))
    for a in articles:
        del a["view"]
    return {
        "summary": result.summary,
        "changed_note": changed_note(result.summary),
        "articles": articles,
        "keys": [_key(result, key, by_claim, hrefs) for key in keys],
        "statuses": ("contradicted", "warned", "accepted", "consistent"),
    }


def _finding(f, anchors: dict[str, str]) -> dict:
    rule = REGISTRY.get(f.rule)
    return {
        "rule": f.rule, "severity": str(f.severity), "accepted": f.accepted, "reason": f.reason,
        "message": f.message, "file": f.file, "line": f.line,
        "claims": [{"ref": ref, "href": anchors.get(ref)} for ref in f.claims],
        "summary": rule.summary() if rule else "", "doc": rule.doc() if rule else "",
        "status": claim_status([f]),
    }


def _article(result, loaded, by_claim, index: dict) -> dict:
    """One article's section. ``index`` holds what every article needs, computed once per report."""
    corpus, keys, hrefs = result.corpus, index["keys"], index["hrefs"]
    view = corpus.articles.get(loaded.article_id) if loaded.fixture is not None else None
    others = {f for f in index["files_of"][loaded.article_id] if f != loaded.file}
    findings = [f for f in result.by_article.get(loaded.article_id, []) if f.file not in others]
    out = {"id": loaded.article_id, "anchor": anchor("a", loaded.article_id), "file": loaded.file, "view": view,
           "status": article_status(findings), "counts": tally(findings), "published": None, "claims": []}
    if view is None or view.file != loaded.file:  # unreadable, or a second file claiming a used id
        out.update(view=None, anchor=anchor("f", loaded.file), title=None, title_segments=[], paragraphs=None,
                   coverage=None,
                   timeline=None, links=[], cited_by=[], outlet=None, url=None, weekday=None,
                   findings=[_finding(f, hrefs) for f in findings])
        return out
    article = view.fixture.article
    in_text, in_title = index["spans"][view.id]
    gaps, coverage = _coverage(view.text, article.day, in_text)
    claims = {}
    for c in view.claims:
        fs = by_claim.get(c.ref, [])
        claims[c.ref] = {
            "ref": c.ref, "id": c.id, "type": c.claim.type, "line": c.line, "explain": explain(c),
            "status": claim_status(fs), "href": hrefs.get(c.ref),
            "where": "text" if c.ref in in_text else "title" if c.ref in in_title else None,
            "key": c.claim.key, "key_href": "#" + anchor("k", c.claim.key) if c.claim.key in keys else None,
            "findings": [_finding(f, hrefs) for f in fs],
        }
    out.update(
        published=article.day.isoformat(), weekday=f"{article.day:%A}", title=article.title,
        outlet=article.outlet, url=article.url if _safe_url(article.url) else None,
        title_segments=_marks(segments(article.title, 0, len(article.title), in_title), claims),
        paragraphs=None if view.text is None else [_marks(p, claims) for p in paragraphs(view.text, in_text, gaps)],
        coverage=coverage,
        claims=list(claims.values()),
        findings=[_finding(f, hrefs) for f in findings],
        timeline=timeline(view, by_claim, hrefs),
        links=[_link(corpus, a) for a in article.links],
        cited_by=[_link(corpus, a) for a in index["cited_by"][loaded.article_id]],
    )
    return out


def _coverage(text: str | None, published, in_text: dict) -> tuple[list, dict | None]:
    """The statements of the text (numbers, vague amounts, dates, as `crosscheck draft` finds them) that
    no claim quotes, as (span, reading) marks; and how many of them the fixture encodes."""
    if text is None:
        return [], None
    found = statements(text, published, claims=False)  # anchors and readings only: no drafting
    missing = uncovered(found, list(in_text.values()))
    gaps = [(st.span, f"not encoded: {' '.join(st.reading.split())}") for st in missing]
    return gaps, {"encoded": len(found) - len(missing), "total": len(found)}


def _marks(segs: list[Segment], claims: dict) -> list[dict]:
    return [{"text": s.text, "claims": [claims[r] for r in s.refs], "gaps": list(s.gaps),
             "anchors": [anchor("q", r) for r in s.first], "first": list(s.first),
             "status": worst(claims[r]["status"] for r in s.refs) if s.refs else None} for s in segs]


def _link(corpus, article_id: str) -> dict:
    target = corpus.articles.get(article_id)
    if target is None:
        return {"id": article_id, "href": None, "title": None, "published": None}
    return {"id": article_id, "href": "#" + anchor("a", article_id), "title": target.fixture.article.title,
            "published": target.fixture.article.day.isoformat()}


def _safe_url(url: str | None) -> bool:
    return bool(url) and re.match(r"https?://[^\s\"'<>]+$", url) is not None


def _key(result, key: str, by_claim, anchors) -> dict:
    views = result.corpus.by_key[key]
    corpus = result.corpus
    colors = keycharts.SourceColors(views, corpus.settings.sources)
    return {
        "key": key, "anchor": anchor("k", key), "legend": keycharts.legend(colors),
        "count_chart": keycharts.count_chart(corpus, [v for v in views if v.claim.type == "count"], by_claim, colors),
        "date_chart": keycharts.date_chart(corpus, [v for v in views if v.claim.type != "count"], by_claim, colors),
        "rows": [dict(r, href="#" + anchor("a", r["article"]), claim_href=anchors.get(r["ref"]))
                 for r in keycharts.table(corpus, views, by_claim, colors)],
        "findings": [_finding(f, anchors) for f in result.by_key.get(key, [])],
    }
