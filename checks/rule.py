"""The rule base class and registry. A rule is one module: its id, docstring and logic.

Metadata is checked when a rule class is defined (sqlfluff's habit), so a rule with a bad
id, a reused id or no bad/good example fails at import, not in a user's CI.
"""
from __future__ import annotations

import re
from typing import ClassVar, Iterable

from crosscheck.checks.finding import Hit, Severity

_ID = re.compile(r"^[a-z]+(-[a-z]+)*$")
REGISTRY: dict[str, type["Rule"]] = {}


class Rule:
    """Base of every rule. Subclasses set ``id``, ``severity``, ``scope`` and a docstring whose
    first line is a summary and which holds a ``Bad:`` and a ``Good:`` example."""

    id: ClassVar[str]
    severity: ClassVar[Severity] = Severity.ERROR
    # "article": check(article, corpus) per valid article; "corpus": check(corpus) once;
    # "file": check(loaded) per fixture file, valid or not; "accepts": the engine's own pass.
    scope: ClassVar[str] = "article"
    # An "article" rule whose hits depend only on its own article (fixture, text, settings) says so
    # here: it is then called with corpus=None, and its hits are cached with the article's reading.
    # Left False, the rule is re-run on every check (it may read other articles through `corpus`).
    own_article_only: ClassVar[bool] = False
    # A "corpus" rule that compares only claims of two different articles says so here: a key group
    # that one article alone states (most keys of a newsroom's corpus) is then not read for it.
    across_articles: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        rule_id = cls.__dict__.get("id")
        if not rule_id or not _ID.match(rule_id):
            raise TypeError(f"{cls.__name__}: rule id {rule_id!r} must be lower-case words joined by '-'")
        if rule_id in REGISTRY and REGISTRY[rule_id] is not cls:
            raise TypeError(f"{cls.__name__}: rule id {rule_id!r} is already used by {REGISTRY[rule_id].__name__}")
        doc = cls.__doc__ or ""
        if "Bad:" not in doc or "Good:" not in doc:
            raise TypeError(f"{cls.__name__}: the docstring must show a 'Bad:' and a 'Good:' example")
        if cls.scope not in ("article", "corpus", "file", "accepts"):
            raise TypeError(f"{cls.__name__}: unknown scope {cls.scope!r}")
        REGISTRY[rule_id] = cls

    @classmethod
    def summary(cls) -> str:
        return (cls.__doc__ or "").strip().splitlines()[0]

    @classmethod
    def doc(cls) -> str:
        import inspect

        return inspect.cleandoc(cls.__doc__ or "")

    def check(self, *args) -> Iterable[Hit]:  # pragma: no cover - every rule overrides it
        raise NotImplementedError


def hit(view, message: str, *others, severity: Severity | None = None, line: int | None = None,
        key: str | None = None) -> Hit:
    """A hit on claim ``view`` (a ClaimView), naming ``others`` too, at the claim's line unless given."""
    return Hit(
        claims=(view.ref, *(o.ref for o in others)),
        message=message,
        file=view.file,
        line=view.line if line is None else line,
        article=view.article,
        severity=severity,
        key=key,
    )


def field(claim, name: str, default=None):
    """A claim's field, or ``default`` when its type has none: what ``getattr(claim, name, default)``
    gives, read from the instance's fields (a model's or a light copy's ``__dict__``) without raising
    and catching an AttributeError, which pydantic answers in Python, for every claim and rule."""
    return claim.__dict__.get(name, default)


def a_or_an(word: str) -> str:
    return f"an {word}" if word[:1] in "aeiou" else f"a {word}"
