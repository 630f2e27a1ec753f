"""An article from a saved web page (or a URL): its own text and metadata, with trafilatura and htmldate.

Navigation, share buttons, captions, related-article boxes and footers are left out by trafilatura's
extraction; the publication date is the page's own (htmldate without its extensive search, which would
guess from dates in the text): a page that gives none has no date, and the editor is asked for one.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from crosscheck.claims.toml_read import read_bytes

try:  # the `html` extra: `pip install 'crosscheck[html]'`
    import htmldate
    import trafilatura
except ImportError:  # pragma: no cover - the error below says what to install
    trafilatura = htmldate = None

PAGE_BYTES = 32 * 1024 * 1024  # a saved news page with its inline scripts; never a device or a FIFO

__all__ = ["Page", "PageError", "read_page", "is_page"]


class PageError(Exception):
    """The page cannot be read (missing extra, no network, nothing extracted): exit status 2."""


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    published: dt.date | None
    url: str | None
    site: str | None


def is_page(name: str) -> bool:
    """Whether `crosscheck draft NAME` names a web page (a URL or a saved .html/.htm file)."""
    return bool(re.match(r"https?://", name)) or name.lower().endswith((".html", ".htm", ".xhtml"))


def read_page(name: str) -> Page:
    """The article of a saved page or a URL. Raises :class:`PageError` with what to do."""
    if trafilatura is None:
        raise PageError("reading a web page needs trafilatura and htmldate: pip install 'crosscheck[html]'")
    url = None
    if re.match(r"https?://", name):
        url = name
        html = trafilatura.fetch_url(name)
        if html is None:
            raise PageError(f"cannot fetch {name} (no network, or the site refused): save the page and run "
                            "`crosscheck draft page.html`")
    else:
        try:
            html = read_bytes(name, cap=PAGE_BYTES).decode("utf-8", errors="replace")
        except OSError as err:
            raise PageError(f"cannot read the page {name}: {err.strerror or err}") from None
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False,
                                      include_images=False, favor_precision=True,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None or not (doc.text or "").strip():
        raise PageError(f"no article text found in {name}")
    found = htmldate.find_date(html, extensive_search=False, original_date=True, url=url)
    published = dt.date.fromisoformat(found) if found else None
    # one paragraph a line in trafilatura's text; a blank line between paragraphs, as seeds/ keep them
    text = "\n\n".join(line.strip() for line in doc.text.splitlines() if line.strip()) + "\n"
    return Page(text, doc.title or None, published, doc.url or url, doc.sitename or None)
