"""Fragments of markup a page repeats hundreds of times (a timeline's rows and ticks, a key chart's bars and
rows, grid lines, status badges), written here rather than in the templates: a template escapes every value
of every fragment, numbers included, and a macro call costs more than the fragment it writes (together a
third of a page's rendering). The markup is the templates' own, byte for byte; only the words (titles,
labels, classes, colours) are escaped. Used as Jinja filters and globals."""
from __future__ import annotations

from markupsafe import Markup, escape

__all__ = ["FILTERS", "GLOBALS"]


def timeline_rows(rows: list[dict]) -> Markup:
    out = []
    for r in rows:
        classes = (f"row s-{escape(r['status'])}{' scheduled' if r['scheduled'] else ''}"
                   f"{' violated' if r['violated'] else ''}")
        bar, when = r["bar"], r["when"]
        mark = (f'<g class="{classes}"><title>{escape(r["title"])}</title>' +
                (f'<rect class="when" x="{when["x"]}" y="{bar["y"] - 2}" width="{when["w"]}" height="{bar["h"] + 4}"/>'
                 if when else "") +
                f'<rect class="bar" x="{bar["x"]}" y="{bar["y"]}" width="{bar["w"]}" height="{bar["h"]}" rx="2"/>'
                f'<text x="{r["label_x"]}" y="{r["label_y"]}">{escape(r["label"])}</text></g>')
        out.append(f'<a href="{escape(r["href"])}">{mark}</a>' if r["href"] else mark)
    return Markup("\n".join(out))


def axis_ticks(ticks: list, bottom) -> Markup:
    """An axis's ticks (``Tick``: x, label) under ``bottom``."""
    return Markup("".join(f'<line x1="{k.x}" x2="{k.x}" y1="{bottom}" y2="{bottom + 5}"/><text x="{k.x}" '
                          f'y="{bottom + 18}" text-anchor="middle">{escape(k.label)}</text>' for k in ticks))


def grid_x(ticks: list, top, bottom) -> Markup:
    """Vertical grid lines at the ticks."""
    return Markup("".join(f'<line x1="{k.x}" x2="{k.x}" y1="{top}" y2="{bottom}"/>' for k in ticks))


def grid_y(ticks: list[dict], left, right) -> Markup:
    """Horizontal grid lines at a value axis's ticks, then (``axis_y``) their labels."""
    return Markup("".join(f'<line x1="{left}" x2="{right}" y1="{t["y"]}" y2="{t["y"]}"/>' for t in ticks))


def axis_y(ticks: list[dict], left) -> Markup:
    return Markup("".join(f'<text x="{left - 6}" y="{t["y"] + 4}" text-anchor="end">{escape(t["label"])}</text>'
                          for t in ticks))


def count_bars(bars: list[dict], bottom) -> Markup:
    out = []
    for b in bars:
        color = escape(b["color"])
        parts = [f'  <g class="cbar s-{escape(b["status"])}"><title>{escape(b["title"])}</title>']
        if b["span"]:
            span = b["span"]
            parts.append(f'<rect class="asof" x="{span["x"]}" y="{bottom - 3}" width="{span["w"]}" height="3" '
                         f'fill="{color}"/>')
        parts.append(f'<rect x="{b["x"]}" y="{b["y"]}" width="{b["w"]}" height="{b["h"]}" rx="2" fill="{color}"/>')
        if b["open"]:
            half = min(10, b["w"] / 2 + 3)  # (an arrow no wider than the squeezed bars beside it allow)
            parts.append(f'<path d="M{b["cx"] - half} {b["y"] + 2}L{b["cx"]} {b["y"] - 12}L{b["cx"] + half} {b["y"] + 2}Z" '
                         f'fill="{color}"/>')
        if b["new"]:
            parts.append(f'<circle class="new" cx="{b["cx"]}" cy="{b["y"] + b["h"] / 2}" r="11"/>')
        if b["words_x"] is not None:
            line = b["leader"]
            parts.append(f'<line class="leader" x1="{line["x1"]}" y1="{line["y1"]}" x2="{line["x2"]}" '
                         f'y2="{line["y2"]}" stroke="{color}"/><text class="words" x="{b["words_x"]}" '
                         f'y="{b["words_y"]}" text-anchor="{escape(b["words_anchor"])}">{escape(b["words"])}</text>')
        parts.append("</g>")
        out.append("".join(parts))
    return Markup("\n".join(out))


