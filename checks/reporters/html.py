"""The HTML report: one self-contained page (no script, no fetch) an editor can open or print.

Python computes everything (segments, statuses, coordinates); the Jinja templates only lay it
out, with autoescape on, so article text and fixture strings are always text, never markup.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from collections import defaultdict
from pathlib import Path


from crosscheck.checks.reporters import Reporter, changed_note, plural
from crosscheck.checks.reporters import keycharts
from crosscheck.checks.reporters.highlight import Segment, locate, paragraphs, segments
from crosscheck.checks.reporters.marked import marked
from crosscheck.checks.finding import tally
from crosscheck.checks.reporters.status import article_status, chip, claim_status, findings_by_claim, verdict, worst
from crosscheck.checks.reporters.fragments import FILTERS, GLOBALS
from crosscheck.checks.reporters.timeline import timeline
from crosscheck.checks.rule import REGISTRY
import crosscheck.checks.rules  # noqa: F401  (registers every rule: their docs go with the findings)
from crosscheck.claims.coverage import counted
from crosscheck.claims.draft import statements, uncovered
from crosscheck.claims.text import find_quote
from crosscheck.claims.explain import explain

TEMPLATES = Path(__file__).parent / "templates"


@lru_cache(maxsize=1)  # one per process: a template is compiled once, not once per batch of pages
def environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined  # here: only the HTML report pays its import

    class Env(Environment):
        def getattr(self, obj, attribute):
            # the contexts are dicts: a key first, not an AttributeError for every `a.title` of every page
            if type(obj) is dict and attribute in obj:
                return obj[attribute]
            return super().getattr(obj, attribute)

    env = Env(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
              trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
              auto_reload=False)  # the templates are the package's own files: no stat per page
    env.filters["plural"] = plural
    env.filters.update(FILTERS)
    env.globals.update(GLOBALS)
    return env


@lru_cache(maxsize=65536)  # every claim's anchor is asked for by its mark, its row, its findings and links
def anchor(*parts: str) -> str:
    """An id attribute: slugs kept, ":" and "/" (claim refs, keys) as "__", which no slug holds;
    anything else replaced, with a short hash of the original so ids stay unique."""
    raw = "-".join(parts)
    safe = re.sub(r"[^A-Za-z0-9_-]+", "-", raw.replace(":", "__").replace("/", "__"))
    if not re.fullmatch(r"[A-Za-z0-9_:/-]+", raw):
        safe += "-" + hashlib.sha1(raw.encode()).hexdigest()[:6]
    return safe


class PageLinks:
    """Where things are in the one-page report: fragments of this page."""

    def __init__(self, keys):
        self.keys = set(keys)

    def article(self, article_id: str) -> str:
        return "#" + anchor("a", article_id)

    def claim(self, ref: str) -> str:
        return "#" + anchor("q", ref)

    def key(self, key: str | None) -> str | None:
        return "#" + anchor("k", key) if key in self.keys else None


class HtmlReporter(Reporter):
    name = "html"
    suffix = ".html"

    def render(self, result) -> str:
        return environment().get_template("report.html.j2").render(**context(result))


def context(result) -> dict:
    corpus = result.corpus
    by_claim = findings_by_claim(result.findings)
    keys = keycharts.shared_keys(corpus)
    links = PageLinks(keys)
    files_of: dict[str, list[str]] = defaultdict(list)
    for loaded in corpus.files:
        files_of[loaded.article_id].append(loaded.file)
    index = {"links": links, "files_of": files_of, "cited_by": cited_by(corpus.articles.values()),
             "titles": titles_of(corpus)}
    articles = [article_context(result, loaded, by_claim, index) for loaded in corpus.files]
    # unreadable fixtures first (they need fixing), then newest first
    articles.sort(key=lambda a: (a["view"] is not None, -a["view"].fixture.article.day.toordinal() if a["view"] else 0,
                                 a["id"], a["file"]))
    for a in articles:
        del a["view"]
    day_of = keycharts.days_of(corpus)
    return {
        "summary": result.summary,
        "changed_note": changed_note(result.summary),
        "articles": articles,
        "keys": [key_context(result, key, corpus.by_key[key], day_of, by_claim, links) for key in keys],
        "statuses": ("contradicted", "warned", "accepted", "consistent"),
    }


def cited_by(articles) -> dict[str, list[str]]:
    """Article id -> the articles that cite it, oldest first."""
    out: dict[str, list[str]] = defaultdict(list)
    for a in sorted(articles, key=lambda a: (a.fixture.article.day, a.id)):
        for target in a.fixture.article.links:
            out[target].append(a.id)
    return out


def titles_of(corpus) -> dict:
    return {a.id: (a.fixture.article.title, a.fixture.article.day.isoformat()) for a in corpus.articles.values()}


def finding_context(f, links) -> dict:
    rule = REGISTRY.get(f.rule)
    return {
        "rule": f.rule, "severity": str(f.severity), "accepted": f.accepted, "reason": f.reason,
        "message": f.message, "file": f.file, "line": f.line,
        "claims": [{"ref": ref, "href": links.claim(ref)} for ref in f.claims],
        "summary": rule.summary() if rule else "", "doc": rule.doc() if rule else "",
        "status": claim_status([f]),
    }


def grouped(contexts: list[dict]) -> list[dict]:
    """Findings of one rule on one claim (a report whose date ten earlier reports contradict): the first shown
    whole, the others folded under it ("more"), so that one wrong claim reads as one card, not ten; then those
    of one rule against one and the same other claim (``against``)."""
    out, first = [], {}
    for c in contexts:
        k = (c["rule"], c["severity"], c["accepted"], c["reason"], c["file"], c["line"],
             c["claims"][0]["ref"] if c["claims"] else None)
        if k in first and c["claims"]:
            first[k]["more"].append(c)
            first[k]["count"] += 1
        else:
            first[k] = dict(c, more=[], count=1, against=None)
            out.append(first[k])
    return _against_one(out)


def _against_one(cards: list[dict]) -> list[dict]:
    """Then the findings of one rule that each pair another claim with one and the same claim (five later
    official tolls below one report's unconfirmed 150): the first shown whole, the others folded under it."""
    out, first = [], {}
    for c in cards:
        k = (c["rule"], c["severity"], c["accepted"], c["reason"], c["claims"][1]["ref"]) \
            if c["count"] == 1 and len(c["claims"]) == 2 else None
        if k is not None and k in first:
            first[k]["more"].append(c)
            first[k]["count"] += 1
            first[k]["against"] = c["claims"][1]
        else:
            if k is not None:
                first[k] = c
            out.append(c)
    return out


def article_context(result, loaded, by_claim, index: dict, view=None, new: bool = False) -> dict:
    """One article's section. ``index`` holds what every article needs, computed once per report:
    "links" (where things are), "files_of" (article id -> its fixtures), "cited_by", "titles"
    (article id -> (title, published) of any article it may link to)."""
    links = index["links"]
    if view is None:
        view = result.corpus.articles.get(loaded.article_id) if loaded.fixture is not None else None
    others = {f for f in index["files_of"][loaded.article_id] if f != loaded.file}
    findings = [f for f in result.by_article.get(loaded.article_id, []) if f.file not in others]
    out = {"id": loaded.article_id, "anchor": anchor("a", loaded.article_id), "file": loaded.file, "view": view,
           "status": article_status(findings), "chip": chip(findings), "counts": tally(findings), "published": None,
           "claims": [], "new": new}
    if view is None or view.file != loaded.file:  # unreadable, or a second file claiming a used id
        out.update(view=None, anchor=anchor("f", loaded.file), title=None, title_html="", paragraphs=None,
                   coverage=None,
                   timeline=None, links=[], cited_by=[], outlet=None, url=None, weekday=None,
                   findings=grouped([finding_context(f, links) for f in findings]))
        return out
    article = view.fixture.article
    text = view.text
    in_text, in_title = locate(view.claims, text, article.title)
    gaps, coverage = _coverage(text, article.day, in_text, getattr(article, "not_claims", None) or ())
    claims, tips = {}, {}
    for c in view.claims:
        fs = by_claim.get(c.ref, [])
        claims[c.ref] = {
            "ref": c.ref, "id": c.id, "type": c.claim.type, "line": c.line, "explain": explain(c),
            "status": claim_status(fs), "href": links.claim(c.ref),
            "where": "text" if c.ref in in_text else "title" if c.ref in in_title else None,
            "row_anchor": anchor("c" if c.ref in in_text or c.ref in in_title else "q", c.ref),
            "key": c.claim.key, "key_href": links.key(c.claim.key),
            "findings": [finding_context(f, links) for f in fs],
        }
    out.update(
        published=article.day.isoformat(), weekday=f"{article.day:%A}", title=article.title,
        outlet=article.outlet, url=article.url if _safe_url(article.url) else None,
        title_html=marked(_marks(segments(article.title, 0, len(article.title), in_title), claims), tips),
        paragraphs=None if text is None else [marked(_marks(p, claims), tips) for p in paragraphs(text, in_text, gaps)],
        coverage=coverage,
        claims=list(claims.values()),
        findings=grouped([finding_context(f, links) for f in findings]),
        timeline=timeline(view, by_claim, _Located(links, in_text, in_title)),
        links=[_link(index, a) for a in article.links],
        cited_by=[_link(index, a) for a in index["cited_by"].get(loaded.article_id, ())],
    )
    return out


class _Located:
    """The timeline links only claims highlighted in the text (a `get` of ref -> href, or None)."""

    def __init__(self, links, in_text, in_title):
        self.links, self.located = links, set(in_text) | set(in_title)

    def get(self, ref):
        return self.links.claim(ref) if ref in self.located else None


def _coverage(text: str | None, published, in_text: dict, not_claims=()) -> tuple[list, dict | None]:
    """The statements of the text (numbers, vague amounts, dates, as `crosscheck draft` finds them) that
    no claim quotes, as (span, reading) marks; and how many of them the fixture encodes. What the format
    does not count (a clock time, a magnitude, a distance, a year alone, a percentage) is left out, and
    so is what the editor marked with `not_claims`."""
    if text is None:
        return [], None
    marked = [span for phrase in not_claims if (span := find_quote(phrase, text))]
    quoted = list(in_text.values()) + marked
    found = [st for st in statements(text, published, claims=False, quoted=quoted) if counted(text, st)]
    missing = uncovered(found, quoted)
    found = [st for st in found if not any(lo <= st.anchor[0] and st.anchor[1] <= hi for lo, hi in marked)]
    gaps = [(st.span, f"not encoded: {' '.join(st.reading.split())}") for st in missing]
    return gaps, {"encoded": len(found) - len(missing), "total": len(found)}


def _marks(segs: list[Segment], claims: dict) -> list[dict]:
    return [{"text": s.text, "claims": [claims[r] for r in s.refs], "gaps": list(s.gaps),
             "anchors": [anchor("q", r) for r in s.first], "first": list(s.first),
             "status": worst(claims[r]["status"] for r in s.refs) if s.refs else None} for s in segs]


def _link(index, article_id: str) -> dict:
    target = index["titles"].get(article_id)
    if target is None:
        return {"id": article_id, "href": None, "title": None, "published": None}
    return {"id": article_id, "href": index["links"].article(article_id), "title": target[0], "published": target[1]}


def _safe_url(url: str | None) -> bool:
    return bool(url) and re.match(r"https?://[^\s\"'<>]+$", url) is not None


def key_context(result, key: str, views, day_of, by_claim, links, new=frozenset(), findings=None) -> dict:
    """A shared key's section: its charts, every statement and the findings under it. ``findings``
    (default: every finding of the key) and ``views`` may be one page's share of a large key; the
    verdict is always the whole key's."""
    groups = result.corpus.settings.sources
    return key_section(key, views, day_of, by_claim, links, result.by_key.get(key, ()), groups, new, findings)


def key_section(key, views, day_of, by_claim, links, key_findings, groups, new=frozenset(), findings=None,
                page_note: str | None = None) -> dict:
    colors = keycharts.SourceColors(views, groups)
    status, sentence = verdict(key_findings)
    shown = list(key_findings) if findings is None else findings
    rows = [dict(r, href=links.article(r["article"]), claim_href=links.claim(r["ref"]))
            for r in keycharts.table(day_of, views, by_claim, colors, new)]
    marks = {s: any(r["status"] == s for r in rows) for s in ("contradicted", "warned")}
    marks["new"] = any(r["new"] for r in rows)
    return {
        "key": key, "anchor": anchor("k", key), "legend": keycharts.legend(colors), "page_note": page_note,
        "verdict_status": status, "verdict": sentence, "verdict_chip": chip(key_findings),
        "count_chart": keycharts.count_chart(day_of, [v for v in views if v.claim.type == "count"], by_claim, colors,
                                             new),
        "date_chart": keycharts.date_chart(day_of, [v for v in views if v.claim.type != "count"], by_claim, colors,
                                           new),
        "rows": rows, "marks": marks,
        "findings": grouped([finding_context(f, links) for f in shown]),
    }
