"""What the checker read, in words an editor can confirm (`crosscheck show`, report tooltips)."""
from __future__ import annotations

import datetime as dt

from crosscheck.claims.qualifiers import describe


def _expr(value) -> str:
    return value.isoformat() if isinstance(value, dt.date) else f'"{value}"'


def _resolved(expression, reading) -> tuple[str, str]:
    """The expression as written and what it resolved to (' → 2019-12-01..2019-12-31'); a TOML date reads
    as itself, with no arrow to the same date."""
    if isinstance(expression, dt.date) and reading is not None and str(reading) == expression.isoformat():
        return str(reading), ""
    return _expr(expression), f" → {reading or 'unresolved'}"


# The keys the rules read that tie a claim to others: shown as written, for an editor to confirm.
_LINKS = ("key", "source", "event", "part_of", "subset_of", "relative_to")


def links(claim) -> dict[str, str]:
    """The claim's `key`, `source`, `event`, `part_of`, `subset_of` and `relative_to` that are set."""
    fields = vars(claim)  # the model's fields (extra="forbid"): a missing one is no trip through pydantic's __getattr__
    return {name: value for name in _LINKS if (value := fields.get(name))}


def explain(view, published=None) -> str:
    """One line: "almost 1,200 → [1080, 1199]", "when "On Wednesday" → 2020-01-08", then the keys
    that tie it to other claims ("key morocco-quake-2023/killed; source 'interior ministry'")."""
    claim, r = view.claim, view.reading
    parts: list[str] = []
    if claim.type == "count":
        words = describe(claim.value, claim.qualifier)
        parts.append(f"{words} → {r.interval if r.interval else 'unread'}")
        if claim.cumulative or claim.as_of is not None:
            closing = published is not None and r.as_of is not None and r.as_of.single and r.as_of.end < published
            said = "".join(_resolved(claim.as_of, r.as_of)) if claim.as_of is not None else \
                f"{r.as_of or 'unresolved'}"
            parts.append(f"as of {said}" + (" (running total)" if claim.cumulative else "")
                         + (" (the end of that day: reported on a later one)" if closing else ""))
    else:
        status = f" ({claim.status})" if getattr(claim, "status", "occurred") != "occurred" else ""
        relative = f" ({r.counted_from})" if r.counted_from else ""
        written, read = _resolved(claim.when, r.when)
        parts.append(f"when {written}{status}{relative}{read}")
        if getattr(claim, "date", None):
            parts.append(f"date {claim.date}")
    if claim.type == "veto":
        parts.append(f"vetoed by {', '.join(sorted(r.states))} in the {claim.body}")
    if claim.type == "extension":
        if claim.length is None:  # written by its end alone
            parts.append(f"extension from {r.starts or 'unresolved'} ending {r.ends}, no length given")
        else:
            length = f"{claim.length} ({r.duration})" if r.duration else f"{claim.length} (unread)"
            parts.append(f"{length} extension from {r.starts or 'unresolved'} ending {r.ends or 'unresolved'}")
    for name, value in links(claim).items():
        parts.append(f"{name} '{' '.join(value.split())}'" if name == "source" else f"{name} {value}")
    for unread in r.unread:
        parts.append(f"{unread.key} unread: {unread.message}")
    return "; ".join(parts)


def reading_dict(view, published=None) -> dict:
    """The same reading as data (`crosscheck show --format json`)."""
    claim, r = view.claim, view.reading
    day = lambda d: None if d is None else {"start": d.start.isoformat(), "end": d.end.isoformat()}  # noqa: E731
    out = {"id": claim.id, "type": claim.type, "line": view.line, "explained": explain(view, published),
           **links(claim)}
    if claim.type == "count":
        out["interval"] = None if r.interval is None else {"lo": r.interval.lo, "hi": r.interval.hi}
        out["as_of"] = day(r.as_of)
    else:
        out["when"] = {"expression": _expr(claim.when).strip('"'), **(day(r.when) or {})} if r.when else None
        out["day"] = day(r.day)
        if r.counted_from:
            out["counted_from"] = {"relative_to": claim.relative_to, "distance": r.counted_from}
    if claim.type == "veto":
        out["states"] = sorted(r.states)
    if claim.type == "extension":
        out["duration"] = None if r.duration is None else {"text": str(r.duration), "iso": r.duration.iso()}
        out["starts"], out["ends"] = day(r.starts), day(r.ends)
    if r.unread:
        out["unread"] = [{"key": u.key, "message": u.message} for u in r.unread]
    return out
