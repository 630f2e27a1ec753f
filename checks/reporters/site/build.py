"""Writing the report site in one pass over the check's results: each page rendered, written and
forgotten before the next (the articles are loaded, but no page waits in memory for the others).

A warm run loads only the articles whose pages must be written again (and, for a key's pages, that
key's claims from the check's cache), so one edit in 10,000 articles costs a few pages.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from crosscheck.checks.cache import digest, tool_key
from crosscheck.checks.finding import tally
from crosscheck.checks.key_groups import bucket, key_views
from crosscheck.checks.reporters import html, keycharts
from crosscheck.checks.reporters.site.folder import SiteFolder
from crosscheck.checks.reporters.site.inputs import Facts
from crosscheck.checks.reporters.site.links import SiteLinks, article_file, key_file, list_file
from crosscheck.checks.reporters.status import article_status, chip, findings_by_claim, verdict
from crosscheck.claims.corpus import CorpusError, article_view
from crosscheck.claims.loader import load_fixture
from crosscheck.claims.settings import load_settings
from crosscheck.claims.toml_read import read_bytes

KEY_ROWS = 120  # statements per key page: a page of a key every article shares stays ~200 KB
LIST_ROWS = 500  # rows per page of the articles and keys lists
INDEX_ROWS = 100  # newest articles shown on the index itself
INDEX_FINDINGS = 300  # findings listed on the index; the rest are on the article pages
KEY_BUCKETS = 8  # of the cache's 64 files of key groups, read at a time


class ChangedWhileWriting(CorpusError):
    """A fixture changed since the check read it: its page would not match the check's findings."""


@dataclass
class Written:
    pages: dict[str, str | None] = field(default_factory=dict)  # page -> inputs hash (None: always rewritten)
    written: int = 0
    kept: int = 0
    largest: tuple[int, str] = (0, "")
    removed: int = 0


def build(result, root: Path, out: Path, *, changed: frozenset[str] | None = None, since: str | None = None,
          jobs: int | None = None) -> Written:
    """Write the site for ``result`` (a check of the corpus at ``root``) into the folder ``out``.
    ``changed``: the articles changed since ``since`` (None with a ``since``: every article)."""
    folder = SiteFolder(out)
    folder.claim()
    env = html.environment()
    state = Written()
    focus = changed if since is not None else frozenset()
    light = getattr(result, "_articles", None)
    if (light is not None and result.cached and "corpus" not in result.__dict__
            and all(hasattr(a, "facts") for a in light.values())):
        source = _FromFacts(result, root, folder, focus)
    else:
        source = _FromCorpus(result, focus)
    css = (html.TEMPLATES / "style.css").read_text(encoding="utf-8")
    if folder.fresh("style.css", _digest(css)):
        state.pages["style.css"], state.kept = _digest(css), state.kept + 1
    else:
        _page(folder, state, env, "style.css", _digest(css), text=css)

    rows = dict(folder.manifest["rows"].get("articles", {})) if isinstance(source, _FromFacts) else {}
    inputs, todo = {}, []
    for article_id, hashed in source.article_inputs():
        page = article_file(article_id)
        if folder.fresh(page, hashed) and article_id in rows:
            state.pages[page], state.kept = hashed, state.kept + 1
        else:
            inputs[article_id] = hashed
            todo.append(article_id)
    work = [(a, inputs[a]) for a in todo]  # each worker reads its articles one at a time
    for article_id, hashed, row, size in _in_workers(_render_articles, work, result, source, folder, jobs):
        page = article_file(article_id)
        rows[article_id] = row
        state.pages[page], state.written = hashed, state.written + 1
        state.largest = max(state.largest, (size, page))
    rows = {k: v for k, v in rows.items() if k in source.article_ids}

    key_rows = dict(folder.manifest["rows"].get("keys", {})) if isinstance(source, _FromFacts) else {}
    inputs, todo = {}, []
    for key, hashed in source.key_inputs():
        pages = key_rows.get(key, {}).get("pages", 0)
        if pages and all(folder.fresh(key_file(key, n), hashed) for n in range(1, pages + 1)):
            for n in range(1, pages + 1):
                state.pages[key_file(key, n)] = hashed
            state.kept += pages
        else:
            inputs[key] = hashed
            todo.append(key)
    for batch, views in source.key_batches(todo):
        work = [(k, inputs[k], views[k]) for k in batch]
        for key, hashed, info, written in _in_workers(_render_keys, work, result, source, folder, jobs):
            key_rows[key] = info
            for page, size in written:
                state.pages[page], state.written = hashed, state.written + 1
                state.largest = max(state.largest, (size, page))
    key_rows = {k: v for k, v in key_rows.items() if k in source.shared}

    _lists_and_index(result, source, folder, state, env, rows, key_rows, since)
    gone = folder.finish(state.pages, {"articles": rows, "keys": key_rows})
    state.removed = len(gone)
    return state


