"""Where each page of the site is, and the relative links between them (file:// and any static host).

    index.html                 summary, what changed, findings, the newest articles
    articles.html, articles.2.html ...   every article, newest first, a page of rows each
    keys.html, keys.2.html ...           every shared key
    articles/<article-id>.html            one per article
    keys/<key>.html, keys/<key>.2.html    one per shared key, split when it has many statements
    style.css                             shared by every page
"""
from __future__ import annotations

from crosscheck.checks.reporters.html import anchor


def key_file(key: str, page: int = 1) -> str:
    return f"keys/{anchor(key)}{'' if page == 1 else f'.{page}'}.html"


def article_file(article_id: str) -> str:
    return f"articles/{article_id}.html"


def list_file(kind: str, page: int = 1) -> str:
    return f"{kind}{'' if page == 1 else f'.{page}'}.html"


class SiteLinks:
    """Links as seen from a page ``depth`` folders below the site's root."""

    def __init__(self, depth: int, shared_keys, here: str | None = None):
        self.up = "../" * depth
        self.shared = shared_keys
        self.here = here  # the page being written: a link to itself is a fragment

    def _to(self, page: str) -> str:
        return "" if page == self.here else self.up + page

    def article(self, article_id: str) -> str:
        return self._to(article_file(article_id))

    def claim(self, ref: str) -> str:
        return self.article(ref.split(":", 1)[0]) + "#" + anchor("q", ref)

    def key(self, key: str | None, page: int = 1) -> str | None:
        return self._to(key_file(key, page)) if key is not None and key in self.shared else None

    def root(self, page: str) -> str:
        return self.up + page
