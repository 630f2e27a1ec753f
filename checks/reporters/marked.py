"""An article's text as HTML: each quoted span in a <mark> with its claims' tooltip, each statement no
claim quotes in a dotted "not encoded" span. Written in Python rather than as a template macro: it
runs for every piece of every article, and a macro call per piece cost more than the rest of a page.
Every string from a fixture or a text goes through ``escape``.
"""
from __future__ import annotations

from markupsafe import Markup, escape


def tip(claims: list[dict], cache: dict) -> str:
    out = []
    for c in claims:
        part = cache.get(c["ref"])
        if part is None:
            found = "".join(f'<span class="tip-f">{"accepted " if f["accepted"] else ""}{escape(f["severity"])} '
                            f'<code>{escape(f["rule"])}</code>: {escape(f["message"])}</span>' for f in c["findings"])
            part = cache[c["ref"]] = (
                f'<span class="tip-claim"><b>{escape(c["id"])}</b> <i>{escape(c["type"])}</i> · '
                f'<span class="st st-{escape(c["status"])}">{escape(c["status"])}</span>'
                f'<span class="read">read as: {escape(c["explain"])}</span>{found}</span>')
        out.append(part)
    return '<span class="tip" role="tooltip">' + "".join(out) + "</span>"


def _gap(seg: dict) -> str:
    if seg["gaps"]:
        return f'<span class="gap" title="{escape("; ".join(seg["gaps"]))}">{escape(seg["text"])}</span>'
    return str(escape(seg["text"]))


def marked(segs: list[dict], cache: dict) -> Markup:
    """The HTML of one paragraph (or the headline) cut into ``segs`` (see html._marks)."""
    out = []
    for s in segs:
        if not s["claims"]:
            out.append(_gap(s))
            continue
        out.extend(f'<span class="anchor" id="{escape(a)}"></span>' for a in s["anchors"][1:])
        multi = " multi" if len(s["claims"]) > 1 else ""
        ident = f' id="{escape(s["anchors"][0])}"' if s["anchors"] else ""
        first = f' data-first="{escape(" ".join(s["first"]))}"' if s["first"] else ""
        refs = escape(" ".join(c["ref"] for c in s["claims"]))
        out.append(f'<mark tabindex="0" class="s-{escape(s["status"])}{multi}"{ident} data-claims="{refs}"{first}>'
                   f'{_gap(s)}{tip(s["claims"], cache)}</mark>')
    return Markup("".join(out))