PARALLEL_FROM = 200  # pages to write before they are shared among processes
_JOB: tuple = ()  # what the forked workers render from: set just before they start, inherited


def _in_workers(render, todo, result, source, folder, jobs) -> list[tuple]:
    """``render`` over ``todo`` (pages to write), in forked processes when there are many: each
    renders and writes its share and returns what the index needs of it."""
    global _JOB
    jobs = max(1, jobs or os.cpu_count() or 1)
    _JOB = (todo, result, source, folder)
    try:
        if jobs == 1 or len(todo) < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
            return render((0, len(todo)))
        size = max(20, len(todo) // (jobs * 4))
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            return [done for chunk in pool.map(render, [(k, min(k + size, len(todo)))
                                                        for k in range(0, len(todo), size)]) for done in chunk]
    finally:
        _JOB = ()


def _job(bounds) -> tuple:
    """What a worker renders from: its share of the pages (``bounds``), the result, the source, the
    folder, the templates and the findings by claim."""
    todo, result, source, folder = _JOB
    return todo[bounds[0]:bounds[1]], result, source, folder, html.environment(), findings_by_claim(result.findings)


def _render_keys(bounds) -> list[tuple]:
    share, result, source, folder, env, by_claim = _job(bounds)
    out = []
    for key, inputs, views in share:
        views = list(views)
        views.sort(key=lambda v: (source.day_of[v.article], v.ref))
        chunks = [views[i:i + KEY_ROWS] for i in range(0, len(views), KEY_ROWS)] or [[]]
        key_findings = result.by_key.get(key, ())
        written = []
        for n, chunk in enumerate(chunks, 1):
            page = key_file(key, n)
            links = SiteLinks(1, source.shared, here=page)
            refs = {v.ref for v in chunk}
            shown = [f for f in key_findings if refs & set(f.claims)] if len(chunks) > 1 else list(key_findings)
            note = f"page {n} of {len(chunks)}: statements {(n - 1) * KEY_ROWS + 1}–{(n - 1) * KEY_ROWS + len(chunk)} " \
                   f"of {len(views)}" if len(chunks) > 1 else None
            k = html.key_section(key, chunk, source.day_of, by_claim, links, key_findings, source.groups,
                                 source.new_articles, shown, note)
            pager = [{"n": i, "href": links.key(key, i) or ""} for i in range(1, len(chunks) + 1)] if len(chunks) > 1 else []
            text = env.get_template("site_key.html.j2").render(k=k, title=key, root_link=links.root, pager=pager, page_n=n)
            folder.write(page, text)
            written.append((page, len(text.encode("utf-8"))))
        info = {"pages": len(chunks), "statements": len(views), "articles": len({v.article for v in views})}
        out.append((key, inputs, info, written))
    return out


def _render_articles(bounds) -> list[tuple]:
    share, result, source, folder, env, by_claim = _job(bounds)
    out = []
    for article_id, inputs in share:
        page = article_file(article_id)
        view = source.view(article_id)
        loaded = view.loaded
        links = SiteLinks(1, source.shared, here=page)
        index = {"links": links, "files_of": source.files_of, "cited_by": source.cited_by, "titles": source.titles}
        a = html.article_context(result, loaded, by_claim, index, view=view, new=source.is_new(article_id))
        text = env.get_template("site_article.html.j2").render(a=a, title=a["title"] or a["id"], root_link=links.root)
        folder.write(page, text)
        row = {"title": a["title"], "outlet": a["outlet"], "published": a["published"], "claims": len(a["claims"]),
               "coverage": a["coverage"]}
        out.append((article_id, inputs, row, len(text.encode("utf-8"))))
    return out


def _page(folder, state: Written, env, page: str, inputs, template: str | None = None, text: str | None = None,
          **context) -> None:
    if text is None:
        text = env.get_template(template).render(**context)
    folder.write(page, text)
    size = len(text.encode("utf-8"))
    state.largest = max(state.largest, (size, page))
    state.pages[page], state.written = inputs, state.written + 1


def _article_row(article_id: str, row: dict, findings, links, new: bool) -> dict:
    return dict(row, id=article_id, href=links.article(article_id), status=article_status(findings),
                chip=chip(findings), counts=tally(findings), new=new)


def _lists_and_index(result, source, folder, state, env, rows, key_rows, since) -> None:
    links = SiteLinks(0, source.shared)
    order = sorted(rows, key=lambda i: (rows[i]["published"] or "", i), reverse=True)
    by_article = result.by_article

    def row(article_id):
        return _article_row(article_id, rows[article_id], by_article.get(article_id, []), links,
                            source.is_new(article_id))

    def lists(kind: str, ids: list, make_row, title: str) -> int:
        """The paged list of ``kind`` ("articles", "keys"), each page rewritten only when its rows
        changed; returns how many pages it has."""
        n_lists = max(1, -(-len(ids) // LIST_ROWS))
        for n in range(1, n_lists + 1):
            page = list_file(kind, n)
            chunk = [make_row(i) for i in ids[(n - 1) * LIST_ROWS:n * LIST_ROWS]]
            inputs = _digest(chunk, n, n_lists, len(ids))
            if folder.fresh(page, inputs):
                state.pages[page], state.kept = inputs, state.kept + 1
                continue
            _page(folder, state, env, page, inputs, template="site_list.html.j2", kind=kind, items=chunk,
                  title=f"{title}, page {n} of {n_lists}", root_link=links.root,
                  pager=[{"n": i, "href": list_file(kind, i)} for i in range(1, n_lists + 1)], page_n=n,
                  start=(n - 1) * LIST_ROWS + 1, total=len(ids))
        return n_lists

    n_lists = lists("articles", order, row, "Articles")
    keys = sorted(key_rows)
    lists("keys", keys, lambda key: _key_row(result, key, key_rows[key], links), "Shared keys")

    focus = [i for i in order if source.focus_new(i)]
    open_findings = sorted((f for f in result.findings if not f.accepted), key=lambda f: (str(f.severity), f.file, f.line))
    focus_set = set(focus)
    open_findings.sort(key=lambda f: f.article not in focus_set)  # the changed articles' findings first
    with_findings = [i for i in order if tally(by_article.get(i, []))["errors"] or tally(by_article.get(i, []))["warnings"]]
    key_problems = [_key_row(result, k, key_rows[k], links) for k in keys if result.by_key.get(k)]
    context = {
        "summary": result.summary, "since": since, "changed_all": source.focus is None,
        "focus": [row(i) for i in focus[:INDEX_ROWS]], "focus_total": len(focus),
        "findings": html.grouped([dict(html.finding_context(f, links),
                                       article_href=links.article(f.article) if f.article in rows else None)
                                  for f in open_findings[:INDEX_FINDINGS]]),
        "findings_total": len(open_findings),
        "troubled": [row(i) for i in with_findings[:INDEX_ROWS]], "troubled_total": len(with_findings),
        "newest": [row(i) for i in order[:INDEX_ROWS]], "articles_total": len(order), "lists": n_lists,
        "key_problems": key_problems[:INDEX_ROWS], "keys_total": len(keys),
        "statuses": ("contradicted", "warned", "accepted", "consistent"), "root_link": links.root,
        "title": "crosscheck report",
    }
    _page(folder, state, env, "index.html", None, template="site_index.html.j2", **context)


def _digest(*parts) -> str:
    """The inputs of a list page: its rows as they will be shown, and the tool's own version."""
    return hashlib.blake2b(f"{tool_key()}\0{json.dumps(parts, sort_keys=True, default=str)}".encode(),
                           digest_size=16).hexdigest()


def _key_row(result, key, info, links) -> dict:
    findings = result.by_key.get(key, ())
    status, sentence = verdict(findings)
    return {"key": key, "href": links.key(key), "status": status, "chip": chip(findings), "verdict": sentence,
            "statements": info.get("statements"), "articles": info.get("articles"), "pages": info.get("pages")}


class _FromCorpus:
    """Every page written, from the corpus the check holds (``--no-cache``)."""

    def __init__(self, result, focus):
        corpus = result.corpus
        self.result, self.corpus = result, corpus
        self.focus = focus
        self.shared = set(keycharts.shared_keys(corpus))
        self.files_of = {}
        for loaded in corpus.files:
            self.files_of.setdefault(loaded.article_id, []).append(loaded.file)
        self.cited_by = html.cited_by(corpus.articles.values())
        self.titles = html.titles_of(corpus)
        self.day_of = keycharts.days_of(corpus)
        self.groups = corpus.settings.sources
        self.article_ids = set(corpus.articles)
        self.new_articles = frozenset(a for a in corpus.articles if self.focus_new(a))

    def is_new(self, article_id: str) -> bool:
        return self.focus_new(article_id)

    def focus_new(self, article_id: str) -> bool:
        return self.focus is None or article_id in self.focus

    def article_inputs(self):
        return [(article_id, None) for article_id in self.corpus.articles]

    def view(self, article_id: str):
        return self.corpus.articles[article_id]

    def key_inputs(self):
        return [(key, None) for key in sorted(self.shared)]

    def key_batches(self, todo):
        yield todo, self.corpus.by_key


class _FromFacts:
    """Pages written when their inputs changed, from the facts of a check through the cache."""

    def __init__(self, result, root, folder, focus):
        self.result, self.root = result, Path(root)
        articles = result._articles
        settings = load_settings(root)
        self.settings, self.groups = settings, settings.sources
        self.focus = focus
        self.facts = Facts(articles, result.findings, settings, focus)
        self.shared = self.facts.shared
        self.cited_by = self.facts.cited_by
        self.article_ids = set(articles)
        self.day_of = {a: f.day for a, f in self.facts.of.items()}
        self.new_articles = frozenset(a for a in articles if self.focus_new(a))
        self.files_of = {}
        for f in self.facts.of.values():
            self.files_of.setdefault(f.article_id, []).append(f.file)
        self.folder = folder
        self.titles = {a: (f.title, f.day.isoformat()) for a, f in self.facts.of.items()}

    def is_new(self, article_id: str) -> bool:
        return self.focus_new(article_id)

    def focus_new(self, article_id: str) -> bool:
        return self.focus is None or article_id in self.focus

    def article_inputs(self):
        return [(article_id, self.facts.article(article_id)) for article_id in self.facts.of]

    def view(self, article_id: str):
        """The article read from its fixture, the very bytes the check read (in the worker writing its
        page: no record kept by the check, none shipped between processes, one article at a time)."""
        f = self.facts.of[article_id]
        path = self.root / f.name
        try:
            raw = read_bytes(path)
        except OSError:
            raw = None
        if raw is None or digest(raw) != f.fixture_hash:
            raise ChangedWhileWriting(f"{f.file} changed while the report was being written: run it again")
        return article_view(load_fixture(path, self.root, raw), self.settings)

    def key_inputs(self):
        by_key = self.result.by_key
        return [(key, self.facts.key(key, by_key.get(key, ()))) for key in sorted(self.shared)]

    def key_batches(self, todo):
        """The claim views of the keys of ``todo``, from the check's cache, a few of its files at a time."""
        by_bucket: dict[int, list[str]] = {}
        for key in todo:
            by_bucket.setdefault(bucket(key), []).append(key)
        buckets = sorted(by_bucket)
        for k in range(0, len(buckets), KEY_BUCKETS):
            batch = [key for b in buckets[k:k + KEY_BUCKETS] for key in by_bucket[b]]
            got = key_views(self.root, batch)
            missing = [key for key in batch if got.get(key) is None]
            if missing:  # not in the cache's files (another run's?): from the articles themselves
                got.update({key: self.result.corpus.by_key.get(key, []) for key in missing})
            yield batch, got