def date_rows(rows: list[dict]) -> Markup:
    out = []
    for r in rows:
        color, bar = escape(r["color"]), r["bar"]
        new = (f'<rect class="new" x="{bar["x"] - 3}" y="{bar["y"] - 3}" width="{bar["w"] + 6}" '
               f'height="{bar["h"] + 6}" rx="3"/>' if r["new"] else "")
        out.append(f'  <g class="drow s-{escape(r["status"])}"><title>{escape(r["title"])}</title>'
                   f'<rect x="{bar["x"]}" y="{bar["y"]}" width="{bar["w"]}" height="{bar["h"]}" rx="2" '
                   f'fill="{color}"/><path class="diamond" d="M{r["pub_x"]} {r["pub_y"] - 7}l7 7l-7 7l-7 -7Z" '
                   f'fill="{color}"/>{new}<text x="{r["label_x"]}" y="{r["label_y"]}">{escape(r["label"])}</text></g>')
    return Markup("\n".join(out))


def badge(status: str, text: str | None = None) -> Markup:
    """A status chip: ``status`` names its class, ``text`` (else the status) is what it says."""
    return Markup(f'<span class="badge b-{escape(status)}">{escape(text or status)}</span>')


def claim_rows(claims: list[dict]) -> Markup:
    """An article's table of what the checker read: one row per claim."""
    out = []
    for c in claims:
        cid = escape(c["id"])
        name = f'<a href="{escape(c["href"])}">{cid}</a>' if c["href"] else cid
        headline = ' <span class="id">(headline)</span>' if c["where"] == "title" else ""
        key = ""
        if c["key"]:
            words = escape(c["key"])
            linked = f'<a href="{escape(c["key_href"])}">{words}</a>' if c["key_href"] else words
            key = f'<br><span class="id">{linked}</span>'  # (f-strings: a str added to Markup would be escaped)
        out.append(f'        <tr id="{escape(c["row_anchor"])}"><td>{name}{headline}{key}</td>'
                   f'<td>{escape(c["type"])}</td><td>{escape(c["explain"])}</td><td>{badge(c["status"])}</td>'
                   f'<td class="num">{c["line"]}</td></tr>\n')
    return Markup("".join(out))


def statement_rows(rows: list[dict]) -> Markup:
    """A key page's table: one row per statement of the key."""
    out = []
    for r in rows:
        ref = escape(r["ref"])
        claim = f'<a href="{escape(r["claim_href"])}">{ref}</a>' if r["claim_href"] else ref
        new, chip = (' class="new"', '<span class="badge b-new">new</span> ') if r["new"] else ("", "")
        source = r["source"]
        out.append(f'      <tr{new}><td>{chip}<a href="{escape(r["href"])}">'
                   f'{escape(r["published"])}</a> <span class="id">{claim}</span></td><td><svg width="12" height="12" '
                   f'aria-hidden="true"><rect x="0" y="0" width="12" height="12" rx="2" '
                   f'fill="{escape(source["color"])}"/></svg> {escape(source["name"])}</td>'
                   f'<td>{escape(r["words"])}</td><td>{escape(r["read"])}</td><td>{badge(r["status"])}</td></tr>\n')
    return Markup("".join(out))


GLOBALS = {"badge": badge}
FILTERS = {"timeline_rows": timeline_rows, "axis_ticks": axis_ticks, "grid_x": grid_x, "grid_y": grid_y,
           "axis_y": axis_y, "count_bars": count_bars, "date_rows": date_rows, "claim_rows": claim_rows,
           "statement_rows": statement_rows}
